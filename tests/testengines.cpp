#include "testengines.h"

#include <csignal>

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUuid>

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

QString swarmDir()
{
    return env("GONTAINER_TEST_SWARM_DIR");
}

namespace {

// swarm.env as make-swarm.sh writes it: MANAGER=unix://..., WORKER1=unix://...
QMap<QString, QString> swarmEnv()
{
    QMap<QString, QString> values;
    QFile file(swarmDir() + QStringLiteral("/swarm.env"));
    if (!file.open(QIODevice::ReadOnly))
        return values;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return values;
}

} // namespace

bool waitForSwarm(int timeoutMs)
{
    if (swarmDir().isEmpty())
        return false;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (QFile::exists(swarmDir() + QStringLiteral("/ready")))
            return !swarmManagerUrl().isEmpty();
        if (QFile::exists(swarmDir() + QStringLiteral("/failed")))
            return false;
        QThread::msleep(200);
    }
    return false;
}

QString swarmProblem()
{
    if (swarmDir().isEmpty())
        return QStringLiteral("no swarm from the harness: GONTAINER_TEST_SWARM_DIR is unset "
                              "(tests/harness/with-engines.sh makes one)");
    // The run's directory goes with the run: the log's end is told here.
    QFile log(dir() + QStringLiteral("/make-swarm.log"));
    QString tail;
    if (log.open(QIODevice::ReadOnly))
        tail = QString::fromUtf8(log.readAll().right(3000));
    if (QFile::exists(swarmDir() + QStringLiteral("/failed")))
        return QStringLiteral("the harness could not make its swarm (tests/harness/swarm/"
                              "make-swarm.sh); the end of its log:\n") +
               tail;
    return QStringLiteral("the harness's swarm was not ready in time; the end of its log:\n") +
           tail;
}

QString swarmManagerUrl()
{
    return swarmEnv().value(QStringLiteral("MANAGER"));
}

QStringList swarmWorkerUrls()
{
    QStringList urls;
    const QMap<QString, QString> values = swarmEnv();
    for (int i = 1; values.contains(QStringLiteral("WORKER%1").arg(i)); ++i)
        urls << values.value(QStringLiteral("WORKER%1").arg(i));
    return urls;
}

Result swarmDocker(const QString &url, const QStringList &args, int timeoutMs)
{
    return docker(QUrl(url).path(), args, timeoutMs);
}

Result deployTestStack(const QString &url, const QString &stack)
{
    QTemporaryDir dir;
    const auto write = [&dir](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    };
    if (!dir.isValid() || !write(QStringLiteral("token.txt"), "t0ken") ||
        !write(QStringLiteral("conf.txt"), "port=80\n") ||
        !write(QStringLiteral("stack.yml"), R"(version: "3.8"
services:
  web:
    image: gsw-test:1
    command: ["sleep", "3600"]
    init: true
    networks: [front]
    secrets: [token]
    configs: [conf]
networks:
  front:
    driver: overlay
secrets:
  token:
    file: ./token.txt
configs:
  conf:
    file: ./conf.txt
)"))
        return Result{-1, QStringLiteral("cannot write the compose file")};
    return swarmDocker(url,
                       {QStringLiteral("stack"), QStringLiteral("deploy"), QStringLiteral("-c"),
                        dir.filePath(QStringLiteral("stack.yml")),
                        QStringLiteral("--resolve-image"), QStringLiteral("never"), stack},
                       120000);
}

bool swarmNode(const QString &action, const QString &node)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bash"),
                  {QStringLiteral(GONTAINER_SOURCE_DIR "/tests/harness/swarm/swarm-node.sh"),
                   swarmDir(), node, action});
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    if (process.exitCode() != 0)
        qWarning("swarm-node.sh %s %s: %s", qPrintable(action), qPrintable(node),
                 process.readAll().constData());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QString containerdSocket()
{
    return env("GONTAINER_TEST_CONTAINERD_SOCK");
}

QString containerdNamespace()
{
    return env("GONTAINER_TEST_CONTAINERD_NS");
}

QString containerdImage()
{
    return env("GONTAINER_TEST_CONTAINERD_IMAGE");
}

