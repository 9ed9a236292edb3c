#include "core/config/appsettings.h"
#include "core/config/autostartentry.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "core/services/problemwatcher.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/widgets/logview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

// Every choice of the Preferences takes effect as it is made: kept in the settings, the
// autostart entry written and removed, the language and theme asked of the app.
class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyChoiceTakesEffectAtOnce();
    void withoutATrayNoTrayChoices();
    void containersAndLogs();

private:
    QTemporaryDir m_config;
};

void TestPreferencesDialog::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferencesdialog"));
}

void TestPreferencesDialog::init()
{
    QSettings().clear();
    QFile::remove(AutostartEntry::path());
}

void TestPreferencesDialog::everyChoiceTakesEffectAtOnce()
{
    NodeManager nodes;
    for (const char *name : {"build", "빌드 서버"}) {
        NodeConfig c;
        c.name = QString::fromUtf8(name);
        c.url = QStringLiteral("unix://") + m_config.filePath(QStringLiteral("none.sock"));
        QCOMPARE(nodes.addNode(c), QString());
    }
    PreferencesDialog dialog(&nodes, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Language and theme: asked of the app as they are chosen.
    QSignalSpy languages(&dialog, &PreferencesDialog::languageRequested);
    QCOMPARE(dialog.languageBox()->currentData().toString(), QString());
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("ko")));
    Q_EMIT dialog.languageBox()->activated(dialog.languageBox()->currentIndex());
    QCOMPARE(languages.size(), 1);
    QCOMPARE(languages.first().first().toString(), QStringLiteral("ko"));
    QSignalSpy themes(&dialog, &PreferencesDialog::themeRequested);
    QCOMPARE(dialog.themeBox()->currentData().toString(), QStringLiteral("system"));
    dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("dark")));
    Q_EMIT dialog.themeBox()->activated(dialog.themeBox()->currentIndex());
    QCOMPARE(themes.size(), 1);
    QCOMPARE(themes.first().first().toString(), QStringLiteral("dark"));

    // The tray: kept, and the window told.
    QSignalSpy tray(&dialog, &PreferencesDialog::trayChoicesChanged);
    QVERIFY(dialog.closeToTrayBox()->isChecked());
    QVERIFY(dialog.startHiddenBox()->isEnabled());
    dialog.startHiddenBox()->click();
    QVERIFY(AppSettings::value(AppSettings::Key::StartHidden).toBool());
    dialog.closeToTrayBox()->click();
    QVERIFY(!AppSettings::value(AppSettings::Key::CloseToTray).toBool());
    QVERIFY(!dialog.startHiddenBox()->isEnabled());
    QCOMPARE(tray.size(), 2);

    // Start at login: the entry every desktop session starts, written and removed.
    QVERIFY(!dialog.startAtLoginBox()->isChecked());
    dialog.startAtLoginBox()->click();
    QVERIFY(AutostartEntry::isEnabled());
    QCOMPARE(AutostartEntry::path(), m_config.filePath(QStringLiteral("autostart/")) +
                                         QStringLiteral(GONTAINER_APP_ID ".desktop"));
    QFile entry(AutostartEntry::path());
    QVERIFY(entry.open(QIODevice::ReadOnly));
    const QByteArray text = entry.readAll();
    QVERIFY(text.startsWith("[Desktop Entry]\n"));
    QVERIFY(text.contains("\nExec=gontainer\n"));
    dialog.startAtLoginBox()->click();
    QVERIFY(!QFile::exists(AutostartEntry::path()));
    QVERIFY(!AutostartEntry::isEnabled());

    // Notifications: each kind, and each node.
    for (const auto kind : {ProblemWatcher::Kind::Unhealthy, ProblemWatcher::Kind::UnexpectedExit,
                            ProblemWatcher::Kind::NodeOffline}) {
        QVERIFY(ProblemWatcher::notifiesOf(kind));
        QVERIFY(dialog.notifyBox(kind)->isChecked());
        dialog.notifyBox(kind)->click();
        QVERIFY(!ProblemWatcher::notifiesOf(kind));
    }
    QCOMPARE(dialog.nodeList()->count(), 2);
    QListWidgetItem *second = dialog.nodeList()->item(1);
    QCOMPARE(second->text(), QStringLiteral("빌드 서버"));
    const QString id = second->data(Qt::UserRole).toString();
    QVERIFY(ProblemWatcher::notifiesFor(id));
    second->setCheckState(Qt::Unchecked);
    QVERIFY(!ProblemWatcher::notifiesFor(id));
    QVERIFY(ProblemWatcher::notifiesFor(dialog.nodeList()->item(0)->data(Qt::UserRole).toString()));

    // Opened again, it shows what was chosen.
    PreferencesDialog again(&nodes, true);
    QVERIFY(!again.closeToTrayBox()->isChecked());
    QVERIFY(again.startHiddenBox()->isChecked());
    QVERIFY(!again.notifyBox(ProblemWatcher::Kind::NodeOffline)->isChecked());
    QCOMPARE(again.nodeList()->item(1)->checkState(), Qt::Unchecked);
}

