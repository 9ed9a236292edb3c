#include "core/config/nodestore.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"

#include "core/config/readonlyfolder.h"
#include "faults/faultreport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

// Faults of the node list: the window (a NodeManager here) and gontainer-cli editing nodes at
// once, and a configuration folder that cannot be written.
class TestFaultNodeStore : public QObject
{
    Q_OBJECT

public:
    explicit TestFaultNodeStore(const QString &namespaceError)
        : m_namespaceError(namespaceError)
    {}

private slots:
    void initTestCase();
    void init();
    void windowAndCliEditAtOnce();
    void readOnlyConfig();

private:
    static NodeConfig node(const QString &name);
    static QStringList names(const QList<NodeConfig> &nodes);
    QString configFolder() const { return m_config.filePath(QStringLiteral("Gontainer")); }

    QTemporaryDir m_config;
    QString m_namespaceError;
};

void TestFaultNodeStore::initTestCase()
{
    QVERIFY(m_config.isValid());
    // The CLI (a child) uses the same file: same XDG_CONFIG_HOME, same application name.
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    qputenv("LANG", "C.UTF-8");
    qunsetenv("LANGUAGE");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("gontainer"));
    QCOMPARE(QFileInfo(NodeStore::filePath()).absolutePath(), configFolder());
}

void TestFaultNodeStore::init()
{
    ReadOnlyFolder::makeWritable(configFolder());
    QFile::remove(NodeStore::filePath());
}

NodeConfig TestFaultNodeStore::node(const QString &name)
{
    NodeConfig c;
    c.name = name;
    c.url = QStringLiteral("unix:///nonexistent/") + name + QStringLiteral(".sock");
    return c;
}

QStringList TestFaultNodeStore::names(const QList<NodeConfig> &nodes)
{
    QStringList list;
    for (const NodeConfig &n : nodes)
        list.append(n.name);
    list.sort();
    return list;
}

void TestFaultNodeStore::windowAndCliEditAtOnce()
{
    // The window adds, edits and removes nodes while ten CLI processes add theirs.
    constexpr int Count = 10;
    constexpr qint64 BoundMs = 2000;
    NodeManager manager;
    manager.load();
    QCOMPARE(manager.addNode(node(QStringLiteral("gui-doomed"))), QString());

    std::vector<std::unique_ptr<QProcess>> processes;
    QStringList expected;
    for (int i = 0; i < Count; ++i) {
        const QString name = QStringLiteral("cli-%1").arg(i);
        expected.append(name);
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(GONTAINER_CLI_BINARY),
                       {QStringLiteral("nodes"), QStringLiteral("add"), name,
                        QStringLiteral("unix:///nonexistent/") + name + QStringLiteral(".sock")});
        processes.push_back(std::move(process));
    }
    for (int i = 0; i < Count; ++i) {
        const QString name = QStringLiteral("gui-%1").arg(i);
        expected.append(name);
        QCOMPARE(manager.addNode(node(name)), QString());
        if (i == Count / 2) {
            NodeConfig edited = manager.node(QStringLiteral("gui-0"))->config();
            edited.url = QStringLiteral("unix:///nonexistent/edited.sock");
            QCOMPARE(manager.updateNode(edited), QString());
            manager.removeNode(manager.node(QStringLiteral("gui-doomed"))->id());
        }
        QCoreApplication::processEvents();
    }
    for (auto &process : processes) {
        // It may have ended already, while the window's changes ran the event loop.
        QVERIFY(process->state() == QProcess::NotRunning || process->waitForFinished(60000));
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 process->readAllStandardError().constData());
    }
    // The clock starts when the last CLI has written its node.
    QElapsedTimer clock;
    clock.start();
    expected.sort();
    const auto shown = [&] {
        QList<NodeConfig> configs;
        for (NodeService *n : manager.nodes())
            configs.append(n->config());
        return names(configs);
    };
    QVERIFY(QTest::qWaitFor([&] { return shown() == expected; }, int(BoundMs)));
    const qint64 measured = clock.elapsed();
    QCOMPARE(shown(), expected);
    QCOMPARE(names(NodeStore::load()), expected);
    QCOMPARE(NodeStore::find(NodeStore::load(), QStringLiteral("gui-0"))->url,
             QStringLiteral("unix:///nonexistent/edited.sock"));
    QCOMPARE(manager.saveProblem(), QString());
    FaultReport::record(QStringLiteral("GUI and CLI edit nodes at once (10 CLI adds, 10 window "
                                       "adds, an edit and a removal)"),
                        QStringLiteral("every node in the window and in the file, none lost"),
                        BoundMs, measured);

    // One more from the CLI, timed from its exit.
    QProcess one;
    one.start(QStringLiteral(GONTAINER_CLI_BINARY),
              {QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("late"),
               QStringLiteral("unix:///nonexistent/late.sock")});
    QVERIFY(one.waitForFinished(60000));
    QCOMPARE(one.exitCode(), 0);
    clock.restart();
    QVERIFY(QTest::qWaitFor([&] { return manager.node(QStringLiteral("late")); }, int(BoundMs)));
    FaultReport::record(QStringLiteral("a node added with gontainer-cli while the window is open"),
                        QStringLiteral("the node in the window's list"), BoundMs, clock.elapsed());
}

