#pragma once

#include "app/cli/command.h"

// `gontainer-cli volume VERB`: create, inspect, remove and prune volumes (`volume ls` is the
// `volumes` listing). The family shares one translation context (Tr in the .cpp file).
class VolumeCreateCommand final : public Command
{
public:
    VolumeCreateCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class VolumeInspectCommand final : public Command
{
public:
    VolumeInspectCommand();
    void run(CliSession &session) const override;
};

class VolumeRmCommand final : public Command
{
public:
    VolumeRmCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class VolumePruneCommand final : public Command
{
public:
    VolumePruneCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};
