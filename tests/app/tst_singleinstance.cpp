// One Gontainer per desktop session, with the real program started twice on a private session
// bus (tests/harness/with-keyring.sh): the second start hands its --host to the first, which adds
// (or chooses) that node, and ends; without a running one, a start runs.
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void secondStartGoesToTheFirst();

private:
    QProcessEnvironment environment() const;
    // Starts gontainer; the caller owns the process.
    QProcess *start(const QStringList &args);
    bool nameOwned() const;
    // The node list the running instance saved, as text.
    QString savedNodes() const;

    QTemporaryDir m_dir;
    QList<QProcess *> m_processes;
};

void TestSingleInstance::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             "no session bus: run under tests/harness/with-keyring.sh");
    QVERIFY2(!nameOwned(), "another Gontainer owns the name on this bus");
}

void TestSingleInstance::cleanup()
{
    for (QProcess *p : std::as_const(m_processes)) {
        p->kill();
        p->waitForFinished(10000);
        delete p;
    }
    m_processes.clear();
}

QProcessEnvironment TestSingleInstance::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("DOCKER_HOST"));
    return env;
}

QProcess *TestSingleInstance::start(const QStringList &args)
{
    auto *p = new QProcess;
    p->setProcessEnvironment(environment());
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(QStringLiteral(GONTAINER_BINARY),
             args + QStringList{QStringLiteral("--language"), QStringLiteral("en")});
    m_processes.append(p);
    return p;
}

bool TestSingleInstance::nameOwned() const
{
    return QDBusConnection::sessionBus()
        .interface()
        ->isServiceRegistered(QStringLiteral(GONTAINER_APP_ID))
        .value();
}

QString TestSingleInstance::savedNodes() const
{
    QFile f(m_dir.filePath(QStringLiteral("config/Gontainer/gontainer.conf")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

void TestSingleInstance::secondStartGoesToTheFirst()
{
    // Engines that are not there: the nodes are simply offline.
    const QString first = QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("first.sock"));
    const QString other = QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("other.sock"));
    QProcess *running = start({QStringLiteral("--host"), first});
    QTRY_VERIFY_WITH_TIMEOUT(nameOwned(), 30000);
    QCOMPARE(running->state(), QProcess::Running);

    // A second start with another node: handed over, and it ends at once, successfully.
    QProcess *second = start({QStringLiteral("--host"), other});
    QVERIFY(second->waitForFinished(30000));
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
    // The running one added it (and keeps it in its node list).
    QTRY_VERIFY_WITH_TIMEOUT(savedNodes().contains(other), 10000);
    QCOMPARE(running->state(), QProcess::Running);

    // The same node again is chosen, not added twice; no node at all only raises the window.
    QProcess *third = start({QStringLiteral("--host"), other});
    QVERIFY(third->waitForFinished(30000));
    QCOMPARE(third->exitCode(), 0);
    QProcess *fourth = start({});
    QVERIFY(fourth->waitForFinished(30000));
    QCOMPARE(fourth->exitCode(), 0);
    QCOMPARE(savedNodes().count(other), 1);
    QCOMPARE(running->state(), QProcess::Running);

    // Once it has ended, the next start is the one that runs.
    running->terminate();
    QVERIFY(running->waitForFinished(30000));
    QTRY_VERIFY(!nameOwned());
    QProcess *next = start({QStringLiteral("--host"), first});
    QTRY_VERIFY_WITH_TIMEOUT(nameOwned(), 30000);
    QCOMPARE(next->state(), QProcess::Running);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
