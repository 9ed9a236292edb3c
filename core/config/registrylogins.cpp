#include "core/config/registrylogins.h"

#include "core/config/appsettings.h"
#include "core/config/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace RegistryLogins {

namespace {

QString secretKey(const QString &server)
{
    return QStringLiteral("registry:") + server;
}

void setServers(QStringList list)
{
    list.removeDuplicates();
    list.sort();
    AppSettings::setRegistryServers(list);
}

} // namespace

QString serverFor(const QString &registry)
{
    QString s = registry.trimmed().toLower();
    for (const char *scheme : {"https://", "http://"}) {
        if (s.startsWith(QLatin1String(scheme)))
            s = s.mid(qsizetype(qstrlen(scheme)));
    }
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    // Docker Hub goes by several names.
    if (s.isEmpty() || s == QLatin1String("index.docker.io/v1") ||
        s == QLatin1String("index.docker.io") || s == QLatin1String("registry-1.docker.io"))
        return QStringLiteral("docker.io");
    return s;
}

QStringList servers()
{
    return AppSettings::registryServers();
}

void save(const RegistryAuth &auth, QObject *context, Done done)
{
    const QString server = serverFor(auth.serverAddress);
    const QByteArray secret =
        QJsonDocument(QJsonObject{{QStringLiteral("username"), auth.username},
                                  {QStringLiteral("password"), auth.password}})
            .toJson(QJsonDocument::Compact);
    SecretStore::write(secretKey(server), QString::fromUtf8(secret), context,
                       [server, done = std::move(done)](const QString &error) {
                           if (error.isEmpty())
                               setServers(servers() << server);
                           done(error);
                       });
}

void find(const QString &registry, QObject *context,
          std::function<void(const RegistryAuth &auth, const QString &error)> done)
{
    const QString server = serverFor(registry);
    if (!servers().contains(server)) {
        done({}, {}); // nothing saved: the keychain need not be asked (or unlocked)
        return;
    }
    SecretStore::read(secretKey(server), context,
                      [server, done = std::move(done)](const SecretStore::ReadResult &r) {
                          RegistryAuth auth;
                          if (r.found) {
                              const QJsonObject o =
                                  QJsonDocument::fromJson(r.secret.toUtf8()).object();
                              auth.username = o.value(QLatin1String("username")).toString();
                              auth.password = o.value(QLatin1String("password")).toString();
                              auth.serverAddress = server;
                          }
                          done(auth, r.error);
                      });
}

void forget(const QString &registry, QObject *context, Done done)
{
    const QString server = serverFor(registry);
    SecretStore::remove(secretKey(server), context,
                        [server, done = std::move(done)](const QString &error) {
                            if (error.isEmpty()) {
                                QStringList list = servers();
                                list.removeAll(server);
                                setServers(list);
                            }
                            done(error);
                        });
}

} // namespace RegistryLogins
