#include "ui/dialogs/createcontainerdialog.h"

#include "core/containerd/containerdids.h"
#include "core/services/networkvalidation.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

// The create dialog against real engines: a container made through the dialog has what was
// typed; bad input shows what is wrong and sends nothing; a missing image is pulled; the
// engine's refusals are explained.
class TestCreateContainerDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void badInputShowsWhyAndSendsNothing();
    void createsWhatWasTyped_data();
    void createsWhatWasTyped();
    void commandIsReadAsAShellReadsIt_data();
    void commandIsReadAsAShellReadsIt();
    void pullsAMissingImageWithProgress();
    void nameInUseIsExplained();
    void joinsAPodOnPodman();
    void containerdOffersHostOrNoNetwork();
    void containerdNamespaceIsChosen();
    void joinsANetworkWithAFixedAddress_data();
    void joinsANetworkWithAFixedAddress();

private:
    NodeService *nodeFor(bool podman) const;
    static void type(QWidget *field, const QString &text);
    QString inspect(const QString &socket, const QString &format, const QString &id) const;

    QTemporaryDir m_config;
    std::unique_ptr<NodeManager> m_manager;
    QStringList m_names; // socket|name to remove
};

void TestCreateContainerDialog::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_createcontainerdialog"));
}

void TestCreateContainerDialog::init()
{
    QSettings().clear();
    m_manager = std::make_unique<NodeManager>();
    if (!TestEngines::available())
        return;
    QVERIFY(TestEngines::addDockerAndPodmanNodes(*m_manager, true));
}

void TestCreateContainerDialog::cleanup()
{
    m_manager.reset();
    for (const QString &entry : std::as_const(m_names)) {
        const QStringList parts = entry.split(QLatin1Char('|'));
        TestEngines::docker(parts.at(0), {QStringLiteral("rm"), QStringLiteral("-f"), parts.at(1)});
    }
    m_names.clear();
}

NodeService *TestCreateContainerDialog::nodeFor(bool podman) const
{
    for (NodeService *node : m_manager->nodes()) {
        if ((node->id() != QLatin1String(NodeManager::LocalId)) == podman)
            return node;
    }
    return nullptr;
}

void TestCreateContainerDialog::type(QWidget *field, const QString &text)
{
    if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        edit->clear();
        QTest::keyClicks(edit, text);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(field)) {
        plain->clear();
        plain->setPlainText(text);
    } else if (auto *combo = qobject_cast<QComboBox *>(field)) {
        combo->setEditText(text);
    }
}

QString TestCreateContainerDialog::inspect(const QString &socket, const QString &format,
                                           const QString &id) const
{
    return TestEngines::docker(socket,
                               {QStringLiteral("inspect"), QStringLiteral("-f"), format, id})
        .output.trimmed();
}

