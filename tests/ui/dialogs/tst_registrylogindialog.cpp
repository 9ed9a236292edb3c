#include "ui/dialogs/registrylogindialog.h"

#include "core/config/registrylogins.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"
#include "ui/dialogs/registriesdialog.h"
#include "ui/views/mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The login dialog against the harness's registry with a login, checked through each engine:
// a wrong password is refused with the registry's words and nothing is kept; the right one is
// saved, its password in the keychain only. The Registries dialog lists and forgets it.
class TestRegistryLoginDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void wrongPasswordIsRefused_data();
    void wrongPasswordIsRefused();
    void rightPasswordIsSaved_data();
    void rightPasswordIsSaved();
    void registriesDialogListsAndForgets();
    void settingsMenuOffersRegistries();

private:
    void requireRegistry();
    // The registry's address as the login is checked through this engine: Podman's login check
    // asks by HTTPS whatever registries.conf says, except for localhost.
    QString serverFor(bool podman) const;
    NodeService *nodeFor(bool podman) const;
    void fill(RegistryLoginDialog &dialog, const QString &password, bool podman) const;

    QTemporaryDir m_config;
    std::unique_ptr<NodeManager> m_manager;
    QString m_registry, m_user, m_password;
};

void TestRegistryLoginDialog::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_registrylogindialog"));
    m_registry = qEnvironmentVariable("GONTAINER_TEST_AUTH_REGISTRY");
    m_user = qEnvironmentVariable("GONTAINER_TEST_AUTH_USER");
    m_password = qEnvironmentVariable("GONTAINER_TEST_AUTH_PASSWORD");
}

void TestRegistryLoginDialog::init()
{
    QSettings().clear();
    m_manager = std::make_unique<NodeManager>();
    if (!TestEngines::available())
        return;
    QVERIFY(TestEngines::addDockerAndPodmanNodes(*m_manager));
}

void TestRegistryLoginDialog::cleanup()
{
    for (const QString &server : RegistryLogins::servers()) {
        bool done = false;
        RegistryLogins::forget(server, this, [&done](const QString &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    }
    m_manager.reset();
}

void TestRegistryLoginDialog::requireRegistry()
{
    if (m_registry.isEmpty())
        QSKIP("the harness has no registry with a login (GONTAINER_TEST_AUTH_REGISTRY)");
}

QString TestRegistryLoginDialog::serverFor(bool podman) const
{
    return podman ? QString(m_registry)
                        .replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"))
                  : m_registry;
}

NodeService *TestRegistryLoginDialog::nodeFor(bool podman) const
{
    for (NodeService *node : m_manager->nodes()) {
        if ((node->id() != QLatin1String(NodeManager::LocalId)) == podman)
            return node;
    }
    return nullptr;
}

void TestRegistryLoginDialog::fill(RegistryLoginDialog &dialog, const QString &password,
                                   bool podman) const
{
    QVERIFY(!dialog.loginButton()->isEnabled());
    QTest::keyClicks(dialog.userField(), m_user);
    // A user name without a password cannot be checked.
    QVERIFY(!dialog.loginButton()->isEnabled());
    QTest::keyClicks(dialog.passwordField(), password);
    QVERIFY(dialog.loginButton()->isEnabled());
    const int index = dialog.nodeField()->findData(nodeFor(podman)->id());
    QVERIFY(index >= 0);
    dialog.nodeField()->setCurrentIndex(index);
}

void TestRegistryLoginDialog::wrongPasswordIsRefused_data()
{
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << false;
    QTest::newRow("podman") << true;
}

void TestRegistryLoginDialog::wrongPasswordIsRefused()
{
    REQUIRE_ENGINES();
    requireRegistry();
    QFETCH(bool, podman);
    RegistryLoginDialog dialog(m_manager.get(), serverFor(podman));
    dialog.show();
    QCOMPARE(dialog.serverField()->text(), serverFor(podman));
    QVERIFY(dialog.saveBox()->isHidden());
    fill(dialog, m_password + QStringLiteral("-wrong"), podman);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy loggedIn(&dialog, &RegistryLoginDialog::loggedIn);
    dialog.loginButton()->click();
    // While the registry is asked, nothing can be sent twice.
    QVERIFY(!dialog.loginButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusLabel()->text().contains(QStringLiteral("refused")),
                             60000);
    // The registry's own words: it answered 401 Unauthorized.
    const QString text = dialog.statusLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("401")) ||
                 text.contains(QStringLiteral("nauthorized"), Qt::CaseInsensitive),
             qPrintable(text));
    QVERIFY(dialog.isVisible());
    QCOMPARE(loggedIn.count(), 0);
    QVERIFY(RegistryLogins::servers().isEmpty());
    // What was typed stays, to correct.
    QCOMPARE(dialog.userField()->text(), m_user);
    QVERIFY(dialog.loginButton()->isEnabled());
}

