#include "core/services/nodereconciler.h"

#include <QTest>

// The reconciler alone: events and lists brought into one diff, with no engine.
class TestNodeReconciler : public QObject
{
    Q_OBJECT

private slots:
    void fullListAddsChangesAndRemoves();
    void partialListAnswersOnlyForAskedIds();
    void eventShowsTheAnnouncedStateAtOnce();
    void burstWaitsForTheList();
    void laggingListIsNotTakenBack_data();
    void laggingListIsNotTakenBack();
    void engineWordStandsAfterMaxRechecks();
    void removalMakesExpectationsMoot();
    void healthTransitionsInListOrder();
    void healthHeldBackWithALaggingState();
    void exitsCarryTheirCodeAndOom();
    void exitsSaySignalledAndSwarmTask();
    void transientEventsAskForNothing();
    void healthEventsLookAgainWhereTheyComeEarly();
    void restartBurstEndsRunning();

private:
    using State = ContainerSummary::State;
    using Health = ContainerSummary::Health;
    using Action = EngineEvent::Action;
    static ContainerSummary container(const QString &id, State state, Health health = Health::None);
    static EngineEvent event(const QString &id, Action what, int exitCode = -1);
    static QDateTime now() { return QDateTime(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC); }
};

ContainerSummary TestNodeReconciler::container(const QString &id, State state, Health health)
{
    ContainerSummary c;
    c.id = id;
    c.name = id + QStringLiteral("-name");
    c.state = state;
    c.health = health;
    c.status = QStringLiteral("as the engine says");
    return c;
}

EngineEvent TestNodeReconciler::event(const QString &id, Action what, int exitCode)
{
    EngineEvent e;
    e.object = EngineEvent::Object::Container;
    e.what = what;
    e.id = id;
    e.name = id + QStringLiteral("-name");
    e.timeNano = now().toMSecsSinceEpoch() * 1000000;
    e.exitCode = exitCode;
    return e;
}

void TestNodeReconciler::fullListAddsChangesAndRemoves()
{
    NodeReconciler r;
    auto first = r.onList({container(QStringLiteral("a"), State::Running),
                           container(QStringLiteral("b"), State::Exited)},
                          nullptr, now());
    QCOMPARE(first.diff.added.size(), 2);
    QVERIFY(first.diff.changed.isEmpty());
    QVERIFY(first.diff.removed.isEmpty());

    auto second = r.onList({container(QStringLiteral("a"), State::Paused),
                            container(QStringLiteral("c"), State::Created)},
                           nullptr, now());
    QCOMPARE(second.diff.added.size(), 1);
    QCOMPARE(second.diff.added.first().id, QStringLiteral("c"));
    QCOMPARE(second.diff.changed.size(), 1);
    QCOMPARE(second.diff.changed.first().state, State::Paused);
    QCOMPARE(second.diff.removed, QStringList{QStringLiteral("b")});
    QCOMPARE(r.snapshot().size(), 2);

    // The same list again changes nothing.
    QVERIFY(r.onList({container(QStringLiteral("a"), State::Paused),
                      container(QStringLiteral("c"), State::Created)},
                     nullptr, now())
                .diff.isEmpty());
}

void TestNodeReconciler::partialListAnswersOnlyForAskedIds()
{
    NodeReconciler r;
    r.onList({container(QStringLiteral("a"), State::Running),
              container(QStringLiteral("b"), State::Running)},
             nullptr, now());
    // Asked for a and b; only a answers: b is gone, nothing else is touched.
    const QSet<QString> asked = {QStringLiteral("a"), QStringLiteral("b")};
    auto outcome = r.onList({container(QStringLiteral("a"), State::Exited)}, &asked, now());
    QCOMPARE(outcome.diff.changed.size(), 1);
    QCOMPARE(outcome.diff.removed, QStringList{QStringLiteral("b")});
    // An id not asked for and not answered stays.
    r.onList({container(QStringLiteral("a"), State::Exited),
              container(QStringLiteral("z"), State::Running)},
             nullptr, now());
    const QSet<QString> onlyA = {QStringLiteral("a")};
    outcome = r.onList({}, &onlyA, now());
    QCOMPARE(outcome.diff.removed, QStringList{QStringLiteral("a")});
    QVERIFY(r.snapshot().contains(QStringLiteral("z")));
}

