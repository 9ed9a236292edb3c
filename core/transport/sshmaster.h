#pragma once

#include "core/transport/endpoint.h"
#include "core/transport/transporterror.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QProcess;
class QTimer;

// One SSH login for all of a node's connections: an `ssh -N` ControlMaster that we start once,
// reuse for every session (the docker CLI's stdio bridge runs as a multiplexed session through
// it) and, for a node that names a remote socket (Podman), that forwards that socket to a private
// local one every connection opens. It runs in the foreground as our child with
// ControlPersist=no, is ended when its owner (the node's connection pool) goes, and is told by
// the kernel to end if the thread that started it does (PR_SET_DEATHSIG), so no ssh outlives its
// node or the app. Its control and forward sockets are named after our process and never shared
// with another program's ssh.
//
// Logging in has a deadline of its own, separate from any call's: ssh's ConnectTimeout for
// reaching the host, and LoginTimeoutMs for the whole login. Calls wait for it without their
// deadlines running. A master that ends (the network went, the server restarted) is started
// again by the next connection that needs it.
class SshMaster final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshMaster)

public:
    static constexpr int ConnectTimeoutSecs = 30;
    static constexpr int LoginTimeoutMs = 45000;

    explicit SshMaster(const Endpoint &endpoint, QObject *parent = nullptr);
    ~SshMaster() override;

    using Ready = std::function<void(const TransportError &error)>;
    // Calls `ready` once the master is logged in (and its forward listens), with no error; or
    // with why it could not log in. Starts it when it is not running. Never calls back after
    // `context` is gone; calls back at once when it is ready.
    void whenReady(QObject *context, Ready ready);
    bool isReady() const { return m_ready; }
    // Ends the master (and every session on it).
    void stop();

    QString controlPath() const { return m_controlPath; }
    // Where the forward of the remote socket listens (forward mode).
    QString forwardPath() const { return m_forwardPath; }
    // How many times an ssh master was started: 1 while the first one lasts.
    int starts() const { return m_starts; }
    // The running master's process id; 0 when none runs.
    qint64 processId() const;
    // What ssh said on stderr after `mark` (a value of stderrBytes() taken earlier).
    qint64 stderrBytes() const { return m_stderrTotal; }
    QByteArray stderrSince(qint64 mark) const;

    // The options every ssh of this endpoint takes (deadlines, keys, batch mode, port, user).
    static QStringList commonArguments(const Endpoint &endpoint);
    // The master's own arguments.
    static QStringList arguments(const Endpoint &endpoint, const QString &controlPath,
                                 const QString &forwardPath);
    // Environment (askpass) and lifetime (ends with the thread that started it) for an ssh.
    static void prepare(QProcess *ssh, const Endpoint &endpoint);

private:
    void start();
    void poll();
    void onFinished();
    void settle(const TransportError &error);
    TransportError errorFromStderr(const QString &fallback) const;

    struct Waiter
    {
        QPointer<QObject> context;
        Ready ready;
    };

    Endpoint m_endpoint;
    QProcess *m_ssh = nullptr;
    QTimer *m_poll = nullptr;
    QElapsedTimer m_since;
    QString m_controlPath;
    QString m_forwardPath;
    QByteArray m_stderr; // the last few KiB
    qint64 m_stderrTotal = 0;
    QList<Waiter> m_waiters;
    int m_starts = 0;
    bool m_ready = false;
};
