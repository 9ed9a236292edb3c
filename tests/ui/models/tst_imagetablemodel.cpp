#include "ui/models/imagetablemodel.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {
const QString N = QStringLiteral("node");

ImageSummary image(const QString &hex, const QStringList &tags, qint64 size = 1000)
{
    ImageSummary i;
    i.id = QStringLiteral("sha256:") + hex;
    i.repoTags = tags;
    i.size = size;
    i.created = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    return i;
}

ContainerSummary container(const QString &id, const QString &imageId)
{
    ContainerSummary c;
    c.id = id;
    c.name = id + QStringLiteral("-name");
    c.imageId = imageId;
    c.state = ContainerSummary::State::Exited;
    return c;
}
} // namespace

// The images table: a row per name of each image on each node, changed in place by the nodes'
// batches, with the count of containers using each image. First fed values, then over a
// NodeManager with the harness's Docker and Podman.
class TestImageTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aRowPerName();
    void splitName_data();
    void splitName();
    void retagChangesRowsInPlace();
    void usersFollowContainers();
    void nodesKeepTheirOwnRows();
    void displayAndSortValues();
    void followsTheEngines();

private:
    std::unique_ptr<ImageTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTemporaryDir m_config;
    QTranslator m_english;
};

void TestImageTableModel::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_imagetablemodel"));
    QSettings().clear();
    qRegisterMetaType<ImageSummary>();
    qRegisterMetaType<ContainerSummary>();
    QVERIFY(m_english.load(QStringLiteral(":/i18n/gontainer_en.qm")));
    QCoreApplication::installTranslator(&m_english);
}

void TestImageTableModel::init()
{
    m_model = std::make_unique<ImageTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestImageTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestImageTableModel::aRowPerName()
{
    m_model->setImages(
        N, {image(QStringLiteral("aa"), {QStringLiteral("web:1"), QStringLiteral("web:latest")}),
            image(QStringLiteral("bb"), {}),
            image(QStringLiteral("cc"), {QStringLiteral("<none>:<none>")})});
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->columnCount(), int(ImageTableModel::ColumnCount));
    QCOMPARE(m_model->rowsOf(N, QStringLiteral("sha256:aa")).size(), 2);
    // Found with or without the prefix.
    QCOMPARE(m_model->rowsOf(N, QStringLiteral("aa")).size(), 2);

    const int tagged = m_model->rowOf(N, QStringLiteral("aa"), QStringLiteral("web:1"));
    QVERIFY(tagged >= 0);
    QCOMPARE(m_model->index(tagged, ImageTableModel::Repository).data().toString(),
             QStringLiteral("web"));
    QCOMPARE(m_model->index(tagged, ImageTableModel::Tag).data().toString(), QStringLiteral("1"));
    QCOMPARE(m_model->index(tagged, 0).data(ImageTableModel::ReferenceRole).toString(),
             QStringLiteral("web:1"));
    QVERIFY(!m_model->index(tagged, 0).data(ImageTableModel::DanglingRole).toBool());

    // Nameless: one row each, shown as <none>, referred to by id.
    for (const QString &id : {QStringLiteral("bb"), QStringLiteral("cc")}) {
        const int row = m_model->rowOf(N, id);
        QVERIFY(row >= 0);
        QCOMPARE(m_model->index(row, ImageTableModel::Repository).data().toString(),
                 QStringLiteral("<none>"));
        QCOMPARE(m_model->index(row, ImageTableModel::Tag).data().toString(),
                 QStringLiteral("<none>"));
        QCOMPARE(m_model->index(row, 0).data(ImageTableModel::ReferenceRole).toString(),
                 QStringLiteral("sha256:") + id);
        QVERIFY(m_model->index(row, 0).data(ImageTableModel::DanglingRole).toBool());
        QVERIFY(!m_model->index(row, ImageTableModel::Dangling).data().toString().isEmpty());
    }
}

void TestImageTableModel::splitName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("tag");
    QTest::newRow("plain") << "busybox:1.36"
                           << "busybox"
                           << "1.36";
    QTest::newRow("no tag") << "busybox"
                            << "busybox"
                            << "latest";
    QTest::newRow("registry port") << "localhost:5000/team/app:v2"
                                   << "localhost:5000/team/app"
                                   << "v2";
    QTest::newRow("registry port, no tag") << "localhost:5000/app"
                                           << "localhost:5000/app"
                                           << "latest";
}

void TestImageTableModel::splitName()
{
    QFETCH(QString, name);
    QFETCH(QString, repository);
    QFETCH(QString, tag);
    const auto [r, t] = ImageTableModel::splitName(name);
    QCOMPARE(r, repository);
    QCOMPARE(t, tag);
}

