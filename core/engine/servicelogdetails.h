#pragma once

#include <QByteArray>
#include <QString>

// The labels a swarm puts before each line of a service's merged log (Docker's details=1):
// "com.docker.swarm.node.id=…,com.docker.swarm.service.id=…,com.docker.swarm.task.id=… text".
struct ServiceLogDetails
{
    QString nodeId;
    QString serviceId;
    QString taskId;
    QByteArray text; // the line itself

    // Splits a line (without its time) into its labels and its text; a line without labels is
    // all text.
    static ServiceLogDetails split(const QByteArray &line);
};
