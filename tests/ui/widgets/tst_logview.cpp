#include "ui/widgets/logview.h"

#include "core/services/nodeserviceimpl.h"
#include "testengines.h"
#include "ui/models/logfiltermodel.h"
#include "ui/models/logmodel.h"
#include "ui/views/logwindow.h"

#include "ui/widgets/loglinesview.h"
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>

#include <QItemSelectionModel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

// The log viewer against real engines: following pauses while the reader is further up and
// nothing moves under them; merged order across two nodes; search; save and copy; exit codes.
class TestLogView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The viewer remembers its toggles: in a settings folder of this run's own.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    }
    void init();
    void cleanup();
    void readingUpStaysPut();
    void mergesTwoNodesByTime();
    void searchFromTheBar();
    void saveAndCopyWholeLines();
    void togglesAreRemembered();
    void exitCodeAndSourceSwitches();

private:
    bool startNodes();
    QString run(bool podman, const QString &script);
    static QStringList shown(const LogView &view)
    {
        QStringList out;
        const LogFilterModel *m = view.filterModel();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r).data().toString();
        return out;
    }
    static QString topText(const LogView &view)
    {
        return view.listView()->indexAt(QPoint(2, 2)).data().toString();
    }

    QTemporaryDir m_config;
    std::unique_ptr<NodeServiceImpl> m_docker;
    std::unique_ptr<NodeServiceImpl> m_podman;
    QList<std::pair<QString, QString>> m_created; // socket, id
};

void TestLogView::init()
{
    m_created.clear();
}

void TestLogView::cleanup()
{
    for (const auto &[socket, id] : std::as_const(m_created))
        TestEngines::docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), id});
    m_docker.reset();
    m_podman.reset();
}

bool TestLogView::startNodes()
{
    m_docker = std::make_unique<NodeServiceImpl>(QStringLiteral("docker"),
                                                 Endpoint::unixSocket(TestEngines::dockerSocket()));
    m_podman = std::make_unique<NodeServiceImpl>(QStringLiteral("podman"),
                                                 Endpoint::unixSocket(TestEngines::podmanSocket()));
    m_docker->start();
    m_podman->start();
    return QTest::qWaitFor(
        [this] {
            return m_docker->state() == NodeService::State::Online &&
                   m_podman->state() == NodeService::State::Online;
        },
        30000);
}

QString TestLogView::run(bool podman, const QString &script)
{
    const QString socket = podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
    const auto r = TestEngines::runDetached(socket, TestEngines::uniqueName(QStringLiteral("lv")),
                                            {QStringLiteral("sh"), QStringLiteral("-c"), script});
    if (r.exitCode != 0)
        return {};
    const QString id = r.output.trimmed();
    m_created.append({socket, id});
    return id;
}

void TestLogView::readingUpStaysPut()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    // Prints numbered lines quickly: a thousand at a time, up to twenty thousand a second.
    const QString id = run(false, QStringLiteral("i=1; while [ $i -lt 2000000 ]; do seq $i "
                                                 "$((i+999)) | sed 's/^/line /'; i=$((i+1000)); "
                                                 "sleep 0.05; done"));
    QVERIFY(!id.isEmpty());
    LogView view;
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCap(30000);
    view.setTail(-1);
    view.setTargets({{m_docker.get(), id, QStringLiteral("fast")}});
    QVERIFY(view.followsEnd());
    // Near the cap, so that the oldest lines go while the reader is a little way up.
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() > 25000, 30000);
    QScrollBar *bar = view.listView()->verticalScrollBar();
    // Following: the newest line is in view.
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > bar->pageStep() * 40, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(bar->value(), bar->maximum(), 30000);

    // The reader scrolls up: following pauses, and what they read stays where it is while lines
    // come in and the oldest go.
    QSignalSpy dropped(view.model(), &LogModel::linesDropped);
    bar->setValue(bar->maximum() - bar->pageStep() * 20);
    QVERIFY(!view.followsEnd());
    QVERIFY(!view.findChild<QToolButton *>(QStringLiteral("logFollow"))->isChecked());
    const QString top = topText(view);
    QVERIFY(top.startsWith(QStringLiteral("line ")));
    const int rows = view.model()->rowCount();
    QTRY_VERIFY_WITH_TIMEOUT(!dropped.isEmpty(), 30000);
    QTest::qWait(100);
    QVERIFY(view.model()->rowCount() <= 30000);
    QVERIFY(view.model()->firstNumber() > 0 || view.model()->rowCount() > rows);
    QCOMPARE(topText(view), top);
    QVERIFY(!view.followsEnd());

    // The way back says how much came meanwhile.
    QVERIFY(view.findChild<QToolButton *>(QStringLiteral("logEnd"))
                ->text()
                .contains(QStringLiteral("new line")));
    // Back at the end: following goes on.
    view.findChild<QToolButton *>(QStringLiteral("logEnd"))->click();
    QVERIFY(view.followsEnd());
    QTRY_COMPARE_WITH_TIMEOUT(bar->value(), bar->maximum(), 30000);
    // Numbered lines, none repeated or lost in between.
    const QStringList lines = shown(view);
    const int first = lines.first().mid(5).toInt();
    for (int i = 0; i < lines.size(); ++i)
        QCOMPARE(lines.at(i), QStringLiteral("line %1").arg(first + i));
}

