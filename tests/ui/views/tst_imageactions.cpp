#include "ui/views/imageactions.h"

#include "core/config/appsettings.h"
#include "core/services/imageoperations.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"
#include "ui/dialogs/pruneimagesdialog.h"
#include "ui/dialogs/tagimagedialog.h"
#include "ui/widgets/notificationarea.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// The image actions against real engines: removing an image a running container uses is
// refused with that container's name; one only stopped containers use is removed by force; tag
// names an image; prune shows what would go and then the space the engine freed.
class TestImageActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void enabledBySelection();
    void offeredByCapabilities();
    void tagDialogChecksAsTyped();
    void removeInUse_data();
    void removeInUse();
    void tagsAnImage_data();
    void tagsAnImage();
    void pruneShowsWhatGoesAndWhatWasFreed_data();
    void pruneShowsWhatGoesAndWhatWasFreed();
    void runAsksForTheCreateDialog();
    void removeKeepsTheOtherNamespace();

private:
    NodeService *nodeFor(bool podman) const;
    static QString socketFor(bool podman);
    // Commits a container that wrote `bytes` random bytes as `name` (one name): a new image of
    // this test's own. Returns its id as the engine gives it.
    QString makeImage(bool podman, const QString &name, int bytes);
    // The node's snapshot entry for an image id, waiting until the node has it.
    ImageSummary waitForImage(NodeService *node, const QString &id);
    ImageRef refFor(NodeService *node, const QString &id);
    QString lastNotice() const;
    NoticeBar::Kind lastKind() const;

    QTemporaryDir m_config;
    std::unique_ptr<NodeManager> m_manager;
    std::unique_ptr<QWidget> m_owner;
    NotificationArea *m_notifications = nullptr;
    ImageActions *m_actions = nullptr;
    QStringList m_cleanup; // "socket|container:name" or "socket|image:name"
};

void TestImageActions::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_imageactions"));
}

void TestImageActions::init()
{
    QSettings().clear();
    m_owner = std::make_unique<QWidget>();
    m_notifications = new NotificationArea(m_owner.get());
    m_actions = new ImageActions(m_owner.get(), m_notifications);
    m_manager = std::make_unique<NodeManager>();
    if (!TestEngines::available())
        return;
    QVERIFY(TestEngines::addDockerAndPodmanNodes(*m_manager, true));
    m_actions->setNodeManager(m_manager.get());
    m_owner->show();
}

void TestImageActions::cleanup()
{
    m_owner.reset();
    m_manager.reset();
    // Containers first: the images are theirs.
    for (const QString &kind : {QStringLiteral("container:"), QStringLiteral("image:")}) {
        for (const QString &entry : std::as_const(m_cleanup)) {
            const QStringList parts = entry.split(QLatin1Char('|'));
            if (!parts.at(1).startsWith(kind))
                continue;
            const QString name = parts.at(1).mid(kind.size());
            TestEngines::docker(
                parts.at(0),
                {kind == QLatin1String("image:") ? QStringLiteral("rmi") : QStringLiteral("rm"),
                 QStringLiteral("-f"), name});
        }
    }
    m_cleanup.clear();
}

NodeService *TestImageActions::nodeFor(bool podman) const
{
    for (NodeService *node : m_manager->nodes()) {
        if ((node->id() != QLatin1String(NodeManager::LocalId)) == podman)
            return node;
    }
    return nullptr;
}

QString TestImageActions::socketFor(bool podman)
{
    return podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
}

