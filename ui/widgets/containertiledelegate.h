#pragma once

#include <QStyledItemDelegate>

// Paints a container as a tile: state colour, name, health badge, image, node, uptime or exit
// code, and published ports. Every tile has the same size, so the view can lay out thousands
// without measuring them.
class ContainerTileDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerTileDelegate)

public:
    explicit ContainerTileDelegate(QObject *parent = nullptr);
    ~ContainerTileDelegate() override;

    // The tile's size for a font (the view's grid).
    static QSize tileSize(const QFontMetrics &metrics);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
