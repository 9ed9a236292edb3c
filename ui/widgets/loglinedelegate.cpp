#include "ui/widgets/loglinedelegate.h"

#include "ui/models/ansitext.h"
#include "ui/models/logmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>
#include <QTextLayout>

namespace {

constexpr int Margin = 4;
constexpr int SourceChars = 16;

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

// The 16 ANSI colours, a little brighter on a dark background; then xterm's 6x6x6 cube and grey.
QColor ansiColour(int c, bool dark)
{
    static const QRgb light[16] = {0x000000, 0xc01c28, 0x26a269, 0xa2734c, 0x12488b, 0xa347ba,
                                   0x2aa1b3, 0xb0b0b0, 0x5e5c64, 0xf66151, 0x33d17a, 0xc8a600,
                                   0x2a7bde, 0xc061cb, 0x33c7de, 0x808080};
    static const QRgb darkSet[16] = {0x5e5c64, 0xf66151, 0x57e389, 0xf8e45c, 0x62a0ea, 0xdc8add,
                                     0x5bc8af, 0xdeddda, 0x9a9996, 0xff7b63, 0x8ff0a4, 0xfff07a,
                                     0x99c1f1, 0xf0a8f0, 0x93ddc2, 0xffffff};
    if (c & AnsiText::TrueColour)
        return QColor(QRgb(c & 0xffffff));
    if (c < 16)
        return QColor(dark ? darkSet[c] : light[c]);
    if (c < 232) {
        const int i = c - 16;
        auto level = [](int v) {
            return v == 0 ? 0 : 55 + v * 40;
        };
        return QColor(level(i / 36), level((i / 6) % 6), level(i % 6));
    }
    const int g = 8 + (c - 232) * 10;
    return QColor(g, g, g);
}

} // namespace

LogLineDelegate::LogLineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

LogLineDelegate::~LogLineDelegate() = default;

QString LogLineDelegate::timeText(qint64 timeNs)
{
    if (timeNs == 0)
        return QString(23, QLatin1Char(' '));
    return QDateTime::fromMSecsSinceEpoch(timeNs / 1000000)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

int LogLineDelegate::prefixWidth(const QFontMetrics &fm) const
{
    int w = 0;
    if (m_times)
        w += fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000")) + 2 * Margin;
    if (m_sources)
        w += fm.horizontalAdvance(QString(SourceChars, QLatin1Char('M'))) + 2 * Margin;
    return w;
}

void LogLineDelegate::layoutText(QTextLayout &layout, const QModelIndex &index,
                                 const QPalette &palette, qreal width) const
{
    const bool dark = isDark(palette);
    QList<QTextLayout::FormatRange> formats;
    QString text;
    if (m_colours) {
        AnsiText ansi = AnsiText::parse(index.data(LogModel::AnsiTextRole).toString());
        text = std::move(ansi.text);
        for (const AnsiText::Span &s : std::as_const(ansi.spans)) {
            QTextCharFormat f;
            QColor fg =
                s.foreground == AnsiText::Default ? QColor() : ansiColour(s.foreground, dark);
            QColor bg =
                s.background == AnsiText::Default ? QColor() : ansiColour(s.background, dark);
            if (s.inverse) {
                std::swap(fg, bg);
                if (!fg.isValid())
                    fg = palette.color(QPalette::Base);
                if (!bg.isValid())
                    bg = palette.color(QPalette::Text);
            }
            if (fg.isValid())
                f.setForeground(fg);
            if (bg.isValid())
                f.setBackground(bg);
            if (s.bold)
                f.setFontWeight(QFont::Bold);
            f.setFontItalic(s.italic);
            f.setFontUnderline(s.underline);
            formats.append({s.start, s.length, f});
        }
    } else {
        text = index.data(Qt::DisplayRole).toString();
    }
    for (const auto &[start, length] : m_matcher.find(text)) {
        QTextCharFormat f;
        f.setBackground(QColor(0xff, 0xd7, 0x00));
        f.setForeground(QColor(Qt::black));
        formats.append({start, length, f});
    }
    layout.setText(text);
    layout.setFormats(formats);
    QTextOption option;
    option.setWrapMode(m_wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(m_wrap ? qMax<qreal>(width, 20) : 1e6);
        line.setPosition(QPointF(0, y));
        y += line.height();
        if (!m_wrap)
            break;
    }
    layout.endLayout();
}

QSize LogLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    const int lineHeight = fm.height() + 2;
    if (!m_wrap)
        return QSize(100, lineHeight);
    const int width = option.rect.width() > 0 ? option.rect.width()
                      : option.widget         ? option.widget->width()
                                              : 600;
    QTextLayout layout;
    layout.setFont(option.font);
    layoutText(layout, index, option.palette, width - prefixWidth(fm) - 2 * Margin - 20);
    return QSize(100, qMax(lineHeight, int(layout.boundingRect().height()) + 2));
}

void LogLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    painter->save();
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool isError = index.data(LogModel::StreamRole).toInt() == int(LogChunk::Source::Stderr);
    if (selected)
        painter->fillRect(option.rect, pal.color(QPalette::Highlight));
    else if (isError)
        painter->fillRect(option.rect,
                          isDark(pal) ? QColor(0x4a, 0x1c, 0x1c, 160) : QColor(0xfd, 0xec, 0xec));
    painter->setFont(option.font);
    const QFontMetrics fm(option.font);
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    int x = option.rect.left() + Margin;
    const int top = option.rect.top() + 1;
    if (m_times) {
        painter->setPen(selected ? text : pal.color(QPalette::PlaceholderText));
        const QString t = timeText(index.data(LogModel::TimeRole).toLongLong());
        painter->drawText(QPoint(x, top + fm.ascent()), t);
        x += fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000")) + 2 * Margin;
    }
    if (m_sources && m_model) {
        const LogModel::Source s = m_model->source(index.data(LogModel::SourceRole).toInt());
        const int w = fm.horizontalAdvance(QString(SourceChars, QLatin1Char('M')));
        painter->fillRect(QRect(x - 2, option.rect.top(), 3, option.rect.height()), s.colour);
        painter->setPen(selected ? text : s.colour);
        painter->drawText(QPoint(x + 4, top + fm.ascent()),
                          fm.elidedText(s.name, Qt::ElideMiddle, w - 4));
        x += w + 2 * Margin;
    }
    QTextLayout layout;
    layout.setFont(option.font);
    layoutText(layout, index, pal, option.rect.right() - x - Margin);
    painter->setPen(text);
    painter->setClipRect(
        QRect(x, option.rect.top(), option.rect.right() - x, option.rect.height()));
    layout.draw(painter, QPointF(x, top));
    if (index.data(LogModel::TruncatedRole).toBool() && !m_wrap) {
        // The cut is marked at the right edge too, where a one-line view hides the note.
        const QString mark = QStringLiteral(" … ");
        const int w = fm.horizontalAdvance(mark);
        const QRect r(option.rect.right() - w, option.rect.top(), w, option.rect.height());
        painter->fillRect(r, pal.color(QPalette::Mid));
        painter->setPen(pal.color(QPalette::BrightText));
        painter->drawText(r, Qt::AlignCenter, mark);
    }
    painter->restore();
}
