#include "core/config/registrylogins.h"
#include "core/config/secretstore.h"
#include "testengines.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// Secrets in the real desktop keychain: a Secret Service (gnome-keyring on a private D-Bus
// session, tests/harness/with-keyring.sh) as a logged-in user has one. Nothing secret may reach
// the settings file.
class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadRemove();
    void registryLoginsKeepPasswordsOutOfSettings();
    void serverNames();

private:
    QTemporaryDir m_config;
};

namespace {

QString writeSync(const QString &key, const QString &secret)
{
    QString result = QStringLiteral("no answer");
    bool done = false;
    QObject context;
    SecretStore::write(key, secret, &context, [&](const QString &error) {
        result = error;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        return result; // "no answer"
    return result;
}

SecretStore::ReadResult readSync(const QString &key)
{
    SecretStore::ReadResult result;
    result.error = QStringLiteral("no answer");
    bool done = false;
    QObject context;
    SecretStore::read(key, &context, [&](const SecretStore::ReadResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        return result; // "no answer"
    return result;
}

QString removeSync(const QString &key)
{
    QString result = QStringLiteral("no answer");
    bool done = false;
    QObject context;
    SecretStore::remove(key, &context, [&](const QString &error) {
        result = error;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        return result; // "no answer"
    return result;
}

} // namespace

void TestSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run under tests/harness/with-keyring.sh (ctest does)");
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_secretstore"));
}

void TestSecretStore::writeReadRemove()
{
    const QString key = QStringLiteral("test:round-trip");
    SecretStore::ReadResult r = readSync(key);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(!r.found); // missing is not an error

    QCOMPARE(writeSync(key, QStringLiteral("first ✓ 비밀")), QString());
    r = readSync(key);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(r.found);
    QCOMPARE(r.secret, QStringLiteral("first ✓ 비밀"));

    QCOMPARE(writeSync(key, QStringLiteral("second")), QString());
    QCOMPARE(readSync(key).secret, QStringLiteral("second"));

    QCOMPARE(removeSync(key), QString());
    QVERIFY(!readSync(key).found);
    QCOMPARE(removeSync(key), QString()); // removing what is not there is fine
}

void TestSecretStore::registryLoginsKeepPasswordsOutOfSettings()
{
    const QString password =
        QStringLiteral("pw-%1-only-in-the-keychain").arg(QCoreApplication::applicationPid());
    RegistryAuth auth;
    auth.serverAddress = QStringLiteral("https://Registry.Example:5000/");
    auth.username = QStringLiteral("alice");
    auth.password = password;
    QString error = QStringLiteral("no answer");
    QObject context;
    RegistryLogins::save(auth, &context, [&](const QString &e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error != QLatin1String("no answer"), 30000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(RegistryLogins::servers(), QStringList{QStringLiteral("registry.example:5000")});

    RegistryAuth found;
    bool answered = false;
    RegistryLogins::find(QStringLiteral("registry.example:5000"), &context,
                         [&](const RegistryAuth &a, const QString &e) {
                             found = a;
                             error = e;
                             answered = true;
                         });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(found.username, QStringLiteral("alice"));
    QCOMPARE(found.password, password);
    QCOMPARE(found.serverAddress, QStringLiteral("registry.example:5000"));

    QSettings().sync();
    const QByteArray settings = TestEngines::allFilesUnder(m_config.path());
    QVERIFY(settings.contains("registry.example:5000")); // the list is there...
    QVERIFY(!settings.contains(password.toUtf8()));      // ...the password is not

    // A registry with no saved login: empty, without asking the keychain.
    answered = false;
    RegistryLogins::find(QStringLiteral("other.example"), &context,
                         [&](const RegistryAuth &a, const QString &e) {
                             found = a;
                             error = e;
                             answered = true;
                         });
    QVERIFY(answered);
    QVERIFY(found.username.isEmpty() && error.isEmpty());

    error = QStringLiteral("no answer");
    RegistryLogins::forget(QStringLiteral("registry.example:5000"), &context,
                           [&](const QString &e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error != QLatin1String("no answer"), 30000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(RegistryLogins::servers().isEmpty());
    QVERIFY(!readSync(QStringLiteral("registry:registry.example:5000")).found);
}

void TestSecretStore::serverNames()
{
    QCOMPARE(RegistryLogins::serverFor(QString()), QStringLiteral("docker.io"));
    QCOMPARE(RegistryLogins::serverFor(QStringLiteral("https://index.docker.io/v1/")),
             QStringLiteral("docker.io"));
    QCOMPARE(RegistryLogins::serverFor(QStringLiteral("http://127.0.0.1:5000")),
             QStringLiteral("127.0.0.1:5000"));
    QCOMPARE(RegistryLogins::serverFor(QStringLiteral(" Quay.IO ")), QStringLiteral("quay.io"));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
