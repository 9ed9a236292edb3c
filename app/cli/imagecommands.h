#pragma once

#include "app/cli/command.h"

// The images' commands: list, search, history, pull and push with registry logins, tag, remove,
// prune, build. The family shares one translation context (Tr in the .cpp file).

class ImagesCommand final : public Command
{
public:
    ImagesCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class SearchCommand final : public Command
{
public:
    SearchCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class HistoryCommand final : public Command
{
public:
    HistoryCommand();
    void run(CliSession &session) const override;
};

class PullCommand final : public Command
{
public:
    PullCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class PushCommand final : public Command
{
public:
    PushCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class LoginCommand final : public Command
{
public:
    LoginCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class LogoutCommand final : public Command
{
public:
    LogoutCommand();
    void run(CliSession &session) const override;
};

class TagCommand final : public Command
{
public:
    TagCommand();
    void run(CliSession &session) const override;
};

class RmiCommand final : public Command
{
public:
    RmiCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class ImagePruneCommand final : public Command
{
public:
    ImagePruneCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};

class BuildCommand final : public Command
{
public:
    BuildCommand();
    void configure(QCommandLineParser &parser) const override;
    void run(CliSession &session) const override;
};
