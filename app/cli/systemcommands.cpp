#include "app/cli/systemcommands.h"

#include "app/cli/clinodes.h"
#include "app/cli/cliprinter.h"
#include "app/cli/cliprune.h"
#include "app/cli/clisession.h"
#include "app/cli/clitext.h"
#include "core/transport/endpoint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

#include <cstdio>

namespace {

// The family's one translation context. Defined here rather than in the header so that
// lupdate, which reads this file without include paths, files the strings under it too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SystemCommands)
};

} // namespace

using namespace CliText;

// ---- ping, version --------------------------------------------------------------------------

PingCommand::PingCommand()
    : Command(QStringLiteral("ping"), Tr::tr("Check that the engine answers"))
{}

void PingCommand::run(CliSession &session) const
{
    session.connectThen([&session] {
        const EngineInfo info = session.engine().info();
        out(QStringLiteral("OK %1 %2 (API %3)").arg(info.name, info.version, info.apiVersion));
        session.finish(0);
    });
}

VersionCommand::VersionCommand()
    : Command(QStringLiteral("version"), Tr::tr("Show the engine, its version and capabilities"))
{}

void VersionCommand::run(CliSession &session) const
{
    session.connectThen([&session] {
        const EngineInfo info = session.engine().info();
        const EngineCapabilities c = info.capabilities;
        const QString node = session.endpoint().toUrl();
        // Every capability, by the name EngineCapabilities gives it.
        const QList<std::pair<QString, bool>> flags = {
            {QStringLiteral("volumes"), c.volumes},
            {QStringLiteral("networks"), c.networks},
            {QStringLiteral("logs"), c.logs},
            {QStringLiteral("pods"), c.pods},
            {QStringLiteral("kube"), c.kube},
            {QStringLiteral("healthcheckRun"), c.healthcheckRun},
            {QStringLiteral("runTimeout"), c.runTimeout},
            {QStringLiteral("imageBuild"), c.imageBuild},
            {QStringLiteral("exec"), c.exec},
            {QStringLiteral("stats"), c.stats},
            {QStringLiteral("commit"), c.commit},
            {QStringLiteral("imageSearch"), c.imageSearch},
            {QStringLiteral("buildCache"), c.buildCache},
            {QStringLiteral("imagePull"), c.imagePull},
            {QStringLiteral("imagePush"), c.imagePush},
            {QStringLiteral("imageTag"), c.imageTag},
            {QStringLiteral("imageHistory"), c.imageHistory},
            {QStringLiteral("containerRename"), c.containerRename},
            {QStringLiteral("containerTop"), c.containerTop},
            {QStringLiteral("attach"), c.attach},
            {QStringLiteral("diskUsage"), c.diskUsage},
            {QStringLiteral("portPublishing"), c.portPublishing},
            {QStringLiteral("restartPolicy"), c.restartPolicy},
            {QStringLiteral("prune"), c.prune},
            {QStringLiteral("healthchecks"), c.healthchecks},
            {QStringLiteral("namespaces"), c.namespaces}};
        if (session.json()) {
            QJsonObject caps;
            for (const auto &[name, on] : flags)
                caps.insert(name, on);
            if (!c.imagePullMissingText.isEmpty())
                caps.insert(QStringLiteral("imagePullMissingText"), c.imagePullMissingText);
            CliPrinter::json(
                QJsonObject{{QStringLiteral("node"), node},
                            {QStringLiteral("engine"), info.name},
                            {QStringLiteral("version"), info.version},
                            {QStringLiteral("apiVersion"), info.apiVersion},
                            {QStringLiteral("libpodApiVersion"), info.nativeApiVersion},
                            {QStringLiteral("revision"), info.revision},
                            {QStringLiteral("os"), info.os},
                            {QStringLiteral("arch"), info.arch},
                            {QStringLiteral("kernel"), info.kernel},
                            {QStringLiteral("capabilities"), caps}});
            session.finish(0);
            return;
        }
        QStringList features;
        for (const auto &[name, on] : flags) {
            if (on)
                features << name;
        }
        QList<QStringList> rows = {{Tr::tr("Node"), node},
                                   {Tr::tr("Engine"), info.name},
                                   {Tr::tr("Version"), info.version},
                                   {Tr::tr("API version"), info.apiVersion},
                                   {Tr::tr("Libpod API version"), info.nativeApiVersion.isEmpty()
                                                                      ? QStringLiteral("-")
                                                                      : info.nativeApiVersion},
                                   {Tr::tr("OS/Arch"), info.os + QLatin1Char('/') + info.arch},
                                   {Tr::tr("Kernel"), info.kernel},
                                   {Tr::tr("Features"), features.join(QStringLiteral(", "))}};
        if (!info.revision.isEmpty())
            rows.insert(3, {Tr::tr("Revision"), info.revision});
        if (!c.imagePullMissingText.isEmpty())
            rows.append({Tr::tr("Pull"), c.imagePullMissingText});
        CliPrinter::table({Tr::tr("FIELD"), Tr::tr("VALUE")}, rows);
        session.finish(0);
    });
}