void TestImageTableModel::retagChangesRowsInPlace()
{
    m_model->setImages(N, {image(QStringLiteral("aa"), {QStringLiteral("web:1")}),
                           image(QStringLiteral("bb"), {QStringLiteral("db:1")})});
    const QPersistentModelIndex db =
        m_model->index(m_model->rowOf(N, QStringLiteral("bb"), QStringLiteral("db:1")), 0);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    // A second name: one row more.
    m_model->updateImages(
        N, {image(QStringLiteral("aa"), {QStringLiteral("web:1"), QStringLiteral("web:2")})});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(m_model->rowOf(N, QStringLiteral("aa"), QStringLiteral("web:2")) >= 0);

    // The first name taken off: its row goes, the others stay.
    m_model->updateImages(N, {image(QStringLiteral("aa"), {QStringLiteral("web:2")})});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(N, QStringLiteral("aa"), QStringLiteral("web:1")), -1);

    // Its last name taken by a newer image: it becomes the nameless row.
    m_model->updateImages(N, {image(QStringLiteral("aa"), {})});
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(m_model->rowOf(N, QStringLiteral("aa")) >= 0);
    QVERIFY(m_model->isDanglingAt(m_model->rowOf(N, QStringLiteral("aa"))));

    // A change that keeps the names changes the row in place.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->updateImages(N, {image(QStringLiteral("bb"), {QStringLiteral("db:1")}, 2000)});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), db.row());
    QCOMPARE(db.data(ImageTableModel::SizeRole).toLongLong(), 2000);
    // The same values again: nothing.
    changed.clear();
    m_model->updateImages(N, {image(QStringLiteral("bb"), {QStringLiteral("db:1")}, 2000)});
    QCOMPARE(changed.count(), 0);

    QVERIFY(db.isValid());
    QCOMPARE(db.data(ImageTableModel::ReferenceRole).toString(), QStringLiteral("db:1"));
    QCOMPARE(reset.count(), 0);

    m_model->removeImages(N, {QStringLiteral("sha256:bb")});
    QVERIFY(!db.isValid());
    QCOMPARE(m_model->rowCount(), 1);
}

void TestImageTableModel::usersFollowContainers()
{
    m_model->setImages(
        N, {image(QStringLiteral("aa"), {QStringLiteral("web:1"), QStringLiteral("web:2")}),
            image(QStringLiteral("bb"), {QStringLiteral("db:1")})});
    const int web = m_model->rowOf(N, QStringLiteral("aa"), QStringLiteral("web:2"));
    QCOMPARE(m_model->usersAt(web), 0);
    QVERIFY(!m_model->index(web, 0).data(ImageTableModel::InUseRole).toBool());

    // Docker names the image "sha256:…", Podman's own API may not: both count.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->addContainers(N, {container(QStringLiteral("c1"), QStringLiteral("sha256:aa")),
                               container(QStringLiteral("c2"), QStringLiteral("aa"))});
    QCOMPARE(m_model->usersAt(web), 2);
    QCOMPARE(m_model->index(web, ImageTableModel::Containers).data().toInt(), 2);
    QVERIFY(m_model->index(web, 0).data(ImageTableModel::InUseRole).toBool());
    QCOMPARE(m_model->usersOf(N, QStringLiteral("aa")),
             QStringList({QStringLiteral("c1-name"), QStringLiteral("c2-name")}));
    // Both names of the image were told.
    QSet<int> rows;
    for (const auto &args : std::as_const(changed)) {
        for (int r = args.at(0).toModelIndex().row(); r <= args.at(1).toModelIndex().row(); ++r)
            rows.insert(r);
    }
    QCOMPARE(rows,
             QSet<int>({m_model->rowOf(N, QStringLiteral("aa"), QStringLiteral("web:1")), web}));
    QCOMPARE(m_model->usersAt(m_model->rowOf(N, QStringLiteral("bb"), QStringLiteral("db:1"))), 0);

    // A renamed container still counts once.
    ContainerSummary renamed = container(QStringLiteral("c1"), QStringLiteral("sha256:aa"));
    renamed.name = QStringLiteral("renamed");
    m_model->addContainers(N, {renamed});
    QCOMPARE(m_model->usersAt(web), 2);

    m_model->removeContainers(N, {QStringLiteral("c1")});
    QCOMPARE(m_model->usersAt(web), 1);
    // The node's fresh list replaces what was known.
    m_model->setContainers(N, {container(QStringLiteral("c3"), QStringLiteral("sha256:bb"))});
    QCOMPARE(m_model->usersAt(web), 0);
    QCOMPARE(m_model->usersAt(m_model->rowOf(N, QStringLiteral("bb"), QStringLiteral("db:1"))), 1);

    // An image that comes after its container comes counted.
    m_model->addContainers(N, {container(QStringLiteral("c4"), QStringLiteral("sha256:dd"))});
    m_model->addImages(N, {image(QStringLiteral("dd"), {QStringLiteral("late:1")})});
    QCOMPARE(m_model->usersAt(m_model->rowOf(N, QStringLiteral("dd"), QStringLiteral("late:1"))),
             1);
}