void TestCreateContainerDialog::badInputShowsWhyAndSendsNothing()
{
    REQUIRE_ENGINES();
    CreateContainerDialog dialog(m_manager.get(), QString::fromLatin1(NodeManager::LocalId));
    dialog.show();
    const QString name = TestEngines::uniqueName(QStringLiteral("never"));
    QSignalSpy created(&dialog, &CreateContainerDialog::created);
    // No image yet: nothing can be sent.
    type(dialog.field(QStringLiteral("image")), QString());
    QVERIFY(!dialog.createButton()->isEnabled());
    type(dialog.field(QStringLiteral("image")), TestEngines::image());
    type(dialog.field(QStringLiteral("name")), name);
    QVERIFY(dialog.createButton()->isEnabled());

    const struct
    {
        const char *field;
        const char *text;
        const char *says;
    } cases[] = {
        {"ports", "99999:80", "99999"},
        {"ports", "8080:80\n8080:81", "8080/tcp"},
        {"env", "JUST_A_NAME", "KEY=value"},
        {"volumes", "relative/dir:/data", "relative/dir"},
        {"memory", "12q", "12q"},
        {"memory", "1k", "6 MB"},
        {"cpus", "lots", "lots"},
        {"name", "bad name", "letters"},
        {"healthInterval", "10s", "command first"},
        {"workdir", "app", "from /"},
        {"capAdd", "net admin!", "NET"},
        // Command lines are read as a shell reads them: a quote left open says where.
        {"command", "sh -c 'echo hello; sleep 5", "single quote at character 7"},
        {"entrypoint", "\"/bin/sh", "double quote at character 1"},
        {"healthCmd", "test -f '/tmp/ready", "character 9"},
    };
    for (const auto &c : cases) {
        const QString field = QString::fromLatin1(c.field);
        QWidget *widget = dialog.field(field);
        QVERIFY2(widget, c.field);
        type(widget, QString::fromLatin1(c.text));
        auto *problem = dialog.findChild<QLabel *>(field + QStringLiteral("Problem"));
        QVERIFY2(problem && !problem->isHidden(), c.field);
        QVERIFY2(problem->text().contains(QString::fromLatin1(c.says)),
                 qPrintable(problem->text()));
        QVERIFY2(!dialog.createButton()->isEnabled(), c.field);
        // Clicking (or Enter) anyway sends nothing.
        dialog.createButton()->click();
        QTest::keyClick(&dialog, Qt::Key_Return);
        type(widget, field == QLatin1String("name") ? name : QString());
        QVERIFY2(problem->isHidden(), c.field);
        QVERIFY2(dialog.createButton()->isEnabled(), c.field);
    }
    QTest::qWait(500);
    QCOMPARE(created.count(), 0);
    QVERIFY(TestEngines::docker(TestEngines::dockerSocket(), {QStringLiteral("inspect"), name})
                .exitCode != 0);
}

void TestCreateContainerDialog::createsWhatWasTyped_data()
{
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << false;
    QTest::newRow("podman") << true;
}

void TestCreateContainerDialog::createsWhatWasTyped()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    NodeService *node = nodeFor(podman);
    QVERIFY(node);
    const QString socket = podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
    const QString name = TestEngines::uniqueName(QStringLiteral("dialog"));
    m_names << socket + QLatin1Char('|') + name;

    CreateContainerDialog dialog(m_manager.get(), node->id());
    dialog.show();
    QSignalSpy created(&dialog, &CreateContainerDialog::created);
    type(dialog.field(QStringLiteral("image")),
         podman ? TestEngines::podmanImage() : TestEngines::image());
    type(dialog.field(QStringLiteral("name")), name);
    type(dialog.field(QStringLiteral("command")), QStringLiteral("sh -c \"sleep 300\""));
    type(dialog.field(QStringLiteral("env")), QStringLiteral("GREETING=hello world\nEMPTY="));
    type(dialog.field(QStringLiteral("labels")), QStringLiteral("app=shop\ntier=web"));
    type(dialog.field(QStringLiteral("memory")), QStringLiteral("64m"));
    type(dialog.field(QStringLiteral("healthCmd")), QStringLiteral("true"));
    type(dialog.field(QStringLiteral("healthInterval")), QStringLiteral("5s"));
    type(dialog.field(QStringLiteral("workdir")), QStringLiteral("/tmp"));
    auto *restart = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("restart")));
    restart->setCurrentIndex(restart->findData(QStringLiteral("unless-stopped")));
    QVERIFY(dialog.createButton()->isEnabled());
    dialog.createButton()->click();
    QVERIFY(created.wait(30000) || created.count() == 1);
    QCOMPARE(created.first().at(0).toString(), node->id());
    const QString id = created.first().at(1).toString();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 30000);

    QCOMPARE(inspect(socket, QStringLiteral("{{.State.Status}}"), id), QStringLiteral("running"));
    QCOMPARE(inspect(socket, QStringLiteral("{{.Name}}"), id).remove(QLatin1Char('/')), name);
    QCOMPARE(inspect(socket, QStringLiteral("{{json .Config.Cmd}}"), id),
             QStringLiteral("[\"sh\",\"-c\",\"sleep 300\"]"));
    const QString env = inspect(socket, QStringLiteral("{{json .Config.Env}}"), id);
    QVERIFY2(env.contains(QStringLiteral("\"GREETING=hello world\"")), qPrintable(env));
    QVERIFY2(env.contains(QStringLiteral("\"EMPTY=\"")), qPrintable(env));
    QCOMPARE(inspect(socket, QStringLiteral("{{index .Config.Labels \"tier\"}}"), id),
             QStringLiteral("web"));
    QCOMPARE(inspect(socket, QStringLiteral("{{.HostConfig.Memory}}"), id),
             QString::number(64 * 1024 * 1024));
    QCOMPARE(inspect(socket, QStringLiteral("{{.HostConfig.RestartPolicy.Name}}"), id),
             QStringLiteral("unless-stopped"));
    QCOMPARE(inspect(socket, QStringLiteral("{{json .Config.Healthcheck.Test}}"), id),
             QStringLiteral("[\"CMD-SHELL\",\"true\"]"));
    QCOMPARE(inspect(socket, QStringLiteral("{{.Config.WorkingDir}}"), id), QStringLiteral("/tmp"));
    // And the node's snapshot has it.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const ContainerSummary &c : node->containers()) {
                if (c.id == id)
                    return true;
            }
            return false;
        }(),
        30000);
}

