#pragma once

#include "core/engine/engineerror.h"
#include "core/transport/endpoint.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <atomic>
#include <memory>
#include <optional>

// Finds the local default node: DOCKER_HOST, then the system's Docker and Podman sockets, then
// the user's Podman socket. When none answers and Podman is installed, starts
// `podman system service` for this session and stops it again on exit.
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

    void locate();
    bool isBusy() const;
    bool startedService() const { return m_process != nullptr; }
    void stopService();

Q_SIGNALS:
    void progress(const QString &message);
    // `startedByUs`: the endpoint is a Podman service this object started.
    void located(const Endpoint &endpoint, const QString &origin, bool startedByUs);
    void failed(const QString &message);

private:
    void onProbed();
    void startPodman();
    void onServiceReady();
    void onServiceFailed(const QString &why);

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
};
