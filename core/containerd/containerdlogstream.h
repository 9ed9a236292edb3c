#pragma once

#include "core/engine/logstream.h"

#include <QFile>
#include <QFileSystemWatcher>
#include <QTimer>

// A containerd container's log, read from a file on this machine (containerd itself keeps no
// logs): a plain file the runc shim writes both streams into (a `file://` log URI, as
// Gontainer's start and `ctr run --log-uri` give), or nerdctl's json-file log (one
// {"log","stream","time"} object a line). With `follow` the growing file is watched, as tail -f
// does (a file cut short is read again from its start), until the container stops.
//
// A plain file carries no times and does not tell the streams apart: everything is standard
// output, `timestamps` adds nothing, and `since` leaves out the whole file when it was last
// written before then.
class ContainerdLogStream final : public LogStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerdLogStream)

public:
    enum class Format
    {
        Plain,
        JsonLines
    };

    ContainerdLogStream(const LogOptions &options, const QString &where, QObject *parent = nullptr);
    ~ContainerdLogStream() override;

    // Starts reading `path` (a missing file is an empty log that may still come).
    void open(const QString &path, Format format);
    // The container is not running (any more): what is in the file is the rest of the log.
    void containerStopped();
    // Ends with `error` (once).
    void fail(const EngineError &error);

private:
    void readMore();
    void emitPlain(const QByteArray &data);
    void emitJsonLines(const QByteArray &data);
    qint64 tailOffset(QFile &file, int lines) const;
    void finishIfDone();
    void end(const EngineError &error);

    LogOptions m_options;
    QString m_where;
    QString m_path;
    Format m_format = Format::Plain;
    QFileSystemWatcher m_watcher;
    QTimer m_poll;
    qint64 m_offset = -1; // -1: not positioned yet
    QByteArray m_partial; // a JSON line not yet complete
    bool m_skipBacklog = false;
    bool m_stopped = false;
    bool m_ended = false;
    bool m_reading = false;
};
