#include "core/config/translationloader.h"

#include <QCoreApplication>
#include <QTest>

// The translation for the language asked, or the system's; English, with its plural forms, for a
// language Gontainer does not speak.
class TestTranslationLoader : public QObject
{
    Q_OBJECT

private slots:
    void languages_data();
    void languages();
};

void TestTranslationLoader::languages_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("active");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("two");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("en")
                             << QStringLiteral("1 node offline")
                             << QStringLiteral("2 nodes offline");
    QTest::newRow("Korean") << QStringLiteral("ko") << QStringLiteral("ko")
                            << QStringLiteral("오프라인 노드 1개")
                            << QStringLiteral("오프라인 노드 2개");
    // Neither German nor the C locale has a translation: English, not the source's "(s)".
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("en")
                            << QStringLiteral("1 node offline")
                            << QStringLiteral("2 nodes offline");
    QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("en")
                       << QStringLiteral("1 node offline") << QStringLiteral("2 nodes offline");
}

void TestTranslationLoader::languages()
{
    QFETCH(QString, code);
    QFETCH(QString, active);
    QFETCH(QString, one);
    QFETCH(QString, two);
    TranslationLoader loader;
    loader.apply(code);
    QCOMPARE(loader.activeLanguage(), active);
    QCOMPARE(QCoreApplication::translate("TrayIcon", "%n node(s) offline", nullptr, 1), one);
    QCOMPARE(QCoreApplication::translate("TrayIcon", "%n node(s) offline", nullptr, 2), two);
}

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
