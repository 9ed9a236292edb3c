#include "app/cli/clirunner.h"

#include "app/cli/clisession.h"
#include "app/cli/clitext.h"
#include "app/cli/command.h"
#include "app/cli/commandgroup.h"
#include "app/cli/commandregistry.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <algorithm>

using namespace CliText;

CliRunner::CliRunner(QObject *parent)
    : QObject(parent)
    , m_session(new CliSession(this))
{}

CliRunner::~CliRunner() = default;

QString CliRunner::generalHelp() const
{
    QString text = tr("Usage: gontainer-cli [--node URL] [--identity FILE] [--json] VERB "
                      "[OPTIONS] [ARGUMENTS]") +
                   QStringLiteral("\n\n");
    text += tr("Talks to one Docker, Podman or containerd engine with Gontainer's core.") +
            QStringLiteral("\n\n");
    text += tr("Options:") + QLatin1Char('\n');
    text += QStringLiteral("  -H, --node URL    ") +
            tr("The engine: unix:///path.sock, tcp://HOST:PORT (TLS from DOCKER_TLS_VERIFY and "
               "DOCKER_CERT_PATH), ssh://USER@HOST[:PORT][/remote.sock]; containerd as "
               "containerd:///run/containerd/containerd.sock, containerd+ssh://USER@HOST/path.sock "
               "or containerd+tcp://HOST:PORT, each with ?namespace=NS for one namespace (all "
               "without). Default: DOCKER_HOST, then the local Docker, Podman or containerd "
               "socket.") +
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
    qsizetype width = 0;
    for (const auto &command : CommandRegistry::all())
        width = std::max(width, command->name().size());
    for (const auto &command : CommandRegistry::all())
        text += QStringLiteral("  ") + command->name().leftJustified(width + 2) +
                command->summary() + QLatin1Char('\n');
    return text;
}

int CliRunner::start(const QStringList &arguments)
{
    QString verbName;
    QString nodeText;
    QString identity;
    bool json = false;
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
            json = true;
            continue;
        }
        if (valueOf(a, QStringLiteral("--node"), &nodeText) ||
            valueOf(a, QStringLiteral("-H"), &nodeText) ||
            valueOf(a, QStringLiteral("--identity"), &identity))
            continue;
        err(tr("Unknown option %1. See gontainer-cli --help.").arg(a));
        return 2;
    }
    if (verbName.isEmpty()) {
        err(generalHelp());
        return 2;
    }
    const Command *command = CommandRegistry::find(verbName);
    if (!command) {
        err(tr("Unknown verb %1. See gontainer-cli --help.").arg(verbName));
        return 2;
    }
    // A group's sub-verb is the command that runs, named "GROUP SUB".
    if (const auto *group = dynamic_cast<const CommandGroup *>(command)) {
        const QString sub = arguments.value(i);
        if (sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
            out(group->helpText());
            return 0;
        }
        if (sub.isEmpty() || sub.startsWith(QLatin1Char('-'))) {
            err(group->helpText());
            return 2;
        }
        command = group->find(sub);
        if (!command) {
            err(tr("Unknown verb %1 %2. See gontainer-cli %1 --help.").arg(verbName, sub));
            return 2;
        }
        verbName += QLatin1Char(' ') + sub;
        ++i;
    }

    QCommandLineParser &parser = m_session->parser();
    parser.setApplicationDescription(command->summary());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this verb's options."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print as JSON."));
    parser.addOption(help);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(command->usage(), QString(), command->usage());
    command->configure(parser);
    if (!parser.parse(QStringList{QStringLiteral("gontainer-cli ") + verbName} +
                      arguments.mid(i))) {
        err(parser.errorText());
        return 2;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                     QStringLiteral("Usage: gontainer-cli ") + verbName);
        out(text);
        return 0;
    }
    m_session->setVerb(verbName);
    m_session->setNodeText(nodeText);
    m_session->setIdentity(identity);
    m_session->setJson(json || parser.isSet(jsonOption));
    m_session->setArgs(parser.positionalArguments());

    QString why;
    const bool anyNode =
        !command->needsNode() || parser.optionNames().contains(QStringLiteral("all-nodes"));
    if (!anyNode && !m_session->chooseNode(&why)) {
        err(why);
        return 2;
    }
    m_session->watchInterrupts();
    CliSession *session = m_session;
    QMetaObject::invokeMethod(
        session, [command, session] { command->run(*session); }, Qt::QueuedConnection);
    return -1;
}
