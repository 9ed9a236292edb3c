#include "ui/desktop/apptheme.h"
#include "ui/desktop/colorschemewatcher.h"
#include "ui/widgets/codeeditor.h"
#include "ui/widgets/syntaxrepository.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>

// A stand-in for the desktop's settings portal (xdg-desktop-portal), on its own connection to
// the test's private session bus, so that every call and signal really crosses the bus.
class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    explicit FakePortal(const QString &connectionName)
        : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName))
    {}
    ~FakePortal() override { QDBusConnection::disconnectFromBus(m_bus.name()); }

    bool start()
    {
        return m_bus.registerObject(QLatin1String(ColorSchemeWatcher::Path), this,
                                    QDBusConnection::ExportAllSlots) &&
               m_bus.registerService(QLatin1String(ColorSchemeWatcher::Service));
    }
    void stop()
    {
        m_bus.unregisterService(QLatin1String(ColorSchemeWatcher::Service));
        m_bus.unregisterObject(QLatin1String(ColorSchemeWatcher::Path));
    }
    // What the desktop does when the user switches: the new value, and the signal.
    void change(uint scheme)
    {
        value = scheme;
        announce(QLatin1String(ColorSchemeWatcher::Key), scheme);
    }
    void announce(const QString &key, uint newValue)
    {
        QDBusMessage signal = QDBusMessage::createSignal(
            QLatin1String(ColorSchemeWatcher::Path), QLatin1String(ColorSchemeWatcher::Interface),
            QStringLiteral("SettingChanged"));
        signal << QLatin1String(ColorSchemeWatcher::Namespace) << key
               << QVariant::fromValue(QDBusVariant(QVariant(newValue)));
        QVERIFY(m_bus.send(signal));
    }

    uint value = 0;
    int reads = 0;

public Q_SLOTS:
    // Portals before version 2: the value inside a second variant.
    QDBusVariant Read(const QString &ns, const QString &key)
    {
        ++reads;
        return QDBusVariant(QVariant::fromValue(QDBusVariant(valueOf(ns, key))));
    }

protected:
    QVariant valueOf(const QString &ns, const QString &key) const
    {
        if (ns == QLatin1String(ColorSchemeWatcher::Namespace) &&
            key == QLatin1String(ColorSchemeWatcher::Key))
            return QVariant(value);
        return QVariant(QString());
    }

    QDBusConnection m_bus;
};

// A portal of version 2 and later, with ReadOne.
class FakePortalWithReadOne : public FakePortal
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    using FakePortal::FakePortal;

    int readOnes = 0;

public Q_SLOTS:
    QDBusVariant ReadOne(const QString &ns, const QString &key)
    {
        ++readOnes;
        return QDBusVariant(valueOf(ns, key));
    }
};

class TestAppTheme : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void followsTheDesktopLive();
    void olderPortalIsReadToo();
    void choiceOverTheDesktop();
    void withoutPortalThePlatformsPalette();
    void namesRoundTrip();

private:
    QPalette m_platform;
};

void TestAppTheme::init()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             "no session bus: run under tests/harness/with-keyring.sh");
    m_platform = QApplication::palette();
    QVERIFY2(!SyntaxRepository::isDark(m_platform),
             "the offscreen platform's palette is expected light");
}

void TestAppTheme::cleanup()
{
    QApplication::setPalette(m_platform);
}

void TestAppTheme::followsTheDesktopLive()
{
    FakePortalWithReadOne portal(QStringLiteral("portal1"));
    portal.value = 1; // dark
    QVERIFY(portal.start());
    CodeEditor editor;
    const QColor lightBase = editor.palette().color(QPalette::Base);

    AppTheme theme;
    QSignalSpy applied(&theme, &AppTheme::applied);
    theme.setChoice(AppTheme::Choice::System);
    QTRY_VERIFY(theme.isDark());
    QCOMPARE(portal.readOnes, 1);
    QCOMPARE(portal.reads, 0);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.first().first().toBool(), true);
    QVERIFY(SyntaxRepository::isDark(QApplication::palette()));
    // The widgets follow the application's palette: the editor's highlighting picks its theme
    // from it (CodeEditor::applyTheme on PaletteChange).
    QTRY_VERIFY(SyntaxRepository::isDark(editor.palette()));
    QVERIFY(editor.palette().color(QPalette::Base) != lightBase);

    // The user switches the desktop to light: no call, the signal carries it.
    portal.change(2);
    QTRY_VERIFY(!theme.isDark());
    QCOMPARE(portal.readOnes, 1);
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             QApplication::style()->standardPalette().color(QPalette::Window));
    // And to "no preference": the platform's palette again (light here).
    portal.change(1);
    QTRY_VERIFY(theme.isDark());
    portal.change(0);
    QTRY_VERIFY(!theme.isDark());
    QCOMPARE(QApplication::palette(), m_platform);
    // Another setting changing is not the colour scheme.
    portal.change(1);
    QTRY_VERIFY(theme.isDark());
    QSignalSpy schemes(theme.desktop(), &ColorSchemeWatcher::schemeChanged);
    portal.announce(QStringLiteral("accent-color"), 0);
    // The signals arrive in the order sent: once the next one is taken, the other was seen,
    // and it was no "no preference".
    portal.change(2);
    QTRY_VERIFY(!theme.isDark());
    QCOMPARE(schemes.size(), 1);
    QCOMPARE(schemes.first().first().value<ColorSchemeWatcher::Scheme>(),
             ColorSchemeWatcher::Scheme::Light);
    portal.stop();
}

