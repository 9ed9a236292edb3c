#include "core/transport/endpoint.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void dockerTlsEnvironment_data();
    void dockerTlsEnvironment();
    void tlsFolderWithSomeFiles();

private:
    QTemporaryDir m_certs;
};

void TestEndpoint::parse_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");

    const int invalid = int(Endpoint::Kind::Invalid);
    const int unix = int(Endpoint::Kind::Unix);
    QTest::newRow("unix url") << "unix:///var/run/docker.sock" << unix << "/var/run/docker.sock"
                              << QString() << 0;
    QTest::newRow("bare path") << "/run/podman/podman.sock" << unix << "/run/podman/podman.sock"
                               << QString() << 0;
    QTest::newRow("path is cleaned") << "unix:///run//podman/../podman/podman.sock" << unix
                                     << "/run/podman/podman.sock" << QString() << 0;
    QTest::newRow("spaces trimmed") << "  unix:///x.sock  " << unix << "/x.sock" << QString() << 0;
    QTest::newRow("tcp") << "tcp://10.0.0.2:2376" << int(Endpoint::Kind::Tcp) << QString()
                         << "10.0.0.2" << 2376;
    QTest::newRow("tcp ipv6") << "tcp://[::1]:2375" << int(Endpoint::Kind::Tcp) << QString()
                              << "::1" << 2375;
    QTest::newRow("ssh path with a space")
        << "ssh://me@host/run/my%20engine.sock" << int(Endpoint::Kind::Ssh) << "/run/my engine.sock"
        << "host" << 22;
    QTest::newRow("tcp default port")
        << "tcp://engine.local" << int(Endpoint::Kind::Tcp) << QString() << "engine.local" << 2375;
    QTest::newRow("ssh") << "ssh://me@host:2222/run/podman/podman.sock" << int(Endpoint::Kind::Ssh)
                         << "/run/podman/podman.sock"
                         << "host" << 2222;
    QTest::newRow("ssh without socket")
        << "ssh://build@10.1.2.3" << int(Endpoint::Kind::Ssh) << QString() << "10.1.2.3" << 22;
    QTest::newRow("ssh host as an option")
        << "ssh://-oProxyCommand=x" << invalid << QString() << QString() << 0;
    QTest::newRow("empty") << "" << invalid << QString() << QString() << 0;
    QTest::newRow("relative unix")
        << "unix://docker.sock" << invalid << QString() << QString() << 0;
    QTest::newRow("http scheme") << "http://localhost:2375" << invalid << QString() << QString()
                                 << 0;
    QTest::newRow("words") << "my engine" << invalid << QString() << QString() << 0;
}

void TestEndpoint::parse()
{
    QFETCH(QString, url);
    QFETCH(int, kind);
    QFETCH(QString, path);
    QFETCH(QString, host);
    QFETCH(int, port);

    const Endpoint e = Endpoint::fromUrl(url);
    QCOMPARE(int(e.kind), kind);
    if (e.kind == Endpoint::Kind::Invalid) {
        QVERIFY(!e.isValid());
        QVERIFY(!e.errorText.isEmpty());
        return;
    }
    QVERIFY(e.errorText.isEmpty());
    QCOMPARE(e.path, path);
    QCOMPARE(e.host, host);
    QCOMPARE(e.port, port);
    // A parsed endpoint survives a round trip through its URL.
    const Endpoint again = Endpoint::fromUrl(e.toUrl());
    QCOMPARE(int(again.kind), kind);
    QCOMPARE(again.path, e.path);
    QCOMPARE(again.user, e.user);
    QCOMPARE(again.host, e.host);
    QCOMPARE(again.port, e.port);
}

void TestEndpoint::dockerTlsEnvironment_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("verify");
    QTest::addColumn<QString>("certPath");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("skipVerify");
    QTest::newRow("verify with cert path") << "tcp://h:2376"
                                           << "1"
                                           << "/certs" << true << false;
    QTest::newRow("cert path only: TLS, unverified") << "tcp://h:2376"
                                                     << ""
                                                     << "/certs" << true << true;
    QTest::newRow("nothing set") << "tcp://h:2375"
                                 << ""
                                 << "" << false << false;
    QTest::newRow("unix ignores it") << "unix:///x.sock"
                                     << "1"
                                     << "/certs" << false << false;
}

void TestEndpoint::dockerTlsEnvironment()
{
    QFETCH(QString, url);
    QFETCH(QString, verify);
    QFETCH(QString, certPath);
    QFETCH(bool, tls);
    QFETCH(bool, skipVerify);
    // "/certs" stands for a folder with all three files.
    for (const char *file : {"ca.pem", "cert.pem", "key.pem"}) {
        QFile f(m_certs.filePath(QLatin1String(file)));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    certPath.replace(QStringLiteral("/certs"), m_certs.path());
    QProcessEnvironment env;
    if (!verify.isEmpty())
        env.insert(QStringLiteral("DOCKER_TLS_VERIFY"), verify);
    if (!certPath.isEmpty())
        env.insert(QStringLiteral("DOCKER_CERT_PATH"), certPath);
    Endpoint e = Endpoint::fromUrl(url);
    e.applyDockerTlsEnvironment(env);
    QCOMPARE(e.tls, tls);
    QCOMPARE(e.tlsSkipVerify, skipVerify);
    if (tls) {
        QCOMPARE(e.tlsCaFile, certPath + QStringLiteral("/ca.pem"));
        QCOMPARE(e.tlsCertFile, certPath + QStringLiteral("/cert.pem"));
        QCOMPARE(e.tlsKeyFile, certPath + QStringLiteral("/key.pem"));
    }
}

void TestEndpoint::tlsFolderWithSomeFiles()
{
    // As the docker CLI does, files the folder lacks are not used: only ca.pem verifies the
    // engine without a client certificate; an empty folder leaves the system's CAs.
    QTemporaryDir dir;
    QFile ca(dir.filePath(QStringLiteral("ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    Endpoint e = Endpoint::fromUrl(QStringLiteral("tcp://h:2376"));
    e.useTlsFrom(dir.path());
    QVERIFY(e.tls);
    QCOMPARE(e.tlsCaFile, dir.filePath(QStringLiteral("ca.pem")));
    QVERIFY(e.tlsCertFile.isEmpty());
    QVERIFY(e.tlsKeyFile.isEmpty());
    QVERIFY(QFile::remove(ca.fileName()));
    e.useTlsFrom(dir.path());
    QVERIFY(e.tls);
    QVERIFY(e.tlsCaFile.isEmpty());
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