void TestNodeReconciler::eventShowsTheAnnouncedStateAtOnce()
{
    NodeReconciler r;
    r.onList({container(QStringLiteral("a"), State::Running)}, nullptr, now());

    auto died = r.onEvent(event(QStringLiteral("a"), Action::Died, 137), false);
    QVERIFY(died.list);
    QCOMPARE(died.shown.changed.size(), 1);
    const ContainerSummary shown = died.shown.changed.first();
    QCOMPARE(shown.state, State::Exited);
    QCOMPARE(shown.exitCode, 137);
    QVERIFY(shown.status.isEmpty()); // the engine's words wait for the list
    QCOMPARE(shown.since, now());

    auto started = r.onEvent(event(QStringLiteral("a"), Action::Started), false);
    QCOMPARE(started.shown.changed.size(), 1);
    QCOMPARE(started.shown.changed.first().state, State::Running);
    QCOMPARE(started.shown.changed.first().exitCode, -1);

    auto paused = r.onEvent(event(QStringLiteral("a"), Action::Paused), false);
    QCOMPARE(paused.shown.changed.first().state, State::Paused);

    // A stop without an exit code waits for the list (Podman's stop says 0 whatever it was).
    r.onEvent(event(QStringLiteral("a"), Action::Unpaused), false);
    QVERIFY(r.onEvent(event(QStringLiteral("a"), Action::Stopped), false).shown.isEmpty());

    // A container the node has not listed yet waits for its list.
    QVERIFY(r.onEvent(event(QStringLiteral("new"), Action::Started), false).shown.isEmpty());
}

void TestNodeReconciler::burstWaitsForTheList()
{
    NodeReconciler r;
    r.onList({container(QStringLiteral("a"), State::Running)}, nullptr, now());
    auto outcome = r.onEvent(event(QStringLiteral("a"), Action::Died, 1), true);
    QVERIFY(outcome.list);
    QVERIFY(outcome.shown.isEmpty());
}

void TestNodeReconciler::laggingListIsNotTakenBack_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("announced");
    QTest::addColumn<int>("lagging");
    QTest::newRow("die, list still running")
        << int(Action::Died) << int(State::Exited) << int(State::Running);
    // (A list saying exited after a start is taken: it may have exited again already.)
    QTest::newRow("start, list still created")
        << int(Action::Started) << int(State::Running) << int(State::Created);
    QTest::newRow("pause, list still running")
        << int(Action::Paused) << int(State::Paused) << int(State::Running);
}

void TestNodeReconciler::laggingListIsNotTakenBack()
{
    QFETCH(int, action);
    QFETCH(int, announced);
    QFETCH(int, lagging);
    NodeReconciler r;
    const State before = State(lagging);
    r.onList({container(QStringLiteral("a"), before)}, nullptr, now());
    r.onEvent(event(QStringLiteral("a"), Action(action), 0), false);
    QCOMPARE(r.snapshot().value(QStringLiteral("a")).state, State(announced));

    const QSet<QString> asked = {QStringLiteral("a")};
    auto outcome = r.onList({container(QStringLiteral("a"), before)}, &asked, now());
    QVERIFY(outcome.diff.isEmpty());
    QVERIFY(outcome.recheckSoon);
    QCOMPARE(r.recheckIds(), asked);
    QCOMPARE(r.snapshot().value(QStringLiteral("a")).state, State(announced));

    // The list catches up: taken, and nothing more to check.
    ContainerSummary caughtUp = container(QStringLiteral("a"), State(announced));
    outcome = r.onList({caughtUp}, &asked, now());
    QCOMPARE(outcome.diff.changed.size(), 1);
    QVERIFY(!outcome.recheckSoon);
    QVERIFY(r.recheckIds().isEmpty());
}

void TestNodeReconciler::engineWordStandsAfterMaxRechecks()
{
    NodeReconciler r;
    r.onList({container(QStringLiteral("a"), State::Running)}, nullptr, now());
    r.onEvent(event(QStringLiteral("a"), Action::Died, 0), false);
    const QSet<QString> asked = {QStringLiteral("a")};
    for (int i = 0; i < NodeReconciler::MaxRechecks; ++i) {
        auto outcome = r.onList({container(QStringLiteral("a"), State::Running)}, &asked, now());
        QVERIFY(outcome.recheckSoon);
        QVERIFY(outcome.diff.isEmpty());
    }
    auto last = r.onList({container(QStringLiteral("a"), State::Running)}, &asked, now());
    QVERIFY(!last.recheckSoon);
    QCOMPARE(last.listAgain, asked);
    // The next list is taken as it is.
    auto taken = r.onList({container(QStringLiteral("a"), State::Running)}, &asked, now());
    QCOMPARE(taken.diff.changed.size(), 1);
    QCOMPARE(r.snapshot().value(QStringLiteral("a")).state, State::Running);
}