QString TestImageActions::makeImage(bool podman, const QString &name, int bytes)
{
    const QString socket = socketFor(podman);
    const QString container = TestEngines::uniqueName(QStringLiteral("writer"));
    m_cleanup << socket + QStringLiteral("|container:") + container;
    const auto run = TestEngines::docker(
        socket,
        {QStringLiteral("run"), QStringLiteral("--name"), container, QStringLiteral("--network"),
         QStringLiteral("none"), podman ? TestEngines::podmanImage() : TestEngines::image(),
         QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral("head -c %1 /dev/urandom > /payload").arg(bytes)});
    if (run.exitCode != 0) {
        qWarning() << run.output;
        return {};
    }
    // Podman's Docker-compatible commit wants a body the docker CLI does not send: its own CLI.
    // Its commit announces only a container event, which the node does not take as a new image
    // (reported), so the image is named by a tag, which it announces.
    const auto commit =
        podman ? TestEngines::podman(socket, {QStringLiteral("commit"), container})
               : TestEngines::docker(socket, {QStringLiteral("commit"), container, name});
    if (podman && commit.exitCode == 0)
        TestEngines::podman(
            socket,
            {QStringLiteral("tag"), commit.output.split(QLatin1Char('\n')).last().trimmed(), name});
    TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), container});
    if (commit.exitCode != 0) {
        qWarning() << commit.output;
        return {};
    }
    m_cleanup << socket + QStringLiteral("|image:") + name;
    const auto id =
        TestEngines::docker(socket, {QStringLiteral("image"), QStringLiteral("inspect"),
                                     QStringLiteral("-f"), QStringLiteral("{{.Id}}"), name});
    return id.output.trimmed();
}

ImageSummary TestImageActions::waitForImage(NodeService *node, const QString &id)
{
    ImageSummary found;
    const bool seen = QTest::qWaitFor(
        [&] {
            for (const ImageSummary &image : node->images()) {
                // Docker names ids "sha256:…", Podman's compat API too; compare bare.
                if (image.id.endsWith(QString(id).remove(QStringLiteral("sha256:")))) {
                    found = image;
                    return true;
                }
            }
            return false;
        },
        30000);
    if (!seen)
        qWarning() << node->name() << "never showed the image" << id;
    return found;
}

ImageRef TestImageActions::refFor(NodeService *node, const QString &id)
{
    const ImageSummary image = waitForImage(node, id);
    return {node->id(), image.id, image.repoTags.value(0)};
}

QString TestImageActions::lastNotice() const
{
    const QList<NoticeBar *> notices = m_notifications->notices();
    return notices.isEmpty() ? QString() : notices.first()->text();
}

NoticeBar::Kind TestImageActions::lastKind() const
{
    const QList<NoticeBar *> notices = m_notifications->notices();
    return notices.isEmpty() ? NoticeBar::Kind::Info : notices.first()->kind();
}

