#include "core/transport/sshconnection.h"

#include "core/transport/transportlogging.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QTimer>

#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int PollMs = 20;
constexpr int ForwardWaitMs = 20000; // a slow login still counts as connecting
constexpr qsizetype MaxStderrBytes = 8192;
constexpr int StderrGraceMs = 300;

// One ControlMaster per way of logging in: ssh's own %C leaves out the identity file, so a node
// with another key would ride on a session opened with the first.
QString controlName(const Endpoint &e)
{
    const QByteArray key = (e.user + QLatin1Char('|') + e.host + QLatin1Char('|') +
                            QString::number(e.port) + QLatin1Char('|') + e.sshIdentityFile)
                               .toUtf8();
    return QStringLiteral("cm-") +
           QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(24));
}

} // namespace

SshConnection::SshConnection(const Endpoint &endpoint, QObject *parent)
    : Connection(endpoint, parent)
{
    QMetaObject::invokeMethod(this, &SshConnection::start, Qt::QueuedConnection);
}

SshConnection::~SshConnection()
{
    abort();
}

QString SshConnection::runtimeDirectory()
{
    // The session's runtime folder, else one of our own under /tmp that must be ours alone:
    // control and forward sockets there give access to the remote engine.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QString dir = runtime.isEmpty()
                            ? QString(QDir::tempPath() + QStringLiteral("/gontainer-ssh-") +
                                      QString::number(::getuid()))
                            : QString(runtime + QStringLiteral("/gontainer-ssh"));
    if (!QDir().mkpath(dir))
        return {};
    const QFileInfo info(dir);
    if (!info.isDir() || info.isSymLink() || info.ownerId() != ::getuid())
        return {};
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir;
}

namespace {
QString &askpassOverride()
{
    static QString path;
    return path;
}
} // namespace

bool SshConnection::usesAskpass(const Endpoint &endpoint)
{
    return !endpoint.sshPassphraseKey.isEmpty() && !endpoint.sshIdentityFile.isEmpty();
}

QString SshConnection::askpassProgram()
{
    if (!askpassOverride().isEmpty())
        return askpassOverride();
    return QCoreApplication::applicationDirPath() + QStringLiteral("/gontainer-askpass");
}

void SshConnection::setAskpassProgram(const QString &path)
{
    askpassOverride() = path;
}

QStringList SshConnection::arguments(const Endpoint &endpoint, const QString &localSocket)
{
    QStringList args = {QStringLiteral("-o"), QStringLiteral("ConnectTimeout=15"),
                        QStringLiteral("-o"), QStringLiteral("ServerAliveInterval=15")};
    if (!usesAskpass(endpoint)) {
        args << QStringLiteral("-o") << QStringLiteral("BatchMode=yes");
    } else {
        // Only the key's passphrase may be asked for (askpass answers it from the keychain).
        args << QStringLiteral("-o") << QStringLiteral("BatchMode=no") << QStringLiteral("-o")
             << QStringLiteral("StrictHostKeyChecking=yes") << QStringLiteral("-o")
             << QStringLiteral("PasswordAuthentication=no") << QStringLiteral("-o")
             << QStringLiteral("KbdInteractiveAuthentication=no") << QStringLiteral("-o")
             << QStringLiteral("NumberOfPasswordPrompts=1");
    }
    if (endpoint.port > 0 && endpoint.port != 22)
        args << QStringLiteral("-p") << QString::number(endpoint.port);
    if (!endpoint.user.isEmpty())
        args << QStringLiteral("-l") << endpoint.user;
    if (!endpoint.sshIdentityFile.isEmpty())
        args << QStringLiteral("-i") << endpoint.sshIdentityFile << QStringLiteral("-o")
             << QStringLiteral("IdentitiesOnly=yes");
    if (endpoint.path.isEmpty()) {
        // One SSH session for all of a node's connections; it lingers a minute after the last.
        const QString dir = runtimeDirectory();
        if (!dir.isEmpty())
            args << QStringLiteral("-o") << QStringLiteral("ControlMaster=auto")
                 << QStringLiteral("-o")
                 << QStringLiteral("ControlPath=") + dir + QLatin1Char('/') + controlName(endpoint)
                 << QStringLiteral("-o") << QStringLiteral("ControlPersist=60");
        args << QStringLiteral("-T") << QStringLiteral("--") << endpoint.host
             << QStringLiteral("docker") << QStringLiteral("system")
             << QStringLiteral("dial-stdio");
    } else {
        // A forward of its own that ends with the connection; through a shared master it
        // would outlive us.
        args << QStringLiteral("-o") << QStringLiteral("ControlMaster=no") << QStringLiteral("-o")
             << QStringLiteral("ControlPath=none") << QStringLiteral("-o")
             << QStringLiteral("ExitOnForwardFailure=yes") << QStringLiteral("-o")
             << QStringLiteral("StreamLocalBindUnlink=yes") << QStringLiteral("-N")
             << QStringLiteral("-L") << localSocket + QLatin1Char(':') + endpoint.path
             << QStringLiteral("--") << endpoint.host;
    }
    return args;
}

