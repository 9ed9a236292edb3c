#include "core/config/nodeimporter.h"
#include "core/config/nodestore.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "ui/dialogs/importnodesdialog.h"
#include "ui/dialogs/nodedialog.h"
#include "ui/models/nodelistmodel.h"
#include "ui/views/mainwindow.h"
#include "ui/views/nodespage.h"
#include "ui/widgets/noticebar.h"
#include "ui/widgets/notificationarea.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

// Nodes reached unsafely (plain TCP, or TLS without checking the engine's certificate) are
// marked wherever nodes are listed, with a tooltip that says what is at risk; a plain TCP
// node's permission to receive registry logins is set in the node dialog; the window shows a
// node list that could not be saved.
class TestNodeMarks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void sidebarModelMarks();
    void nodesPageMarks();
    void importListMarks();
    void dialogAllowsPlaintextLogins();
    void windowShowsSaveProblem();

private:
    static NodeConfig config(const QString &name, const QString &url, bool tls = false,
                             bool skipVerify = false);
    QTemporaryDir m_config;
};

void TestNodeMarks::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_nodemarks"));
}

void TestNodeMarks::init()
{
    QSettings().clear();
}

NodeConfig TestNodeMarks::config(const QString &name, const QString &url, bool tls, bool skipVerify)
{
    NodeConfig c;
    c.name = name;
    c.url = url;
    c.tls = tls;
    c.tlsSkipVerify = skipVerify;
    return c;
}

void TestNodeMarks::sidebarModelMarks()
{
    NodeManager manager;
    QCOMPARE(manager.addNode(
                 config(QStringLiteral("socket"), QStringLiteral("unix:///nonexistent.sock"))),
             QString());
    QCOMPARE(manager.addNode(config(QStringLiteral("plain"), QStringLiteral("tcp://127.0.0.1:1"))),
             QString());
    QCOMPARE(manager.addNode(config(QStringLiteral("unchecked"),
                                    QStringLiteral("tcp://127.0.0.1:2"), true, true)),
             QString());
    QCOMPARE(manager.addNode(config(QStringLiteral("checked"), QStringLiteral("tcp://127.0.0.1:3"),
                                    true, false)),
             QString());
    NodeListModel model(&manager);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto risk = [&model](const QString &id) {
        return model.data(model.index(model.rowOf(id)), NodeListModel::RiskRole).toString();
    };
    const auto tip = [&model](const QString &id) {
        return model.data(model.index(model.rowOf(id)), Qt::ToolTipRole).toString();
    };
    const QString plain = manager.node(QStringLiteral("plain"))->id();
    const QString unchecked = manager.node(QStringLiteral("unchecked"))->id();
    QVERIFY2(risk(plain).contains(QStringLiteral("without TLS")), qPrintable(risk(plain)));
    QVERIFY(tip(plain).contains(QStringLiteral("tcp://127.0.0.1:1")));
    QVERIFY(tip(plain).contains(risk(plain)));
    QVERIFY2(risk(unchecked).contains(QStringLiteral("certificate is not checked")),
             qPrintable(risk(unchecked)));
    QVERIFY(tip(unchecked).contains(risk(unchecked)));
    QCOMPARE(risk(manager.node(QStringLiteral("socket"))->id()), QString());
    QCOMPARE(risk(manager.node(QStringLiteral("checked"))->id()), QString());
}

void TestNodeMarks::nodesPageMarks()
{
    NodeManager manager;
    QCOMPARE(manager.addNode(config(QStringLiteral("plain"), QStringLiteral("tcp://127.0.0.1:1"))),
             QString());
    QCOMPARE(manager.addNode(
                 config(QStringLiteral("socket"), QStringLiteral("unix:///nonexistent.sock"))),
             QString());
    NodesPage page;
    page.setNodeManager(&manager);
    page.show();
    page.setNode(manager.node(QStringLiteral("plain")));
    QVERIFY(page.riskBadge()->isVisible());
    QVERIFY(!page.riskBadge()->pixmap().isNull());
    QVERIFY2(page.riskBadge()->toolTip().contains(QStringLiteral("without TLS")),
             qPrintable(page.riskBadge()->toolTip()));
    QVERIFY(page.details()->toPlainText().contains(QStringLiteral("without TLS")));
    page.setNode(manager.node(QStringLiteral("socket")));
    QVERIFY(!page.riskBadge()->isVisible());
    QVERIFY(!page.details()->toPlainText().contains(QStringLiteral("without TLS")));
}