QString containerdEndpointUrl()
{
    return QStringLiteral("containerd://") + containerdSocket() + QStringLiteral("?namespace=") +
           containerdNamespace();
}

Endpoint containerdEndpoint()
{
    return Endpoint::fromUrl(containerdEndpointUrl());
}

Result ctrAt(const QString &socket, const QString &ns, const QStringList &args, int timeoutMs)
{
    return run(QStringLiteral("ctr"),
               QStringList{QStringLiteral("--address"), socket, QStringLiteral("-n"), ns} + args,
               timeoutMs);
}

Result ctr(const QStringList &args, int timeoutMs)
{
    return ctrAt(containerdSocket(), containerdNamespace(), args, timeoutMs);
}

Result runContainerdContainer(const QString &name, const QStringList &command,
                              const QStringList &labels, const QString &logFile,
                              const QString &socket)
{
    const QString id = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(QUuid::createUuid().toRfc4122() + name.toUtf8()),
                                 QCryptographicHash::Sha256)
            .toHex());
    QStringList args{QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--label"),
                     QStringLiteral("nerdctl/name=") + name};
    for (const QString &label : labels)
        args << QStringLiteral("--label") << label;
    if (logFile.isEmpty())
        args << QStringLiteral("--null-io");
    else
        args << QStringLiteral("--log-uri")
             << QUrl::fromLocalFile(QFileInfo(logFile).absoluteFilePath()).toString();
    args << containerdImage() << id << command;
    Result r = ctrAt(socket.isEmpty() ? containerdSocket() : socket, containerdNamespace(), args);
    if (r.exitCode == 0)
        r.output = id;
    return r;
}

namespace {
// Whether a containerd answers on `socket`. ctr waits up to 10 s for a socket that does not
// exist (yet): only an existing one is asked.
bool containerdAnswers(const QString &socket)
{
    return QFileInfo(socket).exists() && ctrAt(socket, QStringLiteral("default"),
                                               {QStringLiteral("--connect-timeout"),
                                                QStringLiteral("2s"), QStringLiteral("version")},
                                               5000)
                                                 .exitCode == 0;
}

QString ownContainerdDir(QProcess *containerd)
{
    // Started with `--config DIR/config.toml`.
    const QStringList args = containerd->arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--config"));
    return at >= 0 && at + 1 < args.size() ? QFileInfo(args.at(at + 1)).absolutePath() : QString();
}

// The shims that serve a containerd socket under `dir`, and the containers they run (each
// container's init is a child of its shim; it would live on without it).
void reapContainerdShims(const QString &dir)
{
    if (dir.isEmpty())
        return;
    const QByteArray prefix = QFile::encodeName(dir) + '/';
    QList<pid_t> shims;
    QMultiHash<pid_t, pid_t> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const pid_t pid = pid_t(entry.toInt(&numeric));
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (stat.open(QIODevice::ReadOnly)) {
            // pid (comm) state ppid ...: comm may hold spaces, so read after the last ')'.
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 1)
                children.insert(pid_t(fields.at(1).toInt()), pid);
        }
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> argv = cmdline.readAll().split('\0');
        if (argv.isEmpty() || !argv.first().endsWith("containerd-shim-runc-v2"))
            continue;
        const qsizetype at = argv.indexOf(QByteArray("-address"));
        if (at >= 0 && at + 1 < argv.size() && argv.at(at + 1).startsWith(prefix))
            shims << pid;
    }
    for (const pid_t shim : std::as_const(shims)) {
        const QList<pid_t> inits = children.values(shim);
        for (const pid_t init : inits)
            ::kill(init, SIGKILL);
        ::kill(shim, SIGKILL);
    }
}

// Every task of every namespace, force-deleted: the containers are killed and their root file
// systems unmounted.
void clearContainerdTasks(const QString &socket)
{
    const QStringList namespaces =
        ctrAt(socket, QStringLiteral("default"),
              {QStringLiteral("namespaces"), QStringLiteral("ls"), QStringLiteral("-q")}, 10000)
            .output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &ns : namespaces) {
        const Result tasks =
            ctrAt(socket, ns, {QStringLiteral("tasks"), QStringLiteral("ls"), QStringLiteral("-q")},
                  10000);
        const QStringList ids = tasks.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (tasks.exitCode != 0 || ids.isEmpty())
            continue;
        ctrAt(socket, ns,
              QStringList{QStringLiteral("tasks"), QStringLiteral("delete"),
                          QStringLiteral("--force")} +
                  ids,
              60000);
    }
}
} // namespace

