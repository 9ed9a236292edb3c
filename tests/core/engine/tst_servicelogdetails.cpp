#include "core/engine/servicelogdetails.h"

#include <QTest>

// The labels a swarm puts before each line of a service's log (details=1), as recorded from
// Docker 20.10 (docs/swarm-harness.md), taken apart.
class TestServiceLogDetails : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
};

void TestServiceLogDetails::split_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("task");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("labelled")
        << QByteArray("com.docker.swarm.node.id=k3n2,com.docker.swarm.service.id=s9x,"
                      "com.docker.swarm.task.id=t7q out gsw-w1-2 1")
        << "k3n2"
        << "s9x"
        << "t7q" << QByteArray("out gsw-w1-2 1");
    QTest::newRow("empty text") << QByteArray(
                                       "com.docker.swarm.node.id=a,com.docker.swarm.service.id=b,"
                                       "com.docker.swarm.task.id=c ")
                                << "a"
                                << "b"
                                << "c" << QByteArray();
    QTest::newRow("escaped value")
        << QByteArray("com.docker.swarm.node.id=a%2Cb,com.docker.swarm.task.id=c x") << "a,b"
        << QString() << "c" << QByteArray("x");
    QTest::newRow("labels only") << QByteArray("com.docker.swarm.node.id=a") << "a" << QString()
                                 << QString() << QByteArray();
    QTest::newRow("no labels") << QByteArray("plain line with = signs") << QString() << QString()
                               << QString() << QByteArray("plain line with = signs");
    QTest::newRow("empty") << QByteArray() << QString() << QString() << QString() << QByteArray();
}

void TestServiceLogDetails::split()
{
    QFETCH(QByteArray, line);
    const ServiceLogDetails d = ServiceLogDetails::split(line);
    QTEST(d.nodeId, "node");
    QTEST(d.serviceId, "service");
    QTEST(d.taskId, "task");
    QTEST(d.text, "text");
}

QTEST_GUILESS_MAIN(TestServiceLogDetails)
#include "tst_servicelogdetails.moc"
