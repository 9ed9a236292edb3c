#include "core/services/problemwatcher.h"

#include "core/config/appsettings.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"

namespace {
QString keyOf(const QString &nodeId, const QString &containerId)
{
    return nodeId + QChar(0x1f) + containerId;
}
} // namespace

ProblemWatcher::ProblemWatcher(NodeManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    connect(manager, &NodeManager::nodeAdded, this, &ProblemWatcher::watch);
    // A node being removed goes quiet first: its going away is no problem.
    connect(manager, &NodeManager::nodeAboutToBeRemoved, this, [this](NodeService *node) {
        node->disconnect(this);
        m_wasUp.remove(node->id());
    });
    for (NodeService *node : manager->nodes())
        watch(node);
}

ProblemWatcher::~ProblemWatcher() = default;

bool ProblemWatcher::notifiesFor(const QString &nodeId)
{
    return !AppSettings::silencedNodes().contains(nodeId);
}

void ProblemWatcher::setNotifiesFor(const QString &nodeId, bool notify)
{
    QStringList silenced = AppSettings::silencedNodes();
    silenced.removeAll(nodeId);
    if (!notify)
        silenced.append(nodeId);
    AppSettings::setSilencedNodes(silenced);
}

namespace {
AppSettings::Key keyOf(ProblemWatcher::Kind kind)
{
    switch (kind) {
    case ProblemWatcher::Kind::UnexpectedExit:
        return AppSettings::Key::NotifyExits;
    case ProblemWatcher::Kind::NodeOffline:
        return AppSettings::Key::NotifyNodeOffline;
    case ProblemWatcher::Kind::Unhealthy:
        break;
    }
    return AppSettings::Key::NotifyUnhealthy;
}
} // namespace

bool ProblemWatcher::notifiesOf(Kind kind)
{
    return AppSettings::value(keyOf(kind)).toBool();
}

void ProblemWatcher::setNotifiesOf(Kind kind, bool notify)
{
    AppSettings::setValue(keyOf(kind), notify);
}

void ProblemWatcher::expectExit(const QString &nodeId, const QString &containerId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_expected.begin(); it != m_expected.end();) {
        if (it.value() < now)
            it = m_expected.erase(it);
        else
            ++it;
    }
    m_expected.insert(keyOf(nodeId, containerId), now.addSecs(ExpectedExitSecs));
}

void ProblemWatcher::watch(NodeService *node)
{
    const QString nodeId = node->id();
    const QPointer<NodeService> guard(node);
    connect(node, &NodeService::healthTransitions, this,
            [this, nodeId, guard](const QList<HealthTransition> &transitions) {
                if (!guard || !notifiesFor(nodeId) || !notifiesOf(Kind::Unhealthy))
                    return;
                for (const HealthTransition &t : transitions) {
                    if (t.to != ContainerSummary::Health::Unhealthy)
                        continue;
                    QString text = tr("On %1, its health check failed %n time(s) in a row.",
                                      nullptr, t.failingStreak)
                                       .arg(guard->name());
                    if (!t.output.trimmed().isEmpty())
                        text += QLatin1Char(' ') + tr("The check said: %1").arg(t.output.trimmed());
                    Q_EMIT problem(nodeId, t.containerId,
                                   tr("%1 is unhealthy").arg(t.containerName), text);
                }
            });
    connect(node, &NodeService::containersExited, this,
            [this, nodeId, guard](const QList<ContainerExit> &exits) {
                if (!guard || !notifiesFor(nodeId) || !notifiesOf(Kind::UnexpectedExit))
                    return;
                const QDateTime now = QDateTime::currentDateTimeUtc();
                for (const ContainerExit &e : exits) {
                    const auto expected = m_expected.constFind(keyOf(nodeId, e.containerId));
                    if (expected != m_expected.cend() && expected.value() >= now)
                        continue;
                    // The swarm stopping a task of its own (a service scaled down, updated,
                    // drained or removed); one that fails by itself still counts.
                    if (e.signalled && e.swarmTask && !e.oomKilled)
                        continue;
                    const QString text =
                        e.oomKilled
                            ? tr("On %1, the kernel killed it for lack of memory. Give it a "
                                 "higher memory limit, or find what grows.")
                                  .arg(guard->name())
                            : tr("On %1, it exited with code %2. Its logs may say why.")
                                  .arg(guard->name())
                                  .arg(e.exitCode);
                    Q_EMIT problem(nodeId, e.containerId,
                                   tr("%1 stopped unexpectedly").arg(e.containerName), text);
                }
            });
    // A node that was up and can no longer be reached; not one that was never reached (the
    // window says so where it is listed).
    m_wasUp.insert(nodeId, node->state() == NodeService::State::Online ||
                               node->state() == NodeService::State::Degraded);
    connect(node, &NodeService::stateChanged, this,
            [this, nodeId, guard](NodeService::State state) {
                if (!guard)
                    return;
                const bool up =
                    state == NodeService::State::Online || state == NodeService::State::Degraded;
                const bool wasUp = m_wasUp.value(nodeId);
                if (state != NodeService::State::Connecting)
                    m_wasUp.insert(nodeId, up);
                if (state != NodeService::State::Offline || !wasUp || !notifiesFor(nodeId) ||
                    !notifiesOf(Kind::NodeOffline))
                    return;
                Q_EMIT problem(nodeId, QString(), tr("%1 is offline").arg(guard->name()),
                               tr("Gontainer cannot reach it and keeps trying; its containers "
                                  "show as they last were."));
            });
}
