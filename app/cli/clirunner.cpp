#include "app/cli/clirunner.h"

#include "app/cli/clinodes.h"
#include "app/cli/clitext.h"
#include "app/cli/interruptwatcher.h"
#include "core/config/registrylogins.h"
#include "core/docker/dockercontainerjson.h"
#include "core/engine/imagereference.h"
#include "core/engine/spectext.h"
#include "core/services/enginefactory.h"
#include "core/services/localenginelocator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

using namespace CliText;

namespace {

void writeRaw(FILE *to, const QByteArray &data)
{
    std::fwrite(data.constData(), 1, size_t(data.size()), to);
    std::fflush(to);
}

// "10m" ago, or an RFC 3339 time.
QDateTime parseSince(const QString &text)
{
    const QDateTime absolute = DockerContainerJson::parseTime(text);
    if (absolute.isValid())
        return absolute;
    const auto ms = SpecText::parseDuration(text, nullptr);
    return ms ? QDateTime::currentDateTimeUtc().addMSecs(-*ms) : QDateTime();
}

// 1.5MiB, as docker stats prints sizes.
QString bytesText(qint64 bytes)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double value = double(bytes);
    int unit = 0;
    while (value >= 1024 && unit < 4) {
        value /= 1024;
        ++unit;
    }
    return QString::number(value, 'f', unit == 0 ? 0 : 2) + QLatin1String(units[unit]);
}

QJsonObject statsObject(const ContainerStats &s)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("read"), s.read.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("cpuPercent"), s.cpuPercent},
                       {QStringLiteral("memoryUsage"), s.memoryUsage},
                       {QStringLiteral("memoryLimit"), s.memoryLimit},
                       {QStringLiteral("memoryPercent"), s.memoryPercent},
                       {QStringLiteral("networkRx"), s.networkRx},
                       {QStringLiteral("networkTx"), s.networkTx},
                       {QStringLiteral("blockRead"), s.blockRead},
                       {QStringLiteral("blockWrite"), s.blockWrite},
                       {QStringLiteral("pids"), s.pids}};
}

QStringList statsRow(const QString &name, const ContainerStats &s)
{
    return {name,
            QString::number(s.cpuPercent, 'f', 2) + QLatin1Char('%'),
            bytesText(s.memoryUsage) + QStringLiteral(" / ") + bytesText(s.memoryLimit),
            QString::number(s.memoryPercent, 'f', 2) + QLatin1Char('%'),
            bytesText(s.networkRx) + QStringLiteral(" / ") + bytesText(s.networkTx),
            bytesText(s.blockRead) + QStringLiteral(" / ") + bytesText(s.blockWrite),
            QString::number(s.pids)};
}

// The terminal's settings before exec -t put it in raw mode, restored at exit.
struct termios g_savedTerminal;
bool g_terminalSaved = false;

void restoreTerminal()
{
    if (g_terminalSaved)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    g_terminalSaved = false;
}

} // namespace

CliRunner::CliRunner(QObject *parent)
    : QObject(parent)
{}

CliRunner::~CliRunner()
{
    restoreTerminal();
}

const QList<CliRunner::Verb> &CliRunner::verbs()
{
    static const QList<Verb> list = {
        {QStringLiteral("ping"), QT_TR_NOOP("Check that the engine answers"), "", &CliRunner::ping,
         nullptr},
        {QStringLiteral("version"), QT_TR_NOOP("Show the engine, its version and capabilities"), "",
         &CliRunner::version, nullptr},
        {QStringLiteral("ps"), QT_TR_NOOP("List containers"), "", &CliRunner::ps,
         &CliRunner::configurePs},
        {QStringLiteral("inspect"), QT_TR_NOOP("Show containers' full details as JSON"),
         "CONTAINER...", &CliRunner::inspect, nullptr},
        {QStringLiteral("create"), QT_TR_NOOP("Create a container"), "IMAGE [COMMAND...]",
         &CliRunner::create, &CliRunner::configureCreate},
        {QStringLiteral("run"), QT_TR_NOOP("Create and start a container"), "IMAGE [COMMAND...]",
         &CliRunner::run, &CliRunner::configureRun},
        {QStringLiteral("start"), QT_TR_NOOP("Start containers"), "CONTAINER...", &CliRunner::start,
         nullptr},
        {QStringLiteral("stop"), QT_TR_NOOP("Stop containers"), "CONTAINER...", &CliRunner::stop,
         &CliRunner::configureStopTime},
        {QStringLiteral("restart"), QT_TR_NOOP("Restart containers"), "CONTAINER...",
         &CliRunner::restart, &CliRunner::configureStopTime},
        {QStringLiteral("kill"), QT_TR_NOOP("Send a signal to containers"), "CONTAINER...",
         &CliRunner::kill, &CliRunner::configureKill},
        {QStringLiteral("pause"), QT_TR_NOOP("Pause containers"), "CONTAINER...", &CliRunner::pause,
         nullptr},
        {QStringLiteral("unpause"), QT_TR_NOOP("Unpause containers"), "CONTAINER...",
         &CliRunner::unpause, nullptr},
        {QStringLiteral("rename"), QT_TR_NOOP("Rename a container"), "CONTAINER NEW_NAME",
         &CliRunner::rename, nullptr},
        {QStringLiteral("rm"), QT_TR_NOOP("Remove containers"), "CONTAINER...", &CliRunner::rm,
         &CliRunner::configureRm},
        {QStringLiteral("wait"), QT_TR_NOOP("Wait until a container stops; print its exit code"),
         "CONTAINER", &CliRunner::wait, nullptr},
        {QStringLiteral("logs"),
         QT_TR_NOOP("Show containers' output; several (or --all-nodes, --filter) merged by time"),
         "CONTAINER...", &CliRunner::logs, &CliRunner::configureLogs},
        {QStringLiteral("top"), QT_TR_NOOP("Show a container's processes"), "CONTAINER",
         &CliRunner::top, nullptr},
        {QStringLiteral("commit"), QT_TR_NOOP("Make an image from a container"),
         "CONTAINER [REPOSITORY[:TAG]]", &CliRunner::commit, &CliRunner::configureCommit},
        {QStringLiteral("prune"), QT_TR_NOOP("Remove all stopped containers"), "",
         &CliRunner::prune, &CliRunner::configurePrune},
        {QStringLiteral("stats"), QT_TR_NOOP("Show containers' CPU, memory, network and disk use"),
         "CONTAINER...", &CliRunner::stats, &CliRunner::configureStats},
        {QStringLiteral("events"), QT_TR_NOOP("Follow events until Ctrl+C"), "", &CliRunner::events,
         &CliRunner::configureEvents},
        {QStringLiteral("info"), QT_TR_NOOP("Show the node: machine, engine, storage, counts"), "",
         &CliRunner::info, nullptr},
        {QStringLiteral("df"), QT_TR_NOOP("Show disk use of images, containers, volumes, cache"),
         "", &CliRunner::df, nullptr},
        {QStringLiteral("images"), QT_TR_NOOP("List images"), "", &CliRunner::images,
         &CliRunner::configureImages},
        {QStringLiteral("nodes"),
         QT_TR_NOOP("List the nodes the app shows (state, latency, engine), add or remove one"),
         "[add NAME URL | add local | rm NAME | import [--dry-run]]", &CliRunner::nodes,
         &CliRunner::configureNodes, false},
        {QStringLiteral("search"), QT_TR_NOOP("Search registries for images"), "[REGISTRY/]TERM",
         &CliRunner::search, &CliRunner::configureSearch},
        {QStringLiteral("history"), QT_TR_NOOP("Show an image's layers"), "IMAGE",
         &CliRunner::history, nullptr},
        {QStringLiteral("pull"), QT_TR_NOOP("Pull an image from a registry"), "IMAGE",
         &CliRunner::pull, &CliRunner::configureRegistry},
        {QStringLiteral("push"), QT_TR_NOOP("Push an image to a registry"), "IMAGE",
         &CliRunner::push, &CliRunner::configureRegistry},
        {QStringLiteral("login"),
         QT_TR_NOOP("Log in to a registry; the password is kept in the desktop keychain"),
         "[SERVER]", &CliRunner::login, &CliRunner::configureLogin},
        {QStringLiteral("logout"), QT_TR_NOOP("Forget the saved login of a registry"), "[SERVER]",
         &CliRunner::logout, nullptr, false},
        {QStringLiteral("build"), QT_TR_NOOP("Build an image from a folder with a Dockerfile"),
         "PATH", &CliRunner::build, &CliRunner::configureBuild},
        {QStringLiteral("tag"), QT_TR_NOOP("Give an image another name"), "IMAGE NEW_NAME",
         &CliRunner::tag, nullptr},
        {QStringLiteral("rmi"), QT_TR_NOOP("Remove images"), "IMAGE...", &CliRunner::rmi,
         &CliRunner::configureRmi},
        {QStringLiteral("exec"), QT_TR_NOOP("Run a command in a running container"),
         "CONTAINER COMMAND...", &CliRunner::exec, &CliRunner::configureExec},
        {QStringLiteral("volumes"), QT_TR_NOOP("List volumes"), "", &CliRunner::volumes, nullptr},
        {QStringLiteral("networks"), QT_TR_NOOP("List networks"), "", &CliRunner::networks,
         nullptr},
        {QStringLiteral("pods"), QT_TR_NOOP("List pods (Podman)"), "", &CliRunner::pods, nullptr},
        {QStringLiteral("image-prune"), QT_TR_NOOP("Remove dangling (or all unused) images"), "",
         &CliRunner::imagePrune, &CliRunner::configureImagePrune},
    };
    return list;
}

