#include "core/engine/spectext.h"

#include <QTest>

class TestSpecText : public QObject
{
    Q_OBJECT

private slots:
    void memory_data();
    void memory();
    void cpus();
    void duration_data();
    void duration();
    void port_data();
    void port();
    void volume_data();
    void volume();
    void env();
    void restart_data();
    void restart();
};

void TestSpecText::memory_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes"); // -1: refused
    QTest::newRow("bytes") << "1024" << qint64(1024);
    QTest::newRow("k") << "100k" << qint64(102400);
    QTest::newRow("m") << "512m" << qint64(512) * 1024 * 1024;
    QTest::newRow("G upper") << "2G" << qint64(2) * 1024 * 1024 * 1024;
    QTest::newRow("fraction") << "1.5g" << qint64(1536) * 1024 * 1024;
    QTest::newRow("MiB") << "64MiB" << qint64(64) * 1024 * 1024;
    QTest::newRow("mb") << "64mb" << qint64(64) * 1024 * 1024;
    QTest::newRow("spaces") << " 8 m " << qint64(8) * 1024 * 1024;
    QTest::newRow("zero") << "0" << qint64(-1);
    QTest::newRow("unit only") << "m" << qint64(-1);
    QTest::newRow("unknown unit") << "5q" << qint64(-1);
    QTest::newRow("negative") << "-5m" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
}

void TestSpecText::memory()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    QString error;
    const auto value = SpecText::parseMemory(text, &error);
    if (bytes < 0) {
        QVERIFY(!value);
        QVERIFY(error.contains(QStringLiteral("512m")) || error.contains(QStringLiteral("range")));
        return;
    }
    QVERIFY2(value, qPrintable(error));
    QCOMPARE(*value, bytes);
}

void TestSpecText::cpus()
{
    QString error;
    QCOMPARE(SpecText::parseCpus(QStringLiteral("0.5"), &error), qint64(500000000));
    QCOMPARE(SpecText::parseCpus(QStringLiteral("2"), &error), qint64(2000000000));
    QVERIFY(!SpecText::parseCpus(QStringLiteral("0"), &error));
    QVERIFY(!SpecText::parseCpus(QStringLiteral("two"), &error));
    QVERIFY(error.contains(QStringLiteral("two")));
}

void TestSpecText::duration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms"); // -1: refused
    QTest::newRow("seconds") << "30s" << qint64(30000);
    QTest::newRow("compound") << "1m30s" << qint64(90000);
    QTest::newRow("ms") << "500ms" << qint64(500);
    QTest::newRow("hours") << "2h" << qint64(7200000);
    QTest::newRow("fraction") << "1.5s" << qint64(1500);
    QTest::newRow("bare number is seconds") << "10" << qint64(10000);
    QTest::newRow("zero") << "0s" << qint64(0);
    QTest::newRow("unit missing in the middle") << "1m30" << qint64(-1);
    QTest::newRow("words") << "soon" << qint64(-1);
    QTest::newRow("days are not Go") << "1d" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
}

void TestSpecText::duration()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QString error;
    const auto value = SpecText::parseDuration(text, &error);
    if (ms < 0) {
        QVERIFY(!value);
        QVERIFY(error.contains(QStringLiteral("1m30s")));
        return;
    }
    QVERIFY2(value, qPrintable(error));
    QCOMPARE(*value, ms);
}

void TestSpecText::port_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("hostIp");
    QTest::addColumn<int>("hostPort");
    QTest::addColumn<int>("containerPort");
    QTest::addColumn<QString>("protocol");
    QTest::newRow("host:container") << "8080:80" << true << "" << 8080 << 80 << "tcp";
    QTest::newRow("container only") << "80" << true << "" << 0 << 80 << "tcp";
    QTest::newRow("any host port") << ":80" << true << "" << 0 << 80 << "tcp";
    QTest::newRow("ip") << "127.0.0.1:8080:80/udp" << true << "127.0.0.1" << 8080 << 80 << "udp";
    QTest::newRow("ip, any port") << "127.0.0.1::80" << true << "127.0.0.1" << 0 << 80 << "tcp";
    QTest::newRow("ipv6") << "[::1]:8080:80" << true << "::1" << 8080 << 80 << "tcp";
    QTest::newRow("sctp") << "9:9/SCTP" << true << "" << 9 << 9 << "sctp";
    QTest::newRow("port too big") << "8080:70000" << false << "" << 0 << 0 << "";
    QTest::newRow("host port zero") << "0:80" << false << "" << 0 << 0 << "";
    QTest::newRow("bad protocol") << "80/http" << false << "" << 0 << 0 << "";
    QTest::newRow("bad ip") << "300.1.1.1:80:80" << false << "" << 0 << 0 << "";
    QTest::newRow("too many parts") << "1:2:3:4" << false << "" << 0 << 0 << "";
    QTest::newRow("words") << "web" << false << "" << 0 << 0 << "";
}