TransportError::Kind SshConnection::classify(const QByteArray &stderrText)
{
    const QByteArray t = stderrText.toLower();
    if (t.contains("host key verification failed") ||
        t.contains("remote host identification has changed") ||
        t.contains("no matching host key type"))
        return TransportError::Kind::SshHostKey;
    if (t.contains("permission denied") || t.contains("too many authentication failures"))
        return TransportError::Kind::SshAuth;
    if (t.contains("connection refused"))
        return TransportError::Kind::Refused;
    if (t.contains("timed out"))
        return TransportError::Kind::Timeout;
    if (t.contains("could not resolve hostname") || t.contains("no route to host") ||
        t.contains("network is unreachable"))
        return TransportError::Kind::Unreachable;
    if (t.contains("no such file or directory") || t.contains("connect failed"))
        return TransportError::Kind::NoSocket;
    if (t.contains("command not found") || t.contains("not found") || t.contains("unknown command"))
        return TransportError::Kind::Unsupported;
    if (t.contains("cannot connect to the docker daemon") || t.contains("is the docker daemon"))
        return TransportError::Kind::Refused;
    return TransportError::Kind::Closed;
}

void SshConnection::start()
{
    if (isDone())
        return;
    if (forwarding()) {
        const QString dir = runtimeDirectory();
        if (dir.isEmpty()) {
            fail(TransportError::Kind::AccessDenied, tr("cannot make a private folder for SSH"));
            return;
        }
        static QAtomicInt counter;
        m_localPath = dir + QStringLiteral("/fwd-") +
                      QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-') +
                      QString::number(counter.fetchAndAddRelaxed(1)) + QStringLiteral(".sock");
    }
    m_ssh = new QProcess(this);
    m_ssh->setProgram(QStringLiteral("ssh"));
    if (usesAskpass(endpoint())) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_ASKPASS"), askpassProgram());
        env.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
        env.insert(QStringLiteral("GONTAINER_ASKPASS_KEY"), endpoint().sshPassphraseKey);
        // The one prompt askpass answers names this file.
        env.insert(QStringLiteral("GONTAINER_ASKPASS_IDENTITY"), endpoint().sshIdentityFile);
        m_ssh->setProcessEnvironment(env);
    }
    m_ssh->setArguments(arguments(endpoint(), m_localPath));
    connect(m_ssh, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray more = m_ssh->readAllStandardError();
        m_stderr.append(more.left(MaxStderrBytes - m_stderr.size()));
    });
    connect(m_ssh, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(TransportError::Kind::Unsupported,
                 tr("the ssh program could not be started (%1); install OpenSSH's client")
                     .arg(m_ssh->errorString()));
    });
    connect(m_ssh, &QProcess::finished, this, &SshConnection::onSshFinished);
    qCDebug(lcTransport) << "ssh" << m_ssh->arguments();
    if (forwarding()) {
        m_ssh->setStandardInputFile(QProcess::nullDevice());
        m_ssh->setStandardOutputFile(QProcess::nullDevice());
        m_ssh->start();
        m_poll = new QTimer(this);
        m_poll->setInterval(PollMs);
        connect(m_poll, &QTimer::timeout, this, &SshConnection::pollForward);
        m_poll->start();
        return;
    }
    setDevice(m_ssh);
    connect(m_ssh, &QProcess::started, this, &Connection::connected);
    m_ssh->start();
}

