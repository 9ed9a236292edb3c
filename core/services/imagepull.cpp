#include "core/services/imagepull.h"

#include "core/config/registrylogins.h"
#include "core/engine/imagereference.h"
#include "core/services/imagetransfer.h"
#include "core/services/nodeservice.h"

#include <optional>

struct ImagePull::Private
{
    ImageTransfer *transfer = nullptr;
    std::optional<RegistryAuth> auth;
    // The names to try, in order, and the one being tried.
    QStringList candidates;
    qsizetype next = 0;
    // When the names are a short name qualified with the engine's search registries.
    QStringList searchRegistries;
    QList<EngineError> failures;
    QStringList triedRegistries;
    QStringList qualifiedCandidates;

    void begin(const QString &reference, const std::optional<RegistryAuth> &login);
    void startNext();
};

void ImagePull::Private::startNext()
{
    const QString candidate = candidates.at(next++);
    // A login given goes only to its own registry; the others get theirs from the saved ones.
    std::optional<RegistryAuth> login = auth;
    if (login && candidates.size() > 1 &&
        RegistryLogins::serverFor(login->serverAddress) != ImageTransfer::registryOf(candidate))
        login.reset();
    transfer->start(candidate, login);
}

void ImagePull::Private::begin(const QString &reference, const std::optional<RegistryAuth> &login)
{
    transfer->stop();
    auth = login;
    candidates.clear();
    searchRegistries.clear();
    failures.clear();
    triedRegistries.clear();
    qualifiedCandidates.clear();
    next = 0;

    const ImageReference ref = ImageReference::parse(reference);
    const NodeService *node = transfer->node();
    const QStringList search = node ? node->details().searchRegistries : QStringList();
    if (ref.isValid() && ref.registry.isEmpty() && !search.isEmpty()) {
        const QString suffix =
            ref.digest.isEmpty()
                ? QLatin1Char(':') + (ref.tag.isEmpty() ? QStringLiteral("latest") : ref.tag)
                : QLatin1Char('@') + ref.digest;
        for (const QString &registry : search)
            candidates << registry + QLatin1Char('/') + ref.repository + suffix;
        searchRegistries = search;
    } else {
        candidates << reference;
    }
    startNext();
}

ImagePull::ImagePull(NodeService *node, QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->transfer = new ImageTransfer(node, ImageTransfer::Direction::Pull, this);
    connect(d->transfer, &ImageTransfer::layerProgressed, this, &ImagePull::layerProgressed);
    connect(d->transfer, &ImageTransfer::progressed, this, &ImagePull::progressed);
    connect(d->transfer, &ImageTransfer::finished, this, [this](const EngineError &error) {
        if (!error.isError() || d->searchRegistries.isEmpty() ||
            error.kind == EngineError::Kind::Aborted) {
            Q_EMIT finished(error);
            return;
        }
        // A short name: the next search registry may have it. A registry that refuses an
        // anonymous pull may just not have the image (Docker Hub answers so for names it does
        // not know): only a refused login says more than "not there".
        EngineError failure = error;
        if (failure.kind == EngineError::Kind::Unauthorized && !d->transfer->usedLogin())
            failure.kind = EngineError::Kind::ImageMissing;
        d->failures << failure;
        if (d->next < d->candidates.size()) {
            d->startNext();
            return;
        }
        d->triedRegistries = d->searchRegistries;
        d->qualifiedCandidates = d->candidates;
        // A registry that refused for another reason than not having it (the login given)
        // says more than those that do not have it.
        for (const EngineError &e : std::as_const(d->failures)) {
            if (e.kind != EngineError::Kind::ImageMissing) {
                Q_EMIT finished(e);
                return;
            }
        }
        EngineError missing = d->failures.constLast();
        QStringList words;
        for (qsizetype i = 0; i < d->failures.size(); ++i)
            words << d->candidates.at(i) + QStringLiteral(": ") + d->failures.at(i).message;
        missing.message = words.join(QStringLiteral("; "));
        Q_EMIT finished(missing);
    });
}

ImagePull::~ImagePull()
{
    delete d;
}

void ImagePull::start(const QString &reference)
{
    d->begin(reference, std::nullopt);
}

void ImagePull::start(const QString &reference, const RegistryAuth &auth)
{
    d->begin(reference, auth);
}

void ImagePull::stop()
{
    d->transfer->stop();
}

bool ImagePull::isRunning() const
{
    return d->transfer->isRunning();
}

QStringList ImagePull::triedRegistries() const
{
    return d->triedRegistries;
}

QStringList ImagePull::qualifiedCandidates() const
{
    return d->qualifiedCandidates;
}
