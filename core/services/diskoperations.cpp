#include "core/services/diskoperations.h"

#include "core/engine/engine.h"
#include "core/services/enginecall.h"
#include "core/services/imageoperations.h"

#include <QPointer>
#include <QSet>

#include <memory>

namespace DiskOperations {

namespace {

bool stopped(const ContainerSummary &c)
{
    using State = ContainerSummary::State;
    return c.state == State::Created || c.state == State::Exited || c.state == State::Dead;
}

QString bareId(const QString &id)
{
    return id.startsWith(QLatin1String("sha256:")) ? id.mid(7) : id;
}

} // namespace

void usage(NodeService *node, QObject *receiver, Done<DiskUsage> done)
{
    EngineCall::run<DiskUsage>(
        node, receiver,
        [](Engine &engine, QObject *context, Engine::Callback<DiskUsage> reply) {
            return engine.diskUsage(context, std::move(reply));
        },
        std::move(done));
}

bool canPrune(const NodeService *node, Kind kind)
{
    if (!node)
        return false;
    const EngineCapabilities c = node->engineInfo().capabilities;
    switch (kind) {
    case Kind::Containers:
    case Kind::Images:
        return true;
    case Kind::Networks:
        return c.networks;
    case Kind::Volumes:
        return c.volumes;
    case Kind::BuildCache:
        return c.buildCache;
    }
    return false;
}

void prune(NodeService *node, Kind kind, bool allImages, QObject *receiver, Done<PruneReport> done)
{
    EngineCall::run<PruneReport>(
        node, receiver,
        [kind, allImages](Engine &engine, QObject *context, Engine::Callback<PruneReport> reply) {
            switch (kind) {
            case Kind::Containers:
                return engine.pruneContainers(context, std::move(reply));
            case Kind::Networks:
                return engine.pruneNetworks(context, std::move(reply));
            case Kind::Images:
                return engine.pruneImages(allImages, context, std::move(reply));
            case Kind::Volumes:
                return engine.pruneVolumes(context, std::move(reply));
            case Kind::BuildCache:
                break;
            }
            return engine.pruneBuildCache(context, std::move(reply));
        },
        std::move(done));
}

QStringList plannedNames(const NodeService *node, const DiskUsage &usage, Kind kind, bool allImages)
{
    QStringList names;
    if (!node)
        return names;
    switch (kind) {
    case Kind::Containers: {
        // What the engines' container prune takes: every container not running, paused or
        // on its way.
        const QList<ContainerSummary> containers = node->containers();
        for (const ContainerSummary &c : containers) {
            if (stopped(c))
                names << c.name;
        }
        break;
    }
    case Kind::Images: {
        const ImageOperations::PrunePlan plan = ImageOperations::prunePlan(node, allImages);
        for (const ImageSummary &image : plan.images) {
            const QString bare =
                image.id.startsWith(QLatin1String("sha256:")) ? image.id.mid(7) : image.id;
            names << (image.isDangling() ? bare.left(12)
                                         : image.repoTags.join(QStringLiteral(", ")));
        }
        break;
    }
    case Kind::Volumes:
        for (auto it = usage.volumeUsage.cbegin(); it != usage.volumeUsage.cend(); ++it) {
            if (it.value().refCount == 0)
                names << it.key();
        }
        break;
    case Kind::Networks:
    case Kind::BuildCache:
        break;
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

QList<ImageSummary> imagesUnusedAfterContainers(const NodeService *node)
{
    QList<ImageSummary> out;
    if (!node)
        return out;
    QSet<QString> used;
    const QList<ContainerSummary> containers = node->containers();
    for (const ContainerSummary &c : containers) {
        if (!stopped(c))
            used.insert(bareId(c.imageId));
    }
    const QList<ImageSummary> images = node->images();
    for (const ImageSummary &image : images) {
        if (!used.contains(bareId(image.id)))
            out << image;
    }
    return out;
}

QList<Kind> everythingKinds(const NodeService *node)
{
    QList<Kind> kinds;
    for (const Kind kind :
         {Kind::Containers, Kind::Networks, Kind::Images, Kind::Volumes, Kind::BuildCache}) {
        if (canPrune(node, kind))
            kinds << kind;
    }
    return kinds;
}

namespace {

// One pruneEverything() run: each step starts when the one before answered.
struct EverythingRun
{
    NodeService *node = nullptr;
    bool allImages = false;
    QPointer<QObject> receiver;
    Done<EverythingReport> done;
    QList<Kind> kinds;
    EverythingReport report;

    static void next(const std::shared_ptr<EverythingRun> &run)
    {
        if (!run->receiver)
            return;
        if (run->report.steps.size() == run->kinds.size()) {
            run->done(EngineResult<EverythingReport>::success(run->report));
            return;
        }
        const Kind kind = run->kinds.at(run->report.steps.size());
        prune(run->node, kind, run->allImages, run->receiver,
              [run, kind](const EngineResult<PruneReport> &result) {
                  if (!result.ok()) {
                      run->report.failed = kind;
                      run->done(EngineResult<EverythingReport>{run->report, result.error});
                      return;
                  }
                  run->report.steps << PruneStep{kind, result.value};
                  run->report.total.deleted << result.value.deleted;
                  run->report.total.spaceReclaimed += qMax<qint64>(0, result.value.spaceReclaimed);
                  next(run);
              });
    }
};

} // namespace

void pruneEverything(NodeService *node, bool allImages, QObject *receiver,
                     Done<EverythingReport> done)
{
    auto run = std::make_shared<EverythingRun>();
    run->node = node;
    run->allImages = allImages;
    run->receiver = receiver;
    run->done = std::move(done);
    run->kinds = everythingKinds(node);
    EverythingRun::next(run);
}

} // namespace DiskOperations
