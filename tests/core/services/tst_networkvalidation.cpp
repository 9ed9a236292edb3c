#include "core/services/networkvalidation.h"

#include <QTest>

// The checks the create-network and create-container dialogs run as the user types.
class TestNetworkValidation : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void takenNameIsRefused();
    void subnets_data();
    void subnets();
    void gateways_data();
    void gateways();
    void ranges_data();
    void ranges();
    void overlaps_data();
    void overlaps();
    void overlapNamesTheOtherNetwork();
    void addresses_data();
    void addresses();
    void specChecksEveryField();
};

void TestNetworkValidation::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("good");
    QTest::newRow("plain") << "backend" << true;
    QTest::newRow("digits and marks") << "app_1.net-2" << true;
    QTest::newRow("leading digit") << "1net" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("leading dash") << "-net" << false;
    QTest::newRow("leading dot") << ".net" << false;
    QTest::newRow("space") << "my net" << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("hangul") << QString::fromUtf8("네트워크") << false;
}

void TestNetworkValidation::names()
{
    QFETCH(QString, name);
    QFETCH(bool, good);
    const QString problem = NetworkValidation::nameProblem(name);
    QCOMPARE(problem.isEmpty(), good);
}

void TestNetworkValidation::takenNameIsRefused()
{
    NetworkInfo taken;
    taken.name = QStringLiteral("backend");
    const QString problem = NetworkValidation::nameProblem(QStringLiteral("backend"), {taken});
    QVERIFY(problem.contains(QLatin1String("backend")));
    QVERIFY(NetworkValidation::nameProblem(QStringLiteral("backend2"), {taken}).isEmpty());
}

void TestNetworkValidation::subnets_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<bool>("good");
    QTest::addColumn<QString>("mentions"); // a word the problem must name
    QTest::newRow("ipv4 /24") << "10.10.0.0/24" << true << "";
    QTest::newRow("ipv4 /16") << "172.28.0.0/16" << true << "";
    QTest::newRow("ipv4 /30") << "192.168.5.4/30" << true << "";
    QTest::newRow("ipv6 /64") << "fd00:10::/64" << true << "";
    QTest::newRow("ipv6 /48") << "2001:db8:1::/48" << true << "";
    QTest::newRow("spaces around") << " 10.10.0.0/24 " << true << "";
    QTest::newRow("no prefix") << "10.10.0.0" << false << "";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("words") << "subnet" << false << "";
    QTest::newRow("bad octet") << "10.300.0.0/16" << false << "";
    QTest::newRow("prefix too long v4") << "10.10.0.0/33" << false << "";
    QTest::newRow("no room v4") << "10.10.0.0/31" << false << "/30";
    QTest::newRow("no room v6") << "fd00::/127" << false << "/126";
    QTest::newRow("host bits v4") << "10.10.0.5/24" << false << "10.10.0.0/24";
    QTest::newRow("host bits v6") << "fd00:10::1/64" << false << "fd00:10::/64";
}

void TestNetworkValidation::subnets()
{
    QFETCH(QString, cidr);
    QFETCH(bool, good);
    QFETCH(QString, mentions);
    const QString problem = NetworkValidation::subnetProblem(cidr);
    QVERIFY2(problem.isEmpty() == good, qPrintable(problem));
    if (!mentions.isEmpty())
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
}

void TestNetworkValidation::gateways_data()
{
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<bool>("good");
    QTest::newRow("first") << "10.10.0.1"
                           << "10.10.0.0/24" << true;
    QTest::newRow("last usable") << "10.10.0.254"
                                 << "10.10.0.0/24" << true;
    QTest::newRow("ipv6") << "fd00:10::1"
                          << "fd00:10::/64" << true;
    QTest::newRow("outside") << "10.10.1.1"
                             << "10.10.0.0/24" << false;
    QTest::newRow("other family") << "fd00::1"
                                  << "10.10.0.0/24" << false;
    QTest::newRow("network address") << "10.10.0.0"
                                     << "10.10.0.0/24" << false;
    QTest::newRow("broadcast") << "10.10.0.255"
                               << "10.10.0.0/24" << false;
    QTest::newRow("with prefix") << "10.10.0.1/24"
                                 << "10.10.0.0/24" << false;
    QTest::newRow("not an address") << "gateway"
                                    << "10.10.0.0/24" << false;
    QTest::newRow("no subnet") << "10.10.0.1"
                               << "" << false;
}

void TestNetworkValidation::gateways()
{
    QFETCH(QString, gateway);
    QFETCH(QString, subnet);
    QFETCH(bool, good);
    const QString problem = NetworkValidation::gatewayProblem(gateway, subnet);
    QVERIFY2(problem.isEmpty() == good, qPrintable(problem));
}

void TestNetworkValidation::ranges_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<bool>("good");
    QTest::newRow("upper half") << "10.10.0.128/25"
                                << "10.10.0.0/24" << true;
    QTest::newRow("whole subnet") << "10.10.0.0/24"
                                  << "10.10.0.0/24" << true;
    QTest::newRow("ipv6") << "fd00:10::/80"
                          << "fd00:10::/64" << true;
    QTest::newRow("wider than subnet") << "10.10.0.0/23"
                                       << "10.10.0.0/24" << false;
    QTest::newRow("outside") << "10.10.1.0/25"
                             << "10.10.0.0/24" << false;
    QTest::newRow("other family") << "fd00::/64"
                                  << "10.10.0.0/24" << false;
    QTest::newRow("host bits") << "10.10.0.130/25"
                               << "10.10.0.0/24" << false;
    QTest::newRow("no prefix") << "10.10.0.128"
                               << "10.10.0.0/24" << false;
}