// ---- info, df -------------------------------------------------------------------------------

InfoCommand::InfoCommand()
    : Command(QStringLiteral("info"), Tr::tr("Show the node: machine, engine, storage, counts"))
{}

void InfoCommand::run(CliSession &session) const
{
    session.connectThen([&session] {
        session.setCall(
            session.engine().systemInfo(&session, [&session](const EngineResult<SystemInfo> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                const SystemInfo &i = r.value;
                if (session.json()) {
                    CliPrinter::json(QJsonDocument::fromJson(i.rawJson));
                    session.finish(0);
                    return;
                }
                QList<QStringList> rows = {
                    {Tr::tr("Host name"), i.hostname},
                    {Tr::tr("Operating system"), i.operatingSystem},
                    {Tr::tr("Kernel"), i.kernel},
                    {Tr::tr("Architecture"), i.architecture},
                    {Tr::tr("CPUs"), i.cpus > 0 ? QString::number(i.cpus) : i.machineUnknownReason},
                    {Tr::tr("Memory"),
                     i.memoryBytes > 0 ? CliPrinter::bytes(i.memoryBytes) : i.machineUnknownReason},
                    {Tr::tr("Engine version"), i.serverVersion},
                    {Tr::tr("Storage driver"), i.storageDriver},
                    {Tr::tr("Cgroup"), i.cgroupDriver.isEmpty()
                                           ? i.cgroupVersion
                                           : i.cgroupVersion + QStringLiteral(" (") +
                                                 i.cgroupDriver + QLatin1Char(')')},
                    {Tr::tr("Root folder"), i.rootDir}};
                // -1: the engine does not count them (containerd).
                if (i.containers >= 0)
                    rows.append(
                        {Tr::tr("Containers"), Tr::tr("%1 (%2 running, %3 paused, %4 stopped)")
                                                   .arg(i.containers)
                                                   .arg(i.running)
                                                   .arg(i.paused)
                                                   .arg(i.stopped)});
                if (i.images >= 0)
                    rows.append({Tr::tr("Images"), QString::number(i.images)});
                if (!i.serverRevision.isEmpty())
                    rows.append({Tr::tr("Engine build"), i.serverRevision});
                if (!i.serverId.isEmpty())
                    rows.append({Tr::tr("Engine ID"), i.serverId});
                QStringList namespaces;
                for (const EngineNamespace &ns : i.namespaces)
                    namespaces
                        << (ns.readOnly()
                                ? Tr::tr("%1 (managed by %2: read-only)").arg(ns.name, ns.managedBy)
                                : ns.name);
                if (!namespaces.isEmpty())
                    rows.append({Tr::tr("Namespaces"), namespaces.join(QStringLiteral(", "))});
                for (const EnginePlugin &p : i.plugins) {
                    const QString kind = p.kind == EnginePlugin::Kind::Storage
                                             ? Tr::tr("Snapshotter")
                                             : Tr::tr("Runtime");
                    QString state = Tr::tr("ok");
                    if (p.status == EnginePlugin::Status::Skipped)
                        state = Tr::tr("not used here: %1").arg(p.reason);
                    else if (p.status == EnginePlugin::Status::Failed)
                        state = Tr::tr("failed: %1").arg(p.reason);
                    rows.append({kind, p.name + QStringLiteral(" (") + state + QLatin1Char(')')});
                }
                for (const QString &w : i.warnings)
                    rows.append({Tr::tr("Warning"), w});
                CliPrinter::table({Tr::tr("FIELD"), Tr::tr("VALUE")}, rows);
                session.finish(0);
            }));
    });
}