void SshConnection::pollForward()
{
    if (isDone() || m_local)
        return;
    if (++m_polls * PollMs > ForwardWaitMs) {
        m_poll->stop();
        fail(TransportError::Kind::Timeout, tr("ssh did not set up the forward in time"));
        stopSsh();
        return;
    }
    if (!QFileInfo::exists(m_localPath))
        return;
    m_poll->stop();
    m_local = new QLocalSocket(this);
    setDevice(m_local);
    connect(m_local, &QLocalSocket::connected, this, &Connection::connected);
    connect(m_local, &QLocalSocket::readyRead, this, [this] { m_answered = true; });
    connect(m_local, &QLocalSocket::disconnected, this, &SshConnection::onLocalClosed);
    connect(m_local, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError e) {
        if (e == QLocalSocket::PeerClosedError)
            onLocalClosed();
        else
            fail(TransportError::Kind::Closed, m_local->errorString());
    });
    m_local->connectToServer(m_localPath);
}

void SshConnection::onLocalClosed()
{
    if (isDone() || m_closing)
        return;
    if (m_answered || m_local->bytesAvailable() > 0) {
        peerClosed();
        return;
    }
    // A remote socket that is not there shows only as a channel closed at once, and ssh's
    // complaint on stderr, which may come a moment after.
    m_closing = true;
    QTimer::singleShot(StderrGraceMs, this, [this] {
        if (isDone())
            return;
        m_stderr.append(m_ssh->readAllStandardError());
        if (m_stderr.contains("open failed"))
            failFromSsh();
        else
            peerClosed();
    });
}

void SshConnection::onSshFinished()
{
    if (isDone())
        return;
    // Forward mode: ssh ending before or during the exchange is a failure of the tunnel.
    if (forwarding()) {
        failFromSsh();
        return;
    }
    // Stdio mode: the bridge ends when the engine closed its side. Answer bytes mean the
    // exchange happened; none means ssh or the remote command failed.
    if (m_ssh->bytesAvailable() > 0 || m_stderr.trimmed().isEmpty()) {
        peerClosed();
        return;
    }
    failFromSsh();
}

void SshConnection::failFromSsh()
{
    m_stderr.append(m_ssh->readAllStandardError());
    QByteArray text = m_stderr.trimmed();
    // The last line is ssh's verdict; warnings come before it.
    const QList<QByteArray> lines = text.split('\n');
    const TransportError::Kind kind = classify(text);
    QString message =
        QString::fromLocal8Bit(lines.isEmpty() ? QByteArray() : lines.last().trimmed());
    if (message.isEmpty())
        message = tr("ssh exited with code %1").arg(m_ssh->exitCode());
    fail(kind, message);
}

void SshConnection::shutdownWrite()
{
    // The bridge passes the end of its input on as a half-close.
    if (m_local)
        ::shutdown(int(m_local->socketDescriptor()), SHUT_WR);
    else if (m_ssh)
        m_ssh->closeWriteChannel();
}

void SshConnection::stopSsh()
{
    if (m_ssh) {
        m_ssh->disconnect(this);
        if (m_ssh->state() != QProcess::NotRunning) {
            // Reaped when it has gone, never waited for here (this may be the GUI thread).
            m_ssh->setParent(nullptr);
            connect(m_ssh, &QProcess::finished, m_ssh, &QObject::deleteLater);
            m_ssh->kill();
            m_ssh = nullptr;
        }
    }
    if (!m_localPath.isEmpty())
        QFile::remove(m_localPath);
}

void SshConnection::abort()
{
    markDone();
    if (m_poll)
        m_poll->stop();
    if (m_local) {
        m_local->disconnect(this);
        m_local->abort();
    }
    stopSsh();
}
