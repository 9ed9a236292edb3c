// gontainer-askpass: what ssh runs (SSH_ASKPASS, SSH_ASKPASS_REQUIRE=force) when a node's key
// has a passphrase. It answers one question only: ssh's own "Enter passphrase for key '<the
// node's key file>': ", with the passphrase saved in the desktop keychain under
// GONTAINER_ASKPASS_KEY (an ssh-passphrase: entry). Anything else (a password, a host key to
// accept, a confirmation, a prompt a remote or jump host made up to look similar) is refused,
// so ssh never waits on a person who is not there and no secret goes where it was not meant
// to. The passphrase reaches ssh through this pipe only: never an argument, a file or the
// environment.
#include "core/config/secretstore.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString key = qEnvironmentVariable("GONTAINER_ASKPASS_KEY");
    const QString identity = qEnvironmentVariable("GONTAINER_ASKPASS_IDENTITY");
    const QString prompt = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    // ssh words it so, with the path cut at 100 characters (sshconnect2.c).
    const QString expected =
        QStringLiteral("Enter passphrase for key '") + identity.left(100) + QStringLiteral("': ");
    const bool confirmation = qEnvironmentVariableIsSet("SSH_ASKPASS_PROMPT");
    if (!key.startsWith(QLatin1String("ssh-passphrase:")) || identity.isEmpty() || confirmation ||
        prompt != expected) {
        std::fprintf(stderr, "gontainer-askpass: not answering \"%s\"\n",
                     qPrintable(prompt.trimmed()));
        return 1;
    }
    int code = 1;
    SecretStore::read(key, &app, [&code](const SecretStore::ReadResult &r) {
        if (r.found) {
            std::fputs(r.secret.toUtf8().constData(), stdout);
            std::fputc('\n', stdout);
            code = 0;
        } else {
            std::fprintf(stderr, "gontainer-askpass: %s\n",
                         r.error.isEmpty() ? "no passphrase is saved for this key"
                                           : qPrintable(r.error));
        }
        QCoreApplication::exit(code);
    });
    // ssh waits for us: a keychain that does not answer must not hold it up for ever.
    QTimer::singleShot(30000, &app, [] { QCoreApplication::exit(1); });
    app.exec();
    return code;
}
