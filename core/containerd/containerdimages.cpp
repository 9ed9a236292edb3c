#include "core/containerd/containerdimages.h"

#include "core/containerd/containerdengine.h"
#include "core/containerd/containerdids.h"
#include "core/containerd/grpcchannel.h"
#include "core/engine/enginejob.h"
#include "core/engine/progressstream.h"

#include <github.com/containerd/containerd/api/services/containers/v1/containers.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/images/v1/images.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/snapshots/v1/snapshots.grpc.pb.h>
#include <github.com/containerd/containerd/api/services/tasks/v1/tasks.grpc.pb.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QVersionNumber>

#include <algorithm>

namespace capi = containerd::services::containers::v1;
namespace iapi = containerd::services::images::v1;
namespace sapi = containerd::services::snapshots::v1;
namespace tapi = containerd::services::tasks::v1;

using Record = ContainerdContent::ImageRecord;
using Resolved = ContainerdContent::ResolvedImage;

struct ContainerdImages::Stubs
{
    std::unique_ptr<capi::Containers::Stub> containers;
    std::unique_ptr<iapi::Images::Stub> images;
    std::unique_ptr<sapi::Snapshots::Stub> snapshots;
    std::unique_ptr<tapi::Tasks::Stub> tasks;
};

namespace {

// Reads of manifests and configs at once, for a list of many images.
constexpr int ParallelReads = 8;

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

EngineError aborted(const QString &where)
{
    return EngineError::make(EngineError::Kind::Aborted, {}, where);
}

template<typename T>
EngineJob *newJob(QObject *context, const QString &where, Engine::Callback<T> callback)
{
    return new EngineJob(context,
                         [callback, where] { callback(EngineResult<T>::failure(aborted(where))); });
}

// Runs `start` for each item, at most `limit` at once; `start` calls its `next` when its item
// is done. `allDone` once every item is done, unless the job ended first.
template<typename Item>
void forEachLimited(EngineJob *job, const QList<Item> &items, int limit,
                    std::function<void(const Item &, std::function<void()>)> start,
                    std::function<void()> allDone)
{
    struct State
    {
        QList<Item> items;
        qsizetype nextIndex = 0;
        qsizetype finished = 0;
        std::function<void(const Item &, std::function<void()>)> start;
        std::function<void()> allDone;
        std::function<void()> launch;
    };
    auto state = std::make_shared<State>();
    state->items = items;
    state->start = std::move(start);
    state->allDone = std::move(allDone);
    if (items.isEmpty()) {
        state->allDone();
        return;
    }
    std::weak_ptr<State> weak = state;
    state->launch = [weak, job] {
        auto s = weak.lock();
        if (!s || job->isDone() || s->nextIndex >= s->items.size())
            return;
        const Item &item = s->items.at(s->nextIndex++);
        s->start(item, [s, job] {
            if (job->isDone())
                return;
            if (++s->finished == s->items.size()) {
                const auto allDoneNow = s->allDone;
                s->launch = nullptr; // breaks the cycle
                allDoneNow();
                return;
            }
            s->launch();
        });
    };
    const qsizetype first = std::min<qsizetype>(limit, items.size());
    for (qsizetype i = 0; i < first; ++i)
        state->launch();
}

QStringList jsonStrings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}

