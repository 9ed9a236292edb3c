#include "ui/dialogs/pullimagedialog.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"
#include "ui/dialogs/registrylogindialog.h"
#include "ui/widgets/layerprogressview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// The pull dialog against the harness's engines and registries: a pull shows its layers and
// ends with the image on the nodes; cancel stops it and nothing more is reported; a registry
// that wants a login is answered through the login dialog, for a push and a pull.
class TestPullImageDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pullsWithLayerProgress_data();
    void pullsWithLayerProgress();
    void pullsOntoTwoNodesAtOnce();
    void badNameIsNotSent();
    void cancelStopsIt();
    void shortNameOffersQualifiedNames();
    void pushAndPullAskForALogin_data();
    void pushAndPullAskForALogin();
    void nodesThatCannotPullAreOff();

private:
    NodeService *nodeFor(bool podman) const;
    static QString socketFor(bool podman);
    static void removeImage(bool podman, const QString &image);
    static bool hasImage(bool podman, const QString &image);
    // An image of its own in the run's registry: the test image with a layer of `bytes` random
    // bytes, which no engine has yet.
    static QString pushedImage(int bytes);

    QTemporaryDir m_config;
    std::unique_ptr<NodeManager> m_manager;
    QStringList m_images; // "podman|image" or "docker|image" to remove
};

void TestPullImageDialog::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_pullimagedialog"));
}

void TestPullImageDialog::init()
{
    QSettings().clear();
    m_manager = std::make_unique<NodeManager>();
    if (!TestEngines::available())
        return;
    m_manager->setLocalNode(Endpoint::unixSocket(TestEngines::dockerSocket()),
                            QStringLiteral("test"));
    NodeConfig podman;
    podman.name = QStringLiteral("podman");
    podman.url = QStringLiteral("unix://") + TestEngines::podmanSocket();
    QCOMPARE(m_manager->addNode(podman), QString());
    QVERIFY(QTest::qWaitFor(
        [this] {
            for (NodeService *node : m_manager->nodes()) {
                if (node->state() != NodeService::State::Online)
                    return false;
            }
            return true;
        },
        30000));
}

void TestPullImageDialog::cleanup()
{
    m_manager.reset();
    for (const QString &entry : std::as_const(m_images)) {
        const QStringList parts = entry.split(QLatin1Char('|'));
        removeImage(parts.at(0) == QLatin1String("podman"), parts.at(1));
    }
    m_images.clear();
}

NodeService *TestPullImageDialog::nodeFor(bool podman) const
{
    for (NodeService *node : m_manager->nodes()) {
        if ((node->id() != QLatin1String(NodeManager::LocalId)) == podman)
            return node;
    }
    return nullptr;
}

QString TestPullImageDialog::socketFor(bool podman)
{
    return podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
}

void TestPullImageDialog::removeImage(bool podman, const QString &image)
{
    TestEngines::docker(socketFor(podman), {QStringLiteral("rmi"), QStringLiteral("-f"), image});
}

bool TestPullImageDialog::hasImage(bool podman, const QString &image)
{
    return TestEngines::docker(socketFor(podman),
                               {QStringLiteral("image"), QStringLiteral("inspect"), image})
               .exitCode == 0;
}

QString TestPullImageDialog::pushedImage(int bytes)
{
    const QString socket = TestEngines::dockerSocket();
    const QString reference = TestEngines::registry() + QLatin1Char('/') +
                              TestEngines::uniqueName(QStringLiteral("gontainer-test/layers")) +
                              QStringLiteral(":1");
    if (TestEngines::makeImage(socket, false, reference, bytes).exitCode != 0)
        return {};
    const auto pushed = TestEngines::docker(socket, {QStringLiteral("push"), reference}, 120000);
    TestEngines::docker(socket, {QStringLiteral("rmi"), QStringLiteral("-f"), reference});
    if (pushed.exitCode != 0) {
        qWarning("push failed: %s", qPrintable(pushed.output));
        return {};
    }
    return reference;
}

void TestPullImageDialog::pullsWithLayerProgress_data()
{
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << false;
    QTest::newRow("podman") << true;
}

