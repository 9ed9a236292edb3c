#include "core/engine/containersummary.h"

#include <QStringList>

#include <algorithm>

ContainerSummary::State ContainerSummary::stateFromString(const QString &state)
{
    const QString s = state.toLower();
    if (s == QLatin1String("running"))
        return State::Running;
    if (s == QLatin1String("created") || s == QLatin1String("configured") ||
        s == QLatin1String("initialized"))
        return State::Created;
    if (s == QLatin1String("paused"))
        return State::Paused;
    if (s == QLatin1String("restarting"))
        return State::Restarting;
    if (s == QLatin1String("removing"))
        return State::Removing;
    if (s == QLatin1String("exited") || s == QLatin1String("stopped"))
        return State::Exited;
    if (s == QLatin1String("dead"))
        return State::Dead;
    return State::Unknown;
}

QString ContainerSummary::portsText() const
{
    QList<PortMapping> sorted = ports;
    std::sort(sorted.begin(), sorted.end(), [](const PortMapping &a, const PortMapping &b) {
        return std::tie(a.privatePort, a.protocol, a.publicPort, a.ip) <
               std::tie(b.privatePort, b.protocol, b.publicPort, b.ip);
    });
    QStringList parts;
    for (const PortMapping &p : sorted) {
        const QString target = QString::number(p.privatePort) + QLatin1Char('/') +
                               (p.protocol.isEmpty() ? QStringLiteral("tcp") : p.protocol);
        if (p.publicPort > 0) {
            const QString ip = p.ip.isEmpty() ? QStringLiteral("0.0.0.0") : p.ip;
            const QString host =
                ip.contains(QLatin1Char(':')) ? QLatin1Char('[') + ip + QLatin1Char(']') : ip;
            parts << host + QLatin1Char(':') + QString::number(p.publicPort) +
                         QStringLiteral("->") + target;
        } else {
            parts << target;
        }
    }
    parts.removeDuplicates();
    return parts.join(QStringLiteral(", "));
}

QString ContainerSummary::makeSearchText() const
{
    QString text = name + QChar(0x1f) + image;
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        text += QChar(0x1f) + it.key() + QLatin1Char('=') + it.value();
    return text.toLower();
}

QList<ContainerSummary> ContainerSummary::withSearchText(QList<ContainerSummary> list)
{
    for (ContainerSummary &c : list)
        c.searchText = c.makeSearchText();
    return list;
}
