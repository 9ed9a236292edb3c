#pragma once

#include "app/cli/command.h"

// The listings of the resources beside containers and images: volumes, networks, pods. Each is
// also its group's `ls` (`volume ls`), so it takes the name it is called by.
// The family shares one translation context (Tr in the .cpp file).
class VolumesCommand final : public Command
{
public:
    explicit VolumesCommand(const QString &name);
    void run(CliSession &session) const override;
};

class NetworksCommand final : public Command
{
public:
    explicit NetworksCommand(const QString &name);
    void run(CliSession &session) const override;
};

class PodsCommand final : public Command
{
public:
    explicit PodsCommand(const QString &name);
    void run(CliSession &session) const override;
};
