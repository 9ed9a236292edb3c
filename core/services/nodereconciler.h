#pragma once

#include "core/engine/containersummary.h"
#include "core/engine/engineevent.h"
#include "core/services/containerexit.h"
#include "core/services/healthtransition.h"
#include "core/services/snapshotdiff.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

// The pure part of following a node's containers: the snapshot, what events announce, and the
// lists that follow them, brought together into one diff. It opens nothing and waits for
// nothing: the node's worker feeds it events and lists and acts on what it answers (list these
// ids, ask again shortly, look at this exit). Unit-tested without an engine.
//
// Engines announce some changes before their lists show them (Docker's "die" while the list
// still says running), so the state an event announces is shown at once and a list that lags
// it is not taken back, but asked again, at most MaxRechecks times; after that the engine's
// word stands.
class NodeReconciler final
{
public:
    static constexpr int MaxRechecks = 20;

    using Diff = SnapshotDiff<ContainerSummary>;

    // What an event asks for.
    struct EventOutcome
    {
        bool list = false;      // list the container again
        bool lookLater = false; // and once more a little later (health announced early)
        Diff shown;             // the row as the event announces it, at once
        // An exit to look into: its code and whether memory killed it, as far as the event
        // tells (inspect tells more).
        std::optional<ContainerExit> exited;
    };

    // What a list of some containers asks for beyond its diff.
    struct ListOutcome
    {
        Diff diff;
        QList<HealthTransition> transitions; // health that changed, in the list's order
        QSet<QString> listAgain;             // the engine's word now stands: take the next list
        bool recheckSoon = false;            // a list contradicted an event: ask again shortly
    };

    // Whether the engine's health events come before its lists show the check's result.
    void setHealthEventBeforeResult(bool early) { m_healthEarly = early; }
    // Forgets what events announced (a new connection starts from its full list). The
    // snapshot stays: it is what the node shows until that list comes.
    void resetExpectations();

    // A container event. `burst`: events come too fast to show each one; their lists will.
    EventOutcome onEvent(const EngineEvent &event, bool burst);
    // A list of all containers (`asked` null) or of the `asked` ids. `now` stamps health
    // transitions.
    ListOutcome onList(const QList<ContainerSummary> &list, const QSet<QString> *asked,
                       const QDateTime &now);
    // The ids whose last list contradicted an event, to ask again.
    QSet<QString> recheckIds() const;

    const QHash<QString, ContainerSummary> &snapshot() const { return m_snapshot; }

private:
    struct Expectation
    {
        bool running = false;
        bool paused = false;
        bool gone = false;
        int rechecks = 0;
    };
    static std::optional<Expectation> expectationOf(EngineEvent::Action action);
    static bool holds(const Expectation &e, const ContainerSummary &c);
    Diff show(const EngineEvent &event, bool burst);
    void checkExpected(const QList<ContainerSummary> &listed, ListOutcome *outcome);

    QHash<QString, ContainerSummary> m_snapshot;
    QHash<QString, Expectation> m_expected; // by container id, until a list agrees
    QSet<QString> m_oomKilled;              // an OOM came before the exit
    QSet<QString> m_signalled;              // a signal came before the exit
    bool m_healthEarly = false;
};
