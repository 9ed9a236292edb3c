#pragma once

#include "core/config/nodeconfig.h"
#include "core/config/secretstore.h"
#include "core/engine/engine.h"
#include "core/engine/eventstream.h"
#include "core/engine/logmerger.h"
#include "core/engine/logstream.h"
#include "core/transport/endpoint.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <functional>
#include <memory>
#include <vector>

// gontainer-cli over every node the user configured (the app's list) plus the local default:
// `nodes`, `ps --all-nodes`, `events --all-nodes`, and managing the list. Nodes are asked at the
// same time; one that does not answer is reported and does not hold up the others.
class CliNodes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliNodes)

public:
    struct Node
    {
        QString name;
        Endpoint endpoint;
        QString origin;
    };
    using Done = std::function<void(int exitCode)>;

    // The id and name by which the local default node can be named.
    static constexpr auto LocalName = "local";

    // The local default first (the first local engine that answers, else where it would be)
    // unless the user removed it, then the configured ones.
    static QList<Node> all(const QProcessEnvironment &env);
    // A configured node (or "local") by name, case-insensitively.
    static bool find(const QString &name, const QProcessEnvironment &env, Node *node);

    CliNodes(bool json, QObject *parent = nullptr);
    ~CliNodes() override;

    void list(Done done);
    void ps(bool all, Done done);
    void events(const EventFilter &filter, Done done);

    // Which containers `logs` reads: by name or id (any of `containers`), and every filter
    // (name=PART, label=KEY or label=KEY=VALUE).
    struct LogSelection
    {
        QStringList containers;
        QStringList filters;
    };
    // The logs of the selected containers on `nodes` (empty: every node), merged by time, each
    // line prefixed with its container (and node, when there are several).
    void logs(const QList<Node> &nodes, const LogSelection &selection, const LogOptions &options,
              Done done);
    // A filter that `logs` does not know; empty when all are fine.
    static QString badLogFilter(const QStringList &filters);
    // Runs until done; the exit code.
    // `passphrase`: the SSH key's, saved in the keychain (empty: none).
    int add(const NodeConfig &config, const QString &passphrase = {});
    int remove(const QString &name);
    // Brings back the local default node after `nodes rm local`.
    int restoreLocal();
    // Adds the Docker contexts and Podman connections that are not nodes yet.
    int import(const QProcessEnvironment &env, bool dryRun);

private:
    // Runs a keychain call to its end; its error, empty on success.
    QString waitFor(const std::function<void(SecretStore::Done)> &call);
    // Why a change was not made: the node list could not be written (`error`).
    static QString notSaved(const QString &error);
    // Identifies every node; `each` runs for each that answered, `failed` for each that did not;
    // `all` once every node is through.
    void identifyAll(std::function<void(const Node &, Engine *, std::function<void()>)> each,
                     std::function<void()> all, const QList<Node> &nodes = {});
    void printLogLines(bool all);

    QList<Node> m_nodes;
    std::vector<std::unique_ptr<Engine>> m_engines;
    QList<QPointer<EventStream>> m_streams;
    QList<QPointer<LogStream>> m_logStreams;
    LogMerger m_merger{300};
    QStringList m_logPrefixes; // by merger source
    bool m_logTimes = false;
    QElapsedTimer m_clock;
    bool m_json = false;
    int m_failures = 0;
};