void TestNodeReconciler::removalMakesExpectationsMoot()
{
    NodeReconciler r;
    r.onList({container(QStringLiteral("a"), State::Running)}, nullptr, now());
    r.onEvent(event(QStringLiteral("a"), Action::Destroyed), false);
    const QSet<QString> asked = {QStringLiteral("a")};
    auto outcome = r.onList({}, &asked, now());
    QCOMPARE(outcome.diff.removed, QStringList{QStringLiteral("a")});
    QVERIFY(!outcome.recheckSoon);
    QVERIFY(r.recheckIds().isEmpty());

    // A full list after a reconnect starts clean.
    r.onList({container(QStringLiteral("b"), State::Running)}, nullptr, now());
    r.onEvent(event(QStringLiteral("b"), Action::Died, 0), false);
    r.resetExpectations();
    auto fresh = r.onList({container(QStringLiteral("b"), State::Running)}, nullptr, now());
    QCOMPARE(fresh.diff.changed.size(), 1);
}

void TestNodeReconciler::healthTransitionsInListOrder()
{
    NodeReconciler r;
    r.onList({container(QStringLiteral("a"), State::Running, Health::Starting),
              container(QStringLiteral("b"), State::Running, Health::Healthy)},
             nullptr, now());
    auto outcome = r.onList({container(QStringLiteral("a"), State::Running, Health::Healthy),
                             container(QStringLiteral("b"), State::Running, Health::Unhealthy)},
                            nullptr, now());
    QCOMPARE(outcome.transitions.size(), 2);
    QCOMPARE(outcome.transitions.at(0).containerId, QStringLiteral("a"));
    QCOMPARE(outcome.transitions.at(0).from, Health::Starting);
    QCOMPARE(outcome.transitions.at(0).to, Health::Healthy);
    QCOMPARE(outcome.transitions.at(1).to, Health::Unhealthy);
    QCOMPARE(outcome.transitions.at(1).time, now());
    // No change, no transition.
    QVERIFY(r.onList({container(QStringLiteral("a"), State::Running, Health::Healthy),
                      container(QStringLiteral("b"), State::Running, Health::Unhealthy)},
                     nullptr, now())
                .transitions.isEmpty());
}

void TestNodeReconciler::healthHeldBackWithALaggingState()
{
    // A list refused because it lags an event records no transition either: the next list
    // that is taken does, once.
    NodeReconciler r;
    r.onList({container(QStringLiteral("a"), State::Running, Health::Healthy)}, nullptr, now());
    r.onEvent(event(QStringLiteral("a"), Action::Died, 1), false);
    const QSet<QString> asked = {QStringLiteral("a")};
    auto lagging = r.onList({container(QStringLiteral("a"), State::Running, Health::Unhealthy)},
                            &asked, now());
    QVERIFY(lagging.transitions.isEmpty());
    auto taken =
        r.onList({container(QStringLiteral("a"), State::Exited, Health::None)}, &asked, now());
    QCOMPARE(taken.transitions.size(), 1);
    QCOMPARE(taken.transitions.first().from, Health::Healthy);
    QCOMPARE(taken.transitions.first().to, Health::None);
}

void TestNodeReconciler::exitsCarryTheirCodeAndOom()
{
    NodeReconciler r;
    r.onList({container(QStringLiteral("a"), State::Running)}, nullptr, now());
    QVERIFY(!r.onEvent(event(QStringLiteral("a"), Action::Oom), false).exited);
    auto died = r.onEvent(event(QStringLiteral("a"), Action::Died, 137), false);
    QVERIFY(died.exited);
    QCOMPARE(died.exited->exitCode, 137);
    QVERIFY(died.exited->oomKilled);
    QCOMPARE(died.exited->containerName, QStringLiteral("a-name"));
    // The OOM is told once; an exit without a code says 0 until inspect says more.
    auto again = r.onEvent(event(QStringLiteral("a"), Action::Died), false);
    QVERIFY(!again.exited->oomKilled);
    QCOMPARE(again.exited->exitCode, 0);
}

