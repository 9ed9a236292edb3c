#pragma once

#include "app/cli/command.h"

// `gontainer-cli pod VERB` and `gontainer-cli kube VERB`: pods and kube YAML, on nodes whose
// engine has them (EngineCapabilities::pods, ::kube); `pod ls` is the `pods` listing. The family
// shares one translation context (Tr in the .cpp file).
class PodCreateCommand final : public Command
{
public:
    PodCreateCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

// start, stop, restart, pause, unpause, kill, rm: the same call on each pod named.
class PodActionCommand final : public Command
{
public:
    enum class Action
    {
        Start,
        Stop,
        Restart,
        Pause,
        Unpause,
        Kill,
        Remove
    };
    explicit PodActionCommand(Action action);
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;

private:
    Action m_action;
};

class PodInspectCommand final : public Command
{
public:
    PodInspectCommand();
    void run(CliSession &session) const override;
};

class PodStatsCommand final : public Command
{
public:
    PodStatsCommand();
    void run(CliSession &session) const override;
};

class KubeGenerateCommand final : public Command
{
public:
    KubeGenerateCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class KubePlayCommand final : public Command
{
public:
    KubePlayCommand();
    void run(CliSession &session) const override;
};