QString CliRunner::generalHelp() const
{
    QString text = tr("Usage: gontainer-cli [--node URL] [--identity FILE] [--json] VERB "
                      "[OPTIONS] [ARGUMENTS]") +
                   QStringLiteral("\n\n");
    text +=
        tr("Talks to one Docker or Podman engine with Gontainer's core.") + QStringLiteral("\n\n");
    text += tr("Options:") + QLatin1Char('\n');
    text += QStringLiteral("  -H, --node URL    ") +
            tr("The engine: unix:///path.sock, tcp://HOST:PORT (TLS from DOCKER_TLS_VERIFY and "
               "DOCKER_CERT_PATH), ssh://USER@HOST[:PORT][/remote.sock]. Default: DOCKER_HOST, "
               "then the local Docker or Podman socket.") +
            QLatin1Char('\n');
    text += QStringLiteral("  --identity FILE   ") + tr("The SSH private key for an ssh:// node.") +
            QLatin1Char('\n');
    text +=
        QStringLiteral("  --json            ") + tr("Print listings as JSON.") + QLatin1Char('\n');
    text += QStringLiteral("  -h, --help        ") +
            tr("Show this help; VERB --help shows a verb's options.") + QLatin1Char('\n');
    text +=
        QStringLiteral("  -v, --version     ") + tr("Show the version.") + QStringLiteral("\n\n");
    text += tr("Verbs:") + QLatin1Char('\n');
    for (const Verb &v : verbs())
        text += QStringLiteral("  ") + v.name.leftJustified(10) + tr(v.summary) + QLatin1Char('\n');
    return text;
}

int CliRunner::start(const QStringList &arguments)
{
    QString verbName;
    qsizetype i = 0;
    auto valueOf = [&](const QString &arg, const QString &name, QString *value) {
        if (arg == name) {
            if (i + 1 >= arguments.size())
                return false;
            *value = arguments.at(++i);
            return true;
        }
        if (arg.startsWith(name + QLatin1Char('='))) {
            *value = arg.mid(name.size() + 1);
            return true;
        }
        return false;
    };
    for (; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (!a.startsWith(QLatin1Char('-'))) {
            verbName = a;
            ++i;
            break;
        }
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            out(generalHelp());
            return 0;
        }
        if (a == QLatin1String("-v") || a == QLatin1String("--version")) {
            out(QStringLiteral("gontainer-cli " GONTAINER_VERSION));
            return 0;
        }
        if (a == QLatin1String("--json")) {
            m_json = true;
            continue;
        }
        if (valueOf(a, QStringLiteral("--node"), &m_nodeText) ||
            valueOf(a, QStringLiteral("-H"), &m_nodeText) ||
            valueOf(a, QStringLiteral("--identity"), &m_identity))
            continue;
        err(tr("Unknown option %1. See gontainer-cli --help.").arg(a));
        return 2;
    }
    if (verbName.isEmpty()) {
        err(generalHelp());
        return 2;
    }
    const auto verb = std::find_if(verbs().cbegin(), verbs().cend(),
                                   [&](const Verb &v) { return v.name == verbName; });
    if (verb == verbs().cend()) {
        err(tr("Unknown verb %1. See gontainer-cli --help.").arg(verbName));
        return 2;
    }

    m_verbParser.setApplicationDescription(tr(verb->summary));
    m_verbParser.setOptionsAfterPositionalArgumentsMode(
        QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this verb's options."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print as JSON."));
    m_verbParser.addOption(help);
    m_verbParser.addOption(json);
    m_verbParser.addPositionalArgument(QString::fromLatin1(verb->usage), QString(),
                                       QString::fromLatin1(verb->usage));
    if (verb->configure)
        (this->*verb->configure)(m_verbParser);
    if (!m_verbParser.parse(QStringList{QStringLiteral("gontainer-cli ") + verbName} +
                            arguments.mid(i))) {
        err(m_verbParser.errorText());
        return 2;
    }
    if (m_verbParser.isSet(help)) {
        QString text = m_verbParser.helpText();
        text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                     QStringLiteral("Usage: gontainer-cli ") + verbName);
        out(text);
        return 0;
    }
    m_json = m_json || m_verbParser.isSet(json);
    m_args = m_verbParser.positionalArguments();

    QString why;
    const bool anyNode =
        !verb->needsNode || m_verbParser.optionNames().contains(QStringLiteral("all-nodes"));
    if (!anyNode && !chooseNode(&why)) {
        err(why);
        return 2;
    }
    m_interrupts = new InterruptWatcher(this);
    connect(m_interrupts, &InterruptWatcher::interrupted, this, &CliRunner::onInterrupted);
    const auto runVerb = verb->run;
    QMetaObject::invokeMethod(
        this, [this, runVerb] { (this->*runVerb)(); }, Qt::QueuedConnection);
    return -1;
}

bool CliRunner::chooseNode(QString *error)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!m_nodeText.isEmpty() && !m_nodeText.contains(QLatin1String("://"))) {
        // A node by the name the app shows it with.
        CliNodes::Node node;
        if (!CliNodes::find(m_nodeText, env, &node)) {
            *error = tr("There is no node called %1. gontainer-cli nodes lists them; a URL such "
                        "as unix:///run/podman/podman.sock names an engine directly.")
                         .arg(m_nodeText);
            return false;
        }
        m_endpoint = node.endpoint;
        if (!m_identity.isEmpty())
            m_endpoint.sshIdentityFile = m_identity;
        return true;
    }
    if (!m_nodeText.isEmpty()) {
        m_endpoint = Endpoint::fromUrl(m_nodeText);
        if (!m_endpoint.isValid()) {
            *error = m_endpoint.errorText;
            return false;
        }
        m_endpoint.applyDockerTlsEnvironment(env);
        m_endpoint.sshIdentityFile = m_identity;
        return true;
    }
    // Like docker: DOCKER_HOST, else the well-known local sockets; the first that answers.
    const auto candidates = LocalEngineLocator::candidates(env);
    QStringList tried;
    for (const auto &c : candidates) {
        if (answers(c.endpoint, 3000)) {
            m_endpoint = c.endpoint;
            m_endpoint.sshIdentityFile = m_identity;
            return true;
        }
        tried << c.endpoint.toUrl();
    }
    *error = tr("No engine answered at %1. Start Docker or Podman, or name one with --node URL.")
                 .arg(tried.join(QStringLiteral(", ")));
    return false;
}

void CliRunner::finish(int code)
{
    QCoreApplication::exit(code);
}

void CliRunner::failWith(const EngineError &error)
{
    err(error.userText());
    finish(1);
}

void CliRunner::usageError(const QString &message)
{
    err(message);
    finish(2);
}

bool CliRunner::needArgs(int min)
{
    if (m_args.size() >= min)
        return true;
    usageError(tr("Missing arguments. See gontainer-cli %1 --help.")
                   .arg(m_verbParser.applicationDescription().isEmpty()
                            ? QString()
                            : QCoreApplication::arguments().value(1)));
    return false;
}

void CliRunner::connectThen(std::function<void()> next)
{
    m_engine = makeEngine(m_endpoint);
    m_engine->identify(this, [this, next = std::move(next)](const EngineResult<EngineInfo> &r) {
        if (!r.ok()) {
            failWith(r.error);
            return;
        }
        next();
    });
}

void CliRunner::onInterrupted()
{
    // Streams end quietly; a call in flight is cancelled.
    delete m_stream;
    delete m_nodes;
    m_current.cancel();
    finish(130);
}

// ---- verbs -----------------------------------------------------------------------------------

void CliRunner::ping()
{
    connectThen([this] {
        const EngineInfo info = m_engine->info();
        out(QStringLiteral("OK %1 %2 (API %3)").arg(info.name, info.version, info.apiVersion));
        finish(0);
    });
}

void CliRunner::version()
{
    connectThen([this] {
        const EngineInfo info = m_engine->info();
        const EngineCapabilities c = info.capabilities;
        if (m_json) {
            QJsonObject caps{{QStringLiteral("pods"), c.pods},
                             {QStringLiteral("kube"), c.kube},
                             {QStringLiteral("healthcheckRun"), c.healthcheckRun},
                             {QStringLiteral("runTimeout"), c.runTimeout},
                             {QStringLiteral("imageBuild"), c.imageBuild},
                             {QStringLiteral("exec"), c.exec},
                             {QStringLiteral("stats"), c.stats},
                             {QStringLiteral("commit"), c.commit},
                             {QStringLiteral("imageSearch"), c.imageSearch}};
            const QJsonObject o{{QStringLiteral("node"), m_endpoint.toUrl()},
                                {QStringLiteral("engine"), info.name},
                                {QStringLiteral("version"), info.version},
                                {QStringLiteral("apiVersion"), info.apiVersion},
                                {QStringLiteral("libpodApiVersion"), info.libpodApiVersion},
                                {QStringLiteral("os"), info.os},
                                {QStringLiteral("arch"), info.arch},
                                {QStringLiteral("kernel"), info.kernel},
                                {QStringLiteral("capabilities"), caps}};
            out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
            finish(0);
            return;
        }
        QStringList features;
        if (c.pods)
            features << QStringLiteral("pods");
        if (c.kube)
            features << QStringLiteral("kube");
        if (c.healthcheckRun)
            features << QStringLiteral("healthcheck-run");
        if (c.runTimeout)
            features << QStringLiteral("run-timeout");
        if (c.exec)
            features << QStringLiteral("exec");
        if (c.stats)
            features << QStringLiteral("stats");
        if (c.imageBuild)
            features << QStringLiteral("build");
        if (c.commit)
            features << QStringLiteral("commit");
        if (c.imageSearch)
            features << QStringLiteral("search");
        printTable({tr("FIELD"), tr("VALUE")},
                   {{tr("Node"), m_endpoint.toUrl()},
                    {tr("Engine"), info.name},
                    {tr("Version"), info.version},
                    {tr("API version"), info.apiVersion},
                    {tr("Libpod API version"),
                     info.libpodApiVersion.isEmpty() ? QStringLiteral("-") : info.libpodApiVersion},
                    {tr("OS/Arch"), info.os + QLatin1Char('/') + info.arch},
                    {tr("Kernel"), info.kernel},
                    {tr("Features"), features.join(QStringLiteral(", "))}});
        finish(0);
    });
}

void CliRunner::configurePs(QCommandLineParser &p)
{
    p.addOption({{QStringLiteral("a"), QStringLiteral("all")},
                 tr("Show all containers, not only running ones.")});
    p.addOption({QStringLiteral("all-nodes"),
                 tr("Every node the app shows, with a node column, instead of one.")});
}

