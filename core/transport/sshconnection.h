#pragma once

#include "core/transport/connection.h"

#include <QStringList>

class QLocalSocket;
class QProcess;
class QTimer;

// An engine on another machine, reached through the system's OpenSSH client, so the user's ssh
// config, agent and known_hosts apply. Without a remote socket path, each connection runs the
// remote docker CLI's stdio bridge (`docker system dial-stdio`) and speaks over ssh's pipes,
// sharing one SSH session through ControlMaster. With a path (as Podman connections name
// /run/podman/podman.sock), each connection forwards that socket to a private local one. ssh
// never asks a person anything: it runs in BatchMode, or, for a key whose passphrase is in the
// keychain, with gontainer-askpass answering the passphrase prompt and nothing else (unknown
// host keys refused, no passwords).
class SshConnection final : public Connection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshConnection)

public:
    SshConnection(const Endpoint &endpoint, QObject *parent = nullptr);
    ~SshConnection() override;

    void abort() override;

    // The askpass helper: gontainer-askpass beside the running program unless set (tests).
    static QString askpassProgram();
    static void setAskpassProgram(const QString &path);
    // A key file with its passphrase in the keychain: ssh asks askpass for it.
    static bool usesAskpass(const Endpoint &endpoint);

    // ssh's arguments for this endpoint; the host comes after "--" and never passes a shell.
    // `localSocket` is where a forward listens (forward mode only).
    static QStringList arguments(const Endpoint &endpoint, const QString &localSocket);
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
    void onLocalClosed();
    void onSshFinished();
    void pollForward();
    void failFromSsh();
    void stopSsh();

    QProcess *m_ssh = nullptr;
    QLocalSocket *m_local = nullptr; // forward mode
    QTimer *m_poll = nullptr;
    QString m_localPath;
    QByteArray m_stderr;
    int m_polls = 0;
    bool m_answered = false;
    bool m_closing = false;
};
