#pragma once

#include "core/engine/engine.h"

#include <QObject>

class ContainerdEngine;
class GrpcChannel;

// Creates containers from an image in the namespace: an OCI spec made from the image config the way
// nerdctl makes it, and a snapshot prepared on the image's layers. Part of ContainerdEngine, on the
// node's thread; the engine forwards its calls here.
class ContainerdCreate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerdCreate)

public:
    ContainerdCreate(ContainerdEngine &engine, GrpcChannel &channel, QObject *parent = nullptr);
    ~ContainerdCreate() override;

    CallHandle createContainer(const ContainerSpec &spec, QObject *context,
                               Engine::Callback<CreatedObject> callback);

private:
    ContainerdEngine &m_engine;
    GrpcChannel &m_channel;
};
