#include "core/services/localenginelocator.h"

#include "core/services/enginefactory.h"
#include "core/services/serviceslogging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>
#include <QtConcurrent>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

constexpr int ProbeTimeoutMs = 3000;
constexpr int ServiceStartSeconds = 30;

} // namespace

LocalEngineLocator::LocalEngineLocator(QObject *parent)
    : QObject(parent)
    , m_env(QProcessEnvironment::systemEnvironment())
    , m_podman(QStandardPaths::findExecutable(QStringLiteral("podman")))
{
    connect(&m_probeWatcher, &QFutureWatcher<QList<Probe>>::finished, this,
            &LocalEngineLocator::onProbed);
    connect(&m_readyWatcher, &QFutureWatcher<EngineError>::finished, this,
            &LocalEngineLocator::onServiceReady);
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, &LocalEngineLocator::startPodman);
}

void LocalEngineLocator::setRestartPolicy(int maxRestarts, int windowMs, int baseDelayMs)
{
    m_maxRestarts = maxRestarts;
    m_restartWindowMs = windowMs;
    m_restartDelayMs = baseDelayMs;
}

qint64 LocalEngineLocator::servicePid() const
{
    return m_process && m_process->state() == QProcess::Running ? m_process->processId() : 0;
}

LocalEngineLocator::~LocalEngineLocator()
{
    if (m_stopWaiting)
        m_stopWaiting->store(true);
    m_probeWatcher.waitForFinished();
    m_readyWatcher.waitForFinished();
    stopService();
}

QList<LocalEngineLocator::Candidate> LocalEngineLocator::candidates(const QProcessEnvironment &env)
{
    QList<Candidate> out;
    const QString dockerHost = env.value(QStringLiteral("DOCKER_HOST"));
    if (!dockerHost.isEmpty()) {
        const Endpoint e = Endpoint::fromUrl(dockerHost);
        if (e.kind == Endpoint::Kind::Unix)
            out.append({e, QStringLiteral("DOCKER_HOST")});
        else
            qCInfo(lcServices) << "DOCKER_HOST" << dockerHost
                               << "is not a unix socket; this version skips it";
    }
    const QStringList paths = {QStringLiteral("/var/run/docker.sock"),
                               QStringLiteral("/run/podman/podman.sock")};
    for (const QString &path : paths)
        out.append({Endpoint::unixSocket(path), path});
    const QString runtime = env.value(QStringLiteral("XDG_RUNTIME_DIR"));
    if (!runtime.isEmpty()) {
        const QString path = runtime + QStringLiteral("/podman/podman.sock");
        out.append({Endpoint::unixSocket(path), path});
    }
    // containerd last: on a Docker host its socket holds Docker's own containers, which the
    // Docker node shows better; on a host with only containerd (a Kubernetes node, nerdctl)
    // it is the engine there is. Rootful, then rootless (nerdctl's containerd-rootless).
    QStringList containerdPaths = {QStringLiteral("/run/containerd/containerd.sock")};
    if (!runtime.isEmpty())
        containerdPaths << runtime + QStringLiteral("/containerd/containerd.sock");
    for (const QString &path : std::as_const(containerdPaths))
        out.append({Endpoint::fromUrl(QStringLiteral("containerd://") + path), path});
    // The same socket may be reachable under two names (DOCKER_HOST pointing at a default).
    QList<Candidate> unique;
    for (const Candidate &c : out) {
        const bool seen = std::any_of(unique.cbegin(), unique.cend(), [&](const Candidate &u) {
            return u.endpoint.path == c.endpoint.path;
        });
        if (!seen)
            unique.append(c);
    }
    return unique;
}

QString LocalEngineLocator::sessionSocketPath(const QProcessEnvironment &env)
{
    QString runtime = env.value(QStringLiteral("XDG_RUNTIME_DIR"));
    if (runtime.isEmpty() || !QFileInfo(runtime).isDir())
        runtime = QDir::tempPath() + QStringLiteral("/gontainer-") + QString::number(getuid());
    return runtime + QStringLiteral("/gontainer/podman.sock");
}

