#pragma once

#include <QString>

#include <memory>
#include <vector>

class Command;

// Every gontainer-cli command, in the order the help lists them.
namespace CommandRegistry {

const std::vector<std::unique_ptr<const Command>> &all();
// The command called `name`, or null.
const Command *find(const QString &name);

} // namespace CommandRegistry
