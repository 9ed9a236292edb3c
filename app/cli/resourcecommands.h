#pragma once

#include "app/cli/command.h"

// The listings of the resources beside containers and images: volumes, networks, pods.
// The family shares one translation context (Tr in the .cpp file).
class VolumesCommand final : public Command
{
public:
    VolumesCommand();
    void run(CliSession &session) const override;
};

class NetworksCommand final : public Command
{
public:
    NetworksCommand();
    void run(CliSession &session) const override;
};

class PodsCommand final : public Command
{
public:
    PodsCommand();
    void run(CliSession &session) const override;
};
