#include "core/transport/sshmaster.h"

#include "core/transport/sshconnection.h"
#include "core/transport/transportlogging.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>

namespace {
constexpr int PollMs = 25;
constexpr qsizetype MaxStderrBytes = 8192;
constexpr int StopWaitMs = 2000;
} // namespace

SshMaster::SshMaster(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{
    m_poll = new QTimer(this);
    m_poll->setInterval(PollMs);
    connect(m_poll, &QTimer::timeout, this, &SshMaster::poll);
}

SshMaster::~SshMaster()
{
    stop();
}

qint64 SshMaster::processId() const
{
    return m_ssh ? m_ssh->processId() : 0;
}

QByteArray SshMaster::stderrSince(qint64 mark) const
{
    const qint64 since = m_stderrTotal - mark;
    if (since <= 0)
        return {};
    return m_stderr.right(qMin<qint64>(since, m_stderr.size()));
}

QStringList SshMaster::commonArguments(const Endpoint &endpoint)
{
    // ConnectTimeout bounds reaching the host and its greeting; the login as a whole is bounded
    // by LoginTimeoutMs. A dead peer shows within ServerAliveInterval x 3.
    QStringList args = {QStringLiteral("-o"),
                        QStringLiteral("ConnectTimeout=%1").arg(ConnectTimeoutSecs),
                        QStringLiteral("-o"), QStringLiteral("ServerAliveInterval=15")};
    if (!SshConnection::usesAskpass(endpoint)) {
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
    return args;
}

QStringList SshMaster::arguments(const Endpoint &endpoint, const QString &controlPath,
                                 const QString &forwardPath)
{
    QStringList args = commonArguments(endpoint);
    // Ours alone, in the foreground, gone when we end it: ControlPersist would leave it behind.
    args << QStringLiteral("-o") << QStringLiteral("ControlMaster=yes") << QStringLiteral("-o")
         << QStringLiteral("ControlPath=") + controlPath << QStringLiteral("-o")
         << QStringLiteral("ControlPersist=no") << QStringLiteral("-N");
    if (!endpoint.path.isEmpty())
        args << QStringLiteral("-o") << QStringLiteral("ExitOnForwardFailure=yes")
             << QStringLiteral("-o") << QStringLiteral("StreamLocalBindUnlink=yes")
             << QStringLiteral("-L") << forwardPath + QLatin1Char(':') + endpoint.path;
    args << QStringLiteral("--") << endpoint.host;
    return args;
}

void SshMaster::prepare(QProcess *ssh, const Endpoint &endpoint)
{
    ssh->setProgram(QStringLiteral("ssh"));
    if (SshConnection::usesAskpass(endpoint)) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_ASKPASS"), SshConnection::askpassProgram());
        env.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
        env.insert(QStringLiteral("GONTAINER_ASKPASS_KEY"), endpoint.sshPassphraseKey);
        // The one prompt askpass answers names this file.
        env.insert(QStringLiteral("GONTAINER_ASKPASS_IDENTITY"), endpoint.sshIdentityFile);
        ssh->setProcessEnvironment(env);
    }
    // Should we die without ending it (a crash, a kill), the kernel ends it: it is told when
    // the thread that started it, the node's, ends.
    ssh->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

void SshMaster::whenReady(QObject *context, Ready ready)
{
    if (m_ready) {
        ready({});
        return;
    }
    m_waiters.append({context, std::move(ready)});
    if (!m_ssh)
        start();
}

void SshMaster::start()
{
    const QString dir = SshConnection::runtimeDirectory();
    if (dir.isEmpty()) {
        settle(TransportError::make(TransportError::Kind::AccessDenied,
                                    tr("cannot make a private folder for SSH"),
                                    m_endpoint.toUrl()));
        return;
    }
    static QAtomicInt counter;
    const QString base = dir + QStringLiteral("/m") +
                         QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-') +
                         QString::number(counter.fetchAndAddRelaxed(1));
    m_controlPath = base + QStringLiteral(".ctl");
    m_forwardPath = m_endpoint.path.isEmpty() ? QString() : base + QStringLiteral(".fwd");
    // A leftover of an earlier process with our number would turn multiplexing off.
    QFile::remove(m_controlPath);
    if (!m_forwardPath.isEmpty())
        QFile::remove(m_forwardPath);

    ++m_starts;
    m_stderr.clear();
    m_ssh = new QProcess(this);
    prepare(m_ssh, m_endpoint);
    m_ssh->setArguments(arguments(m_endpoint, m_controlPath, m_forwardPath));
    m_ssh->setStandardInputFile(QProcess::nullDevice());
    m_ssh->setStandardOutputFile(QProcess::nullDevice());
    connect(m_ssh, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray more = m_ssh->readAllStandardError();
        m_stderrTotal += more.size();
        m_stderr.append(more);
        if (m_stderr.size() > MaxStderrBytes)
            m_stderr.remove(0, m_stderr.size() - MaxStderrBytes);
    });
    connect(m_ssh, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        const QString why = m_ssh->errorString();
        m_ssh->deleteLater();
        m_ssh = nullptr;
        m_poll->stop();
        settle(TransportError::make(
            TransportError::Kind::Unsupported,
            tr("the ssh program could not be started (%1); install OpenSSH's client").arg(why),
            m_endpoint.toUrl()));
    });
    connect(m_ssh, &QProcess::finished, this, &SshMaster::onFinished);
    qCDebug(lcTransport) << "ssh master" << m_ssh->arguments();
    m_since.start();
    m_ssh->start();
    m_poll->start();
}

