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

bool NodeConfig::isPlaintext() const
{
    const Endpoint e = Endpoint::fromUrl(url.trimmed());
    return e.kind == Endpoint::Kind::Tcp && !tls;
}

bool NodeConfig::skipsVerify() const
{
    const Endpoint e = Endpoint::fromUrl(url.trimmed());
    return e.kind == Endpoint::Kind::Tcp && tls && tlsSkipVerify;
}

QString NodeConfig::riskText() const
{
    if (isPlaintext())
        return tr("Not encrypted: this node is reached over plain TCP without TLS. Anyone on the "
                  "network can read what is sent to the engine and take control of it.") +
               QLatin1Char(' ') +
               (allowCredentialsInPlaintext
                    ? tr("Registry logins are sent to it all the same, as chosen in its "
                         "settings.")
                    : tr("Registry logins are not sent to it."));
    if (skipsVerify())
        return tr("The engine's certificate is not checked: the connection is encrypted, but "
                  "anyone on the network could pose as this engine.");
    return {};
}

QString NodeConfig::credentialsRefusal() const
{
    if (!isPlaintext() || allowCredentialsInPlaintext)
        return {};
    return tr("The node %1 is reached over plain TCP without TLS, so a registry login sent to it "
              "could be read by anyone on the network. Turn on TLS for the node, or allow "
              "logins over plain TCP in the node's settings (Nodes page, Edit).")
        .arg(name);
}