void TestCreateContainerDialog::commandIsReadAsAShellReadsIt_data()
{
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << false;
    QTest::newRow("podman") << true;
}

// The command: single quotes keep "echo hello; sleep 5" one argument, so the container
// gets three and prints hello (split at every space, sh would be told to run "'echo").
void TestCreateContainerDialog::commandIsReadAsAShellReadsIt()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    NodeService *node = nodeFor(podman);
    QVERIFY(node);
    const QString socket = podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
    const QString name = TestEngines::uniqueName(QStringLiteral("quoted"));
    m_names << socket + QLatin1Char('|') + name;

    CreateContainerDialog dialog(m_manager.get(), node->id());
    dialog.show();
    QSignalSpy created(&dialog, &CreateContainerDialog::created);
    type(dialog.field(QStringLiteral("image")),
         podman ? TestEngines::podmanImage() : TestEngines::image());
    type(dialog.field(QStringLiteral("name")), name);
    type(dialog.field(QStringLiteral("command")), QStringLiteral("sh -c 'echo hello; sleep 5'"));
    type(dialog.field(QStringLiteral("entrypoint")), QStringLiteral("\"/bin/\"'env'"));
    QVERIFY(dialog.createButton()->isEnabled());
    dialog.createButton()->click();
    QVERIFY(created.wait(30000) || created.count() == 1);
    const QString id = created.first().at(1).toString();
    QCOMPARE(inspect(socket, QStringLiteral("{{json .Config.Cmd}}"), id),
             QStringLiteral("[\"sh\",\"-c\",\"echo hello; sleep 5\"]"));
    QCOMPARE(inspect(socket, QStringLiteral("{{json .Config.Entrypoint}}"), id),
             QStringLiteral("[\"/bin/env\"]"));
    QTRY_VERIFY_WITH_TIMEOUT(TestEngines::docker(socket, {QStringLiteral("logs"), id})
                                 .output.split(QLatin1Char('\n'))
                                 .contains(QStringLiteral("hello")),
                             30000);
}