void CliRunner::configureNodes(QCommandLineParser &p)
{
    // Options may follow NAME URL: nothing here is a command line of its own.
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    p.addOption({QStringLiteral("tls"), tr("add: speak TLS to a tcp:// node.")});
    p.addOption({QStringLiteral("tls-cert-path"),
                 tr("add: the folder with ca.pem, cert.pem and key.pem (implies --tls)."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("tls-skip-verify"),
                 tr("add: do not verify the engine's certificate (not recommended).")});
    p.addOption({QStringLiteral("identity"), tr("add: the SSH private key for an ssh:// node."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("dry-run"), tr("import: show what would be added, add nothing.")});
    p.addOption({QStringLiteral("passphrase-stdin"),
                 tr("add: read the SSH key's passphrase from standard input and keep it in the "
                    "desktop keychain.")});
}

void CliRunner::nodes()
{
    m_nodes = new CliNodes(m_json, this);
    const QString action = m_args.value(0);
    if (action.isEmpty()) {
        m_nodes->list([this](int code) { finish(code); });
        return;
    }
    if (action == QLatin1String("add") && m_args.size() == 2 &&
        m_args.at(1).compare(QLatin1String(CliNodes::LocalName), Qt::CaseInsensitive) == 0) {
        finish(m_nodes->restoreLocal());
        return;
    }
    if (action == QLatin1String("import")) {
        if (m_args.size() != 1) {
            usageError(tr("Use: gontainer-cli nodes import [--dry-run]"));
            return;
        }
        finish(m_nodes->import(QProcessEnvironment::systemEnvironment(),
                               m_verbParser.isSet(QStringLiteral("dry-run"))));
        return;
    }
    if (action == QLatin1String("add")) {
        if (m_args.size() != 3) {
            usageError(tr("Use: gontainer-cli nodes add NAME URL"));
            return;
        }
        NodeConfig config;
        config.name = m_args.at(1);
        config.url = m_args.at(2);
        config.tlsCertPath = m_verbParser.value(QStringLiteral("tls-cert-path"));
        config.tls = m_verbParser.isSet(QStringLiteral("tls")) || !config.tlsCertPath.isEmpty();
        config.tlsSkipVerify = m_verbParser.isSet(QStringLiteral("tls-skip-verify"));
        config.sshIdentityFile = m_verbParser.value(QStringLiteral("identity"));
        QString passphrase;
        if (m_verbParser.isSet(QStringLiteral("passphrase-stdin"))) {
            QFile in;
            if (config.sshIdentityFile.isEmpty() || !in.open(stdin, QIODevice::ReadOnly)) {
                usageError(tr("--passphrase-stdin needs --identity FILE and a passphrase on "
                              "standard input."));
                return;
            }
            passphrase = secretFromStdin(in);
            if (passphrase.isEmpty()) {
                usageError(tr("The passphrase is empty."));
                return;
            }
        }
        finish(m_nodes->add(config, passphrase));
        return;
    }
    if (action == QLatin1String("rm")) {
        if (m_args.size() != 2) {
            usageError(tr("Use: gontainer-cli nodes rm NAME"));
            return;
        }
        finish(m_nodes->remove(m_args.at(1)));
        return;
    }
    usageError(
        tr("Unknown nodes action %1: use add, rm or import, or nothing to list.").arg(action));
}

void CliRunner::ps()
{
    if (m_verbParser.isSet(QStringLiteral("all-nodes"))) {
        m_nodes = new CliNodes(m_json, this);
        m_nodes->ps(m_verbParser.isSet(QStringLiteral("all")), [this](int code) { finish(code); });
        return;
    }
    connectThen([this] {
        m_current = m_engine->listContainers(
            {}, this, [this](const EngineResult<QList<ContainerSummary>> &r) {
                if (!r.ok()) {
                    failWith(r.error);
                    return;
                }
                const bool all = m_verbParser.isSet(QStringLiteral("all"));
                QList<ContainerSummary> list;
                for (const ContainerSummary &c : r.value)
                    if (all || c.state == ContainerSummary::State::Running)
                        list << c;
                std::sort(list.begin(), list.end(),
                          [](const auto &a, const auto &b) { return a.created > b.created; });
                if (m_json) {
                    QJsonArray array;
                    for (const ContainerSummary &c : list) {
                        array.append(QJsonObject{
                            {QStringLiteral("id"), c.id},
                            {QStringLiteral("name"), c.name},
                            {QStringLiteral("image"), c.image},
                            {QStringLiteral("state"), stateName(c.state)},
                            {QStringLiteral("status"), c.status},
                            {QStringLiteral("created"), c.created.toString(Qt::ISODate)},
                            {QStringLiteral("ports"), c.portsText()}});
                    }
                    out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented))
                            .trimmed());
                    finish(0);
                    return;
                }
                QList<QStringList> rows;
                for (const ContainerSummary &c : list)
                    rows << QStringList{c.id.left(12),      c.name,   c.image,
                                        stateName(c.state), c.status, c.portsText()};
                printTable({tr("CONTAINER ID"), tr("NAME"), tr("IMAGE"), tr("STATE"), tr("STATUS"),
                            tr("PORTS")},
                           rows);
                finish(0);
            });
    });
}

void CliRunner::inspect()
{
    if (!needArgs(1))
        return;
    connectThen([this] {
        auto results = std::make_shared<QJsonArray>();
        auto next = std::make_shared<std::function<void(int)>>();
        *next = [this, results, next](int index) {
            if (index >= m_args.size()) {
                if (!results->isEmpty())
                    out(QString::fromUtf8(QJsonDocument(*results).toJson(QJsonDocument::Indented))
                            .trimmed());
                finish(m_failures ? 1 : 0);
                return;
            }
            m_current = m_engine->inspectContainer(
                m_args.at(index), this,
                [this, results, next, index](const EngineResult<ContainerDetails> &r) {
                    if (r.ok()) {
                        results->append(QJsonDocument::fromJson(r.value.rawJson).object());
                    } else {
                        err(r.error.userText());
                        ++m_failures;
                    }
                    (*next)(index + 1);
                });
        };
        (*next)(0);
    });
}

void CliRunner::configureCreate(QCommandLineParser &p)
{
    auto add = [&p](const QStringList &names, const QString &help, const QString &value = {}) {
        p.addOption(QCommandLineOption(names, help, value));
    };
    const QString value = tr("VALUE");
    add({QStringLiteral("name")}, tr("Name the container."), tr("NAME"));
    add({QStringLiteral("e"), QStringLiteral("env")}, tr("Set an environment variable."),
        tr("NAME=VALUE"));
    add({QStringLiteral("l"), QStringLiteral("label")}, tr("Set a label."), tr("KEY=VALUE"));
    add({QStringLiteral("p"), QStringLiteral("publish")}, tr("Publish a port."),
        tr("[IP:][HOST:]CONTAINER[/PROTO]"));
    add({QStringLiteral("v"), QStringLiteral("volume")}, tr("Mount a host path or a named volume."),
        tr("SOURCE:TARGET[:ro]"));
    add({QStringLiteral("tmpfs")}, tr("Mount a tmpfs."), tr("PATH"));
    add({QStringLiteral("restart")}, tr("Restart policy."), tr("POLICY"));
    add({QStringLiteral("cpus")}, tr("Number of CPUs."), value);
    add({QStringLiteral("m"), QStringLiteral("memory")}, tr("Memory limit (e.g. 512m)."), value);
    add({QStringLiteral("health-cmd")}, tr("Command that checks health (run by a shell)."),
        tr("COMMAND"));
    add({QStringLiteral("health-interval")}, tr("Time between health checks."), value);
    add({QStringLiteral("health-timeout")}, tr("Time a health check may take."), value);
    add({QStringLiteral("health-retries")}, tr("Failures before unhealthy."), value);
    add({QStringLiteral("health-start-period")}, tr("Grace period after start."), value);
    add({QStringLiteral("no-healthcheck")}, tr("Turn off the image's health check."));
    add({QStringLiteral("u"), QStringLiteral("user")}, tr("User to run as."), tr("USER"));
    add({QStringLiteral("w"), QStringLiteral("workdir")}, tr("Working directory."), tr("PATH"));
    add({QStringLiteral("entrypoint")}, tr("Replace the image's entrypoint."), tr("COMMAND"));
    add({QStringLiteral("init")}, tr("Run an init process that reaps zombies."));
    add({QStringLiteral("privileged")}, tr("Give the container full privileges."));
    add({QStringLiteral("cap-add")}, tr("Add a Linux capability."), tr("CAP"));
    add({QStringLiteral("cap-drop")}, tr("Drop a Linux capability."), tr("CAP"));
    add({QStringLiteral("read-only")}, tr("Mount the root filesystem read-only."));
    add({QStringLiteral("rm")}, tr("Remove the container when it exits."));
    add({QStringLiteral("t"), QStringLiteral("tty")}, tr("Give the container a terminal."));
    add({QStringLiteral("i"), QStringLiteral("interactive")}, tr("Keep standard input open."));
    add({QStringLiteral("stop-signal")}, tr("Signal that stops the container."), tr("SIGNAL"));
    add({QStringLiteral("stop-timeout")}, tr("Seconds to wait before killing on stop."),
        tr("SECONDS"));
    add({QStringLiteral("network")}, tr("Network mode or name."), tr("NETWORK"));
    add({QStringLiteral("pod")}, tr("Podman: the pod to join."), tr("POD"));
    add({QStringLiteral("timeout")}, tr("Podman: stop the container after this long."), value);
}

void CliRunner::configureRun(QCommandLineParser &p)
{
    configureCreate(p);
    p.addOption({{QStringLiteral("d"), QStringLiteral("detach")},
                 tr("Start it and print its id instead of following its output.")});
}

