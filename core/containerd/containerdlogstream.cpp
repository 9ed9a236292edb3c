#include "core/containerd/containerdlogstream.h"

#include "core/engine/loglinesplitter.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Read at most this much in one turn of the event loop.
constexpr qint64 ReadPiece = 1024 * 1024;

} // namespace

ContainerdLogStream::ContainerdLogStream(const LogOptions &options, const QString &where,
                                         QObject *parent)
    : LogStream(parent)
    , m_options(options)
    , m_where(where)
{
    // The watcher tells of writes; the timer catches what it misses (a file made after the
    // watch began, file systems that report nothing).
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &ContainerdLogStream::readMore);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ContainerdLogStream::readMore);
}

ContainerdLogStream::~ContainerdLogStream()
{
    m_ended = true;
}

void ContainerdLogStream::open(const QString &path, Format format)
{
    if (m_ended)
        return;
    m_path = path;
    m_format = format;
    const QFileInfo info(path);
    if (format == Format::Plain && m_options.since.isValid() && info.exists() &&
        info.lastModified() < m_options.since)
        m_skipBacklog = true;
    if (m_options.follow) {
        m_watcher.addPath(path);
        m_poll.start();
    }
    Q_EMIT opened();
    readMore();
}

void ContainerdLogStream::containerStopped()
{
    m_stopped = true;
    if (!m_path.isEmpty())
        readMore();
}

void ContainerdLogStream::fail(const EngineError &error)
{
    end(error);
}

qint64 ContainerdLogStream::tailOffset(QFile &file, int lines) const
{
    // From the end backwards, counting line ends; a last line without one counts too.
    const qint64 size = file.size();
    if (lines <= 0)
        return size;
    qint64 pos = size;
    int seen = 0;
    bool first = true;
    while (pos > 0) {
        const qint64 from = qMax<qint64>(0, pos - 64 * 1024);
        file.seek(from);
        const QByteArray block = file.read(pos - from);
        for (qsizetype i = block.size() - 1; i >= 0; --i) {
            if (block.at(i) != '\n')
                continue;
            if (first && from + i == size - 1) {
                first = false;
                continue; // the last line's own end
            }
            first = false;
            if (++seen == lines)
                return from + i + 1;
        }
        pos = from;
    }
    return 0;
}

void ContainerdLogStream::readMore()
{
    if (m_ended || m_reading || m_path.isEmpty())
        return;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.exists()) {
            end(EngineError::make(
                EngineError::Kind::AccessDenied,
                tr("cannot read the log file %1: %2").arg(m_path, file.errorString()), m_where));
            return;
        }
        finishIfDone();
        return;
    }
    if (m_options.follow && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
    const qint64 size = file.size();
    if (m_offset < 0) {
        if (m_skipBacklog)
            m_offset = size;
        else if (m_options.tail >= 0)
            m_offset = tailOffset(file, m_options.tail);
        else
            m_offset = 0;
    } else if (size < m_offset) {
        // Cut short (truncated, or made anew): read it again from its start.
        m_offset = 0;
        m_partial.clear();
    }
    if (size == m_offset) {
        finishIfDone();
        return;
    }
    file.seek(m_offset);
    const QByteArray data = file.read(qMin(ReadPiece, size - m_offset));
    m_offset += data.size();
    if (m_format == Format::Plain)
        emitPlain(data);
    else
        emitJsonLines(data);
    if (m_ended)
        return;
    if (m_offset < size) {
        // More to read: in the next turn, so the thread stays responsive.
        m_reading = true;
        QTimer::singleShot(0, this, [this] {
            m_reading = false;
            readMore();
        });
        return;
    }
    finishIfDone();
}

void ContainerdLogStream::emitPlain(const QByteArray &data)
{
    if (data.isEmpty() || (!m_options.stdoutStream && !m_options.stderrStream))
        return;
    Q_EMIT received({LogChunk{LogChunk::Source::Stdout, data, false}});
}

void ContainerdLogStream::emitJsonLines(const QByteArray &data)
{
    m_partial.append(data);
    QList<LogChunk> chunks;
    qsizetype start = 0;
    const qint64 sinceNs = m_options.since.isValid() ? m_options.since.toMSecsSinceEpoch() * 1000000
                                                     : std::numeric_limits<qint64>::min();
    const qint64 untilNs = m_options.until.isValid() ? m_options.until.toMSecsSinceEpoch() * 1000000
                                                     : std::numeric_limits<qint64>::max();
    bool pastUntil = false;
    while (true) {
        const qsizetype nl = m_partial.indexOf('\n', start);
        if (nl < 0)
            break;
        const QByteArray line = m_partial.mid(start, nl - start);
        start = nl + 1;
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        if (record.isEmpty())
            continue;
        const QByteArray time = record.value(QLatin1String("time")).toString().toLatin1();
        qsizetype length = 0;
        const qint64 timeNs = LogLineSplitter::parseTime(time, &length);
        if (length > 0 && timeNs < sinceNs)
            continue;
        if (length > 0 && timeNs > untilNs) {
            pastUntil = true;
            break;
        }
        const bool err =
            record.value(QLatin1String("stream")).toString() == QLatin1String("stderr");
        if (err ? !m_options.stderrStream : !m_options.stdoutStream)
            continue;
        QByteArray text = record.value(QLatin1String("log")).toString().toUtf8();
        if (m_options.timestamps && length > 0)
            text.prepend(LogLineSplitter::formatTime(timeNs) + ' ');
        chunks.append(
            LogChunk{err ? LogChunk::Source::Stderr : LogChunk::Source::Stdout, text, true});
    }
    m_partial.remove(0, start);
    if (!chunks.isEmpty())
        Q_EMIT received(chunks);
    if (pastUntil && !m_ended)
        end({});
}

void ContainerdLogStream::finishIfDone()
{
    if (!m_options.follow || m_stopped || m_options.until.isValid())
        end({});
}

void ContainerdLogStream::end(const EngineError &error)
{
    if (m_ended)
        return;
    m_ended = true;
    m_poll.stop();
    Q_EMIT ended(error);
}
