#include "core/services/logfollower.h"

#include "core/engine/engine.h"
#include "core/engine/loglinesplitter.h"
#include "core/engine/servicelogdetails.h"
#include "core/services/enginecall.h"
#include "core/services/enginestream.h"

#include <QCoreApplication>
#include <QTimer>

#include <memory>
#include <utility>

namespace {
// A container that is running but whose log ended (it restarted in between) is read again
// after this long, so that a log that keeps ending cannot spin.
constexpr int ReopenDelayMs = 500;
} // namespace

// What a stream still held when it ended: a line whose end had not come. It is a line only if
// the log is over; a read that resumes brings it again, whole.
struct LogFollowerUnfinished
{
    QList<LogLine> lines;
};
Q_DECLARE_METATYPE(LogFollowerUnfinished)

LogFollower::LogFollower(NodeService *node, const QString &id, QObject *parent, Of of)
    : QObject(parent)
    , m_node(node)
    , m_id(id)
    , m_of(of)
{
    if (node) {
        connect(node, &NodeService::stateChanged, this, &LogFollower::onNodeState);
        if (of == Of::Container)
            connect(node, &NodeService::containersChanged, this, &LogFollower::onContainersChanged);
    }
    if (of == Of::Service) {
        m_serviceTimer = new QTimer(this);
        m_serviceTimer->setInterval(ServiceCheckMs);
        connect(m_serviceTimer, &QTimer::timeout, this, &LogFollower::checkService);
    }
}

void LogFollower::checkService()
{
    if (!m_node || m_state != State::Following)
        return;
    const QString id = m_id;
    const quint64 generation = m_generation;
    EngineCall::run<SwarmService>(
        m_node, this,
        [id](Engine &engine, QObject *context, Engine::Callback<SwarmService> callback) {
            return engine.inspectService(id, context, callback);
        },
        [this, generation](const EngineResult<SwarmService> &r) {
            if (generation != m_generation || m_state != State::Following ||
                r.error.httpStatus != 404)
                return;
            // Removed: its log is over.
            if (m_stream)
                m_pausesBefore += m_stream->pauseCount();
            delete m_stream;
            m_stream = nullptr;
            deliverUnfinished();
            setState(State::Ended);
        });
}

LogFollower::~LogFollower()
{
    delete m_stream;
}

void LogFollower::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (m_serviceTimer) {
        if (state == State::Following)
            m_serviceTimer->start();
        else
            m_serviceTimer->stop();
    }
    Q_EMIT stateChanged(state);
}

void LogFollower::start(const Options &options)
{
    stop();
    ++m_generation;
    m_options = options;
    m_error = EngineError();
    m_lastTimeNs = 0;
    m_linesAtLastTime = 0;
    m_resuming = false;
    m_resumes = 0;
    m_unfinished.clear();
    LogOptions o;
    o.follow = options.follow;
    o.tail = options.tail;
    o.since = options.since;
    o.stdoutStream = options.stdoutStream;
    o.stderrStream = options.stderrStream;
    open(o);
}

void LogFollower::stop()
{
    ++m_generation; // timers and answers of an earlier run are ignored
    if (m_stream)
        m_pausesBefore += m_stream->pauseCount();
    delete m_stream;
    m_stream = nullptr;
    m_checking = false;
    m_unfinished.clear();
    setState(State::Idle);
}

int LogFollower::pauseCount() const
{
    return m_pausesBefore + (m_stream ? m_stream->pauseCount() : 0);
}

