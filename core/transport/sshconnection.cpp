#include "core/transport/sshconnection.h"

#include "core/transport/sshmaster.h"
#include "core/transport/transportlogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QTimer>

#include <sys/socket.h>
#include <unistd.h>

namespace {
constexpr qsizetype MaxStderrBytes = 8192;
constexpr int StderrGraceMs = 300;
} // namespace

SshConnection::SshConnection(const Endpoint &endpoint, QObject *parent)
    : SshConnection(endpoint, nullptr, parent)
{}

SshConnection::SshConnection(const Endpoint &endpoint, SshMaster *master, QObject *parent)
    : Connection(endpoint, parent)
    , m_master(master ? master : new SshMaster(endpoint, this))
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

QStringList SshConnection::arguments(const Endpoint &endpoint, const QString &controlPath)
{
    // A session through the node's master. Should the master be gone, ssh would log in on its
    // own for this one session (and end with it) rather than fail.
    QStringList args = SshMaster::commonArguments(endpoint);
    args << QStringLiteral("-o") << QStringLiteral("ControlMaster=no") << QStringLiteral("-o")
         << QStringLiteral("ControlPath=") + controlPath << QStringLiteral("-T")
         << QStringLiteral("--") << endpoint.host << QStringLiteral("docker")
         << QStringLiteral("system") << QStringLiteral("dial-stdio");
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
    if (!m_master) {
        fail(TransportError::Kind::Closed, tr("the SSH login was closed"));
        return;
    }
    // Logging in has the master's own deadline; the call's starts once we are connected.
    m_master->whenReady(this, [this](const TransportError &error) { onMasterReady(error); });
}

void SshConnection::onMasterReady(const TransportError &error)
{
    if (isDone())
        return;
    if (error.isError()) {
        fail(error.kind, error.message);
        return;
    }
    if (forwarding())
        openForward();
    else
        startSession();
}

void SshConnection::startSession()
{
    m_ssh = new QProcess(this);
    SshMaster::prepare(m_ssh, endpoint());
    m_ssh->setArguments(arguments(endpoint(), m_master->controlPath()));
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
    setDevice(m_ssh);
    connect(m_ssh, &QProcess::started, this, &Connection::connected);
    m_ssh->start();
}

void SshConnection::openForward()
{
    m_masterStderrMark = m_master->stderrBytes();
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
    m_local->connectToServer(m_master->forwardPath());
}

void SshConnection::onLocalClosed()
{
    if (isDone() || m_closing)
        return;
    if (m_answered || m_local->bytesAvailable() > 0) {
        peerClosed();
        return;
    }
    // A remote socket that is not there shows only as a channel closed at once, and the
    // master's complaint on stderr, which may come a moment after.
    m_closing = true;
    QTimer::singleShot(StderrGraceMs, this, [this] {
        if (isDone())
            return;
        if (m_master)
            m_stderr = m_master->stderrSince(m_masterStderrMark);
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
    // The bridge ends when the engine closed its side. Answer bytes mean the exchange
    // happened; none means ssh or the remote command failed.
    if (m_ssh->bytesAvailable() > 0 || m_stderr.trimmed().isEmpty()) {
        peerClosed();
        return;
    }
    failFromSsh();
}

void SshConnection::failFromSsh()
{
    if (m_ssh)
        m_stderr.append(m_ssh->readAllStandardError());
    QByteArray text = m_stderr.trimmed();
    // The last line is ssh's verdict; warnings come before it.
    const QList<QByteArray> lines = text.split('\n');
    const TransportError::Kind kind = classify(text);
    QString message =
        QString::fromLocal8Bit(lines.isEmpty() ? QByteArray() : lines.last().trimmed());
    if (message.isEmpty())
        message = m_ssh ? tr("ssh exited with code %1").arg(m_ssh->exitCode())
                        : tr("the SSH forward closed");
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
    if (!m_ssh)
        return;
    m_ssh->disconnect(this);
    if (m_ssh->state() != QProcess::NotRunning) {
        // Reaped when it has gone, never waited for here (this may be the GUI thread).
        m_ssh->setParent(nullptr);
        connect(m_ssh, &QProcess::finished, m_ssh, &QObject::deleteLater);
        m_ssh->kill();
        m_ssh = nullptr;
    }
}

void SshConnection::abort()
{
    markDone();
    if (m_local) {
        m_local->disconnect(this);
        m_local->abort();
    }
    stopSsh();
}
