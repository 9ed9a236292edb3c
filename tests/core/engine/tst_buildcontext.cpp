#include "core/engine/buildcontext.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The build context packer, checked by the system's own tar.
class TestBuildContext : public QObject
{
    Q_OBJECT

private slots:
    void ignorePatterns_data();
    void ignorePatterns();
    void packsWhatTarReads();
    void refusesWhatCannotBuild();
};

namespace {
void write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}
} // namespace

void TestBuildContext::ignorePatterns_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("ignored");
    QTest::newRow("exact") << "secret.txt" << true;
    QTest::newRow("folder takes its contents") << "node_modules/x/y.js" << true;
    QTest::newRow("star in one level") << "logs/a.log" << true;
    QTest::newRow("star stops at a slash") << "logs/deep/a.log" << false;
    QTest::newRow("double star") << "src/a/b/c.tmp" << true;
    QTest::newRow("exception") << "logs/keep.log" << false;
    QTest::newRow("kept") << "src/main.c" << false;
    QTest::newRow("question mark") << "v1.bak" << true;
}

void TestBuildContext::ignorePatterns()
{
    QFETCH(QString, path);
    QFETCH(bool, ignored);
    const QStringList patterns = {QStringLiteral("secret.txt"),     QStringLiteral("node_modules"),
                                  QStringLiteral("logs/*.log"),     QStringLiteral("**/*.tmp"),
                                  QStringLiteral("!logs/keep.log"), QStringLiteral("v?.bak")};
    QCOMPARE(BuildContext::isIgnored(path, patterns), ignored);
}

void TestBuildContext::packsWhatTarReads()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("ctx"));
    write(root + QStringLiteral("/Dockerfile"), "FROM scratch\n");
    write(root + QStringLiteral("/app/hello.txt"), "hello\n");
    write(root + QStringLiteral("/secret.txt"), "do not send");
    write(root + QStringLiteral("/.dockerignore"), "# comment\nsecret.txt\n*.tmp\n");
    write(root + QStringLiteral("/scratch.tmp"), "x");
    // A path past ustar's 100 characters takes a PAX record.
    const QString longName =
        QStringLiteral("deep/") + QString(120, QLatin1Char('n')) + QStringLiteral(".txt");
    write(root + QLatin1Char('/') + longName, "long\n");
    QVERIFY(QFile::link(QStringLiteral("app/hello.txt"), root + QStringLiteral("/link")));
    QFile::setPermissions(root + QStringLiteral("/app/hello.txt"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QString error;
    const auto tar = BuildContext::pack(root, QStringLiteral("Dockerfile"), &error);
    QVERIFY2(tar, qPrintable(error));
    QCOMPARE(tar->size() % 512, 0);
    const QString archive = dir.filePath(QStringLiteral("ctx.tar"));
    write(archive, *tar);

    QProcess list;
    list.start(QStringLiteral("tar"), {QStringLiteral("-tf"), archive});
    QVERIFY(list.waitForFinished());
    QCOMPARE(list.exitCode(), 0);
    const QStringList names = QString::fromUtf8(list.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(names.contains(QStringLiteral("Dockerfile")));
    QVERIFY(names.contains(QStringLiteral(".dockerignore")));
    QVERIFY(names.contains(QStringLiteral("app/")));
    QVERIFY(names.contains(QStringLiteral("app/hello.txt")));
    QVERIFY2(names.contains(longName), qPrintable(names.join(u' ')));
    QVERIFY(!names.contains(QStringLiteral("secret.txt")));
    QVERIFY(!names.contains(QStringLiteral("scratch.tmp")));

    const QString out = dir.filePath(QStringLiteral("out"));
    QDir().mkpath(out);
    QProcess extract;
    extract.start(QStringLiteral("tar"),
                  {QStringLiteral("-xf"), archive, QStringLiteral("-C"), out});
    QVERIFY(extract.waitForFinished());
    QCOMPARE(extract.exitCode(), 0);
    QFile hello(out + QStringLiteral("/app/hello.txt"));
    QVERIFY(hello.open(QIODevice::ReadOnly));
    QCOMPARE(hello.readAll(), QByteArray("hello\n"));
    QVERIFY(QFileInfo(hello).isExecutable());
    QCOMPARE(QFileInfo(out + QStringLiteral("/link")).symLinkTarget(),
             out + QStringLiteral("/app/hello.txt"));
    QFile deep(out + QLatin1Char('/') + longName);
    QVERIFY(deep.open(QIODevice::ReadOnly));
    QCOMPARE(deep.readAll(), QByteArray("long\n"));

    // The same folder packs to the same bytes.
    QCOMPARE(*BuildContext::pack(root, QStringLiteral("Dockerfile"), &error), *tar);
}

void TestBuildContext::refusesWhatCannotBuild()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!BuildContext::pack(dir.filePath(QStringLiteral("none")), {}, &error));
    QVERIFY(error.contains(QStringLiteral("does not exist")));
    QVERIFY(!BuildContext::pack(dir.path(), QStringLiteral("Dockerfile"), &error));
    QVERIFY(error.contains(QStringLiteral("Dockerfile")));
    write(dir.filePath(QStringLiteral("Dockerfile")), "FROM scratch\n");
    write(dir.filePath(QStringLiteral("big.bin")), QByteArray(4096, 'x'));
    QVERIFY(!BuildContext::pack(dir.path(), QStringLiteral("Dockerfile"), &error, 1024));
    QVERIFY(error.contains(QStringLiteral(".dockerignore")));
}

QTEST_GUILESS_MAIN(TestBuildContext)
#include "tst_buildcontext.moc"
