#include "ui/models/logmodel.h"

#include "ui/models/ansitext.h"

#include <algorithm>

namespace {

constexpr int BatchMs = 50;

// Source colours that read on light and dark backgrounds.
// Red comes last: standard error is tinted red already.
const QColor SourceColours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c),
                                QColor(0x94, 0x67, 0xbd), QColor(0xff, 0x7f, 0x0e),
                                QColor(0x17, 0xbe, 0xcf), QColor(0xe3, 0x77, 0xc2),
                                QColor(0x8c, 0x56, 0x4b), QColor(0xbc, 0xbd, 0x22),
                                QColor(0x7f, 0x7f, 0x7f), QColor(0xd6, 0x27, 0x28)};

} // namespace

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_clock.start();
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(BatchMs);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { release(false); });
}

LogModel::~LogModel() = default;

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_buffer.size());
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case AnsiTextRole: {
        const QByteArrayView raw = m_buffer.text(row);
        // Decoding a megabyte to show ten thousand characters would be waste.
        const QByteArrayView head = raw.first(qMin<qsizetype>(raw.size(), MaxDisplayChars * 4));
        QString text = QString::fromUtf8(head);
        const bool cut = text.size() > MaxDisplayChars || head.size() < raw.size();
        if (text.size() > MaxDisplayChars)
            text.truncate(MaxDisplayChars);
        if (role == Qt::DisplayRole)
            text = AnsiText::strip(text);
        if (cut)
            text += QLatin1Char(' ') +
                    tr("[… %n more byte(s) — copy or save the line to see it whole]", nullptr,
                       int(qMin<qsizetype>(raw.size() - text.toUtf8().size(), INT_MAX)));
        return text;
    }
    case RawTextRole:
        return m_buffer.text(row).toByteArray();
    case TimeRole:
        return m_buffer.meta(row).timeNs;
    case SourceRole:
        return int(m_buffer.meta(row).source);
    case StreamRole:
        return int(m_buffer.meta(row).stream);
    case TruncatedRole:
        return m_buffer.text(row).size() > MaxDisplayChars;
    case NumberRole:
        return m_buffer.firstNumber() + row;
    case Qt::ToolTipRole: {
        const qint64 t = m_buffer.meta(row).timeNs;
        if (t == 0)
            return {};
        const Source &s = m_sources.at(m_buffer.meta(row).source);
        return tr("%1 on %2 at %3")
            .arg(s.name, s.nodeName,
                 QDateTime::fromMSecsSinceEpoch(t / 1000000).toString(Qt::ISODateWithMs));
    }
    default:
        return {};
    }
}

int LogModel::addSource(const QString &name, const QString &nodeName)
{
    const size_t i = m_sources.size();
    m_sources.push_back(Source{name, nodeName, SourceColours[i % std::size(SourceColours)]});
    m_merger.addSource();
    return int(i);
}

void LogModel::appendLines(int source, const QList<LogLine> &lines)
{
    if (lines.isEmpty() || source < 0 || size_t(source) >= m_sources.size())
        return;
    m_merger.add(source, lines, m_clock.elapsed());
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void LogModel::flush()
{
    release(true);
}

void LogModel::release(bool all)
{
    insert(m_merger.take(m_clock.elapsed(), all));
    if (!m_merger.isEmpty() && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void LogModel::insert(const std::vector<LogMerger::Entry> &lines)
{
    if (lines.empty())
        return;
    const int first = int(m_buffer.size());
    beginInsertRows({}, first, first + int(lines.size()) - 1);
    for (const LogMerger::Entry &e : lines)
        m_buffer.append(e.line, quint16(e.source));
    endInsertRows();
    const qsizetype excess = m_buffer.excess();
    if (excess > 0) {
        beginRemoveRows({}, 0, int(excess) - 1);
        m_buffer.trim();
        endRemoveRows();
        Q_EMIT linesDropped(excess);
    }
}

void LogModel::clear()
{
    beginResetModel();
    m_buffer.clear();
    m_merger.clear();
    endResetModel();
}

void LogModel::setCap(qsizetype lines)
{
    setCaps(lines, m_buffer.byteCap());
}

void LogModel::setByteCap(qsizetype bytes)
{
    setCaps(m_buffer.cap(), bytes);
}

void LogModel::setCaps(qsizetype lines, qsizetype bytes)
{
    lines = qMax<qsizetype>(lines, 1);
    bytes = qMax<qsizetype>(bytes, 1);
    if (lines == m_buffer.cap() && bytes == m_buffer.byteCap())
        return;
    // Rare (a setting): the lines kept move to a buffer sized for the new caps.
    beginResetModel();
    LogBuffer next(lines, bytes);
    // The newest lines that fit both caps.
    qsizetype from = m_buffer.size();
    qsizetype kept = 0;
    while (from > 0 && m_buffer.size() - from < lines &&
           kept + m_buffer.text(from - 1).size() <= bytes) {
        kept += m_buffer.text(from - 1).size();
        --from;
    }
    for (qsizetype row = from; row < m_buffer.size(); ++row) {
        const LogBuffer::Meta &m = m_buffer.meta(row);
        next.append(LogLine{m.timeNs, LogChunk::Source(m.stream), m_buffer.text(row).toByteArray(),
                            m.continued != 0},
                    m.source);
    }
    next.trim();
    m_buffer = std::move(next);
    endResetModel();
}