void TestAppTheme::olderPortalIsReadToo()
{
    FakePortal portal(QStringLiteral("portal2"));
    portal.value = 1;
    QVERIFY(portal.start());
    AppTheme theme;
    // ReadOne is refused as an unknown method; Read answers.
    QTRY_VERIFY(theme.isDark());
    QCOMPARE(portal.reads, 1);
    QCOMPARE(theme.desktop()->scheme(), ColorSchemeWatcher::Scheme::Dark);
    portal.stop();
}

void TestAppTheme::choiceOverTheDesktop()
{
    FakePortalWithReadOne portal(QStringLiteral("portal3"));
    portal.value = 2; // light
    QVERIFY(portal.start());
    AppTheme theme;
    QTRY_COMPARE(theme.desktop()->scheme(), ColorSchemeWatcher::Scheme::Light);
    QVERIFY(!theme.isDark());
    theme.setChoice(AppTheme::Choice::Dark);
    QVERIFY(theme.isDark());
    QCOMPARE(QApplication::palette().color(QPalette::Base),
             AppTheme::darkPalette().color(QPalette::Base));
    // The desktop going dark and light again changes nothing while the user chose dark.
    portal.change(1);
    QTRY_COMPARE(theme.desktop()->scheme(), ColorSchemeWatcher::Scheme::Dark);
    portal.change(2);
    QTRY_COMPARE(theme.desktop()->scheme(), ColorSchemeWatcher::Scheme::Light);
    QVERIFY(theme.isDark());
    // Light, whatever the desktop says.
    portal.change(1);
    QTRY_COMPARE(theme.desktop()->scheme(), ColorSchemeWatcher::Scheme::Dark);
    theme.setChoice(AppTheme::Choice::Light);
    QVERIFY(!theme.isDark());
    QVERIFY(!SyntaxRepository::isDark(QApplication::palette()));
    // Back to following the desktop, which is dark now.
    theme.setChoice(AppTheme::Choice::System);
    QVERIFY(theme.isDark());
    portal.stop();
}

void TestAppTheme::withoutPortalThePlatformsPalette()
{
    AppTheme theme;
    QSignalSpy schemes(theme.desktop(), &ColorSchemeWatcher::schemeChanged);
    theme.setChoice(AppTheme::Choice::System);
    QVERIFY(!theme.isDark());
    QCOMPARE(QApplication::palette(), m_platform);
    // A portal that starts later is read when it appears, and its going away is no preference.
    FakePortalWithReadOne portal(QStringLiteral("portal4"));
    portal.value = 1;
    QVERIFY(portal.start());
    QTRY_VERIFY(theme.isDark());
    portal.stop();
    QTRY_VERIFY(!theme.isDark());
    QCOMPARE(theme.desktop()->scheme(), ColorSchemeWatcher::Scheme::NoPreference);
    QCOMPARE(QApplication::palette(), m_platform);
    QCOMPARE(schemes.size(), 2);
}

void TestAppTheme::namesRoundTrip()
{
    for (const auto choice :
         {AppTheme::Choice::System, AppTheme::Choice::Light, AppTheme::Choice::Dark})
        QCOMPARE(AppTheme::fromName(AppTheme::name(choice)), choice);
    QCOMPARE(AppTheme::fromName(QStringLiteral("purple")), AppTheme::Choice::System);
    QVERIFY(SyntaxRepository::isDark(AppTheme::darkPalette()));
}

QTEST_MAIN(TestAppTheme)
#include "tst_apptheme.moc"
