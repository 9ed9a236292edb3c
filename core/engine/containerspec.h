#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

// A published port: container port and protocol, bound on the host.
struct PortBinding
{
    int containerPort = 0;
    QString protocol = QStringLiteral("tcp"); // tcp, udp, sctp
    QString hostIp;                           // empty: every address
    int hostPort = 0;                         // 0: the engine picks a free port

    bool operator==(const PortBinding &) const = default;
};

// A bind mount (source is a host path), a named volume (source is its name, created on demand)
// or a tmpfs (no source).
struct MountSpec
{
    enum class Type
    {
        Bind,
        Volume,
        Tmpfs
    };
    Type type = Type::Volume;
    QString source;
    QString target; // absolute path in the container
    bool readOnly = false;

    bool operator==(const MountSpec &) const = default;
};

// A health check as the engine runs it. Durations in milliseconds; 0 leaves the engine's
// default. An empty test with `disabled` turns off the image's own check.
struct HealthcheckSpec
{
    QStringList test; // ["CMD-SHELL", "curl -f localhost"] or ["CMD", "prog", "arg"]
    qint64 intervalMs = 0;
    qint64 timeoutMs = 0;
    qint64 startPeriodMs = 0;
    int retries = 0;
    bool disabled = false;

    bool isSet() const { return disabled || !test.isEmpty(); }
    bool operator==(const HealthcheckSpec &) const = default;
};

struct RestartPolicy
{
    enum class Mode
    {
        No,
        Always,
        UnlessStopped,
        OnFailure
    };
    Mode mode = Mode::No;
    int maximumRetries = 0; // on-failure only

    bool operator==(const RestartPolicy &) const = default;
};

// Everything a new container can be given, engine-neutral. Empty fields leave the image's or
// the engine's defaults.
struct ContainerSpec
{
    QString name;
    QString image;
    QStringList command;    // replaces the image's CMD when not empty
    QStringList entrypoint; // replaces the image's ENTRYPOINT when not empty
    QStringList env;        // KEY=VALUE
    QMap<QString, QString> labels;
    QList<PortBinding> ports;
    QList<MountSpec> mounts;
    RestartPolicy restart;
    qint64 nanoCpus = 0;    // 1e9 is one CPU
    qint64 memoryBytes = 0; // hard limit
    HealthcheckSpec healthcheck;
    QString user;
    QString workingDir;
    bool init = false;
    bool privileged = false;
    QStringList capAdd;
    QStringList capDrop;
    bool readOnlyRootfs = false;
    bool autoRemove = false;
    bool tty = false;
    bool openStdin = false;
    // Standard input ends for good when the first attached client ends it (docker run -i).
    bool stdinOnce = false;
    QString stopSignal;
    int stopTimeoutSecs = -1; // -1: engine default
    QString network;          // network mode or name; empty: engine default
    // Fixed addresses on `network` (a network with a subnet); empty: the engine picks.
    QString ipAddress;
    QString ipv6Address;
    // Podman only (EngineCapabilities::pods / runTimeout): the pod to join, and a limit after
    // which the engine stops the container (seconds, 0 for none).
    QString pod;
    int runTimeoutSecs = 0;
    // containerd only (EngineCapabilities::namespaces): the namespace to create the container in.
    // Empty: the node's namespace, or "default" on a node that shows them all.
    QString containerdNamespace;

    bool operator==(const ContainerSpec &) const = default;
};

Q_DECLARE_METATYPE(ContainerSpec)
