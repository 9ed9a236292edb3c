#include "ui/views/imagespage.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"
#include "ui/dialogs/builddialog.h"
#include "ui/dialogs/createcontainerdialog.h"
#include "ui/models/imagefilterproxy.h"
#include "ui/models/imagetablemodel.h"
#include "ui/views/imageactions.h"
#include "ui/views/imagedetailsview.h"
#include "ui/views/mainwindow.h"
#include "ui/widgets/notificationarea.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// The Images page over the harness's Docker and Podman: rows of both nodes, the search, a
// selection across nodes, selecting an image (also one that appears only later), Run with the
// create dialog prefilled, and the page's place among the window's sections.
class TestImagesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void isASectionOfTheWindow();
    void keepsItsSettings();
    void showsBothNodesSearchesAndSelectsAcross();
    void selectsAnImageThatComesLater();
    void runOpensTheCreateDialogPrefilled();
    void selectsTheBuiltImage();

private:
    bool startNodes();
    int rowFor(const QString &nodeId, const QString &reference) const;
    QString tagOnBoth(const QString &prefix);

    QTemporaryDir m_config;
    QTranslator m_english;
    std::unique_ptr<NotificationArea> m_notifications;
    std::unique_ptr<ImagesPage> m_page;
    std::unique_ptr<NodeManager> m_manager;
    QString m_docker;
    QString m_podman;
    QList<std::function<void()>> m_cleanups;
};

void TestImagesPage::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_imagespage"));
    qRegisterMetaType<ImageSummary>();
    qRegisterMetaType<ContainerSummary>();
    QVERIFY(m_english.load(QStringLiteral(":/i18n/gontainer_en.qm")));
    QCoreApplication::installTranslator(&m_english);
}

void TestImagesPage::init()
{
    QSettings().clear();
    m_notifications = std::make_unique<NotificationArea>();
    m_page = std::make_unique<ImagesPage>(m_notifications.get());
    m_manager = std::make_unique<NodeManager>();
}

void TestImagesPage::cleanup()
{
    m_page.reset();
    m_manager.reset();
    m_notifications.reset();
    for (const auto &f : std::as_const(m_cleanups))
        f();
    m_cleanups.clear();
}

bool TestImagesPage::startNodes()
{
    m_manager->setLocalNode(Endpoint::unixSocket(TestEngines::dockerSocket()),
                            QStringLiteral("test"));
    NodeConfig podman;
    podman.name = QStringLiteral("podman");
    podman.url = QStringLiteral("unix://") + TestEngines::podmanSocket();
    if (!m_manager->addNode(podman).isEmpty())
        return false;
    m_docker = QString::fromLatin1(NodeManager::LocalId);
    m_podman = m_manager->nodes().at(1)->id();
    m_page->setNodeManager(m_manager.get());
    m_page->resize(1000, 600);
    m_page->show();
    if (!QTest::qWaitForWindowExposed(m_page.get()))
        return false;
    return QTest::qWaitFor(
        [this] {
            for (NodeService *node : m_manager->nodes()) {
                if (node->state() != NodeService::State::Online)
                    return false;
            }
            return rowFor(m_docker, TestEngines::image()) >= 0 &&
                   rowFor(m_podman, TestEngines::podmanImage()) >= 0;
        },
        30000);
}

int TestImagesPage::rowFor(const QString &nodeId, const QString &reference) const
{
    const ImageTableModel *model = m_page->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->nodeIdAt(r) == nodeId && model->referenceAt(r) == reference)
            return r;
    }
    return -1;
}

