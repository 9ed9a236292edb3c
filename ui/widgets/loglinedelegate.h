#pragma once

#include "ui/models/logmatcher.h"

#include <QStyledItemDelegate>

class LogModel;
class QTextLayout;

// Paints a log line: its time and source when asked, its text in the container's own ANSI
// colours (or plain), standard error tinted, search matches highlighted; wrapped or on one line.
class LogLineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogLineDelegate)

public:
    explicit LogLineDelegate(QObject *parent = nullptr);
    ~LogLineDelegate() override;

    void setLogModel(const LogModel *model) { m_model = model; }
    void setShowTimestamps(bool show) { m_times = show; }
    void setShowSources(bool show) { m_sources = show; }
    void setColours(bool colours) { m_colours = colours; }
    void setWrap(bool wrap) { m_wrap = wrap; }
    void setMatcher(const LogMatcher &matcher) { m_matcher = matcher; }
    bool wraps() const { return m_wrap; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The time as shown in the time column.
    static QString timeText(qint64 timeNs);

private:
    int prefixWidth(const QFontMetrics &fm) const;
    void layoutText(QTextLayout &layout, const QModelIndex &index, const QPalette &palette,
                    qreal width) const;

    const LogModel *m_model = nullptr;
    LogMatcher m_matcher;
    bool m_times = false;
    bool m_sources = false;
    bool m_colours = true;
    bool m_wrap = false;
};
