#pragma once

#include "core/engine/engineinfo.h"

#include <QStringList>

// The command line a user would type to reach a container on a node with the engine's own
// client (docker, or podman --remote), and the terminal emulator to run it in.
namespace TerminalCommand {

// The engine's own client running COMMAND in the container (docker -H URL [TLS options] exec
// -it ID COMMAND..., or podman --remote --url URL [--identity KEY] exec -it ID COMMAND...);
// empty when the engine cannot be reached that way.
QStringList execCommand(const EngineInfo &engine, const QString &containerId,
                        const QStringList &command);

// The user's terminal emulator and the arguments that make it run `command`: $TERMINAL first,
// then the desktop's usual ones. Empty when none is installed.
QStringList terminalFor(const QStringList &command);

} // namespace TerminalCommand
