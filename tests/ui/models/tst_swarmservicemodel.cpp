#include "ui/models/swarmservicemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The services table's Update column: how far an update or a rollback has come, from the tasks
// of the service being looked at.
class TestSwarmServiceModel : public QObject
{
    Q_OBJECT

private slots:
    void tasksOnSpecCountsRunningTasksOfTheNewImage();
    void updateShowsItsProgress();
};

namespace {

SwarmService service(const QString &id, SwarmService::UpdateState state)
{
    SwarmService s;
    s.id = id;
    s.name = id + QStringLiteral("-name");
    s.image = QStringLiteral("web:2@sha256:22");
    s.replicas = 3;
    s.runningTasks = 3;
    s.desiredTasks = 3;
    s.updateState = state;
    return s;
}

SwarmTask task(const QString &serviceId, const QString &image, const QString &state,
               const QString &desired = QStringLiteral("running"))
{
    static int n = 0;
    SwarmTask t;
    t.id = QStringLiteral("task-%1").arg(++n);
    t.serviceId = serviceId;
    t.image = image;
    t.state = state;
    t.desiredState = desired;
    return t;
}

} // namespace

void TestSwarmServiceModel::tasksOnSpecCountsRunningTasksOfTheNewImage()
{
    const SwarmService s = service(QStringLiteral("svc"), SwarmService::UpdateState::Updating);
    const QString updated = s.image;
    const QString old = QStringLiteral("web:1@sha256:11");
    const QList<SwarmTask> tasks{
        task(s.id, updated, QStringLiteral("running")),
        task(s.id, updated, QStringLiteral("starting")), // not yet up
        task(s.id, old, QStringLiteral("running")),      // still the old image
        task(s.id, updated, QStringLiteral("running"), QStringLiteral("shutdown")), // going
        task(QStringLiteral("other"), updated, QStringLiteral("running")), // another service's
        task(s.id, updated, QStringLiteral("running"))};
    QCOMPARE(s.tasksOnSpec(tasks), 2);
    QCOMPARE(s.tasksOnSpec({}), 0);
    // A rollback's spec is the old image again: the old tasks are the ones done.
    SwarmService back = s;
    back.image = old;
    QCOMPARE(back.tasksOnSpec(tasks), 1);
}

void TestSwarmServiceModel::updateShowsItsProgress()
{
    using U = SwarmService::UpdateState;
    SwarmServiceModel model;
    QAbstractItemModelTester tester(&model);
    model.setItems({service(QStringLiteral("a"), U::Updating),
                    service(QStringLiteral("b"), U::Updating),
                    service(QStringLiteral("c"), U::Completed)});
    const auto text = [&model](int row) {
        return model.index(row, SwarmServiceModel::UpdateStatus).data().toString();
    };
    QCOMPARE(text(0), QStringLiteral("Updating"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setUpdateProgress(QStringLiteral("a"), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, SwarmServiceModel::UpdateStatus));
    QCOMPARE(text(0), QStringLiteral("Updating: 1 of 3 tasks"));
    QCOMPARE(text(1), QStringLiteral("Updating")); // only the service whose tasks are listed
    // The same again says nothing.
    model.setUpdateProgress(QStringLiteral("a"), 1);
    QCOMPARE(changed.size(), 1);

    // Another service chosen: the first goes back to its state alone, both rows repainted.
    changed.clear();
    model.setUpdateProgress(QStringLiteral("b"), 2);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(text(0), QStringLiteral("Updating"));
    QCOMPARE(text(1), QStringLiteral("Updating: 2 of 3 tasks"));

    // Done: the state alone, whatever the count.
    model.setUpdateProgress(QStringLiteral("c"), 3);
    QCOMPARE(text(2), QStringLiteral("Updated"));

    // Rolling back counts the same way.
    SwarmService rolling = service(QStringLiteral("b"), U::RollbackStarted);
    model.setItems({service(QStringLiteral("a"), U::Updating), rolling,
                    service(QStringLiteral("c"), U::Completed)});
    model.setUpdateProgress(QStringLiteral("b"), 0);
    QCOMPARE(text(1), QStringLiteral("Rolling back: 0 of 3 tasks"));

    // Forgotten.
    model.setUpdateProgress({}, -1);
    QCOMPARE(text(1), QStringLiteral("Rolling back"));
}

QTEST_MAIN(TestSwarmServiceModel)
#include "tst_swarmservicemodel.moc"