void LogFollower::open(const LogOptions &options)
{
    if (m_stream)
        m_pausesBefore += m_stream->pauseCount();
    delete m_stream;
    m_stream = nullptr;
    if (!m_node) {
        m_error = EngineCall::notConnected(nullptr);
        setState(State::Failed);
        return;
    }
    m_stream = new EngineStream(m_node, this);
    connect(m_stream, &EngineStream::value, this, &LogFollower::onValue);
    connect(m_stream, &EngineStream::ended, this, &LogFollower::onEnded);
    setState(options.follow ? State::Following : State::Reading);
    const QString id = m_id;
    const bool service = m_of == Of::Service;
    LogOptions o = options;
    o.timestamps = true;
    m_stream->start([id, o, service](Engine &engine, QObject *parent, EngineStream::Emit emitValue,
                                     EngineStream::End end) -> QObject * {
        LogStream *s =
            service ? engine.readServiceLogs(id, o, parent) : engine.readLogs(id, o, parent);
        // Split where the bytes arrive, on the node's thread: the GUI gets whole lines.
        auto splitter = std::make_shared<LogLineSplitter>(true);
        QObject::connect(s, &LogStream::received, s,
                         [emitValue, splitter](const QList<LogChunk> &chunks) {
                             const QList<LogLine> lines = splitter->feed(chunks);
                             if (!lines.isEmpty())
                                 emitValue(QVariant::fromValue(lines));
                         });
        QObject::connect(s, &LogStream::ended, s, [emitValue, end, splitter](const EngineError &e) {
            const QList<LogLine> rest = splitter->finish();
            if (!rest.isEmpty())
                emitValue(QVariant::fromValue(LogFollowerUnfinished{rest}));
            end(e);
        });
        return s;
    });
}

void LogFollower::onValue(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<LogFollowerUnfinished>()) {
        m_unfinished = value.value<LogFollowerUnfinished>().lines;
        return;
    }
    deliver(value.value<QList<LogLine>>());
}

void LogFollower::deliverUnfinished()
{
    deliver(std::exchange(m_unfinished, {}));
}

void LogFollower::deliver(QList<LogLine> lines)
{
    if (m_resuming) {
        // What a resumed read repeats: the lines up to the last one already delivered.
        // Until the first line newer than any delivered: what is older, and as many lines at
        // the newest time as were delivered, were seen.
        QList<LogLine> fresh;
        for (LogLine &line : lines) {
            if (m_resuming && line.timeNs != 0) {
                if (line.timeNs < m_lastTimeNs)
                    continue;
                if (line.timeNs == m_lastTimeNs && m_skipAtLastTime > 0) {
                    --m_skipAtLastTime;
                    continue;
                }
            }
            if (line.timeNs > m_lastTimeNs)
                m_resuming = false;
            fresh.append(std::move(line));
        }
        lines = std::move(fresh);
    }
    if (lines.isEmpty())
        return;
    if (m_of == Of::Service) {
        for (LogLine &line : lines) {
            const ServiceLogDetails d = ServiceLogDetails::split(line.text);
            QString label = m_taskLabels.value(d.taskId);
            if (label.isEmpty())
                label = d.taskId.left(12) + QLatin1Char('@') + d.nodeId.left(12);
            line.text = label.toUtf8() + " | " + d.text;
        }
    }
    // The newest time, not the last line's: stdout and stderr are stamped apart, so a log
    // is not always in time order.
    for (const LogLine &line : std::as_const(lines)) {
        if (line.timeNs == 0 || line.timeNs < m_lastTimeNs)
            continue;
        if (line.timeNs == m_lastTimeNs) {
            ++m_linesAtLastTime;
        } else {
            m_lastTimeNs = line.timeNs;
            m_linesAtLastTime = 1;
        }
    }
    // What is remembered for resuming stays the engine's own time.
    LogLineSplitter::refineWholeSeconds(lines, QDateTime::currentMSecsSinceEpoch() * 1000000);
    Q_EMIT linesArrived(lines);
}

void LogFollower::onEnded(const EngineError &error)
{
    m_pausesBefore += m_stream->pauseCount();
    m_stream->deleteLater();
    m_stream = nullptr;
    // The engine refusing (a log driver it cannot read, say) is final; only a lost connection
    // or the container stopping is waited out. A gone container is found by the check.
    const bool refused =
        error.isError() && error.kind == EngineError::Kind::Http && error.httpStatus != 404;
    // A service's log that ends cleanly, or is refused, is over (the service was removed); a
    // lost connection is resumed once the node is back.
    const bool serviceOver =
        m_of == Of::Service &&
        (!error.isError() || error.kind == EngineError::Kind::Http || error.httpStatus >= 400);
    if (!m_options.follow || refused || serviceOver) {
        deliverUnfinished();
        m_error = error;
        setState(error.isError() ? State::Failed : State::Ended);
        return;
    }
    checkContainer();
}

