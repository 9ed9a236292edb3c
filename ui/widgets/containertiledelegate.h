#pragma once

#include <QStyledItemDelegate>

// Paints a container as a tile: state colour, name, health badge, image, node, uptime or exit
// code, and published ports. Every tile has the same size, so the view can lay out thousands
// without measuring them. A compose project's header (ContainerGroupProxy) is a line as wide as
// the view: the project, its nodes and its counts.
class ContainerTileDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerTileDelegate)

public:
    explicit ContainerTileDelegate(QObject *parent = nullptr);
    ~ContainerTileDelegate() override;

    // The tile's size for a font (the view's grid).
    static QSize tileSize(const QFontMetrics &metrics);
    // A group header's height for a font.
    static int headerHeight(const QFontMetrics &metrics);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintHeader(QPainter *painter, const QStyleOptionViewItem &option,
                     const QModelIndex &index) const;
};