void TestNodeMarks::importListMarks()
{
    NodeImporter::Plan plan;
    plan.add = {
        config(QStringLiteral("ctx-plain"), QStringLiteral("tcp://10.0.0.1:2375")),
        config(QStringLiteral("ctx-skip"), QStringLiteral("tcp://10.0.0.2:2376"), true, true),
        config(QStringLiteral("ctx-safe"), QStringLiteral("tcp://10.0.0.3:2376"), true)};
    ImportNodesDialog dialog(plan, {});
    QListWidget *list = dialog.list();
    QCOMPARE(list->count(), 3);
    QVERIFY(!list->item(0)->icon().isNull());
    QVERIFY(list->item(0)->toolTip().contains(QStringLiteral("without TLS")));
    QVERIFY(list->item(0)->toolTip().contains(
        list->item(0)->data(ImportNodesDialog::RiskRole).toString().toHtmlEscaped()));
    QVERIFY(!list->item(1)->icon().isNull());
    QVERIFY(list->item(1)->toolTip().contains(QStringLiteral("certificate is not checked")));
    QVERIFY(list->item(2)->icon().isNull());
    QCOMPARE(list->item(2)->toolTip(), QString());
}

void TestNodeMarks::dialogAllowsPlaintextLogins()
{
    NodeManager manager;
    QCOMPARE(manager.addNode(config(QStringLiteral("plain"), QStringLiteral("tcp://127.0.0.1:1"))),
             QString());
    NodeService *node = manager.node(QStringLiteral("plain"));
    QVERIFY(!node->config().allowCredentialsInPlaintext);
    QVERIFY(!node->config().credentialsRefusal().isEmpty());

    NodeDialog dialog(&manager, node->id());
    auto *allow = qobject_cast<QCheckBox *>(dialog.field(QStringLiteral("allowPlaintextLogins")));
    QVERIFY(allow);
    QVERIFY(allow->isEnabled());
    QVERIFY(!allow->isChecked());
    QVERIFY(allow->text().contains(QStringLiteral("unsafe")));
    QVERIFY(!allow->toolTip().isEmpty());
    allow->setChecked(true);
    QVERIFY(dialog.config().allowCredentialsInPlaintext);
    dialog.save();
    QTRY_VERIFY(manager.node(QStringLiteral("plain"))->config().allowCredentialsInPlaintext);
    QCOMPARE(manager.node(QStringLiteral("plain"))->config().credentialsRefusal(), QString());
    QVERIFY(manager.node(QStringLiteral("plain"))
                ->config()
                .riskText()
                .contains(QStringLiteral("sent to it all the same")));

    // With TLS the choice has no meaning: off and greyed.
    NodeDialog tls(&manager, manager.node(QStringLiteral("plain"))->id());
    auto *useTls = tls.findChild<QCheckBox *>();
    for (QCheckBox *c : tls.findChildren<QCheckBox *>()) {
        if (c->text().contains(QStringLiteral("TLS")))
            useTls = c;
    }
    QVERIFY(useTls);
    useTls->setChecked(true);
    auto *allowTls = qobject_cast<QCheckBox *>(tls.field(QStringLiteral("allowPlaintextLogins")));
    QVERIFY(!allowTls->isEnabled());
    QVERIFY(!tls.config().allowCredentialsInPlaintext);
}

void TestNodeMarks::windowShowsSaveProblem()
{
    // A node list that cannot be saved: the window says so, with the file and what to do.
    // (A read-only folder is made by tst_nodestore; here the file's place is a folder.)
    NodeManager manager;
    MainWindow window;
    window.setNodeManager(&manager);
    const QString path = QSettings().fileName();
    QFile::remove(path);
    QVERIFY(QDir().mkpath(path + QStringLiteral("/a-folder-in-the-way")));
    auto cleanup = qScopeGuard([&] { QDir(path).removeRecursively(); });
    QCOMPARE(
        manager.addNode(config(QStringLiteral("kept"), QStringLiteral("unix:///nonexistent.sock"))),
        QString());
    QVERIFY(manager.node(QStringLiteral("kept")));
    const auto shown = [&window](const QString &text) {
        for (NoticeBar *bar : window.notifications()->notices()) {
            if (bar->text().contains(text))
                return true;
        }
        return false;
    };
    QVERIFY(!manager.saveProblem().isEmpty());
    QVERIFY2(shown(QDir::toNativeSeparators(path)), qPrintable(manager.saveProblem()));
    QVERIFY(shown(QStringLiteral("permissions")));

    // Fixed: the next change saves both, and the notice goes.
    QDir(path).removeRecursively();
    QCOMPARE(manager.addNode(
                 config(QStringLiteral("next"), QStringLiteral("unix:///nonexistent2.sock"))),
             QString());
    QCOMPARE(manager.saveProblem(), QString());
    QVERIFY(!shown(QDir::toNativeSeparators(path)));
    QCOMPARE(NodeStore::load().size(), 2);
}

QTEST_MAIN(TestNodeMarks)
#include "tst_nodemarks.moc"
