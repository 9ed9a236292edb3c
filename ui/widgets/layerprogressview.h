#pragma once

#include "core/services/imagepull.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTreeWidget;
class QTreeWidgetItem;

// The progress of pulls and pushes: one row per layer (with the node it goes to or comes from
// when there are several), its status in the engine's words and its bytes, and a bar over the
// bytes of all of them.
class LayerProgressView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerProgressView)

public:
    explicit LayerProgressView(QWidget *parent = nullptr);
    ~LayerProgressView() override;

    enum Column
    {
        NodeColumn,
        LayerColumn,
        StatusColumn,
        BytesColumn
    };

    void clear();
    // Shows the node column when transfers run on more than one node.
    void setShowNodes(bool show);
    void setLayer(const QString &node, const LayerProgress &layer);
    // A node's summed progress; the bar shows the sum over the nodes.
    void setProgress(const QString &node, const PullProgress &progress);
    // A node's transfer begins (again): its sums start anew.
    void forgetNode(const QString &node);
    // Nothing runs any more: the bar stops showing that it is busy (full when `complete`).
    void setFinished(bool complete);

    QTreeWidget *layers() const { return m_layers; }
    QProgressBar *bar() const { return m_bar; }
    qint64 doneBytes() const;
    qint64 totalBytes() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateBar();
    static QString bytesText(qint64 current, qint64 total);

    QTreeWidget *m_layers = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_summary = nullptr;
    QHash<QString, QTreeWidgetItem *> m_rows; // node + '\n' + layer id
    QHash<QString, PullProgress> m_progress;  // by node
    bool m_finished = false;
    bool m_active = false; // a transfer began since the last clear()
    bool m_complete = false;
};
