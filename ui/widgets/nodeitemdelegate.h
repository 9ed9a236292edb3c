#pragma once

#include <QStyledItemDelegate>

// Paints a node in the sidebar: a state dot, the name, and below it the engine, the latency of
// the last probe and the running/total container counts.
class NodeItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeItemDelegate)

public:
    explicit NodeItemDelegate(QObject *parent = nullptr);
    ~NodeItemDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "Podman · 3 ms · 2/5 running", in the language now installed.
    static QString detailText(const QModelIndex &index);
};
