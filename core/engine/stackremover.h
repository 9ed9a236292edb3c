#pragma once

#include "core/engine/engine.h"
#include "core/engine/stackremoval.h"

#include <QList>
#include <QObject>

class EngineJob;

// Removes a stack the way "docker stack rm" does, through one manager's engine: its services
// first (their tasks go with them), then its secrets, configs and networks, each found by the
// stack's label. What cannot be removed is noted and the rest still goes; a list the engine
// refuses ends it with that error. One call at a time, so a node's connections stay few.
class StackRemover final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackRemover)

public:
    // Runs on the engine's thread; `callback` answers once (Aborted when the handle is
    // cancelled).
    static CallHandle start(Engine &engine, const QString &stack, QObject *context,
                            Engine::Callback<StackRemoval> callback);

private:
    struct Object
    {
        QString id;
        QString name;
    };
    enum class Step
    {
        Services,
        Secrets,
        Configs,
        Networks,
        Done
    };

    StackRemover(Engine &engine, const QString &stack, EngineJob *job,
                 Engine::Callback<StackRemoval> callback);
    void list(Step step);
    void listed(Step step, const EngineError &error, const QList<Object> &objects);
    void removeNext();
    QStringList &removedOf(Step step);

    Engine &m_engine;
    EngineJob *m_job;
    Engine::Callback<StackRemoval> m_callback;
    StackRemoval m_result;
    Step m_step = Step::Services;
    QList<Object> m_pending;
};