void TestPreferencesDialog::withoutATrayNoTrayChoices()
{
    PreferencesDialog dialog(nullptr, false);
    QVERIFY(!dialog.closeToTrayBox());
    QVERIFY(!dialog.startHiddenBox());
    QVERIFY(dialog.startAtLoginBox());
    QCOMPARE(dialog.nodeList()->count(), 0);
}

// The stop timeout and the confirmation are kept (ContainerActions reads them at each action:
// tst_containerspage); what log views keep reaches the open ones at once.
void TestPreferencesDialog::containersAndLogs()
{
    LogView open;
    QCOMPARE(open.cap(), qsizetype(1000000));
    QCOMPARE(open.byteCap(), qsizetype(256) * 1024 * 1024);
    PreferencesDialog dialog(nullptr, false);

    QCOMPARE(dialog.stopTimeoutBox()->value(), -1);
    QCOMPARE(dialog.stopTimeoutBox()->text(), QStringLiteral("Each container's own"));
    QCOMPARE(AppSettings::stopTimeout(), -1);
    dialog.stopTimeoutBox()->setValue(0);
    QCOMPARE(AppSettings::stopTimeout(), 0);
    QCOMPARE(dialog.stopTimeoutBox()->text(), QStringLiteral("0 s"));
    dialog.stopTimeoutBox()->setValue(45);
    QCOMPARE(AppSettings::stopTimeout(), 45);

    // Kept at once; the open views take it once the box is left, not at each step.
    open.setCap(200000);
    dialog.logLinesBox()->setValue(5000);
    QCOMPARE(AppSettings::logMaxLines(), qint64(5000));
    QCOMPARE(open.cap(), qsizetype(200000));
    Q_EMIT dialog.logLinesBox()->editingFinished();
    QCOMPARE(open.cap(), qsizetype(5000));
    QCOMPARE(open.byteCap(), qsizetype(256) * 1024 * 1024);
    dialog.logMemoryBox()->setValue(32);
    QCOMPARE(AppSettings::logMaxBytes(), qint64(32) * 1024 * 1024);
    Q_EMIT dialog.logMemoryBox()->editingFinished();
    QCOMPARE(open.byteCap(), qsizetype(32) * 1024 * 1024);
    // The memory limit leaves each view's own line count.
    open.setCap(7000);
    dialog.logMemoryBox()->setValue(48);
    Q_EMIT dialog.logMemoryBox()->editingFinished();
    QCOMPARE(open.cap(), qsizetype(7000));
    QCOMPARE(open.byteCap(), qsizetype(48) * 1024 * 1024);
    LogView later;
    QCOMPARE(later.cap(), qsizetype(5000));
    QCOMPARE(later.byteCap(), qsizetype(48) * 1024 * 1024);
    // Below the least a view keeps: not taken. Closing the dialog applies what it says.
    dialog.logLinesBox()->setValue(10);
    dialog.done(QDialog::Rejected);
    QCOMPARE(open.cap(), qsizetype(LogView::MinKeptLines));

    QVERIFY(AppSettings::confirmRemove());
    QVERIFY(dialog.confirmRemoveBox()->isChecked());
    dialog.confirmRemoveBox()->click();
    QVERIFY(!AppSettings::confirmRemove());

    PreferencesDialog again(nullptr, false);
    QCOMPARE(again.stopTimeoutBox()->value(), 45);
    QCOMPARE(again.logLinesBox()->value(), LogView::MinKeptLines);
    QCOMPARE(again.logMemoryBox()->value(), 48);
    QVERIFY(!again.confirmRemoveBox()->isChecked());
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
