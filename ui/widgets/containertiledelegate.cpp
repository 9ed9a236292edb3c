#include "ui/widgets/containertiledelegate.h"

#include "ui/models/containergroupproxy.h"
#include "ui/models/containertablemodel.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStyle>

namespace {
constexpr int Margin = 10;
constexpr int Stripe = 5;
constexpr int Gap = 8; // between tiles, inside the grid cell
} // namespace

ContainerTileDelegate::ContainerTileDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

ContainerTileDelegate::~ContainerTileDelegate() = default;

QSize ContainerTileDelegate::tileSize(const QFontMetrics &metrics)
{
    const int line = metrics.height();
    return {qMax(260, metrics.averageCharWidth() * 34) + Gap, 4 * line + 3 * 4 + 2 * Margin + Gap};
}

int ContainerTileDelegate::headerHeight(const QFontMetrics &metrics)
{
    return 2 * metrics.height() + Margin + Gap;
}

QSize ContainerTileDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    if (!index.data(ContainerGroupProxy::HeaderRole).toBool())
        return tileSize(option.fontMetrics);
    // As wide as the view can lay out with its scroll bar, so the header has its own line.
    const auto *view = qobject_cast<const QAbstractScrollArea *>(option.widget);
    if (!view)
        view = qobject_cast<const QAbstractScrollArea *>(parent());
    int width = tileSize(option.fontMetrics).width();
    if (view) {
        const int bar = view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr,
                                                   view->verticalScrollBar());
        width = qMax(width / 2, view->maximumViewportSize().width() - bar - 2);
    }
    return {width, headerHeight(option.fontMetrics)};
}

