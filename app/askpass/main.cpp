// gontainer-askpass: what ssh runs (SSH_ASKPASS, SSH_ASKPASS_REQUIRE=force) when a node's key
// has a passphrase. It answers only a passphrase prompt, with the passphrase the user saved in
// the desktop keychain under GONTAINER_ASKPASS_KEY; any other question (a password, a host
// key to accept) is refused, so ssh never waits on a person who is not there. The passphrase
// goes to ssh through this pipe only: never an argument, a file or the environment.
#include "core/config/secretstore.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString key = qEnvironmentVariable("GONTAINER_ASKPASS_KEY");
    const QString prompt = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (key.isEmpty() || !prompt.contains(QLatin1String("passphrase"), Qt::CaseInsensitive)) {
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
