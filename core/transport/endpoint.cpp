#include "core/transport/endpoint.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace {

// The path as written back and read again: clean, without the blanks an address loses when it
// is read (a socket path never ends in one).
QString cleanSocketPath(QString path)
{
    for (;;) {
        const QString next = QDir::cleanPath(path).trimmed();
        if (next == path)
            return next;
        path = next;
    }
}

} // namespace

Endpoint Endpoint::unixSocket(const QString &path)
{
    Endpoint e;
    e.kind = Kind::Unix;
    e.path = path;
    return e;
}

namespace {

const QLatin1String ContainerdScheme("containerd");
const QLatin1String ContainerdTcpScheme("containerd+tcp");
const QLatin1String ContainerdSshScheme("containerd+ssh");

// containerd's namespace names: letters, digits, '.', '_' and '-', starting with a letter or
// digit (as containerd's identifiers.Validate).
bool isNamespaceName(const QString &name)
{
    if (name.isEmpty() || name.size() > 76 || !name.front().isLetterOrNumber())
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('.') &&
            c != QLatin1Char('_') && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

// A containerd address: the same forms as the Docker ones behind a "containerd" scheme.
Endpoint containerdFromUrl(const QString &trimmed)
{
    const int colon = trimmed.indexOf(QLatin1String("://"));
    const QString scheme = trimmed.left(colon);
    QString rest = trimmed.mid(colon + 3);
    QString ns;
    const int query = rest.indexOf(QLatin1Char('?'));
    if (query >= 0) {
        const QString q = rest.mid(query + 1);
        rest.truncate(query);
        const QLatin1String key("namespace=");
        if (!q.startsWith(key) || !isNamespaceName(q.mid(key.size()))) {
            Endpoint bad;
            bad.errorText = QCoreApplication::translate(
                                "Endpoint", "Not a containerd address: %1. Name one namespace with "
                                            "?namespace=NAME (letters, digits, '.', '_' and '-').")
                                .arg(trimmed);
            return bad;
        }
        ns = q.mid(key.size());
    }
    Endpoint e;
    if (scheme == ContainerdScheme)
        e = Endpoint::fromUrl(QStringLiteral("unix://") + rest);
    else if (scheme == ContainerdTcpScheme)
        e = Endpoint::fromUrl(QStringLiteral("tcp://") + rest);
    else
        e = Endpoint::fromUrl(QStringLiteral("ssh://") + rest);
    if (!e.isValid())
        return e;
    if (e.kind == Endpoint::Kind::Ssh && e.path.isEmpty()) {
        Endpoint bad;
        bad.errorText = QCoreApplication::translate(
            "Endpoint", "A containerd address over SSH names the remote socket: "
                        "containerd+ssh://user@host/run/containerd/containerd.sock");
        return bad;
    }
    e.api = Endpoint::Api::Containerd;
    e.containerdNamespace = ns;
    return e;
}

} // namespace

Endpoint Endpoint::fromUrl(const QString &url)
{
    Endpoint e;
    const QString trimmed = url.trimmed();
    if (trimmed.startsWith(ContainerdScheme) && trimmed.contains(QLatin1String("://"))) {
        const QString scheme = trimmed.left(trimmed.indexOf(QLatin1String("://")));
        if (scheme == ContainerdScheme || scheme == ContainerdTcpScheme ||
            scheme == ContainerdSshScheme)
            return containerdFromUrl(trimmed);
    }
    if (trimmed.isEmpty()) {
        e.errorText = QCoreApplication::translate("Endpoint", "The engine address is empty.");
        return e;
    }
    if (trimmed.startsWith(QLatin1Char('/')))
        return unixSocket(cleanSocketPath(trimmed));
    if (trimmed.startsWith(QLatin1String("unix://"))) {
        const QString path = trimmed.mid(7);
        if (!path.startsWith(QLatin1Char('/'))) {
            e.errorText = QCoreApplication::translate(
                              "Endpoint", "A unix socket address needs an absolute path: %1")
                              .arg(trimmed);
            return e;
        }
        return unixSocket(cleanSocketPath(path));
    }
    const QUrl parsed(trimmed, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (parsed.isValid() && (scheme == QLatin1String("tcp") || scheme == QLatin1String("ssh")) &&
        !parsed.host().isEmpty()) {
        e.kind = scheme == QLatin1String("tcp") ? Kind::Tcp : Kind::Ssh;
        e.host = parsed.host();
        e.port = parsed.port(scheme == QLatin1String("tcp") ? 2375 : 22);
        e.path = parsed.path();
        e.user = parsed.userName();
        // ssh would read a host or user that starts with '-' as an option.
        if (e.host.startsWith(QLatin1Char('-')) || e.user.startsWith(QLatin1Char('-'))) {
            Endpoint bad;
            bad.errorText =
                QCoreApplication::translate("Endpoint", "Not an engine address: %1.").arg(trimmed);
            return bad;
        }
        return e;
    }
    e.errorText = QCoreApplication::translate(
                      "Endpoint", "Not an engine address: %1. Use unix:///path/to/engine.sock.")
                      .arg(trimmed);
    return e;
}

QString Endpoint::toUrl() const
{
    if (api == Api::Containerd && kind != Kind::Invalid) {
        Endpoint docker = *this;
        docker.api = Api::Docker;
        QString url = docker.toUrl();
        const int colon = url.indexOf(QLatin1String("://"));
        const QString scheme = kind == Kind::Unix  ? QString(ContainerdScheme)
                               : kind == Kind::Tcp ? QString(ContainerdTcpScheme)
                                                   : QString(ContainerdSshScheme);
        url = scheme + url.mid(colon);
        if (!containerdNamespace.isEmpty())
            url += QStringLiteral("?namespace=") + containerdNamespace;
        return url;
    }
    switch (kind) {
    case Kind::Unix:
        return QLatin1String("unix://") + path;
    case Kind::Tcp:
    case Kind::Ssh: {
        // Through QUrl, so that what fromUrl() reads back is the same engine: an IPv6 host in
        // brackets, a user or path with characters a URL must escape escaped.
        QUrl url;
        url.setScheme(kind == Kind::Tcp ? QStringLiteral("tcp") : QStringLiteral("ssh"));
        url.setUserName(kind == Kind::Ssh ? user : QString(), QUrl::DecodedMode);
        url.setHost(host, QUrl::DecodedMode);
        url.setPort(port);
        if (kind == Kind::Ssh)
            url.setPath(path, QUrl::DecodedMode);
        return url.toString(QUrl::FullyEncoded);
    }
    case Kind::Invalid:
        break;
    }
    return {};
}

void Endpoint::useTlsFrom(const QString &certPath)
{
    tls = true;
    const QDir dir(certPath);
    // Like the docker CLI: a file the folder does not have is not used (no ca.pem: the system's
    // CAs; no cert.pem and key.pem: no client certificate).
    const auto present = [&dir](const char *name) {
        const QString file = dir.filePath(QLatin1String(name));
        return QFileInfo::exists(file) ? file : QString();
    };
    tlsCaFile = present("ca.pem");
    tlsCertFile = present("cert.pem");
    tlsKeyFile = present("key.pem");
}

void Endpoint::applyDockerTlsEnvironment(const QProcessEnvironment &env)
{
    if (kind != Kind::Tcp)
        return;
    const QString verify = env.value(QStringLiteral("DOCKER_TLS_VERIFY"));
    const QString certPath = env.value(QStringLiteral("DOCKER_CERT_PATH"));
    if (verify.isEmpty() && certPath.isEmpty())
        return;
    useTlsFrom(certPath.isEmpty() ? QDir::homePath() + QStringLiteral("/.docker") : certPath);
    // Like docker: DOCKER_TLS_VERIFY unset (or empty) with a cert path means TLS without
    // verifying the engine's certificate.
    tlsSkipVerify = verify.isEmpty();
}
