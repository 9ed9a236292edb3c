#pragma once

#include <QPointer>
#include <QWidget>

class NodeService;
class QLabel;
class QTableWidget;
class QTimer;

// The resource use of a pod's containers: a small table asked of the engine again every few
// seconds while it is shown (one sample each time), and not at all while hidden.
class PodStatsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodStatsView)

public:
    static constexpr int IntervalMs = 2000;

    explicit PodStatsView(QWidget *parent = nullptr);
    ~PodStatsView() override;

    // The pod to show (null node: none).
    void setPod(NodeService *node, const QString &podId);
    NodeService *node() const { return m_node; }
    QString podId() const { return m_podId; }
    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    // How many samples arrived since the pod was set.
    int samples() const { return m_samples; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void ask();
    void retranslateUi();

    QPointer<NodeService> m_node;
    QString m_podId;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_timer = nullptr;
    bool m_asking = false;
    int m_samples = 0;
    // Answers to a pod no longer shown are dropped.
    quint64 m_generation = 0;
};
