#include "app/cli/cliprune.h"

#include "app/cli/cliprinter.h"
#include "app/cli/clisession.h"
#include "app/cli/clitext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

using namespace CliText;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliPrune)
};

// The user's line from the terminal, less its end.
QString readLine()
{
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.append(char(c));
    return QString::fromLocal8Bit(line).trimmed();
}

} // namespace

namespace CliPrune {

void addForce(QCommandLineParser &p)
{
    p.addOption({{QStringLiteral("f"), QStringLiteral("force")},
                 Tr::tr("Do it without asking for confirmation.")});
}

void addLabelFilter(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("filter"),
                 Tr::tr("Only what carries this label: label=KEY or label=KEY=VALUE (repeat for "
                        "more; all must match)."),
                 QStringLiteral("label=KEY[=VALUE]")});
}

bool labelFilters(CliSession &session, QStringList *labels)
{
    for (const QString &f : session.options().values(QStringLiteral("filter"))) {
        if (!f.startsWith(QLatin1String("label=")) || f.size() == 6 ||
            f.at(6) == QLatin1Char('=')) {
            session.usageError(Tr::tr("\"%1\" is not a filter this prune takes: use label=KEY or "
                                      "label=KEY=VALUE.")
                                   .arg(f));
            return false;
        }
        labels->append(f.mid(6));
    }
    return true;
}

QString onlyLabelled(const QStringList &labels)
{
    if (labels.isEmpty())
        return {};
    return QLatin1Char(' ') +
           Tr::tr("Only those labelled %1.").arg(labels.join(QStringLiteral(", ")));
}

void confirmThen(CliSession &session, const QString &what, const std::function<void()> &next)
{
    if (session.options().isSet(QStringLiteral("force"))) {
        next();
        return;
    }
    const QString separator = what.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral(" ");
    if (!::isatty(STDIN_FILENO)) {
        session.usageError(what + separator +
                           Tr::tr("There is no terminal to confirm it on: add --force to do it."));
        return;
    }
    std::fputs(qPrintable(what + separator + Tr::tr("Continue? [y/N] ")), stderr);
    std::fflush(stderr);
    const QString answer = readLine().toLower();
    // Yes in English, and in the language of the question.
    if (answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == Tr::tr("y") ||
        answer == Tr::tr("yes")) {
        next();
        return;
    }
    err(Tr::tr("Nothing was removed."));
    session.finish(1);
}

void printDeleted(const QString &heading, const PruneReport &report)
{
    if (report.deleted.isEmpty())
        return;
    out(heading);
    for (const QString &d : report.deleted)
        out(d);
    out(QString());
}

void printTotal(qint64 bytes)
{
    out(Tr::tr("Total reclaimed space: %1").arg(CliPrinter::bytes(bytes)));
}

QJsonObject json(const PruneReport &report)
{
    return {{QStringLiteral("deleted"), QJsonArray::fromStringList(report.deleted)},
            {QStringLiteral("spaceReclaimed"), report.spaceReclaimed}};
}

} // namespace CliPrune
