// Start of the real app to its first painted window, against the engine's own CLI starting
// and listing. The app is bin/gontainer, run offscreen with a configuration of no nodes (the
// local default removed) and GONTAINER_REPORT_FIRST_PAINT=1, which makes it write a line to
// stderr once the window has painted; the clock runs from just before the process is started.

#include "bench.h"
#include "benchsupport.h"

#include "testengines.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>

using namespace Bench;

namespace {

// Milliseconds from QProcess::start to the first-paint line; -1 when it never came.
double firstPaint(const QString &configHome, QString *error)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    env.insert(QStringLiteral("GONTAINER_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    env.remove(QStringLiteral("DOCKER_HOST"));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::MergedChannels);
    const Clock::time_point start = Clock::now();
    app.start(QStringLiteral(GONTAINER_APP), {});
    QByteArray err;
    double ms = -1;
    while (app.state() != QProcess::NotRunning || app.bytesAvailable() > 0) {
        app.waitForReadyRead(100);
        err += app.readAll();
        if (err.contains("gontainer: first paint")) {
            ms = msBetween(start, Clock::now());
            break;
        }
        if (msBetween(start, Clock::now()) > 20000)
            break;
    }
    if (ms < 0)
        *error = QStringLiteral("the app did not report its first paint: ") +
                 QString::fromLocal8Bit(err.right(2000));
    app.terminate();
    if (!app.waitForFinished(10000)) {
        app.kill();
        app.waitForFinished(5000);
    }
    return ms;
}

} // namespace

bool runPaint(int times, QList<Row> *rows, QString *error)
{
    say(QStringLiteral("Starting the app %1 times…").arg(times));
    QTemporaryDir config;
    {
        QSettings settings(config.path() + QStringLiteral("/Gontainer/gontainer.conf"),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("nodesLocal/removed"), true);
    }
    std::vector<double> app;
    for (int i = 0; i < times; ++i) {
        const double ms = firstPaint(config.path(), error);
        if (ms < 0)
            return false;
        app.push_back(ms);
    }
    // The engine's own client, started and listing the same engine, as often.
    std::vector<double> cli;
    for (int i = 0; i < times; ++i) {
        const Clock::time_point start = Clock::now();
        const auto r =
            TestEngines::docker(TestEngines::dockerSocket(),
                                {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("-q")});
        if (r.exitCode != 0) {
            *error = QStringLiteral("docker ps failed: ") + r.output;
            return false;
        }
        cli.push_back(msBetween(start, Clock::now()));
    }
    rows->append({QStringLiteral("start to the first painted window, no nodes (offscreen)"),
                  QStringLiteral("median **%1 ms**, first run %2 ms (%3 runs); ratio %4×")
                      .arg(fmt(percentile(app, 50), 0), fmt(app.front(), 0))
                      .arg(times)
                      .arg(fmt(percentile(app, 50) / percentile(cli, 50))),
                  QStringLiteral("`docker ps -a` started and answered: median %1 ms")
                      .arg(fmt(percentile(cli, 50), 0)),
                  QStringLiteral("< 300 ms")});
    return true;
}