void TestCreateContainerDialog::pullsAMissingImageWithProgress()
{
    REQUIRE_ENGINES();
    NodeService *node = nodeFor(true);
    const QString socket = TestEngines::podmanSocket();
    const QString image =
        TestEngines::registry() + QStringLiteral("/gontainer-test/busybox:latest");
    TestEngines::podman(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), image});
    const QString name = TestEngines::uniqueName(QStringLiteral("pulled"));
    m_names << socket + QLatin1Char('|') + name;

    CreateContainerDialog dialog(m_manager.get(), node->id());
    dialog.setPullWithoutAsking(true);
    dialog.show();
    QSignalSpy created(&dialog, &CreateContainerDialog::created);
    // What the dialog showed as the pull began: read then, since a pull from the loopback
    // registry can be over before a poll would see it.
    QString pullingStatus;
    bool createEnabledWhilePulling = true;
    connect(&dialog, &CreateContainerDialog::pullStarted, this, [&](const QString &pulled) {
        QCOMPARE(pulled, image);
        pullingStatus = dialog.statusLabel()->text();
        createEnabledWhilePulling = dialog.createButton()->isEnabled();
    });
    type(dialog.field(QStringLiteral("image")), image);
    type(dialog.field(QStringLiteral("name")), name);
    type(dialog.field(QStringLiteral("command")), QStringLiteral("sleep 300"));
    dialog.createButton()->click();
    QVERIFY(created.wait(120000) || created.count() == 1);
    QVERIFY2(pullingStatus.startsWith(QStringLiteral("Pulling")), qPrintable(pullingStatus));
    QVERIFY(!createEnabledWhilePulling);
    QCOMPARE(inspect(socket, QStringLiteral("{{.State.Status}}"), name), QStringLiteral("running"));
    TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), name});
    TestEngines::podman(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), image});
}

void TestCreateContainerDialog::nameInUseIsExplained()
{
    REQUIRE_ENGINES();
    const QString socket = TestEngines::dockerSocket();
    const QString name = TestEngines::uniqueName(QStringLiteral("taken"));
    m_names << socket + QLatin1Char('|') + name;
    QCOMPARE(TestEngines::docker(socket, {QStringLiteral("create"), QStringLiteral("--name"), name,
                                          TestEngines::image(), QStringLiteral("true")})
                 .exitCode,
             0);
    CreateContainerDialog dialog(m_manager.get(), QString::fromLatin1(NodeManager::LocalId));
    dialog.show();
    QSignalSpy created(&dialog, &CreateContainerDialog::created);
    type(dialog.field(QStringLiteral("image")), TestEngines::image());
    type(dialog.field(QStringLiteral("name")), name);
    dialog.createButton()->click();
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("nameProblem"));
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisibleTo(&dialog), 30000);
    QVERIFY(problem->text().contains(QStringLiteral("taken")));
    QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("409")),
             qPrintable(dialog.statusLabel()->text()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(created.count(), 0);
    // What was typed is still there, to fix.
    QCOMPARE(qobject_cast<QLineEdit *>(dialog.field(QStringLiteral("name")))->text(), name);
    QVERIFY(dialog.createButton()->isEnabled());
}

void TestCreateContainerDialog::joinsAPodOnPodman()
{
    REQUIRE_ENGINES();
    NodeService *node = nodeFor(true);
    const QString socket = TestEngines::podmanSocket();
    const QString pod = TestEngines::uniqueName(QStringLiteral("pod"));
    QCOMPARE(TestEngines::podman(socket, {QStringLiteral("pod"), QStringLiteral("create"),
                                          QStringLiteral("--name"), pod})
                 .exitCode,
             0);
    const auto removePod = qScopeGuard([&] {
        TestEngines::podman(
            socket, {QStringLiteral("pod"), QStringLiteral("rm"), QStringLiteral("-f"), pod});
    });
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const PodInfo &p : node->pods()) {
                if (p.name == pod)
                    return true;
            }
            return false;
        }(),
        30000);
    // Docker has no pods: the field is not offered there.
    {
        CreateContainerDialog docker(m_manager.get(), QString::fromLatin1(NodeManager::LocalId));
        QVERIFY(!docker.field(QStringLiteral("pod"))->isEnabled());
    }
    CreateContainerDialog dialog(m_manager.get(), node->id());
    dialog.show();
    auto *pods = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("pod")));
    QVERIFY(pods->isEnabled());
    const int index = pods->findData(pod);
    QVERIFY(index > 0);
    pods->setCurrentIndex(index);
    const QString name = TestEngines::uniqueName(QStringLiteral("in-pod"));
    type(dialog.field(QStringLiteral("image")), TestEngines::podmanImage());
    type(dialog.field(QStringLiteral("name")), name);
    type(dialog.field(QStringLiteral("command")), QStringLiteral("sleep 300"));
    QSignalSpy created(&dialog, &CreateContainerDialog::created);
    dialog.createButton()->click();
    QVERIFY(created.wait(30000) || created.count() == 1);
    const auto inPod = TestEngines::podman(
        socket, {QStringLiteral("pod"), QStringLiteral("inspect"), QStringLiteral("--format"),
                 QStringLiteral("{{range .Containers}}{{.Name}} {{end}}"), pod});
    QVERIFY2(inPod.output.contains(name), qPrintable(inPod.output));
}