void TestNodeReconciler::exitsSaySignalledAndSwarmTask()
{
    NodeReconciler r;
    ContainerSummary task = container(QStringLiteral("t"), State::Running);
    task.labels.insert(QStringLiteral("com.docker.swarm.task.id"), QStringLiteral("x1"));
    r.onList({container(QStringLiteral("a"), State::Running), task}, nullptr, now());
    // A signal changes nothing shown and asks for no list.
    const auto signalled = r.onEvent(event(QStringLiteral("a"), Action::Signalled), false);
    QVERIFY(!signalled.list);
    QVERIFY(!signalled.exited);
    auto died = r.onEvent(event(QStringLiteral("a"), Action::Died, 143), false);
    QVERIFY(died.exited->signalled);
    QVERIFY(!died.exited->swarmTask);
    // Told once: the next exit came by itself.
    QVERIFY(!r.onEvent(event(QStringLiteral("a"), Action::Died, 1), false).exited->signalled);
    // A swarm's task, known from its row's labels.
    r.onEvent(event(QStringLiteral("t"), Action::Signalled), false);
    died = r.onEvent(event(QStringLiteral("t"), Action::Died, 143), false);
    QVERIFY(died.exited->signalled);
    QVERIFY(died.exited->swarmTask);
}

void TestNodeReconciler::transientEventsAskForNothing()
{
    NodeReconciler r;
    r.onList({container(QStringLiteral("a"), State::Running)}, nullptr, now());
    auto outcome = r.onEvent(event(QStringLiteral("a"), Action::Transient), false);
    QVERIFY(!outcome.list);
    QVERIFY(outcome.shown.isEmpty());
    QVERIFY(!r.onEvent(event(QString(), Action::Started), false).list);
    // Renames and the like are listed, and the list taken as it comes.
    QVERIFY(r.onEvent(event(QStringLiteral("a"), Action::Renamed), false).list);
    const QSet<QString> asked = {QStringLiteral("a")};
    ContainerSummary renamed = container(QStringLiteral("a"), State::Running);
    renamed.name = QStringLiteral("new-name");
    QCOMPARE(r.onList({renamed}, &asked, now()).diff.changed.size(), 1);
}

void TestNodeReconciler::healthEventsLookAgainWhereTheyComeEarly()
{
    NodeReconciler r;
    r.onList({container(QStringLiteral("a"), State::Running)}, nullptr, now());
    QVERIFY(!r.onEvent(event(QStringLiteral("a"), Action::HealthChanged), false).lookLater);
    r.setHealthEventBeforeResult(true);
    auto outcome = r.onEvent(event(QStringLiteral("a"), Action::HealthChanged), false);
    QVERIFY(outcome.list);
    QVERIFY(outcome.lookLater);
}

void TestNodeReconciler::restartBurstEndsRunning()
{
    // A restart is an exit then a start: the row goes back to running at once, a list still
    // saying running is taken without a recheck, and a list saying exited again is believed
    // (it may have exited again; a later event says so).
    NodeReconciler r;
    r.onList({container(QStringLiteral("a"), State::Running)}, nullptr, now());
    r.onEvent(event(QStringLiteral("a"), Action::Died, 143), false);
    QCOMPARE(r.snapshot().value(QStringLiteral("a")).state, State::Exited);
    auto started = r.onEvent(event(QStringLiteral("a"), Action::Started), false);
    QCOMPARE(started.shown.changed.size(), 1);
    QCOMPARE(r.snapshot().value(QStringLiteral("a")).state, State::Running);
    const QSet<QString> asked = {QStringLiteral("a")};
    auto agrees = r.onList({container(QStringLiteral("a"), State::Running)}, &asked, now());
    QCOMPARE(agrees.diff.changed.size(), 1); // the status and exit code from the engine
    QVERIFY(!agrees.recheckSoon);
    QVERIFY(r.recheckIds().isEmpty());
    r.onEvent(event(QStringLiteral("a"), Action::Started), false);
    auto exitedAgain = r.onList({container(QStringLiteral("a"), State::Exited)}, &asked, now());
    QCOMPARE(exitedAgain.diff.changed.size(), 1);
    QVERIFY(!exitedAgain.recheckSoon);
}

QTEST_GUILESS_MAIN(TestNodeReconciler)
#include "tst_nodereconciler.moc"