void ContainerTileDelegate::paintHeader(QPainter *painter, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    painter->save();
    const QPalette &pal = option.palette;
    const QRect area = option.rect.adjusted(Gap / 2, Gap / 2 + Margin / 2, -Gap / 2, -Gap / 2);
    if (option.state.testFlag(QStyle::State_MouseOver) ||
        option.state.testFlag(QStyle::State_HasFocus)) {
        QColor hover = pal.color(QPalette::Highlight);
        hover.setAlpha(option.state.testFlag(QStyle::State_HasFocus) ? 48 : 24);
        painter->fillRect(area, hover);
    }
    const QFontMetrics fm(option.font);
    const int line = fm.height();
    const QRect text = area.adjusted(Margin / 2, 0, -Margin / 2, 0);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics bfm(bold);

    const int total = index.data(ContainerGroupProxy::GroupTotalRole).toInt();
    const int running = index.data(ContainerGroupProxy::GroupRunningRole).toInt();
    const int unhealthy = index.data(ContainerGroupProxy::GroupUnhealthyRole).toInt();
    QString counts = tr("%1 of %2 running").arg(running).arg(total);
    if (unhealthy > 0)
        counts += QStringLiteral(" · ") + tr("%n unhealthy", nullptr, unhealthy);
    const int countsWidth = qMin(fm.horizontalAdvance(counts) + 2, text.width() / 2);
    const QRect countsRect(text.right() - countsWidth + 1, text.top(), countsWidth, line);
    painter->setPen(unhealthy > 0
                        ? ContainerTableModel::healthColor(ContainerSummary::Health::Unhealthy)
                        : pal.color(QPalette::PlaceholderText));
    painter->drawText(countsRect, Qt::AlignRight | Qt::AlignVCenter,
                      fm.elidedText(counts, Qt::ElideRight, countsRect.width()));

    // The project's name, then the nodes it runs on.
    const QString name = index.data(ContainerTableModel::NameRole).toString();
    const int nameWidth = qMin(bfm.horizontalAdvance(name) + 2, text.width() - countsWidth - 12);
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(QRect(text.left(), text.top(), nameWidth, line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      bfm.elidedText(name, Qt::ElideRight, nameWidth));
    painter->setFont(option.font);
    const QStringList nodes = index.data(ContainerGroupProxy::GroupNodesRole).toStringList();
    const QRect nodesRect(text.left() + nameWidth + 8, text.top(),
                          text.width() - nameWidth - countsWidth - 16, line);
    if (!nodes.isEmpty() && nodesRect.width() > 0) {
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->drawText(nodesRect, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(tr("on %1").arg(nodes.join(QStringLiteral(", "))),
                                        Qt::ElideRight, nodesRect.width()));
    }
    // A rule under the header, as wide as the line.
    painter->setPen(pal.color(QPalette::Mid));
    const int y = text.top() + line + 4;
    painter->drawLine(area.left(), y, area.right(), y);
    if (option.state.testFlag(QStyle::State_HasFocus)) {
        QPen focus(pal.color(QPalette::Highlight));
        focus.setStyle(Qt::DotLine);
        painter->setPen(focus);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(area.adjusted(0, 0, -1, -1));
    }
    painter->restore();
}

void ContainerTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    if (index.data(ContainerGroupProxy::HeaderRole).toBool()) {
        paintHeader(painter, option, index);
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const QRectF card = QRectF(option.rect).adjusted(Gap / 2.0, Gap / 2.0, -Gap / 2.0, -Gap / 2.0);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);

    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    QColor fill = pal.color(QPalette::Base);
    if (selected) {
        const QColor h = pal.color(QPalette::Highlight);
        fill.setRgbF(fill.redF() * 0.8f + h.redF() * 0.2f, fill.greenF() * 0.8f + h.greenF() * 0.2f,
                     fill.blueF() * 0.8f + h.blueF() * 0.2f);
    }
    painter->fillPath(path, fill);
    QPen border(selected ? pal.color(QPalette::Highlight)
                         : (hovered ? pal.color(QPalette::Mid) : pal.color(QPalette::Midlight)));
    border.setWidthF(selected ? 2.0 : 1.0);
    painter->setPen(border);
    painter->drawPath(path);

    const auto state = ContainerSummary::State(index.data(ContainerTableModel::StateRole).toInt());
    const auto health =
        ContainerSummary::Health(index.data(ContainerTableModel::HealthRole).toInt());
    painter->save();
    painter->setClipPath(path);
    painter->fillRect(QRectF(card.left(), card.top(), Stripe, card.height()),
                      ContainerTableModel::stateColor(state));
    painter->restore();

    const QFontMetrics fm(option.font);
    const int line = fm.height();
    QRect text = card.toRect().adjusted(Margin + Stripe, Margin, -Margin, -Margin);
    const QColor textColor = pal.color(QPalette::Text);
    const QColor dim = pal.color(QPalette::PlaceholderText);

    // Line 1: name, and the health badge on the right.
    QFont bold = option.font;
    bold.setBold(true);
    int badgeWidth = 0;
    if (health != ContainerSummary::Health::None) {
        const QString badge = ContainerTableModel::healthText(health);
        badgeWidth = fm.horizontalAdvance(badge) + 12;
        const QRectF pill(text.right() - badgeWidth + 1, text.top() + 1, badgeWidth, line - 2);
        QPainterPath pillPath;
        pillPath.addRoundedRect(pill, (line - 2) / 2.0, (line - 2) / 2.0);
        painter->fillPath(pillPath, ContainerTableModel::healthColor(health));
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, badge);
    }
    painter->setFont(bold);
    painter->setPen(textColor);
    const QFontMetrics bfm(bold);
    const QRect nameRect(text.left(), text.top(), text.width() - badgeWidth - 6, line);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      bfm.elidedText(index.data(ContainerTableModel::ReadOnlyRole).toBool()
                                         ? index.data(ContainerTableModel::NameRole).toString() +
                                               QLatin1Char(' ') +
                                               ContainerTableModel::readOnlyMark()
                                         : index.data(ContainerTableModel::NameRole).toString(),
                                     Qt::ElideRight, nameRect.width()));
    painter->setFont(option.font);

    // Running containers in view: CPU and memory over the last samples, beside lines 2 and 3.
    const bool hasStats = index.data(ContainerTableModel::HasStatsRole).toBool();
    const int sparkWidth = hasStats ? qMin(90, text.width() / 3) : 0;
    if (hasStats) {
        const QRect spark(text.right() - sparkWidth + 1, text.top() + line + 4, sparkWidth,
                          2 * line + 4);
        const auto cpu = index.data(ContainerTableModel::CpuHistoryRole).value<QList<qreal>>();
        const auto memory =
            index.data(ContainerTableModel::MemoryHistoryRole).value<QList<qreal>>();
        qreal cpuTop = 100;
        for (const qreal v : cpu)
            cpuTop = qMax(cpuTop, v);
        const auto plot = [&](const QList<qreal> &values, qreal top, const QColor &color) {
            if (values.size() < 2)
                return;
            QPolygonF poly;
            const qreal step = qreal(spark.width()) / (ContainerTableModel::HistoryLength - 1);
            const qreal x0 = spark.right() - step * (values.size() - 1);
            for (int i = 0; i < values.size(); ++i)
                poly << QPointF(x0 + i * step,
                                spark.bottom() -
                                    qBound<qreal>(0, values.at(i) / top, 1) * (spark.height() - 2));
            painter->setPen(QPen(color, 1.5));
            painter->drawPolyline(poly);
        };
        QColor grid = pal.color(QPalette::Midlight);
        painter->setPen(grid);
        painter->drawLine(spark.bottomLeft(), spark.bottomRight());
        plot(memory, 100, QColor(0x8b, 0x5c, 0xf6));
        plot(cpu, cpuTop, QColor(0x3b, 0x82, 0xf6));
        painter->setPen(pal.color(QPalette::PlaceholderText));
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.8);
        painter->setFont(small);
        if (!cpu.isEmpty())
            painter->drawText(spark, Qt::AlignRight | Qt::AlignTop,
                              QStringLiteral("%1%").arg(qRound(cpu.constLast())));
        painter->setFont(option.font);
    }

    // Line 2: image. Line 3: node. Line 4: state with uptime or exit code, and ports.
    const auto drawLine = [&](int n, const QString &value, const QColor &color) {
        const int width =
            n < 3 ? text.width() - (sparkWidth > 0 ? sparkWidth + 6 : 0) : text.width();
        const QRect r(text.left(), text.top() + n * (line + 4), width, line);
        painter->setPen(color);
        painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(value, Qt::ElideMiddle, r.width()));
    };
    drawLine(1, index.data(ContainerTableModel::ImageRole).toString(), dim);
    drawLine(2, tr("on %1").arg(index.data(ContainerTableModel::NodeNameRole).toString()), dim);

    const QString status = index.data(ContainerTableModel::StatusTextRole).toString();
    const QString ports = index.data(ContainerTableModel::PortsRole).toString();
    const QRect last(text.left(), text.top() + 3 * (line + 4), text.width(), line);
    const int statusWidth =
        qMin(fm.horizontalAdvance(status) + 2, ports.isEmpty() ? last.width() : last.width() / 2);
    painter->setPen(ContainerTableModel::stateColor(state));
    painter->drawText(QRect(last.left(), last.top(), statusWidth, line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(status, Qt::ElideRight, statusWidth));
    if (!ports.isEmpty()) {
        const QRect portsRect(last.left() + statusWidth + 8, last.top(),
                              last.width() - statusWidth - 8, line);
        painter->setPen(textColor);
        painter->drawText(portsRect, Qt::AlignRight | Qt::AlignVCenter,
                          fm.elidedText(ports, Qt::ElideRight, portsRect.width()));
    }

    if (option.state.testFlag(QStyle::State_HasFocus)) {
        QPen focus(pal.color(QPalette::Highlight));
        focus.setStyle(Qt::DotLine);
        painter->setPen(focus);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(2, 2, -2, -2), 5, 5);
    }
    painter->restore();
}