void TestSpecText::port()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString error;
    const auto p = SpecText::parsePort(text, &error);
    QCOMPARE(bool(p), valid);
    if (!valid) {
        QVERIFY(error.contains(text));
        return;
    }
    QFETCH(QString, hostIp);
    QFETCH(int, hostPort);
    QFETCH(int, containerPort);
    QFETCH(QString, protocol);
    QCOMPARE(p->hostIp, hostIp);
    QCOMPARE(p->hostPort, hostPort);
    QCOMPARE(p->containerPort, containerPort);
    QCOMPARE(p->protocol, protocol);
}

void TestSpecText::volume_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("readOnly");
    const int bind = int(MountSpec::Type::Bind);
    const int volume = int(MountSpec::Type::Volume);
    QTest::newRow("bind") << "/srv/data:/data" << true << bind << "/srv/data"
                          << "/data" << false;
    QTest::newRow("bind ro") << "/srv:/srv:ro" << true << bind << "/srv"
                             << "/srv" << true;
    QTest::newRow("named") << "cache:/cache:rw" << true << volume << "cache"
                           << "/cache" << false;
    QTest::newRow("anonymous") << "/scratch" << true << volume << ""
                               << "/scratch" << false;
    QTest::newRow("relative target") << "/srv:data" << false << 0 << ""
                                     << "" << false;
    QTest::newRow("relative source") << "./srv:/data" << false << 0 << ""
                                     << "" << false;
    QTest::newRow("unknown option") << "/a:/b:fast" << false << 0 << ""
                                    << "" << false;
    QTest::newRow("empty source") << ":/b" << false << 0 << ""
                                  << "" << false;
}

void TestSpecText::volume()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString error;
    const auto m = SpecText::parseVolume(text, &error);
    QCOMPARE(bool(m), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QFETCH(int, type);
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(bool, readOnly);
    QCOMPARE(int(m->type), type);
    QCOMPARE(m->source, source);
    QCOMPARE(m->target, target);
    QCOMPARE(m->readOnly, readOnly);
}

void TestSpecText::env()
{
    QString error;
    QCOMPARE(SpecText::parseEnv(QStringLiteral("A=1"), &error), QStringLiteral("A=1"));
    QCOMPARE(SpecText::parseEnv(QStringLiteral("URL=a=b"), &error), QStringLiteral("URL=a=b"));
    QCOMPARE(SpecText::parseEnv(QStringLiteral("EMPTY="), &error), QStringLiteral("EMPTY="));
    qputenv("GONTAINER_SPECTEXT_TEST", "from here");
    QCOMPARE(SpecText::parseEnv(QStringLiteral("GONTAINER_SPECTEXT_TEST"), &error),
             QStringLiteral("GONTAINER_SPECTEXT_TEST=from here"));
    QVERIFY(!SpecText::parseEnv(QStringLiteral("GONTAINER_SPECTEXT_UNSET_VAR"), &error));
    QVERIFY(error.contains(QStringLiteral("GONTAINER_SPECTEXT_UNSET_VAR=")));
    QVERIFY(!SpecText::parseEnv(QStringLiteral("MY VAR=1"), &error));
    QVERIFY(!SpecText::parseEnv(QStringLiteral("=1"), &error));
}

void TestSpecText::restart_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("retries");
    QTest::newRow("no") << "no" << true << int(RestartPolicy::Mode::No) << 0;
    QTest::newRow("always") << "always" << true << int(RestartPolicy::Mode::Always) << 0;
    QTest::newRow("unless-stopped")
        << "unless-stopped" << true << int(RestartPolicy::Mode::UnlessStopped) << 0;
    QTest::newRow("on-failure") << "on-failure" << true << int(RestartPolicy::Mode::OnFailure) << 0;
    QTest::newRow("on-failure:5") << "on-failure:5" << true << int(RestartPolicy::Mode::OnFailure)
                                  << 5;
    QTest::newRow("bad count") << "on-failure:x" << false << 0 << 0;
    QTest::newRow("unknown") << "sometimes" << false << 0 << 0;
}

void TestSpecText::restart()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString error;
    const auto r = SpecText::parseRestart(text, &error);
    QCOMPARE(bool(r), valid);
    if (!valid) {
        QVERIFY(error.contains(text));
        return;
    }
    QFETCH(int, mode);
    QFETCH(int, retries);
    QCOMPARE(int(r->mode), mode);
    QCOMPARE(r->maximumRetries, retries);
}

QTEST_GUILESS_MAIN(TestSpecText)
#include "tst_spectext.moc"