void TestPullImageDialog::pullsWithLayerProgress()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    NodeService *node = nodeFor(podman);
    QVERIFY(node);
    const int bytes = 2000000;
    const QString image = pushedImage(bytes);
    QVERIFY(!image.isEmpty());
    QVERIFY(!hasImage(podman, image));
    m_images << (podman ? QStringLiteral("podman|") : QStringLiteral("docker|")) + image;

    PullImageDialog dialog(m_manager.get(), PullImageDialog::Mode::Pull);
    dialog.show();
    dialog.setNodes({node->id()});
    // Nothing typed: nothing to send.
    QVERIFY(!dialog.startButton()->isEnabled());
    QTest::keyClicks(dialog.referenceField(), image);
    QVERIFY(dialog.startButton()->isEnabled());
    QSignalSpy finished(&dialog, &PullImageDialog::allFinished);
    QSignalSpy transferred(&dialog, &PullImageDialog::transferred);
    // Rows appear as the engine reports layers; count them as they come.
    int rowsSeen = 0;
    connect(dialog.progressView()->layers()->model(), &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &, int first, int last) { rowsSeen += last - first + 1; });
    dialog.startButton()->click();
    QVERIFY(dialog.isRunning());
    QVERIFY(dialog.statusLabel()->text().startsWith(QStringLiteral("Pulling")));
    QVERIFY(dialog.cancelButton()->isVisible());
    QVERIFY(finished.wait(120000) || finished.count() == 1);
    QCOMPARE(finished.first().at(0).toInt(), 0);
    QCOMPARE(transferred.count(), 1);
    QCOMPARE(transferred.first().at(0).toString(), node->id());
    QVERIFY2(dialog.statusLabel()->text().startsWith(QStringLiteral("Pulled")),
             qPrintable(dialog.statusLabel()->text()));
    QVERIFY(rowsSeen > 0);
    QTreeWidget *layers = dialog.progressView()->layers();
    QCOMPARE(layers->topLevelItemCount(), rowsSeen);
    for (int i = 0; i < layers->topLevelItemCount(); ++i) {
        QVERIFY(!layers->topLevelItem(i)->text(LayerProgressView::LayerColumn).isEmpty());
        QVERIFY(!layers->topLevelItem(i)->text(LayerProgressView::StatusColumn).isEmpty());
    }
    // The bytes overall, all of them done: Docker tells them (Podman's compatible pull does
    // not, and its bar only shows that it is busy).
    if (!podman) {
        QVERIFY(dialog.progressView()->totalBytes() >= bytes);
        QCOMPARE(dialog.progressView()->doneBytes(), dialog.progressView()->totalBytes());
    }
    // Over: the bar is full, not busy.
    QVERIFY(dialog.progressView()->bar()->maximum() > 0);
    QCOMPARE(dialog.progressView()->bar()->value(), dialog.progressView()->bar()->maximum());
    // One node: no node column.
    QVERIFY(layers->isColumnHidden(LayerProgressView::NodeColumn));
    QVERIFY(!dialog.isRunning());
    QVERIFY(dialog.startButton()->isEnabled());
    QVERIFY(hasImage(podman, image));
}

void TestPullImageDialog::pullsOntoTwoNodesAtOnce()
{
    REQUIRE_ENGINES();
    const QString image =
        TestEngines::registry() + QStringLiteral("/gontainer-test/busybox:latest");
    for (bool podman : {false, true}) {
        removeImage(podman, image);
        m_images << (podman ? QStringLiteral("podman|") : QStringLiteral("docker|")) + image;
    }
    PullImageDialog dialog(m_manager.get(), PullImageDialog::Mode::Pull);
    dialog.show();
    dialog.setNodes({nodeFor(false)->id(), nodeFor(true)->id()});
    QCOMPARE(dialog.checkedNodes().size(), 2);
    dialog.setReference(image);
    QSignalSpy finished(&dialog, &PullImageDialog::allFinished);
    QSignalSpy transferred(&dialog, &PullImageDialog::transferred);
    dialog.start();
    QVERIFY(finished.wait(120000) || finished.count() == 1);
    QCOMPARE(finished.first().at(0).toInt(), 0);
    QCOMPARE(transferred.count(), 2);
    QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("2 node")),
             qPrintable(dialog.statusLabel()->text()));
    QTreeWidget *layers = dialog.progressView()->layers();
    QVERIFY(!layers->isColumnHidden(LayerProgressView::NodeColumn));
    QSet<QString> nodes;
    for (int i = 0; i < layers->topLevelItemCount(); ++i)
        nodes << layers->topLevelItem(i)->text(LayerProgressView::NodeColumn);
    QCOMPARE(nodes, (QSet<QString>{nodeFor(false)->name(), nodeFor(true)->name()}));
    QVERIFY(hasImage(false, image));
    QVERIFY(hasImage(true, image));
}

