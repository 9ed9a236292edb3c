#pragma once

#include "core/services/containeraction.h"

#include <QHash>
#include <QList>
#include <QObject>

// Runs an action on many containers, on any nodes: every call goes to its node's engine thread,
// where the node's connection pool lets so many through at once and queues the rest in order
// (a bulk action never floods an engine, nor starves the node's health probe); the batch
// reports its progress and, at the end, each container's result. Lives on the GUI thread.
//
// A result is a failure only when the engine said so (an HTTP refusal), or when the action
// certainly did not happen and could not be sent again. A transport failure (a timeout, a
// connection that closed or was reset by a reconnect) may come after the engine did the work:
// such an action is never reported as failed on that word alone. The runner waits for the node
// to be back (at most RecheckWaitMs), inspects the container, and counts the action done when
// the container is as it should be (started: running; stopped or killed: not running; paused;
// resumed; renamed; removed: gone; restarted: running since the action was sent). Otherwise it
// sends the action again, once more at most. What cannot be told from the container's state (a
// signal other than KILL, a commit) is not sent twice: it is reported as unknown, in words that
// say so, not as refused. A node that is offline when the batch starts fails its targets at
// once.
class ContainerActionRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerActionRunner)

public:
    static constexpr int RecheckWaitMs = 60000;
    static constexpr int MaxSends = 2;

    explicit ContainerActionRunner(QObject *parent = nullptr);
    ~ContainerActionRunner() override;

    // Starts the action; the batch's number comes with its signals. A target whose node is
    // gone fails at once.
    int run(ContainerAction action, const QList<ContainerTarget> &targets,
            const ContainerActionOptions &options = {});
    // Batches not finished yet.
    int pendingBatches() const { return int(m_batches.size()); }
    // How many actions were checked after a transport failure, and how many sent again:
    // for tests and the fault suite's figures.
    int rechecks() const { return m_rechecks; }
    int resends() const { return m_resends; }

    // Whether `error` is the engine's own answer (rather than the connection's failure).
    static bool engineSaid(const EngineError &error);

Q_SIGNALS:
    void progress(int batch, int done, int total);
    void finished(int batch, ContainerAction action, const QList<ContainerActionResult> &results);

private:
    struct Batch
    {
        ContainerAction action;
        ContainerActionOptions options;
        int total = 0;
        QList<ContainerActionResult> results;
    };
    struct Attempt
    {
        int batch = 0;
        ContainerTarget target;
        QString nodeName;
        int sends = 0;
        qint64 firstSentMs = 0; // since the epoch
    };

    void send(Attempt attempt);
    void onAnswer(Attempt attempt, const EngineError &error);
    void recheck(Attempt attempt, const EngineError &error);
    void inspect(Attempt attempt, const EngineError &error);
    void record(int batch, const ContainerActionResult &result);

    QHash<int, Batch> m_batches;
    int m_nextBatch = 1;
    int m_rechecks = 0;
    int m_resends = 0;
};
