#pragma once

#include <QMetaType>
#include <QProcessEnvironment>
#include <QString>

// Where an engine listens: a unix socket, TCP with or without TLS, or a machine reached over SSH
// (its docker CLI's stdio bridge, or a named remote socket forwarded to a local one).
struct Endpoint
{
    enum class Kind
    {
        Invalid,
        Unix,
        Tcp,
        Ssh
    };

    // The API spoken there: the Docker Engine API (Docker, Podman) or containerd's gRPC API.
    enum class Api
    {
        Docker,
        Containerd
    };

    Kind kind = Kind::Invalid;
    Api api = Api::Docker;
    // containerd: the one namespace to show; empty for all of them.
    QString containerdNamespace;
    QString path;      // unix socket path; for ssh, the remote socket to forward (optional)
    QString host;      // tcp / ssh
    int port = 0;      // tcp / ssh
    QString user;      // ssh; empty: as the user's ssh config says
    QString errorText; // why parsing failed, when kind is Invalid

    // TLS for tcp://, with the files docker keeps in DOCKER_CERT_PATH. Peer verification is on
    // unless the user explicitly skips it for this node.
    bool tls = false;
    bool tlsSkipVerify = false;
    QString tlsCaFile;
    QString tlsCertFile;
    QString tlsKeyFile;

    // SSH: a private key to use instead of the agent's and ssh config's (optional).
    QString sshIdentityFile;
    // SSH: the keychain entry that holds that key's passphrase (optional).
    QString sshPassphraseKey;

    // unix:///path, /path, tcp://host:port, ssh://[user@]host[:port][/remote.sock]; for
    // containerd containerd:///path, containerd+tcp://host:port and
    // containerd+ssh://[user@]host[:port]/remote.sock, each with an optional ?namespace=NAME.
    static Endpoint fromUrl(const QString &url);
    static Endpoint unixSocket(const QString &path);

    // TLS with ca.pem, cert.pem and key.pem from a folder, as DOCKER_CERT_PATH holds them.
    void useTlsFrom(const QString &certPath);
    // What the docker CLI does with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH, for tcp://.
    void applyDockerTlsEnvironment(const QProcessEnvironment &env);

    bool isValid() const { return kind != Kind::Invalid; }
    QString toUrl() const;
};

Q_DECLARE_METATYPE(Endpoint)