bool CliRunner::specFromOptions(ContainerSpec *spec)
{
    const QCommandLineParser &p = m_verbParser;
    QString why;
    auto bad = [&](const QString &message) {
        usageError(message);
        return false;
    };
    spec->image = m_args.value(0);
    spec->command = m_args.mid(1);
    spec->name = p.value(QStringLiteral("name"));
    for (const QString &e : p.values(QStringLiteral("env"))) {
        const auto v = SpecText::parseEnv(e, &why);
        if (!v)
            return bad(why);
        spec->env << *v;
    }
    for (const QString &l : p.values(QStringLiteral("label"))) {
        const qsizetype eq = l.indexOf(QLatin1Char('='));
        spec->labels.insert(eq < 0 ? l : l.left(eq), eq < 0 ? QString() : l.mid(eq + 1));
    }
    for (const QString &text : p.values(QStringLiteral("publish"))) {
        const auto port = SpecText::parsePort(text, &why);
        if (!port)
            return bad(why);
        spec->ports << *port;
    }
    for (const QString &text : p.values(QStringLiteral("volume"))) {
        const auto mount = SpecText::parseVolume(text, &why);
        if (!mount)
            return bad(why);
        spec->mounts << *mount;
    }
    for (const QString &path : p.values(QStringLiteral("tmpfs"))) {
        if (!path.startsWith(QLatin1Char('/')))
            return bad(
                tr("\"%1\": the path in the container must be absolute (start with /).").arg(path));
        spec->mounts << MountSpec{MountSpec::Type::Tmpfs, {}, path, false};
    }
    if (p.isSet(QStringLiteral("restart"))) {
        const auto restart = SpecText::parseRestart(p.value(QStringLiteral("restart")), &why);
        if (!restart)
            return bad(why);
        spec->restart = *restart;
    }
    if (p.isSet(QStringLiteral("cpus"))) {
        const auto cpus = SpecText::parseCpus(p.value(QStringLiteral("cpus")), &why);
        if (!cpus)
            return bad(why);
        spec->nanoCpus = *cpus;
    }
    if (p.isSet(QStringLiteral("memory"))) {
        const auto memory = SpecText::parseMemory(p.value(QStringLiteral("memory")), &why);
        if (!memory)
            return bad(why);
        spec->memoryBytes = *memory;
    }
    if (p.isSet(QStringLiteral("health-cmd")))
        spec->healthcheck.test = {QStringLiteral("CMD-SHELL"),
                                  p.value(QStringLiteral("health-cmd"))};
    spec->healthcheck.disabled = p.isSet(QStringLiteral("no-healthcheck"));
    const std::pair<const char *, qint64 *> durations[] = {
        {"health-interval", &spec->healthcheck.intervalMs},
        {"health-timeout", &spec->healthcheck.timeoutMs},
        {"health-start-period", &spec->healthcheck.startPeriodMs}};
    for (const auto &[name, field] : durations) {
        const QString option = QString::fromLatin1(name);
        if (!p.isSet(option))
            continue;
        const auto ms = SpecText::parseDuration(p.value(option), &why);
        if (!ms)
            return bad(why);
        *field = *ms;
    }
    if (p.isSet(QStringLiteral("health-retries"))) {
        bool ok = false;
        spec->healthcheck.retries = p.value(QStringLiteral("health-retries")).toInt(&ok);
        if (!ok || spec->healthcheck.retries < 0)
            return bad(tr("--health-retries takes a whole number."));
    }
    spec->user = p.value(QStringLiteral("user"));
    spec->workingDir = p.value(QStringLiteral("workdir"));
    if (p.isSet(QStringLiteral("entrypoint")))
        spec->entrypoint = {p.value(QStringLiteral("entrypoint"))};
    spec->init = p.isSet(QStringLiteral("init"));
    spec->privileged = p.isSet(QStringLiteral("privileged"));
    spec->capAdd = p.values(QStringLiteral("cap-add"));
    spec->capDrop = p.values(QStringLiteral("cap-drop"));
    spec->readOnlyRootfs = p.isSet(QStringLiteral("read-only"));
    spec->autoRemove = p.isSet(QStringLiteral("rm"));
    spec->tty = p.isSet(QStringLiteral("tty"));
    spec->openStdin = p.isSet(QStringLiteral("interactive"));
    spec->stopSignal = p.value(QStringLiteral("stop-signal"));
    if (p.isSet(QStringLiteral("stop-timeout"))) {
        bool ok = false;
        spec->stopTimeoutSecs = p.value(QStringLiteral("stop-timeout")).toInt(&ok);
        if (!ok || spec->stopTimeoutSecs < 0)
            return bad(tr("--stop-timeout takes a whole number of seconds."));
    }
    spec->network = p.value(QStringLiteral("network"));
    spec->pod = p.value(QStringLiteral("pod"));
    if (p.isSet(QStringLiteral("timeout"))) {
        const auto ms = SpecText::parseDuration(p.value(QStringLiteral("timeout")), &why);
        if (!ms)
            return bad(why);
        spec->runTimeoutSecs = int((*ms + 999) / 1000);
    }
    return true;
}

void CliRunner::createThen(const ContainerSpec &spec, std::function<void(const QString &id)> next)
{
    connectThen([this, spec, next = std::move(next)] {
        m_current = m_engine->createContainer(spec, this,
                                              [this, next](const EngineResult<CreatedObject> &r) {
                                                  if (!r.ok()) {
                                                      failWith(r.error);
                                                      return;
                                                  }
                                                  for (const QString &w : r.value.warnings)
                                                      err(tr("Warning: %1").arg(w));
                                                  next(r.value.id);
                                              });
    });
}

void CliRunner::create()
{
    if (!needArgs(1))
        return;
    ContainerSpec spec;
    if (!specFromOptions(&spec))
        return;
    createThen(spec, [this](const QString &id) {
        out(id);
        finish(0);
    });
}

void CliRunner::run()
{
    if (!needArgs(1))
        return;
    ContainerSpec spec;
    if (!specFromOptions(&spec))
        return;
    const bool detach = m_verbParser.isSet(QStringLiteral("detach"));
    spec.stdinOnce = spec.openStdin && !detach;
    // In the foreground, --rm is done here once the exit code is known: Podman 4.3 cannot
    // report the code of a container that removes itself.
    const bool removeAfter = spec.autoRemove && !detach;
    if (removeAfter)
        spec.autoRemove = false;
    createThen(spec, [this, spec, detach, removeAfter](const QString &id) {
        if (detach) {
            m_current = m_engine->startContainer(id, this, [this, id](const EngineError &e) {
                if (e.isError()) {
                    failWith(e);
                    return;
                }
                out(id);
                finish(0);
            });
            return;
        }
        // In the foreground: attach first so that no output is missed, start, then wait for the
        // exit (answered at once if it already happened).
        struct Foreground
        {
            int exitCode = -1;
            bool exited = false;
            bool drained = false;
        };
        auto state = std::make_shared<Foreground>();
        auto done = [this, state, id, removeAfter] {
            if (!state->exited || !state->drained)
                return;
            if (!removeAfter) {
                finish(state->exitCode);
                return;
            }
            m_current = m_engine->removeContainer(id, true, true, this,
                                                  [this, state](const EngineError &e) {
                                                      if (e.isError())
                                                          err(e.userText());
                                                      finish(state->exitCode);
                                                  });
        };
        ExecSession *attached = m_engine->attach(id, spec.tty, spec.openStdin, this);
        m_stream = attached;
        connect(attached, &ExecSession::output, this, [](const QList<LogChunk> &chunks) {
            for (const LogChunk &c : chunks)
                writeRaw(c.source == LogChunk::Source::Stderr ? stderr : stdout, c.data);
        });
        connect(attached, &ExecSession::finished, this,
                [this, attached, state, done](int, const EngineError &e) {
                    attached->deleteLater();
                    if (e.isError()) {
                        failWith(e);
                        return;
                    }
                    state->drained = true;
                    done();
                });
        connect(attached, &ExecSession::started, this, [this, id, spec, attached, state, done] {
            m_current =
                m_engine->startContainer(id, this, [this, id, state, done](const EngineError &e) {
                    if (e.isError()) {
                        failWith(e);
                        return;
                    }
                    m_engine->waitContainer(id, this,
                                            [this, state, done](const EngineResult<int> &r) {
                                                if (!r.ok()) {
                                                    failWith(r.error);
                                                    return;
                                                }
                                                state->exitCode = r.value;
                                                state->exited = true;
                                                done();
                                            });
                });
            if (spec.openStdin)
                pipeInput(attached);
        });
    });
}

void CliRunner::forEachContainer(PerContainer call)
{
    if (!needArgs(1))
        return;
    connectThen([this, call = std::move(call)] {
        auto next = std::make_shared<std::function<void(int)>>();
        *next = [this, call, next](int index) {
            if (index >= m_args.size()) {
                finish(m_failures ? 1 : 0);
                return;
            }
            const QString id = m_args.at(index);
            m_current = call(id, [this, id, next, index](const EngineError &e) {
                if (e.isError()) {
                    err(e.userText());
                    ++m_failures;
                } else {
                    out(id);
                }
                (*next)(index + 1);
            });
        };
        (*next)(0);
    });
}

void CliRunner::start()
{
    forEachContainer([this](const QString &id, Engine::DoneCallback done) {
        return m_engine->startContainer(id, this, done);
    });
}

void CliRunner::configureStopTime(QCommandLineParser &p)
{
    p.addOption({{QStringLiteral("t"), QStringLiteral("time")},
                 tr("Seconds to wait before killing (default: the container's own)."),
                 tr("SECONDS")});
}

void CliRunner::stop()
{
    const int secs = m_verbParser.isSet(QStringLiteral("time"))
                         ? m_verbParser.value(QStringLiteral("time")).toInt()
                         : -1;
    forEachContainer([this, secs](const QString &id, Engine::DoneCallback done) {
        return m_engine->stopContainer(id, secs, this, done);
    });
}

void CliRunner::restart()
{
    const int secs = m_verbParser.isSet(QStringLiteral("time"))
                         ? m_verbParser.value(QStringLiteral("time")).toInt()
                         : -1;
    forEachContainer([this, secs](const QString &id, Engine::DoneCallback done) {
        return m_engine->restartContainer(id, secs, this, done);
    });
}

void CliRunner::configureKill(QCommandLineParser &p)
{
    p.addOption({{QStringLiteral("s"), QStringLiteral("signal")},
                 tr("The signal to send (default SIGKILL)."),
                 tr("SIGNAL")});
}