void TestPullImageDialog::badNameIsNotSent()
{
    REQUIRE_ENGINES();
    PullImageDialog dialog(m_manager.get(), PullImageDialog::Mode::Pull);
    dialog.show();
    dialog.setNodes({nodeFor(false)->id()});
    QTest::keyClicks(dialog.referenceField(), QStringLiteral("not an image"));
    QVERIFY(!dialog.startButton()->isEnabled());
    QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("not an image name")));
    dialog.start();
    QVERIFY(!dialog.isRunning());
    dialog.referenceField()->clear();
    QTest::keyClicks(dialog.referenceField(), TestEngines::image());
    QVERIFY(dialog.startButton()->isEnabled());
    // No node checked: nothing to send either.
    dialog.setNodes({});
    QVERIFY(!dialog.startButton()->isEnabled());
    QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("node")));
}

void TestPullImageDialog::cancelStopsIt()
{
    REQUIRE_ENGINES();
    NodeService *node = nodeFor(false);
    const QString image =
        TestEngines::registry() + QStringLiteral("/gontainer-test/busybox:latest");
    removeImage(false, image);
    m_images << QStringLiteral("docker|") + image;
    PullImageDialog dialog(m_manager.get(), PullImageDialog::Mode::Pull);
    dialog.show();
    dialog.setNodes({node->id()});
    dialog.setReference(image);
    QSignalSpy finished(&dialog, &PullImageDialog::allFinished);
    QSignalSpy transferred(&dialog, &PullImageDialog::transferred);
    dialog.start();
    QVERIFY(dialog.isRunning());
    dialog.cancelButton()->click();
    QVERIFY(!dialog.isRunning());
    QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("Pull cancelled."));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.cancelButton()->isVisible());
    QVERIFY(dialog.startButton()->isEnabled());
    const int rowsAfterCancel = dialog.progressView()->layers()->topLevelItemCount();
    // A second pull runs to its end: the cancelled one reported nothing meanwhile.
    dialog.start();
    QVERIFY(finished.wait(120000) || finished.count() == 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(transferred.count(), 1);
    QVERIFY(dialog.progressView()->layers()->topLevelItemCount() >= rowsAfterCancel);
    QVERIFY(hasImage(false, image));
}

