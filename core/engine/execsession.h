#pragma once

#include "core/engine/engineerror.h"
#include "core/engine/logstream.h"

#include <QObject>
#include <QStringList>

// A command to run in a running container.
struct ExecOptions
{
    QStringList command;
    bool tty = false;         // a terminal: output is one raw stream, Ctrl+C and resize apply
    bool interactive = false; // standard input is sent
    QStringList env;          // KEY=VALUE
    QString workingDir;
    QString user;
    bool privileged = false;
    int rows = 0; // terminal size, when tty
    int columns = 0;
};

// A running exec on a connection of its own. Deleting it drops the connection (the process in
// the container may go on).
class ExecSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecSession)

public:
    using QObject::QObject;
    ~ExecSession() override = default;

    // Input for the process (kept until it has started).
    virtual void write(const QByteArray &data) = 0;
    // End of input, as a half-close. False where the transport cannot (TLS); then end the
    // process by other means (with a terminal: Ctrl+D).
    virtual bool closeInput() = 0;
    virtual void resize(int rows, int columns) = 0;

Q_SIGNALS:
    void started();
    void output(const QList<LogChunk> &chunks);
    // The process ended with `exitCode`; or the session failed (`error`, exit code -1).
    void finished(int exitCode, const EngineError &error);
};
