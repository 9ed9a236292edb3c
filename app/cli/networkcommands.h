#pragma once

#include "app/cli/command.h"

// `gontainer-cli network VERB`: create, inspect, remove and prune networks, connect and
// disconnect containers (`network ls` is the `networks` listing). The family shares one
// translation context (Tr in the .cpp file).
class NetworkCreateCommand final : public Command
{
public:
    NetworkCreateCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class NetworkInspectCommand final : public Command
{
public:
    NetworkInspectCommand();
    void run(CliSession &session) const override;
};

class NetworkRmCommand final : public Command
{
public:
    NetworkRmCommand();
    void run(CliSession &session) const override;
};

class NetworkPruneCommand final : public Command
{
public:
    NetworkPruneCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class NetworkConnectCommand final : public Command
{
public:
    NetworkConnectCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class NetworkDisconnectCommand final : public Command
{
public:
    NetworkDisconnectCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};
