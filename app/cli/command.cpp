#include "app/cli/command.h"

Command::Command(const QString &name, const QString &summary, const QString &usage, bool needsNode)
    : m_name(name)
    , m_summary(summary)
    , m_usage(usage)
    , m_needsNode(needsNode)
{}

Command::~Command() = default;

void Command::configure(QCommandLineParser &) const {}