bool LocalEngineLocator::isBusy() const
{
    return m_probeWatcher.isRunning() || m_readyWatcher.isRunning();
}

void LocalEngineLocator::locate()
{
    if (isBusy())
        return;
    const QList<Candidate> list = m_candidates ? *m_candidates : candidates(m_env);
    Q_EMIT progress(tr("Looking for a local container engine…"));
    // Probing blocks on sockets: do it on a pool thread, never on the GUI thread.
    m_probeWatcher.setFuture(QtConcurrent::run([list] {
        QList<Probe> probes;
        for (const Candidate &c : list) {
            const auto result = identifyEngineBlocking(c.endpoint, ProbeTimeoutMs);
            probes.append({c, result.error});
            if (result.ok())
                break;
        }
        return probes;
    }));
}

void LocalEngineLocator::onProbed()
{
    const QList<Probe> probes = m_probeWatcher.result();
    for (const Probe &p : probes) {
        if (!p.error.isError()) {
            // An engine of the user's own: a service of ours (or one about to be restarted)
            // is not needed any more.
            stopService();
            Q_EMIT located(p.candidate.endpoint, p.candidate.origin, false);
            return;
        }
        qCInfo(lcServices) << "no engine at" << p.candidate.endpoint.toUrl() << ":"
                           << p.error.message;
    }
    if (m_process || m_restartTimer.isActive()) {
        if (!m_process) {
            // The watchdog was about to start it again: do it now, and report it as located.
            m_restartTimer.stop();
            m_serviceReady = false;
            m_restarts.clear();
            startPodman();
            return;
        }
        // Our own service from an earlier attempt is still running: use it.
        Q_EMIT progress(tr("Waiting for the Podman service Gontainer started…"));
        m_readyWatcher.setFuture(
            QtConcurrent::run([endpoint = Endpoint::unixSocket(m_sessionSocket)] {
                return identifyEngineBlocking(endpoint, ProbeTimeoutMs).error;
            }));
        return;
    }
    if (m_podman.isEmpty()) {
        QStringList tried;
        for (const Probe &p : probes)
            tried << p.candidate.endpoint.path;
        Q_EMIT failed(tr("No container engine answered at %1, and Podman is not installed. "
                         "Install Docker or Podman, or start the engine, then retry.")
                          .arg(tried.join(QStringLiteral(", "))));
        return;
    }
    startPodman();
}

void LocalEngineLocator::startPodman()
{
    // A restart listens where the node already looks.
    if (!m_serviceReady || m_sessionSocket.isEmpty())
        m_sessionSocket = sessionSocketPath(m_env);
    const QString dir = QFileInfo(m_sessionSocket).absolutePath();
    if (!QDir().mkpath(dir)) {
        m_serviceReady = false;
        m_restarts.clear();
        Q_EMIT failed(tr("Could not create %1 for a Podman service.").arg(dir));
        return;
    }
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::remove(m_sessionSocket);

    if (!m_serviceReady)
        Q_EMIT progress(tr("No engine is running; starting a Podman service for this "
                           "session…"));
    m_serviceLog.clear();
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(m_env);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // The service must not outlive us, even if we crash.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    connect(m_process, &QProcess::readyRead, this, [this] {
        m_serviceLog.append(m_process->readAll());
        if (m_serviceLog.size() > 16384)
            m_serviceLog = m_serviceLog.right(8192);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        if (m_serviceReady)
            onServiceDied(m_process->errorString());
        else
            onServiceFailed(m_process->errorString());
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        const QString why = status == QProcess::CrashExit
                                ? tr("podman was stopped by a signal")
                                : tr("podman exited with code %1").arg(code);
        if (m_serviceReady)
            onServiceDied(why);
        else
            onServiceFailed(why);
    });
    m_process->start(m_podman,
                     {QStringLiteral("system"), QStringLiteral("service"), QStringLiteral("--time"),
                      QStringLiteral("0"), QStringLiteral("unix://") + m_sessionSocket});

    const QString socket = m_sessionSocket;
    m_stopWaiting = std::make_shared<std::atomic_bool>(false);
    m_readyWatcher.setFuture(QtConcurrent::run([socket, stop = m_stopWaiting] {
        EngineError last;
        for (int i = 0; i < ServiceStartSeconds * 5 && !stop->load(); ++i) {
            if (QFileInfo::exists(socket)) {
                const auto result =
                    identifyEngineBlocking(Endpoint::unixSocket(socket), ProbeTimeoutMs);
                if (result.ok())
                    return EngineError{};
                last = result.error;
            }
            QThread::msleep(200);
        }
        if (!last.isError())
            last = EngineError::make(EngineError::Kind::Timeout, {},
                                     QStringLiteral("unix://") + socket);
        return last;
    }));
}