void TestPullImageDialog::shortNameOffersQualifiedNames()
{
    REQUIRE_ENGINES();
    const QString open = TestEngines::registry();
    const QString locked = TestEngines::authRegistry();
    QVERIFY(!locked.isEmpty());
    // A Podman service of its own that searches both of the harness's registries for short
    // names.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString conf = dir.filePath(QStringLiteral("registries.conf"));
    {
        QFile file(conf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("unqualified-search-registries = [\"%1\", \"%2\"]\n"
                                  "short-name-mode = \"permissive\"\n\n"
                                  "[[registry]]\nlocation = \"%1\"\ninsecure = true\n\n"
                                  "[[registry]]\nlocation = \"%2\"\ninsecure = true\n")
                       .arg(locked, open)
                       .toUtf8());
    }
    const QByteArray previous = qgetenv("CONTAINERS_REGISTRIES_CONF");
    qputenv("CONTAINERS_REGISTRIES_CONF", conf.toLocal8Bit());
    const QString socket = dir.filePath(QStringLiteral("podman.sock"));
    std::unique_ptr<QProcess> service(TestEngines::startPodmanService(socket));
    qputenv("CONTAINERS_REGISTRIES_CONF", previous);
    QVERIFY(service);
    auto stopService = qScopeGuard([&] {
        m_manager.reset();
        service->terminate();
        if (!service->waitForFinished(10000)) {
            service->kill();
            service->waitForFinished(5000);
        }
    });
    NodeConfig config;
    config.name = QStringLiteral("searching");
    config.url = QStringLiteral("unix://") + socket;
    QCOMPARE(m_manager->addNode(config), QString());
    NodeService *node = m_manager->node(QStringLiteral("searching"));
    QVERIFY(node);
    QTRY_COMPARE_WITH_TIMEOUT(node->details().searchRegistries, (QStringList{locked, open}), 30000);

    PullImageDialog dialog(m_manager.get(), PullImageDialog::Mode::Pull);
    dialog.show();
    dialog.setNodes({node->id()});
    const QString absent =
        TestEngines::uniqueName(QStringLiteral("absent")) + QStringLiteral(":nope");
    dialog.setReference(absent);
    QSignalSpy finished(&dialog, &PullImageDialog::allFinished);
    dialog.start();
    QVERIFY(finished.wait(120000) || finished.count() == 1);
    QCOMPARE(finished.first().at(0).toInt(), 1);
    // The registries tried, and the full names to choose from.
    auto *tried = dialog.findChild<QLabel *>(QStringLiteral("triedRegistries"));
    QVERIFY(tried && tried->isVisible());
    QVERIFY2(tried->text().contains(locked) && tried->text().contains(open),
             qPrintable(tried->text()));
    QVERIFY(dialog.candidateList()->isVisible());
    QStringList offered;
    for (int i = 0; i < dialog.candidateList()->count(); ++i)
        offered << dialog.candidateList()->item(i)->text();
    QCOMPARE(offered,
             (QStringList{locked + QLatin1Char('/') + absent, open + QLatin1Char('/') + absent}));
    // Choosing one pulls it under that name.
    dialog.candidateList()->setCurrentRow(1);
    QVERIFY(dialog.useCandidateButton()->isEnabled());
    dialog.useCandidateButton()->click();
    QCOMPARE(dialog.reference(), open + QLatin1Char('/') + absent);
    QVERIFY(dialog.isRunning());
    QVERIFY(!dialog.candidateList()->isVisible());
    QVERIFY(finished.wait(120000) || finished.count() == 2);
    // Not there either: said plainly, nothing more to try.
    QCOMPARE(finished.at(1).at(0).toInt(), 1);
    QVERIFY2(dialog.statusLabel()->text().contains(open + QLatin1Char('/') + absent),
             qPrintable(dialog.statusLabel()->text()));
    QVERIFY(!tried->isVisible());
    QVERIFY(!dialog.candidateList()->isVisible());
}

void TestPullImageDialog::pushAndPullAskForALogin_data()
{
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << false;
    QTest::newRow("podman") << true;
}

