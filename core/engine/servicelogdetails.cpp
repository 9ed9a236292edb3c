#include "core/engine/servicelogdetails.h"

#include <QUrl>

ServiceLogDetails ServiceLogDetails::split(const QByteArray &line)
{
    ServiceLogDetails d;
    const qsizetype space = line.indexOf(' ');
    const QByteArray head = space < 0 ? line : line.left(space);
    if (!head.startsWith("com.docker.swarm.")) {
        d.text = line;
        return d;
    }
    for (const QByteArray &pair : head.split(',')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = pair.left(eq);
        // The engine escapes the values as a URL query does.
        const QString value = QUrl::fromPercentEncoding(pair.mid(eq + 1));
        if (key == "com.docker.swarm.node.id")
            d.nodeId = value;
        else if (key == "com.docker.swarm.service.id")
            d.serviceId = value;
        else if (key == "com.docker.swarm.task.id")
            d.taskId = value;
    }
    d.text = space < 0 ? QByteArray() : line.mid(space + 1);
    return d;
}
