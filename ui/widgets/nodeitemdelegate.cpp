#include "ui/widgets/nodeitemdelegate.h"

#include "core/engine/engineinfo.h"
#include "core/services/nodeservice.h"
#include "ui/models/nodelistmodel.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int Pad = 6;

QColor stateColor(NodeService::State state)
{
    switch (state) {
    case NodeService::State::Online:
        return QColor(0x2e, 0xa0, 0x43);
    case NodeService::State::Connecting:
    case NodeService::State::Degraded:
        return QColor(0xd2, 0x99, 0x22);
    case NodeService::State::Offline:
        break;
    }
    return QColor(0xcf, 0x22, 0x2e);
}
} // namespace

NodeItemDelegate::NodeItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

NodeItemDelegate::~NodeItemDelegate() = default;

QSize NodeItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {option.fontMetrics.averageCharWidth() * 24, 2 * option.fontMetrics.height() + 3 * Pad};
}

QString NodeItemDelegate::detailText(const QModelIndex &index)
{
    QStringList parts;
    if (const QString engine = index.data(NodeListModel::EngineNameRole).toString();
        !engine.isEmpty())
        parts << engine;
    const auto state = NodeService::State(index.data(NodeListModel::StateRole).toInt());
    if (state == NodeService::State::Offline)
        parts << tr("offline");
    else if (state == NodeService::State::Connecting)
        parts << tr("connecting…");
    else if (state == NodeService::State::Degraded)
        parts << tr("slow to answer"); // the last latency may predate a hang
    else if (const int ms = index.data(NodeListModel::LatencyRole).toInt(); ms >= 0)
        parts << tr("%1 ms").arg(ms);
    parts << tr("%1/%2 running")
                 .arg(index.data(NodeListModel::RunningRole).toInt())
                 .arg(index.data(NodeListModel::TotalRole).toInt());
    return parts.join(QStringLiteral(" · "));
}

void NodeItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(option.font);
    const int line = fm.height();
    const QRect r = option.rect.adjusted(Pad, Pad, -Pad, -Pad);
    const auto state = NodeService::State(index.data(NodeListModel::StateRole).toInt());
    const int dot = line / 2;
    painter->setPen(Qt::NoPen);
    painter->setBrush(stateColor(state));
    painter->drawEllipse(QRect(r.left(), r.top() + (line - dot) / 2, dot, dot));

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.7f);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    QRect nameRect(r.left() + dot + Pad, r.top(), r.width() - dot - Pad, line);
    // Plain TCP or an unchecked certificate: a warning mark after the name (the tooltip says
    // what is at risk).
    if (!index.data(NodeListModel::RiskRole).toString().isEmpty()) {
        const QRect mark(nameRect.right() - line + 1, nameRect.top(), line, line);
        style->standardIcon(QStyle::SP_MessageBoxWarning, &option, widget).paint(painter, mark);
        nameRect.setRight(mark.left() - Pad / 2);
    }
    painter->drawText(
        nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, nameRect.width()));
    painter->setFont(option.font);
    painter->setPen(dim);
    const QRect detailRect(nameRect.left(), r.top() + line + Pad, r.width() - dot - Pad, line);
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(detailText(index), Qt::ElideRight, detailRect.width()));
    painter->restore();
}
