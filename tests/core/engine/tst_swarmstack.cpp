#include "core/engine/swarmstack.h"

#include <QTest>

// Stacks made from the stack label of services, networks, secrets and configs.
class TestSwarmStack : public QObject
{
    Q_OBJECT

private slots:
    void groupedByLabel();
    void countsUnknownWhereAServiceIsUncounted();
};

namespace {

QMap<QString, QString> in(const QString &stack)
{
    return {{SwarmStack::label(), stack}, {QStringLiteral("other"), QStringLiteral("x")}};
}

SwarmService service(const QString &name, const QString &stack, int running, int desired)
{
    SwarmService s;
    s.id = name + QStringLiteral("-id");
    s.name = name;
    s.labels = in(stack);
    s.runningTasks = running;
    s.desiredTasks = desired;
    return s;
}

} // namespace

void TestSwarmStack::groupedByLabel()
{
    NetworkInfo net;
    net.name = QStringLiteral("shop_net");
    net.labels = in(QStringLiteral("shop"));
    NetworkInfo plain;
    plain.name = QStringLiteral("ingress");
    SwarmSecret secret;
    secret.name = QStringLiteral("shop_token");
    secret.labels = in(QStringLiteral("shop"));
    SwarmSecret config;
    config.kind = SwarmSecret::Kind::Config;
    config.name = QStringLiteral("blog_conf");
    config.labels = in(QStringLiteral("blog"));
    SwarmService loose = service(QStringLiteral("loose"), QString(), 1, 1);
    loose.labels.remove(SwarmStack::label());

    const QList<SwarmStack> stacks =
        SwarmStack::group({service(QStringLiteral("shop_web"), QStringLiteral("shop"), 2, 3), loose,
                           service(QStringLiteral("shop_api"), QStringLiteral("shop"), 1, 1)},
                          {plain, net}, {secret}, {config});
    QCOMPARE(stacks.size(), 2);
    // By name; a stack with only a config is a stack too.
    QCOMPARE(stacks.at(0).name, QStringLiteral("blog"));
    QVERIFY(stacks.at(0).services.isEmpty());
    QCOMPARE(stacks.at(0).configs.size(), 1);
    QCOMPARE(stacks.at(0).runningTasks(), 0);
    const SwarmStack &shop = stacks.at(1);
    QCOMPARE(shop.name, QStringLiteral("shop"));
    QCOMPARE(shop.services.size(), 2);
    QCOMPARE(shop.services.at(0).name, QStringLiteral("shop_api")); // sorted
    QCOMPARE(shop.networks.size(), 1);
    QCOMPARE(shop.networks.at(0).name, QStringLiteral("shop_net"));
    QCOMPARE(shop.secrets.size(), 1);
    QVERIFY(shop.configs.isEmpty());
    QCOMPARE(shop.runningTasks(), 3);
    QCOMPARE(shop.desiredTasks(), 4);
}

void TestSwarmStack::countsUnknownWhereAServiceIsUncounted()
{
    const QList<SwarmStack> stacks =
        SwarmStack::group({service(QStringLiteral("a"), QStringLiteral("s"), 1, 1),
                           service(QStringLiteral("b"), QStringLiteral("s"), -1, -1)});
    QCOMPARE(stacks.size(), 1);
    QCOMPARE(stacks.at(0).runningTasks(), -1);
    QCOMPARE(stacks.at(0).desiredTasks(), -1);
}

QTEST_GUILESS_MAIN(TestSwarmStack)
#include "tst_swarmstack.moc"
