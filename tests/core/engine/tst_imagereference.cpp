#include "core/engine/imagereference.h"

#include <QTest>

class TestImageReference : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

void TestImageReference::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("qualified");
    QTest::newRow("short") << "busybox"
                           << ""
                           << "busybox"
                           << ""
                           << "docker.io/library/busybox:latest";
    QTest::newRow("user repo") << "grafana/grafana:10.1"
                               << ""
                               << "grafana/grafana"
                               << "10.1"
                               << "docker.io/grafana/grafana:10.1";
    QTest::newRow("registry with port") << "127.0.0.1:5000/team/app:v2"
                                        << "127.0.0.1:5000"
                                        << "team/app"
                                        << "v2"
                                        << "127.0.0.1:5000/team/app:v2";
    QTest::newRow("registry port, no tag") << "reg.example:5000/app"
                                           << "reg.example:5000"
                                           << "app"
                                           << ""
                                           << "reg.example:5000/app:latest";
    QTest::newRow("localhost") << "localhost/gontainer-test/busybox:latest"
                               << "localhost"
                               << "gontainer-test/busybox"
                               << "latest"
                               << "localhost/gontainer-test/busybox:latest";
    QTest::newRow("quay") << "quay.io/podman/hello"
                          << "quay.io"
                          << "podman/hello"
                          << ""
                          << "quay.io/podman/hello:latest";
    QTest::newRow("digest") << "alpine@sha256:abc"
                            << ""
                            << "alpine"
                            << ""
                            << "docker.io/library/alpine@sha256:abc";
}

void TestImageReference::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, registry);
    QFETCH(QString, repository);
    QFETCH(QString, tag);
    QFETCH(QString, qualified);
    const ImageReference r = ImageReference::parse(text);
    QVERIFY(r.isValid());
    QCOMPARE(r.registry, registry);
    QCOMPARE(r.repository, repository);
    QCOMPARE(r.tag, tag);
    QCOMPARE(r.qualified(), qualified);
}

QTEST_GUILESS_MAIN(TestImageReference)
#include "tst_imagereference.moc"