void TestImageTableModel::nodesKeepTheirOwnRows()
{
    const QString other = QStringLiteral("other");
    m_model->setNodeName(N, QStringLiteral("Laptop"));
    m_model->setNodeName(other, QStringLiteral("Build server"));
    m_model->setImages(N, {image(QStringLiteral("aa"), {QStringLiteral("web:1")})});
    // The same image on another node is another row, with its own users.
    m_model->setImages(other, {image(QStringLiteral("aa"), {QStringLiteral("web:1")}),
                               image(QStringLiteral("bb"), {QStringLiteral("db:1")})});
    m_model->setContainers(other, {container(QStringLiteral("c1"), QStringLiteral("sha256:aa"))});
    QCOMPARE(m_model->rowCount(), 3);
    const int mine = m_model->rowOf(N, QStringLiteral("aa"), QStringLiteral("web:1"));
    const int theirs = m_model->rowOf(other, QStringLiteral("aa"), QStringLiteral("web:1"));
    QVERIFY(mine != theirs);
    QCOMPARE(m_model->usersAt(mine), 0);
    QCOMPARE(m_model->usersAt(theirs), 1);
    QCOMPARE(m_model->index(theirs, ImageTableModel::Node).data().toString(),
             QStringLiteral("Build server"));
    QCOMPARE(m_model->index(mine, 0).data(ImageTableModel::NodeIdRole).toString(), N);

    const QPersistentModelIndex kept =
        m_model->index(m_model->rowOf(other, QStringLiteral("bb"), QStringLiteral("db:1")), 0);
    m_model->setImages(N, {});
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(kept.isValid());
    m_model->removeNode(other);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestImageTableModel::displayAndSortValues()
{
    ImageSummary big = image(QStringLiteral("aa"), {QStringLiteral("big:1")}, 1500000000);
    ImageSummary small =
        image(QStringLiteral("0123456789abcdef"), {QStringLiteral("small:1")}, 900);
    small.created = big.created.addSecs(-3600);
    m_model->setImages(N, {big, small});
    m_model->setNow(big.created.addSecs(5 * 60));
    const int b = m_model->rowOf(N, QStringLiteral("aa"), QStringLiteral("big:1"));
    const int s = m_model->rowOf(N, small.id, QStringLiteral("small:1"));
    QCOMPARE(m_model->index(b, ImageTableModel::Created).data().toString(),
             QStringLiteral("5 minutes ago"));
    QCOMPARE(m_model->index(s, ImageTableModel::Id).data().toString(),
             QStringLiteral("0123456789ab"));
    QCOMPARE(m_model->index(s, ImageTableModel::Id).data(Qt::ToolTipRole).toString(), small.id);
    QCOMPARE(m_model->index(b, ImageTableModel::Size).data(ImageTableModel::SortRole).toLongLong(),
             1500000000);
    QVERIFY(m_model->index(b, ImageTableModel::Size).data().toString().contains(u'1'));
    QCOMPARE(m_model->headerData(ImageTableModel::Containers, Qt::Horizontal).toString(),
             QStringLiteral("Containers"));
    QCOMPARE(
        m_model->index(s, ImageTableModel::Created).data(ImageTableModel::SortRole).toLongLong(),
        small.created.toSecsSinceEpoch());
}

// Over the harness's engines: the test image's rows for both nodes; a name given with the
// engine's CLI appears as a row from the engine's events, and goes when it is taken off; the
// count of containers using the image follows a container made and removed.
void TestImageTableModel::followsTheEngines()
{
    REQUIRE_ENGINES();
    NodeManager manager;
    manager.setLocalNode(Endpoint::unixSocket(TestEngines::dockerSocket()), QStringLiteral("test"));
    NodeConfig podmanConfig;
    podmanConfig.name = QStringLiteral("podman");
    podmanConfig.url = QStringLiteral("unix://") + TestEngines::podmanSocket();
    QCOMPARE(manager.addNode(podmanConfig), QString());
    const QString docker = QString::fromLatin1(NodeManager::LocalId);
    const QString podman = manager.nodes().at(1)->id();
    m_model->setNodeManager(&manager);
    QVERIFY(QTest::qWaitFor(
        [&manager] {
            for (NodeService *node : manager.nodes()) {
                if (node->state() != NodeService::State::Online)
                    return false;
            }
            return true;
        },
        30000));

    const auto findRow = [this](const QString &node, const QString &reference) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->nodeIdAt(r) == node && m_model->referenceAt(r) == reference)
                return r;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(findRow(docker, TestEngines::image()) >= 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(findRow(podman, TestEngines::podmanImage()) >= 0, 30000);
    const QString dockerImage = m_model->imageAt(findRow(docker, TestEngines::image())).id;
    const QString podmanImage = m_model->imageAt(findRow(podman, TestEngines::podmanImage())).id;

    // A new name on each engine: a row inserted, not a reset.
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const QString name = TestEngines::uniqueName(QStringLiteral("tagged")).toLower();
    const QString dockerTag = QStringLiteral("gontainer-test/") + name + QStringLiteral(":v1");
    const QString podmanTag =
        QStringLiteral("localhost/gontainer-test/") + name + QStringLiteral(":v1");
    auto untag = qScopeGuard([&] {
        TestEngines::docker(TestEngines::dockerSocket(), {QStringLiteral("rmi"), dockerTag});
        TestEngines::podman(TestEngines::podmanSocket(), {QStringLiteral("rmi"), podmanTag});
    });
    const int dockerNames = int(m_model->rowsOf(docker, dockerImage).size());
    QCOMPARE(TestEngines::docker(TestEngines::dockerSocket(),
                                 {QStringLiteral("tag"), TestEngines::image(), dockerTag})
                 .exitCode,
             0);
    QCOMPARE(TestEngines::podman(TestEngines::podmanSocket(),
                                 {QStringLiteral("tag"), TestEngines::podmanImage(), podmanTag})
                 .exitCode,
             0);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowOf(docker, dockerImage, dockerTag) >= 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowOf(podman, podmanImage, podmanTag) >= 0, 30000);
    QCOMPARE(m_model->rowsOf(docker, dockerImage).size(), dockerNames + 1);
    const int tagged = m_model->rowOf(docker, dockerImage, dockerTag);
    QCOMPARE(m_model->index(tagged, ImageTableModel::Tag).data().toString(), QStringLiteral("v1"));
    QCOMPARE(m_model->index(tagged, ImageTableModel::Repository).data().toString(),
             QStringLiteral("gontainer-test/") + name);

    // Taken off again: the rows go, the image's other names stay.
    QCOMPARE(TestEngines::docker(TestEngines::dockerSocket(), {QStringLiteral("rmi"), dockerTag})
                 .exitCode,
             0);
    QCOMPARE(TestEngines::podman(TestEngines::podmanSocket(), {QStringLiteral("rmi"), podmanTag})
                 .exitCode,
             0);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowOf(docker, dockerImage, dockerTag), -1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowOf(podman, podmanImage, podmanTag), -1, 30000);
    QVERIFY(findRow(docker, TestEngines::image()) >= 0);
    QVERIFY(findRow(podman, TestEngines::podmanImage()) >= 0);
    QCOMPARE(reset.count(), 0);

    // A container made from the image on each engine counts, and stops counting when removed.
    for (const auto &engine :
         {std::tuple(docker, TestEngines::dockerSocket(), dockerImage, TestEngines::image()),
          std::tuple(podman, TestEngines::podmanSocket(), podmanImage,
                     TestEngines::podmanImage())}) {
        const QString node = std::get<0>(engine);
        const QString socket = std::get<1>(engine);
        const QString imageId = std::get<2>(engine);
        const QString reference = std::get<3>(engine);
        const int row = findRow(node, reference);
        const int users = m_model->usersAt(row);
        const QString container = TestEngines::uniqueName(QStringLiteral("user"));
        QCOMPARE(TestEngines::runDetached(socket, container,
                                          {QStringLiteral("sleep"), QStringLiteral("300")})
                     .exitCode,
                 0);
        auto remove = qScopeGuard([&] {
            TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), container});
        });
        QTRY_COMPARE_WITH_TIMEOUT(m_model->usersAt(findRow(node, reference)), users + 1, 30000);
        QVERIFY(m_model->usersOf(node, imageId).contains(container));
        QVERIFY(
            m_model->index(findRow(node, reference), 0).data(ImageTableModel::InUseRole).toBool());
        QCOMPARE(
            TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), container})
                .exitCode,
            0);
        remove.dismiss();
        QTRY_COMPARE_WITH_TIMEOUT(m_model->usersAt(findRow(node, reference)), users, 30000);
    }

    // Without the manager, no rows.
    m_model->setNodeManager(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestImageTableModel)
#include "tst_imagetablemodel.moc"
