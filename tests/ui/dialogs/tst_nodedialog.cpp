#include "ui/dialogs/nodedialog.h"

#include "core/config/secretstore.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"
#include "ui/dialogs/importnodesdialog.h"
#include "ui/views/nodespage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

// The node dialog and the Nodes page against real engines: a node added through the dialog
// after testing its connection (socket, TCP with TLS, SSH), bad settings refused with the
// reason, editing, and the page's details.
class TestNodeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addsATestedLocalNode();
    void badSettingsAreRefused();
    void failedTestSaysWhy();
    void tlsAndSshNodes();
    void editsANode();
    void addsAContainerdNode();
    void importOffersOnlyNewNodes();
    void testingNeverReplacesASavedPassphrase();

private:
    static void setText(QWidget *field, const QString &text);
    QTemporaryDir m_config;
    std::unique_ptr<NodeManager> m_manager;
};

void TestNodeDialog::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_nodedialog"));
}

void TestNodeDialog::init()
{
    QSettings().clear();
    m_manager = std::make_unique<NodeManager>();
}

void TestNodeDialog::cleanup()
{
    m_manager.reset();
}

void TestNodeDialog::setText(QWidget *field, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(field);
    QVERIFY(edit);
    // setText, not key clicks: QTest cannot type Korean.
    edit->setText(text);
}

void TestNodeDialog::addsATestedLocalNode()
{
    REQUIRE_ENGINES();
    NodeDialog dialog(m_manager.get());
    dialog.show();
    QVERIFY(!dialog.saveButton()->isEnabled());
    setText(dialog.field(QStringLiteral("name")), QStringLiteral("빌드 서버"));
    setText(dialog.field(QStringLiteral("socket")), TestEngines::podmanSocket());
    QVERIFY(dialog.saveButton()->isEnabled());
    QSignalSpy tested(&dialog, &NodeDialog::tested);
    dialog.testButton()->click();
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.first().first().toBool(), true);
    QVERIFY2(dialog.resultLabel()->text().startsWith(QStringLiteral("Connected: Podman")),
             qPrintable(dialog.resultLabel()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.testButton()->isEnabled(), 30000);

    QSignalSpy saved(&dialog, &NodeDialog::saved);
    dialog.saveButton()->click();
    QCOMPARE(saved.count(), 1);
    NodeService *node = m_manager->node(QStringLiteral("빌드 서버"));
    QVERIFY(node);
    QCOMPARE(node->id(), saved.first().first().toString());
    QCOMPARE(node->config().url, QStringLiteral("unix://") + TestEngines::podmanSocket());
    QTRY_COMPARE_WITH_TIMEOUT(node->state(), NodeService::State::Online, 30000);

    // The Nodes page shows it.
    NodesPage page;
    page.setNodeManager(m_manager.get());
    page.setNode(node);
    QTRY_VERIFY_WITH_TIMEOUT(page.details()->toPlainText().contains(QStringLiteral("Podman 4.")),
                             30000);
    QVERIFY(page.details()->toPlainText().contains(TestEngines::podmanSocket()));
}

void TestNodeDialog::badSettingsAreRefused()
{
    REQUIRE_ENGINES();
    m_manager->setLocalNode(Endpoint::unixSocket(TestEngines::dockerSocket()),
                            QStringLiteral("test"));
    NodeDialog dialog(m_manager.get());
    dialog.show();
    // A name already taken (whatever its case).
    setText(dialog.field(QStringLiteral("name")), m_manager->nodes().first()->name().toUpper());
    setText(dialog.field(QStringLiteral("socket")), TestEngines::podmanSocket());
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("already a node")));
    // TLS with a folder that holds no certificates.
    setText(dialog.field(QStringLiteral("name")), QStringLiteral("remote"));
    qobject_cast<QComboBox *>(dialog.field(QStringLiteral("kind")))
        ->setCurrentIndex(NodeDialog::Tcp);
    setText(dialog.field(QStringLiteral("tcpHost")), QStringLiteral("127.0.0.1"));
    setText(dialog.field(QStringLiteral("certPath")), m_config.path());
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY2(dialog.problemLabel()->text().contains(QStringLiteral("ca.pem")),
             qPrintable(dialog.problemLabel()->text()));
    // No host.
    setText(dialog.field(QStringLiteral("tcpHost")), QString());
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.testButton()->isEnabled());
    // A passphrase without a key.
    qobject_cast<QComboBox *>(dialog.field(QStringLiteral("kind")))
        ->setCurrentIndex(NodeDialog::Ssh);
    setText(dialog.field(QStringLiteral("sshHost")), QStringLiteral("build.example"));
    setText(dialog.field(QStringLiteral("passphrase")), QStringLiteral("secret"));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("key file")));
    dialog.saveButton()->click();
    QCOMPARE(m_manager->nodes().size(), 1);
}

