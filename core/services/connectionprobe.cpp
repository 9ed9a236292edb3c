#include "core/services/connectionprobe.h"

#include "core/engine/engine.h"
#include "core/services/enginefactory.h"

ConnectionProbe::ConnectionProbe(const NodeConfig &config, QObject *parent)
    : QObject(parent)
    , m_endpoint(config.endpoint())
{}

ConnectionProbe::~ConnectionProbe() = default;

void ConnectionProbe::start()
{
    if (m_engine)
        return;
    m_engine = makeEngine(m_endpoint);
    Engine *engine = m_engine.get();
    // The engine is the callback's context: deleting the probe drops the answer with it.
    engine->identifyQuickly(engine, [this, engine](const EngineResult<EngineInfo> &result) {
        if (m_engine.get() != engine)
            return; // cancelled, its engine not deleted yet
        release();
        if (result.ok())
            Q_EMIT succeeded(result.value);
        else
            Q_EMIT failed(result.error);
    });
}

void ConnectionProbe::cancel()
{
    release();
}

void ConnectionProbe::release()
{
    if (m_engine)
        m_engine.release()->deleteLater();
}
