#pragma once

#include "core/transport/endpoint.h"

#include <QString>

#include <QStringList>
#include <functional>

class QProcess;

// What the harness (tests/harness/with-engines.sh) hands to engine tests, and small helpers to
// drive the engines' own command-line clients.
class NodeManager;

namespace TestEngines {

// True when the harness's variables are set. Without them an engine test fails, unless
// GONTAINER_ALLOW_NO_ENGINES=1 asks to skip it (for a quick local run of the unit tests).
bool available();
bool allowMissing();
QString missingMessage();

QString dockerSocket();
QString podmanSocket();
QString image();       // as Docker names it
QString podmanImage(); // fully qualified, as Podman names it
QString dir();         // the harness's temporary directory
QString registry();    // host:port of the run's registry (plain HTTP on loopback)
// host:port of the run's second registry, which wants a login (htpasswd; plain HTTP, marked
// insecure for Podman), and the one user it accepts.
QString authRegistry();
QString authUser();
QString authPassword();

// The harness's dockerd on 127.0.0.1 over verified TLS, with the client certificates of the
// run; `rogue` uses a CA and client certificate the engine does not trust.
Endpoint dockerTlsEndpoint();
QString tlsCertPath();
QString rogueTlsCertPath();

// The harness's sshd on 127.0.0.1: root's ~/.ssh holds the client key and the host key, as a
// user's would. Empty URL when the harness could not set that up (no private mount namespace).
QString sshUrl();
QString sshRogueKey(); // a private key the server does not accept
// The engines run in a network namespace of the harness's own: container networks may be made.
bool hasNetworkNamespace();

struct Result
{
    int exitCode = -1;
    QString output;
};
// docker -H unix://SOCKET ARGS...
Result docker(const QString &socket, const QStringList &args, int timeoutMs = 60000);
// docker run -d --name NAME --network none IMAGE COMMAND... on either engine's socket; on
// success `output` is the new container's id.
Result runDetached(const QString &socket, const QString &name, const QStringList &command);
// podman --remote --url unix://SOCKET ARGS...
Result podman(const QString &socket, const QStringList &args, int timeoutMs = 60000);
// A new image `name` on the engine at `socket` (Podman when `podman`): the test image with a
// layer of `bytes` random bytes on top, so that no other image shares it. On success `output`
// is the image's id.
Result makeImage(const QString &socket, bool podman, const QString &name, int bytes);

// Starts another `podman system service` on `socket`, over the harness's Podman storage, and
// waits until it answers. The caller owns the process; nullptr on failure.
QProcess *startPodmanService(const QString &socket);
// The same with a registries.conf of its own (written beside `socket`) that searches
// `searchRegistries`, in that order, for short names, each marked insecure (plain HTTP).
QProcess *startPodmanServiceSearching(const QString &socket, const QStringList &searchRegistries);
// A Podman service with storage, volumes and networks of its own under `dir` (its socket is
// `dir`/podman.sock), for tests that prune everything: nothing of the harness's engines is
// touched. Empty of images until the test loads some. Stop it with stopPodmanService().
QProcess *startOwnPodmanService(const QString &dir);
// Ends a service started by the three above, and deletes it.
void stopPodmanService(QProcess *service);

// A dockerd of its own under `dir` (its socket is `dir`/docker.sock; data-root, exec-root,
// pidfile and containerd namespace there too; no bridge, no iptables), with the test image
// loaded from the harness's dockerd, once it answers. For tests that stop, kill or restart an
// engine: the harness's dockerd is shared by every test. `dir` must be short (socket paths
// under 108 bytes). nullptr on failure. Stop it with stopOwnDockerd().
QProcess *startOwnDockerd(const QString &dir);
// Ends a dockerd started by startOwnDockerd() (continuing it first if it was stopped), and
// deletes it.
void stopOwnDockerd(QProcess *dockerd);

// A _data() table over the engines as clients reach them: columns "endpoint" (Endpoint),
// "socket" (the unix socket the engine's CLI uses) and "podman" (bool); rows docker, podman
// and docker over TLS (not in the matrix's run against newer engines: GONTAINER_TEST_MATRIX).
void addEngineRows();

// A name unique to this test run.
QString uniqueName(const QString &prefix);

// Every file under `dir`, concatenated (to check that a secret reached none of them).
QByteArray allFilesUnder(const QString &dir);

// Makes a fresh ed25519 key with `passphrase` at `keyPath` and has the harness's sshd accept it
// until the returned function is called; an empty function when that failed.
std::function<void()> authorizeNewSshKey(const QString &keyPath, const QString &passphrase);

// The harness's dockerd as `manager`'s local node ("test") and its Podman as a node named
// "podman"; true once both are online (and, with `withImages`, have listed their images), false
// when the node cannot be added or they do not get there within `timeoutMs`.
bool addDockerAndPodmanNodes(NodeManager &manager, bool withImages = false, int timeoutMs = 30000);

} // namespace TestEngines

#define REQUIRE_ENGINES()                                                                          \
    do {                                                                                           \
        if (!TestEngines::available()) {                                                           \
            if (TestEngines::allowMissing())                                                       \
                QSKIP("no test engines (GONTAINER_ALLOW_NO_ENGINES=1)");                           \
            QFAIL(qPrintable(TestEngines::missingMessage()));                                      \
        }                                                                                          \
    } while (false)
