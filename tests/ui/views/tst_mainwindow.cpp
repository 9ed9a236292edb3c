#include "ui/views/mainwindow.h"

#include "core/services/nodeserviceimpl.h"
#include "testengines.h"
#include "ui/models/containertablemodel.h"
#include "ui/widgets/noticebar.h"

#include <QItemSelectionModel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The main window under the offscreen platform, bound to a real node.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsAnEnginesContainersLive_data();
    void showsAnEnginesContainersLive();
    void offlineNodeExplainsAndRetries();
    void locateFailureOffersRetry();
    void languageMenuAsksForALanguage();
};

static int rowNamed(const ContainerTableModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->containerAt(r).name == name)
            return r;
    }
    return -1;
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    qRegisterMetaType<EngineError>();
    qRegisterMetaType<EngineInfo>();
    qRegisterMetaType<ContainerSummary>();
}

void TestMainWindow::showsAnEnginesContainersLive_data()
{
    QTest::addColumn<QString>("socket");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("image");
    QTest::newRow("docker") << TestEngines::dockerSocket() << "Docker 20." << TestEngines::image();
    QTest::newRow("podman") << TestEngines::podmanSocket() << "Podman 4."
                            << TestEngines::podmanImage();
}

void TestMainWindow::showsAnEnginesContainersLive()
{
    REQUIRE_ENGINES();
    QFETCH(QString, socket);
    QFETCH(QString, engine);
    QFETCH(QString, image);
    const QString keep = TestEngines::uniqueName(QStringLiteral("keep"));
    QVERIFY(TestEngines::docker(socket, {QStringLiteral("create"), QStringLiteral("--name"), keep,
                                         QStringLiteral("--network"), QStringLiteral("none"),
                                         TestEngines::image(), QStringLiteral("true")})
                .exitCode == 0);

    MainWindow window;
    NodeServiceImpl node(QStringLiteral("local"), Endpoint::unixSocket(socket));
    window.setNode(&node);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    node.start();
    QTRY_VERIFY_WITH_TIMEOUT(window.engineStatusText().startsWith(engine), 20000);
    QVERIFY(window.engineStatusText().contains(QStringLiteral("API 1.41")));
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionStatusText().contains(QStringLiteral("Online")),
                             20000);

    ContainerTableModel *model = window.containerModel();
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(model, keep) >= 0, 10000);
    QTableView *table = window.containerView();
    QVERIFY(table->isVisible());

    // Select the existing row, then let a new container arrive: the selection stays put.
    const int keepRow = rowNamed(model, keep);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
    QVERIFY(proxy);
    const QModelIndex keepIndex = proxy->mapFromSource(model->index(keepRow, 0));
    table->selectionModel()->select(keepIndex, QItemSelectionModel::ClearAndSelect |
                                                   QItemSelectionModel::Rows);

    const QString name = TestEngines::uniqueName(QStringLiteral("window"));
    const auto run =
        TestEngines::runDetached(socket, name, {QStringLiteral("sleep"), QStringLiteral("60")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QString id = run.output;
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(id) >= 0, 15000);
    const int row = model->rowOf(id);
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(model->rowOf(id), ContainerTableModel::State).data().toString(),
        QStringLiteral("Running"), 15000);
    QCOMPARE(model->index(row, ContainerTableModel::Name).data().toString(), name);
    QCOMPARE(model->index(row, ContainerTableModel::Image).data().toString(), image);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), keep);

    TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), id, keep});
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(id) < 0, 15000);
}

void TestMainWindow::offlineNodeExplainsAndRetries()
{
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("absent.sock"));
    MainWindow window;
    NodeServiceImpl node(QStringLiteral("absent"), Endpoint::unixSocket(socket));
    window.setNode(&node);
    window.show();
    node.start();
    QTRY_VERIFY_WITH_TIMEOUT(window.noticeBar()->isVisible(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionStatusText().contains(QStringLiteral("Offline")),
                             10000);
    QVERIFY(window.noticeBar()->text().contains(socket));
    QCOMPARE(window.noticeBar()->kind(), NoticeBar::Kind::Error);
    QPushButton *retry = window.noticeBar()->actionButton();
    QVERIFY(retry->isVisible());
    QSignalSpy states(&node, &NodeService::stateChanged);
    retry->click();
    // Retrying reconnects at once (and fails again, the socket being absent) without hanging.
    QVERIFY(states.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(node.state() == NodeService::State::Offline, 5000);
}

void TestMainWindow::locateFailureOffersRetry()
{
    MainWindow window;
    window.show();
    window.showLocating(QStringLiteral("Looking…"));
    QCOMPARE(window.noticeBar()->kind(), NoticeBar::Kind::Progress);
    QVERIFY(!window.noticeBar()->actionButton()->isVisible());
    window.showLocateFailed(QStringLiteral("No engine here."));
    QCOMPARE(window.noticeBar()->kind(), NoticeBar::Kind::Error);
    QSignalSpy retry(&window, &MainWindow::retryLocateRequested);
    window.noticeBar()->actionButton()->click();
    QCOMPARE(retry.count(), 1);
}

void TestMainWindow::languageMenuAsksForALanguage()
{
    MainWindow window;
    QSignalSpy requested(&window, &MainWindow::languageRequested);
    QAction *korean = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->data().toString() == QLatin1String("ko"))
            korean = action;
    }
    QVERIFY(korean);
    korean->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), QStringLiteral("ko"));
    QVERIFY(korean->isChecked());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
