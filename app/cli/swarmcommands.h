#pragma once

#include "app/cli/command.h"
#include "core/engine/swarmsecret.h"

// A Docker swarm from the command line (EngineCapabilities::swarm): `swarm info|nodes`,
// `services`, `service ls|ps|logs|scale|update|rollback|rm`, `stack ls`, and `secret` and `config`
// `ls|create|rm`. Everything but `swarm info` needs a manager node. The family shares one
// translation context (Tr in the .cpp file).
class SwarmInfoCommand final : public Command
{
public:
    SwarmInfoCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class SwarmNodesCommand final : public Command
{
public:
    SwarmNodesCommand();
    void run(CliSession &session) const override;
};

// `services` and `service ls`.
class ServicesCommand final : public Command
{
public:
    explicit ServicesCommand(const QString &name);
    void run(CliSession &session) const override;
};

class ServicePsCommand final : public Command
{
public:
    ServicePsCommand();
    void run(CliSession &session) const override;
};

// `service logs`: the merged log of a service's tasks, each line with its task and machine.
class ServiceLogsCommand final : public Command
{
public:
    ServiceLogsCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class ServiceScaleCommand final : public Command
{
public:
    ServiceScaleCommand();
    void run(CliSession &session) const override;
};

class ServiceUpdateCommand final : public Command
{
public:
    ServiceUpdateCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class ServiceRollbackCommand final : public Command
{
public:
    ServiceRollbackCommand();
    void run(CliSession &session) const override;
};

class ServiceRmCommand final : public Command
{
public:
    ServiceRmCommand();
    void run(CliSession &session) const override;
};

class StackLsCommand final : public Command
{
public:
    StackLsCommand();
    void run(CliSession &session) const override;
};

// `secret ls` and `config ls`.
class StackRmCommand final : public Command
{
public:
    StackRmCommand();
    void run(CliSession &session) const override;
};

class SecretLsCommand final : public Command
{
public:
    explicit SecretLsCommand(SwarmSecret::Kind kind);
    void run(CliSession &session) const override;

private:
    SwarmSecret::Kind m_kind;
};

class SecretCreateCommand final : public Command
{
public:
    explicit SecretCreateCommand(SwarmSecret::Kind kind);
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;

private:
    SwarmSecret::Kind m_kind;
};

class SecretRmCommand final : public Command
{
public:
    explicit SecretRmCommand(SwarmSecret::Kind kind);
    void run(CliSession &session) const override;

private:
    SwarmSecret::Kind m_kind;
};