void LocalEngineLocator::onServiceReady()
{
    const EngineError error = m_readyWatcher.result();
    if (!m_process)
        return; // failed meanwhile; already reported
    if (error.isError()) {
        m_serviceReady = false;
        onServiceFailed(error.userText());
        return;
    }
    if (m_serviceReady) {
        qCInfo(lcServices) << "the Podman service is back at" << m_sessionSocket;
        Q_EMIT serviceRestarted(Endpoint::unixSocket(m_sessionSocket));
        return;
    }
    m_serviceReady = true;
    Q_EMIT located(Endpoint::unixSocket(m_sessionSocket), tr("Podman service"), true);
}

void LocalEngineLocator::onServiceDied(const QString &why)
{
    if (!m_process)
        return;
    qCWarning(lcServices) << "the Podman service Gontainer started died:" << why
                          << m_serviceLog.right(600);
    if (m_stopWaiting)
        m_stopWaiting->store(true);
    // Called from the process's own signal: it is deleted once that returns.
    QProcess *process = std::exchange(m_process, nullptr);
    process->disconnect(this);
    process->deleteLater();
    QFile::remove(m_sessionSocket);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_restarts.removeIf([this, now](qint64 t) { return now - t > m_restartWindowMs; });
    if (m_restarts.size() >= m_maxRestarts) {
        const QString log = QString::fromLocal8Bit(m_serviceLog).trimmed().right(600);
        m_serviceReady = false;
        m_restarts.clear();
        QString message = tr("The Podman service Gontainer started keeps stopping (%1); it was "
                             "started again %n time(s) in a short while, so Gontainer gave up. "
                             "Look at the message below, then retry.",
                             nullptr, int(m_maxRestarts))
                              .arg(why);
        if (!log.isEmpty())
            message += QLatin1Char('\n') + log;
        Q_EMIT failed(message);
        return;
    }
    m_restarts.append(now);
    const int delay = m_restarts.size() == 1 ? 0 : m_restartDelayMs << (m_restarts.size() - 2);
    Q_EMIT serviceRestarting(why);
    m_restartTimer.start(delay);
}

void LocalEngineLocator::onServiceFailed(const QString &why)
{
    if (!m_process)
        return;
    const QString log = QString::fromLocal8Bit(m_serviceLog).trimmed().right(600);
    // Often called from the process's own signal: it is deleted once that returns.
    stopService(true);
    QString message = tr("Could not start a Podman service: %1.").arg(why);
    if (!log.isEmpty())
        message += QLatin1Char('\n') + log;
    Q_EMIT failed(message);
}

void LocalEngineLocator::stopService(bool deleteLater)
{
    m_restartTimer.stop();
    if (!m_process) {
        m_serviceReady = false;
        m_restarts.clear();
        return;
    }
    if (m_stopWaiting)
        m_stopWaiting->store(true);
    m_serviceReady = false;
    m_restarts.clear();
    QProcess *process = std::exchange(m_process, nullptr);
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(2000);
        }
    }
    if (deleteLater)
        process->deleteLater();
    else
        delete process;
    QFile::remove(m_sessionSocket);
}
