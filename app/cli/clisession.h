#pragma once

#include "core/engine/callhandle.h"
#include "core/engine/engine.h"
#include "core/transport/endpoint.h"

#include <QCommandLineParser>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class CliNodes;
class InterruptWatcher;

// One run of gontainer-cli: the node it talks to (--node, --identity), --json, the command's
// parsed arguments, Ctrl+C, and how the run ends. The exit code is 0 on success, 1 when the
// engine refused or failed, 2 for a bad command line, 130 on Ctrl+C. It is also the context
// object of every call and stream a command starts.
class CliSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliSession)

public:
    explicit CliSession(QObject *parent = nullptr);
    ~CliSession() override;

    // ---- set up by the front, before the command runs ----
    // The verb as typed ("volume create" for a group's verb), for messages.
    void setVerb(const QString &verb) { m_verb = verb; }
    void setNodeText(const QString &text) { m_nodeText = text; }
    void setIdentity(const QString &file) { m_identity = file; }
    void setJson(bool json) { m_json = json; }
    // The command's options; the front fills and parses it.
    QCommandLineParser &parser() { return m_parser; }
    void setArgs(const QStringList &args) { m_args = args; }
    // The engine from --node (a URL or a node's name), else DOCKER_HOST, else the first local
    // socket that answers. False with the reason.
    bool chooseNode(QString *error);
    // From now on Ctrl+C ends streams quietly, cancels a call in flight and exits with 130.
    void watchInterrupts();

    // ---- what a command reads ----
    bool json() const { return m_json; }
    QString verb() const { return m_verb; }
    const QCommandLineParser &options() const { return m_parser; }
    // The command's positional arguments.
    const QStringList &args() const { return m_args; }
    const Endpoint &endpoint() const { return m_endpoint; }
    // --node as given (empty: none).
    QString nodeText() const { return m_nodeText; }
    // Valid once connectThen() went on.
    Engine &engine() const { return *m_engine; }
    // Positional arguments of the command, at least `min` of them; else a usage error.
    bool needArgs(int min);

    // ---- what a command does ----
    // Connects (identify), then runs `next`; an engine that does not answer fails the run.
    void connectThen(std::function<void()> next);
    // The call in flight, cancelled on Ctrl+C.
    void setCall(CallHandle call) { m_call = std::move(call); }
    // The stream being followed, deleted on Ctrl+C.
    void setStream(QObject *stream) { m_stream = stream; }
    // The helper for commands over every node, deleted on Ctrl+C.
    CliNodes *makeNodes();
    // Calls `step` for each positional argument in turn, each once the one before called its
    // `next`; then `last`, and the run ends, failed if any step counted a failure.
    using Step = std::function<void(const QString &arg, std::function<void()> next)>;
    void eachArgument(Step step, std::function<void()> last = {});
    // The same call on each positional argument in turn (connected already): prints each
    // argument that succeeded, and the engine's words for each that failed.
    using PerArgument = std::function<CallHandle(const QString &arg, Engine::DoneCallback done)>;
    void eachArgumentDone(PerArgument call);
    // One of several things failed; the run goes on, and ends with 1.
    void countFailure() { ++m_failures; }
    int failureCode() const { return m_failures > 0 ? 1 : 0; }
    // Our terminal in raw mode (exec -t), until the command ends or the run does.
    void makeTerminalRaw();
    void restoreTerminal();

    void finish(int code);
    void failWith(const EngineError &error);
    void usageError(const QString &message);

private:
    void onInterrupted();

    Endpoint m_endpoint;
    QString m_verb;
    QString m_nodeText;
    QString m_identity;
    bool m_json = false;
    QCommandLineParser m_parser;
    QStringList m_args;
    std::unique_ptr<Engine> m_engine;
    CallHandle m_call;
    QPointer<QObject> m_stream;
    QPointer<CliNodes> m_nodes;
    InterruptWatcher *m_interrupts = nullptr;
    int m_failures = 0;
};
