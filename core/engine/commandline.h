#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// Command lines as people type them (a container's command, an entrypoint, an exec), read into
// arguments the way a POSIX shell reads its words, and arguments written back so that reading
// them again gives the same list. Nothing is expanded: no variables, globs, ~ or commands;
// ; | & < > stay ordinary characters (run `sh -c '…'` for a pipeline).
namespace CommandLine {

// Splits `line` into words at unquoted blanks (space, tab, newline; a carriage return too).
// 'Single quotes' keep everything up to the next ' as it is; in "double quotes" a backslash
// escapes only $ ` " \ and a newline, and is kept before anything else; outside quotes a
// backslash keeps the next character as it is. A backslash before a newline joins the lines.
// '' and "" make an empty argument. nullopt when a quote is not closed, with `error` saying
// where it opened (counted in characters from 1).
std::optional<QStringList> split(const QString &line, QString *error);

// The arguments as a line that split() reads back to the same list: plain words as they are,
// anything else in single quotes (a ' inside as '\'').
QString join(const QStringList &args);
// One argument, quoted as join() does.
QString quote(const QString &arg);

} // namespace CommandLine
