#include "app/cli/commandregistry.h"

#include "app/cli/command.h"
#include "app/cli/commandgroup.h"
#include "app/cli/containercommands.h"
#include "app/cli/imagecommands.h"
#include "app/cli/networkcommands.h"
#include "app/cli/podcommands.h"
#include "app/cli/resourcecommands.h"
#include "app/cli/streamcommands.h"
#include "app/cli/swarmcommands.h"
#include "app/cli/systemcommands.h"
#include "app/cli/volumecommands.h"

#include <algorithm>

namespace CommandRegistry {

namespace {

std::unique_ptr<const Command> volumeGroup()
{
    auto group = std::make_unique<CommandGroup>(
        QStringLiteral("volume"),
        CommandGroup::tr("Manage volumes: create, inspect, rm, prune, ls"));
    group->add(std::make_unique<VolumeCreateCommand>())
        .add(std::make_unique<VolumeInspectCommand>())
        .add(std::make_unique<VolumeRmCommand>())
        .add(std::make_unique<VolumePruneCommand>())
        .add(std::make_unique<VolumesCommand>(QStringLiteral("ls")));
    return group;
}

std::unique_ptr<const Command> networkGroup()
{
    auto group = std::make_unique<CommandGroup>(
        QStringLiteral("network"),
        CommandGroup::tr("Manage networks: create, inspect, rm, prune, connect, disconnect, ls"));
    group->add(std::make_unique<NetworkCreateCommand>())
        .add(std::make_unique<NetworkInspectCommand>())
        .add(std::make_unique<NetworkRmCommand>())
        .add(std::make_unique<NetworkPruneCommand>())
        .add(std::make_unique<NetworkConnectCommand>())
        .add(std::make_unique<NetworkDisconnectCommand>())
        .add(std::make_unique<NetworksCommand>(QStringLiteral("ls")));
    return group;
}

std::unique_ptr<const Command> podGroup()
{
    using A = PodActionCommand::Action;
    auto group = std::make_unique<CommandGroup>(
        QStringLiteral("pod"), CommandGroup::tr("Manage pods (Podman): create, start, stop, "
                                                "restart, pause, unpause, kill, rm, inspect, "
                                                "stats, ls"));
    group->add(std::make_unique<PodCreateCommand>());
    for (const A a : {A::Start, A::Stop, A::Restart, A::Pause, A::Unpause, A::Kill, A::Remove})
        group->add(std::make_unique<PodActionCommand>(a));
    group->add(std::make_unique<PodInspectCommand>())
        .add(std::make_unique<PodStatsCommand>())
        .add(std::make_unique<PodsCommand>(QStringLiteral("ls")));
    return group;
}

std::unique_ptr<const Command> kubeGroup()
{
    auto group = std::make_unique<CommandGroup>(
        QStringLiteral("kube"), CommandGroup::tr("Kube YAML (Podman): generate, play"));
    group->add(std::make_unique<KubeGenerateCommand>()).add(std::make_unique<KubePlayCommand>());
    return group;
}

std::unique_ptr<const Command> swarmGroup()
{
    auto group = std::make_unique<CommandGroup>(QStringLiteral("swarm"),
                                                CommandGroup::tr("A Docker swarm: info, nodes"));
    group->add(std::make_unique<SwarmInfoCommand>()).add(std::make_unique<SwarmNodesCommand>());
    return group;
}

std::unique_ptr<const Command> serviceGroup()
{
    auto group = std::make_unique<CommandGroup>(
        QStringLiteral("service"),
        CommandGroup::tr("A swarm's services: ls, ps, scale, update, rollback, rm"));
    group->add(std::make_unique<ServicesCommand>(QStringLiteral("ls")))
        .add(std::make_unique<ServicePsCommand>())
        .add(std::make_unique<ServiceLogsCommand>())
        .add(std::make_unique<ServiceScaleCommand>())
        .add(std::make_unique<ServiceUpdateCommand>())
        .add(std::make_unique<ServiceRollbackCommand>())
        .add(std::make_unique<ServiceRmCommand>());
    return group;
}

std::unique_ptr<const Command> stackGroup()
{
    auto group = std::make_unique<CommandGroup>(QStringLiteral("stack"),
                                                CommandGroup::tr("A swarm's stacks: ls, rm"));
    group->add(std::make_unique<StackLsCommand>()).add(std::make_unique<StackRmCommand>());
    return group;
}

std::unique_ptr<const Command> secretGroup(SwarmSecret::Kind kind)
{
    const bool secret = kind == SwarmSecret::Kind::Secret;
    auto group = std::make_unique<CommandGroup>(
        secret ? QStringLiteral("secret") : QStringLiteral("config"),
        secret ? CommandGroup::tr("A swarm's secrets: ls, create, rm")
               : CommandGroup::tr("A swarm's configs: ls, create, rm"));
    group->add(std::make_unique<SecretLsCommand>(kind))
        .add(std::make_unique<SecretCreateCommand>(kind))
        .add(std::make_unique<SecretRmCommand>(kind));
    return group;
}

std::unique_ptr<const Command> systemGroup()
{
    auto group = std::make_unique<CommandGroup>(QStringLiteral("system"),
                                                CommandGroup::tr("The node as a whole: prune"));
    group->add(std::make_unique<SystemPruneCommand>());
    return group;
}

// Made on first use, after main() installed the translators: the summaries are translated.
std::vector<std::unique_ptr<const Command>> makeAll()
{
    std::vector<std::unique_ptr<const Command>> list;
    auto add = [&list](std::unique_ptr<const Command> command) {
        list.push_back(std::move(command));
    };
    add(std::make_unique<PingCommand>());
    add(std::make_unique<VersionCommand>());
    add(std::make_unique<PsCommand>());
    add(std::make_unique<InspectCommand>());
    add(std::make_unique<CreateCommand>());
    add(std::make_unique<RunCommand>());
    add(std::make_unique<StartCommand>());
    add(std::make_unique<StopCommand>());
    add(std::make_unique<RestartCommand>());
    add(std::make_unique<KillCommand>());
    add(std::make_unique<PauseCommand>());
    add(std::make_unique<UnpauseCommand>());
    add(std::make_unique<RenameCommand>());
    add(std::make_unique<RmCommand>());
    add(std::make_unique<WaitCommand>());
    add(std::make_unique<LogsCommand>());
    add(std::make_unique<TopCommand>());
    add(std::make_unique<CommitCommand>());
    add(std::make_unique<PruneCommand>());
    add(std::make_unique<StatsCommand>());
    add(std::make_unique<EventsCommand>());
    add(std::make_unique<InfoCommand>());
    add(std::make_unique<DfCommand>());
    add(std::make_unique<ImagesCommand>());
    add(std::make_unique<NodesCommand>());
    add(std::make_unique<SearchCommand>());
    add(std::make_unique<HistoryCommand>());
    add(std::make_unique<PullCommand>());
    add(std::make_unique<PushCommand>());
    add(std::make_unique<LoginCommand>());
    add(std::make_unique<LogoutCommand>());
    add(std::make_unique<BuildCommand>());
    add(std::make_unique<TagCommand>());
    add(std::make_unique<RmiCommand>());
    add(std::make_unique<ExecCommand>());
    add(std::make_unique<VolumesCommand>(QStringLiteral("volumes")));
    add(std::make_unique<NetworksCommand>(QStringLiteral("networks")));
    add(std::make_unique<PodsCommand>(QStringLiteral("pods")));
    add(std::make_unique<ImagePruneCommand>());
    add(volumeGroup());
    add(networkGroup());
    add(podGroup());
    add(kubeGroup());
    add(systemGroup());
    add(std::make_unique<ServicesCommand>(QStringLiteral("services")));
    add(swarmGroup());
    add(serviceGroup());
    add(stackGroup());
    add(secretGroup(SwarmSecret::Kind::Secret));
    add(secretGroup(SwarmSecret::Kind::Config));
    return list;
}

} // namespace

const std::vector<std::unique_ptr<const Command>> &all()
{
    static const std::vector<std::unique_ptr<const Command>> list = makeAll();
    return list;
}

const Command *find(const QString &name)
{
    const auto &list = all();
    const auto it = std::find_if(list.cbegin(), list.cend(),
                                 [&name](const auto &c) { return c->name() == name; });
    return it == list.cend() ? nullptr : it->get();
}

} // namespace CommandRegistry