void CliRunner::kill()
{
    const QString signal = m_verbParser.value(QStringLiteral("signal"));
    forEachContainer([this, signal](const QString &id, Engine::DoneCallback done) {
        return m_engine->killContainer(id, signal, this, done);
    });
}

void CliRunner::pause()
{
    forEachContainer([this](const QString &id, Engine::DoneCallback done) {
        return m_engine->pauseContainer(id, this, done);
    });
}

void CliRunner::unpause()
{
    forEachContainer([this](const QString &id, Engine::DoneCallback done) {
        return m_engine->unpauseContainer(id, this, done);
    });
}

void CliRunner::configureRm(QCommandLineParser &p)
{
    p.addOption({{QStringLiteral("f"), QStringLiteral("force")},
                 tr("Remove running containers too (they are killed).")});
    p.addOption({{QStringLiteral("v"), QStringLiteral("volumes")},
                 tr("Remove the containers' anonymous volumes too.")});
}

void CliRunner::rm()
{
    const bool force = m_verbParser.isSet(QStringLiteral("force"));
    const bool volumes = m_verbParser.isSet(QStringLiteral("volumes"));
    forEachContainer([this, force, volumes](const QString &id, Engine::DoneCallback done) {
        return m_engine->removeContainer(id, force, volumes, this, done);
    });
}

void CliRunner::rename()
{
    if (!needArgs(2))
        return;
    connectThen([this] {
        m_current = m_engine->renameContainer(m_args.at(0), m_args.at(1), this,
                                              [this](const EngineError &e) {
                                                  if (e.isError())
                                                      failWith(e);
                                                  else
                                                      finish(0);
                                              });
    });
}

void CliRunner::wait()
{
    if (!needArgs(1))
        return;
    connectThen([this] {
        m_current = m_engine->waitContainer(m_args.at(0), this, [this](const EngineResult<int> &r) {
            if (!r.ok()) {
                failWith(r.error);
                return;
            }
            out(QString::number(r.value));
            finish(0);
        });
    });
}

void CliRunner::configureLogs(QCommandLineParser &p)
{
    p.addOption({{QStringLiteral("f"), QStringLiteral("follow")}, tr("Keep following.")});
    p.addOption({{QStringLiteral("n"), QStringLiteral("tail")},
                 tr("Only the last N lines."),
                 QStringLiteral("N")});
    p.addOption({{QStringLiteral("t"), QStringLiteral("timestamps")},
                 tr("Prefix each line with its time.")});
    p.addOption({QStringLiteral("since"), tr("Only lines since a time or a duration ago (10m)."),
                 tr("WHEN")});
    p.addOption(
        {QStringLiteral("until"), tr("Only lines until a time or a duration ago."), tr("WHEN")});
    p.addOption(
        {QStringLiteral("all-nodes"), tr("Look for the containers on every node the app shows.")});
    p.addOption({QStringLiteral("filter"),
                 tr("Every container that matches: name=PART, label=KEY or label=KEY=VALUE. "
                    "Several containers are merged by time, each line prefixed with its "
                    "container (and node)."),
                 tr("FILTER")});
}

void CliRunner::followLogs(const QString &id, const LogOptions &options, std::function<void()> done)
{
    LogStream *stream = m_engine->readLogs(id, options, this);
    m_stream = stream;
    connect(stream, &LogStream::received, this, [](const QList<LogChunk> &chunks) {
        for (const LogChunk &c : chunks)
            writeRaw(c.source == LogChunk::Source::Stderr ? stderr : stdout, c.data);
    });
    connect(stream, &LogStream::ended, this, [this, stream, done](const EngineError &e) {
        stream->deleteLater();
        if (e.isError()) {
            failWith(e);
            return;
        }
        done();
    });
}

void CliRunner::logs()
{
    const QStringList filters = m_verbParser.values(QStringLiteral("filter"));
    const bool allNodes = m_verbParser.isSet(QStringLiteral("all-nodes"));
    const bool several = m_args.size() > 1 || allNodes || !filters.isEmpty();
    if (!several && !needArgs(1))
        return;
    if (const QString bad = CliNodes::badLogFilter(filters); !bad.isEmpty()) {
        usageError(tr("Unknown filter %1: use name=PART, label=KEY or label=KEY=VALUE.").arg(bad));
        return;
    }
    LogOptions options;
    const QCommandLineParser &p = m_verbParser;
    options.follow = p.isSet(QStringLiteral("follow"));
    options.timestamps = p.isSet(QStringLiteral("timestamps"));
    if (p.isSet(QStringLiteral("tail"))) {
        bool ok = false;
        options.tail = p.value(QStringLiteral("tail")).toInt(&ok);
        if (!ok || options.tail < 0) {
            usageError(tr("--tail takes a whole number of lines."));
            return;
        }
    }
    for (const auto &[name, field] : {std::pair{QStringLiteral("since"), &options.since},
                                      std::pair{QStringLiteral("until"), &options.until}}) {
        if (!p.isSet(name))
            continue;
        *field = parseSince(p.value(name));
        if (!field->isValid()) {
            usageError(tr("\"%1\" is neither a time (2024-05-01T10:00:00Z) nor a duration (10m).")
                           .arg(p.value(name)));
            return;
        }
    }
    if (several) {
        m_nodes = new CliNodes(m_json, this);
        QList<CliNodes::Node> nodes;
        if (!allNodes)
            nodes.append({m_nodeText.isEmpty() ? m_endpoint.toUrl() : m_nodeText, m_endpoint, {}});
        m_nodes->logs(nodes, {m_args, filters}, options, [this](int code) { finish(code); });
        return;
    }
    connectThen([this, options] { followLogs(m_args.at(0), options, [this] { finish(0); }); });
}

void CliRunner::top()
{
    if (!needArgs(1))
        return;
    connectThen([this] {
        m_current =
            m_engine->topContainer(m_args.at(0), this, [this](const EngineResult<ProcessList> &r) {
                if (!r.ok()) {
                    failWith(r.error);
                    return;
                }
                printTable(r.value.titles, r.value.processes);
                finish(0);
            });
    });
}

void CliRunner::configureCommit(QCommandLineParser &p)
{
    p.addOption(
        {{QStringLiteral("m"), QStringLiteral("message")}, tr("Commit message."), tr("TEXT")});
    p.addOption({{QStringLiteral("a"), QStringLiteral("author")}, tr("Author."), tr("NAME")});
    p.addOption({QStringLiteral("no-pause"), tr("Do not pause the container while committing.")});
}

void CliRunner::commit()
{
    if (!needArgs(1))
        return;
    CommitOptions options;
    const QString reference = m_args.value(1);
    // The tag follows the last colon that comes after the last slash (a registry may have a port).
    const qsizetype colon = reference.lastIndexOf(QLatin1Char(':'));
    if (colon > reference.lastIndexOf(QLatin1Char('/'))) {
        options.repository = reference.left(colon);
        options.tag = reference.mid(colon + 1);
    } else {
        options.repository = reference;
    }
    options.message = m_verbParser.value(QStringLiteral("message"));
    options.author = m_verbParser.value(QStringLiteral("author"));
    options.pause = !m_verbParser.isSet(QStringLiteral("no-pause"));
    connectThen([this, options] {
        m_current = m_engine->commitContainer(m_args.at(0), options, this,
                                              [this](const EngineResult<CreatedObject> &r) {
                                                  if (!r.ok()) {
                                                      failWith(r.error);
                                                      return;
                                                  }
                                                  out(r.value.id);
                                                  finish(0);
                                              });
    });
}

void CliRunner::configurePrune(QCommandLineParser &p)
{
    p.addOption({{QStringLiteral("f"), QStringLiteral("force")},
                 tr("Do it: without this, prune only says what it would do.")});
}

void CliRunner::prune()
{
    if (!m_verbParser.isSet(QStringLiteral("force"))) {
        err(tr("This removes every stopped container on %1. Run again with --force to do it.")
                .arg(m_endpoint.toUrl()));
        finish(2);
        return;
    }
    connectThen([this] {
        m_current = m_engine->pruneContainers(this, [this](const EngineResult<PruneReport> &r) {
            if (!r.ok()) {
                failWith(r.error);
                return;
            }
            if (m_json) {
                out(QString::fromUtf8(
                    QJsonDocument(
                        QJsonObject{{QStringLiteral("deleted"),
                                     QJsonArray::fromStringList(r.value.deleted)},
                                    {QStringLiteral("spaceReclaimed"), r.value.spaceReclaimed}})
                        .toJson(QJsonDocument::Compact)));
            } else {
                for (const QString &id : r.value.deleted)
                    out(id);
                out(tr("Reclaimed %1 bytes.").arg(r.value.spaceReclaimed));
            }
            finish(0);
        });
    });
}

void CliRunner::configureEvents(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("type"),
                 tr("Only events of this kind: container, image, volume, network, pod."),
                 tr("TYPE")});
    p.addOption({{QStringLiteral("f"), QStringLiteral("filter")},
                 tr("Only events that match: container=NAME, label=KEY[=VALUE], event=ACTION."),
                 tr("FILTER")});
    p.addOption({QStringLiteral("since"), tr("Replay events since a time or a duration ago first."),
                 tr("WHEN")});
    p.addOption({QStringLiteral("all-nodes"),
                 tr("Follow every node the app shows, each line with its node.")});
}

