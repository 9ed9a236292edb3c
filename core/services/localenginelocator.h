#pragma once

#include "core/engine/engineerror.h"
#include "core/transport/endpoint.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

// Finds the local default node: DOCKER_HOST, then the system's Docker and Podman sockets, then
// the user's Podman socket, then containerd's (the system's, then a rootless one under
// XDG_RUNTIME_DIR). When none answers and Podman is installed, starts
// `podman system service` for this session and stops it again on exit. A watchdog starts that
// service again when it dies (with a growing delay, giving up after a few deaths in a short
// time); the node service sees the socket come back and resynchronises.
class LocalEngineLocator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalEngineLocator)

public:
    struct Candidate
    {
        Endpoint endpoint;
        QString origin; // "DOCKER_HOST", or the well-known path
    };

    struct Probe
    {
        Candidate candidate;
        EngineError error; // none when it answered
    };

    explicit LocalEngineLocator(QObject *parent = nullptr);
    ~LocalEngineLocator() override;

    static QList<Candidate> candidates(const QProcessEnvironment &env);

    // Where a Podman service this app starts listens.
    static QString sessionSocketPath(const QProcessEnvironment &env);

    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }
    // Replaces the well-known places (tests).
    void setCandidates(const QList<Candidate> &list) { m_candidates = list; }
    // Set to an empty string to pretend Podman is not installed (tests).
    void setPodmanProgram(const QString &program) { m_podman = program; }

    // The watchdog: at most `maxRestarts` restarts within `windowMs`, the n-th after
    // `baseDelayMs` * 2^(n-2) (the first at once).
    void setRestartPolicy(int maxRestarts, int windowMs, int baseDelayMs);

    void locate();
    bool isBusy() const;
    // Whether a Podman service this object started is running or being restarted.
    bool startedService() const { return m_process != nullptr || m_restartTimer.isActive(); }
    // The running service's process id, 0 when none (tests).
    qint64 servicePid() const;
    // `deleteLater`: from inside one of the process's own signals.
    void stopService(bool deleteLater = false);

Q_SIGNALS:
    void progress(const QString &message);
    // `startedByUs`: the endpoint is a Podman service this object started.
    void located(const Endpoint &endpoint, const QString &origin, bool startedByUs);
    void failed(const QString &message);
    // The service this object started died and is being started again.
    void serviceRestarting(const QString &why);
    // ... and answers again at the same socket.
    void serviceRestarted(const Endpoint &endpoint);

private:
    void onProbed();
    void startPodman();
    void onServiceReady();
    void onServiceFailed(const QString &why);
    void onServiceDied(const QString &why);

    QProcessEnvironment m_env;
    std::optional<QList<Candidate>> m_candidates;
    QString m_podman;
    QFutureWatcher<QList<Probe>> m_probeWatcher;
    QFutureWatcher<EngineError> m_readyWatcher;
    QProcess *m_process = nullptr;
    QString m_sessionSocket;
    // Tells the pool thread that waits for the service to give up (service died, app quits).
    std::shared_ptr<std::atomic_bool> m_stopWaiting;
    QByteArray m_serviceLog;
    // Watchdog: set once the service answered; the deaths within the window.
    bool m_serviceReady = false;
    QList<qint64> m_restarts;
    QTimer m_restartTimer;
    int m_maxRestarts = 5;
    int m_restartWindowMs = 120000;
    int m_restartDelayMs = 1000;
};
