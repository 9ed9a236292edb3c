// gontainer-bench: Gontainer measured against the engines themselves, in the same run, with
// one table of figures at the end. Run it through the test harness, which starts the engines:
//
//   bash tests/harness/with-engines.sh build/ci/tests/gontainer-bench [--smoke] [--only PART]
//
// docs/benchmarks.md explains each figure and keeps the results. Exits non-zero only when a
// run goes wrong, never on a figure.

#include "bench.h"
#include "benchsupport.h"

#include "testengines.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace {

// The offscreen platform says this for every window shown; it says nothing about Gontainer.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("This plugin does not support")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    // Settings (nodes, log window choices) go to a directory of the run, never the user's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    qInstallMessageHandler(quietHandler);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("gontainer-bench"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const auto option = [&](const char *name, const char *help, const char *fallback) {
        parser.addOption({QString::fromLatin1(name), QString::fromLatin1(help), QStringLiteral("N"),
                          QString::fromLatin1(fallback)});
    };
    option("nodes",
           "Nodes of the scale part: Docker, Podman, then dockerds of its own (default 3).", "3");
    option("containers", "Containers on each node of the scale part (default 1000).", "1000");
    option("idle-seconds", "How long to count requests at idle (default 60).", "60");
    option("events", "Start and kill events to time (default 200).", "200");
    option("lines", "Lines of log (default 1000000).", "1000000");
    parser.addOption({QStringLiteral("search-rows"),
                      QStringLiteral("Row counts for the search part (default 10000,50000)."),
                      QStringLiteral("N,N"), QStringLiteral("10000,50000")});
    option("follow-seconds", "How long to follow a fast container (default 10).", "10");
    option("starts", "How often to start the app for the first-paint figure (default 10).", "10");
    option("images", "Image names over the three nodes for the Images page (default 2000).",
           "2000");
    option("context-mib", "MiB in the build context to upload (default 256).", "256");
    option("volumes", "Volumes over the three nodes for the Volumes page (default 3000).", "3000");
    option("networks", "Networks over the three nodes for the Networks page (default 500).", "500");
    option("containerd-rounds", "Times the containerd node is added (default 1).", "1");
    option("services", "Services on the harness's swarm (default 200).", "200");
    option("tasks", "Tasks over those services (default 1000).", "1000");
    option("scales", "Services scaled, one at a time (default 100).", "100");
    parser.addOption({QStringLiteral("only"),
                      QStringLiteral("Run one part: scale, search, logs, paint, images, "
                                     "resources, containerd or swarm (default all)."),
                      QStringLiteral("PART")});
    parser.addOption({QStringLiteral("each-key"),
                      QStringLiteral("Print each search keystroke's times (the search part).")});
    parser.addOption({QStringLiteral("rows"),
                      QStringLiteral("Print the rows for a parent run, not the table.")});
    parser.addOption({QStringLiteral("smoke"),
                      QStringLiteral("A short run that checks the benchmark works (CI).")});
    parser.process(app);
    const bool smoke = parser.isSet(QStringLiteral("smoke"));
    const auto value = [&](const char *name, int smokeValue) {
        return smoke ? smokeValue : parser.value(QString::fromLatin1(name)).toInt();
    };
    const QString only = parser.value(QStringLiteral("only"));
    if (!only.isEmpty() && only != QLatin1String("scale") && only != QLatin1String("search") &&
        only != QLatin1String("logs") && only != QLatin1String("paint") &&
        only != QLatin1String("images") && only != QLatin1String("resources") &&
        only != QLatin1String("containerd") && only != QLatin1String("swarm")) {
        std::fprintf(stderr,
                     "--only takes scale, search, logs, paint, images, resources, containerd or "
                     "swarm\n");
        return 2;
    }
    if (!TestEngines::available()) {
        std::fprintf(stderr, "%s\n", qPrintable(TestEngines::missingMessage()));
        return 2;
    }

    QList<Bench::Row> rows;
    QString error;
    bool ok = true;
    if (only.isEmpty()) {
        // Each part in a process of its own, so that one's memory figures do not carry what
        // another left in the allocator.
        for (const char *part :
             {"scale", "search", "logs", "paint", "images", "resources", "containerd", "swarm"}) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(),
                        QCoreApplication::arguments().mid(1)
                            << QStringLiteral("--only") << QString::fromLatin1(part)
                            << QStringLiteral("--rows"));
            QByteArray pending;
            const auto take = [&] {
                pending += child.readAllStandardOutput();
                qsizetype end;
                while ((end = pending.indexOf('\n')) >= 0) {
                    const QString line = QString::fromUtf8(pending.left(end));
                    pending.remove(0, end + 1);
                    const QStringList cells = line.split(QLatin1Char('\t'));
                    if (cells.size() == 5 && cells.first() == QLatin1String("ROW"))
                        rows.append({cells.at(1), cells.at(2), cells.at(3), cells.at(4)});
                    else
                        Bench::say(line);
                }
            };
            while (!child.waitForFinished(200))
                take();
            take();
            if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
                ok = false;
                error = QStringLiteral("the %1 part failed").arg(QString::fromLatin1(part));
                break;
            }
        }
    }
    if (ok && only == QLatin1String("scale")) {
        ScaleOptions options;
        options.nodes = qMax(2, value("nodes", 3));
        options.containersPerNode = value("containers", 20);
        options.startupRounds = smoke ? 1 : 3;
        options.idleSeconds = value("idle-seconds", 11);
        options.events = value("events", 20);
        options.logLines = value("lines", 20000);
        ok = runScale(options, &rows, &error);
    }
    if (ok && only == QLatin1String("search")) {
        SearchOptions options;
        options.rows.clear();
        if (smoke) {
            options.rows = {300};
            options.rounds = 1;
        } else {
            for (const QString &n :
                 parser.value(QStringLiteral("search-rows")).split(QLatin1Char(',')))
                options.rows.append(n.toInt());
        }
        options.eachKey = parser.isSet(QStringLiteral("each-key"));
        ok = runSearch(options, &rows, &error);
    }
    if (ok && only == QLatin1String("logs")) {
        LogsOptions options;
        options.lines = value("lines", 20000);
        options.followSeconds = value("follow-seconds", 2);
        ok = runLogs(options, &rows, &error);
    }
    if (ok && only == QLatin1String("paint"))
        ok = runPaint(value("starts", 2), &rows, &error);
    if (ok && only == QLatin1String("images")) {
        ImagesOptions options;
        options.images = value("images", 60);
        options.startupRounds = smoke ? 1 : 3;
        options.contextMiB = value("context-mib", 4);
        options.uploadRounds = smoke ? 1 : 5;
        ok = runImages(options, &rows, &error);
    }
    if (ok && only == QLatin1String("resources")) {
        ResourcesOptions options;
        options.volumes = value("volumes", 30);
        options.networks = value("networks", 6);
        options.startupRounds = smoke ? 1 : 3;
        options.idleSeconds = smoke ? 3 : 30;
        ok = runResources(options, &rows, &error);
    }
    if (ok && only == QLatin1String("containerd")) {
        ContainerdOptions options;
        options.containers = value("containers", 20);
        options.rounds = value("containerd-rounds", 1);
        options.events = value("events", 10);
        ok = runContainerd(options, &rows, &error);
    }
    if (ok && only == QLatin1String("swarm")) {
        SwarmOptions options;
        options.services = value("services", 6);
        options.tasks = value("tasks", 12);
        options.startupRounds = smoke ? 1 : 3;
        options.listRounds = smoke ? 2 : 20;
        options.taskServices = smoke ? 3 : 50;
        options.events = value("scales", 6);
        ok = runSwarm(options, &rows, &error);
    }
    if (parser.isSet(QStringLiteral("rows"))) {
        for (const Bench::Row &r : std::as_const(rows))
            Bench::say(
                QStringList{QStringLiteral("ROW"), r.figure, r.measured, r.against, r.goal}.join(
                    QLatin1Char('\t')));
    } else {
        Bench::printTable(rows, smoke);
    }
    if (!ok) {
        std::fprintf(stderr, "\nThe benchmark failed: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