// Gives the test image a new name on both engines; returns the repository's last part.
QString TestImagesPage::tagOnBoth(const QString &prefix)
{
    const QString name = TestEngines::uniqueName(prefix).toLower();
    const QString dockerTag = QStringLiteral("gontainer-test/") + name + QStringLiteral(":v1");
    const QString podmanTag =
        QStringLiteral("localhost/gontainer-test/") + name + QStringLiteral(":v1");
    if (TestEngines::docker(TestEngines::dockerSocket(),
                            {QStringLiteral("tag"), TestEngines::image(), dockerTag})
                .exitCode != 0 ||
        TestEngines::podman(TestEngines::podmanSocket(),
                            {QStringLiteral("tag"), TestEngines::podmanImage(), podmanTag})
                .exitCode != 0)
        return {};
    m_cleanups << [dockerTag, podmanTag] {
        TestEngines::docker(TestEngines::dockerSocket(), {QStringLiteral("rmi"), dockerTag});
        TestEngines::podman(TestEngines::podmanSocket(), {QStringLiteral("rmi"), podmanTag});
    };
    return name;
}

void TestImagesPage::isASectionOfTheWindow()
{
    MainWindow window;
    ImagesPage *images = nullptr;
    for (Page *page : window.pages()) {
        if (auto *p = dynamic_cast<ImagesPage *>(page))
            images = p;
    }
    QVERIFY(images);
    QCOMPARE(images->title(), QStringLiteral("Images"));
    window.showPage(images);
    QCOMPARE(images->isVisibleTo(&window), true);
    // Its actions are in the menu bar and in the shortcuts list.
    QVERIFY(images->menus().contains(images->actions()->menu()));
    QVERIFY(images->shortcutActions().contains(images->buildAction()));
    // Nothing to build on without a node.
    QVERIFY(!images->buildAction()->isEnabled());
    QVERIFY(images->shortcutActions().contains(images->actions()->action(ImageActions::Act::Pull)));
}

