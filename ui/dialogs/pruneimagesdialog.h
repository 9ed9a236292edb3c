#pragma once

#include "core/engine/engineresults.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class NodeManager;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTreeWidget;

// Prunes images on the nodes checked: dangling ones, or every image no container uses. Shows
// beforehand what would go and the space it would free (from the nodes' image lists), then
// the space each engine says it freed. Non-modal.
class PruneImagesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PruneImagesDialog)

public:
    explicit PruneImagesDialog(NodeManager *manager, const QStringList &nodeIds = {},
                               QWidget *parent = nullptr);
    ~PruneImagesDialog() override;

    void setNodes(const QStringList &nodeIds);
    void setAllUnused(bool allUnused);
    // Prunes now (the Prune button).
    void prune();
    bool isRunning() const { return m_running > 0; }

    QListWidget *nodeList() const { return m_nodes; }
    QRadioButton *danglingButton() const { return m_dangling; }
    QRadioButton *allUnusedButton() const { return m_allUnused; }
    // What would go: a row per node with its images below it.
    QTreeWidget *plan() const { return m_plan; }
    QLabel *planSummary() const { return m_summary; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *pruneButton() const { return m_prune; }
    qint64 plannedBytes() const { return m_plannedBytes; }

Q_SIGNALS:
    // One node's engine answered (report.spaceReclaimed is what it says it freed).
    void pruned(const QString &nodeId, const PruneReport &report);
    // Every node answered; `freed` sums what the engines said.
    void prunedAll(qint64 freed, int failed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePlan();
    void followNodes();
    QStringList checkedNodes() const;

    QPointer<NodeManager> m_manager;
    QLabel *m_intro = nullptr;
    QListWidget *m_nodes = nullptr;
    QRadioButton *m_dangling = nullptr;
    QRadioButton *m_allUnused = nullptr;
    QTreeWidget *m_plan = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_prune = nullptr;
    QPushButton *m_close = nullptr;
    qint64 m_plannedBytes = 0;
    int m_running = 0;
    int m_failed = 0;
    qint64 m_freed = 0;
    QStringList m_resultLines;
};