void LogFollower::checkContainer()
{
    if (!m_node) {
        m_error = EngineCall::notConnected(nullptr);
        setState(State::Failed);
        return;
    }
    const NodeService::State nodeState = m_node->state();
    if (nodeState == NodeService::State::Offline || nodeState == NodeService::State::Connecting) {
        setState(State::Waiting);
        return;
    }
    if (m_of == Of::Service) {
        // No container to ask: read on from the last line, a moment later.
        setState(State::Waiting);
        const quint64 generation = m_generation;
        QTimer::singleShot(ReopenDelayMs, this, [this, generation] {
            if (m_state == State::Waiting && generation == m_generation)
                resume();
        });
        return;
    }
    m_checking = true;
    const QString id = m_id;
    const quint64 generation = m_generation;
    EngineCall::run<ContainerDetails>(
        m_node, this,
        [id](Engine &engine, QObject *context, Engine::Callback<ContainerDetails> callback) {
            return engine.inspectContainer(id, context, callback);
        },
        [this, generation](const EngineResult<ContainerDetails> &r) {
            if (!m_checking || generation != m_generation)
                return;
            m_checking = false;
            if (!r.ok()) {
                if (r.error.httpStatus == 404) {
                    deliverUnfinished();
                    m_error = r.error;
                    setState(State::Failed);
                    return;
                }
                // The engine went away: the node notices and resumes this when it is back.
                setState(State::Waiting);
                if (m_node && m_node->state() == NodeService::State::Online)
                    QTimer::singleShot(2000, this, [this, generation] {
                        if (m_state == State::Waiting && generation == m_generation)
                            checkContainer();
                    });
                return;
            }
            using S = ContainerSummary::State;
            const S s = r.value.state;
            if (s == S::Running || s == S::Paused || s == S::Restarting) {
                setState(State::Waiting);
                QTimer::singleShot(ReopenDelayMs, this, [this, generation] {
                    if (m_state == State::Waiting && generation == m_generation)
                        resume();
                });
                return;
            }
            deliverUnfinished();
            m_exitCode = r.value.exitCode;
            setState(State::Exited);
        });
}

void LogFollower::resume()
{
    ++m_resumes;
    // The read from the last whole line brings the unfinished one again, with its end.
    m_unfinished.clear();
    LogOptions o;
    o.follow = true;
    o.stdoutStream = m_options.stdoutStream;
    o.stderrStream = m_options.stderrStream;
    if (m_lastTimeNs != 0) {
        m_resuming = true;
        m_skipAtLastTime = m_linesAtLastTime;
        // The engine takes whole milliseconds at most: from the one the last line was in.
        o.since = QDateTime::fromMSecsSinceEpoch(m_lastTimeNs / 1000000, Qt::UTC);
    } else {
        o.tail = m_options.tail;
        o.since = m_options.since;
    }
    open(o);
}

void LogFollower::onNodeState(NodeService::State state)
{
    const bool up = state == NodeService::State::Online || state == NodeService::State::Degraded;
    if (up && m_state == State::Waiting && !m_checking) {
        checkContainer();
    } else if (!up && state == NodeService::State::Offline && m_state == State::Following) {
        // A remote engine that vanished may leave the stream silent rather than closed.
        m_pausesBefore += m_stream ? m_stream->pauseCount() : 0;
        delete m_stream;
        m_stream = nullptr;
        setState(State::Waiting);
    }
}

void LogFollower::onContainersChanged(const QList<ContainerSummary> &containers)
{
    if (m_state != State::Exited)
        return;
    for (const ContainerSummary &c : containers) {
        if (c.id == m_id && c.state == ContainerSummary::State::Running) {
            resume();
            return;
        }
    }
}