DfCommand::DfCommand()
    : Command(QStringLiteral("df"), Tr::tr("Show disk use of images, containers, volumes, cache"))
{}

void DfCommand::run(CliSession &session) const
{
    session.connectThen([&session] {
        session.setCall(
            session.engine().diskUsage(&session, [&session](const EngineResult<DiskUsage> &r) {
                if (!r.ok()) {
                    session.failWith(r.error);
                    return;
                }
                const std::pair<QString, DiskUsage::Part> parts[] = {
                    {Tr::tr("Images"), r.value.images},
                    {Tr::tr("Containers"), r.value.containers},
                    {Tr::tr("Local volumes"), r.value.volumes},
                    {Tr::tr("Build cache"), r.value.buildCache}};
                if (session.json()) {
                    QJsonObject o;
                    const char *keys[] = {"images", "containers", "volumes", "buildCache"};
                    for (int i = 0; i < 4; ++i) {
                        const DiskUsage::Part &p = parts[i].second;
                        o.insert(QLatin1String(keys[i]),
                                 QJsonObject{{QStringLiteral("count"), p.count},
                                             {QStringLiteral("active"), p.active},
                                             {QStringLiteral("size"), p.size},
                                             {QStringLiteral("reclaimable"), p.reclaimable}});
                    }
                    CliPrinter::json(o);
                    session.finish(0);
                    return;
                }
                QList<QStringList> rows;
                for (const auto &[name, p] : parts)
                    rows.append({name, QString::number(p.count), QString::number(p.active),
                                 CliPrinter::bytes(p.size), CliPrinter::bytes(p.reclaimable)});
                CliPrinter::table({Tr::tr("TYPE"), Tr::tr("TOTAL"), Tr::tr("ACTIVE"),
                                   Tr::tr("SIZE"), Tr::tr("RECLAIMABLE")},
                                  rows);
                session.finish(0);
            }));
    });
}

// ---- nodes ----------------------------------------------------------------------------------

NodesCommand::NodesCommand()
    : Command(QStringLiteral("nodes"),
              Tr::tr("List the nodes the app shows (state, latency, engine), add or remove one"),
              QStringLiteral("[add NAME URL [--namespace NS] | add local | rm NAME | "
                             "import [--dry-run]]"),
              false)
{}

