#pragma once

#include <QObject>
#include <QStringList>

class CliSession;

// gontainer-cli's front: reads the global options (--node, --identity, --json), finds the
// command in the CommandRegistry, parses its options and starts it on a CliSession. Output goes
// to stdout (tables, or JSON with --json), errors to stderr in the engine's words; the exit code
// is 0 on success, 1 when the engine refused or failed, 2 for a bad command line, 130 on Ctrl+C.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    explicit CliRunner(QObject *parent = nullptr);
    ~CliRunner() override;

    // Parses the arguments (without the program name) and starts the command. Returns an exit
    // code when it is already known (help, a bad command line), or -1 when the command runs on
    // the event loop and will end it with QCoreApplication::exit().
    int start(const QStringList &arguments);

private:
    QString generalHelp() const;

    CliSession *m_session = nullptr;
};
