#include "core/config/nodestore.h"

#include "core/config/appsettings.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"

#include "readonlyfolder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>
#include <vector>

// The node list the window and gontainer-cli share: many writers at once, each change kept,
// the window following the CLI's changes, and a failed write reported with nothing lost.
class TestNodeStore : public QObject
{
    Q_OBJECT

public:
    explicit TestNodeStore(const QString &namespaceError)
        : m_namespaceError(namespaceError)
    {}

private slots:
    void initTestCase();
    void init();
    void parallelCliAdds();
    void mergeKeepsOtherWriters();
    void otherSettingsKept();
    void readOnlyFolderReported();
    void managerShowsCliChanges();
    void managerKeepsChangeUntilWritable();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run cli(const QStringList &args);
    static QStringList names(const QList<NodeConfig> &nodes);
    static NodeConfig node(const QString &name);
    QString configFolder() const;

    QTemporaryDir m_config;
    QString m_namespaceError;
};

void TestNodeStore::initTestCase()
{
    QVERIFY(m_config.isValid());
    // The CLI (a child) finds the same file: same XDG_CONFIG_HOME, same application name.
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    qputenv("LANG", "C.UTF-8");
    qunsetenv("LANGUAGE");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("gontainer"));
    QCOMPARE(QFileInfo(NodeStore::filePath()).absolutePath(), configFolder());
}

void TestNodeStore::init()
{
    ReadOnlyFolder::makeWritable(configFolder()); // after a failed test
    QFile::remove(NodeStore::filePath());
    QSettings().sync();
}

QString TestNodeStore::configFolder() const
{
    return m_config.filePath(QStringLiteral("Gontainer"));
}

TestNodeStore::Run TestNodeStore::cli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(GONTAINER_CLI_BINARY), args);
    Run r;
    if (!process.waitForFinished(60000))
        return r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QStringList TestNodeStore::names(const QList<NodeConfig> &nodes)
{
    QStringList list;
    for (const NodeConfig &n : nodes)
        list.append(n.name);
    list.sort();
    return list;
}

NodeConfig TestNodeStore::node(const QString &name)
{
    NodeConfig c;
    c.id = NodeStore::newId();
    c.name = name;
    c.url = QStringLiteral("unix:///nonexistent/") + name + QStringLiteral(".sock");
    return c;
}

void TestNodeStore::parallelCliAdds()
{
    // Ten gontainer-cli processes add a node each, all at once: every one is kept.
    constexpr int Count = 10;
    std::vector<std::unique_ptr<QProcess>> processes;
    QStringList expected;
    for (int i = 0; i < Count; ++i) {
        const QString name = QStringLiteral("parallel-%1").arg(i);
        expected.append(name);
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(GONTAINER_CLI_BINARY),
                       {QStringLiteral("nodes"), QStringLiteral("add"), name,
                        QStringLiteral("unix:///nonexistent/") + name + QStringLiteral(".sock")});
        processes.push_back(std::move(process));
    }
    for (auto &process : processes) {
        QVERIFY(process->waitForFinished(60000));
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 process->readAllStandardError().constData());
    }
    expected.sort();
    QCOMPARE(names(NodeStore::load()), expected);
    // The same, seen through the CLI.
    const Run r = cli({QStringLiteral("--json"), QStringLiteral("nodes")});
    for (const QString &name : std::as_const(expected))
        QVERIFY2(r.out.contains(name), qPrintable(r.out));
}