void TestCreateContainerDialog::joinsANetworkWithAFixedAddress_data()
{
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << false;
    QTest::newRow("podman") << true;
}

void TestCreateContainerDialog::joinsANetworkWithAFixedAddress()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    NodeService *node = nodeFor(podman);
    QVERIFY(node);
    const QString socket = podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
    const QString network = TestEngines::uniqueName(QStringLiteral("dialog-net"));
    const QString name = TestEngines::uniqueName(QStringLiteral("dialog-fixed"));
    m_names << socket + QLatin1Char('|') + name;
    // A subnet no network of the node has.
    QString subnet;
    for (int third = 0; subnet.isEmpty(); ++third) {
        const QString candidate = QStringLiteral("10.%1.%2.0/24")
                                      .arg(QRandomGenerator::global()->bounded(100, 250))
                                      .arg(third % 256);
        bool free = true;
        for (const NetworkInfo &n : node->networks()) {
            for (const NetworkSubnet &s : n.subnets)
                free = free && !NetworkValidation::overlaps(s.subnet, candidate);
        }
        if (free)
            subnet = candidate;
    }
    const QString prefix = subnet.left(subnet.size() - 4);
    auto removeNetworks = qScopeGuard([&] {
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), name});
        TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("rm"), network});
    });
    QCOMPARE(TestEngines::docker(socket, {QStringLiteral("network"), QStringLiteral("create"),
                                          QStringLiteral("--subnet"), subnet, network})
                 .exitCode,
             0);
    // Podman announces no network it creates: the node is asked to look.
    node->relistNetworks();
    CreateContainerDialog dialog(m_manager.get(), node->id());
    dialog.show();
    auto *choice = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("network")));
    auto *address = qobject_cast<QLineEdit *>(dialog.field(QStringLiteral("ipAddress")));
    QVERIFY(choice && address);
    // The node's networks come as the node lists them; the engine's default leads.
    QTRY_VERIFY_WITH_TIMEOUT(choice->findData(network) >= 0, 30000);
    QCOMPARE(choice->currentData().toString(), QString());
    QVERIFY(!address->isEnabled());

    type(dialog.field(QStringLiteral("image")),
         podman ? TestEngines::podmanImage() : TestEngines::image());
    type(dialog.field(QStringLiteral("name")), name);
    type(dialog.field(QStringLiteral("command")), QStringLiteral("sleep 300"));
    choice->setCurrentIndex(choice->findData(network));
    QVERIFY(address->isEnabled());
    QVERIFY(address->placeholderText().contains(subnet));
    // Outside the subnet, or its own address: named under the field, nothing sent.
    type(address, QStringLiteral("192.168.77.5"));
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("ipAddressProblem"))->text().isEmpty());
    type(address, prefix + QStringLiteral("0"));
    QVERIFY(!dialog.createButton()->isEnabled());
    type(address, prefix + QStringLiteral("77"));
    QVERIFY(dialog.createButton()->isEnabled());
    QSignalSpy created(&dialog, &CreateContainerDialog::created);
    dialog.createButton()->click();
    QVERIFY(created.wait(30000) || created.count() == 1);
    const QString id = created.first().at(1).toString();
    QCOMPARE(inspect(socket, QStringLiteral("{{.State.Status}}"), id), QStringLiteral("running"));
    const QString networks =
        inspect(socket, QStringLiteral("{{json .NetworkSettings.Networks}}"), id);
    QVERIFY2(networks.contains(network), qPrintable(networks));
    QCOMPARE(inspect(socket,
                     QStringLiteral("{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}"),
                     id),
             prefix + QStringLiteral("77"));
}

