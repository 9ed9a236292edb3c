#include "core/engine/buildcontext.h"

#include <QBuffer>
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
    void packsIntoAFile();
    void reportsAFullDisk();
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

// Packed into a file as it reads (a build's way): the same bytes as in memory, and progress and
// cancel work inside a large file.
void TestBuildContext::packsIntoAFile()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("ctx"));
    write(root + QStringLiteral("/Dockerfile"), "FROM scratch\nCOPY . /\n");
    QByteArray big(9 * 1024 * 1024 + 7, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char(i * 31 + (i >> 11));
    write(root + QStringLiteral("/data/big.bin"), big);
    write(root + QStringLiteral("/small.txt"), "small\n");

    QString error;
    const auto inMemory = BuildContext::pack(root, QStringLiteral("Dockerfile"), &error);
    QVERIFY2(inMemory, qPrintable(error));
    QFile file(dir.filePath(QStringLiteral("ctx.tar")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    BuildContext::Progress progress;
    const std::optional<qint64> size = BuildContext::pack(
        root, QStringLiteral("Dockerfile"), &file, &error, BuildContext::Unlimited, &progress);
    QVERIFY2(size, qPrintable(error));
    file.close();
    QCOMPARE(*size, inMemory->size());
    QCOMPARE(file.size(), *size);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == *inMemory);
    QCOMPARE(progress.total.load(), big.size() + 6 + 22);
    QCOMPARE(progress.done.load(), progress.total.load());

    // Cancelled: it stops and says so.
    BuildContext::Progress cancelled;
    cancelled.cancelled = true;
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QVERIFY(!BuildContext::pack(root, QStringLiteral("Dockerfile"), &sink, &error,
                                BuildContext::Unlimited, &cancelled));
    QVERIFY(error.contains(QStringLiteral("cancelled")));
}

// A disk that takes no more is an error that says so, not a short archive.
void TestBuildContext::reportsAFullDisk()
{
    QFile full(QStringLiteral("/dev/full"));
    if (!full.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        QSKIP("no /dev/full here");
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("Dockerfile")), "FROM scratch\n");
    write(dir.filePath(QStringLiteral("data.bin")), QByteArray(1024 * 1024, 'x'));
    QString error;
    QVERIFY(!BuildContext::pack(dir.path(), QStringLiteral("Dockerfile"), &full, &error));
    QVERIFY2(error.contains(QStringLiteral("Cannot write")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestBuildContext)
#include "tst_buildcontext.moc"
