#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <optional>

class ExecChannel;
class NodeService;
class QLabel;
class QLineEdit;
class QPushButton;
class TerminalView;
struct EngineError;

// A console in a running container: a command (a shell unless told otherwise) with a terminal,
// over the engine's own connection. "Open in Terminal" runs the same in the user's terminal
// emulator with the engine's client, aimed at the same node.
class ExecConsole final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecConsole)

public:
    ExecConsole(NodeService *node, const QString &containerId, const QString &name,
                QWidget *parent = nullptr);
    ~ExecConsole() override;

    // Runs the command in the field (again).
    void run();
    bool isRunning() const;
    TerminalView *terminal() const { return m_terminal; }
    QString statusText() const;
    QLineEdit *commandField() const { return m_command; }
    // The command line handed to the terminal emulator last; empty when none could be.
    QStringList openInTerminal();

    // What a shell is started with when the field is empty: bash where there is one.
    static QStringList defaultShell();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void onFinished(int exitCode, const EngineError &error);
    // The field's command line read into arguments (the default shell when empty); nullopt,
    // with the status saying why, when it cannot be read.
    std::optional<QStringList> command() const;

    QPointer<NodeService> m_node;
    QString m_id;
    QString m_name;
    ExecChannel *m_channel = nullptr;
    TerminalView *m_terminal = nullptr;
    QLineEdit *m_command = nullptr;
    QLabel *m_commandLabel = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_terminalButton = nullptr;
    QLabel *m_status = nullptr;
    bool m_ranBefore = false;
};
