#include "core/services/imagepush.h"

#include "core/services/imagetransfer.h"

#include "core/services/nodeservice.h"

struct ImagePush::Private
{
    ImageTransfer *transfer = nullptr;
};

ImagePush::ImagePush(NodeService *node, QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->transfer = new ImageTransfer(node, ImageTransfer::Direction::Push, this);
    connect(d->transfer, &ImageTransfer::layerProgressed, this, &ImagePush::layerProgressed);
    connect(d->transfer, &ImageTransfer::progressed, this, &ImagePush::progressed);
    connect(d->transfer, &ImageTransfer::finished, this, &ImagePush::finished);
}

ImagePush::~ImagePush()
{
    delete d;
}

void ImagePush::start(const QString &reference)
{
    d->transfer->start(reference, std::nullopt);
}

void ImagePush::start(const QString &reference, const RegistryAuth &auth)
{
    d->transfer->start(reference, auth);
}

void ImagePush::stop()
{
    d->transfer->stop();
}

bool ImagePush::isRunning() const
{
    return d->transfer->isRunning();
}