void TestNodeStore::mergeKeepsOtherWriters()
{
    NodeConfig a = node(QStringLiteral("alpha"));
    NodeStore::Result result = NodeStore::apply({NodeStore::Change::add(a)});
    QCOMPARE(result.error, QString());
    QCOMPARE(result.refused, QStringList{QString()});

    // Another writer adds a node; this one's edit of alpha is applied onto the file as it is.
    Run r = cli({QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("beta"),
                 QStringLiteral("unix:///nonexistent/beta.sock")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    a.url = QStringLiteral("unix:///nonexistent/alpha-2.sock");
    result = NodeStore::apply({NodeStore::Change::update(a)});
    QCOMPARE(result.error, QString());
    QCOMPARE(names(result.state.nodes),
             (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
    QCOMPARE(names(NodeStore::load()),
             (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
    QCOMPARE(NodeStore::find(NodeStore::load(), QStringLiteral("alpha"))->url, a.url);

    // Another writer removes alpha: adding gamma here does not bring it back.
    r = cli({QStringLiteral("nodes"), QStringLiteral("rm"), QStringLiteral("alpha")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    result = NodeStore::apply({NodeStore::Change::add(node(QStringLiteral("gamma")))});
    QCOMPARE(result.error, QString());
    QCOMPARE(names(NodeStore::load()),
             (QStringList{QStringLiteral("beta"), QStringLiteral("gamma")}));
    // An edit of the removed node is refused, not written back.
    result = NodeStore::apply({NodeStore::Change::update(a)});
    QVERIFY(!result.refused.value(0).isEmpty());
    QCOMPARE(names(NodeStore::load()),
             (QStringList{QStringLiteral("beta"), QStringLiteral("gamma")}));

    // A name another writer took is refused, whatever its case.
    result = NodeStore::apply({NodeStore::Change::add(node(QStringLiteral("BETA")))});
    QVERIFY2(result.refused.value(0).contains(QStringLiteral("already")),
             qPrintable(result.refused.value(0)));
    QCOMPARE(NodeStore::load().size(), 2);

    // The local node's removal, from the CLI, is seen here and kept by this writer's change.
    r = cli({QStringLiteral("nodes"), QStringLiteral("rm"), QStringLiteral("local")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(NodeStore::localDefaultRemoved());
    QCOMPARE(NodeStore::apply({NodeStore::Change::remove(QStringLiteral("nothing"))}).error,
             QString());
    QVERIFY(NodeStore::localDefaultRemoved());
}

void TestNodeStore::otherSettingsKept()
{
    // Settings of other keys, written by QSettings in this process, survive node writes, and
    // this process's QSettings sees the nodes written beside them.
    AppSettings::setWindowGeometry(QByteArray("geometry-1"));
    QSettings().sync();
    QCOMPARE(NodeStore::apply({NodeStore::Change::add(node(QStringLiteral("one")))}).error,
             QString());
    QCOMPARE(AppSettings::windowGeometry(), QByteArray("geometry-1"));
    AppSettings::setWindowGeometry(QByteArray("geometry-2"));
    QSettings().sync();
    QCOMPARE(NodeStore::apply({NodeStore::Change::add(node(QStringLiteral("two")))}).error,
             QString());
    // Immediately after: the same millisecond would not hide the change from QSettings.
    QCOMPARE(NodeStore::apply({NodeStore::Change::add(node(QStringLiteral("six")))}).error,
             QString());
    AppSettings::setWindowGeometry(QByteArray("geometry-3"));
    QSettings().sync();
    QSettings settings;
    QCOMPARE(settings.beginReadArray(AppSettings::key(AppSettings::Key::Nodes)), 3);
    settings.endArray();
    QCOMPARE(names(NodeStore::load()),
             (QStringList{QStringLiteral("one"), QStringLiteral("six"), QStringLiteral("two")}));
    QCOMPARE(AppSettings::windowGeometry(), QByteArray("geometry-3"));
}

void TestNodeStore::readOnlyFolderReported()
{
    if (!m_namespaceError.isEmpty())
        QSKIP(qPrintable(m_namespaceError));
    QCOMPARE(NodeStore::apply({NodeStore::Change::add(node(QStringLiteral("kept")))}).error,
             QString());
    QCOMPARE(ReadOnlyFolder::makeReadOnly(configFolder()), QString());

    // This process: the error, and the change applied in what it returns.
    const NodeStore::Result result =
        NodeStore::apply({NodeStore::Change::add(node(QStringLiteral("unsaved")))});
    QVERIFY(!result.error.isEmpty());
    if (geteuid() == 0)
        QVERIFY2(result.error.contains(QStringLiteral("Read-only")), qPrintable(result.error));
    QCOMPARE(names(result.state.nodes),
             (QStringList{QStringLiteral("kept"), QStringLiteral("unsaved")}));
    QCOMPARE(names(NodeStore::load()), QStringList{QStringLiteral("kept")});

    // The CLI: a clear error and a non-zero exit, for adding and for removing.
    Run r = cli({QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("cli"),
                 QStringLiteral("unix:///nonexistent/cli.sock")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("could not be saved")) &&
                 r.err.contains(QDir::toNativeSeparators(NodeStore::filePath())),
             qPrintable(r.err));
    r = cli({QStringLiteral("nodes"), QStringLiteral("rm"), QStringLiteral("kept")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("could not be saved")), qPrintable(r.err));
    QCOMPARE(names(NodeStore::load()), QStringList{QStringLiteral("kept")});

    QCOMPARE(ReadOnlyFolder::makeWritable(configFolder()), QString());
    r = cli({QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("cli"),
             QStringLiteral("unix:///nonexistent/cli.sock")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestNodeStore::managerShowsCliChanges()
{
    NodeManager manager;
    manager.load();
    QSignalSpy added(&manager, &NodeManager::nodeAdded);
    QSignalSpy removed(&manager, &NodeManager::nodeRemoved);
    QCOMPARE(manager.addNode(node(QStringLiteral("window"))), QString());
    QCOMPARE(added.count(), 1);

    // Added by the CLI while the window is open: shown, and the window's next save keeps it.
    Run r = cli({QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("from-cli"),
                 QStringLiteral("unix:///nonexistent/from-cli.sock")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QTRY_VERIFY_WITH_TIMEOUT(manager.node(QStringLiteral("from-cli")), 5000);
    QCOMPARE(added.count(), 2);
    QCOMPARE(manager.addNode(node(QStringLiteral("window-2"))), QString());
    QCOMPARE(names(NodeStore::load()),
             (QStringList{QStringLiteral("from-cli"), QStringLiteral("window"),
                          QStringLiteral("window-2")}));
    // The CLI's node cannot be added again from the window under another case.
    QVERIFY(!manager.addNode(node(QStringLiteral("FROM-CLI"))).isEmpty());

    // Edited elsewhere: the node is rebuilt with the new address.
    NodeConfig edited = manager.node(QStringLiteral("from-cli"))->config();
    edited.url = QStringLiteral("unix:///nonexistent/elsewhere.sock");
    QCOMPARE(NodeStore::apply({NodeStore::Change::update(edited)}).error, QString());
    QTRY_COMPARE_WITH_TIMEOUT(manager.node(QStringLiteral("from-cli"))->config().url, edited.url,
                              5000);

    // Removed by the CLI: gone from the window.
    r = cli({QStringLiteral("nodes"), QStringLiteral("rm"), QStringLiteral("from-cli")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QTRY_VERIFY_WITH_TIMEOUT(!manager.node(QStringLiteral("from-cli")), 5000);
    QVERIFY(removed.contains(QVariantList{edited.id}));
    QCOMPARE(names(NodeStore::load()),
             (QStringList{QStringLiteral("window"), QStringLiteral("window-2")}));
    QCOMPARE(manager.saveProblem(), QString());
}

void TestNodeStore::managerKeepsChangeUntilWritable()
{
    if (!m_namespaceError.isEmpty())
        QSKIP(qPrintable(m_namespaceError));
    NodeManager manager;
    manager.load();
    QCOMPARE(manager.addNode(node(QStringLiteral("first"))), QString());
    QSignalSpy problems(&manager, &NodeManager::saveProblemChanged);
    QCOMPARE(ReadOnlyFolder::makeReadOnly(configFolder()), QString());

    // Not written: the node is there all the same, and the window says why and what to do.
    QCOMPARE(manager.addNode(node(QStringLiteral("second"))), QString());
    QVERIFY(manager.node(QStringLiteral("second")));
    QCOMPARE(problems.count(), 1);
    const QString problem = manager.saveProblem();
    QVERIFY2(problem.contains(QDir::toNativeSeparators(NodeStore::filePath())) &&
                 problem.contains(QStringLiteral("permissions")),
             qPrintable(problem));
    QCOMPARE(names(NodeStore::load()), QStringList{QStringLiteral("first")});
    // A second change while still read-only: both kept.
    NodeConfig first = manager.node(QStringLiteral("first"))->config();
    first.url = QStringLiteral("unix:///nonexistent/first-2.sock");
    QCOMPARE(manager.updateNode(first), QString());
    QCOMPARE(manager.node(QStringLiteral("first"))->config().url, first.url);
    QVERIFY(manager.node(QStringLiteral("second")));

    // Writable again: the next change writes all of them.
    QCOMPARE(ReadOnlyFolder::makeWritable(configFolder()), QString());
    QCOMPARE(manager.addNode(node(QStringLiteral("third"))), QString());
    QCOMPARE(manager.saveProblem(), QString());
    QCOMPARE(problems.count(), 2);
    const QList<NodeConfig> stored = NodeStore::load();
    QCOMPARE(names(stored), (QStringList{QStringLiteral("first"), QStringLiteral("second"),
                                         QStringLiteral("third")}));
    QCOMPARE(NodeStore::find(stored, QStringLiteral("first"))->url, first.url);
}

int main(int argc, char **argv)
{
    // A mount namespace of the test's own, before any thread starts (QTest's watchdog).
    const QString namespaceError = ReadOnlyFolder::enter();
    QCoreApplication app(argc, argv);
    TestNodeStore test(namespaceError);
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_nodestore.moc"
