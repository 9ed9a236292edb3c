#pragma once

#include "core/engine/enginecapabilities.h"

#include <QString>

class QCommandLineParser;

// What each verb needs of a node's engine beyond the common ground, checked once the engine
// has identified itself: a verb the engine cannot do ends with words that say so and what to
// use instead, not with the engine's raw refusal.
namespace CliCapabilities {

// Why `verb` (as typed: "pull", "volume create") with these `options` cannot run on the node
// at `node` whose engine is `engine` and has `caps`; empty when it can.
QString missing(const QString &verb, const QCommandLineParser &options,
                const EngineCapabilities &caps, const QString &engine, const QString &node);

} // namespace CliCapabilities
