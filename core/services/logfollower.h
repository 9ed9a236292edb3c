#pragma once

#include "core/engine/engineerror.h"
#include "core/engine/logline.h"
#include "core/services/nodeservice.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class EngineStream;
class QTimer;

// Reads one container's log on one node and, when asked, follows it: through a node that goes
// away (it resumes from the last line's time when the node is back, without repeating a line)
// and through the container stopping (its exit code is reported; a restart is followed again).
// Lines always carry the engine's time, so logs of several containers can be merged.
// Of a swarm service (Of::Service, through a manager), it reads the merged log of its tasks,
// each line begun with its task and machine ("web.2@host | "), and ends when the service is
// removed (the engine keeps such a stream open: the service is asked after every ServiceCheckMs).
class LogFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFollower)

public:
    enum class State
    {
        Idle,
        Reading,   // the stream is being opened, or the history read
        Following, // live
        Waiting,   // the node is away: resumes when it is back
        Exited,    // the container stopped (exitCode()); resumes if it starts again
        Ended,     // read to the end (not following)
        Failed     // error(): the container is gone, or the engine refused
    };
    Q_ENUM(State)

    struct Options
    {
        bool follow = true;
        int tail = 1000; // the last N lines first; -1 for all
        QDateTime since; // only lines from then on (with tail: the last N of those)
        bool stdoutStream = true;
        bool stderrStream = true;
    };

    enum class Of
    {
        Container,
        Service
    };

    LogFollower(NodeService *node, const QString &id, QObject *parent = nullptr,
                Of of = Of::Container);
    static constexpr int ServiceCheckMs = 3000;
    ~LogFollower() override;

    void start(const Options &options);
    void stop();

    NodeService *node() const { return m_node; }
    QString containerId() const { return m_id; }
    Of of() const { return m_of; }
    // A service's lines are labelled with these names of its tasks (by task id, "web.2@host");
    // a task not named is labelled with its short id and its machine's.
    void setTaskLabels(const QHash<QString, QString> &labels) { m_taskLabels = labels; }
    State state() const { return m_state; }
    int exitCode() const { return m_exitCode; }
    EngineError error() const { return m_error; }
    // How often the log was opened again after the node or the container came back.
    int resumeCount() const { return m_resumes; }
    // How often reading paused for the GUI thread to catch up (EngineStream's back-pressure).
    int pauseCount() const;

Q_SIGNALS:
    void linesArrived(const QList<LogLine> &lines);
    void stateChanged(LogFollower::State state);

private:
    void open(const LogOptions &options);
    void onValue(const QVariant &value);
    void deliver(QList<LogLine> lines);
    void deliverUnfinished();
    void onEnded(const EngineError &error);
    void checkContainer();
    void resume();
    void setState(State state);
    void onNodeState(NodeService::State state);
    void onContainersChanged(const QList<ContainerSummary> &containers);
    void checkService();

    QPointer<NodeService> m_node;
    QString m_id;
    Of m_of = Of::Container;
    QHash<QString, QString> m_taskLabels;
    QTimer *m_serviceTimer = nullptr;
    Options m_options;
    EngineStream *m_stream = nullptr;
    State m_state = State::Idle;
    int m_exitCode = 0;
    EngineError m_error;
    int m_resumes = 0;
    int m_pausesBefore = 0; // of streams closed since
    // What was delivered, so that a resumed read skips what was seen: the newest line's time
    // and how many lines had exactly that time.
    qint64 m_lastTimeNs = 0;
    int m_linesAtLastTime = 0;
    // While resuming: lines at m_lastTimeNs still to skip.
    int m_skipAtLastTime = 0;
    bool m_resuming = false;
    // The line a stream ended inside: delivered when the log is over, dropped when resumed.
    QList<LogLine> m_unfinished;
    bool m_checking = false;
    quint64 m_generation = 0;
};
