#pragma once

#include "app/cli/command.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

// A verb with verbs of its own, as docker has them (`volume create`, `network connect`): the
// front finds the sub-verb after the group's name and runs it as a command of its own, named
// "GROUP SUB" in its help and messages. `GROUP --help` lists the sub-verbs.
class CommandGroup final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandGroup)

public:
    CommandGroup(const QString &name, const QString &summary);

    // Adds a sub-verb, in the order the help lists them.
    CommandGroup &add(std::unique_ptr<const Command> verb);
    const std::vector<std::unique_ptr<const Command>> &verbs() const { return m_verbs; }
    // The sub-verb called `name`, or null.
    const Command *find(const QString &name) const;
    // The group's help: usage and its sub-verbs with their summaries.
    QString helpText() const;

    // A group never runs: the front runs its sub-verbs.
    void run(CliSession &session) const override;

private:
    std::vector<std::unique_ptr<const Command>> m_verbs;
};
