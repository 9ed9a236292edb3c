#pragma once

#include "app/cli/command.h"

// The commands that follow a stream until it ends or Ctrl+C: logs, events, stats.
// The family shares one translation context (Tr in the .cpp file).
class LogsCommand final : public Command
{
public:
    LogsCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class EventsCommand final : public Command
{
public:
    EventsCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class StatsCommand final : public Command
{
public:
    StatsCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};