void TestImagesPage::keepsItsSettings()
{
    m_page->restoreSettings();
    // At first: by repository, every image.
    QCOMPARE(m_page->proxy()->sortColumn(), int(ImageTableModel::Repository));
    QCOMPARE(m_page->proxy()->sortOrder(), Qt::AscendingOrder);
    QCOMPARE(m_page->proxy()->useFilter(), ImageFilterProxy::UseFilter::All);

    m_page->view()->sortByColumn(ImageTableModel::Size, Qt::DescendingOrder);
    m_page->useFilterBox()->setCurrentIndex(int(ImageFilterProxy::UseFilter::Unused));
    m_page->danglingFilterBox()->setCurrentIndex(int(ImageFilterProxy::DanglingFilter::Dangling));
    m_page->view()->horizontalHeader()->resizeSection(ImageTableModel::Tag, 321);
    QCOMPARE(m_page->proxy()->useFilter(), ImageFilterProxy::UseFilter::Unused);
    m_page->saveSettings();

    ImagesPage again(m_notifications.get());
    again.restoreSettings();
    QCOMPARE(again.proxy()->sortColumn(), int(ImageTableModel::Size));
    QCOMPARE(again.proxy()->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(again.proxy()->useFilter(), ImageFilterProxy::UseFilter::Unused);
    QCOMPARE(again.proxy()->danglingFilter(), ImageFilterProxy::DanglingFilter::Dangling);
    QCOMPARE(again.view()->horizontalHeader()->sectionSize(ImageTableModel::Tag), 321);
}

void TestImagesPage::showsBothNodesSearchesAndSelectsAcross()
{
    REQUIRE_ENGINES();
    QAbstractItemModelTester modelTester(m_page->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_page->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(startNodes());
    QCOMPARE(m_page->view()->model(), m_page->proxy());
    QCOMPARE(m_page->view()->selectionMode(), QAbstractItemView::ExtendedSelection);
    // The images are counted under the search (an image once, whatever its names).
    QTRY_VERIFY(m_page->countsLabel()->text().contains(QStringLiteral("image")));

    const QString name = tagOnBoth(QStringLiteral("page"));
    QVERIFY(!name.isEmpty());
    const QString dockerTag = QStringLiteral("gontainer-test/") + name + QStringLiteral(":v1");
    const QString podmanTag =
        QStringLiteral("localhost/gontainer-test/") + name + QStringLiteral(":v1");
    QTRY_VERIFY_WITH_TIMEOUT(rowFor(m_docker, dockerTag) >= 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(rowFor(m_podman, podmanTag) >= 0, 30000);

    // Typed in the search field: only the two new names are shown, one per node.
    QTest::keyClicks(m_page->searchField(), name);
    QCOMPARE(m_page->proxy()->searchText(), name);
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    QSet<QString> nodes;
    for (int r = 0; r < 2; ++r)
        nodes.insert(m_page->proxy()->index(r, 0).data(ImageTableModel::NodeIdRole).toString());
    QCOMPARE(nodes, QSet<QString>({m_docker, m_podman}));

    // Both selected with the keyboard: the selection spans the nodes.
    m_page->view()->setFocus();
    m_page->view()->setCurrentIndex(m_page->proxy()->index(0, 0));
    QTest::keyClick(m_page->view(), Qt::Key_Down, Qt::ShiftModifier);
    const QList<ImageRef> selected = m_page->selectedImages();
    QCOMPARE(selected.size(), 2);
    QSet<QString> references;
    for (const ImageRef &ref : selected) {
        references.insert(ref.reference);
        const int row = m_page->model()->rowOf(ref.nodeId, ref.imageId, ref.reference);
        QVERIFY(row >= 0);
    }
    QCOMPARE(references, QSet<QString>({dockerTag, podmanTag}));
    QCOMPARE(m_page->actions()->selection(), selected);

    // The node filter narrows to one node; Esc in the search clears it.
    m_page->setNodeFilter(m_podman);
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    QCOMPARE(m_page->selectedImages().size(), 1);
    m_page->setNodeFilter(QString());
    m_page->searchField()->setFocus();
    QTest::keyClick(m_page->searchField(), Qt::Key_Escape);
    QVERIFY(m_page->searchField()->text().isEmpty());
    QVERIFY(m_page->proxy()->rowCount() >= 4);

    // Selecting an image selects every name it has on its node, and shows it whatever the
    // search, then its details.
    QTest::keyClicks(m_page->searchField(), name);
    const QString imageId = m_page->model()->imageAt(rowFor(m_docker, TestEngines::image())).id;
    m_page->selectImage(m_docker, imageId);
    QVERIFY(m_page->searchField()->text().isEmpty());
    const QList<ImageRef> names = m_page->selectedImages();
    QCOMPARE(names.size(), m_page->model()->rowsOf(m_docker, imageId).size());
    QVERIFY(names.size() >= 2);
    for (const ImageRef &ref : names) {
        QCOMPARE(ref.nodeId, m_docker);
        QCOMPARE(ref.imageId, imageId);
    }
    m_page->showDetails(true);
    QVERIFY(m_page->detailsView()->isVisible());
    QCOMPARE(m_page->detailsView()->imageId(), imageId);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->detailsView()->isLoading(), 30000);
    QVERIFY2(!m_page->detailsView()->error().isError(),
             qPrintable(m_page->detailsView()->error().userText()));
    m_page->showDetails(false);
    QVERIFY(!m_page->detailsView()->isVisible());
}

void TestImagesPage::selectsAnImageThatComesLater()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString container = TestEngines::uniqueName(QStringLiteral("commit"));
    QCOMPARE(TestEngines::runDetached(TestEngines::dockerSocket(), container,
                                      {QStringLiteral("sleep"), QStringLiteral("300")})
                 .exitCode,
             0);
    const QString tag =
        QStringLiteral("gontainer-test/") + container.toLower() + QStringLiteral(":committed");
    m_cleanups << [container, tag] {
        TestEngines::docker(TestEngines::dockerSocket(),
                            {QStringLiteral("rm"), QStringLiteral("-f"), container});
        TestEngines::docker(TestEngines::dockerSocket(), {QStringLiteral("rmi"), tag});
    };
    // A new image, as a build makes one: selected once its node announces it.
    const auto committed = TestEngines::docker(TestEngines::dockerSocket(),
                                               {QStringLiteral("commit"), container, tag});
    QCOMPARE(committed.exitCode, 0);
    const QString id = committed.output.split(QLatin1Char('\n')).last().trimmed();
    QVERIFY(id.startsWith(QLatin1String("sha256:")));
    // The CLI's wait dispatches no events: the page has not heard of the image yet.
    QCOMPARE(m_page->model()->rowsOf(m_docker, id).size(), 0);
    m_page->setNodeFilter(m_podman);
    m_page->selectImage(m_docker, id);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->selectedImages().size(), 1, 30000);
    QCOMPARE(m_page->selectedImages().first(), (ImageRef{m_docker, id, tag}));
    // The filter that hid it gave way.
    QCOMPARE(m_page->nodeFilter(), QString());
    QCOMPARE(m_page->view()->currentIndex().data(ImageTableModel::ReferenceRole).toString(), tag);
}