void CliRunner::events()
{
    EventFilter filter;
    filter.types = m_verbParser.values(QStringLiteral("type"));
    for (const QString &f : m_verbParser.values(QStringLiteral("filter"))) {
        const QString key = f.section(QLatin1Char('='), 0, 0);
        const QString value = f.section(QLatin1Char('='), 1);
        if (key == QLatin1String("container"))
            filter.containers << value;
        else if (key == QLatin1String("label"))
            filter.labels << value;
        else if (key == QLatin1String("event"))
            filter.actions << value;
        else if (key == QLatin1String("type"))
            filter.types << value;
        else {
            usageError(tr("Unknown filter %1: use container=, label=, event= or type=.").arg(f));
            return;
        }
    }
    if (m_verbParser.isSet(QStringLiteral("since"))) {
        filter.since = parseSince(m_verbParser.value(QStringLiteral("since")));
        if (!filter.since.isValid()) {
            usageError(tr("\"%1\" is neither a time (2024-05-01T10:00:00Z) nor a duration (10m).")
                           .arg(m_verbParser.value(QStringLiteral("since"))));
            return;
        }
    }
    if (m_verbParser.isSet(QStringLiteral("all-nodes"))) {
        m_nodes = new CliNodes(m_json, this);
        m_nodes->events(filter, [this](int code) { finish(code); });
        return;
    }
    connectThen([this, filter] {
        EventStream *stream = m_engine->watchEvents(filter, this);
        m_stream = stream;
        connect(stream, &EventStream::eventReceived, this, [this](const EngineEvent &e) {
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(e.timeNano / 1000000, Qt::UTC);
            if (m_json) {
                out(QString::fromUtf8(
                    QJsonDocument(
                        QJsonObject{{QStringLiteral("time"), time.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("type"), e.type},
                                    {QStringLiteral("action"), e.action},
                                    {QStringLiteral("id"), e.id},
                                    {QStringLiteral("name"), e.name}})
                        .toJson(QJsonDocument::Compact)));
                return;
            }
            out(time.toString(Qt::ISODateWithMs) + QLatin1Char(' ') + e.type + QLatin1Char(' ') +
                e.action + QLatin1Char(' ') + e.name + QStringLiteral(" (") + e.id.left(12) +
                QLatin1Char(')'));
        });
        connect(stream, &EventStream::ended, this, [this](const EngineError &e) { failWith(e); });
    });
}

void CliRunner::configureStats(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("no-stream"), tr("Print one sample of each and stop.")});
}

void CliRunner::stats()
{
    if (!needArgs(1))
        return;
    const bool stream = !m_verbParser.isSet(QStringLiteral("no-stream"));
    connectThen([this, stream] {
        const QStringList header = {tr("CONTAINER"), tr("CPU %"),   tr("MEM USAGE / LIMIT"),
                                    tr("MEM %"),     tr("NET I/O"), tr("BLOCK I/O"),
                                    tr("PIDS")};
        // Streaming: a line per sample as it comes. One sample each: one table at the end.
        auto rows = std::make_shared<QMap<QString, QStringList>>();
        auto open = std::make_shared<int>(int(m_args.size()));
        if (stream && !m_json)
            out(header.join(QLatin1Char('\t')));
        for (const QString &id : std::as_const(m_args)) {
            StatsStream *s = m_engine->readStats(id, stream, this);
            m_stream = s;
            connect(s, &StatsStream::sampled, this,
                    [this, id, stream, rows](const ContainerStats &sample) {
                        if (m_json) {
                            QJsonObject o = statsObject(sample);
                            o.insert(QStringLiteral("container"), id);
                            out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
                        } else if (stream) {
                            out(statsRow(id, sample).join(QLatin1Char('\t')));
                        } else {
                            rows->insert(id, statsRow(id, sample));
                        }
                    });
            connect(s, &StatsStream::ended, this,
                    [this, s, open, rows, header](const EngineError &e) {
                        s->deleteLater();
                        if (e.isError()) {
                            err(e.userText());
                            ++m_failures;
                        }
                        if (--*open > 0)
                            return;
                        if (!m_json && !rows->isEmpty()) {
                            QList<QStringList> list;
                            for (const QString &name : std::as_const(m_args))
                                if (rows->contains(name))
                                    list << rows->value(name);
                            printTable(header, list);
                        }
                        finish(m_failures ? 1 : 0);
                    });
        }
    });
}

void CliRunner::info()
{
    connectThen([this] {
        m_current = m_engine->systemInfo(this, [this](const EngineResult<SystemInfo> &r) {
            if (!r.ok()) {
                failWith(r.error);
                return;
            }
            const SystemInfo &i = r.value;
            if (m_json) {
                out(QString::fromUtf8(
                        QJsonDocument::fromJson(i.rawJson).toJson(QJsonDocument::Indented))
                        .trimmed());
                finish(0);
                return;
            }
            QList<QStringList> rows = {
                {tr("Host name"), i.hostname},
                {tr("Operating system"), i.operatingSystem},
                {tr("Kernel"), i.kernel},
                {tr("Architecture"), i.architecture},
                {tr("CPUs"), QString::number(i.cpus)},
                {tr("Memory"), bytesText(i.memoryBytes)},
                {tr("Engine version"), i.serverVersion},
                {tr("Storage driver"), i.storageDriver},
                {tr("Cgroup"),
                 i.cgroupVersion + QStringLiteral(" (") + i.cgroupDriver + QLatin1Char(')')},
                {tr("Root folder"), i.rootDir},
                {tr("Containers"), tr("%1 (%2 running, %3 paused, %4 stopped)")
                                       .arg(i.containers)
                                       .arg(i.running)
                                       .arg(i.paused)
                                       .arg(i.stopped)},
                {tr("Images"), QString::number(i.images)}};
            for (const QString &w : i.warnings)
                rows.append({tr("Warning"), w});
            printTable({tr("FIELD"), tr("VALUE")}, rows);
            finish(0);
        });
    });
}

void CliRunner::df()
{
    connectThen([this] {
        m_current = m_engine->diskUsage(this, [this](const EngineResult<DiskUsage> &r) {
            if (!r.ok()) {
                failWith(r.error);
                return;
            }
            const std::pair<QString, DiskUsage::Part> parts[] = {
                {tr("Images"), r.value.images},
                {tr("Containers"), r.value.containers},
                {tr("Local volumes"), r.value.volumes},
                {tr("Build cache"), r.value.buildCache}};
            if (m_json) {
                QJsonObject o;
                const char *keys[] = {"images", "containers", "volumes", "buildCache"};
                for (int i = 0; i < 4; ++i) {
                    const DiskUsage::Part &p = parts[i].second;
                    o.insert(QLatin1String(keys[i]),
                             QJsonObject{{QStringLiteral("count"), p.count},
                                         {QStringLiteral("active"), p.active},
                                         {QStringLiteral("size"), p.size},
                                         {QStringLiteral("reclaimable"), p.reclaimable}});
                }
                out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
                finish(0);
                return;
            }
            QList<QStringList> rows;
            for (const auto &[name, p] : parts)
                rows.append({name, QString::number(p.count), QString::number(p.active),
                             bytesText(p.size), bytesText(p.reclaimable)});
            printTable({tr("TYPE"), tr("TOTAL"), tr("ACTIVE"), tr("SIZE"), tr("RECLAIMABLE")},
                       rows);
            finish(0);
        });
    });
}

void CliRunner::configureImages(QCommandLineParser &p)
{
    p.addOption({{QStringLiteral("a"), QStringLiteral("all")}, tr("Include intermediate images.")});
}

void CliRunner::images()
{
    connectThen([this] {
        m_current = m_engine->listImages(
            m_verbParser.isSet(QStringLiteral("all")), this,
            [this](const EngineResult<QList<ImageSummary>> &r) {
                if (!r.ok()) {
                    failWith(r.error);
                    return;
                }
                QList<ImageSummary> list = r.value;
                std::sort(list.begin(), list.end(),
                          [](const auto &a, const auto &b) { return a.created > b.created; });
                if (m_json) {
                    QJsonArray array;
                    for (const ImageSummary &i : list)
                        array.append(QJsonObject{
                            {QStringLiteral("id"), i.id},
                            {QStringLiteral("repoTags"), QJsonArray::fromStringList(i.repoTags)},
                            {QStringLiteral("created"), i.created.toString(Qt::ISODate)},
                            {QStringLiteral("size"), i.size},
                            {QStringLiteral("containers"), i.containers},
                            {QStringLiteral("dangling"), i.isDangling()}});
                    out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented))
                            .trimmed());
                    finish(0);
                    return;
                }
                QList<QStringList> rows;
                for (const ImageSummary &i : list) {
                    const QString shortId = i.id.section(QLatin1Char(':'), -1).left(12);
                    const QStringList names =
                        i.isDangling() ? QStringList{QStringLiteral("<none>:<none>")} : i.repoTags;
                    for (const QString &name : names) {
                        const ImageReference ref = ImageReference::parse(name);
                        rows.append({ref.name(), ref.tag, shortId,
                                     i.created.toLocalTime().toString(Qt::ISODate),
                                     bytesText(i.size)});
                    }
                }
                printTable({tr("REPOSITORY"), tr("TAG"), tr("IMAGE ID"), tr("CREATED"), tr("SIZE")},
                           rows);
                finish(0);
            });
    });
}

void CliRunner::configureSearch(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("limit"), tr("Show at most N results."), QStringLiteral("N")});
}

void CliRunner::search()
{
    if (!needArgs(1))
        return;
    int limit = 0;
    if (m_verbParser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = m_verbParser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 100) {
            usageError(tr("--limit takes a whole number from 1 to 100."));
            return;
        }
    }
    connectThen([this, limit] {
        if (!m_engine->info().capabilities.imageSearch) {
            failWith(EngineError::make(EngineError::Kind::Unsupported,
                                       tr("this engine cannot search registries"),
                                       m_endpoint.toUrl()));
            return;
        }
        m_current = m_engine->searchImages(
            m_args.at(0), limit, this, [this](const EngineResult<QList<ImageSearchResult>> &r) {
                if (!r.ok()) {
                    failWith(r.error);
                    return;
                }
                if (m_json) {
                    QJsonArray array;
                    for (const ImageSearchResult &i : r.value)
                        array.append(QJsonObject{{QStringLiteral("name"), i.name},
                                                 {QStringLiteral("index"), i.index},
                                                 {QStringLiteral("description"), i.description},
                                                 {QStringLiteral("stars"), i.stars},
                                                 {QStringLiteral("official"), i.official},
                                                 {QStringLiteral("automated"), i.automated}});
                    out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented))
                            .trimmed());
                    finish(0);
                    return;
                }
                QList<QStringList> rows;
                for (const ImageSearchResult &i : r.value)
                    rows.append({i.name, i.description.simplified().left(60),
                                 QString::number(i.stars), i.official ? tr("yes") : QString(),
                                 i.automated ? tr("yes") : QString()});
                printTable(
                    {tr("NAME"), tr("DESCRIPTION"), tr("STARS"), tr("OFFICIAL"), tr("AUTOMATED")},
                    rows);
                finish(0);
            });
    });
}

