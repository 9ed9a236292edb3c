#include "ui/views/execconsole.h"

#include "core/config/terminalcommand.h"
#include "core/engine/commandline.h"
#include "core/engine/execsession.h"
#include "core/services/execchannel.h"
#include "core/services/nodeservice.h"
#include "ui/widgets/terminalview.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

ExecConsole::ExecConsole(NodeService *node, const QString &containerId, const QString &name,
                         QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_node(node)
    , m_id(containerId)
    , m_name(name)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("execConsole"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_commandLabel = new QLabel(this);
    bar->addWidget(m_commandLabel);
    m_command = new QLineEdit(this);
    m_command->setObjectName(QStringLiteral("execCommand"));
    m_commandLabel->setBuddy(m_command);
    connect(m_command, &QLineEdit::returnPressed, this, &ExecConsole::run);
    bar->addWidget(m_command, 1);
    m_runButton = new QPushButton(this);
    m_runButton->setObjectName(QStringLiteral("execRun"));
    connect(m_runButton, &QPushButton::clicked, this, &ExecConsole::run);
    bar->addWidget(m_runButton);
    m_terminalButton = new QPushButton(this);
    m_terminalButton->setObjectName(QStringLiteral("execOpenTerminal"));
    connect(m_terminalButton, &QPushButton::clicked, this, [this] { openInTerminal(); });
    bar->addWidget(m_terminalButton);
    layout->addLayout(bar);
    m_terminal = new TerminalView(this);
    m_terminal->setObjectName(QStringLiteral("execTerminal"));
    layout->addWidget(m_terminal, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("execStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    connect(m_terminal, &TerminalView::titleChanged, this, [this](const QString &title) {
        setWindowTitle(title.isEmpty() ? tr("Console in %1").arg(m_name)
                                       : tr("%1 — console in %2").arg(title, m_name));
    });
    resize(900, 560);
    retranslateUi();
    run();
    m_terminal->setFocus();
}

ExecConsole::~ExecConsole() = default;

QStringList ExecConsole::defaultShell()
{
    return {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
            QStringLiteral("if command -v bash >/dev/null 2>&1; then exec bash; else exec sh; fi")};
}

std::optional<QStringList> ExecConsole::command() const
{
    const QString text = m_command->text().trimmed();
    if (text.isEmpty())
        return defaultShell();
    QString error;
    const std::optional<QStringList> words = CommandLine::split(text, &error);
    if (!words) // nothing runs: the field's words are not what the user meant
        m_status->setText(tr("The command cannot be read: %1").arg(error));
    return words;
}

bool ExecConsole::isRunning() const
{
    return m_channel && m_channel->isRunning();
}

QString ExecConsole::statusText() const
{
    return m_status->text();
}

void ExecConsole::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ExecConsole::closeEvent(QCloseEvent *event)
{
    // Closing drops the connection; the shell in the container ends with it.
    delete m_channel;
    m_channel = nullptr;
    QWidget::closeEvent(event);
}

void ExecConsole::retranslateUi()
{
    setWindowTitle(tr("Console in %1").arg(m_name));
    m_commandLabel->setText(tr("&Command:"));
    m_command->setPlaceholderText(tr("A shell (bash where there is one, else sh)"));
    m_runButton->setText(isRunning() ? tr("&Restart") : tr("&Run"));
    m_runButton->setToolTip(tr("Run the command in the container, in this console"));
    m_terminalButton->setText(tr("Open in &Terminal"));
    m_terminalButton->setToolTip(
        tr("Run the same in your terminal emulator, with the engine's own client"));
}

void ExecConsole::run()
{
    // A command that cannot be read leaves what runs running.
    const std::optional<QStringList> argv = command();
    if (!argv)
        return;
    delete m_channel;
    m_channel = nullptr;
    if (!m_node) {
        m_status->setText(tr("The node is gone; close this console."));
        return;
    }
    m_terminal->setReadOnly(false);
    // A run after another starts on a fresh line, in the default colours.
    if (std::exchange(m_ranBefore, true))
        m_terminal->feed("\x1b[0m\r\n");
    m_channel = new ExecChannel(m_node, this);
    connect(m_channel, &ExecChannel::output, m_terminal,
            [this](const QByteArray &bytes) { m_terminal->feed(bytes); });
    connect(m_channel, &ExecChannel::started, this, [this] {
        m_status->setText(tr("Running in %1 on %2. Closing this window ends it.")
                              .arg(m_name, m_node ? m_node->name() : QString()));
    });
    connect(m_channel, &ExecChannel::finished, this, &ExecConsole::onFinished);
    connect(m_terminal, &TerminalView::input, m_channel, &ExecChannel::write, Qt::UniqueConnection);
    connect(m_terminal, &TerminalView::sizeChanged, m_channel, &ExecChannel::resize,
            Qt::UniqueConnection);
    ExecOptions options;
    options.command = *argv;
    options.tty = true;
    options.interactive = true;
    options.env = {QStringLiteral("TERM=xterm-256color")};
    options.rows = m_terminal->terminalRows();
    options.columns = m_terminal->terminalColumns();
    m_status->setText(tr("Starting %1…").arg(CommandLine::join(options.command)));
    m_channel->start(m_id, options);
    m_runButton->setText(tr("&Restart"));
}

void ExecConsole::onFinished(int exitCode, const EngineError &error)
{
    m_terminal->setReadOnly(true);
    m_runButton->setText(tr("&Run"));
    if (error.isError())
        m_status->setText(tr("The command could not run: %1").arg(error.userText()));
    else
        m_status->setText(
            tr("The command exited with code %1. Run starts it again.").arg(exitCode));
}

QStringList ExecConsole::openInTerminal()
{
    if (!m_node)
        return {};
    const std::optional<QStringList> command = this->command();
    if (!command)
        return {};
    const QStringList exec = TerminalCommand::execCommand(m_node->engineInfo(), m_id, *command);
    if (exec.isEmpty()) {
        m_status->setText(tr("This node cannot be reached with the engine's own client from a "
                             "terminal (Podman has no TLS connections)."));
        return {};
    }
    const QStringList argv = TerminalCommand::terminalFor(exec);
    if (argv.isEmpty()) {
        m_status->setText(tr("No terminal emulator was found. Set TERMINAL to yours, or run: %1")
                              .arg(CommandLine::join(exec)));
        return {};
    }
    if (!QProcess::startDetached(argv.first(), argv.mid(1))) {
        m_status->setText(tr("%1 could not be started.").arg(argv.first()));
        return {};
    }
    m_status->setText(tr("Opened %1 with: %2").arg(argv.first(), CommandLine::join(exec)));
    return argv;
}
