#pragma once

#include "app/cli/command.h"

// The commands about the node itself: ping, version, info, df, and the list of nodes.
// The family shares one translation context (Tr in the .cpp file).
class PingCommand final : public Command
{
public:
    PingCommand();
    void run(CliSession &session) const override;
};

class VersionCommand final : public Command
{
public:
    VersionCommand();
    void run(CliSession &session) const override;
};

class InfoCommand final : public Command
{
public:
    InfoCommand();
    void run(CliSession &session) const override;
};

class DfCommand final : public Command
{
public:
    DfCommand();
    void run(CliSession &session) const override;
};

class NodesCommand final : public Command
{
public:
    NodesCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

// `system prune`: stopped containers, unused networks, dangling (or all unused) images,
// unused pods where the engine has them, and with --volumes unused volumes, in one go.
class SystemPruneCommand final : public Command
{
public:
    SystemPruneCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};
