#pragma once

#include "core/config/nodeconfig.h"

#include <QList>
#include <QProcessEnvironment>
#include <QStringList>

// Finds the engines the user already set up for the docker and podman CLIs, so they need not
// be typed again: Docker contexts (`~/.docker`, or DOCKER_CONFIG) and Podman connections
// (`podman system connection list`, or containers.conf when podman is not installed).
// Reads files and may run podman: call it off the GUI thread.
namespace NodeImporter {

struct Candidate
{
    NodeConfig config;    // no id yet; origin says where it came from
    bool current = false; // the docker CLI's current context, podman's default connection
};

struct Found
{
    QList<Candidate> candidates;
    // What could not be read or used, in the user's language.
    QStringList warnings;
};

struct Plan
{
    QList<NodeConfig> add; // with fresh ids and names unique among all nodes
    QStringList skipped;   // one line each, in the user's language
};

// The docker CLI's configuration folder: DOCKER_CONFIG, else ~/.docker.
QString dockerConfigDir(const QProcessEnvironment &env);
Found dockerContexts(const QString &configDir);

// `podman system connection list --format json`.
Found podmanConnectionsFromJson(const QByteArray &json);
// The [engine.service_destinations.NAME] tables of a containers.conf; `active` gets its
// [engine] active_service, when it names one.
Found podmanConnectionsFromConf(const QString &text, QString *active = nullptr);
// The containers.conf files podman reads, in the order it reads them (later ones win).
QStringList podmanConfFiles(const QProcessEnvironment &env);
// Asks podman when it is installed, else reads the containers.conf files.
Found podmanConnections(const QProcessEnvironment &env, const QString &podmanProgram);

// Both of the above.
Found findAll(const QProcessEnvironment &env);

// Which candidates become new nodes: not one whose address a node in `existing` already has
// (`existing` includes the local default node), nor one that cannot work; names made unique.
Plan plan(const QList<NodeConfig> &existing, const QList<Candidate> &candidates);

// "docker context NAME" / "podman connection NAME" for an origin this importer wrote; other
// origins as they are.
QString originText(const QString &origin);

} // namespace NodeImporter