void CliRunner::history()
{
    if (!needArgs(1))
        return;
    connectThen([this] {
        m_current = m_engine->imageHistory(
            m_args.at(0), this, [this](const EngineResult<QList<ImageLayer>> &r) {
                if (!r.ok()) {
                    failWith(r.error);
                    return;
                }
                QList<QStringList> rows;
                for (const ImageLayer &l : r.value)
                    rows.append({l.id.section(QLatin1Char(':'), -1).left(12),
                                 l.created.toLocalTime().toString(Qt::ISODate),
                                 l.createdBy.left(60), bytesText(l.size), l.comment});
                printTable(
                    {tr("IMAGE"), tr("CREATED"), tr("CREATED BY"), tr("SIZE"), tr("COMMENT")},
                    rows);
                finish(0);
            });
    });
}

void CliRunner::configureRegistry(QCommandLineParser &p)
{
    p.addOption(
        {QStringLiteral("username"), tr("Log in to the registry as this user."), tr("USER")});
    p.addOption(
        {QStringLiteral("password-stdin"), tr("Read the registry password from standard input.")});
    p.addOption({{QStringLiteral("q"), QStringLiteral("quiet")}, tr("Print nothing but errors.")});
}

bool CliRunner::registryAuth(RegistryAuth *auth)
{
    auth->username = m_verbParser.value(QStringLiteral("username"));
    if (m_verbParser.isSet(QStringLiteral("password-stdin"))) {
        if (auth->username.isEmpty()) {
            usageError(tr("--password-stdin needs --username."));
            return false;
        }
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            usageError(tr("Cannot read the password from standard input."));
            return false;
        }
        auth->password = secretFromStdin(in);
    }
    auth->serverAddress = ImageReference::parse(m_args.value(0)).registry;
    return true;
}

void CliRunner::followProgress(ProgressStream *stream)
{
    m_stream = stream;
    const bool quiet = m_verbParser.isSet(QStringLiteral("quiet"));
    connect(stream, &ProgressStream::progressed, this, [this, quiet](const ProgressEvent &e) {
        if (m_json) {
            out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), e.id},
                                                            {QStringLiteral("status"), e.status},
                                                            {QStringLiteral("current"), e.current},
                                                            {QStringLiteral("total"), e.total},
                                                            {QStringLiteral("image"), e.imageId}})
                                      .toJson(QJsonDocument::Compact)));
            return;
        }
        if (quiet || e.status.isEmpty())
            return;
        QString line = e.id.isEmpty() ? e.status : e.id + QStringLiteral(": ") + e.status;
        if (e.total > 0)
            line += QStringLiteral(" ") + bytesText(e.current) + QStringLiteral(" / ") +
                    bytesText(e.total);
        out(line);
    });
    connect(stream, &ProgressStream::ended, this, [this, stream](const EngineError &e) {
        stream->deleteLater();
        if (e.isError()) {
            failWith(e);
            return;
        }
        finish(0);
    });
}

void CliRunner::pull()
{
    if (!needArgs(1))
        return;
    withRegistryAuth([this](const RegistryAuth &auth) {
        connectThen(
            [this, auth] { followProgress(m_engine->pullImage(m_args.at(0), auth, this)); });
    });
}

void CliRunner::push()
{
    if (!needArgs(1))
        return;
    withRegistryAuth([this](const RegistryAuth &auth) {
        connectThen(
            [this, auth] { followProgress(m_engine->pushImage(m_args.at(0), auth, this)); });
    });
}

// The credentials given on the command line, else the login saved for the image's registry.
void CliRunner::withRegistryAuth(std::function<void(const RegistryAuth &)> next)
{
    RegistryAuth given;
    if (!registryAuth(&given))
        return;
    if (!given.username.isEmpty()) {
        next(given);
        return;
    }
    RegistryLogins::find(
        given.serverAddress, this,
        [this, given, next = std::move(next)](const RegistryAuth &saved, const QString &error) {
            if (!error.isEmpty())
                err(tr("The saved login could not be read, so this goes without one: %1")
                        .arg(error));
            if (saved.username.isEmpty()) {
                next(given);
                return;
            }
            RegistryAuth auth = saved;
            if (!given.serverAddress.isEmpty())
                auth.serverAddress = given.serverAddress;
            next(auth);
        });
}

void CliRunner::configureLogin(QCommandLineParser &p)
{
    // `login SERVER --username U` reads as docker's does.
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    p.addOption({QStringLiteral("username"), tr("The user to log in as."), tr("USER")});
    p.addOption({QStringLiteral("password-stdin"), tr("Read the password from standard input.")});
}

void CliRunner::login()
{
    RegistryAuth auth;
    auth.serverAddress = RegistryLogins::serverFor(m_args.value(0));
    auth.username = m_verbParser.value(QStringLiteral("username"));
    if (auth.username.isEmpty()) {
        usageError(tr("Use: gontainer-cli login [SERVER] --username USER [--password-stdin]"));
        return;
    }
    if (m_verbParser.isSet(QStringLiteral("password-stdin"))) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            usageError(tr("Cannot read the password from standard input."));
            return;
        }
        auth.password = secretFromStdin(in);
    } else if (::isatty(STDIN_FILENO)) {
        auth.password = readPasswordFromTerminal();
    } else {
        usageError(tr("Give the password with --password-stdin, or run this in a terminal to be "
                      "asked for it."));
        return;
    }
    if (auth.password.isEmpty()) {
        usageError(tr("The password is empty."));
        return;
    }
    connectThen([this, auth] {
        m_current =
            m_engine->checkRegistryLogin(auth, this, [this, auth](const EngineResult<QString> &r) {
                if (!r.ok()) {
                    failWith(r.error);
                    return;
                }
                const QString status = r.value.isEmpty() ? tr("Login Succeeded") : r.value;
                RegistryLogins::save(auth, this, [this, auth, status](const QString &error) {
                    if (!error.isEmpty()) {
                        err(tr("The login to %1 works, but it was not saved: %2")
                                .arg(auth.serverAddress, error));
                        finish(1);
                        return;
                    }
                    out(status);
                    finish(0);
                });
            });
    });
}

// A secret as given, less the line end after it: spaces at either end are part of it.
QString CliRunner::secretFromStdin(QFile &in)
{
    QByteArray bytes = in.readAll();
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

QString CliRunner::readPasswordFromTerminal()
{
    std::fputs(qPrintable(tr("Password: ")), stderr);
    std::fflush(stderr);
    termios old{};
    const bool canHide = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (canHide) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.append(char(c));
    if (canHide)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fputs("\n", stderr);
    return QString::fromUtf8(line);
}

void CliRunner::logout()
{
    const QString server = RegistryLogins::serverFor(m_args.value(0));
    if (!RegistryLogins::servers().contains(server)) {
        err(tr("There is no saved login for %1.").arg(server));
        finish(1);
        return;
    }
    RegistryLogins::forget(server, this, [this, server](const QString &error) {
        if (!error.isEmpty()) {
            err(error);
            finish(1);
            return;
        }
        out(tr("Removed the saved login for %1.").arg(server));
        finish(0);
    });
}

void CliRunner::tag()
{
    if (!needArgs(2))
        return;
    connectThen([this] {
        m_current =
            m_engine->tagImage(m_args.at(0), m_args.at(1), this, [this](const EngineError &e) {
                if (e.isError())
                    failWith(e);
                else
                    finish(0);
            });
    });
}

void CliRunner::configureRmi(QCommandLineParser &p)
{
    p.addOption({{QStringLiteral("f"), QStringLiteral("force")},
                 tr("Remove even if containers use it or it has several names.")});
}

void CliRunner::rmi()
{
    if (!needArgs(1))
        return;
    const bool force = m_verbParser.isSet(QStringLiteral("force"));
    connectThen([this, force] {
        auto next = std::make_shared<std::function<void(int)>>();
        *next = [this, force, next](int index) {
            if (index >= m_args.size()) {
                finish(m_failures ? 1 : 0);
                return;
            }
            m_current =
                m_engine->removeImage(m_args.at(index), force, this,
                                      [this, next, index](const EngineResult<ImageRemoval> &r) {
                                          if (!r.ok()) {
                                              err(r.error.userText());
                                              ++m_failures;
                                          } else {
                                              for (const QString &u : r.value.untagged)
                                                  out(tr("Untagged: %1").arg(u));
                                              for (const QString &d : r.value.deleted)
                                                  out(tr("Deleted: %1").arg(d));
                                          }
                                          (*next)(index + 1);
                                      });
        };
        (*next)(0);
    });
}

void CliRunner::configureImagePrune(QCommandLineParser &p)
{
    p.addOption({{QStringLiteral("a"), QStringLiteral("all")},
                 tr("Remove every image no container uses, not only dangling ones.")});
    configurePrune(p);
}

void CliRunner::imagePrune()
{
    if (!m_verbParser.isSet(QStringLiteral("force"))) {
        err(tr("This removes images on %1. Run again with --force to do it.")
                .arg(m_endpoint.toUrl()));
        finish(2);
        return;
    }
    const bool all = m_verbParser.isSet(QStringLiteral("all"));
    connectThen([this, all] {
        m_current = m_engine->pruneImages(all, this, [this](const EngineResult<PruneReport> &r) {
            if (!r.ok()) {
                failWith(r.error);
                return;
            }
            for (const QString &id : r.value.deleted)
                out(id);
            out(tr("Reclaimed %1 bytes.").arg(r.value.spaceReclaimed));
            finish(0);
        });
    });
}

void CliRunner::volumes()
{
    connectThen([this] {
        m_current = m_engine->listVolumes(this, [this](const EngineResult<QList<VolumeInfo>> &r) {
            if (!r.ok()) {
                failWith(r.error);
                return;
            }
            if (m_json) {
                QJsonArray array;
                for (const VolumeInfo &v : r.value)
                    array.append(
                        QJsonObject{{QStringLiteral("name"), v.name},
                                    {QStringLiteral("driver"), v.driver},
                                    {QStringLiteral("mountpoint"), v.mountpoint},
                                    {QStringLiteral("created"), v.created.toString(Qt::ISODate)}});
                out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented))
                        .trimmed());
                finish(0);
                return;
            }
            QList<QStringList> rows;
            for (const VolumeInfo &v : r.value)
                rows.append({v.driver, v.name, v.mountpoint});
            printTable({tr("DRIVER"), tr("VOLUME NAME"), tr("MOUNT POINT")}, rows);
            finish(0);
        });
    });
}

