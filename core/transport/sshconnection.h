#pragma once

#include "core/transport/connection.h"

#include <QPointer>
#include <QStringList>

class QLocalSocket;
class QProcess;
class SshMaster;

// An engine on another machine, reached through the system's OpenSSH client, so the user's ssh
// config, agent and known_hosts apply. Every connection rides on the node's one login, an
// SshMaster (the pool's, or one of its own when made without a pool). Without a remote socket
// path, each connection is a multiplexed session through the master running the remote docker
// CLI's stdio bridge (`docker system dial-stdio`), spoken over that session's pipes. With a path
// (as Podman connections name /run/podman/podman.sock), the master forwards that socket to a
// private local one and each connection opens it: no ssh process of its own. ssh never asks a
// person anything: it runs in BatchMode, or, for a key whose passphrase is in the keychain, with
// gontainer-askpass answering the passphrase prompt and nothing else (unknown host keys refused,
// no passwords).
class SshConnection final : public Connection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshConnection)

public:
    // With a master of its own, which ends with the connection.
    explicit SshConnection(const Endpoint &endpoint, QObject *parent = nullptr);
    // Through `master` (the node's), which outlives it.
    SshConnection(const Endpoint &endpoint, SshMaster *master, QObject *parent = nullptr);
    ~SshConnection() override;

    void abort() override;

    // The askpass helper: gontainer-askpass beside the running program unless set (tests).
    static QString askpassProgram();
    static void setAskpassProgram(const QString &path);
    // A key file with its passphrase in the keychain: ssh asks askpass for it.
    static bool usesAskpass(const Endpoint &endpoint);

    // A stdio session's arguments, through the master at `controlPath`; the host comes after
    // "--" and never passes a shell.
    static QStringList arguments(const Endpoint &endpoint, const QString &controlPath);
    // The private (0700) folder for control and forward sockets; empty if it cannot be made.
    static QString runtimeDirectory();
    // What ssh's complaint on stderr means.
    static TransportError::Kind classify(const QByteArray &stderrText);

protected:
    bool canShutdownWrite() const override { return true; }
    void shutdownWrite() override;

private:
    bool forwarding() const { return !endpoint().path.isEmpty(); }
    void start();
    void onMasterReady(const TransportError &error);
    void startSession();
    void openForward();
    void onLocalClosed();
    void onSshFinished();
    void failFromSsh();
    void stopSsh();

    QPointer<SshMaster> m_master;
    QProcess *m_ssh = nullptr;       // stdio mode: the session
    QLocalSocket *m_local = nullptr; // forward mode
    QByteArray m_stderr;
    qint64 m_masterStderrMark = 0;
    bool m_answered = false;
    bool m_closing = false;
};
