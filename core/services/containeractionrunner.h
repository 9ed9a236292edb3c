#pragma once

#include "core/services/containeraction.h"

#include <QHash>
#include <QList>
#include <QObject>

// Runs an action on many containers, on any nodes, at once: every call goes to its node's
// engine thread, and the batch reports its progress and, at the end, each container's result.
// Lives on the GUI thread.
class ContainerActionRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerActionRunner)

public:
    explicit ContainerActionRunner(QObject *parent = nullptr);
    ~ContainerActionRunner() override;

    // Starts the action; the batch's number comes with its signals. A target whose node is
    // gone fails at once.
    int run(ContainerAction action, const QList<ContainerTarget> &targets,
            const ContainerActionOptions &options = {});
    // Batches not finished yet.
    int pendingBatches() const { return int(m_batches.size()); }

Q_SIGNALS:
    void progress(int batch, int done, int total);
    void finished(int batch, ContainerAction action, const QList<ContainerActionResult> &results);

private:
    struct Batch
    {
        ContainerAction action;
        int total = 0;
        QList<ContainerActionResult> results;
    };

    void record(int batch, const ContainerActionResult &result);

    QHash<int, Batch> m_batches;
    int m_nextBatch = 1;
};