void TestNodeDialog::failedTestSaysWhy()
{
    REQUIRE_ENGINES();
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("absent.sock"));
    NodeDialog dialog(m_manager.get());
    dialog.show();
    setText(dialog.field(QStringLiteral("socket")), socket);
    QSignalSpy tested(&dialog, &NodeDialog::tested);
    QVERIFY(dialog.testButton()->isEnabled());
    dialog.testButton()->click();
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.first().first().toBool(), false);
    QVERIFY2(dialog.resultLabel()->text().contains(socket),
             qPrintable(dialog.resultLabel()->text()));
    // Nothing was added by testing.
    QCOMPARE(m_manager->nodes().size(), 0);
}

void TestNodeDialog::tlsAndSshNodes()
{
    REQUIRE_ENGINES();
    {
        const Endpoint tls = TestEngines::dockerTlsEndpoint();
        NodeDialog dialog(m_manager.get());
        dialog.show();
        setText(dialog.field(QStringLiteral("name")), QStringLiteral("tls"));
        qobject_cast<QComboBox *>(dialog.field(QStringLiteral("kind")))
            ->setCurrentIndex(NodeDialog::Tcp);
        setText(dialog.field(QStringLiteral("tcpHost")), tls.host);
        qobject_cast<QSpinBox *>(dialog.field(QStringLiteral("tcpPort")))->setValue(tls.port);
        setText(dialog.field(QStringLiteral("certPath")), TestEngines::tlsCertPath());
        QSignalSpy tested(&dialog, &NodeDialog::tested);
        dialog.testButton()->click();
        QVERIFY(tested.wait(20000));
        QVERIFY2(tested.first().first().toBool(), qPrintable(dialog.resultLabel()->text()));
        QVERIFY(dialog.resultLabel()->text().startsWith(QStringLiteral("Connected: Docker")));
        dialog.save();
        QVERIFY(m_manager->node(QStringLiteral("tls")));
        QVERIFY(m_manager->node(QStringLiteral("tls"))->config().tls);
    }
    const QString sshUrl = TestEngines::sshUrl();
    if (sshUrl.isEmpty())
        QSKIP("the harness has no SSH node here");
    const Endpoint ssh = Endpoint::fromUrl(sshUrl);
    NodeDialog dialog(m_manager.get());
    dialog.show();
    setText(dialog.field(QStringLiteral("name")), QStringLiteral("ssh"));
    qobject_cast<QComboBox *>(dialog.field(QStringLiteral("kind")))
        ->setCurrentIndex(NodeDialog::Ssh);
    setText(dialog.field(QStringLiteral("sshUser")), ssh.user);
    setText(dialog.field(QStringLiteral("sshHost")), ssh.host);
    qobject_cast<QSpinBox *>(dialog.field(QStringLiteral("sshPort")))->setValue(ssh.port);
    setText(dialog.field(QStringLiteral("sshSocket")), TestEngines::podmanSocket());
    QSignalSpy tested(&dialog, &NodeDialog::tested);
    dialog.testButton()->click();
    QVERIFY(tested.wait(30000));
    QVERIFY2(tested.first().first().toBool(), qPrintable(dialog.resultLabel()->text()));
    dialog.save();
    QVERIFY(m_manager->node(QStringLiteral("ssh")));
    QCOMPARE(m_manager->node(QStringLiteral("ssh"))->config().url,
             QStringLiteral("ssh://%1@%2:%3%4")
                 .arg(ssh.user, ssh.host)
                 .arg(ssh.port)
                 .arg(TestEngines::podmanSocket()));
}

