#pragma once

#include "core/engine/logline.h"
#include "core/engine/logmerger.h"
#include "ui/models/logbuffer.h"

#include <QAbstractListModel>
#include <QColor>
#include <QElapsedTimer>
#include <QTimer>

#include <vector>

// The lines of one or more containers' logs (the sources), in time order, for a list view.
// Lines from several sources are merged by the engines' times: each arrival is held back
// briefly, so that a source whose lines come a little later still sorts in. New lines arrive in
// batches; the oldest go when either cap is reached, lines or bytes of text (rows removed at the
// top, so a view keeps what it shows in place).
class LogModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Role
    {
        RawTextRole = Qt::UserRole + 1, // QByteArray: the whole line, as the engine sent it
        AnsiTextRole,                   // QString for display with its colour sequences
        TimeRole,                       // qint64 nanoseconds since the epoch (0: unknown)
        SourceRole,                     // int: index of the source
        StreamRole,                     // int: LogChunk::Source
        TruncatedRole,                  // bool: the display text is cut
        NumberRole                      // qint64: the line's number (stays while it is held)
    };
    Q_ENUM(Role)

    struct Source
    {
        QString name;     // the container
        QString nodeName; // where it runs
        QColor colour;
    };

    // Display text is cut after this many characters (copy and save keep the whole line).
    static constexpr int MaxDisplayChars = 10000;
    static constexpr int MergeHoldMs = 400;

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int addSource(const QString &name, const QString &nodeName);
    int sourceCount() const { return int(m_sources.size()); }
    Source source(int index) const { return m_sources.at(size_t(index)); }

    // Lines of a source, in its order; shown within a moment (batched).
    void appendLines(int source, const QList<LogLine> &lines);
    // Shows all that is waiting now (tests, and before saving).
    void flush();
    void clear();

    qsizetype cap() const { return m_buffer.cap(); }
    void setCap(qsizetype lines);
    qsizetype byteCap() const { return m_buffer.byteCap(); }
    void setByteCap(qsizetype bytes);
    // Both at once: one reset, where a smaller cap drops lines.
    void setCaps(qsizetype lines, qsizetype bytes);
    const LogBuffer &buffer() const { return m_buffer; }
    qint64 firstNumber() const { return m_buffer.firstNumber(); }
    // The whole line for copy and save.
    QByteArray rawText(int row) const { return m_buffer.text(row).toByteArray(); }
    qint64 time(int row) const { return m_buffer.meta(row).timeNs; }
    int sourceOf(int row) const { return m_buffer.meta(row).source; }
    qsizetype pendingCount() const { return m_merger.pendingCount(); }

Q_SIGNALS:
    // The oldest lines went to keep under the cap (after rowsRemoved).
    void linesDropped(qsizetype count);

private:
    void release(bool all);
    void insert(const std::vector<LogMerger::Entry> &lines);

    LogBuffer m_buffer;
    std::vector<Source> m_sources;
    LogMerger m_merger{MergeHoldMs};
    QTimer m_flushTimer;
    QElapsedTimer m_clock;
};