QMap<QString, QString> jsonLabels(const QJsonObject &runtimeConfig)
{
    QMap<QString, QString> labels;
    const QJsonObject json = runtimeConfig.value(QLatin1String("Labels")).toObject();
    for (auto it = json.begin(); it != json.end(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

bool looksLikeDigest(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(sha256:)?[0-9a-f]{6,64}$"));
    return re.match(text).hasMatch();
}

// A name as it is in a record, for comparing: normalised, so "busybox" finds
// "docker.io/library/busybox:latest".
QString comparable(const QString &name)
{
    return ContainerdContent::normalizeName(name);
}

// The image's names, tags apart from digest references.
void namesOf(const QList<Record> &records, QStringList &tags, QStringList &digests)
{
    for (const Record &r : records) {
        if (r.name.contains(QLatin1Char('@'))) {
            digests << r.name;
        } else {
            tags << r.name;
            const qsizetype slash = r.name.lastIndexOf(QLatin1Char('/'));
            const qsizetype colon = r.name.lastIndexOf(QLatin1Char(':'));
            const QString repo = colon > slash ? r.name.left(colon) : r.name;
            const QString digestRef = repo + QLatin1Char('@') + r.target.digest;
            if (!digests.contains(digestRef))
                digests << digestRef;
        }
    }
    tags.sort();
}

struct ImageKey
{
    QString ns;
    QString digest;
    bool operator==(const ImageKey &) const = default;
};

size_t qHash(const ImageKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.ns, k.digest);
}

// The records grouped into images, in the order of the catalog.
struct Grouped
{
    QList<ImageKey> keys;
    QHash<ImageKey, QList<Record>> records;
};

Grouped group(const QList<Record> &records)
{
    Grouped g;
    for (const Record &r : records) {
        const ImageKey key{r.ns, r.target.digest};
        auto it = g.records.find(key);
        if (it == g.records.end()) {
            g.keys << key;
            g.records.insert(key, {r});
        } else {
            it->append(r);
        }
    }
    return g;
}

// The images containers use: (namespace, target) of each container's image name.
QSet<ImageKey> usedImages(const ContainerdImages::Catalog &catalog)
{
    QHash<QString, QString> targetOf; // "ns\x1fname" -> digest
    for (const Record &r : catalog.records)
        targetOf.insert(r.ns + QChar(0x1f) + comparable(r.name), r.target.digest);
    QSet<ImageKey> used;
    for (const ContainerdImages::ContainerRef &c : catalog.containers) {
        const QString digest = targetOf.value(c.ns + QChar(0x1f) + comparable(c.image));
        if (!digest.isEmpty())
            used.insert({c.ns, digest});
    }
    return used;
}

QHash<ImageKey, int> containerCounts(const ContainerdImages::Catalog &catalog)
{
    QHash<QString, QString> targetOf;
    for (const Record &r : catalog.records)
        targetOf.insert(r.ns + QChar(0x1f) + comparable(r.name), r.target.digest);
    QHash<ImageKey, int> counts;
    for (const ContainerdImages::ContainerRef &c : catalog.containers) {
        const QString digest = targetOf.value(c.ns + QChar(0x1f) + comparable(c.image));
        if (!digest.isEmpty())
            ++counts[ImageKey{c.ns, digest}];
    }
    return counts;
}

// The blobs of an image (digest -> size): what removing it can free.
QHash<QString, qint64> blobsOf(const Resolved &image, const ContainerdContent::Descriptor &target)
{
    QHash<QString, qint64> blobs;
    blobs.insert(target.digest, target.size);
    if (!image.manifest.digest.isEmpty())
        blobs.insert(image.manifest.digest, image.manifest.size);
    if (!image.config.digest.isEmpty())
        blobs.insert(image.config.digest, image.config.size);
    for (const ContainerdContent::Descriptor &l : image.layers)
        blobs.insert(l.digest, l.size);
    return blobs;
}

// Resolves each image of `keys` (ok or not: an image whose content is missing still counts
// with its target's size), at most ParallelReads at once.
void resolveAll(EngineJob *job, ContainerdContent *content, const Grouped &grouped,
                std::function<void(QHash<ImageKey, EngineResult<Resolved>>)> done)
{
    auto results = std::make_shared<QHash<ImageKey, EngineResult<Resolved>>>();
    forEachLimited<ImageKey>(
        job, grouped.keys, ParallelReads,
        [job, content, grouped, results](const ImageKey &key, std::function<void()> next) {
            const Record record =
                grouped.records.value(key).first(); // a copy: value() is a temporary
            job->track(content->resolve(key.ns, record.target, job,
                                        [results, key, next](const EngineResult<Resolved> &r) {
                                            results->insert(key, r);
                                            next();
                                        }));
        },
        [results, done] { done(*results); });
}

} // namespace

ContainerdImages::ContainerdImages(ContainerdEngine &engine, GrpcChannel &channel, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_channel(channel)
    , m_content(new ContainerdContent(channel, this))
    , m_stubs(std::make_shared<Stubs>())
{
    if (m_channel.channel()) {
        m_stubs->containers = capi::Containers::NewStub(m_channel.channel());
        m_stubs->images = iapi::Images::NewStub(m_channel.channel());
        m_stubs->snapshots = sapi::Snapshots::NewStub(m_channel.channel());
        m_stubs->tasks = tapi::Tasks::NewStub(m_channel.channel());
    }
}

ContainerdImages::~ContainerdImages() = default;

QString ContainerdImages::imageId(const QString &ns, const QString &targetDigest)
{
    return ContainerdIds::join(ns, targetDigest);
}

QString ContainerdImages::pullMissingText(const QString &version)
{
    const QVersionNumber v = QVersionNumber::fromString(version);
    if (v.isNull())
        return tr("Gontainer cannot pull into this containerd: pulling goes through "
                  "containerd's Transfer service (1.7 and later), which it does not have. Pull "
                  "on the machine with nerdctl pull or ctr images pull (with --namespace), and "
                  "the image appears here.");
    if (v < QVersionNumber(1, 7))
        return tr("containerd %1 cannot pull for Gontainer: pulling goes through its Transfer "
                  "service, which containerd has from version 1.7. Pull on the machine with "
                  "nerdctl pull or ctr images pull (with --namespace), and the image appears "
                  "here.")
            .arg(version);
    return tr("containerd %1 cannot pull for Gontainer: its Transfer service (the "
              "io.containerd.transfer.v1 plugin) is not loaded. Pull on the machine with nerdctl "
              "pull or ctr images pull (with --namespace), and the image appears here.")
        .arg(version);
}

void ContainerdImages::loadCatalog(EngineJob *job, bool withContainers, CatalogDone done)
{
    auto stubs = m_stubs;
    QPointer<ContainerdContent> content(m_content);
    GrpcChannel *channel = &m_channel;
    job->track(m_engine.namespaces(job, [job, stubs, content, channel, withContainers,
                                         done](const EngineResult<QStringList> &names) {
        if (job->isDone())
            return;
        if (!names.ok()) {
            done(EngineResult<Catalog>::failure(names.error));
            return;
        }
        struct Pending
        {
            Catalog catalog;
            QHash<QString, QList<Record>> records;
            QHash<QString, QList<ContainerRef>> containers;
            int waiting = 0;
            bool failed = false;
        };
        auto pending = std::make_shared<Pending>();
        pending->catalog.namespaces = names.value;
        pending->waiting = int(names.value.size()) * (withContainers ? 2 : 1);
        auto finishOne = [job, pending, done] {
            if (--pending->waiting > 0 || pending->failed)
                return;
            for (const QString &ns : std::as_const(pending->catalog.namespaces)) {
                pending->catalog.records += pending->records.value(ns);
                pending->catalog.containers += pending->containers.value(ns);
            }
            done(EngineResult<Catalog>::success(pending->catalog));
        };
        auto fail = [pending, done](const EngineError &e) {
            if (pending->failed)
                return;
            pending->failed = true;
            done(EngineResult<Catalog>::failure(e));
        };
        if (pending->waiting == 0) {
            done(EngineResult<Catalog>::success(pending->catalog));
            return;
        }
        for (const QString &ns : names.value) {
            if (!content)
                return;
            job->track(content->listImages(
                ns, job,
                [job, pending, ns, finishOne, fail](const EngineResult<QList<Record>> &result) {
                    if (job->isDone())
                        return;
                    if (!result.ok()) {
                        fail(result.error);
                        return;
                    }
                    pending->records.insert(ns, result.value);
                    finishOne();
                }));
            if (!withContainers)
                continue;
            job->track(channel->unary<capi::ListContainersRequest, capi::ListContainersResponse>(
                QStringLiteral("containers.List"), ns, capi::ListContainersRequest(),
                ContainerdEngine::CallTimeoutMs, job,
                [stubs](grpc::ClientContext *ctx, const capi::ListContainersRequest *req,
                        capi::ListContainersResponse *resp, std::function<void(grpc::Status)> fin) {
                    stubs->containers->async()->List(ctx, req, resp, std::move(fin));
                },
                std::function<void(EngineResult<capi::ListContainersResponse>)>(
                    [job, pending, ns, finishOne,
                     fail](const EngineResult<capi::ListContainersResponse> &result) {
                        if (job->isDone())
                            return;
                        if (!result.ok()) {
                            fail(result.error);
                            return;
                        }
                        QList<ContainerRef> refs;
                        for (const auto &c : result.value.containers())
                            refs << ContainerRef{ns, str(c.id()), str(c.image()),
                                                 str(c.snapshotter()), str(c.snapshot_key())};
                        pending->containers.insert(ns, refs);
                        finishOne();
                    })));
        }
    }));
}

EngineResult<ContainerdImages::Match> ContainerdImages::find(const Catalog &catalog,
                                                             const QString &text, bool unique) const
{
    const QString where = m_channel.where();
    QString rest = text.trimmed();
    QString onlyNs;
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash > 0 && catalog.namespaces.contains(rest.left(slash))) {
        // "NAMESPACE/..." unless the namespace has nothing by that and the whole is a name.
        onlyNs = rest.left(slash);
        rest = rest.mid(slash + 1);
    }
    auto search = [&](const QString &ns, const QString &what) {
        QList<Match> found;
        const bool digest = looksLikeDigest(what);
        const QString wanted = comparable(what);
        for (const QString &space : catalog.namespaces) {
            if (!ns.isEmpty() && space != ns)
                continue;
            Match match;
            for (const Record &r : catalog.records) {
                if (r.ns != space)
                    continue;
                if (digest) {
                    const QString hex = what.startsWith(QLatin1String("sha256:"))
                                            ? what
                                            : QStringLiteral("sha256:") + what;
                    if (!r.target.digest.startsWith(hex))
                        continue;
                    if (!match.digest.isEmpty() && match.digest != r.target.digest)
                        continue; // an ambiguous prefix: the first image wins, as below
                    match.byId = true;
                } else if (r.name != what && comparable(r.name) != wanted) {
                    continue;
                } else {
                    match.name = r.name;
                }
                match.ns = space;
                match.digest = r.target.digest;
            }
            if (match.digest.isEmpty())
                continue;
            for (const Record &r : catalog.records) {
                if (r.ns == space && r.target.digest == match.digest)
                    match.records << r;
            }
            found << match;
        }
        return found;
    };
    QList<Match> found = search(onlyNs, rest);
    if (found.isEmpty() && !onlyNs.isEmpty())
        found = search({}, text.trimmed());
    if (found.isEmpty()) {
        EngineError e = EngineError::make(EngineError::Kind::ImageMissing,
                                          tr("No such image: %1").arg(text), where);
        e.httpStatus = 404;
        return EngineResult<Match>::failure(e);
    }
    if (unique && found.size() > 1) {
        QStringList spaces;
        for (const Match &m : std::as_const(found))
            spaces << m.ns;
        return EngineResult<Match>::failure(
            EngineError::make(EngineError::Kind::BadInput,
                              tr("%1 is in the namespaces %2: say which, as NAMESPACE/%1")
                                  .arg(text, spaces.join(QLatin1String(", "))),
                              where));
    }
    return EngineResult<Match>::success(found.first());
}

void ContainerdImages::findAndResolve(EngineJob *job, const QString &text, bool unique,
                                      bool withContainers, Found done)
{
    QPointer<ContainerdImages> self(this);
    loadCatalog(job, withContainers,
                [self, job, text, unique, done](const EngineResult<Catalog> &catalog) {
                    if (job->isDone() || !self)
                        return;
                    if (!catalog.ok()) {
                        done(catalog.error, {}, {}, {});
                        return;
                    }
                    const EngineResult<Match> match = self->find(catalog.value, text, unique);
                    if (!match.ok()) {
                        done(match.error, catalog.value, {}, {});
                        return;
                    }
                    job->track(self->m_content->resolve(
                        match.value.ns, match.value.records.first().target, job,
                        [job, catalog, match, done](const EngineResult<Resolved> &resolved) {
                            if (job->isDone())
                                return;
                            done(resolved.error, catalog.value, match.value, resolved.value);
                        }));
                });
}

CallHandle ContainerdImages::listImages(bool, QObject *context,
                                        Engine::Callback<QList<ImageSummary>> callback)
{
    auto *job = newJob(context, m_channel.where(), callback);
    m_channel.endWithChannel(job);
    QPointer<ContainerdContent> content(m_content);
    loadCatalog(job, true, [job, content, callback](const EngineResult<Catalog> &catalog) {
        if (job->isDone())
            return;
        if (!catalog.ok() || !content) {
            job->finish(
                [&] { callback(EngineResult<QList<ImageSummary>>::failure(catalog.error)); });
            return;
        }
        const Grouped grouped = group(catalog.value.records);
        const QHash<ImageKey, int> counts = containerCounts(catalog.value);
        resolveAll(job, content, grouped,
                   [job, content, grouped, counts,
                    callback](const QHash<ImageKey, EngineResult<Resolved>> &resolved) {
                       QList<ImageSummary> images;
                       images.reserve(grouped.keys.size());
                       for (const ImageKey &key : grouped.keys) {
                           const QList<Record> records = grouped.records.value(key);
                           const Record &first = records.first();
                           ImageSummary s;
                           s.id = ContainerdImages::imageId(key.ns, key.digest);
                           s.namespaceName = key.ns;
                           namesOf(records, s.repoTags, s.repoDigests);
                           s.containers = counts.value(key);
                           s.created = first.created;
                           s.size = first.target.size;
                           const EngineResult<Resolved> r = resolved.value(key);
                           if (r.ok()) {
                               s.size = r.value.size;
                               if (r.value.created.isValid())
                                   s.created = r.value.created;
                               s.labels = jsonLabels(
                                   r.value.configObject.value(QLatin1String("config")).toObject());
                           }
                           for (const Record &rec : records) {
                               for (auto it = rec.labels.cbegin(); it != rec.labels.cend(); ++it)
                                   s.labels.insert(it.key(), it.value());
                           }
                           images << s;
                       }
                       if (content) {
                           QSet<QString> keep;
                           for (const ImageKey &key : grouped.keys)
                               keep.insert(ContainerdIds::join(key.ns, key.digest));
                           content->forgetOthers(keep);
                       }
                       job->finish(
                           [&] { callback(EngineResult<QList<ImageSummary>>::success(images)); });
                   });
    });
    return job->handle();
}

CallHandle ContainerdImages::inspectImage(const QString &name, QObject *context,
                                          Engine::Callback<ImageDetails> callback)
{
    auto *job = newJob(context, m_channel.where(), callback);
    m_channel.endWithChannel(job);
    findAndResolve(
        job, name, false, false,
        [job, callback](const EngineError &error, const Catalog &, const Match &match,
                        const Resolved &image) {
            if (error.isError()) {
                job->finish([&] { callback(EngineResult<ImageDetails>::failure(error)); });
                return;
            }
            ImageDetails d;
            d.id = ContainerdImages::imageId(match.ns, match.digest);
            namesOf(match.records, d.repoTags, d.repoDigests);
            d.created = image.created.isValid() ? image.created : match.records.first().created;
            d.size = image.size;
            d.architecture = image.architecture;
            d.os = image.os;
            const QJsonObject &c = image.configObject;
            d.author = c.value(QLatin1String("author")).toString();
            d.comment = c.value(QLatin1String("comment")).toString();
            const QJsonObject run = c.value(QLatin1String("config")).toObject();
            d.command = jsonStrings(run.value(QLatin1String("Cmd")));
            d.entrypoint = jsonStrings(run.value(QLatin1String("Entrypoint")));
            d.env = jsonStrings(run.value(QLatin1String("Env")));
            d.exposedPorts = run.value(QLatin1String("ExposedPorts")).toObject().keys();
            d.workingDir = run.value(QLatin1String("WorkingDir")).toString();
            d.user = run.value(QLatin1String("User")).toString();
            d.labels = jsonLabels(run);
            const QJsonObject health = run.value(QLatin1String("Healthcheck")).toObject();
            d.healthcheck.test = jsonStrings(health.value(QLatin1String("Test")));
            d.healthcheck.disabled = d.healthcheck.test == QStringList{QStringLiteral("NONE")};
            d.healthcheck.intervalMs =
                health.value(QLatin1String("Interval")).toInteger() / 1000000;
            d.healthcheck.timeoutMs = health.value(QLatin1String("Timeout")).toInteger() / 1000000;
            d.healthcheck.startPeriodMs =
                health.value(QLatin1String("StartPeriod")).toInteger() / 1000000;
            d.healthcheck.retries = health.value(QLatin1String("Retries")).toInt();

            // The details view's JSON: the record(s), and what the store holds.
            QJsonObject raw;
            raw.insert(QLatin1String("Id"), d.id);
            raw.insert(QLatin1String("Namespace"), match.ns);
            raw.insert(QLatin1String("Names"), QJsonArray::fromStringList(d.repoTags));
            QJsonObject target;
            target.insert(QLatin1String("mediaType"), image.target.mediaType);
            target.insert(QLatin1String("digest"), image.target.digest);
            target.insert(QLatin1String("size"), image.target.size);
            raw.insert(QLatin1String("Target"), target);
            raw.insert(QLatin1String("Size"), image.size);
            raw.insert(QLatin1String("ChainID"), image.chainId);
            if (!image.indexJson.isEmpty())
                raw.insert(QLatin1String("Index"),
                           QJsonDocument::fromJson(image.indexJson).object());
            raw.insert(QLatin1String("Manifest"),
                       QJsonDocument::fromJson(image.manifestJson).object());
            raw.insert(QLatin1String("Config"), c);
            d.rawJson = QJsonDocument(raw).toJson(QJsonDocument::Indented);
            job->finish([&] { callback(EngineResult<ImageDetails>::success(d)); });
        });
    return job->handle();
}

CallHandle ContainerdImages::imageHistory(const QString &name, QObject *context,
                                          Engine::Callback<QList<ImageLayer>> callback)
{
    auto *job = newJob(context, m_channel.where(), callback);
    m_channel.endWithChannel(job);
    findAndResolve(
        job, name, false, false,
        [job, callback](const EngineError &error, const Catalog &, const Match &match,
                        const Resolved &image) {
            if (error.isError()) {
                job->finish([&] { callback(EngineResult<QList<ImageLayer>>::failure(error)); });
                return;
            }
            // Oldest first in the config; each entry that made a layer takes the next one.
            QList<ImageLayer> layers;
            const QJsonArray history = image.configObject.value(QLatin1String("history")).toArray();
            qsizetype layerIndex = 0;
            const QString missing = QStringLiteral("<missing>");
            for (const QJsonValue &v : history) {
                const QJsonObject h = v.toObject();
                ImageLayer layer;
                layer.id = missing;
                layer.created = QDateTime::fromString(h.value(QLatin1String("created")).toString(),
                                                      Qt::ISODateWithMs);
                layer.createdBy = h.value(QLatin1String("created_by")).toString();
                layer.comment = h.value(QLatin1String("comment")).toString();
                if (!h.value(QLatin1String("empty_layer")).toBool() &&
                    layerIndex < image.layers.size())
                    layer.size = image.layers.at(layerIndex++).size;
                layers << layer;
            }
            // Layers the history does not mention (images made without one).
            for (; layerIndex < image.layers.size(); ++layerIndex) {
                ImageLayer layer;
                layer.id = image.layers.at(layerIndex).digest;
                layer.size = image.layers.at(layerIndex).size;
                layers << layer;
            }
            std::reverse(layers.begin(), layers.end());
            if (!layers.isEmpty()) {
                layers.first().id = ContainerdImages::imageId(match.ns, match.digest);
                QStringList digests;
                namesOf(match.records, layers.first().tags, digests);
            }
            job->finish([&] { callback(EngineResult<QList<ImageLayer>>::success(layers)); });
        });
    return job->handle();
}

CallHandle ContainerdImages::tagImage(const QString &source, const QString &target,
                                      QObject *context, Engine::DoneCallback callback)
{
    const QString where = m_channel.where();
    auto *job = new EngineJob(context, [callback, where] { callback(aborted(where)); });
    m_channel.endWithChannel(job);
    QPointer<ContainerdImages> self(this);
    auto stubs = m_stubs;
    loadCatalog(
        job, false,
        [self, job, stubs, source, target, callback, where](const EngineResult<Catalog> &catalog) {
            if (job->isDone() || !self)
                return;
            if (!catalog.ok()) {
                job->finish([&] { callback(catalog.error); });
                return;
            }
            const EngineResult<Match> match = self->find(catalog.value, source, false);
            if (!match.ok()) {
                job->finish([&] { callback(match.error); });
                return;
            }
            // The new name lives in the source's namespace: an image's content is in one.
            QString name = target.trimmed();
            const qsizetype slash = name.indexOf(QLatin1Char('/'));
            if (slash > 0 && catalog.value.namespaces.contains(name.left(slash))) {
                if (name.left(slash) != match.value.ns) {
                    job->finish([&] {
                        callback(EngineError::make(
                            EngineError::Kind::BadInput,
                            ContainerdImages::tr("An image is named in its own namespace (%1), not "
                                                 "in %2")
                                .arg(match.value.ns, name.left(slash)),
                            where));
                    });
                    return;
                }
                name = name.mid(slash + 1);
            }
            name = ContainerdContent::normalizeName(name);
            const Record &from = match.value.records.first();
            iapi::Image image;
            image.set_name(name.toStdString());
            auto *t = image.mutable_target();
            t->set_media_type(from.target.mediaType.toStdString());
            t->set_digest(from.target.digest.toStdString());
            t->set_size(from.target.size);
            for (auto it = from.target.annotations.cbegin(); it != from.target.annotations.cend();
                 ++it)
                (*t->mutable_annotations())[it.key().toStdString()] = it.value().toStdString();
            iapi::CreateImageRequest create;
            *create.mutable_image() = image;
            GrpcChannel &channel = self->m_channel;
            const QString ns = match.value.ns;
            job->track(channel.unary<iapi::CreateImageRequest, iapi::CreateImageResponse>(
                QStringLiteral("images.Create"), ns, create, ContainerdEngine::CallTimeoutMs, job,
                [stubs](grpc::ClientContext *ctx, const iapi::CreateImageRequest *req,
                        iapi::CreateImageResponse *resp, std::function<void(grpc::Status)> fin) {
                    stubs->images->async()->Create(ctx, req, resp, std::move(fin));
                },
                std::function<void(EngineResult<iapi::CreateImageResponse>)>(
                    [self, job, stubs, ns, image,
                     callback](const EngineResult<iapi::CreateImageResponse> &created) {
                        if (job->isDone())
                            return;
                        if (created.ok() || created.error.httpStatus != 409 || !self) {
                            job->finish([&] { callback(created.error); });
                            return;
                        }
                        // The name is taken: it moves to this image, as docker tag does.
                        iapi::UpdateImageRequest update;
                        *update.mutable_image() = image;
                        update.mutable_update_mask()->add_paths("target");
                        job->track(self->m_channel.unary<iapi::UpdateImageRequest,
                                                         iapi::UpdateImageResponse>(
                            QStringLiteral("images.Update"), ns, update,
                            ContainerdEngine::CallTimeoutMs, job,
                            [stubs](grpc::ClientContext *ctx, const iapi::UpdateImageRequest *req,
                                    iapi::UpdateImageResponse *resp,
                                    std::function<void(grpc::Status)> fin) {
                                stubs->images->async()->Update(ctx, req, resp, std::move(fin));
                            },
                            std::function<void(EngineResult<iapi::UpdateImageResponse>)>(
                                [job, callback](const EngineResult<iapi::UpdateImageResponse> &u) {
                                    if (job->isDone())
                                        return;
                                    job->finish([&] { callback(u.error); });
                                })));
                    })));
        });
    return job->handle();
}

namespace {

// Deletes the image records `names` of namespace `ns`, one after another; the last one waits
// for containerd's garbage collection, so the space is free when it answers. A name already
// gone is not an error.
void deleteNames(EngineJob *job, GrpcChannel &channel,
                 const std::shared_ptr<iapi::Images::Stub> &images,
                 const QList<std::pair<QString, QString>> &names, // (ns, name)
                 std::function<void(const EngineError &)> done)
{
    if (names.isEmpty()) {
        done({});
        return;
    }
    const auto [ns, name] = names.first();
    const QList<std::pair<QString, QString>> rest = names.mid(1);
    iapi::DeleteImageRequest request;
    request.set_name(name.toStdString());
    request.set_sync(rest.isEmpty());
    GrpcChannel *ch = &channel;
    job->track(ch->unary<iapi::DeleteImageRequest, google::protobuf::Empty>(
        QStringLiteral("images.Delete"), ns, request, ContainerdEngine::CallTimeoutMs, job,
        [images](grpc::ClientContext *ctx, const iapi::DeleteImageRequest *req,
                 google::protobuf::Empty *resp, std::function<void(grpc::Status)> fin) {
            images->async()->Delete(ctx, req, resp, std::move(fin));
        },
        std::function<void(EngineResult<google::protobuf::Empty>)>(
            [job, ch, images, rest, done](const EngineResult<google::protobuf::Empty> &r) {
                if (job->isDone())
                    return;
                if (!r.ok() && r.error.httpStatus != 404) {
                    done(r.error);
                    return;
                }
                deleteNames(job, *ch, images, rest, done);
            })));
}

} // namespace

CallHandle ContainerdImages::removeImage(const QString &name, bool force, QObject *context,
                                         Engine::Callback<ImageRemoval> callback)
{
    auto *job = newJob(context, m_channel.where(), callback);
    m_channel.endWithChannel(job);
    QPointer<ContainerdImages> self(this);
    const QString where = m_channel.where();
    auto stubs = m_stubs;
    loadCatalog(
        job, true,
        [self, job, stubs, name, force, callback, where](const EngineResult<Catalog> &catalog) {
            if (job->isDone() || !self)
                return;
            auto fail = [&](const EngineError &e) {
                job->finish([&] { callback(EngineResult<ImageRemoval>::failure(e)); });
            };
            if (!catalog.ok()) {
                fail(catalog.error);
                return;
            }
            const EngineResult<Match> match = self->find(catalog.value, name, true);
            if (!match.ok()) {
                fail(match.error);
                return;
            }
            const Match &m = match.value;
            QStringList names;
            if (m.byId) {
                for (const Record &r : m.records)
                    names << r.name;
                if (names.size() > 1 && !force) {
                    EngineError e = EngineError::make(
                        EngineError::Kind::Http,
                        ContainerdImages::tr("conflict: unable to delete %1 (must be forced) - "
                                             "image is referenced in multiple repositories")
                            .arg(ContainerdImages::imageId(m.ns, m.digest)),
                        where);
                    e.httpStatus = 409;
                    fail(e);
                    return;
                }
            } else {
                names << m.name;
            }
            QSet<QString> going;
            for (const QString &n : std::as_const(names))
                going.insert(comparable(n));
            QStringList users;
            for (const ContainerRef &c : catalog.value.containers) {
                if (c.ns == m.ns && going.contains(comparable(c.image)))
                    users << c.id;
            }
            if (!users.isEmpty() && !force) {
                EngineError e = EngineError::make(
                    EngineError::Kind::InUse,
                    ContainerdImages::tr("conflict: unable to remove %1 - image is being used by "
                                         "containers %2 in namespace %3")
                        .arg(name, users.join(QLatin1String(", ")), m.ns),
                    where);
                e.httpStatus = 409;
                fail(e);
                return;
            }
            QList<std::pair<QString, QString>> deletions;
            for (const QString &n : std::as_const(names))
                deletions.append({m.ns, n});
            ImageRemoval removal;
            removal.untagged = names;
            if (names.size() == m.records.size())
                removal.deleted << ContainerdImages::imageId(m.ns, m.digest);
            deleteNames(job, self->m_channel,
                        std::shared_ptr<iapi::Images::Stub>(stubs, stubs->images.get()), deletions,
                        [job, callback, removal](const EngineError &e) {
                            job->finish([&] {
                                if (e.isError())
                                    callback(EngineResult<ImageRemoval>::failure(e));
                                else
                                    callback(EngineResult<ImageRemoval>::success(removal));
                            });
                        });
        });
    return job->handle();
}

CallHandle ContainerdImages::pruneImages(bool all, QObject *context,
                                         Engine::Callback<PruneReport> callback)
{
    auto *job = newJob(context, m_channel.where(), callback);
    m_channel.endWithChannel(job);
    if (!all) {
        // containerd keeps no image without a name: nothing is dangling.
        QMetaObject::invokeMethod(
            job, [job, callback] { job->finish([&] {
                                       callback({PruneReport(), {}});
                                   }); },
            Qt::QueuedConnection);
        return job->handle();
    }
    QPointer<ContainerdImages> self(this);
    auto stubs = m_stubs;
    loadCatalog(job, true, [self, job, stubs, callback](const EngineResult<Catalog> &catalog) {
        if (job->isDone() || !self)
            return;
        if (!catalog.ok()) {
            job->finish([&] { callback(EngineResult<PruneReport>::failure(catalog.error)); });
            return;
        }
        const Grouped grouped = group(catalog.value.records);
        const QSet<ImageKey> used = usedImages(catalog.value);
        resolveAll(job, self->m_content, grouped,
                   [self, job, stubs, grouped, used,
                    callback](const QHash<ImageKey, EngineResult<Resolved>> &resolved) {
                       if (!self)
                           return;
                       QHash<QString, qint64> kept;
                       QHash<QString, qint64> freed;
                       PruneReport report;
                       QList<std::pair<QString, QString>> deletions;
                       for (const ImageKey &key : grouped.keys) {
                           const QList<Record> records = grouped.records.value(key);
                           const QHash<QString, qint64> blobs =
                               blobsOf(resolved.value(key).value, records.first().target);
                           if (used.contains(key)) {
                               kept.insert(blobs);
                               continue;
                           }
                           freed.insert(blobs);
                           report.deleted << ContainerdImages::imageId(key.ns, key.digest);
                           for (const Record &r : records)
                               deletions.append({key.ns, r.name});
                       }
                       for (auto it = freed.cbegin(); it != freed.cend(); ++it) {
                           if (!kept.contains(it.key()))
                               report.spaceReclaimed += it.value();
                       }
                       deleteNames(job, self->m_channel,
                                   std::shared_ptr<iapi::Images::Stub>(stubs, stubs->images.get()),
                                   deletions, [job, callback, report](const EngineError &e) {
                                       job->finish([&] {
                                           if (e.isError())
                                               callback(EngineResult<PruneReport>::failure(e));
                                           else
                                               callback(EngineResult<PruneReport>::success(report));
                                       });
                                   });
                   });
    });
    return job->handle();
}

CallHandle ContainerdImages::diskUsage(QObject *context, Engine::Callback<DiskUsage> callback)
{
    auto *job = newJob(context, m_channel.where(), callback);
    m_channel.endWithChannel(job);
    QPointer<ContainerdImages> self(this);
    auto stubs = m_stubs;
    loadCatalog(job, true, [self, job, stubs, callback](const EngineResult<Catalog> &catalog) {
        if (job->isDone() || !self)
            return;
        if (!catalog.ok()) {
            job->finish([&] { callback(EngineResult<DiskUsage>::failure(catalog.error)); });
            return;
        }
        struct Pending
        {
            Catalog catalog;
            QHash<ImageKey, EngineResult<Resolved>> resolved;
            QSet<QString> running;               // "ns/id"
            QHash<QString, qint64> snapshotSize; // "ns/id"
            int waiting = 3;                     // images, tasks, snapshots
            bool failed = false;
        };
        auto pending = std::make_shared<Pending>();
        pending->catalog = catalog.value;
        const Grouped grouped = group(catalog.value.records);
        auto finishOne = [job, pending, grouped, callback] {
            if (--pending->waiting > 0 || pending->failed || job->isDone())
                return;
            DiskUsage usage;
            const QSet<ImageKey> used = usedImages(pending->catalog);
            QHash<QString, qint64> all;
            QHash<QString, qint64> inUse;
            for (const ImageKey &key : grouped.keys) {
                const QHash<QString, qint64> blobs = blobsOf(
                    pending->resolved.value(key).value, grouped.records.value(key).first().target);
                all.insert(blobs);
                ++usage.images.count;
                if (used.contains(key)) {
                    ++usage.images.active;
                    inUse.insert(blobs);
                }
            }
            for (auto it = all.cbegin(); it != all.cend(); ++it) {
                usage.images.size += it.value();
                if (!inUse.contains(it.key()))
                    usage.images.reclaimable += it.value();
            }
            for (const ContainerRef &c : std::as_const(pending->catalog.containers)) {
                const QString id = ContainerdIds::join(c.ns, c.id);
                const qint64 size = pending->snapshotSize.value(id);
                ++usage.containers.count;
                usage.containers.size += size;
                if (pending->running.contains(id))
                    ++usage.containers.active;
                else
                    usage.containers.reclaimable += size;
            }
            job->finish([&] { callback(EngineResult<DiskUsage>::success(usage)); });
        };
        auto fail = [job, pending, callback](const EngineError &e) {
            if (pending->failed || job->isDone())
                return;
            pending->failed = true;
            job->finish([&] { callback(EngineResult<DiskUsage>::failure(e)); });
        };

        resolveAll(job, self->m_content, grouped,
                   [pending, finishOne](const QHash<ImageKey, EngineResult<Resolved>> &r) {
                       pending->resolved = r;
                       finishOne();
                   });

        // Running tasks, namespace by namespace.
        forEachLimited<QString>(
            job, catalog.value.namespaces, ParallelReads,
            [self, job, stubs, pending, fail](const QString &ns, std::function<void()> next) {
                if (!self)
                    return;
                job->track(self->m_channel.unary<tapi::ListTasksRequest, tapi::ListTasksResponse>(
                    QStringLiteral("tasks.List"), ns, tapi::ListTasksRequest(),
                    ContainerdEngine::CallTimeoutMs, job,
                    [stubs](grpc::ClientContext *ctx, const tapi::ListTasksRequest *req,
                            tapi::ListTasksResponse *resp, std::function<void(grpc::Status)> fin) {
                        stubs->tasks->async()->List(ctx, req, resp, std::move(fin));
                    },
                    std::function<void(EngineResult<tapi::ListTasksResponse>)>(
                        [pending, ns, next, fail](const EngineResult<tapi::ListTasksResponse> &r) {
                            if (!r.ok()) {
                                fail(r.error);
                                return;
                            }
                            for (const auto &t : r.value.tasks()) {
                                if (t.status() == containerd::v1::types::RUNNING ||
                                    t.status() == containerd::v1::types::PAUSED ||
                                    t.status() == containerd::v1::types::PAUSING)
                                    pending->running.insert(ContainerdIds::join(
                                        ns,
                                        str(t.container_id().empty() ? t.id() : t.container_id())));
                            }
                            next();
                        })));
            },
            [finishOne] { finishOne(); });

        // Each container's own snapshot (its writes over the image's layers).
        QList<ContainerRef> withSnapshots;
        for (const ContainerRef &c : catalog.value.containers) {
            if (!c.snapshotKey.isEmpty())
                withSnapshots << c;
        }
        forEachLimited<ContainerRef>(
            job, withSnapshots, ParallelReads,
            [self, job, stubs, pending](const ContainerRef &c, std::function<void()> next) {
                if (!self)
                    return;
                sapi::UsageRequest request;
                request.set_snapshotter(
                    (c.snapshotter.isEmpty() ? QStringLiteral("overlayfs") : c.snapshotter)
                        .toStdString());
                request.set_key(c.snapshotKey.toStdString());
                const QString id = ContainerdIds::join(c.ns, c.id);
                job->track(self->m_channel.unary<sapi::UsageRequest, sapi::UsageResponse>(
                    QStringLiteral("snapshots.Usage"), c.ns, request,
                    ContainerdEngine::CallTimeoutMs, job,
                    [stubs](grpc::ClientContext *ctx, const sapi::UsageRequest *req,
                            sapi::UsageResponse *resp, std::function<void(grpc::Status)> fin) {
                        stubs->snapshots->async()->Usage(ctx, req, resp, std::move(fin));
                    },
                    std::function<void(EngineResult<sapi::UsageResponse>)>(
                        [pending, id, next](const EngineResult<sapi::UsageResponse> &r) {
                            // A container without its snapshot (removed meanwhile) uses nothing.
                            if (r.ok())
                                pending->snapshotSize.insert(id, r.value.size());
                            next();
                        })));
            },
            [finishOne] { finishOne(); });
    });
    return job->handle();
}

ProgressStream *ContainerdImages::pullImage(const QString &, const RegistryAuth &, QObject *parent)
{
    return m_engine.refusedStream<ProgressStream>(pullMissingText(m_engine.info().version), parent);
}