void TestPullImageDialog::pushAndPullAskForALogin()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    const QString registry = qEnvironmentVariable("GONTAINER_TEST_AUTH_REGISTRY");
    const QString user = qEnvironmentVariable("GONTAINER_TEST_AUTH_USER");
    const QString password = qEnvironmentVariable("GONTAINER_TEST_AUTH_PASSWORD");
    if (registry.isEmpty())
        QSKIP("the harness has no registry with a login (GONTAINER_TEST_AUTH_REGISTRY)");
    NodeService *node = nodeFor(podman);
    const QString image = registry + QStringLiteral("/gontainer-test/") +
                          TestEngines::uniqueName(QStringLiteral("login")) + QStringLiteral(":1");
    const QString source = podman ? TestEngines::podmanImage() : TestEngines::image();
    QCOMPARE(
        TestEngines::docker(socketFor(podman), {QStringLiteral("tag"), source, image}).exitCode, 0);
    m_images << (podman ? QStringLiteral("podman|") : QStringLiteral("docker|")) + image;

    // Push: no login saved, so the registry refuses and the dialog offers one.
    PullImageDialog push(m_manager.get(), PullImageDialog::Mode::Push);
    push.show();
    push.setNodes({node->id()});
    push.setReference(image);
    QCOMPARE(push.checkedNodes(), QStringList{node->id()});
    QSignalSpy pushFinished(&push, &PullImageDialog::allFinished);
    QSignalSpy pushed(&push, &PullImageDialog::transferred);
    push.start();
    QVERIFY(pushFinished.wait(120000) || pushFinished.count() == 1);
    QCOMPARE(pushFinished.first().at(0).toInt(), 1);
    QVERIFY2(push.loginButton()->isVisible(), qPrintable(push.statusLabel()->text()));
    push.loginButton()->click();
    RegistryLoginDialog *login = push.loginDialog();
    QVERIFY(login);
    QCOMPARE(login->serverField()->text(), registry);
    QVERIFY(login->saveBox()->isVisible());
    // Used this once, not saved: no keychain needed here.
    login->saveBox()->setChecked(false);
    QTest::keyClicks(login->userField(), user);
    QTest::keyClicks(login->passwordField(), password);
    // Podman's login check asks by HTTPS whatever registries.conf says (except for localhost):
    // the harness's plain-HTTP registry is checked through Docker, as a user would choose.
    const int index = login->nodeField()->findData(nodeFor(false)->id());
    QVERIFY(index >= 0);
    login->nodeField()->setCurrentIndex(index);
    login->loginButton()->click();
    QVERIFY(pushFinished.wait(120000) || pushFinished.count() == 2);
    QCOMPARE(pushFinished.at(1).at(0).toInt(), 0);
    QCOMPARE(pushed.count(), 1);
    QVERIFY2(push.statusLabel()->text().startsWith(QStringLiteral("Pushed")),
             qPrintable(push.statusLabel()->text()));
    // Podman's compatible push names no layers in its progress: rows only from Docker.
    if (!podman)
        QVERIFY(push.progressView()->layers()->topLevelItemCount() > 0);

    // Pull it back after removing it: the registry wants the login again.
    removeImage(podman, image);
    QVERIFY(!hasImage(podman, image));
    PullImageDialog pull(m_manager.get(), PullImageDialog::Mode::Pull);
    pull.show();
    pull.setNodes({node->id()});
    pull.setReference(image);
    QSignalSpy pullFinished(&pull, &PullImageDialog::allFinished);
    pull.start();
    QVERIFY(pullFinished.wait(120000) || pullFinished.count() == 1);
    QCOMPARE(pullFinished.first().at(0).toInt(), 1);
    QVERIFY2(pull.loginButton()->isVisible(), qPrintable(pull.statusLabel()->text()));
    pull.loginButton()->click();
    login = pull.loginDialog();
    QVERIFY(login);
    login->saveBox()->setChecked(false);
    QTest::keyClicks(login->userField(), user);
    QTest::keyClicks(login->passwordField(), password);
    login->nodeField()->setCurrentIndex(login->nodeField()->findData(nodeFor(false)->id()));
    login->loginButton()->click();
    QVERIFY(pullFinished.wait(120000) || pullFinished.count() == 2);
    QCOMPARE(pullFinished.at(1).at(0).toInt(), 0);
    QVERIFY(hasImage(podman, image));
}

// A containerd node that cannot pull is listed, off, with the engine's own reason; asking for it
// checks nothing.
void TestPullImageDialog::nodesThatCannotPullAreOff()
{
    REQUIRE_CONTAINERD();
    NodeConfig config;
    config.name = QStringLiteral("ctrd");
    config.url = TestEngines::containerdEndpointUrl();
    QCOMPARE(m_manager->addNode(config), QString());
    NodeService *node = m_manager->nodes().last();
    QTRY_COMPARE_WITH_TIMEOUT(node->engineInfo().kind, EngineInfo::Kind::Containerd, 30000);
    const EngineCapabilities caps = node->engineInfo().capabilities;
    PullImageDialog dialog(m_manager.get(), PullImageDialog::Mode::Pull);
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < dialog.nodeList()->count(); ++i) {
        if (dialog.nodeList()->item(i)->data(Qt::UserRole).toString() == node->id())
            item = dialog.nodeList()->item(i);
    }
    QVERIFY(item);
    QCOMPARE(item->flags().testFlag(Qt::ItemIsEnabled), caps.imagePull);
    dialog.setNodes({node->id()});
    QCOMPARE(dialog.checkedNodes().contains(node->id()), caps.imagePull);
    if (!caps.imagePull)
        QCOMPARE(item->toolTip(), caps.imagePullMissingText);
    // Docker's is there to check.
    dialog.setNodes({QString::fromLatin1(NodeManager::LocalId)});
    QCOMPARE(dialog.checkedNodes(), QStringList{QString::fromLatin1(NodeManager::LocalId)});
}

QTEST_MAIN(TestPullImageDialog)
#include "tst_pullimagedialog.moc"