void TestImageActions::enabledBySelection()
{
    REQUIRE_ENGINES();
    using Act = ImageActions::Act;
    m_actions->setSelection({});
    QVERIFY(m_actions->action(Act::Pull)->isEnabled());
    QVERIFY(m_actions->action(Act::Prune)->isEnabled());
    for (Act act : {Act::Push, Act::Tag, Act::Remove, Act::Run})
        QVERIFY(!m_actions->action(act)->isEnabled());
    const ImageRef one{nodeFor(false)->id(), QStringLiteral("sha256:1"), QStringLiteral("a:1")};
    const ImageRef dangling{nodeFor(true)->id(), QStringLiteral("sha256:2"), QString()};
    m_actions->setSelection({one});
    for (Act act : {Act::Push, Act::Tag, Act::Remove, Act::Run})
        QVERIFY(m_actions->action(act)->isEnabled());
    // Without a name there is nothing to push.
    m_actions->setSelection({dangling});
    QVERIFY(!m_actions->action(Act::Push)->isEnabled());
    QVERIFY(m_actions->action(Act::Tag)->isEnabled());
    m_actions->setSelection({one, dangling});
    QVERIFY(m_actions->action(Act::Remove)->isEnabled());
    for (Act act : {Act::Push, Act::Tag, Act::Run})
        QVERIFY(!m_actions->action(act)->isEnabled());
    // Shortcuts are shown in the tooltips, and every action is listed for the shortcuts dialog.
    QCOMPARE(m_actions->action(Act::Pull)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
    QVERIFY(m_actions->action(Act::Pull)->toolTip().contains(
        m_actions->action(Act::Pull)->shortcut().toString(QKeySequence::NativeText)));
    QCOMPARE(m_actions->action(Act::Remove)->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(m_actions->allActions().size(), 6);
}

// A containerd node beside Docker and Podman: pull, push, tag and prune are offered where the
// node's capabilities have them, and where not they are off with the reason as the tool tip
// (Pull's is the engine's own imagePullMissingText).
void TestImageActions::offeredByCapabilities()
{
    REQUIRE_CONTAINERD();
    using Act = ImageActions::Act;
    NodeConfig config;
    config.name = QStringLiteral("containerd");
    config.url = TestEngines::containerdEndpointUrl();
    QCOMPARE(m_manager->addNode(config), QString());
    NodeService *containerd = m_manager->nodes().last();
    QTRY_VERIFY_WITH_TIMEOUT(containerd->engineInfo().kind == EngineInfo::Kind::Containerd, 30000);
    const EngineCapabilities caps = containerd->engineInfo().capabilities;
    NodeService *docker = nodeFor(false);
    QVERIFY(docker->engineInfo().capabilities.imagePull);

    // Pull and prune start on the node in view.
    m_actions->setCurrentNode(containerd->id());
    QCOMPARE(m_actions->action(Act::Pull)->isEnabled(), caps.imagePull);
    if (!caps.imagePull) {
        QVERIFY(!caps.imagePullMissingText.isEmpty());
        QVERIFY2(m_actions->disabledReason(Act::Pull).contains(caps.imagePullMissingText),
                 qPrintable(m_actions->disabledReason(Act::Pull)));
        QCOMPARE(m_actions->action(Act::Pull)->toolTip(), m_actions->disabledReason(Act::Pull));
    }
    QCOMPARE(m_actions->action(Act::Prune)->isEnabled(), caps.prune);
    m_actions->setCurrentNode(docker->id());
    QVERIFY(m_actions->action(Act::Pull)->isEnabled());
    QVERIFY(m_actions->disabledReason(Act::Pull).isEmpty());
    QVERIFY(m_actions->action(Act::Pull)->toolTip().contains(
        m_actions->action(Act::Pull)->shortcut().toString(QKeySequence::NativeText)));
    // All nodes in view: one that pulls is enough.
    m_actions->setCurrentNode(QString());
    QVERIFY(m_actions->action(Act::Pull)->isEnabled());

    // An image of the containerd node: push and tag as its engine allows; run and remove always.
    const ImageRef image{containerd->id(), QStringLiteral("sha256:1"),
                         TestEngines::containerdImage()};
    m_actions->setSelection({image});
    QCOMPARE(m_actions->action(Act::Push)->isEnabled(), caps.imagePush);
    QCOMPARE(m_actions->action(Act::Tag)->isEnabled(), caps.imageTag);
    if (!caps.imagePush)
        QVERIFY(m_actions->disabledReason(Act::Push).contains(containerd->name()));
    QVERIFY(m_actions->action(Act::Run)->isEnabled());
    QVERIFY(m_actions->action(Act::Remove)->isEnabled());
    // The same on Docker's: all of them.
    m_actions->setSelection(
        {ImageRef{docker->id(), QStringLiteral("sha256:1"), QStringLiteral("a:1")}});
    for (Act act : {Act::Push, Act::Tag, Act::Run, Act::Remove})
        QVERIFY(m_actions->action(act)->isEnabled());
    QVERIFY(m_actions->disabledReason(Act::Push).isEmpty());
}

void TestImageActions::tagDialogChecksAsTyped()
{
    TagImageDialog dialog(QStringLiteral("busybox:latest"));
    dialog.show();
    QVERIFY(!dialog.tagButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->isHidden());
    const struct
    {
        const char *name;
        const char *says; // empty: accepted
    } cases[] = {
        {"myapp", ""},
        {"myapp:1.0", ""},
        {"registry.example:5000/team/my-app:v1_2", ""},
        {"MyApp:1", "not an image name"},
        {"my app", "not an image name"},
        {"myapp:-bad", "not a tag"},
        {"myapp:", "not a tag"},
        {"team//app", "not an image name"},
    };
    for (const auto &c : cases) {
        dialog.targetField()->clear();
        QTest::keyClicks(dialog.targetField(), QString::fromLatin1(c.name));
        const QString says = QString::fromLatin1(c.says);
        QVERIFY2(dialog.tagButton()->isEnabled() == says.isEmpty(), c.name);
        QVERIFY2(dialog.problemLabel()->isHidden() == says.isEmpty(), c.name);
        if (!says.isEmpty())
            QVERIFY2(dialog.problemLabel()->text().contains(says),
                     qPrintable(dialog.problemLabel()->text()));
        QCOMPARE(TagImageDialog::problemWith(QString::fromLatin1(c.name)).isEmpty(),
                 says.isEmpty());
    }
    // Enter with a bad name does not close it.
    QTest::keyClick(dialog.targetField(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    dialog.targetField()->clear();
    QTest::keyClicks(dialog.targetField(), QStringLiteral("good:1"));
    QTest::keyClick(dialog.targetField(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.target(), QStringLiteral("good:1"));
}

void TestImageActions::removeInUse_data()
{
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << false;
    QTest::newRow("podman") << true;
}

void TestImageActions::removeInUse()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    NodeService *node = nodeFor(podman);
    const QString socket = socketFor(podman);
    const QString name =
        TestEngines::uniqueName(QStringLiteral("gontainer-test/inuse")) + QStringLiteral(":1");
    const QString id = makeImage(podman, name, 4096);
    QVERIFY(!id.isEmpty());
    const QString user = TestEngines::uniqueName(QStringLiteral("user"));
    m_cleanup << socket + QStringLiteral("|container:") + user;
    QCOMPARE(TestEngines::docker(socket, {QStringLiteral("run"), QStringLiteral("-d"),
                                          QStringLiteral("--name"), user,
                                          QStringLiteral("--network"), QStringLiteral("none"), name,
                                          QStringLiteral("sleep"), QStringLiteral("300")})
                 .exitCode,
             0);
    const ImageRef ref = refFor(node, id);
    QVERIFY(!ref.imageId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        ImageActions::runningUsers(ImageOperations::usersOf(node, ref.imageId)).contains(user),
        30000);

    // Running: refused, naming the container, and nothing is sent.
    m_actions->setAnswersForTest({QString(), true});
    m_actions->setSelection({ref});
    m_actions->action(ImageActions::Act::Remove)->trigger();
    QCOMPARE(lastKind(), NoticeBar::Kind::Error);
    QVERIFY2(lastNotice().contains(user), qPrintable(lastNotice()));
    QVERIFY2(lastNotice().contains(QStringLiteral("running")), qPrintable(lastNotice()));
    QCOMPARE(m_notifications->notices().size(), 1);
    QCOMPARE(TestEngines::docker(socket, {QStringLiteral("image"), QStringLiteral("inspect"), name})
                 .exitCode,
             0);

    // Stopped: removed by force once confirmed.
    QCOMPARE(TestEngines::docker(socket, {QStringLiteral("kill"), user}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        ImageActions::stoppedUsers(ImageOperations::usersOf(node, ref.imageId)).contains(user),
        30000);
    // Not confirmed: nothing happens. Removing by force is asked also when removals are not.
    m_actions->setAnswersForTest({QString(), false});
    AppSettings::setValue(AppSettings::Key::ConfirmRemove, false);
    m_actions->action(ImageActions::Act::Remove)->trigger();
    AppSettings::remove(AppSettings::Key::ConfirmRemove);
    QCOMPARE(m_notifications->notices().size(), 1);
    m_actions->setAnswersForTest({QString(), true});
    m_actions->action(ImageActions::Act::Remove)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(lastKind() != NoticeBar::Kind::Progress, 60000);
    QVERIFY2(lastKind() == NoticeBar::Kind::Info, qPrintable(lastNotice()));
    QVERIFY2(lastNotice().contains(name), qPrintable(lastNotice()));
    QVERIFY(TestEngines::docker(socket, {QStringLiteral("image"), QStringLiteral("inspect"), name})
                .exitCode != 0);
}

void TestImageActions::tagsAnImage_data()
{
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << false;
    QTest::newRow("podman") << true;
}

void TestImageActions::tagsAnImage()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    NodeService *node = nodeFor(podman);
    const QString socket = socketFor(podman);
    const QString name =
        TestEngines::uniqueName(QStringLiteral("gontainer-test/tagme")) + QStringLiteral(":1");
    const QString id = makeImage(podman, name, 1024);
    QVERIFY(!id.isEmpty());
    const ImageRef ref = refFor(node, id);
    m_actions->setSelection({ref});
    // A name the engines would refuse is caught before anything is sent.
    m_actions->setAnswersForTest({QStringLiteral("Bad Name"), false});
    m_actions->action(ImageActions::Act::Tag)->trigger();
    QCOMPARE(lastKind(), NoticeBar::Kind::Error);
    QVERIFY2(lastNotice().contains(QStringLiteral("Bad Name")), qPrintable(lastNotice()));

    const QString target =
        TestEngines::uniqueName(QStringLiteral("gontainer-test/tagged")) + QStringLiteral(":v2");
    m_cleanup << socket + QStringLiteral("|image:") + target;
    m_actions->setAnswersForTest({target, false});
    m_actions->action(ImageActions::Act::Tag)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(lastKind() != NoticeBar::Kind::Progress, 60000);
    QVERIFY2(lastKind() == NoticeBar::Kind::Info, qPrintable(lastNotice()));
    QVERIFY(lastNotice().contains(target));
    const auto tagged =
        TestEngines::docker(socket, {QStringLiteral("image"), QStringLiteral("inspect"),
                                     QStringLiteral("-f"), QStringLiteral("{{.Id}}"), target});
    QCOMPARE(tagged.exitCode, 0);
    QCOMPARE(tagged.output.trimmed(), id);
}

void TestImageActions::pruneShowsWhatGoesAndWhatWasFreed_data()
{
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << false;
    QTest::newRow("podman") << true;
}

void TestImageActions::pruneShowsWhatGoesAndWhatWasFreed()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    NodeService *node = nodeFor(podman);
    const QString socket = socketFor(podman);
    // An image left dangling: a newer one takes its name.
    const QString name =
        TestEngines::uniqueName(QStringLiteral("gontainer-test/dangle")) + QStringLiteral(":1");
    const QString oldId = makeImage(podman, name, 200 * 1024);
    QVERIFY(!oldId.isEmpty());
    const QString newId = makeImage(podman, name, 1024);
    QVERIFY(!newId.isEmpty());
    QVERIFY(oldId != newId);
    const ImageSummary dangling = waitForImage(node, oldId);
    QVERIFY(!dangling.id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const ImageSummary &image : node->images()) {
                if (image.id == dangling.id)
                    return image.isDangling();
            }
            return false;
        }(),
        30000);

    m_actions->setCurrentNode(node->id());
    m_actions->action(ImageActions::Act::Prune)->trigger();
    PruneImagesDialog *dialog = m_actions->pruneDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->danglingButton()->isChecked());
    // The plan lists the node, with the dangling image under it, and the space.
    QTreeWidget *plan = dialog->plan();
    QCOMPARE(plan->topLevelItemCount(), 1);
    QTreeWidgetItem *nodeItem = plan->topLevelItem(0);
    QCOMPARE(nodeItem->data(0, Qt::UserRole).toString(), node->id());
    bool listed = false;
    for (int i = 0; i < nodeItem->childCount(); ++i)
        listed = listed || nodeItem->child(i)->data(0, Qt::UserRole).toString() == dangling.id;
    QVERIFY(listed);
    QVERIFY(dialog->plannedBytes() >= dangling.size);
    QVERIFY2(
        dialog->planSummary()->text().contains(QLocale().formattedDataSize(dialog->plannedBytes())),
        qPrintable(dialog->planSummary()->text()));
    // The image with the name is in use by nobody, yet not dangling: only "all unused" has it.
    const ImageSummary named = waitForImage(node, newId);
    const auto lists = [&](const QString &imageId) {
        for (int i = 0; i < plan->topLevelItem(0)->childCount(); ++i) {
            if (plan->topLevelItem(0)->child(i)->data(0, Qt::UserRole).toString() == imageId)
                return true;
        }
        return false;
    };
    QVERIFY(!lists(named.id));
    dialog->allUnusedButton()->setChecked(true);
    QVERIFY(lists(named.id));
    dialog->danglingButton()->setChecked(true);
    QVERIFY(!lists(named.id));

    QSignalSpy pruned(dialog, &PruneImagesDialog::pruned);
    QSignalSpy all(dialog, &PruneImagesDialog::prunedAll);
    dialog->pruneButton()->click();
    QVERIFY(all.wait(120000) || all.count() == 1);
    QCOMPARE(all.first().at(1).toInt(), 0);
    QCOMPARE(pruned.count(), 1);
    const PruneReport report = pruned.first().at(1).value<PruneReport>();
    QVERIFY(report.spaceReclaimed > 0);
    QCOMPARE(all.first().at(0).toLongLong(), report.spaceReclaimed);
    const QString freed = QLocale().formattedDataSize(report.spaceReclaimed);
    QVERIFY2(dialog->resultLabel()->text().contains(freed),
             qPrintable(dialog->resultLabel()->text()));
    QVERIFY2(lastNotice().contains(freed), qPrintable(lastNotice()));
    QCOMPARE(lastKind(), NoticeBar::Kind::Info);
    QVERIFY(TestEngines::docker(socket, {QStringLiteral("image"), QStringLiteral("inspect"), oldId})
                .exitCode != 0);
    // The named image stays.
    QCOMPARE(TestEngines::docker(socket, {QStringLiteral("image"), QStringLiteral("inspect"), name})
                 .exitCode,
             0);
    dialog->close();
}

