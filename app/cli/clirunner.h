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
class QFile;
class InterruptWatcher;

// gontainer-cli: one verb against one engine, on the same core as the app. Output goes to
// stdout (tables, or JSON with --json), errors to stderr in the engine's words; the exit code is
// 0 on success, 1 when the engine refused or failed, 2 for a bad command line, 130 on Ctrl+C.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    explicit CliRunner(QObject *parent = nullptr);
    ~CliRunner() override;

    // Parses the arguments (without the program name) and starts the verb. Returns an exit code
    // when it is already known (help, a bad command line), or -1 when the verb runs on the event
    // loop and will end it with QCoreApplication::exit().
    int start(const QStringList &arguments);

private:
    struct Verb
    {
        QString name;
        const char *summary;
        const char *usage; // the positional arguments
        void (CliRunner::*run)();
        void (CliRunner::*configure)(QCommandLineParser &parser);
        bool needsNode = true; // false: the verb does not talk to one engine
    };
    static const QList<Verb> &verbs();

    // Connects (identify), then runs the verb.
    void connectThen(std::function<void()> next);
    bool chooseNode(QString *error);
    void finish(int code);
    void failWith(const EngineError &error);
    void usageError(const QString &message);
    QString generalHelp() const;
    // Positional arguments of the verb, at least `min` of them.
    bool needArgs(int min);

    // Verbs.
    void ping();
    void version();
    void ps();
    void inspect();
    void create();
    void run();
    void start();
    void stop();
    void restart();
    void kill();
    void pause();
    void unpause();
    void rm();
    void rename();
    void wait();
    void logs();
    void top();
    void commit();
    void prune();
    void events();
    void stats();
    void info();
    void df();
    void images();
    void nodes();
    void search();
    void history();
    void pull();
    void push();
    void login();
    void logout();
    void tag();
    void rmi();
    void imagePrune();
    void volumes();
    void exec();
    void networks();
    void pods();
    void build();

    // Verb options.
    void configurePs(QCommandLineParser &p);
    void configureCreate(QCommandLineParser &p);
    void configureRun(QCommandLineParser &p);
    void configureStopTime(QCommandLineParser &p);
    void configureKill(QCommandLineParser &p);
    void configureRm(QCommandLineParser &p);
    void configureLogs(QCommandLineParser &p);
    void configureCommit(QCommandLineParser &p);
    void configurePrune(QCommandLineParser &p);
    void configureStats(QCommandLineParser &p);
    void configureImages(QCommandLineParser &p);
    void configureSearch(QCommandLineParser &p);
    void configureNodes(QCommandLineParser &p);
    void configureRmi(QCommandLineParser &p);
    void configureRegistry(QCommandLineParser &p);
    void configureLogin(QCommandLineParser &p);
    void configureImagePrune(QCommandLineParser &p);
    void configureExec(QCommandLineParser &p);
    void configureEvents(QCommandLineParser &p);
    void configureBuild(QCommandLineParser &p);

    // The same call on each named container in turn; prints each name that succeeded.
    using PerContainer = std::function<CallHandle(const QString &id, Engine::DoneCallback done)>;
    void forEachContainer(PerContainer call);
    bool specFromOptions(ContainerSpec *spec);
    void createThen(const ContainerSpec &spec, std::function<void(const QString &id)> next);
    void followLogs(const QString &id, const LogOptions &options, std::function<void()> done);
    void onInterrupted();
    void followProgress(ProgressStream *stream);
    // Our standard input to the session, its end as the session's end of input.
    void pipeInput(ExecSession *session);
    bool registryAuth(RegistryAuth *auth);
    void withRegistryAuth(std::function<void(const RegistryAuth &)> next);
    static QString readPasswordFromTerminal();
    static QString secretFromStdin(QFile &in);

    Endpoint m_endpoint;
    QString m_nodeText;
    QString m_identity;
    bool m_json = false;
    QCommandLineParser m_verbParser;
    QStringList m_args; // the verb's positional arguments
    std::unique_ptr<Engine> m_engine;
    CallHandle m_current;
    QPointer<QObject> m_stream;
    InterruptWatcher *m_interrupts = nullptr;
    QPointer<CliNodes> m_nodes; // the verbs over every node
    int m_failures = 0;
    bool m_rawTerminal = false;
};
