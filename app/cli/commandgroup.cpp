#include "app/cli/commandgroup.h"

#include "app/cli/clisession.h"

#include <algorithm>

CommandGroup::CommandGroup(const QString &name, const QString &summary)
    : Command(name, summary, QStringLiteral("VERB"))
{}

CommandGroup &CommandGroup::add(std::unique_ptr<const Command> verb)
{
    m_verbs.push_back(std::move(verb));
    return *this;
}

const Command *CommandGroup::find(const QString &name) const
{
    const auto it = std::find_if(m_verbs.cbegin(), m_verbs.cend(),
                                 [&name](const auto &c) { return c->name() == name; });
    return it == m_verbs.cend() ? nullptr : it->get();
}

QString CommandGroup::helpText() const
{
    QString text = tr("Usage: gontainer-cli %1 VERB [OPTIONS] [ARGUMENTS]").arg(name()) +
                   QStringLiteral("\n\n") + summary() + QStringLiteral("\n\n") + tr("Verbs:") +
                   QLatin1Char('\n');
    qsizetype width = 0;
    for (const auto &verb : m_verbs)
        width = std::max(width, verb->name().size());
    for (const auto &verb : m_verbs)
        text += QStringLiteral("  ") + verb->name().leftJustified(width + 2) + verb->summary() +
                QLatin1Char('\n');
    text +=
        QLatin1Char('\n') + tr("gontainer-cli %1 VERB --help shows a verb's options.").arg(name());
    return text;
}

void CommandGroup::run(CliSession &session) const
{
    session.usageError(helpText());
}
