#include "core/config/nodeconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("NodeConfig", text);
}
} // namespace

Endpoint NodeConfig::endpoint() const
{
    Endpoint e = Endpoint::fromUrl(url.trimmed());
    if (e.kind == Endpoint::Kind::Tcp && tls) {
        if (tlsCertPath.isEmpty())
            e.tls = true; // the system's CAs, no client certificate
        else
            e.useTlsFrom(tlsCertPath);
        e.tlsSkipVerify = tlsSkipVerify;
    }
    if (e.kind == Endpoint::Kind::Ssh)
        e.sshIdentityFile = sshIdentityFile;
    return e;
}

QString NodeConfig::problem() const
{
    if (name.trimmed().isEmpty())
        return tr("Give the node a name.");
    if (url.trimmed().isEmpty())
        return tr("Enter the engine's address, for example unix:///run/podman/podman.sock, "
                  "tcp://host:2376 or ssh://user@host.");
    const Endpoint e = endpoint();
    if (!e.isValid())
        return e.errorText;
    if (e.kind == Endpoint::Kind::Tcp && tls && !tlsCertPath.isEmpty()) {
        const QDir dir(tlsCertPath);
        for (const char *file : {"ca.pem", "cert.pem", "key.pem"}) {
            if (!QFileInfo::exists(dir.filePath(QLatin1String(file))))
                return tr("The folder %1 has no %2: it needs ca.pem, cert.pem and key.pem, as "
                          "DOCKER_CERT_PATH does.")
                    .arg(QDir::toNativeSeparators(tlsCertPath), QLatin1String(file));
        }
    }
    if (e.kind == Endpoint::Kind::Ssh && !sshIdentityFile.isEmpty() &&
        !QFileInfo(sshIdentityFile).isReadable())
        return tr("The key file %1 cannot be read.").arg(QDir::toNativeSeparators(sshIdentityFile));
    return {};
}