void TestLogView::mergesTwoNodesByTime()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    // Created first, so that the window follows both from their first line.
    const QString script = QStringLiteral("for i in 1 2 3 4 5; do echo %1$i; sleep 0.4; done; "
                                          "sleep 30");
    const auto a =
        TestEngines::docker(TestEngines::dockerSocket(),
                            {QStringLiteral("create"), QStringLiteral("--network"),
                             QStringLiteral("none"), TestEngines::image(), QStringLiteral("sh"),
                             QStringLiteral("-c"), script.arg(QStringLiteral("a"))});
    const auto b =
        TestEngines::docker(TestEngines::podmanSocket(),
                            {QStringLiteral("create"), QStringLiteral("--network"),
                             QStringLiteral("none"), TestEngines::image(), QStringLiteral("sh"),
                             QStringLiteral("-c"), script.arg(QStringLiteral("b"))});
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(b.exitCode, 0);
    const QString aId = a.output.trimmed().split(QLatin1Char('\n')).last();
    const QString bId = b.output.trimmed().split(QLatin1Char('\n')).last();
    m_created.append({TestEngines::dockerSocket(), aId});
    m_created.append({TestEngines::podmanSocket(), bId});
    LogWindow window({{m_docker.get(), aId, QStringLiteral("alpha")},
                      {m_podman.get(), bId, QStringLiteral("beta")}});
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.logView()->follower(1)->state() == LogFollower::State::Exited,
                             30000);
    QCOMPARE(
        TestEngines::docker(TestEngines::dockerSocket(), {QStringLiteral("start"), aId}).exitCode,
        0);
    QTest::qWait(200);
    QCOMPARE(
        TestEngines::docker(TestEngines::podmanSocket(), {QStringLiteral("start"), bId}).exitCode,
        0);
    LogView *view = window.logView();
    QVERIFY(window.windowTitle().contains(QStringLiteral("alpha")));
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() == 10, 30000);
    // In time order across the nodes: each container's lines in its own order, interleaved.
    const QStringList lines = shown(*view);
    for (int r = 1; r < 10; ++r)
        QVERIFY(view->model()->time(r) >= view->model()->time(r - 1));
    QStringList as, bs;
    for (const QString &l : lines)
        (l.startsWith(u'a') ? as : bs) << l;
    QCOMPARE(as, (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3"),
                              QStringLiteral("a4"), QStringLiteral("a5")}));
    QCOMPARE(bs, (QStringList{QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("b3"),
                              QStringLiteral("b4"), QStringLiteral("b5")}));
    QVERIFY2(lines.indexOf(QStringLiteral("b1")) < lines.indexOf(QStringLiteral("a5")),
             qPrintable(lines.join(u' ')));
    QVERIFY2(lines.indexOf(QStringLiteral("a1")) < lines.indexOf(QStringLiteral("b5")),
             qPrintable(lines.join(u' ')));
    QCOMPARE(view->model()->source(1).nodeName, QStringLiteral("podman"));
    // Sources can be switched off one by one.
    view->findChild<QToolButton *>(QStringLiteral("logSource0"))->click();
    QCOMPARE(shown(*view),
             (QStringList{QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("b3"),
                          QStringLiteral("b4"), QStringLiteral("b5")}));
    window.close();
}

