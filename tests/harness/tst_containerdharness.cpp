// The containerd engines the harness starts and the TestEngines helpers that drive them, which
// the containerd engine's tests build on: the test image runs in the test namespace and in
// `default`, containers carry their nerdctl name, a file log is written, and a containerd of a
// test's own keeps its containers across a kill and restart, and leaves nothing behind.
#include "testengines.h"

#include <csignal>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {
// The tasks `ctr tasks ls` shows: id -> (pid, status).
QHash<QString, QPair<int, QString>> tasks(const QString &socket)
{
    QHash<QString, QPair<int, QString>> result;
    const TestEngines::Result r =
        TestEngines::ctrAt(socket, TestEngines::containerdNamespace(),
                           {QStringLiteral("tasks"), QStringLiteral("ls")});
    const QStringList lines = r.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(1)) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() == 3)
            result.insert(f.at(0), {f.at(1).toInt(), f.at(2)});
    }
    return result;
}

bool processAlive(int pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    // A zombie has ended (its parent, init here, may be slow to reap it).
    return !line.mid(line.lastIndexOf(')') + 2).startsWith('Z');
}

// Live shims serving a containerd socket under `dir`.
int shimsUnder(const QString &dir)
{
    int count = 0;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const int pid = entry.toInt(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) &&
            cmdline.readAll().contains(
                QByteArray(QByteArray("-address\0", 9) + QFile::encodeName(dir))) &&
            processAlive(pid))
            ++count;
    }
    return count;
}

QString ownDir(const QString &tag)
{
    static int counter = 0;
    return TestEngines::dir() + QStringLiteral("/%1%2").arg(tag).arg(++counter);
}
} // namespace

class TestContainerdHarness final : public QObject
{
    Q_OBJECT

private slots:
    void engineAndImage();
    void namedContainer();
    void fileLog();
    void ownKilledAndRestarted();
    void ownKilledIsReaped();
};

void TestContainerdHarness::engineAndImage()
{
    REQUIRE_CONTAINERD();
    QCOMPARE(TestEngines::containerdNamespace(), QStringLiteral("gontainer-test"));
    const TestEngines::Result version = TestEngines::ctr({QStringLiteral("version")});
    QVERIFY2(version.exitCode == 0, qPrintable(version.output));
    // 1.6 from Debian 12; 1.7 in the matrix's run against newer engines.
    const QString expected = qEnvironmentVariableIsEmpty("GONTAINER_TEST_MATRIX")
                                 ? QStringLiteral("1.6.")
                                 : QStringLiteral("1.7.");
    QVERIFY2(version.output.section(QStringLiteral("Server:"), 1)
                 .contains(QStringLiteral("Version:  ") + expected),
             qPrintable(version.output));
    for (const QString &ns : {TestEngines::containerdNamespace(), QStringLiteral("default")}) {
        const TestEngines::Result images = TestEngines::ctrAt(
            TestEngines::containerdSocket(), ns,
            {QStringLiteral("images"), QStringLiteral("ls"), QStringLiteral("-q")});
        QVERIFY2(images.output.split(QLatin1Char('\n')).contains(TestEngines::containerdImage()),
                 qPrintable(ns + QStringLiteral(": ") + images.output));
        // Unpacked for the default snapshotter: a container runs from it at once.
        const QString id = TestEngines::uniqueName(QStringLiteral("once"));
        const TestEngines::Result once = TestEngines::ctrAt(
            TestEngines::containerdSocket(), ns,
            {QStringLiteral("run"), QStringLiteral("--rm"), TestEngines::containerdImage(), id,
             QStringLiteral("echo"), QStringLiteral("hello from ") + ns});
        QVERIFY2(once.exitCode == 0, qPrintable(once.output));
        QCOMPARE(once.output, QStringLiteral("hello from ") + ns);
    }
    const Endpoint endpoint = TestEngines::containerdEndpoint();
    QVERIFY2(endpoint.isValid(), qPrintable(endpoint.errorText));
    QCOMPARE(endpoint.api, Endpoint::Api::Containerd);
    QCOMPARE(endpoint.kind, Endpoint::Kind::Unix);
    QCOMPARE(endpoint.path, TestEngines::containerdSocket());
    QCOMPARE(endpoint.containerdNamespace, TestEngines::containerdNamespace());
}

