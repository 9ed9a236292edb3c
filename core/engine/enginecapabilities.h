#pragma once

#include <QMetaType>
#include <QString>

// What an engine can do beyond the common ground. The UI asks these, never which engine it
// talks to.
struct EngineCapabilities
{
    bool volumes = false;        // volumes: list, create, remove, prune
    bool networks = false;       // networks: list, create, connect, remove, prune
    bool logs = false;           // a container's log, followed
    bool pods = false;           // pods: list, create, start, stop, ... (Podman)
    bool kube = false;           // generate kube YAML and play it (Podman)
    bool healthcheckRun = false; // run a container's health check now (Podman)
    bool runTimeout = false;     // a container may be given a run time limit (Podman)
    bool imageBuild = false;     // build images from a context
    bool buildCancel = false;    // a build stops when its client goes (Podman 4 finishes it)
    bool exec = false;           // run commands in running containers
    bool stats = false;          // resource usage streams
    bool commit = false;         // make an image from a container
    bool imageSearch = false;    // search registries for images
    bool buildCache = false;     // a build cache of its own: sized in disk use, pruned (Docker)
    bool swarm = false;          // Docker swarms: the engine may be a swarm's node (SwarmInfo)
    // The engine may announce a health check before its lists show the check's result: a
    // container with a health event is listed again a little later.
    bool healthEventBeforeResult = false;

    // What the Docker-compatible engines all have and containerd (core/containerd) lacks or
    // has only in part.
    bool imagePull = false;       // pull images from registries
    bool imagePush = false;       // push images to registries (and check registry logins)
    bool imageTag = false;        // give an image another name
    bool imageHistory = false;    // an image's layers with the commands that made them
    bool containerRename = false; // give a container another name
    bool containerTop = false;    // the processes of a running container
    bool attach = false;          // a container's own standard streams (its console)
    bool diskUsage = false;       // what images, containers, volumes and cache take on disk
    bool portPublishing = false;  // containers may publish ports and join networks by name
    bool restartPolicy = false;   // the engine itself restarts containers by their policy
    bool prune = false;           // remove every stopped container / unused image at once
    bool healthchecks = false;    // containers may have health checks: status, log, history
    // Objects live in namespaces (containerd): ContainerSummary::namespaceName says which.
    bool namespaces = false;
    // Why imagePull is off when the engine could otherwise pull (shown where Pull would be).
    QString imagePullMissingText;

    bool operator==(const EngineCapabilities &) const = default;
};

Q_DECLARE_METATYPE(EngineCapabilities)
