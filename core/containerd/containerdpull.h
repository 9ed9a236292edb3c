#pragma once

#include "core/engine/callhandle.h"
#include "core/engine/engine.h"

#include <QObject>

#include <functional>
#include <memory>

class ContainerdEngine;
class GrpcChannel;
class ProgressStream;

// Image pull on containerd 1.7 and later, through its Transfer service: one
// transfer.v1 Transfer call from an OCI registry into the image store of the node's namespace,
// unpacked for the node's platform with its default snapshotter. Part of ContainerdEngine, on
// the node's thread; the engine forwards pullImage() here when the node has that service.
//
// The call has no fixed deadline (a large image takes as long as it takes) but always ends:
// while it runs, content.v1 ListStatuses (the downloads in progress) is read every PollMs and
// reported as the pull's progress, and when nothing moves for StallMs (no download's offset
// grows, none begins or ends) the call is cancelled with a Timeout. containerd 1.7 writes a
// download in pieces of 1 MiB, so that is the step its offsets grow by: the window is long
// enough for a slow link (a MiB in StallMs) and for resolving or unpacking, when nothing
// downloads. Deleting the stream cancels the call.
//
// containerd 1.7's Transfer service reaches every registry over HTTPS: it does not read
// hosts.toml nor take a plain-HTTP setting (that came with 2.0). A registry that answers in
// plain HTTP ends the pull with an error that says so and what to use instead. A login (user
// name and password) goes to the registry as a Basic Authorization header of the resolver, which
// registries with a password file take; registries that hand out tokens (Docker Hub) want the
// login through a stream of containerd's Streaming service, which Gontainer does not open: there
// the pull is anonymous, and a refusal says so.
class ContainerdPull final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerdPull)

public:
    static constexpr int PollMs = 500;
    static constexpr int StallMs = 300000;

    ContainerdPull(ContainerdEngine &engine, GrpcChannel &channel, QObject *parent = nullptr);
    ~ContainerdPull() override;

    ProgressStream *pullImage(const QString &reference, const RegistryAuth &auth, QObject *parent);

    // The no-progress window of the pulls started from now on (StallMs unless set).
    void setStallMs(int ms) { m_stallMs = ms; }

    // The error a failed Transfer call ends the pull with: containerd's own words, made plain
    // where 1.7 says something only its developers read (a plain-HTTP registry, a login).
    static EngineError pullError(const EngineError &error, const QString &reference);

    struct Stubs;

private:
    ContainerdEngine &m_engine;
    GrpcChannel &m_channel;
    std::shared_ptr<Stubs> m_stubs;
    int m_stallMs = StallMs;
};