void TestRegistryLoginDialog::rightPasswordIsSaved_data()
{
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << false;
    QTest::newRow("podman") << true;
}

void TestRegistryLoginDialog::rightPasswordIsSaved()
{
    REQUIRE_ENGINES();
    requireRegistry();
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: no keychain to save to");
    QFETCH(bool, podman);
    RegistryLoginDialog dialog(m_manager.get());
    dialog.show();
    QTest::keyClicks(dialog.serverField(),
                     QStringLiteral("http://") + serverFor(podman) + QLatin1Char('/'));
    fill(dialog, m_password, podman);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy loggedIn(&dialog, &RegistryLoginDialog::loggedIn);
    dialog.loginButton()->click();
    QVERIFY2(loggedIn.wait(60000) || loggedIn.count() == 1,
             qPrintable(dialog.statusLabel()->text()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QVERIFY(dialog.wasSaved());
    const RegistryAuth auth = dialog.auth();
    const QString server = serverFor(podman);
    QCOMPARE(auth.serverAddress, server);
    QCOMPARE(auth.username, m_user);
    QCOMPARE(RegistryLogins::servers(), QStringList{server});
    // The password is in the keychain, and in no file of the settings.
    RegistryAuth found;
    bool answered = false;
    RegistryLogins::find(server, this, [&](const RegistryAuth &a, const QString &error) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        found = a;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    QCOMPARE(found.username, m_user);
    QCOMPARE(found.password, m_password);
    QSettings().sync();
    QVERIFY(!TestEngines::allFilesUnder(m_config.path()).contains(m_password.toUtf8()));
}

void TestRegistryLoginDialog::registriesDialogListsAndForgets()
{
    REQUIRE_ENGINES();
    requireRegistry();
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: no keychain to save to");
    RegistriesDialog dialog(m_manager.get());
    dialog.show();
    QCOMPARE(dialog.list()->count(), 0);
    QVERIFY(!dialog.removeButton()->isEnabled());
    dialog.addButton()->click();
    auto *login = qobject_cast<RegistryLoginDialog *>(dialog.loginDialog());
    QVERIFY(login);
    QTest::keyClicks(login->serverField(), m_registry);
    fill(*login, m_password, false);
    if (QTest::currentTestFailed())
        return;
    login->loginButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.list()->count(), 1, 60000);
    QCOMPARE(dialog.list()->item(0)->text(), m_registry);
    QVERIFY(dialog.statusLabel()->text().contains(m_registry));
    QVERIFY(dialog.removeButton()->isEnabled());
    dialog.removeButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.list()->count(), 0, 30000);
    QVERIFY(!RegistryLogins::servers().contains(m_registry));
    QVERIFY2(dialog.statusLabel()->text().startsWith(QStringLiteral("Forgot")),
             qPrintable(dialog.statusLabel()->text()));
}

void TestRegistryLoginDialog::settingsMenuOffersRegistries()
{
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("registriesAction"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("&Registries…"));
    bool inSettings = false;
    for (QAction *menuAction : window.menuBar()->actions()) {
        if (menuAction->menu() && menuAction->menu()->title() == QLatin1String("&Settings"))
            inSettings = menuAction->menu()->actions().contains(action);
    }
    QVERIFY(inSettings);
}

QTEST_MAIN(TestRegistryLoginDialog)
#include "tst_registrylogindialog.moc"