void SshMaster::poll()
{
    if (!m_ssh || m_ready) {
        m_poll->stop();
        return;
    }
    // ssh makes its control socket, and the forward's, only once it is logged in.
    if (QFileInfo::exists(m_controlPath) &&
        (m_forwardPath.isEmpty() || QFileInfo::exists(m_forwardPath))) {
        m_poll->stop();
        m_ready = true;
        qCDebug(lcTransport) << "ssh master logged in to" << m_endpoint.toUrl() << "in"
                             << m_since.elapsed() << "ms";
        settle({});
        return;
    }
    if (m_since.elapsed() > LoginTimeoutMs) {
        m_poll->stop();
        const TransportError error = TransportError::make(
            TransportError::Kind::Timeout,
            tr("ssh did not log in within %1 s").arg(LoginTimeoutMs / 1000), m_endpoint.toUrl());
        stop();
        settle(error);
    }
}

TransportError SshMaster::errorFromStderr(const QString &fallback) const
{
    const QByteArray text = m_stderr.trimmed();
    // The last line is ssh's verdict; warnings come before it.
    const QList<QByteArray> lines = text.split('\n');
    QString message =
        QString::fromLocal8Bit(lines.isEmpty() ? QByteArray() : lines.last().trimmed());
    if (message.isEmpty())
        message = fallback;
    return TransportError::make(SshConnection::classify(text), message, m_endpoint.toUrl());
}

void SshMaster::onFinished()
{
    m_poll->stop();
    const bool wasReady = m_ready;
    m_ready = false;
    if (m_ssh) {
        const QByteArray rest = m_ssh->readAllStandardError();
        m_stderrTotal += rest.size();
        m_stderr.append(rest);
        const int code = m_ssh->exitCode();
        m_ssh->deleteLater();
        m_ssh = nullptr;
        QFile::remove(m_controlPath);
        if (!m_forwardPath.isEmpty())
            QFile::remove(m_forwardPath);
        qCDebug(lcTransport) << "ssh master for" << m_endpoint.toUrl() << "ended with" << code
                             << m_stderr.trimmed().right(300);
        if (!wasReady)
            settle(errorFromStderr(tr("ssh exited with code %1").arg(code)));
    }
}

void SshMaster::settle(const TransportError &error)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context)
            w.ready(error);
    }
}

void SshMaster::stop()
{
    m_poll->stop();
    m_ready = false;
    if (!m_ssh)
        return;
    QProcess *ssh = std::exchange(m_ssh, nullptr);
    ssh->disconnect(this);
    if (ssh->state() == QProcess::NotRunning) {
        delete ssh;
    } else {
        // ssh ends its sessions and removes its control socket on SIGTERM; one that does not is
        // killed a moment later. Reaped when it has gone, never waited for here (this may be
        // the GUI thread).
        ssh->setParent(nullptr);
        connect(ssh, &QProcess::finished, ssh, &QObject::deleteLater);
        QTimer::singleShot(StopWaitMs, ssh, [ssh] { ssh->kill(); });
        ssh->terminate();
    }
    QFile::remove(m_controlPath);
    if (!m_forwardPath.isEmpty())
        QFile::remove(m_forwardPath);
}