// On a containerd node (no networks, no published ports) the network is the host's or none,
// said in the choices; ports are off and not sent; the restart policy only where the engine
// restarts containers. A Docker node has them all.
void TestCreateContainerDialog::containerdOffersHostOrNoNetwork()
{
    REQUIRE_CONTAINERD();
    NodeConfig config;
    config.name = QStringLiteral("ctrd");
    config.url = TestEngines::containerdEndpointUrl();
    QCOMPARE(m_manager->addNode(config), QString());
    NodeService *node = m_manager->nodes().last();
    QTRY_COMPARE_WITH_TIMEOUT(node->state(), NodeService::State::Online, 30000);
    const EngineCapabilities caps = node->engineInfo().capabilities;
    QVERIFY(!caps.networks && !caps.portPublishing);

    CreateContainerDialog dialog(m_manager.get(), node->id());
    dialog.show();
    auto *network = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("network")));
    QVERIFY(network);
    QCOMPARE(network->count(), 2);
    QCOMPARE(network->itemData(0).toString(), QStringLiteral("host"));
    QCOMPARE(network->itemData(1).toString(), QStringLiteral("none"));
    QVERIFY2(network->toolTip().contains(QStringLiteral("no networks")),
             qPrintable(network->toolTip()));
    QVERIFY(!dialog.field(QStringLiteral("ports"))->isEnabled());
    QVERIFY(!dialog.field(QStringLiteral("ports"))->toolTip().isEmpty());
    QVERIFY(!dialog.field(QStringLiteral("ipAddress"))->isEnabled());
    QCOMPARE(dialog.field(QStringLiteral("restart"))->isEnabled(), caps.restartPolicy);
    type(dialog.field(QStringLiteral("image")), TestEngines::containerdImage());
    type(dialog.field(QStringLiteral("ports")), QStringLiteral("8080:80"));
    // No health checks on containerd: the section is gone, and nothing of it is sent.
    QVERIFY(!caps.healthchecks);
    QVERIFY(!dialog.field(QStringLiteral("healthCmd"))->isEnabled());
    QVERIFY(!dialog.field(QStringLiteral("healthCmd"))->isVisibleTo(&dialog));
    type(dialog.field(QStringLiteral("healthCmd")), QStringLiteral("true"));
    type(dialog.field(QStringLiteral("healthInterval")), QStringLiteral("5s"));
    network->setCurrentIndex(1);
    const auto spec = dialog.spec();
    QVERIFY(spec);
    QCOMPARE(spec->network, QStringLiteral("none"));
    QVERIFY(spec->ports.isEmpty());
    QVERIFY(spec->healthcheck.test.isEmpty());
    QCOMPARE(spec->healthcheck.intervalMs, 0);
    // Its title goes too, not only the fields: nothing to open.
    QWidget *healthSection = dialog.findChild<QWidget *>(QStringLiteral("healthSection"));
    QVERIFY(healthSection);
    auto *healthToggle = healthSection->findChild<QToolButton *>();
    QVERIFY(healthToggle);
    QVERIFY(!healthSection->isVisibleTo(&dialog));
    QVERIFY(!healthToggle->isVisibleTo(&dialog));

    // Another node in the same dialog: the section is back as the user left it, its arrow
    // saying whether it is open.
    auto *nodeChoice = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("node")));
    QVERIFY(nodeChoice);
    const int dockerIndex = nodeChoice->findData(QString::fromLatin1(NodeManager::LocalId));
    const int ctrdIndex = nodeChoice->findData(node->id());
    QVERIFY(dockerIndex >= 0 && ctrdIndex >= 0);
    QWidget *healthCmd = dialog.field(QStringLiteral("healthCmd"));
    const auto showsSection = [&](bool open) {
        return healthToggle->isVisibleTo(&dialog) && healthToggle->isChecked() == open &&
               healthToggle->arrowType() == (open ? Qt::DownArrow : Qt::RightArrow) &&
               healthCmd->isVisibleTo(&dialog) == open && healthCmd->isEnabled();
    };
    nodeChoice->setCurrentIndex(dockerIndex);
    QVERIFY(showsSection(false));
    healthToggle->click();
    QVERIFY(showsSection(true));
    nodeChoice->setCurrentIndex(ctrdIndex);
    QVERIFY(!healthToggle->isVisibleTo(&dialog));
    QVERIFY(!healthCmd->isEnabled());
    nodeChoice->setCurrentIndex(dockerIndex);
    QVERIFY(showsSection(true));
    healthToggle->click();
    nodeChoice->setCurrentIndex(ctrdIndex);
    nodeChoice->setCurrentIndex(dockerIndex);
    QVERIFY(showsSection(false));

    CreateContainerDialog docker(m_manager.get(), QString::fromLatin1(NodeManager::LocalId));
    auto *dockerNetwork = qobject_cast<QComboBox *>(docker.field(QStringLiteral("network")));
    QCOMPARE(dockerNetwork->itemData(0).toString(), QString());
    QVERIFY(docker.field(QStringLiteral("ports"))->isEnabled());
    QVERIFY(docker.field(QStringLiteral("restart"))->isEnabled());
    QVERIFY(docker.field(QStringLiteral("healthCmd"))->isEnabled());
}

