#include "core/services/nodereconciler.h"

using Action = EngineEvent::Action;
using State = ContainerSummary::State;

void NodeReconciler::resetExpectations()
{
    m_expected.clear();
}

// What the last state-changing event of a container says its state must now be; none for
// events that leave the state as the list says (kill, rename, update...).
std::optional<NodeReconciler::Expectation> NodeReconciler::expectationOf(Action action)
{
    Expectation e;
    switch (action) {
    case Action::Died:
    case Action::Stopped:
        e.running = false;
        return e;
    case Action::Started:
    case Action::Unpaused:
        e.running = true;
        return e;
    case Action::Paused:
        e.paused = true;
        return e;
    case Action::Destroyed:
        e.gone = true;
        return e;
    default:
        return std::nullopt;
    }
}

bool NodeReconciler::holds(const Expectation &e, const ContainerSummary &c)
{
    if (e.gone)
        return false;
    if (e.paused)
        return c.state == State::Paused;
    if (e.running)
        // It may have exited again already; a later event says so.
        return c.state != State::Created && c.state != State::Paused;
    return c.state != State::Running && c.state != State::Paused;
}

NodeReconciler::EventOutcome NodeReconciler::onEvent(const EngineEvent &event, bool burst)
{
    EventOutcome outcome;
    if (event.id.isEmpty() || event.what == Action::Transient || event.what == Action::Committed)
        return outcome;
    if (event.what == Action::Signalled) {
        // The state stays what it was until an exit says otherwise.
        m_signalled.insert(event.id);
        return outcome;
    }
    if (event.what == Action::Destroyed)
        m_signalled.remove(event.id);
    if (event.what == Action::Oom) {
        m_oomKilled.insert(event.id);
    } else if (event.what == Action::Died) {
        ContainerExit exit;
        exit.containerId = event.id;
        exit.containerName = event.name;
        // containerd's exits do not carry the name: the row has it.
        const auto row = m_snapshot.constFind(event.id);
        if (exit.containerName.isEmpty() && row != m_snapshot.cend())
            exit.containerName = row->name;
        exit.time = QDateTime::fromMSecsSinceEpoch(event.timeNano / 1000000);
        exit.exitCode = qMax(0, event.exitCode);
        exit.oomKilled = m_oomKilled.remove(event.id);
        exit.signalled = m_signalled.remove(event.id);
        const QString task = QStringLiteral("com.docker.swarm.task.id");
        exit.swarmTask = event.attributes.contains(task) ||
                         (row != m_snapshot.cend() && row->labels.contains(task));
        outcome.exited = exit;
    }
    if (const auto expectation = expectationOf(event.what))
        m_expected.insert(event.id, *expectation);
    outcome.lookLater = m_healthEarly && event.what == Action::HealthChanged;
    outcome.shown = show(event, burst);
    outcome.list = true;
    return outcome;
}

// The state an event announces, shown at once without waiting for the list that follows it
// (which fills in the status, health and ports); a burst of events waits for its lists.
NodeReconciler::Diff NodeReconciler::show(const EngineEvent &event, bool burst)
{
    const auto expected = m_expected.constFind(event.id);
    const auto it = m_snapshot.find(event.id);
    if (burst || expected == m_expected.cend() || expected->gone || it == m_snapshot.end())
        return {};
    // Only an exit tells the exit code (Podman's stop and cleanup say 0 whatever it was): an
    // exit is shown from it, or from the list.
    const bool died = event.what == Action::Died;
    if (!expected->running && !expected->paused && !died)
        return {};
    const State state = expected->paused    ? State::Paused
                        : expected->running ? State::Running
                                            : State::Exited;
    // A restart is an exit then a start: the row goes back to running at once too.
    if (it->state == state)
        return {};
    ContainerSummary c = *it;
    c.state = state;
    // The engine's own words wait for the list; the health too, so that its transition is
    // recorded (onList()).
    c.status.clear();
    const bool begins = died || event.what == Action::Started;
    if (begins && event.timeNano > 0)
        c.since = QDateTime::fromMSecsSinceEpoch(event.timeNano / 1000000, Qt::UTC);
    if (died)
        c.exitCode = event.exitCode;
    else if (event.what == Action::Started)
        c.exitCode = -1;
    *it = c;
    Diff diff;
    diff.changed.append(c);
    return diff;
}

NodeReconciler::ListOutcome NodeReconciler::onList(const QList<ContainerSummary> &list,
                                                   const QSet<QString> *asked, const QDateTime &now)
{
    ListOutcome outcome;
    outcome.diff = applyToSnapshot(
        m_snapshot, list, [](const ContainerSummary &c) { return c.id; }, asked,
        [this, &outcome, &now](const ContainerSummary &before, const ContainerSummary &after) {
            // A list that lags an event the row already shows is not taken back; it is asked
            // again shortly (checkExpected()).
            const auto expected = m_expected.constFind(after.id);
            if (expected != m_expected.cend() && !holds(*expected, after) &&
                holds(*expected, before))
                return false;
            if (before.health != after.health)
                outcome.transitions.append(
                    {after.id, after.name, now, before.health, after.health, 0, {}});
            return true;
        });
    if (asked)
        checkExpected(list, &outcome);
    return outcome;
}

// A list that contradicts the last event is asked again shortly, a few times, rather than left
// stale until the next event.
void NodeReconciler::checkExpected(const QList<ContainerSummary> &listed, ListOutcome *outcome)
{
    QSet<QString> seen;
    for (const ContainerSummary &c : listed) {
        seen.insert(c.id);
        const auto it = m_expected.find(c.id);
        if (it == m_expected.end())
            continue;
        if (holds(*it, c)) {
            m_expected.erase(it);
            continue;
        }
        if (++it->rechecks > MaxRechecks) {
            // The engine keeps saying otherwise: it is right. The next list is taken as it is.
            m_expected.erase(it);
            outcome->listAgain.insert(c.id);
            continue;
        }
        outcome->recheckSoon = true;
    }
    // Containers no longer listed are gone, as a removal expects; anything else about them is
    // moot.
    for (auto it = m_expected.begin(); it != m_expected.end();) {
        if (!seen.contains(it.key()) && !m_snapshot.contains(it.key()))
            it = m_expected.erase(it);
        else
            ++it;
    }
}

QSet<QString> NodeReconciler::recheckIds() const
{
    QSet<QString> ids;
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
        if (it->rechecks > 0)
            ids.insert(it.key());
    }
    return ids;
}
