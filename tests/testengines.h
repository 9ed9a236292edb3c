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

// The harness's standalone containerd (Debian 12's 1.6; containerd 1.7 from the Debian 13 chroot
// in the matrix's NAME@newer run), with the test image in namespace containerdNamespace() and in
// `default`. Empty when the harness started none (REQUIRE_CONTAINERD() then skips the test).
QString containerdSocket();
QString containerdNamespace(); // gontainer-test
QString containerdImage();     // as containerd names it: docker.io/gontainer-test/busybox:latest
// containerd://SOCKET?namespace=NAMESPACE, and that URL parsed.
QString containerdEndpointUrl();
Endpoint containerdEndpoint();
// ctr --address SOCKET -n NAMESPACE ARGS..., with the harness's containerd and namespace, or
// with the given ones. The `ctr` on PATH: in the @newer run, the chroot's own, which must be used
// there (a task's stdio FIFOs are made by ctr and opened by the engine's shim, in the /run that
// each of them sees). Output is stdout and stderr together, trimmed.
Result ctr(const QStringList &args, int timeoutMs = 60000);
Result ctrAt(const QString &socket, const QString &ns, const QStringList &args,
             int timeoutMs = 60000);
// A running container in containerdNamespace(), as nerdctl would show it: `ctr run -d --label
// nerdctl/name=NAME [--label KEY=VALUE for each of labels] IMAGE ID COMMAND...`, where ID is a
// fresh 64-hex-digit id (as nerdctl makes them) and IMAGE is containerdImage(). Its stdout and
// stderr go to `logFile` (`--log-uri file://...`; in the @newer run under /tmp, which the chroot
// shares) or nowhere (--null-io). On the harness's containerd, or on the one at `socket` (one
// of startOwnContainerd()). On success `output` is the container's id.
Result runContainerdContainer(const QString &name, const QStringList &command,
                              const QStringList &labels = {}, const QString &logFile = {},
                              const QString &socket = {});

// A containerd of its own under `dir` (config.toml; containerd.sock, root, state and the log
// containerd.log there), with the test image in containerdNamespace() and `default` (imported
// from the harness's archive unless already there), once it answers. For tests that stop, kill
// or restart the engine: start it again on the same `dir` after a kill and it finds its
// containers, and the tasks that outlived it in their shims. Under the @newer run it is the
// chroot's containerd 1.7 (`dir` must then be under /tmp, as TestEngines::dir() is). `dir`
// must be short (socket paths under 108 bytes). nullptr on failure.
QProcess *startOwnContainerd(const QString &dir);
// Ends a containerd started by startOwnContainerd() and deletes it. A running one first has
// every task in every namespace force-deleted (the containers killed, their root file systems
// unmounted), since containers outlive containerd; then it is terminated. One that has exited
// (killed by the test) is only deleted, unless no containerd answers on its socket any more:
// then the shims it left under its directory, and their containers, are killed.
void stopOwnContainerd(QProcess *containerd);

// The harness's Docker swarm (tests/harness/swarm): a manager and two workers, each a dockerd
// in network, mount and PID namespaces of its own, joined over a bridge in another namespace,
// with the images gsw-test:1 and gsw-test:2 on every node. It is made in the background while
// the tests start: waitForSwarm() waits until it is ready and says whether it is (the reason it
// is not goes to swarmProblem()). Sockets as unix:// URLs.
bool waitForSwarm(int timeoutMs = 180000);
QString swarmProblem();
QString swarmManagerUrl();
QStringList swarmWorkerUrls();
// The harness's swarm directory, and `docker -H URL ARGS...` against one of its nodes.
QString swarmDir();
Result swarmDocker(const QString &url, const QStringList &args, int timeoutMs = 60000);
// tests/harness/swarm/swarm-node.sh DIR NODE ACTION: "crash" kills a node (its dockerd and
// everything of it), "stop" stops it, "start" starts it again on the same state; NODE "w1", "w2".
bool swarmNode(const QString &action, const QString &node);
// "docker stack deploy" of a stack named `stack` on the manager at `url`, from a compose file:
// service `web` (the test image, sleeping) on overlay network `front`, with secret `token` and
// config `conf`; the swarm names them stack_web, stack_front, ...
Result deployTestStack(const QString &url, const QString &stack);

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

// REQUIRE_ENGINES(), then the harness's swarm, waited for; a failure when it could not be made.
#define REQUIRE_SWARM()                                                                            \
    do {                                                                                           \
        REQUIRE_ENGINES();                                                                         \
        if (!TestEngines::waitForSwarm())                                                          \
            QFAIL(qPrintable(TestEngines::swarmProblem()));                                        \
    } while (false)

// REQUIRE_ENGINES(), then a skip when the harness started no containerd (never in CI).
#define REQUIRE_CONTAINERD()                                                                       \
    do {                                                                                           \
        REQUIRE_ENGINES();                                                                         \
        if (TestEngines::containerdSocket().isEmpty())                                             \
            QSKIP("no containerd from the harness: GONTAINER_TEST_CONTAINERD_SOCK is unset "       \
                  "(tests/harness/with-engines.sh starts one)");                                   \
    } while (false)
