#pragma once

#include <QAbstractItemModel>
#include <QByteArray>
#include <QEventLoop>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

class QProcess;

// What the benchmarks share: the table they print, plain socket calls to the engines (the
// engine "itself" every figure is set against), resident memory, and a second dockerd.
namespace Bench {

using Clock = std::chrono::steady_clock;
double msBetween(Clock::time_point from, Clock::time_point to);

// Runs `job(i)` for i in [0, count) on `parallel` threads.
template<typename Job>
void parallelFor(int count, int parallel, Job job)
{
    std::atomic<int> next{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < std::max(1, parallel); ++t) {
        threads.emplace_back([&] {
            for (int i = next++; i < count; i = next++)
                job(i);
        });
    }
    for (std::thread &t : threads)
        t.join();
}

// Runs the event loop until `done` holds, checked whenever one of the models changes (rows in
// or out, data, a reset); false when `timeoutMs` passed first.
template<typename Done>
bool waitOnModels(const QList<QAbstractItemModel *> &models, int timeoutMs, Done done)
{
    if (done())
        return true;
    QEventLoop loop;
    const auto check = [&] {
        if (done())
            loop.quit();
    };
    QObject ctx;
    for (QAbstractItemModel *model : models) {
        QObject::connect(model, &QAbstractItemModel::rowsInserted, &ctx, check);
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, &ctx, check);
        QObject::connect(model, &QAbstractItemModel::dataChanged, &ctx, check);
        QObject::connect(model, &QAbstractItemModel::modelReset, &ctx, check);
    }
    QTimer::singleShot(timeoutMs, &ctx, [&] { loop.quit(); });
    loop.exec();
    return done();
}

template<typename Done>
bool waitOnModel(QAbstractItemModel *model, int timeoutMs, Done done)
{
    return waitOnModels({model}, timeoutMs, done);
}

// Runs the event loop for `ms` as the app's own would, asleep until something happens.
// (QTest::qWait wakes every 10 ms to look, which would count in a figure of CPU at idle.)
inline void idleFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Saves these nodes (name, unix socket) as a user would have them configured, with no local
// default node, for an AppController started after; false with the reason when one is refused.
bool configureNodes(const QList<QPair<QString, QString>> &nodes, QString *error);

// One row of the printed table.
struct Row
{
    QString figure;
    QString measured;
    QString against;
    QString goal;
};
void printTable(const QList<Row> &rows, bool smoke);
void say(const QString &line); // progress, on stdout at once

QString fmt(double v, int decimals = 2);
qint64 residentKiB();
QString mib(qint64 kib);
// CPU time (user and system) a process has used, in ms; -1 when it is gone. The bench's own
// process with pid 0.
double cpuMs(qint64 pid = 0);
// The engines' processes the harness started (dockerd, containerd and its shims, the Podman
// service, and the dockerds the benchmark started): those whose command line names the
// harness's directory.
QList<qint64> enginePids();
// The value below which `percent` of the sorted samples fall.
double percentile(std::vector<double> samples, double percent);

// An HTTP/1.1 request over a unix socket with plain socket calls and Connection: close; the
// whole answer is read. Status 0 when the socket could not be reached.
struct RawReply
{
    int status = 0;
    QByteArray body; // as sent: chunked bodies are not decoded
    qint64 bytes = 0;
    double seconds = 0;
};
// With `keepBody` false the answer is counted and thrown away as it comes (a log of 150 MiB
// read as fast as the socket gives it); only the status is kept.
RawReply rawRequest(const QString &socket, const QByteArray &method, const QByteArray &target,
                    const QByteArray &body = {}, bool keepBody = true);
// The best of `times` timings of GETs (socket, target) sent at once, one thread each: how long
// until the last answer was read.
double rawParallelGet(const QList<QPair<QString, QByteArray>> &requests, int times, qint64 *bytes);

// A reply's body with its chunks joined: rawRequest keeps a chunked body as sent (Docker and
// Podman chunk their longer answers); a body that is not chunked comes back as it is.
QByteArray unchunked(const QByteArray &body);
// The body as JSON, unchunked first.
QJsonDocument jsonOf(const QByteArray &body);

// Creates `count` containers named PREFIX-NNNN from `image` running `command` on the engine at
// `socket` (Docker's create endpoint, which Podman serves too), `parallel` requests at a time.
// Their ids in order; fewer than `count` when the engine refused.
QStringList createContainers(const QString &socket, const QString &image, const QString &prefix,
                             int count, const QStringList &command, int parallel, QString *error);
void removeContainers(const QString &socket, const QStringList &ids, int parallel);

// Reads the engine's event stream on a thread of its own and notes when each event of one type
// ("container", "service", ...) arrived: the engine's own side of "event to row".
class EventClock
{
public:
    explicit EventClock(const QString &socket, const QString &type = QStringLiteral("container"));
    ~EventClock();
    bool waitConnected(int timeoutMs);
    // When `action` for `id` arrived after `since`, or a default time point when it has not.
    Clock::time_point arrival(const QString &id, const QString &action,
                              Clock::time_point since) const;

private:
    void run();
    QString m_socket;
    QString m_type;
    int m_fd = -1;
    std::atomic<bool> m_connected{false};
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    struct Arrival
    {
        QString id;
        QString action;
        Clock::time_point at;
    };
    std::vector<Arrival> m_arrivals;
    std::thread m_thread;
};

// A dockerd of the benchmark's own beside the harness's (a third node), on a socket in the
// harness's directory, with the test image copied over. Stopped by the destructor.
class ExtraDockerd
{
public:
    ExtraDockerd();
    ~ExtraDockerd();
    bool start(const QString &name, QString *error);
    QString socket() const { return m_socket; }

private:
    QProcess *m_process = nullptr;
    QString m_socket;
};

} // namespace Bench
