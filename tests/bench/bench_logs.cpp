// The log pipeline measured against the engine itself, in the same run.
//
// 1. Ingest: a container's finished log of N lines read (a) raw from the engine's socket, bytes
//    counted and thrown away, and (b) through Gontainer's pipeline: HTTP, demultiplexing, line
//    splitting and times on the node's thread, then the log model. Same request, same socket.
// 2. Stall: the event loop's worst delay while a log view follows a container printing as fast
//    as it can.
// 3. Memory: resident memory before and after the model holds the N lines.

#include "bench.h"
#include "benchsupport.h"

#include "core/services/logfollower.h"
#include "core/services/nodeserviceimpl.h"
#include "testengines.h"
#include "ui/models/logmodel.h"
#include "ui/widgets/logview.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace {

using Bench::fmt;
using Bench::residentKiB;

} // namespace

bool runLogs(const LogsOptions &what, QList<Bench::Row> *rows, QString *error)
{
    const int lines = what.lines;
    const int followSeconds = what.followSeconds;
    const QString socket = TestEngines::dockerSocket();
    NodeServiceImpl node(QStringLiteral("bench"), Endpoint::unixSocket(socket));
    node.start();
    if (!QTest::qWaitFor([&] { return node.state() == NodeService::State::Online; }, 30000)) {
        *error = QStringLiteral("the engine did not answer");
        return false;
    }

    // ---- the log to read: N lines of about 100 bytes, written and finished -------------
    Bench::say(QStringLiteral("Preparing a container with %1 lines of log…").arg(lines));
    const auto made = TestEngines::runDetached(
        socket, TestEngines::uniqueName(QStringLiteral("benchlog")),
        {QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral("seq 1 %1 | sed 's/.*/2024-05-01 12:00:00 INFO request & served in 12 ms "
                        "by worker 7 path=\\/api\\/v1\\/items user=someone@example.com/'")
             .arg(lines)});
    const QString id = made.output.trimmed();
    if (made.exitCode != 0 || id.isEmpty()) {
        *error = QStringLiteral("could not start the log container: ") + made.output;
        return false;
    }
    const auto removeLater = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), id});
    });
    TestEngines::docker(socket, {QStringLiteral("wait"), id}, 600000);

    // ---- 1. ingest ------------------------------------------------------------------------
    const QByteArray target =
        "/containers/" + id.toLatin1() + "/logs?stdout=1&stderr=1&timestamps=1";
    // The same request over the same socket with plain socket calls, the bytes thrown away.
    double rawBest = -1;
    qint64 rawBytes = 0;
    for (int i = 0; i < 3; ++i) {
        const Bench::RawReply raw = Bench::rawRequest(socket, "GET", target, {}, false);
        if (raw.status != 200) {
            *error = QStringLiteral("the raw read failed");
            return false;
        }
        rawBytes = raw.bytes;
        rawBest = rawBest < 0 ? raw.seconds : qMin(rawBest, raw.seconds);
    }

    const qint64 idleKiB = residentKiB();
    auto *model = new LogModel;
    model->setCap(qMax(lines, 1000000));
    const int source = model->addSource(QStringLiteral("bench"), node.name());
    LogFollower follower(&node, id);
    QObject::connect(&follower, &LogFollower::linesArrived, model,
                     [model, source](const QList<LogLine> &l) { model->appendLines(source, l); });
    QElapsedTimer timer;
    timer.start();
    LogFollower::Options options;
    options.follow = false;
    options.tail = -1;
    follower.start(options);
    if (!QTest::qWaitFor([&] { return follower.state() == LogFollower::State::Ended; }, 600000)) {
        *error = QStringLiteral("the pipeline did not finish: ") + follower.error().userText();
        return false;
    }
    model->flush();
    const double pipeSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (model->rowCount() != lines) {
        *error =
            QStringLiteral("the model holds %1 lines, not %2").arg(model->rowCount()).arg(lines);
        return false;
    }
    // ---- 3. memory (the model now holds the lines) ------------------------------------------
    const qint64 heldKiB = residentKiB();

    delete model;

    // ---- 2. stall -----------------------------------------------------------------------------
    const auto fast = TestEngines::runDetached(
        socket, TestEngines::uniqueName(QStringLiteral("benchfast")),
        {QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral("yes '2024-05-01 12:00:00 INFO a line printed as fast as the container "
                        "can print it, again and again'")});
    const QString fastId = fast.output.trimmed();
    const auto removeFast = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), fastId});
    });
    LogView view;
    view.resize(1000, 700);
    view.setCap(1000000);
    view.setTail(0);
    view.show();
    view.setTargets({{&node, fastId, QStringLiteral("fast")}});
    QElapsedTimer loop;
    loop.start();
    qint64 last = 0;
    qint64 worst = 0;
    std::vector<qint64> gaps;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 now = loop.nsecsElapsed();
        if (last != 0) {
            gaps.push_back(now - last);
            worst = qMax(worst, now - last);
        }
        last = now;
    });
    QTest::qWait(1000); // the stream opened and running
    const int firstRows = view.model()->rowCount();
    const qint64 followStart = loop.nsecsElapsed();
    tick.start();
    QTest::qWait(followSeconds * 1000);
    tick.stop();
    const double followed = double(loop.nsecsElapsed() - followStart) / 1e9;
    const qint64 linesFollowed = view.model()->firstNumber() + view.model()->rowCount() - firstRows;
    std::sort(gaps.begin(), gaps.end());
    const double p99 = gaps.empty() ? 0 : double(gaps[gaps.size() * 99 / 100]) / 1e6 - 5;
    view.stop();

    // ---- the figures ----------------------------------------------------------------------
    const double rawRate = double(rawBytes) / rawBest / 1e6;
    const double pipeRate = double(rawBytes) / pipeSeconds / 1e6;
    rows->append({QStringLiteral("log ingest, %1 lines (%2 MiB)")
                      .arg(lines)
                      .arg(fmt(double(rawBytes) / 1048576.0, 1)),
                  QStringLiteral("%1 MB/s, %2k lines/s (%3 s); ratio **%4×**")
                      .arg(fmt(pipeRate, 1), fmt(lines / pipeSeconds / 1000, 0), fmt(pipeSeconds),
                           fmt(pipeRate / rawRate)),
                  QStringLiteral("raw socket read of the same request: %1 MB/s (%2 s)")
                      .arg(fmt(rawRate, 1), fmt(rawBest)),
                  QStringLiteral("≥ 0.8×")});
    rows->append({QStringLiteral("worst event-loop stall while a log view follows `yes`"),
                  QStringLiteral("**%1 ms** (p99 %2 ms; %3 lines in %4 s, %5k lines/s)")
                      .arg(fmt(double(worst) / 1e6 - 5, 1), fmt(p99, 1))
                      .arg(linesFollowed)
                      .arg(fmt(followed, 1), fmt(linesFollowed / followed / 1000, 0)),
                  QStringLiteral("a 5 ms timer"), QStringLiteral("< 50 ms")});
    rows->append({QStringLiteral("memory holding %1 lines in a log model alone").arg(lines),
                  QStringLiteral("**%1 MiB** above idle (%2 → %3 MiB resident)")
                      .arg(fmt(double(heldKiB - idleKiB) / 1024.0, 1),
                           fmt(double(idleKiB) / 1024.0, 1), fmt(double(heldKiB) / 1024.0, 1)),
                  QStringLiteral("%1 MiB as the engine sends them")
                      .arg(fmt(double(rawBytes) / 1048576.0, 1)),
                  QStringLiteral("≤ 200 MiB")});
    return true;
}
