#include "ui/models/volumefilterproxy.h"

#include "ui/models/volumetablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {
const QString A = QStringLiteral("a");
const QString B = QStringLiteral("b");

VolumeInfo volume(const QString &name, const QMap<QString, QString> &labels = {},
                  const QString &driver = QStringLiteral("local"))
{
    VolumeInfo v;
    v.name = name;
    v.driver = driver;
    v.mountpoint = QStringLiteral("/srv/volumes/") + name;
    v.labels = labels;
    return v;
}
} // namespace

// The volumes the user asked to see: search words over name, driver, mountpoint and labels; the
// node filter; the use filter from the disk usage's counts (a volume not counted yet shows only
// without one); sorting by value.
class TestVolumeFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void searchesEveryWordAnywhere();
    void filtersByNodeAndUse();
    void sortsByValue();

private:
    QStringList shown() const;

    std::unique_ptr<VolumeTableModel> m_model;
    std::unique_ptr<VolumeFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestVolumeFilterProxy::init()
{
    m_model = std::make_unique<VolumeTableModel>();
    m_proxy = std::make_unique<VolumeFilterProxy>();
    m_proxy->setVolumeModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setVolumes(
        A, {volume(QStringLiteral("pgdata"), {{QStringLiteral("app"), QStringLiteral("db")}}),
            volume(QStringLiteral("cache")),
            volume(QStringLiteral("remote"), {}, QStringLiteral("nfs-plugin"))});
    m_model->setVolumes(B, {volume(QStringLiteral("pgdata"))});
}

void TestVolumeFilterProxy::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
}

QStringList TestVolumeFilterProxy::shown() const
{
    QStringList out;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        out << i.data(VolumeTableModel::NodeIdRole).toString() + QLatin1Char('/') +
                   i.data(VolumeTableModel::VolumeNameRole).toString();
    }
    out.sort();
    return out;
}

void TestVolumeFilterProxy::searchesEveryWordAnywhere()
{
    QCOMPARE(m_proxy->rowCount(), 4);
    m_proxy->setSearchText(QStringLiteral("PG"));
    QCOMPARE(shown(), (QStringList{QStringLiteral("a/pgdata"), QStringLiteral("b/pgdata")}));
    // Every word must match, each anywhere: here one in the name, one in a label.
    m_proxy->setSearchText(QStringLiteral("pg app=db"));
    QCOMPARE(shown(), QStringList{QStringLiteral("a/pgdata")});
    m_proxy->setSearchText(QStringLiteral("nfs"));
    QCOMPARE(shown(), QStringList{QStringLiteral("a/remote")});
    m_proxy->setSearchText(QStringLiteral("/srv/volumes/cache"));
    QCOMPARE(shown(), QStringList{QStringLiteral("a/cache")});
    m_proxy->setSearchText(QStringLiteral("nothing-like-it"));
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestVolumeFilterProxy::filtersByNodeAndUse()
{
    m_proxy->setNodeFilter(B);
    QCOMPARE(shown(), QStringList{QStringLiteral("b/pgdata")});
    m_proxy->setNodeFilter(QString());

    // Not counted yet: only without a use filter.
    m_proxy->setUseFilter(VolumeFilterProxy::UseFilter::InUse);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setUseFilter(VolumeFilterProxy::UseFilter::Unused);
    QCOMPARE(m_proxy->rowCount(), 0);

    // Counted: the rows follow at once.
    m_model->setUsage(A, {{QStringLiteral("pgdata"), {100, 1}},
                          {QStringLiteral("cache"), {0, 0}},
                          {QStringLiteral("remote"), {-1, -1}}});
    QCOMPARE(shown(), QStringList{QStringLiteral("a/cache")});
    m_proxy->setUseFilter(VolumeFilterProxy::UseFilter::InUse);
    QCOMPARE(shown(), QStringList{QStringLiteral("a/pgdata")});
    // The last user gone: the volume leaves the in-use rows.
    m_model->setUsage(A, {{QStringLiteral("pgdata"), {100, 0}}, {QStringLiteral("cache"), {0, 0}}});
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setUseFilter(VolumeFilterProxy::UseFilter::Unused);
    QCOMPARE(shown(), (QStringList{QStringLiteral("a/cache"), QStringLiteral("a/pgdata")}));
    m_proxy->setUseFilter(VolumeFilterProxy::UseFilter::All);
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestVolumeFilterProxy::sortsByValue()
{
    m_model->setUsage(A, {{QStringLiteral("pgdata"), {9000000, 3}},
                          {QStringLiteral("cache"), {20, 0}},
                          {QStringLiteral("remote"), {300000, 1}}});
    m_proxy->setNodeFilter(A);
    m_proxy->sort(VolumeTableModel::Size, Qt::DescendingOrder);
    QStringList names;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        names << m_proxy->index(r, 0).data(VolumeTableModel::VolumeNameRole).toString();
    QCOMPARE(names, (QStringList{QStringLiteral("pgdata"), QStringLiteral("remote"),
                                 QStringLiteral("cache")}));
    m_proxy->sort(VolumeTableModel::Containers, Qt::AscendingOrder);
    names.clear();
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        names << m_proxy->index(r, 0).data(VolumeTableModel::VolumeNameRole).toString();
    QCOMPARE(names, (QStringList{QStringLiteral("cache"), QStringLiteral("remote"),
                                 QStringLiteral("pgdata")}));
    m_proxy->sort(VolumeTableModel::Name, Qt::AscendingOrder);
    QCOMPARE(m_proxy->index(0, VolumeTableModel::Name).data().toString(), QStringLiteral("cache"));
}

QTEST_MAIN(TestVolumeFilterProxy)
#include "tst_volumefilterproxy.moc"
