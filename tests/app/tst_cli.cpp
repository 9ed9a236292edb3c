#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

// The gontainer executable's command line: --version and --help need no display, and speak the
// user's language.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void version();
    void help();
    void helpInKorean();
    void badHostIsRefused();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args, const QProcessEnvironment &env = cleanEnv());
    static QProcessEnvironment cleanEnv();
};

QProcessEnvironment TestCli::cleanEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    // Settings of this test only, never the user's.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
               QDir::tempPath() + QStringLiteral("/gontainer-tst-cli"));
    return env;
}

TestCli::Run TestCli::run(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GONTAINER_BINARY), args);
    Run r;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

void TestCli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("gontainer " GONTAINER_VERSION));
}

void TestCli::help()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("--host <ADDRESS>")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("--language <CODE>")));
    QVERIFY(r.out.contains(QStringLiteral("--version")));
    QVERIFY(r.out.contains(QStringLiteral("Gontainer shows the containers")));
}

void TestCli::helpInKorean()
{
    QProcessEnvironment env = cleanEnv();
    env.insert(QStringLiteral("LANG"), QStringLiteral("ko_KR.UTF-8"));
    const Run r = run({QStringLiteral("--help")}, env);
    QCOMPARE(r.exitCode, 0);
    // The description and option texts come from the embedded Korean translation.
    QVERIFY2(r.out.contains(QStringLiteral("컨테이너")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("--host <주소>")));
}

void TestCli::badHostIsRefused()
{
    QProcessEnvironment env = cleanEnv();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Run r = run({QStringLiteral("--host"), QStringLiteral("docker.sock")}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("docker.sock")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