void TestContainerdHarness::namedContainer()
{
    REQUIRE_CONTAINERD();
    const QString name = TestEngines::uniqueName(QStringLiteral("named"));
    const TestEngines::Result run =
        TestEngines::runContainerdContainer(name, {QStringLiteral("sleep"), QStringLiteral("300")},
                                            {QStringLiteral("com.docker.compose.project=harness")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QString id = run.output;
    auto remove = qScopeGuard([&id] {
        TestEngines::ctr(
            {QStringLiteral("tasks"), QStringLiteral("delete"), QStringLiteral("--force"), id});
        TestEngines::ctr({QStringLiteral("containers"), QStringLiteral("delete"), id});
    });
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(id).hasMatch(),
             qPrintable(id));
    const TestEngines::Result info =
        TestEngines::ctr({QStringLiteral("containers"), QStringLiteral("info"), id});
    QVERIFY2(info.exitCode == 0, qPrintable(info.output));
    QVERIFY2(info.output.contains(QStringLiteral("\"nerdctl/name\": \"%1\"").arg(name)),
             qPrintable(info.output));
    QVERIFY2(info.output.contains(QStringLiteral("\"com.docker.compose.project\": \"harness\"")),
             qPrintable(info.output));
    const auto task = tasks(TestEngines::containerdSocket()).value(id);
    QCOMPARE(task.second, QStringLiteral("RUNNING"));
    QVERIFY(processAlive(task.first));
}

void TestContainerdHarness::fileLog()
{
    REQUIRE_CONTAINERD();
    const QString log = TestEngines::dir() + QLatin1Char('/') +
                        TestEngines::uniqueName(QStringLiteral("ctr-log")) + QStringLiteral(".log");
    const TestEngines::Result run = TestEngines::runContainerdContainer(
        TestEngines::uniqueName(QStringLiteral("logged")),
        {QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral("echo to-stdout; echo to-stderr >&2; sleep 300")},
        {}, log);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QString id = run.output;
    auto remove = qScopeGuard([&id] {
        TestEngines::ctr(
            {QStringLiteral("tasks"), QStringLiteral("delete"), QStringLiteral("--force"), id});
        TestEngines::ctr({QStringLiteral("containers"), QStringLiteral("delete"), id});
    });
    const auto contents = [&log] {
        QFile f(log);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    QTRY_VERIFY_WITH_TIMEOUT(contents().contains("to-stdout") && contents().contains("to-stderr"),
                             30000);
}

void TestContainerdHarness::ownKilledAndRestarted()
{
    REQUIRE_CONTAINERD();
    const QString dir = ownDir(QStringLiteral("cr"));
    auto removeDir = qScopeGuard([&dir] { QDir(dir).removeRecursively(); });
    QProcess *first = TestEngines::startOwnContainerd(dir);
    QVERIFY(first);
    auto stopFirst = qScopeGuard([first] { TestEngines::stopOwnContainerd(first); });
    const QString socket = dir + QStringLiteral("/containerd.sock");

    const TestEngines::Result run = TestEngines::runContainerdContainer(
        QStringLiteral("survivor"), {QStringLiteral("sleep"), QStringLiteral("300")}, {}, {},
        socket);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const auto before = tasks(socket).value(run.output);
    QCOMPARE(before.second, QStringLiteral("RUNNING"));

    // Killed as by a crash: the container runs on in its shim, the engine answers no more.
    first->kill();
    QVERIFY(first->waitForFinished(10000));
    QVERIFY(processAlive(before.first));
    QVERIFY(TestEngines::ctrAt(socket, TestEngines::containerdNamespace(),
                               {QStringLiteral("--connect-timeout"), QStringLiteral("2s"),
                                QStringLiteral("version")},
                               5000)
                .exitCode != 0);

    QProcess *second = TestEngines::startOwnContainerd(dir);
    QVERIFY(second);
    auto stopSecond = qScopeGuard([second] { TestEngines::stopOwnContainerd(second); });
    const auto after = tasks(socket).value(run.output);
    QCOMPARE(after.second, QStringLiteral("RUNNING"));
    QCOMPARE(after.first, before.first);
    // The image was not imported a second time: still the one image, created before the kill.
    const TestEngines::Result images =
        TestEngines::ctrAt(socket, TestEngines::containerdNamespace(),
                           {QStringLiteral("images"), QStringLiteral("ls"), QStringLiteral("-q")});
    QCOMPARE(images.output, TestEngines::containerdImage());

    // Stopped, the engine takes its containers and shims with it.
    stopSecond.dismiss();
    TestEngines::stopOwnContainerd(second);
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(before.first), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(shimsUnder(dir), 0, 10000);
}

void TestContainerdHarness::ownKilledIsReaped()
{
    REQUIRE_CONTAINERD();
    const QString dir = ownDir(QStringLiteral("ck"));
    auto removeDir = qScopeGuard([&dir] { QDir(dir).removeRecursively(); });
    QProcess *containerd = TestEngines::startOwnContainerd(dir);
    QVERIFY(containerd);
    auto stop = qScopeGuard([containerd] { TestEngines::stopOwnContainerd(containerd); });
    const QString socket = dir + QStringLiteral("/containerd.sock");
    const TestEngines::Result run = TestEngines::runContainerdContainer(
        QStringLiteral("orphan"), {QStringLiteral("sleep"), QStringLiteral("300")}, {}, {}, socket);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const int pid = tasks(socket).value(run.output).first;
    QVERIFY(pid > 0);
    QCOMPARE(shimsUnder(dir), 1);

    ::kill(pid_t(containerd->processId()), SIGKILL);
    QVERIFY(containerd->waitForFinished(10000));
    stop.dismiss();
    // Not started again: what it left behind goes with it.
    TestEngines::stopOwnContainerd(containerd);
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(shimsUnder(dir), 0, 10000);
}

QTEST_GUILESS_MAIN(TestContainerdHarness)
#include "tst_containerdharness.moc"