void TestImageActions::runAsksForTheCreateDialog()
{
    REQUIRE_ENGINES();
    QSignalSpy run(m_actions, &ImageActions::runRequested);
    m_actions->setSelection(
        {{nodeFor(true)->id(), QStringLiteral("sha256:abc"), QStringLiteral("localhost/app:1")}});
    m_actions->action(ImageActions::Act::Run)->trigger();
    QCOMPARE(run.count(), 1);
    QCOMPARE(run.first().at(0).toString(), nodeFor(true)->id());
    QCOMPARE(run.first().at(1).toString(), QStringLiteral("localhost/app:1"));
    // On a containerd node a name may be in several namespaces: the id says which image.
    const QString inNamespace = QStringLiteral("other/sha256:abc");
    m_actions->setSelection(
        {{nodeFor(true)->id(), inNamespace, QStringLiteral("localhost/app:1")}});
    m_actions->action(ImageActions::Act::Run)->trigger();
    QCOMPARE(run.count(), 2);
    QCOMPARE(run.last().at(1).toString(), inNamespace);
}

// A containerd node over every namespace whose image name is in two of them (a containerd of
// the test's own: the test image in `default` and containerdNamespace()): removing the one
// selected removes it from its own namespace, and the other namespace keeps it.
void TestImageActions::removeKeepsTheOtherNamespace()
{
    REQUIRE_CONTAINERD();
    QTemporaryDir dir(TestEngines::dir() + QStringLiteral("/ia.XXXXXX"));
    QProcess *engine = TestEngines::startOwnContainerd(dir.path());
    QVERIFY(engine);
    auto stop = qScopeGuard([engine] { TestEngines::stopOwnContainerd(engine); });
    const QString socket = dir.filePath(QStringLiteral("containerd.sock"));
    NodeConfig config;
    config.name = QStringLiteral("spaces");
    config.url = QStringLiteral("containerd://") + socket;
    QCOMPARE(m_manager->addNode(config), QString());
    NodeService *node = m_manager->nodes().last();
    const QString name = TestEngines::containerdImage();
    const QString other = TestEngines::containerdNamespace();
    const auto imageIn = [node, name](const QString &ns) {
        for (const ImageSummary &image : node->images()) {
            if (image.namespaceName == ns && image.repoTags.contains(name))
                return image;
        }
        return ImageSummary();
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        !imageIn(QStringLiteral("default")).id.isEmpty() && !imageIn(other).id.isEmpty(), 30000);
    const ImageSummary image = imageIn(QStringLiteral("default"));
    const auto listed = [socket, name](const QString &ns) {
        const auto ls = TestEngines::ctrAt(
            socket, ns, {QStringLiteral("images"), QStringLiteral("ls"), QStringLiteral("-q")});
        return ls.exitCode == 0 && ls.output.split(QLatin1Char('\n')).contains(name);
    };
    QVERIFY(listed(QStringLiteral("default")) && listed(other));

    m_actions->setAnswersForTest({QString(), true});
    m_actions->setSelection({{node->id(), image.id, name}});
    m_actions->action(ImageActions::Act::Remove)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(lastKind() != NoticeBar::Kind::Progress, 60000);
    QVERIFY2(lastKind() == NoticeBar::Kind::Info, qPrintable(lastNotice()));
    QVERIFY(!listed(QStringLiteral("default")));
    QVERIFY(listed(other));
    QTRY_VERIFY_WITH_TIMEOUT(imageIn(QStringLiteral("default")).id.isEmpty(), 30000);
    QVERIFY(!imageIn(other).id.isEmpty());
}

QTEST_MAIN(TestImageActions)
#include "tst_imageactions.moc"
