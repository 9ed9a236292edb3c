#pragma once

#include <QMetaType>

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
    // The engine may announce a health check before its lists show the check's result: a
    // container with a health event is listed again a little later.
    bool healthEventBeforeResult = false;

    bool operator==(const EngineCapabilities &) const = default;
};

Q_DECLARE_METATYPE(EngineCapabilities)
