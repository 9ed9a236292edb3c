#include "ui/models/imagefilterproxy.h"

#include "ui/models/imagetablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {
QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromLatin1(n);
    return out;
}

const QString A = QStringLiteral("a");
const QString B = QStringLiteral("b");

ImageSummary image(const QString &hex, const QStringList &tags, qint64 size, qint64 created)
{
    ImageSummary i;
    i.id = QStringLiteral("sha256:") + hex;
    i.repoTags = tags;
    i.size = size;
    i.created = QDateTime::fromSecsSinceEpoch(created, Qt::UTC);
    return i;
}
} // namespace

// The images the user asked to see, over a model fed values: search over repository, tag and id,
// filters by node, use and name, and sorting by value.
class TestImageFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void search_data();
    void search();
    void nodeFilter();
    void useFilterFollowsContainers();
    void danglingFilter();
    void sortsByValue_data();
    void sortsByValue();

private:
    QStringList shown() const;
    std::unique_ptr<ImageTableModel> m_model;
    std::unique_ptr<ImageFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestImageFilterProxy::init()
{
    m_model = std::make_unique<ImageTableModel>();
    m_proxy = std::make_unique<ImageFilterProxy>();
    m_proxy->setImageModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setNodeName(A, QStringLiteral("alpha"));
    m_model->setNodeName(B, QStringLiteral("beta"));
    // Sizes and dates chosen so that text order differs from value order.
    m_model->setImages(A,
                       {image(QStringLiteral("1111aaaa"), {QStringLiteral("nginx:1.25")}, 9, 300),
                        image(QStringLiteral("2222bbbb"),
                              {QStringLiteral("localhost:5000/team/api:v10")}, 100, 100),
                        image(QStringLiteral("3333cccc"), {}, 10, 200)});
    m_model->setImages(
        B, {image(QStringLiteral("4444dddd"),
                  {QStringLiteral("redis:7"), QStringLiteral("redis:latest")}, 1000, 50)});
}

void TestImageFilterProxy::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
}

QStringList TestImageFilterProxy::shown() const
{
    QStringList out;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        const QString name = i.data(ImageTableModel::ReferenceRole).toString();
        out << (name.startsWith(QLatin1String("sha256:")) ? name.mid(7, 4) : name);
    }
    return out;
}

void TestImageFilterProxy::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all") << ""
                         << names({"nginx:1.25", "localhost:5000/team/api:v10", "3333", "redis:7",
                                   "redis:latest"});
    QTest::newRow("repository, any case") << "NGINX" << names({"nginx:1.25"});
    QTest::newRow("part of a repository") << "team" << names({"localhost:5000/team/api:v10"});
    QTest::newRow("tag") << "latest" << names({"redis:latest"});
    QTest::newRow("id start") << "3333" << names({"3333"});
    QTest::newRow("id, not from its start") << "aaaa" << QStringList();
    QTest::newRow("id with its prefix") << "sha256:2222" << names({"localhost:5000/team/api:v10"});
    QTest::newRow("every word") << "redis 7" << names({"redis:7"});
    QTest::newRow("nothing") << "postgres" << QStringList();
    QTest::newRow("nameless row by its <none>") << "<none>" << names({"3333"});
}

void TestImageFilterProxy::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    m_proxy->setSearchText(text);
    QStringList got = shown();
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
}

void TestImageFilterProxy::nodeFilter()
{
    m_proxy->setNodeFilter(B);
    QCOMPARE(m_proxy->rowCount(), 2);
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        QCOMPARE(m_proxy->index(r, 0).data(ImageTableModel::NodeIdRole).toString(), B);
    m_proxy->setNodeFilter(QString());
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestImageFilterProxy::useFilterFollowsContainers()
{
    m_proxy->setUseFilter(ImageFilterProxy::UseFilter::InUse);
    QCOMPARE(m_proxy->rowCount(), 0);
    // A container made from redis: both its names show, at once.
    ContainerSummary c;
    c.id = QStringLiteral("c1");
    c.name = QStringLiteral("cache");
    c.imageId = QStringLiteral("4444dddd");
    m_model->addContainers(B, {c});
    QCOMPARE(shown(), QStringList({QStringLiteral("redis:7"), QStringLiteral("redis:latest")}));
    m_proxy->setUseFilter(ImageFilterProxy::UseFilter::Unused);
    QCOMPARE(m_proxy->rowCount(), 3);
    // Removed: unused again.
    m_model->removeContainers(B, {c.id});
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestImageFilterProxy::danglingFilter()
{
    m_proxy->setDanglingFilter(ImageFilterProxy::DanglingFilter::Dangling);
    QCOMPARE(shown(), QStringList({QStringLiteral("3333")}));
    m_proxy->setDanglingFilter(ImageFilterProxy::DanglingFilter::Named);
    QCOMPARE(m_proxy->rowCount(), 4);
    // An image losing its last name moves to the dangling ones.
    m_model->updateImages(A, {image(QStringLiteral("1111aaaa"), {}, 9, 300)});
    QCOMPARE(m_proxy->rowCount(), 3);
    m_proxy->setDanglingFilter(ImageFilterProxy::DanglingFilter::Dangling);
    QCOMPARE(m_proxy->rowCount(), 2);
}

void TestImageFilterProxy::sortsByValue_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending");
    // 9 < 10 < 100 < 1000 bytes, not "10" < "100" < "1000" < "9".
    QTest::newRow("size") << int(ImageTableModel::Size)
                          << names({"nginx:1.25", "3333", "localhost:5000/team/api:v10", "redis:7",
                                    "redis:latest"});
    QTest::newRow("created") << int(ImageTableModel::Created)
                             << names({"redis:7", "redis:latest", "localhost:5000/team/api:v10",
                                       "3333", "nginx:1.25"});
    QTest::newRow("repository, then tag")
        << int(ImageTableModel::Repository)
        << names({"3333", "localhost:5000/team/api:v10", "nginx:1.25", "redis:7", "redis:latest"});
    QTest::newRow("node") << int(ImageTableModel::Node) << QStringList();
}

void TestImageFilterProxy::sortsByValue()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    m_proxy->sort(column, Qt::AscendingOrder);
    if (ascending.isEmpty()) {
        // By node name: alpha's three rows, then beta's two.
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            QCOMPARE(m_proxy->index(r, 0).data(ImageTableModel::NodeIdRole).toString(),
                     r < 3 ? A : B);
        return;
    }
    QStringList got = shown();
    // Rows of one image tie on its values: compare them as a set.
    const auto sameImage = [](QStringList list) {
        for (QString &s : list) {
            if (s.startsWith(QLatin1String("redis:")))
                s = QStringLiteral("redis");
        }
        return list;
    };
    QCOMPARE(sameImage(got), sameImage(ascending));
    m_proxy->sort(column, Qt::DescendingOrder);
    got = shown();
    std::reverse(ascending.begin(), ascending.end());
    QCOMPARE(sameImage(got), sameImage(ascending));
}

QTEST_MAIN(TestImageFilterProxy)
#include "tst_imagefilterproxy.moc"
