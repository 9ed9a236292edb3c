#include "core/services/statswatcher.h"

#include "core/engine/engine.h"
#include "core/services/enginestream.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"

StatsWatcher::StatsWatcher(NodeManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{}

StatsWatcher::~StatsWatcher() = default;

QSet<QString> StatsWatcher::watched() const
{
    return QSet<QString>(m_streams.keyBegin(), m_streams.keyEnd());
}

void StatsWatcher::watch(const QSet<QString> &keys)
{
    for (auto it = m_streams.begin(); it != m_streams.end();) {
        if (keys.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value(); // closes the stream on its node's thread
        it = m_streams.erase(it);
    }
    for (const QString &k : keys) {
        if (!m_streams.contains(k))
            open(k);
    }
}

void StatsWatcher::open(const QString &k)
{
    const qsizetype split = k.indexOf(QChar(0x1f));
    const QString nodeId = k.left(split);
    const QString id = k.mid(split + 1);
    NodeService *node = m_manager ? m_manager->node(nodeId) : nullptr;
    if (!node)
        return;
    auto *stream = new EngineStream(node, this);
    m_streams.insert(k, stream);
    connect(stream, &EngineStream::value, this, [this, nodeId](const QVariant &v) {
        Q_EMIT sampled(nodeId, v.value<ContainerStats>());
    });
    // Ended (the container stopped, the node went away): forgotten, so the next watch() with
    // this key opens it again.
    connect(stream, &EngineStream::ended, this, [this, k, stream] {
        if (m_streams.value(k) == stream) {
            m_streams.remove(k);
            stream->deleteLater();
        }
    });
    stream->start([id](Engine &engine, QObject *parent, EngineStream::Emit emitValue,
                       EngineStream::End end) -> QObject * {
        StatsStream *s = engine.readStats(id, true, parent);
        QObject::connect(s, &StatsStream::sampled, s, [emitValue](const ContainerStats &stats) {
            emitValue(QVariant::fromValue(stats));
        });
        QObject::connect(s, &StatsStream::ended, s, end);
        return s;
    });
}