void CliRunner::networks()
{
    connectThen([this] {
        m_current = m_engine->listNetworks(this, [this](const EngineResult<QList<NetworkInfo>> &r) {
            if (!r.ok()) {
                failWith(r.error);
                return;
            }
            if (m_json) {
                QJsonArray array;
                for (const NetworkInfo &n : r.value) {
                    QJsonArray subnets;
                    for (const NetworkSubnet &s : n.subnets)
                        subnets.append(s.subnet);
                    array.append(QJsonObject{{QStringLiteral("id"), n.id},
                                             {QStringLiteral("name"), n.name},
                                             {QStringLiteral("driver"), n.driver},
                                             {QStringLiteral("internal"), n.internal},
                                             {QStringLiteral("subnets"), subnets}});
                }
                out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented))
                        .trimmed());
                finish(0);
                return;
            }
            QList<QStringList> rows;
            for (const NetworkInfo &n : r.value) {
                QStringList subnets;
                for (const NetworkSubnet &s : n.subnets)
                    subnets << s.subnet;
                rows.append({n.id.left(12), n.name, n.driver, n.scope, subnets.join(u',')});
            }
            printTable({tr("NETWORK ID"), tr("NAME"), tr("DRIVER"), tr("SCOPE"), tr("SUBNETS")},
                       rows);
            finish(0);
        });
    });
}

void CliRunner::configureExec(QCommandLineParser &p)
{
    p.addOption({{QStringLiteral("i"), QStringLiteral("interactive")},
                 tr("Send standard input to the command.")});
    p.addOption({{QStringLiteral("t"), QStringLiteral("tty")}, tr("Give the command a terminal.")});
    p.addOption({{QStringLiteral("e"), QStringLiteral("env")},
                 tr("Set an environment variable."),
                 tr("NAME=VALUE")});
    p.addOption({{QStringLiteral("u"), QStringLiteral("user")}, tr("User to run as."), tr("USER")});
    p.addOption(
        {{QStringLiteral("w"), QStringLiteral("workdir")}, tr("Working directory."), tr("PATH")});
    p.addOption({QStringLiteral("privileged"), tr("Give the command full privileges.")});
}

void CliRunner::exec()
{
    if (!needArgs(2))
        return;
    ExecOptions options;
    options.command = m_args.mid(1);
    options.interactive = m_verbParser.isSet(QStringLiteral("interactive"));
    options.tty = m_verbParser.isSet(QStringLiteral("tty"));
    options.user = m_verbParser.value(QStringLiteral("user"));
    options.workingDir = m_verbParser.value(QStringLiteral("workdir"));
    options.privileged = m_verbParser.isSet(QStringLiteral("privileged"));
    QString why;
    for (const QString &e : m_verbParser.values(QStringLiteral("env"))) {
        const auto v = SpecText::parseEnv(e, &why);
        if (!v) {
            usageError(why);
            return;
        }
        options.env << *v;
    }
    // A terminal on both ends: ours goes raw so keys like Ctrl+C reach the command.
    if (options.tty && isatty(STDIN_FILENO)) {
        struct winsize size = {};
        if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0) {
            options.rows = size.ws_row;
            options.columns = size.ws_col;
        }
        if (options.interactive && tcgetattr(STDIN_FILENO, &g_savedTerminal) == 0) {
            g_terminalSaved = true;
            struct termios raw = g_savedTerminal;
            cfmakeraw(&raw);
            tcsetattr(STDIN_FILENO, TCSANOW, &raw);
        }
    }
    connectThen([this, options] {
        ExecSession *session = m_engine->exec(m_args.at(0), options, this);
        m_stream = session;
        connect(session, &ExecSession::output, this, [](const QList<LogChunk> &chunks) {
            for (const LogChunk &c : chunks)
                writeRaw(c.source == LogChunk::Source::Stderr ? stderr : stdout, c.data);
        });
        connect(session, &ExecSession::finished, this,
                [this, session](int code, const EngineError &e) {
                    restoreTerminal();
                    session->deleteLater();
                    if (e.isError()) {
                        failWith(e);
                        return;
                    }
                    finish(code);
                });
        if (options.interactive)
            pipeInput(session);
    });
}

void CliRunner::pods()
{
    connectThen([this] {
        m_current = m_engine->listPods(this, [this](const EngineResult<QList<PodInfo>> &r) {
            if (!r.ok()) {
                failWith(r.error);
                return;
            }
            if (m_json) {
                QJsonArray array;
                for (const PodInfo &p : r.value) {
                    QJsonArray containers;
                    for (const PodContainer &c : p.containers)
                        containers.append(QJsonObject{{QStringLiteral("id"), c.id},
                                                      {QStringLiteral("name"), c.name},
                                                      {QStringLiteral("state"), c.state}});
                    array.append(
                        QJsonObject{{QStringLiteral("id"), p.id},
                                    {QStringLiteral("name"), p.name},
                                    {QStringLiteral("status"), p.status},
                                    {QStringLiteral("created"), p.created.toString(Qt::ISODate)},
                                    {QStringLiteral("containers"), containers}});
                }
                out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented))
                        .trimmed());
                finish(0);
                return;
            }
            QList<QStringList> rows;
            for (const PodInfo &p : r.value)
                rows.append({p.id.left(12), p.name, p.status,
                             p.created.toLocalTime().toString(Qt::ISODate),
                             QString::number(p.containers.size())});
            printTable({tr("POD ID"), tr("NAME"), tr("STATUS"), tr("CREATED"), tr("CONTAINERS")},
                       rows);
            finish(0);
        });
    });
}

void CliRunner::configureBuild(QCommandLineParser &p)
{
    p.addOption({{QStringLiteral("t"), QStringLiteral("tag")}, tr("Name the image."), tr("NAME")});
    p.addOption({{QStringLiteral("f"), QStringLiteral("file")},
                 tr("The Dockerfile, relative to PATH (default: Dockerfile)."),
                 tr("FILE")});
    p.addOption({QStringLiteral("build-arg"), tr("Set a build argument."), tr("KEY=VALUE")});
    p.addOption(
        {{QStringLiteral("l"), QStringLiteral("label")}, tr("Set a label."), tr("KEY=VALUE")});
    p.addOption({QStringLiteral("target"), tr("Build only up to this stage."), tr("STAGE")});
    p.addOption({QStringLiteral("no-cache"), tr("Do not use the build cache.")});
    p.addOption({QStringLiteral("pull"), tr("Look for newer base images.")});
    p.addOption(
        {{QStringLiteral("q"), QStringLiteral("quiet")}, tr("Print only the new image's id.")});
}

void CliRunner::build()
{
    if (!needArgs(1))
        return;
    BuildOptions options;
    options.contextDir = m_args.at(0);
    options.dockerfile = m_verbParser.value(QStringLiteral("file"));
    options.tags = m_verbParser.values(QStringLiteral("tag"));
    options.target = m_verbParser.value(QStringLiteral("target"));
    options.noCache = m_verbParser.isSet(QStringLiteral("no-cache"));
    options.pull = m_verbParser.isSet(QStringLiteral("pull"));
    for (const auto &[name, map] : {std::pair{QStringLiteral("build-arg"), &options.buildArgs},
                                    std::pair{QStringLiteral("label"), &options.labels}}) {
        for (const QString &kv : m_verbParser.values(name)) {
            const qsizetype eq = kv.indexOf(QLatin1Char('='));
            map->insert(eq < 0 ? kv : kv.left(eq), eq < 0 ? QString() : kv.mid(eq + 1));
        }
    }
    const bool quiet = m_verbParser.isSet(QStringLiteral("quiet"));
    connectThen([this, options, quiet] {
        ProgressStream *stream = m_engine->buildImage(options, this);
        m_stream = stream;
        auto imageId = std::make_shared<QString>();
        connect(stream, &ProgressStream::progressed, this,
                [this, quiet, imageId](const ProgressEvent &e) {
                    if (!e.imageId.isEmpty())
                        *imageId = e.imageId;
                    if (m_json) {
                        out(QString::fromUtf8(
                            QJsonDocument(QJsonObject{{QStringLiteral("output"), e.output},
                                                      {QStringLiteral("status"), e.status},
                                                      {QStringLiteral("image"), e.imageId}})
                                .toJson(QJsonDocument::Compact)));
                    } else if (!quiet && !e.output.isEmpty()) {
                        writeRaw(stdout, e.output.toUtf8());
                    } else if (!quiet && !e.status.isEmpty()) {
                        out(e.status);
                    }
                });
        connect(stream, &ProgressStream::ended, this,
                [this, stream, imageId](const EngineError &e) {
                    stream->deleteLater();
                    if (e.isError()) {
                        failWith(e);
                        return;
                    }
                    if (!m_json && !imageId->isEmpty())
                        out(*imageId);
                    finish(0);
                });
    });
}

void CliRunner::pipeInput(ExecSession *session)
{
    auto *input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, session);
    connect(input, &QSocketNotifier::activated, session, [session, input] {
        char buffer[16384];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n > 0) {
            session->write(QByteArray(buffer, qsizetype(n)));
            return;
        }
        // End of our input: the command's too.
        input->setEnabled(false);
        if (!session->closeInput())
            err(tr("This connection cannot pass on the end of input (TLS); end the command "
                   "another way, for example with a terminal and Ctrl+D."));
    });
}
