#pragma once

#include "app/cli/command.h"

// The containers' commands: list, inspect, create and run, the lifecycle verbs, exec.
// The family shares one translation context (Tr in the .cpp file).
class PsCommand final : public Command
{
public:
    PsCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class InspectCommand final : public Command
{
public:
    InspectCommand();
    void run(CliSession &session) const override;
};

class CreateCommand final : public Command
{
public:
    CreateCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class RunCommand final : public Command
{
public:
    RunCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class StartCommand final : public Command
{
public:
    StartCommand();
    void run(CliSession &session) const override;
};

class StopCommand final : public Command
{
public:
    StopCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class RestartCommand final : public Command
{
public:
    RestartCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class KillCommand final : public Command
{
public:
    KillCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class PauseCommand final : public Command
{
public:
    PauseCommand();
    void run(CliSession &session) const override;
};

class UnpauseCommand final : public Command
{
public:
    UnpauseCommand();
    void run(CliSession &session) const override;
};

class RmCommand final : public Command
{
public:
    RmCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class RenameCommand final : public Command
{
public:
    RenameCommand();
    void run(CliSession &session) const override;
};

class WaitCommand final : public Command
{
public:
    WaitCommand();
    void run(CliSession &session) const override;
};

class TopCommand final : public Command
{
public:
    TopCommand();
    void run(CliSession &session) const override;
};

class CommitCommand final : public Command
{
public:
    CommitCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class PruneCommand final : public Command
{
public:
    PruneCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class ExecCommand final : public Command
{
public:
    ExecCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};
