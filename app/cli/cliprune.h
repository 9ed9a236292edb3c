#pragma once

#include "core/engine/engineresults.h"

#include <QString>

#include <functional>

class CliSession;
class QCommandLineParser;
class QJsonObject;

// What the prune verbs share: --force, the question before anything goes, and the report of
// what went and the space it freed.
namespace CliPrune {

// Adds -f/--force.
void addForce(QCommandLineParser &parser);
// Adds --filter label=KEY[=VALUE], as docker's prunes take it.
void addLabelFilter(QCommandLineParser &parser);
// The labels of --filter; false (the run ended with 2) when a filter is not label=.
bool labelFilters(CliSession &session, QStringList *labels);
// " Only those labelled a, b=c." for the question; empty without labels.
QString onlyLabelled(const QStringList &labels);
// Runs `next` with --force, or once the user said yes on a terminal to "`what` Continue?". A
// no ends the run with 1; without a terminal and without --force it ends with 2 and says to add
// --force.
void confirmThen(CliSession &session, const QString &what, const std::function<void()> &next);
// "Deleted volumes:" with one line each (`heading`), unless nothing went.
void printDeleted(const QString &heading, const PruneReport &report);
// "Total reclaimed space: 1.2MiB".
void printTotal(qint64 bytes);
// {"deleted": [...], "spaceReclaimed": N}
QJsonObject json(const PruneReport &report);

} // namespace CliPrune