void TestNetworkValidation::ranges()
{
    QFETCH(QString, range);
    QFETCH(QString, subnet);
    QFETCH(bool, good);
    const QString problem = NetworkValidation::ipRangeProblem(range, subnet);
    QVERIFY2(problem.isEmpty() == good, qPrintable(problem));
}

void TestNetworkValidation::overlaps_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("overlap");
    QTest::newRow("same") << "10.10.0.0/24"
                          << "10.10.0.0/24" << true;
    QTest::newRow("inside") << "10.10.0.0/16"
                            << "10.10.5.0/24" << true;
    QTest::newRow("inside, other order") << "10.10.5.0/24"
                                         << "10.10.0.0/16" << true;
    QTest::newRow("neighbours") << "10.10.0.0/24"
                                << "10.10.1.0/24" << false;
    QTest::newRow("ipv6 inside") << "fd00::/48"
                                 << "fd00:0:0:1::/64" << true;
    QTest::newRow("ipv6 apart") << "fd00:1::/64"
                                << "fd00:2::/64" << false;
    QTest::newRow("families") << "10.0.0.0/8"
                              << "fd00::/8" << false;
}

void TestNetworkValidation::overlaps()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, overlap);
    QCOMPARE(NetworkValidation::overlaps(a, b), overlap);
}

void TestNetworkValidation::overlapNamesTheOtherNetwork()
{
    NetworkInfo other;
    other.name = QStringLiteral("frontend");
    other.subnets = {
        NetworkSubnet{QStringLiteral("172.20.0.0/16"), QStringLiteral("172.20.0.1"), {}}};
    const QString problem =
        NetworkValidation::overlapProblem(QStringLiteral("172.20.3.0/24"), {other});
    QVERIFY(problem.contains(QLatin1String("frontend")));
    QVERIFY(problem.contains(QLatin1String("172.20.0.0/16")));
    QVERIFY(NetworkValidation::overlapProblem(QStringLiteral("172.21.0.0/24"), {other}).isEmpty());
}

void TestNetworkValidation::addresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<bool>("good");
    QTest::newRow("inside") << "10.10.0.5"
                            << "10.10.0.0/24"
                            << "10.10.0.1" << true;
    QTest::newRow("ipv6 inside") << "fd00:10::5"
                                 << "fd00:10::/64"
                                 << "" << true;
    QTest::newRow("outside") << "10.10.1.5"
                             << "10.10.0.0/24"
                             << "" << false;
    QTest::newRow("gateway") << "10.10.0.1"
                             << "10.10.0.0/24"
                             << "10.10.0.1" << false;
    QTest::newRow("network address") << "10.10.0.0"
                                     << "10.10.0.0/24"
                                     << "" << false;
    QTest::newRow("broadcast") << "10.10.0.255"
                               << "10.10.0.0/24"
                               << "" << false;
    QTest::newRow("prefix") << "10.10.0.5/24"
                            << "10.10.0.0/24"
                            << "" << false;
    QTest::newRow("no subnet") << "10.10.0.5"
                               << ""
                               << "" << false;
}

void TestNetworkValidation::addresses()
{
    QFETCH(QString, address);
    QFETCH(QString, subnet);
    QFETCH(QString, gateway);
    QFETCH(bool, good);
    const QString problem = NetworkValidation::addressProblem(address, subnet, gateway);
    QVERIFY2(problem.isEmpty() == good, qPrintable(problem));
}

void TestNetworkValidation::specChecksEveryField()
{
    NetworkInfo other;
    other.name = QStringLiteral("other");
    other.subnets = {NetworkSubnet{QStringLiteral("10.20.0.0/16"), {}, {}}};
    NetworkSpec spec;
    spec.name = QStringLiteral("fresh");
    spec.subnets = {NetworkSubnet{QStringLiteral("10.30.0.0/24"), QStringLiteral("10.30.0.1"),
                                  QStringLiteral("10.30.0.128/25")}};
    QVERIFY(NetworkValidation::specProblem(spec, {other}).isEmpty());
    NetworkSpec bad = spec;
    bad.name = QStringLiteral("other");
    QVERIFY(!NetworkValidation::specProblem(bad, {other}).isEmpty());
    bad = spec;
    bad.subnets[0].gateway = QStringLiteral("10.31.0.1");
    QVERIFY(!NetworkValidation::specProblem(bad, {other}).isEmpty());
    bad = spec;
    bad.subnets[0].ipRange = QStringLiteral("10.31.0.0/25");
    QVERIFY(!NetworkValidation::specProblem(bad, {other}).isEmpty());
    bad = spec;
    bad.subnets[0].subnet = QStringLiteral("10.20.4.0/24");
    bad.subnets[0].gateway.clear();
    bad.subnets[0].ipRange.clear();
    QVERIFY(NetworkValidation::specProblem(bad, {other}).contains(QLatin1String("other")));
    bad = spec;
    bad.subnets << NetworkSubnet{QStringLiteral("10.30.0.0/25"), {}, {}};
    QVERIFY(!NetworkValidation::specProblem(bad, {other}).isEmpty());
    bad = spec;
    bad.subnets << NetworkSubnet{QStringLiteral("fd00:30::/64"), QStringLiteral("fd00:30::1"), {}};
    QVERIFY(NetworkValidation::specProblem(bad, {other}).isEmpty());
}

QTEST_GUILESS_MAIN(TestNetworkValidation)
#include "tst_networkvalidation.moc"