void TestNodeDialog::editsANode()
{
    REQUIRE_ENGINES();
    NodeConfig c;
    c.name = QStringLiteral("old name");
    c.url = QStringLiteral("unix://") + TestEngines::dockerSocket();
    QCOMPARE(m_manager->addNode(c), QString());
    const QString id = m_manager->nodes().first()->id();
    NodeDialog dialog(m_manager.get(), id);
    dialog.show();
    QCOMPARE(qobject_cast<QLineEdit *>(dialog.field(QStringLiteral("name")))->text(), c.name);
    QCOMPARE(qobject_cast<QLineEdit *>(dialog.field(QStringLiteral("socket")))->text(),
             TestEngines::dockerSocket());
    // Its own name is not "taken".
    QVERIFY(dialog.saveButton()->isEnabled());
    setText(dialog.field(QStringLiteral("name")), QStringLiteral("new name"));
    setText(dialog.field(QStringLiteral("socket")), TestEngines::podmanSocket());
    dialog.save();
    QCOMPARE(m_manager->nodes().size(), 1);
    NodeService *node = m_manager->node(id);
    QVERIFY(node);
    QCOMPARE(node->name(), QStringLiteral("new name"));
    QCOMPARE(node->config().url, QStringLiteral("unix://") + TestEngines::podmanSocket());
}

// The Engine choice offers containerd, with a namespace (one, or all when empty): the address
// is containerd's own (containerd://, containerd+ssh://, containerd+tcp://), read back on edit.
void TestNodeDialog::addsAContainerdNode()
{
    REQUIRE_CONTAINERD();
    NodeDialog dialog(m_manager.get());
    dialog.show();
    auto *api = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("engineApi")));
    QVERIFY(api);
    QWidget *ns = dialog.field(QStringLiteral("containerdNamespace"));
    QVERIFY(!ns->isVisibleTo(&dialog));
    api->setCurrentIndex(NodeDialog::Containerd);
    QVERIFY(ns->isVisibleTo(&dialog));
    setText(dialog.field(QStringLiteral("name")), QStringLiteral("ctrd"));
    setText(dialog.field(QStringLiteral("socket")), TestEngines::containerdSocket());
    setText(ns, TestEngines::containerdNamespace());
    const QString url = QStringLiteral("containerd://") + TestEngines::containerdSocket() +
                        QStringLiteral("?namespace=") + TestEngines::containerdNamespace();
    QCOMPARE(dialog.config().url, url);
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QSignalSpy tested(&dialog, &NodeDialog::tested);
    dialog.testButton()->click();
    QVERIFY(tested.wait(20000));
    QVERIFY2(tested.first().first().toBool(), qPrintable(dialog.resultLabel()->text()));
    QVERIFY2(dialog.resultLabel()->text().contains(QStringLiteral("containerd")),
             qPrintable(dialog.resultLabel()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.testButton()->isEnabled(), 30000);
    dialog.save();
    NodeService *node = m_manager->node(QStringLiteral("ctrd"));
    QVERIFY(node);
    QCOMPARE(node->config().url, url);
    QTRY_COMPARE_WITH_TIMEOUT(node->engineInfo().kind, EngineInfo::Kind::Containerd, 30000);

    // Edited: read back as containerd, its namespace in the field; emptied, every namespace.
    NodeDialog edit(m_manager.get(), node->id());
    edit.show();
    QCOMPARE(qobject_cast<QComboBox *>(edit.field(QStringLiteral("engineApi")))->currentIndex(),
             int(NodeDialog::Containerd));
    QCOMPARE(qobject_cast<QLineEdit *>(edit.field(QStringLiteral("containerdNamespace")))->text(),
             TestEngines::containerdNamespace());
    QCOMPARE(qobject_cast<QLineEdit *>(edit.field(QStringLiteral("socket")))->text(),
             TestEngines::containerdSocket());
    setText(edit.field(QStringLiteral("containerdNamespace")), QString());
    QCOMPARE(edit.config().url, QStringLiteral("containerd://") + TestEngines::containerdSocket());

    // Over SSH: the remote socket in containerd's scheme; no Docker TLS options over TCP.
    qobject_cast<QComboBox *>(edit.field(QStringLiteral("kind")))->setCurrentIndex(NodeDialog::Ssh);
    setText(edit.field(QStringLiteral("sshUser")), QStringLiteral("ops"));
    setText(edit.field(QStringLiteral("sshHost")), QStringLiteral("k8s-node.example"));
    setText(edit.field(QStringLiteral("sshSocket")),
            QStringLiteral("/run/containerd/containerd.sock"));
    setText(edit.field(QStringLiteral("containerdNamespace")), QStringLiteral("k8s.io"));
    QCOMPARE(edit.config().url,
             QStringLiteral("containerd+ssh://ops@k8s-node.example:22/run/containerd/"
                            "containerd.sock?namespace=k8s.io"));
    QVERIFY2(edit.problem().isEmpty(), qPrintable(edit.problem()));
    qobject_cast<QComboBox *>(edit.field(QStringLiteral("kind")))->setCurrentIndex(NodeDialog::Tcp);
    setText(edit.field(QStringLiteral("tcpHost")), QStringLiteral("10.0.0.5"));
    QVERIFY(!edit.field(QStringLiteral("certPath"))->isEnabled());
    QVERIFY(edit.config().url.startsWith(QStringLiteral("containerd+tcp://10.0.0.5:")));
    QVERIFY(!edit.config().tls);
    // Back to Docker or Podman: the plain scheme again.
    qobject_cast<QComboBox *>(edit.field(QStringLiteral("engineApi")))
        ->setCurrentIndex(NodeDialog::DockerApi);
    QVERIFY(edit.config().url.startsWith(QStringLiteral("tcp://10.0.0.5:")));
    QVERIFY(edit.field(QStringLiteral("certPath"))->isEnabled());
}

