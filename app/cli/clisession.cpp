#include "app/cli/clisession.h"

#include "app/cli/clicapabilities.h"
#include "app/cli/clinodes.h"
#include "app/cli/clitext.h"
#include "app/cli/interruptwatcher.h"
#include "core/services/enginefactory.h"
#include "core/services/localenginelocator.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <termios.h>
#include <unistd.h>

using namespace CliText;

namespace {

// The terminal's settings before exec -t put it in raw mode, restored at exit.
struct termios g_savedTerminal;
bool g_terminalSaved = false;

} // namespace

CliSession::CliSession(QObject *parent)
    : QObject(parent)
{}

CliSession::~CliSession()
{
    restoreTerminal();
}

bool CliSession::chooseNode(QString *error)
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

void CliSession::watchInterrupts()
{
    m_interrupts = new InterruptWatcher(this);
    connect(m_interrupts, &InterruptWatcher::interrupted, this, &CliSession::onInterrupted);
}

bool CliSession::needArgs(int min)
{
    if (m_args.size() >= min)
        return true;
    usageError(tr("Missing arguments. See gontainer-cli %1 --help.").arg(m_verb));
    return false;
}

void CliSession::connectThen(std::function<void()> next)
{
    m_engine = makeEngine(m_endpoint);
    m_engine->identify(this, [this, next = std::move(next)](const EngineResult<EngineInfo> &r) {
        if (!r.ok()) {
            failWith(r.error);
            return;
        }
        // What the engine lacks is said here, once, for every verb.
        const QString missing =
            CliCapabilities::missing(m_verb, m_parser, r.value.capabilities, r.value.name,
                                     m_nodeText.isEmpty() ? m_endpoint.toUrl() : m_nodeText);
        if (!missing.isEmpty()) {
            err(missing);
            finish(1);
            return;
        }
        next();
    });
}

CliNodes *CliSession::makeNodes()
{
    m_nodes = new CliNodes(m_json, this);
    return m_nodes;
}

void CliSession::eachArgument(Step step, std::function<void()> last)
{
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [this, step = std::move(step), last = std::move(last), next](int index) {
        if (index >= m_args.size()) {
            if (last)
                last();
            finish(failureCode());
            return;
        }
        step(m_args.at(index), [next, index] { (*next)(index + 1); });
    };
    (*next)(0);
}

void CliSession::eachArgumentDone(PerArgument call)
{
    eachArgument([this, call = std::move(call)](const QString &arg, std::function<void()> next) {
        setCall(call(arg, [this, arg, next](const EngineError &e) {
            if (e.isError()) {
                err(e.userText());
                countFailure();
            } else {
                out(arg);
            }
            next();
        }));
    });
}

void CliSession::makeTerminalRaw()
{
    if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
        return;
    g_terminalSaved = true;
    struct termios raw = g_savedTerminal;
    cfmakeraw(&raw);
    tcsetattr(STDIN_FILENO, TCSANOW, &raw);
}

void CliSession::restoreTerminal()
{
    if (g_terminalSaved)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    g_terminalSaved = false;
}

void CliSession::finish(int code)
{
    QCoreApplication::exit(code);
}

void CliSession::failWith(const EngineError &error)
{
    err(error.userText());
    finish(1);
}

void CliSession::usageError(const QString &message)
{
    err(message);
    finish(2);
}

void CliSession::onInterrupted()
{
    // Streams end quietly; a call in flight is cancelled.
    delete m_stream;
    delete m_nodes;
    m_call.cancel();
    finish(130);
}
