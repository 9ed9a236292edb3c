#pragma once

#include <QString>
#include <QtGlobal>

class CliSession;
class QCommandLineParser;

// One verb of gontainer-cli, as KeePassXC's CLI has them: its name, a line for the help, its
// positional arguments, its options and what it does. Commands hold no state of their own;
// what one run needs (the node, the engine, the parsed arguments) lives in the CliSession.
class Command
{
    Q_DISABLE_COPY_MOVE(Command)

public:
    virtual ~Command();

    QString name() const { return m_name; }
    QString summary() const { return m_summary; }
    // The positional arguments, as the help shows them.
    QString usage() const { return m_usage; }
    // False: the command does not talk to one engine, so none is chosen before it runs.
    bool needsNode() const { return m_needsNode; }

    // Adds the command's own options (--help and --json are there already).
    virtual void configure(QCommandLineParser &parser) const;
    // Starts the command; it ends the run with session.finish() (or failWith, usageError).
    virtual void run(CliSession &session) const = 0;

protected:
    Command(const QString &name, const QString &summary, const QString &usage = {},
            bool needsNode = true);

private:
    QString m_name;
    QString m_summary;
    QString m_usage;
    bool m_needsNode = true;
};