void NodesCommand::configure(QCommandLineParser &p) const
{
    // Options may follow NAME URL: nothing here is a command line of its own.
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    p.addOption({QStringLiteral("tls"), Tr::tr("add: speak TLS to a tcp:// node.")});
    p.addOption({QStringLiteral("tls-cert-path"),
                 Tr::tr("add: the folder with ca.pem, cert.pem and key.pem (implies --tls)."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("tls-skip-verify"),
                 Tr::tr("add: do not verify the engine's certificate (not recommended).")});
    p.addOption({QStringLiteral("allow-plaintext-login"),
                 Tr::tr("add: send registry logins to this tcp:// node without TLS, where anyone "
                        "on the network can read them (not recommended).")});
    p.addOption({QStringLiteral("identity"), Tr::tr("add: the SSH private key for an ssh:// node."),
                 QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("namespace"),
         Tr::tr("add: show only this namespace of a containerd node (containerd:///path.sock, "
                "containerd+ssh://USER@HOST/path.sock, containerd+tcp://HOST:PORT); "
                "without it, every namespace."),
         QStringLiteral("NS")});
    p.addOption(
        {QStringLiteral("dry-run"), Tr::tr("import: show what would be added, add nothing.")});
    p.addOption({QStringLiteral("passphrase-stdin"),
                 Tr::tr("add: read the SSH key's passphrase from standard input and keep it in the "
                        "desktop keychain.")});
}

void NodesCommand::run(CliSession &session) const
{
    const QStringList &args = session.args();
    const QCommandLineParser &p = session.options();
    CliNodes *nodes = session.makeNodes();
    const QString action = args.value(0);
    if (action.isEmpty()) {
        nodes->list([&session](int code) { session.finish(code); });
        return;
    }
    if (action == QLatin1String("add") && args.size() == 2 &&
        args.at(1).compare(QLatin1String(CliNodes::LocalName), Qt::CaseInsensitive) == 0) {
        session.finish(nodes->restoreLocal());
        return;
    }
    if (action == QLatin1String("import")) {
        if (args.size() != 1) {
            session.usageError(Tr::tr("Use: gontainer-cli nodes import [--dry-run]"));
            return;
        }
        session.finish(nodes->import(QProcessEnvironment::systemEnvironment(),
                                     p.isSet(QStringLiteral("dry-run"))));
        return;
    }
    if (action == QLatin1String("add")) {
        if (args.size() != 3) {
            session.usageError(Tr::tr("Use: gontainer-cli nodes add NAME URL"));
            return;
        }
        NodeConfig config;
        config.name = args.at(1);
        config.url = args.at(2);
        config.tlsCertPath = p.value(QStringLiteral("tls-cert-path"));
        config.tls = p.isSet(QStringLiteral("tls")) || !config.tlsCertPath.isEmpty();
        config.tlsSkipVerify = p.isSet(QStringLiteral("tls-skip-verify"));
        config.sshIdentityFile = p.value(QStringLiteral("identity"));
        config.allowCredentialsInPlaintext = p.isSet(QStringLiteral("allow-plaintext-login"));
        if (p.isSet(QStringLiteral("namespace"))) {
            // The namespace goes into the address, as ?namespace=NS would.
            Endpoint e = Endpoint::fromUrl(config.url);
            if (e.api != Endpoint::Api::Containerd || !e.isValid()) {
                session.usageError(
                    Tr::tr("--namespace is for containerd nodes: give an address such as "
                           "containerd:///run/containerd/containerd.sock."));
                return;
            }
            e.containerdNamespace = p.value(QStringLiteral("namespace")).trimmed();
            config.url = e.toUrl();
            if (const Endpoint back = Endpoint::fromUrl(config.url); !back.isValid()) {
                session.usageError(back.errorText);
                return;
            }
        }
        QString passphrase;
        if (p.isSet(QStringLiteral("passphrase-stdin"))) {
            QFile in;
            if (config.sshIdentityFile.isEmpty() || !in.open(stdin, QIODevice::ReadOnly)) {
                session.usageError(
                    Tr::tr("--passphrase-stdin needs --identity FILE and a passphrase "
                           "on standard input."));
                return;
            }
            passphrase = secretFromStdin(in);
            if (passphrase.isEmpty()) {
                session.usageError(Tr::tr("The passphrase is empty."));
                return;
            }
        }
        session.finish(nodes->add(config, passphrase));
        return;
    }
    if (action == QLatin1String("rm")) {
        if (args.size() != 2) {
            session.usageError(Tr::tr("Use: gontainer-cli nodes rm NAME"));
            return;
        }
        session.finish(nodes->remove(args.at(1)));
        return;
    }
    session.usageError(
        Tr::tr("Unknown nodes action %1: use add, rm or import, or nothing to list.").arg(action));
}

// ---- system prune ---------------------------------------------------------------------------

SystemPruneCommand::SystemPruneCommand()
    : Command(QStringLiteral("prune"), Tr::tr("Remove what nothing uses: stopped containers, "
                                              "unused networks and pods, dangling images"))
{}

void SystemPruneCommand::configure(QCommandLineParser &p) const
{
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    p.addOption({{QStringLiteral("a"), QStringLiteral("all")},
                 Tr::tr("Remove every image no container uses, not only dangling ones.")});
    p.addOption({QStringLiteral("volumes"), Tr::tr("Remove the volumes no container uses too.")});
    CliPrune::addForce(p);
}

void SystemPruneCommand::run(CliSession &session) const
{
    if (!session.args().isEmpty()) {
        session.usageError(Tr::tr("Use: gontainer-cli system prune [--all] [--volumes] [--force]"));
        return;
    }
    const bool all = session.options().isSet(QStringLiteral("all"));
    const bool volumes = session.options().isSet(QStringLiteral("volumes"));
    QStringList what = {Tr::tr("- every stopped container"),
                        Tr::tr("- every network no container uses"),
                        all ? Tr::tr("- every image no container uses")
                            : Tr::tr("- every dangling image (one without a name)")};
    if (volumes)
        what << Tr::tr("- every volume no container uses, with its data");
    what << Tr::tr("- the build cache no build uses, where the engine keeps one")
         << Tr::tr("- on Podman, every pod with no running container");
    const QString question = Tr::tr("This removes from %1:").arg(session.endpoint().toUrl()) +
                             QLatin1Char('\n') + what.join(QLatin1Char('\n')) + QLatin1Char('\n');
    CliPrune::confirmThen(session, question, [&session, all, volumes] {
        session.connectThen([&session, all, volumes] {
            // One kind after another, in the order docker prunes them: what held the next goes
            // first (pods hold containers, containers hold networks, volumes and images).
            struct Step
            {
                QString key;
                QString heading;
                std::function<CallHandle(Engine::Callback<PruneReport>)> call;
            };
            Engine &engine = session.engine();
            auto steps = std::make_shared<QList<Step>>();
            if (engine.info().capabilities.pods)
                steps->append({QStringLiteral("pods"), Tr::tr("Deleted pods:"),
                               [&session, &engine](auto done) {
                                   return engine.prunePods(&session, done);
                               }});
            steps->append({QStringLiteral("containers"), Tr::tr("Deleted containers:"),
                           [&session, &engine](auto done) {
                               return engine.pruneContainers(&session, done);
                           }});
            steps->append({QStringLiteral("networks"), Tr::tr("Deleted networks:"),
                           [&session, &engine](auto done) {
                               return engine.pruneNetworks(&session, done);
                           }});
            if (volumes)
                steps->append({QStringLiteral("volumes"), Tr::tr("Deleted volumes:"),
                               [&session, &engine](auto done) {
                                   return engine.pruneVolumes(&session, done);
                               }});
            steps->append({QStringLiteral("images"), Tr::tr("Deleted images:"),
                           [&session, &engine, all](auto done) {
                               return engine.pruneImages(all, &session, done);
                           }});
            if (engine.info().capabilities.buildCache)
                steps->append({QStringLiteral("buildCache"), Tr::tr("Deleted build cache:"),
                               [&session, &engine](auto done) {
                                   return engine.pruneBuildCache(&session, done);
                               }});
            auto result = std::make_shared<QJsonObject>();
            auto total = std::make_shared<qint64>(0);
            auto next = std::make_shared<std::function<void(qsizetype)>>();
            *next = [&session, steps, result, total, next](qsizetype index) {
                if (index >= steps->size()) {
                    if (session.json()) {
                        result->insert(QStringLiteral("spaceReclaimed"), *total);
                        CliPrinter::json(*result);
                    } else {
                        CliPrune::printTotal(*total);
                    }
                    session.finish(session.failureCode());
                    return;
                }
                session.setCall(steps->at(index).call([&session, steps, result, total, next,
                                                       index](const EngineResult<PruneReport> &r) {
                    const Step &step = steps->at(index);
                    if (!r.ok()) {
                        err(r.error.userText());
                        session.countFailure();
                    } else if (session.json()) {
                        result->insert(step.key, CliPrune::json(r.value));
                        *total += r.value.spaceReclaimed;
                    } else {
                        CliPrune::printDeleted(step.heading, r.value);
                        *total += r.value.spaceReclaimed;
                    }
                    (*next)(index + 1);
                }));
            };
            (*next)(0);
        });
    });
}
