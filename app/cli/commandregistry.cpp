#include "app/cli/commandregistry.h"

#include "app/cli/command.h"
#include "app/cli/containercommands.h"
#include "app/cli/imagecommands.h"
#include "app/cli/resourcecommands.h"
#include "app/cli/streamcommands.h"
#include "app/cli/systemcommands.h"

#include <algorithm>

namespace CommandRegistry {

namespace {

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
    add(std::make_unique<VolumesCommand>());
    add(std::make_unique<NetworksCommand>());
    add(std::make_unique<PodsCommand>());
    add(std::make_unique<ImagePruneCommand>());
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
