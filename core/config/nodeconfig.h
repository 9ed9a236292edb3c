#pragma once

#include "core/transport/endpoint.h"

#include <QMetaType>
#include <QString>

// One engine node as the user configured it: what to call it and how to reach it. Secrets are
// never part of it (they live in the desktop keychain).
struct NodeConfig
{
    QString id;   // stable across renames; made when the node is added
    QString name; // shown everywhere; unique among the nodes, whatever the case
    QString url;  // unix://PATH, tcp://HOST:PORT, ssh://[USER@]HOST[:PORT][/SOCKET]
    // tcp://: TLS with ca.pem, cert.pem and key.pem from this folder (DOCKER_CERT_PATH's
    // layout); verifying the engine's certificate is skipped only by this explicit choice.
    bool tls = false;
    QString tlsCertPath;
    bool tlsSkipVerify = false;
    // ssh://: a private key to use instead of the agent's and the ssh config's.
    QString sshIdentityFile;
    // Its passphrase is in the desktop keychain under passphraseKey() (only this flag is kept
    // in the settings).
    bool sshPassphraseSaved = false;
    // Where it was imported from ("docker context prod"), empty when added by hand.
    QString origin;
    // tcp:// without TLS: registry logins may be sent over it only by this explicit choice
    // (anyone on the way can read them).
    bool allowCredentialsInPlaintext = false;

    // How to reach it; Invalid (with the reason) when the settings cannot work.
    Endpoint endpoint() const;
    // The keychain entry for the SSH key's passphrase.
    QString passphraseKey() const { return QStringLiteral("ssh-passphrase:") + id; }
    // Empty when the node can be used; otherwise what to fix, in the user's language.
    QString problem() const;
    // tcp:// without TLS: the engine's traffic, and whatever is sent to it, is readable and
    // changeable by anyone on the network path.
    bool isPlaintext() const;
    // TLS whose engine certificate is not verified: anyone on the path can pose as the engine.
    bool skipsVerify() const;
    // What is at risk with isPlaintext() or skipsVerify(), in the user's language, for a mark's
    // tooltip; empty for a node reached safely.
    QString riskText() const;
    // Why a registry login may not go to this node, in the user's language; empty when it may.
    QString credentialsRefusal() const;

    bool operator==(const NodeConfig &) const = default;
};

Q_DECLARE_METATYPE(NodeConfig)