void TestLogView::searchFromTheBar()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString id =
        run(true, QStringLiteral("for i in $(seq 1 300); do echo \"request $i status "
                                 "$((200 + (i % 3) * 100))\"; done; sleep 30"));
    QVERIFY(!id.isEmpty());
    LogView view;
    view.resize(800, 400);
    view.show();
    view.setTargets({{m_podman.get(), id, QStringLiteral("web")}});
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() == 300, 30000);
    auto *search = view.findChild<QLineEdit *>(QStringLiteral("logSearch"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("STATUS 400"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(view.filterModel()->matchCount(), 100, 30000);
    // The first match is chosen once the search is done.
    QTRY_COMPARE_WITH_TIMEOUT(view.listView()->currentIndex().data().toString(),
                              QStringLiteral("request 2 status 400"), 30000);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(view.listView()->currentIndex().data().toString(),
             QStringLiteral("request 5 status 400"));
    QTest::keyClick(search, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(view.listView()->currentIndex().data().toString(),
             QStringLiteral("request 2 status 400"));
    // Case, then a regular expression, then only the matching lines.
    view.findChild<QToolButton *>(QStringLiteral("logCase"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(view.filterModel()->matchCount(), 0, 30000);
    view.setSearch(QStringLiteral("^request (1|2)0 "), true, false);
    QTRY_COMPARE_WITH_TIMEOUT(view.filterModel()->matchCount(), 2, 30000);
    view.setOnlyMatching(true);
    QCOMPARE(shown(view), (QStringList{QStringLiteral("request 10 status 300"),
                                       QStringLiteral("request 20 status 400")}));
    view.setSearch(QStringLiteral("(unclosed"), true, false);
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("logSearchInfo"))
                ->text()
                .contains(QStringLiteral("valid")));
}

void TestLogView::saveAndCopyWholeLines()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString id = run(false, QStringLiteral("echo first; head -c 200000 /dev/zero | tr '\\0' "
                                                 "z; echo; printf '\\033[1;32mgreen\\033[0m\\n'; "
                                                 "sleep 30"));
    QVERIFY(!id.isEmpty());
    LogView view;
    view.resize(800, 400);
    view.show();
    view.setTargets({{m_docker.get(), id, QStringLiteral("saver")}});
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() == 3, 30000);
    // Shown cut and plain, kept whole with its bytes.
    QVERIFY(view.filterModel()->index(1).data().toString().size() < 11000);
    QCOMPARE(view.filterModel()->index(2).data().toString(), QStringLiteral("green"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.log"));
    QString error = QStringLiteral("not done");
    QVERIFY(view.save(path, true, [&error](const QString &e) { error = e; }));
    QTRY_VERIFY_WITH_TIMEOUT(error != QStringLiteral("not done"), 30000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
             QByteArray("first\n") + QByteArray(200000, 'z') + "\n\x1b[1;32mgreen\x1b[0m\n");

    // Shown lines only, with their times.
    view.setSearch(QStringLiteral("first"), false, false);
    view.setOnlyMatching(true);
    QTRY_COMPARE_WITH_TIMEOUT(view.filterModel()->rowCount(), 1, 30000);
    view.setShowTimestamps(true);
    const QString shownPath = dir.filePath(QStringLiteral("shown.log"));
    error = QStringLiteral("not done");
    QVERIFY(view.save(shownPath, false, [&error](const QString &e) { error = e; }));
    QTRY_VERIFY_WITH_TIMEOUT(error.isEmpty(), 30000);
    QFile shownFile(shownPath);
    QVERIFY(shownFile.open(QIODevice::ReadOnly));
    const QByteArray saved = shownFile.readAll();
    QVERIFY2(saved.endsWith("Z first\n") && saved.count('\n') == 1, saved.constData());

    view.setOnlyMatching(false);
    view.setShowTimestamps(false);
    view.listView()->selectionModel()->select(view.filterModel()->index(1),
                                              QItemSelectionModel::Select);
    view.listView()->selectionModel()->select(view.filterModel()->index(0),
                                              QItemSelectionModel::Select);
    view.copySelection();
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("first\n") + QString(200000, QLatin1Char('z')));
    // Not writable: says why, and nothing is lost.
    error = QStringLiteral("not done");
    QVERIFY(!view.save(QStringLiteral("/proc/no/such/dir/x.log"), true,
                       [&error](const QString &e) { error = e; }));
    QVERIFY(!error.isEmpty() && error != QStringLiteral("not done"));
}

void TestLogView::togglesAreRemembered()
{
    {
        LogView view;
        view.setShowTimestamps(true);
        view.setWrap(true);
        view.setColours(false);
    }
    LogView again;
    QVERIFY(again.findChild<QToolButton *>(QStringLiteral("logTimes"))->isChecked());
    QVERIFY(again.findChild<QToolButton *>(QStringLiteral("logWrap"))->isChecked());
    QVERIFY(!again.findChild<QToolButton *>(QStringLiteral("logColours"))->isChecked());
    again.setShowTimestamps(false);
    again.setWrap(false);
    again.setColours(true);
    QCOMPARE(again.model()->cap(), 1000000);
}

void TestLogView::exitCodeAndSourceSwitches()
{
    REQUIRE_ENGINES();
    QVERIFY(startNodes());
    const QString id = run(true, QStringLiteral("echo bye; sleep 1; exit 4"));
    QVERIFY(!id.isEmpty());
    LogView view;
    view.show();
    view.setTargets({{m_podman.get(), id, QStringLiteral("quitter")}});
    QTRY_VERIFY_WITH_TIMEOUT(view.statusText().contains(QStringLiteral("exited with code 4")),
                             30000);
    QCOMPARE(shown(view), QStringList{QStringLiteral("bye")});
}

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
