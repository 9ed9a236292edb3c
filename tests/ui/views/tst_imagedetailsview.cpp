#include "ui/views/imagedetailsview.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"
#include "ui/widgets/jsonview.h"

#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

// The details of the harness's test image on both engines: what inspect tells, the history's
// rows, the JSON shown, and the containers that use it, which can be followed.
class TestImageDetailsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheTestImage_data();
    void showsTheTestImage();

private:
    NodeService *nodeFor(bool podman) const;

    QTemporaryDir m_config;
    std::unique_ptr<NodeManager> m_manager;
    QStringList m_containers; // socket|name
};

void TestImageDetailsView::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_imagedetailsview"));
}

void TestImageDetailsView::init()
{
    QSettings().clear();
    m_manager = std::make_unique<NodeManager>();
    if (!TestEngines::available())
        return;
    QVERIFY(TestEngines::addDockerAndPodmanNodes(*m_manager, true));
}

void TestImageDetailsView::cleanup()
{
    m_manager.reset();
    for (const QString &entry : std::as_const(m_containers)) {
        const QStringList parts = entry.split(QLatin1Char('|'));
        TestEngines::docker(parts.at(0), {QStringLiteral("rm"), QStringLiteral("-f"), parts.at(1)});
    }
    m_containers.clear();
}

NodeService *TestImageDetailsView::nodeFor(bool podman) const
{
    for (NodeService *node : m_manager->nodes()) {
        if ((node->id() != QLatin1String(NodeManager::LocalId)) == podman)
            return node;
    }
    return nullptr;
}

void TestImageDetailsView::showsTheTestImage_data()
{
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << false;
    QTest::newRow("podman") << true;
}

void TestImageDetailsView::showsTheTestImage()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    NodeService *node = nodeFor(podman);
    const QString socket = podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
    const QString name = podman ? TestEngines::podmanImage() : TestEngines::image();
    QString id;
    for (const ImageSummary &image : node->images()) {
        if (image.repoTags.contains(name))
            id = image.id;
    }
    QVERIFY2(!id.isEmpty(), qPrintable(name));
    // A container that uses it, running.
    const QString user = TestEngines::uniqueName(QStringLiteral("details-user"));
    m_containers << socket + QLatin1Char('|') + user;
    const auto run = TestEngines::docker(
        socket, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), user,
                 QStringLiteral("--network"), QStringLiteral("none"), name, QStringLiteral("sleep"),
                 QStringLiteral("300")});
    QCOMPARE(run.exitCode, 0);
    const QString userId = run.output.split(QLatin1Char('\n')).last().trimmed();

    ImageDetailsView view;
    view.resize(700, 500);
    view.show();
    view.setImage(node, id);
    QVERIFY(view.isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 30000);
    QVERIFY2(!view.error().isError(), qPrintable(view.error().userText()));
    const ImageDetails &d = view.description().details;
    QCOMPARE(d.id, id);
    QVERIFY(d.repoTags.contains(name));
    QVERIFY(!d.architecture.isEmpty());

    // Overview: names, platform, what it runs.
    const QString overview = view.overview()->toPlainText();
    QVERIFY2(overview.contains(name), qPrintable(overview));
    QVERIFY2(overview.contains(d.os + QLatin1Char('/') + d.architecture), qPrintable(overview));
    QVERIFY2(overview.contains(QStringLiteral("/bin/sh")), qPrintable(overview));

    // History: the imported layer, with its size.
    QTreeWidget *history = view.history();
    QCOMPARE(history->topLevelItemCount(), int(view.description().history.size()));
    QVERIFY(history->topLevelItemCount() >= 1);
    qint64 sizes = 0;
    for (int i = 0; i < history->topLevelItemCount(); ++i)
        sizes +=
            history->topLevelItem(i)->data(ImageDetailsView::SizeColumn, Qt::UserRole).toLongLong();
    QVERIFY(sizes > 0);

    // Inspect: the engine's JSON, highlighted.
    const QString json = view.inspect()->text();
    QVERIFY(json.contains(QStringLiteral("\"Id\"")));
    QVERIFY(json.contains(QString(id).remove(QStringLiteral("sha256:"))));
    QVERIFY(!view.inspect()->themeName().isEmpty());

    // Containers: the one that uses it, and activating it asks to show it.
    QTreeWidget *containers = view.containers();
    QTRY_VERIFY_WITH_TIMEOUT(!containers->findItems(user, Qt::MatchExactly).isEmpty(), 30000);
    QVERIFY(view.tabs()->tabText(ImageDetailsView::ContainersTab).contains(QLatin1Char('(')));
    QSignalSpy activated(&view, &ImageDetailsView::containerActivated);
    view.tabs()->setCurrentIndex(ImageDetailsView::ContainersTab);
    containers->setCurrentItem(containers->findItems(user, Qt::MatchExactly).first());
    containers->setFocus();
    QTest::keyClick(containers, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toString(), node->id());
    QVERIFY(userId.startsWith(activated.first().at(1).toString()) ||
            activated.first().at(1).toString().startsWith(userId));
    // Gone: the list follows.
    TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), user});
    QTRY_VERIFY_WITH_TIMEOUT(containers->findItems(user, Qt::MatchExactly).isEmpty(), 30000);
}

QTEST_MAIN(TestImageDetailsView)
#include "tst_imagedetailsview.moc"
