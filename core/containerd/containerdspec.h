#pragma once

#include "core/containerd/containerdpasswd.h"
#include "core/engine/containerspec.h"
#include "core/engine/engineresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The OCI runtime spec of a new containerd container, made from the image's config and a
// ContainerSpec the way nerdctl makes it (containerd's oci.WithDefaultSpec, WithDefaultUnixDevices
// and WithImageConfig, then nerdctl's own: no /run tmpfs, /sys/fs/cgroup read-only, a hostname
// from the id). Pure: no engine, no I/O, so every rule is tested on its own.
class ContainerdSpec final
{
    Q_DECLARE_TR_FUNCTIONS(ContainerdSpec)

public:
    // Labels containerd and nerdctl read.
    static constexpr const char *NameLabel = "nerdctl/name";
    static constexpr const char *HostnameLabel = "nerdctl/hostname";
    static constexpr const char *NetworksLabel = "nerdctl/networks";
    static constexpr const char *StopSignalLabel = "io.containerd.image.config.stop-signal";
    // containerd 1.7's restart monitor reads the policy; 1.6's knows only the wanted status,
    // which the start sets (see ContainerdCreate).
    static constexpr const char *RestartPolicyLabel = "containerd.io/restart.policy";
    static constexpr const char *RestartStatusLabel = "containerd.io/restart.status";

    // What of `spec` a containerd node cannot do, one sentence each; empty when it can do all.
    // `onFailureRestarts`: whether the engine's restart monitor honours "on-failure" (1.7+).
    static QStringList refusals(const ContainerSpec &spec, bool onFailureRestarts);

    // The spec as JSON, for container `id` in namespace `ns`. `imageConfig` is the image's config
    // blob (the object with "config" and "rootfs" in it). A BadInput error when what was asked
    // cannot make a process (no command at all, a relative working dir). `resolvedUser` is
    // user() looked up in the image's /etc/passwd and /etc/group (ContainerdPasswd); without it
    // only numbers and "root" can be used, and a name is a BadInput error.
    // refusals() is not repeated here.
    static EngineResult<QByteArray>
    make(const QJsonObject &imageConfig, const ContainerSpec &spec, const QString &ns,
         const QString &id,
         const std::optional<ContainerdPasswd::User> &resolvedUser = std::nullopt);
    // The user the container runs as: the spec's, else the image config's ("" for root).
    static QString user(const QJsonObject &imageConfig, const ContainerSpec &spec);

    // The container's labels: the spec's own, its name (or one made as nerdctl makes it), the
    // network mode, hostname, stop signal and restart policy.
    static QMap<QString, QString> labels(const QJsonObject &imageConfig, const ContainerSpec &spec,
                                         const QString &id);

    // containerd's replaceOrAppendEnvValues: overrides replace the defaults of the same key or
    // are appended; an override without "=" removes that key.
    static QStringList mergeEnv(const QStringList &defaults, const QStringList &overrides);
    // "always", "unless-stopped", "on-failure" or "on-failure:N"; empty for no restarts.
    static QString restartPolicyText(const RestartPolicy &policy);
    // A new container id: 64 random hex digits, as nerdctl makes them.
    static QString newId();
    // nerdctl's rule for names: a letter or digit, then letters, digits, "_", "." or "-".
    static bool isValidName(const QString &name);
    // The network mode asked for: true for the machine's network, false for a namespace of its
    // own with only lo ("none", the default).
    static bool usesHostNetwork(const ContainerSpec &spec);
};
