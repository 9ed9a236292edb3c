#pragma once

#include <QString>

// Container ids on a containerd node: "NAMESPACE/ID", since one node shows several
// namespaces and containerd's ids are unique only within one.
class ContainerdIds final
{
public:
    struct Parts
    {
        QString ns;
        QString id;
    };

    static QString join(const QString &ns, const QString &id);
    // An id without a namespace is in `defaultNamespace`.
    static Parts split(const QString &fullId,
                       const QString &defaultNamespace = QStringLiteral("default"));
    // Docker's own namespace: Docker manages what is in it, so it is shown, not acted on.
    static bool isDockerNamespace(const QString &ns) { return ns == QLatin1String("moby"); }
};
