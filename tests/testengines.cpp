#include "testengines.h"

#include <csignal>

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QThread>

namespace TestEngines {

namespace {
QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

Result run(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    Result r;
    if (!process.waitForStarted(10000)) {
        r.output = process.errorString();
        return r;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        r.output = QStringLiteral("timed out: ") + QString::fromLocal8Bit(process.readAll());
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return r;
}
} // namespace

bool available()
{
    return !dockerSocket().isEmpty() && !podmanSocket().isEmpty() && !image().isEmpty() &&
           !tlsCertPath().isEmpty();
}

bool allowMissing()
{
    return env("GONTAINER_ALLOW_NO_ENGINES") == QLatin1String("1");
}

QString missingMessage()
{
    return QStringLiteral("This test needs the engines that tests/harness/with-engines.sh starts "
                          "(GONTAINER_TEST_DOCKER_SOCK and friends are unset). Run it through "
                          "installer/run-tests.sh, or set GONTAINER_ALLOW_NO_ENGINES=1 to skip.");
}

QString dockerSocket()
{
    return env("GONTAINER_TEST_DOCKER_SOCK");
}

QString podmanSocket()
{
    return env("GONTAINER_TEST_PODMAN_SOCK");
}

QString image()
{
    return env("GONTAINER_TEST_IMAGE");
}

QString podmanImage()
{
    return env("GONTAINER_TEST_PODMAN_IMAGE");
}

QString dir()
{
    return env("GONTAINER_TEST_DIR");
}

QString registry()
{
    return env("GONTAINER_TEST_REGISTRY");
}

Endpoint dockerTlsEndpoint()
{
    Endpoint e = Endpoint::fromUrl(env("GONTAINER_TEST_DOCKER_TLS_HOST"));
    e.useTlsFrom(tlsCertPath());
    return e;
}

QString tlsCertPath()
{
    return env("GONTAINER_TEST_TLS_CERT_PATH");
}

QString rogueTlsCertPath()
{
    return env("GONTAINER_TEST_TLS_ROGUE_CERT_PATH");
}

QString authRegistry()
{
    return env("GONTAINER_TEST_AUTH_REGISTRY");
}

QString authUser()
{
    return env("GONTAINER_TEST_AUTH_USER");
}

QString authPassword()
{
    return env("GONTAINER_TEST_AUTH_PASSWORD");
}

QString sshUrl()
{
    return env("GONTAINER_TEST_SSH_URL");
}

bool hasNetworkNamespace()
{
    return env("GONTAINER_TEST_NETNS") == QLatin1String("1");
}

QString sshRogueKey()
{
    return env("GONTAINER_TEST_SSH_ROGUE_KEY");
}

Result docker(const QString &socket, const QStringList &args, int timeoutMs)
{
    return run(QStringLiteral("docker"),
               QStringList{QStringLiteral("-H"), QStringLiteral("unix://") + socket} + args,
               timeoutMs);
}

Result runDetached(const QString &socket, const QString &name, const QStringList &command)
{
    Result r = docker(
        socket, QStringList{QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"),
                            name, QStringLiteral("--network"), QStringLiteral("none"), image()} +
                    command);
    if (r.exitCode == 0)
        r.output = r.output.split(QLatin1Char('\n')).last().trimmed();
    return r;
}

Result podman(const QString &socket, const QStringList &args, int timeoutMs)
{
    return run(QStringLiteral("podman"),
               QStringList{QStringLiteral("--remote"), QStringLiteral("--url"),
                           QStringLiteral("unix://") + socket} +
                   args,
               timeoutMs);
}

Result makeImage(const QString &socket, bool podman, const QString &name, int bytes)
{
    const QString builder = uniqueName(QStringLiteral("make-image"));
    Result r = docker(socket, {QStringLiteral("run"), QStringLiteral("--name"), builder,
                               QStringLiteral("--network"), QStringLiteral("none"), image(),
                               QStringLiteral("sh"), QStringLiteral("-c"),
                               QStringLiteral("head -c %1 /dev/urandom > /blob").arg(bytes)});
    if (r.exitCode != 0)
        return r;
    // Podman's compatible commit does not read the docker CLI's request: its own client.
    const QStringList commit{QStringLiteral("commit"), builder, name};
    r = podman ? TestEngines::podman(socket, commit) : docker(socket, commit);
    docker(socket, {QStringLiteral("rm"), QStringLiteral("-f"), builder});
    if (r.exitCode != 0)
        return r;
    r = docker(socket, {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"),
                        QStringLiteral("{{.Id}}"), name});
    r.output = r.output.trimmed();
    return r;
}

QProcess *startPodmanService(const QString &socket)
{
    auto *process = new QProcess;
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(QStringLiteral("podman"),
                   {QStringLiteral("--root"), env("GONTAINER_TEST_PODMAN_ROOT"),
                    QStringLiteral("--runroot"), env("GONTAINER_TEST_PODMAN_RUNROOT"),
                    QStringLiteral("system"), QStringLiteral("service"), QStringLiteral("--time"),
                    QStringLiteral("0"), QStringLiteral("unix://") + socket});
    if (!process->waitForStarted(10000)) {
        delete process;
        return nullptr;
    }
    for (int i = 0; i < 150; ++i) {
        if (podman(socket, {QStringLiteral("version")}, 5000).exitCode == 0)
            return process;
        if (process->state() == QProcess::NotRunning)
            break;
        QThread::msleep(200);
    }
    qWarning("podman system service did not come up: %s", process->readAll().constData());
    process->kill();
    process->waitForFinished(5000);
    delete process;
    return nullptr;
}

QProcess *startPodmanServiceSearching(const QString &socket, const QStringList &searchRegistries)
{
    const QString conf = QFileInfo(socket).absolutePath() + QStringLiteral("/registries.conf");
    QFile file(conf);
    if (!file.open(QIODevice::WriteOnly))
        return nullptr;
    QStringList quoted;
    QString blocks;
    for (const QString &registry : searchRegistries) {
        quoted << QLatin1Char('"') + registry + QLatin1Char('"');
        blocks +=
            QStringLiteral("\n[[registry]]\nlocation = \"%1\"\ninsecure = true\n").arg(registry);
    }
    file.write((QStringLiteral("unqualified-search-registries = [%1]\n"
                               "short-name-mode = \"permissive\"\n")
                    .arg(quoted.join(QStringLiteral(", "))) +
                blocks)
                   .toUtf8());
    file.close();
    const QByteArray previous = qgetenv("CONTAINERS_REGISTRIES_CONF");
    qputenv("CONTAINERS_REGISTRIES_CONF", conf.toLocal8Bit());
    QProcess *service = startPodmanService(socket);
    qputenv("CONTAINERS_REGISTRIES_CONF", previous);
    return service;
}

QProcess *startOwnPodmanService(const QString &dir)
{
    for (const char *sub : {"root", "run", "tmp", "volumes", "networks"}) {
        if (!QDir(dir).mkpath(QLatin1String(sub)))
            return nullptr;
    }
    QFile conf(dir + QStringLiteral("/containers.conf"));
    QFile storage(dir + QStringLiteral("/storage.conf"));
    if (!conf.open(QIODevice::WriteOnly) || !storage.open(QIODevice::WriteOnly))
        return nullptr;
    conf.write(QStringLiteral("[containers]\nnetns = \"none\"\n\n[engine]\nruntime = \"runc\"\n"
                              "cgroup_manager = \"cgroupfs\"\nevents_logger = \"file\"\n"
                              "events_logfile_path = \"%1/events.log\"\ntmp_dir = \"%1/tmp\"\n"
                              "volume_path = \"%1/volumes\"\nimage_copy_tmp_dir = \"%1/tmp\"\n\n"
                              "[network]\nnetwork_backend = \"netavark\"\n"
                              "network_config_dir = \"%1/networks\"\n")
                   .arg(dir)
                   .toUtf8());
    storage.write(QStringLiteral("[storage]\ndriver = \"%1\"\ngraphroot = \"%2/root\"\n"
                                 "runroot = \"%2/run\"\n")
                      .arg(env("GONTAINER_PODMAN_STORAGE_DRIVER").isEmpty()
                               ? QStringLiteral("overlay")
                               : env("GONTAINER_PODMAN_STORAGE_DRIVER"),
                           dir)
                      .toUtf8());
    conf.close();
    storage.close();
    const QString socket = dir + QStringLiteral("/podman.sock");
    auto *process = new QProcess;
    process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CONTAINERS_CONF"), conf.fileName());
    environment.insert(QStringLiteral("CONTAINERS_STORAGE_CONF"), storage.fileName());
    environment.insert(QStringLiteral("TMPDIR"), dir + QStringLiteral("/tmp"));
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral("podman"),
                   {QStringLiteral("--root"), dir + QStringLiteral("/root"),
                    QStringLiteral("--runroot"), dir + QStringLiteral("/run"),
                    QStringLiteral("system"), QStringLiteral("service"), QStringLiteral("--time"),
                    QStringLiteral("0"), QStringLiteral("unix://") + socket});
    if (!process->waitForStarted(10000)) {
        delete process;
        return nullptr;
    }
    for (int i = 0; i < 300; ++i) {
        if (podman(socket, {QStringLiteral("version")}, 5000).exitCode == 0)
            return process;
        if (process->state() == QProcess::NotRunning)
            break;
        QThread::msleep(200);
    }
    qWarning("podman system service did not come up: %s", process->readAll().constData());
    process->kill();
    process->waitForFinished(5000);
    delete process;
    return nullptr;
}

void stopPodmanService(QProcess *service)
{
    if (!service)
        return;
    service->terminate();
    if (!service->waitForFinished(10000)) {
        service->kill();
        service->waitForFinished(5000);
    }
    delete service;
}

QProcess *startOwnDockerd(const QString &dir)
{
    if (!QDir(dir).mkpath(QStringLiteral("exec")) || !QDir(dir).mkpath(QStringLiteral("root")))
        return nullptr;
    const QString socket = dir + QStringLiteral("/docker.sock");
    if (socket.toLocal8Bit().size() >= 100) {
        qWarning("startOwnDockerd: %s is too long for a unix socket", qPrintable(socket));
        return nullptr;
    }
    static QAtomicInt counter;
    const QString ns = QStringLiteral("gto-%1-%2")
                           .arg(QCoreApplication::applicationPid())
                           .arg(counter.fetchAndAddRelaxed(1));
    auto *process = new QProcess;
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardOutputFile(dir + QStringLiteral("/dockerd.log"));
    process->start(
        QStringLiteral("dockerd"),
        {QStringLiteral("--data-root"), dir + QStringLiteral("/root"),
         QStringLiteral("--exec-root"), dir + QStringLiteral("/exec"), QStringLiteral("--pidfile"),
         dir + QStringLiteral("/docker.pid"), QStringLiteral("-H"),
         QStringLiteral("unix://") + socket, QStringLiteral("--containerd-namespace"), ns,
         QStringLiteral("--containerd-plugins-namespace"), ns + QStringLiteral("-plugins"),
         QStringLiteral("--bridge=none"), QStringLiteral("--iptables=false"),
         QStringLiteral("--ip-masq=false"), QStringLiteral("--ip-forward=false"),
         QStringLiteral("--shutdown-timeout"), QStringLiteral("2")});
    if (!process->waitForStarted(10000)) {
        delete process;
        return nullptr;
    }
    bool up = false;
    for (int i = 0; i < 300 && !up; ++i) {
        up = docker(socket, {QStringLiteral("version")}, 5000).exitCode == 0;
        if (!up && process->state() == QProcess::NotRunning)
            break;
        if (!up)
            QThread::msleep(200);
    }
    if (up) {
        // The test image, as the harness's dockerd has it.
        QProcess save;
        QProcess load;
        save.setStandardOutputProcess(&load);
        load.setProcessChannelMode(QProcess::MergedChannels);
        save.start(QStringLiteral("docker"),
                   {QStringLiteral("-H"), QStringLiteral("unix://") + dockerSocket(),
                    QStringLiteral("save"), image()});
        load.start(QStringLiteral("docker"),
                   {QStringLiteral("-H"), QStringLiteral("unix://") + socket,
                    QStringLiteral("load"), QStringLiteral("-q")});
        up = save.waitForFinished(60000) && save.exitCode() == 0 && load.waitForFinished(60000) &&
             load.exitCode() == 0;
        if (!up)
            qWarning("loading the test image into the own dockerd failed: %s %s",
                     save.readAllStandardError().constData(), load.readAll().constData());
    } else {
        QFile log(dir + QStringLiteral("/dockerd.log"));
        if (log.open(QIODevice::ReadOnly))
            qWarning("dockerd did not come up: %s", log.readAll().right(4000).constData());
    }
    if (!up) {
        stopOwnDockerd(process);
        return nullptr;
    }
    return process;
}

void stopOwnDockerd(QProcess *dockerd)
{
    if (!dockerd)
        return;
    if (dockerd->state() != QProcess::NotRunning)
        ::kill(pid_t(dockerd->processId()), SIGCONT);
    dockerd->terminate();
    if (!dockerd->waitForFinished(20000)) {
        dockerd->kill();
        dockerd->waitForFinished(5000);
    }
    delete dockerd;
}

void addEngineRows()
{
    QTest::addColumn<Endpoint>("endpoint");
    QTest::addColumn<QString>("socket");
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << Endpoint::unixSocket(dockerSocket()) << dockerSocket() << false;
    QTest::newRow("podman") << Endpoint::unixSocket(podmanSocket()) << podmanSocket() << true;
    // The matrix's run against newer engines (tests/harness/on-newer-engines.sh) keeps the
    // harness's TLS listener, on the older dockerd that the plain run already covers.
    if (env("GONTAINER_TEST_MATRIX").isEmpty())
        QTest::newRow("docker over TLS") << dockerTlsEndpoint() << dockerSocket() << false;
}

QString uniqueName(const QString &prefix)
{
    static QAtomicInt counter;
    return prefix + QLatin1Char('-') + QString::number(QCoreApplication::applicationPid()) +
           QLatin1Char('-') + QString::number(counter.fetchAndAddRelaxed(1));
}

QByteArray allFilesUnder(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

std::function<void()> authorizeNewSshKey(const QString &keyPath, const QString &passphrase)
{
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                  QStringLiteral("-N"), passphrase, QStringLiteral("-C"),
                  QStringLiteral("gontainer test key"), QStringLiteral("-f"), keyPath});
    if (!keygen.waitForFinished(20000) || keygen.exitCode() != 0)
        return {};
    const QString authorizedPath = dir() + QStringLiteral("/ssh/authorized_keys");
    QFile authorized(authorizedPath);
    QFile pub(keyPath + QStringLiteral(".pub"));
    if (!authorized.open(QIODevice::ReadOnly) || !pub.open(QIODevice::ReadOnly))
        return {};
    const QByteArray before = authorized.readAll();
    authorized.close();
    // sshd reads the file at each login: appending is enough.
    if (!authorized.open(QIODevice::Append) || authorized.write(pub.readAll()) < 0)
        return {};
    authorized.close();
    return [authorizedPath, before] {
        QFile f(authorizedPath);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(before);
    };
}

bool addDockerAndPodmanNodes(NodeManager &manager, bool withImages, int timeoutMs)
{
    manager.setLocalNode(Endpoint::unixSocket(dockerSocket()), QStringLiteral("test"));
    NodeConfig podman;
    podman.name = QStringLiteral("podman");
    podman.url = QStringLiteral("unix://") + podmanSocket();
    const QString problem = manager.addNode(podman);
    if (!problem.isEmpty()) {
        qWarning("adding the Podman node: %s", qPrintable(problem));
        return false;
    }
    return QTest::qWaitFor(
        [&manager, withImages] {
            const QList<NodeService *> nodes = manager.nodes();
            return std::all_of(nodes.cbegin(), nodes.cend(), [withImages](NodeService *node) {
                return node->state() == NodeService::State::Online &&
                       (!withImages || !node->images().isEmpty());
            });
        },
        timeoutMs);
}

} // namespace TestEngines