void TestImagesPage::runOpensTheCreateDialogPrefilled()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const int row = rowFor(m_podman, TestEngines::podmanImage());
    const QString imageId = m_page->model()->imageAt(row).id;
    m_page->selectImage(m_podman, imageId);
    // Only the test image's own name.
    const QModelIndex index = m_page->proxy()->mapFromSource(m_page->model()->index(row, 0));
    m_page->view()->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    m_page->view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    QAction *run = m_page->actions()->action(ImageActions::Act::Run);
    QVERIFY(run->isEnabled());
    run->trigger();
    CreateContainerDialog *dialog =
        m_page->findChild<CreateContainerDialog *>(QStringLiteral("createFromImageDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->selectedNode());
    QCOMPARE(dialog->selectedNode()->id(), m_podman);
    auto *image = qobject_cast<QComboBox *>(dialog->field(QStringLiteral("image")));
    QVERIFY(image);
    QCOMPARE(image->currentText(), TestEngines::podmanImage());
    const auto spec = dialog->spec();
    QVERIFY(spec.has_value());
    QCOMPARE(spec->image, TestEngines::podmanImage());
}

// Build from the page: the dialog opens on the node looked at, and the image it builds is
// selected on the page when the node announces it.
void TestImagesPage::selectsTheBuiltImage()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString name = TestEngines::uniqueName(QStringLiteral("built")).toLower();
    const QString tag = QStringLiteral("localhost/gontainer-test/") + name + QStringLiteral(":v1");
    m_cleanups << [tag] {
        TestEngines::podman(TestEngines::podmanSocket(), {QStringLiteral("rmi"), tag});
    };
    QTemporaryDir context;
    QVERIFY(context.isValid());
    QFile dockerfile(context.filePath(QStringLiteral("Dockerfile")));
    QVERIFY(dockerfile.open(QIODevice::WriteOnly));
    dockerfile.write("FROM " + TestEngines::podmanImage().toUtf8() +
                     "\nLABEL gontainer.test=" + name.toUtf8() + "\n");
    dockerfile.close();

    // Looking at the Podman node's test image.
    m_page->selectImage(m_podman,
                        m_page->model()->imageAt(rowFor(m_podman, TestEngines::podmanImage())).id);
    QVERIFY(m_page->buildAction()->isEnabled());
    m_page->buildAction()->trigger();
    BuildDialog *dialog = m_page->buildDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->selectedNode());
    QCOMPARE(dialog->selectedNode()->id(), m_podman);
    dialog->setContextFolder(context.path());
    dialog->tagsField()->setText(tag);
    QSignalSpy built(dialog, &BuildDialog::built);
    dialog->build();
    QTRY_COMPARE_WITH_TIMEOUT(built.size(), 1, 180000);
    const QString id = built.at(0).at(1).toString();
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_page->selectedImages().isEmpty() &&
            ImageTableModel::normalizedId(m_page->selectedImages().first().imageId) ==
                ImageTableModel::normalizedId(id),
        30000);
    const QList<ImageRef> selected = m_page->selectedImages();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().nodeId, m_podman);
    QCOMPARE(selected.first().reference, tag);
}

QTEST_MAIN(TestImagesPage)
#include "tst_imagespage.moc"