QProcess *startOwnContainerd(const QString &dir)
{
    if (!QDir().mkpath(dir))
        return nullptr;
    const QString socket = dir + QStringLiteral("/containerd.sock");
    if (socket.toLocal8Bit().size() >= 100) {
        qWarning("startOwnContainerd: %s is too long for a unix socket", qPrintable(socket));
        return nullptr;
    }
    // As tests/harness/containerd.sh writes it for the harness's engines.
    QFile config(dir + QStringLiteral("/config.toml"));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return nullptr;
    config.write(QStringLiteral("version = 2\nroot = \"%1/root\"\nstate = \"%1/state\"\n"
                                "disabled_plugins = [\"io.containerd.grpc.v1.cri\"]\n\n"
                                "[grpc]\n  address = \"%1/containerd.sock\"\n\n"
                                "[ttrpc]\n  address = \"%1/containerd.sock.ttrpc\"\n\n"
                                "[debug]\n  address = \"\"\n\n[metrics]\n  address = \"\"\n\n"
                                "[plugins.\"io.containerd.internal.v1.opt\"]\n"
                                "  path = \"%1/opt\"\n")
                     .arg(dir)
                     .toUtf8());
    config.close();
    auto *process = new QProcess;
    process->setProcessChannelMode(QProcess::MergedChannels);
    // Appended to, so that a restart keeps what the engine said before.
    process->setStandardOutputFile(dir + QStringLiteral("/containerd.log"), QIODevice::Append);
    process->start(QStringLiteral("containerd"),
                   {QStringLiteral("--config"), QFileInfo(config).absoluteFilePath()});
    if (!process->waitForStarted(10000)) {
        delete process;
        return nullptr;
    }
    bool up = false;
    for (int i = 0; i < 150 && !up; ++i) {
        up = containerdAnswers(socket);
        if (!up && process->state() == QProcess::NotRunning)
            break;
        if (!up)
            QThread::msleep(100);
    }
    if (!up) {
        QFile log(dir + QStringLiteral("/containerd.log"));
        if (log.open(QIODevice::ReadOnly))
            qWarning("containerd did not come up: %s", log.readAll().right(4000).constData());
    }
    // The test image, unless a previous start on this directory imported it.
    const QString archive = env("GONTAINER_TEST_CONTAINERD_ARCHIVE");
    for (const QString &ns : {containerdNamespace(), QStringLiteral("default")}) {
        if (!up)
            break;
        const Result images = ctrAt(
            socket, ns, {QStringLiteral("images"), QStringLiteral("ls"), QStringLiteral("-q")});
        if (images.exitCode == 0 &&
            images.output.split(QLatin1Char('\n')).contains(containerdImage()))
            continue;
        const Result imported =
            ctrAt(socket, ns, {QStringLiteral("images"), QStringLiteral("import"), archive});
        up = imported.exitCode == 0;
        if (!up)
            qWarning("importing the test image into the own containerd failed: %s",
                     qPrintable(imported.output));
    }
    if (!up) {
        stopOwnContainerd(process);
        return nullptr;
    }
    return process;
}

void stopOwnContainerd(QProcess *containerd)
{
    if (!containerd)
        return;
    const QString dir = ownContainerdDir(containerd);
    const QString socket = dir + QStringLiteral("/containerd.sock");
    if (containerd->state() != QProcess::NotRunning) {
        ::kill(pid_t(containerd->processId()), SIGCONT);
        clearContainerdTasks(socket);
        containerd->terminate();
        if (!containerd->waitForFinished(10000)) {
            containerd->kill();
            containerd->waitForFinished(5000);
        }
        reapContainerdShims(dir);
    } else if (!containerdAnswers(socket)) {
        // Killed, and not started again on its directory: what it left behind goes.
        reapContainerdShims(dir);
    }
    delete containerd;
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