void TestFaultNodeStore::readOnlyConfig()
{
    if (!m_namespaceError.isEmpty())
        QSKIP(qPrintable(m_namespaceError));
    constexpr qint64 BoundMs = 1000;
    NodeManager manager;
    manager.load();
    QCOMPARE(manager.addNode(node(QStringLiteral("saved"))), QString());
    QSignalSpy problems(&manager, &NodeManager::saveProblemChanged);
    QCOMPARE(ReadOnlyFolder::makeReadOnly(configFolder()), QString());

    // The fault is in effect: the next change cannot be written.
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(manager.addNode(node(QStringLiteral("kept"))), QString());
    QVERIFY(QTest::qWaitFor([&] { return !manager.saveProblem().isEmpty(); }, int(BoundMs)));
    const qint64 measured = clock.elapsed();
    QVERIFY2(manager.saveProblem().contains(QDir::toNativeSeparators(NodeStore::filePath())),
             qPrintable(manager.saveProblem()));
    QVERIFY(manager.node(QStringLiteral("kept")));
    QCOMPARE(names(NodeStore::load()), QStringList{QStringLiteral("saved")});
    FaultReport::record(QStringLiteral("read-only configuration folder, a node added"),
                        QStringLiteral("an error naming the file and what to do; the node kept"),
                        BoundMs, measured);

    // The CLI meanwhile: a clear error and exit 1.
    QProcess cli;
    cli.start(QStringLiteral(GONTAINER_CLI_BINARY),
              {QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("cli"),
               QStringLiteral("unix:///nonexistent/cli.sock")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("could not be saved")), qPrintable(err));

    // Writable again: the next change saves what was kept.
    QCOMPARE(ReadOnlyFolder::makeWritable(configFolder()), QString());
    QCOMPARE(manager.addNode(node(QStringLiteral("after"))), QString());
    QCOMPARE(manager.saveProblem(), QString());
    QCOMPARE(names(NodeStore::load()), (QStringList{QStringLiteral("after"), QStringLiteral("kept"),
                                                    QStringLiteral("saved")}));
    FaultReport::recordValue(QStringLiteral("read-only configuration folder, then writable"),
                             QStringLiteral("the change kept in memory is saved with the next one"),
                             QStringLiteral("0 nodes lost"),
                             QStringLiteral("%1 nodes lost").arg(3 - NodeStore::load().size()));
}

int main(int argc, char **argv)
{
    // A mount namespace of the test's own, before any thread starts (QTest's watchdog).
    const QString namespaceError = ReadOnlyFolder::enter();
    QCoreApplication app(argc, argv);
    TestFaultNodeStore test(namespaceError);
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fault_nodestore.moc"
