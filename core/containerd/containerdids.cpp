#include "core/containerd/containerdids.h"

QString ContainerdIds::join(const QString &ns, const QString &id)
{
    return ns + QLatin1Char('/') + id;
}

ContainerdIds::Parts ContainerdIds::split(const QString &fullId, const QString &defaultNamespace)
{
    const int slash = fullId.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return {defaultNamespace, fullId};
    return {fullId.left(slash), fullId.mid(slash + 1)};
}
