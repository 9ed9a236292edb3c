#pragma once

#include "core/engine/containerstats.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class EngineStream;
class NodeManager;

// Streams resource use for the containers the user can see, and only those: watch() is given
// the set shown now, and streams start for the new ones and stop for the others. Each
// container's stream is a connection of its own on its node.
class StatsWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsWatcher)

public:
    explicit StatsWatcher(NodeManager *manager, QObject *parent = nullptr);
    ~StatsWatcher() override;

    static QString key(const QString &nodeId, const QString &containerId)
    {
        return nodeId + QChar(0x1f) + containerId;
    }

    // Keys made with key(); an empty set stops every stream.
    void watch(const QSet<QString> &keys);
    QSet<QString> watched() const;

Q_SIGNALS:
    void sampled(const QString &nodeId, const ContainerStats &stats);

private:
    void open(const QString &key);

    QPointer<NodeManager> m_manager;
    QHash<QString, EngineStream *> m_streams;
};
