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
    if (e.kind == Endpoint::Kind::Ssh) {
        e.sshIdentityFile = sshIdentityFile;
        if (sshPassphraseSaved && !id.isEmpty())
            e.sshPassphraseKey = passphraseKey();
    }
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
        const QString folder = QDir::toNativeSeparators(tlsCertPath);
        const auto has = [&dir](const char *file) {
            return QFileInfo::exists(dir.filePath(QLatin1String(file)));
        };
        if (!has("ca.pem") && !has("cert.pem") && !has("key.pem"))
            return tr("The folder %1 has no ca.pem, cert.pem or key.pem: choose the folder that "
                      "holds them, as DOCKER_CERT_PATH does.")
                .arg(folder);
        if (has("cert.pem") != has("key.pem"))
            return tr("The folder %1 has %2 but not %3: a client certificate needs both.")
                .arg(folder, QLatin1String(has("cert.pem") ? "cert.pem" : "key.pem"),
                     QLatin1String(has("cert.pem") ? "key.pem" : "cert.pem"));
    }
    if (e.kind == Endpoint::Kind::Ssh && !sshIdentityFile.isEmpty() &&
        !QFileInfo(sshIdentityFile).isReadable())
        return tr("The key file %1 cannot be read.").arg(QDir::toNativeSeparators(sshIdentityFile));
    return {};
}