void TestNodeDialog::importOffersOnlyNewNodes()
{
    NodeImporter::Candidate fresh;
    fresh.config.name = QStringLiteral("prod");
    fresh.config.url = QStringLiteral("tcp://prod.example:2376");
    fresh.config.origin = QStringLiteral("docker-context:prod");
    NodeImporter::Candidate known;
    known.config.name = QStringLiteral("here");
    known.config.url = QStringLiteral("unix:///run/podman/podman.sock");
    known.config.origin = QStringLiteral("podman-connection:here");
    NodeConfig existing;
    existing.id = QStringLiteral("x");
    existing.name = QStringLiteral("podman");
    existing.url = known.config.url;
    const NodeImporter::Plan plan = NodeImporter::plan({existing}, {fresh, known});
    ImportNodesDialog dialog(plan, {});
    QCOMPARE(dialog.list()->count(), 1);
    QVERIFY(dialog.list()->item(0)->text().contains(QStringLiteral("prod.example")));
    QCOMPARE(dialog.chosen().size(), 1);
    dialog.list()->item(0)->setCheckState(Qt::Unchecked);
    QCOMPARE(dialog.chosen().size(), 0);
}

void TestNodeDialog::testingNeverReplacesASavedPassphrase()
{
    REQUIRE_ENGINES();
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("id_test"));
    QFile file(key);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not really a key\n");
    file.close();
    NodeConfig c;
    c.name = QStringLiteral("locked");
    c.url = QStringLiteral("ssh://nobody@127.0.0.1:1");
    c.sshIdentityFile = key;
    c.sshPassphraseSaved = true;
    QCOMPARE(m_manager->addNode(c), QString());
    NodeConfig added = m_manager->nodes().first()->config();
    const auto secret = [&added] {
        QString value;
        bool done = false;
        QObject context;
        SecretStore::read(added.passphraseKey(), &context, [&](const SecretStore::ReadResult &r) {
            value = r.found ? r.secret : QString();
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, 30000))
            return QStringLiteral("(the keychain did not answer)");
        return value;
    };
    {
        bool written = false;
        QObject context;
        SecretStore::write(added.passphraseKey(), QStringLiteral("the good one"), &context,
                           [&written](const QString &error) { written = error.isEmpty(); });
        QVERIFY(QTest::qWaitFor([&written] { return written; }, 30000));
    }

    // Edit, type another passphrase, test (it fails: nothing listens there), cancel.
    {
        NodeDialog dialog(m_manager.get(), added.id);
        dialog.show();
        setText(dialog.field(QStringLiteral("passphrase")), QStringLiteral("a wrong one"));
        QSignalSpy tested(&dialog, &NodeDialog::tested);
        dialog.testButton()->click();
        QVERIFY(tested.wait(30000));
        dialog.reject();
    }
    QCOMPARE(secret(), QStringLiteral("the good one"));
    SecretStore::remove(added.passphraseKey(), m_manager.get(), [](const QString &) {});
}

QTEST_MAIN(TestNodeDialog)
#include "tst_nodedialog.moc"
