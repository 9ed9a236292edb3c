#pragma once

#include "core/engine/engine.h"

#include <QObject>

class ContainerdEngine;
class GrpcChannel;

// The node: version, namespaces, plugins (snapshotters, runtimes) and what the machine has;
// resource use from tasks.v1 Metrics. Part of ContainerdEngine, on the node's thread; the engine
// forwards its calls here.
class ContainerdNode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerdNode)

public:
    ContainerdNode(ContainerdEngine &engine, GrpcChannel &channel, QObject *parent = nullptr);
    ~ContainerdNode() override;

    CallHandle systemInfo(QObject *context, Engine::Callback<SystemInfo> callback);
    StatsStream *readStats(const QString &id, bool stream, QObject *parent);

private:
    ContainerdEngine &m_engine;
    GrpcChannel &m_channel;
};