// A containerd node that shows every namespace offers the namespace to create in, with the
// images of that namespace; it follows the image typed until the user picks one, and the spec
// (and the container made) carries it. A node fixed to a namespace, and Docker, have no choice.
void TestCreateContainerDialog::containerdNamespaceIsChosen()
{
    REQUIRE_CONTAINERD();
    const QString testNs = TestEngines::containerdNamespace();
    const QString image = TestEngines::containerdImage();
    NodeConfig config;
    config.name = QStringLiteral("ctrd-all");
    config.url = QStringLiteral("containerd://") + TestEngines::containerdSocket();
    QCOMPARE(m_manager->addNode(config), QString());
    NodeService *node = m_manager->nodes().last();
    QTRY_COMPARE_WITH_TIMEOUT(node->state(), NodeService::State::Online, 30000);
    QVERIFY(node->engineInfo().capabilities.namespaces);
    const auto hasTestImage = [node, testNs, image] {
        for (const ImageSummary &i : node->images()) {
            if (i.namespaceName == testNs && i.repoTags.contains(image))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasTestImage(), 30000);
    // The image names of a namespace, as the dialog should offer them.
    const auto tagsIn = [node](const QString &ns) {
        QStringList tags;
        for (const ImageSummary &i : node->images()) {
            if (i.namespaceName == ns)
                tags << i.repoTags;
        }
        tags.removeAll(QStringLiteral("<none>:<none>"));
        tags.removeDuplicates();
        tags.sort(Qt::CaseInsensitive);
        return tags;
    };
    const auto offered = [](QComboBox *combo) {
        QStringList items;
        for (int i = 0; i < combo->count(); ++i)
            items << combo->itemText(i);
        return items;
    };

    CreateContainerDialog dialog(m_manager.get(), node->id());
    dialog.show();
    auto *ns = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("namespace")));
    auto *images = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("image")));
    QVERIFY(ns && images);
    QVERIFY(ns->isVisibleTo(&dialog));
    QTRY_VERIFY_WITH_TIMEOUT(ns->findData(testNs) >= 0, 30000);
    QVERIFY(ns->findData(QStringLiteral("default")) >= 0);
    // No image yet: containerd's default namespace, and only its images.
    QCOMPARE(ns->currentData().toString(), QStringLiteral("default"));
    QCOMPARE(offered(images), tagsIn(QStringLiteral("default")));

    // An image of the test namespace (by its id, which no other namespace has) takes the
    // choice there; a name that namespace has keeps it.
    QString testImageId;
    for (const ImageSummary &i : node->images()) {
        if (i.namespaceName == testNs && i.repoTags.contains(image))
            testImageId = i.id;
    }
    QVERIFY(testImageId.startsWith(testNs + QLatin1Char('/')));
    dialog.setImage(testImageId);
    QCOMPARE(ns->currentData().toString(), testNs);
    QCOMPARE(offered(images), tagsIn(testNs));
    QVERIFY(offered(images).contains(image));
    type(images, image);
    QCOMPARE(ns->currentData().toString(), testNs);
    QCOMPARE(images->currentText(), image);
    auto spec = dialog.spec();
    QVERIFY(spec);
    QCOMPARE(spec->containerdNamespace, testNs);

    // What the user picks stays, whatever is typed after.
    const int defaultIndex = ns->findData(QStringLiteral("default"));
    ns->setCurrentIndex(defaultIndex);
    emit ns->activated(defaultIndex);
    QCOMPARE(offered(images), tagsIn(QStringLiteral("default")));
    type(images, QString());
    type(images, image);
    QCOMPARE(ns->currentData().toString(), QStringLiteral("default"));
    spec = dialog.spec();
    QVERIFY(spec);
    QCOMPARE(spec->containerdNamespace, QStringLiteral("default"));

    // Picked back: the container is made in that namespace.
    const int testIndex = ns->findData(testNs);
    ns->setCurrentIndex(testIndex);
    emit ns->activated(testIndex);
    const QString name = TestEngines::uniqueName(QStringLiteral("dialog-ns"));
    type(dialog.field(QStringLiteral("name")), name);
    type(dialog.field(QStringLiteral("command")), QStringLiteral("true"));
    qobject_cast<QCheckBox *>(dialog.field(QStringLiteral("start")))->setChecked(false);
    QSignalSpy created(&dialog, &CreateContainerDialog::created);
    QTRY_VERIFY(dialog.createButton()->isEnabled());
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 60000);
    const ContainerdIds::Parts parts = ContainerdIds::split(created.first().at(1).toString());
    auto removeIt = qScopeGuard([&] {
        TestEngines::ctrAt(TestEngines::containerdSocket(), parts.ns,
                           {QStringLiteral("containers"), QStringLiteral("delete"), parts.id});
    });
    QCOMPARE(parts.ns, testNs);
    QVERIFY(TestEngines::ctrAt(TestEngines::containerdSocket(), testNs,
                               {QStringLiteral("containers"), QStringLiteral("info"), parts.id})
                .exitCode == 0);

    // A node fixed to a namespace (its address names it) creates there: no choice.
    NodeConfig fixed;
    fixed.name = QStringLiteral("ctrd-fixed");
    fixed.url = TestEngines::containerdEndpointUrl();
    QCOMPARE(m_manager->addNode(fixed), QString());
    NodeService *fixedNode = m_manager->nodes().last();
    QTRY_COMPARE_WITH_TIMEOUT(fixedNode->state(), NodeService::State::Online, 30000);
    CreateContainerDialog fixedDialog(m_manager.get(), fixedNode->id());
    fixedDialog.show();
    QVERIFY(!fixedDialog.field(QStringLiteral("namespace"))->isVisibleTo(&fixedDialog));
    type(fixedDialog.field(QStringLiteral("image")), image);
    const auto fixedSpec = fixedDialog.spec();
    QVERIFY(fixedSpec);
    QVERIFY(fixedSpec->containerdNamespace.isEmpty());

    // Docker has no namespaces to choose.
    CreateContainerDialog docker(m_manager.get(), QString::fromLatin1(NodeManager::LocalId));
    docker.show();
    QVERIFY(!docker.field(QStringLiteral("namespace"))->isVisibleTo(&docker));
    type(docker.field(QStringLiteral("image")), TestEngines::image());
    const auto dockerSpec = docker.spec();
    QVERIFY(dockerSpec);
    QVERIFY(dockerSpec->containerdNamespace.isEmpty());
}

QTEST_MAIN(TestCreateContainerDialog)
#include "tst_createcontainerdialog.moc"
