#include "core/config/terminalcommand.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace TerminalCommand {

QStringList execCommand(const EngineInfo &engine, const QString &containerId,
                        const QStringList &command)
{
    if (engine.clientCommand.isEmpty())
        return {};
    return engine.clientCommand +
           QStringList{QStringLiteral("exec"), QStringLiteral("-it"), containerId} + command;
}

QStringList terminalFor(const QStringList &command)
{
    // How each terminal takes a command with its arguments.
    struct Known
    {
        const char *program;
        QStringList before;
    };
    const Known known[] = {
        {"x-terminal-emulator", {QStringLiteral("-e")}},
        {"gnome-terminal", {QStringLiteral("--")}},
        {"konsole", {QStringLiteral("-e")}},
        {"xfce4-terminal", {QStringLiteral("-x")}},
        {"kitty", {}},
        {"alacritty", {QStringLiteral("-e")}},
        {"foot", {}},
        {"tilix", {QStringLiteral("-e")}},
        {"xterm", {QStringLiteral("-e")}},
    };
    const QString chosen = qEnvironmentVariable("TERMINAL");
    if (!chosen.isEmpty()) {
        const QString path = QStandardPaths::findExecutable(chosen);
        if (!path.isEmpty()) {
            const QString base = QFileInfo(chosen).fileName();
            QStringList before{QStringLiteral("-e")};
            for (const Known &k : known) {
                if (base == QLatin1String(k.program))
                    before = k.before;
            }
            return QStringList{path} + before + command;
        }
    }
    for (const Known &k : known) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(k.program));
        if (!path.isEmpty())
            return QStringList{path} + k.before + command;
    }
    return {};
}

} // namespace TerminalCommand
