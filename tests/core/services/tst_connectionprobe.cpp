#include "core/services/connectionprobe.h"

#include "testengines.h"

#include <QSignalSpy>
#include <QTest>

// "Test connection" against real engines: the probe identifies the engine once and answers;
// a wrong address answers why; a cancelled or deleted probe says nothing more.
class TestConnectionProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void identifiesTheEngine_data();
    void identifiesTheEngine();
    void missingSocketSaysWhere();
    void cancelledProbeSaysNothing();
    void deletedWhileRunning();

private:
    static NodeConfig configFor(const Endpoint &endpoint);
};

void TestConnectionProbe::initTestCase()
{
    qRegisterMetaType<EngineError>();
    qRegisterMetaType<EngineInfo>();
}

NodeConfig TestConnectionProbe::configFor(const Endpoint &endpoint)
{
    NodeConfig c;
    c.id = QStringLiteral("probe");
    c.name = QStringLiteral("probe");
    c.url = endpoint.toUrl();
    if (endpoint.kind == Endpoint::Kind::Tcp && endpoint.tls) {
        c.tls = true;
        c.tlsCertPath = TestEngines::tlsCertPath();
    }
    return c;
}

void TestConnectionProbe::identifiesTheEngine_data()
{
    TestEngines::addEngineRows();
}

void TestConnectionProbe::identifiesTheEngine()
{
    REQUIRE_ENGINES();
    QFETCH(Endpoint, endpoint);
    QFETCH(bool, podman);
    ConnectionProbe probe(configFor(endpoint));
    QSignalSpy succeeded(&probe, &ConnectionProbe::succeeded);
    QSignalSpy failed(&probe, &ConnectionProbe::failed);
    probe.start();
    QVERIFY(probe.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(succeeded.count() + failed.count() > 0, 30000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? ""
                              : qPrintable(failed.first().first().value<EngineError>().userText()));
    QCOMPARE(succeeded.count(), 1);
    const auto info = succeeded.first().first().value<EngineInfo>();
    QCOMPARE(info.kind, podman ? EngineInfo::Kind::Podman : EngineInfo::Kind::Docker);
    QVERIFY(!info.name.isEmpty());
    QVERIFY(!info.version.isEmpty());
    QVERIFY(!info.apiVersion.isEmpty());
    QVERIFY(!probe.isRunning());
    // Once only.
    QTest::qWait(200);
    QCOMPARE(succeeded.count() + failed.count(), 1);
}

void TestConnectionProbe::missingSocketSaysWhere()
{
    const QString socket = QStringLiteral("/nonexistent/gontainer-probe.sock");
    ConnectionProbe probe(configFor(Endpoint::unixSocket(socket)));
    QSignalSpy failed(&probe, &ConnectionProbe::failed);
    probe.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    const auto error = failed.first().first().value<EngineError>();
    QCOMPARE(error.kind, EngineError::Kind::NoSocket);
    QVERIFY2(error.userText().contains(socket), qPrintable(error.userText()));
}

void TestConnectionProbe::cancelledProbeSaysNothing()
{
    REQUIRE_ENGINES();
    ConnectionProbe probe(configFor(Endpoint::unixSocket(TestEngines::dockerSocket())));
    QSignalSpy succeeded(&probe, &ConnectionProbe::succeeded);
    QSignalSpy failed(&probe, &ConnectionProbe::failed);
    probe.start();
    probe.cancel();
    QVERIFY(!probe.isRunning());
    QTest::qWait(1000);
    QCOMPARE(succeeded.count() + failed.count(), 0);
    // It can be tried again.
    probe.start();
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 30000);
}

void TestConnectionProbe::deletedWhileRunning()
{
    REQUIRE_ENGINES();
    int answers = 0;
    {
        auto *probe =
            new ConnectionProbe(configFor(Endpoint::unixSocket(TestEngines::podmanSocket())));
        connect(probe, &ConnectionProbe::succeeded, this, [&answers] { ++answers; });
        connect(probe, &ConnectionProbe::failed, this, [&answers] { ++answers; });
        probe->start();
        delete probe;
    }
    QTest::qWait(1000);
    QCOMPARE(answers, 0);
}

QTEST_GUILESS_MAIN(TestConnectionProbe)
#include "tst_connectionprobe.moc"
