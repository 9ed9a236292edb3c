#pragma once

#include "core/containerd/containerdpasswd.h"
#include "core/engine/engine.h"

#include <QObject>

#include <memory>
#include <optional>

class ContainerdContent;
class ContainerdEngine;
class EngineJob;
class GrpcChannel;

// Creates containers from an image in the namespace: an OCI spec made from the image config the way
// nerdctl makes it (ContainerdSpec), and a snapshot prepared on the image's unpacked layers. Part
// of ContainerdEngine, on the node's thread; the engine forwards its calls here.
//
// The container is made as nerdctl makes one: a random 64-hex-digit id, its name in the
// "nerdctl/name" label (unique in the namespace), runtime io.containerd.runc.v2, snapshotter
// overlayfs with the id as the snapshot's key. A restart policy is kept in the
// "containerd.io/restart.policy" label; the wanted status ("containerd.io/restart.status") is
// not set here, since containerd's restart monitor would start a container only created (1.6
// restarts whatever the policy says): the start sets it. The snapshot and the record are made under
// a lease of their own, as containerd's client makes them, so that the garbage collector does not
// take the snapshot before the record refers to it; the lease is deleted after.
//
// The image is given by name ("busybox", "docker.io/library/busybox:latest", or
// "NAMESPACE/NAME" in the container's namespace) or by the id the image list gives it
// ("NAMESPACE/sha256:<target digest>", ContainerdImages::imageId), whole or shortened
// ("NAMESPACE/<12 hex digits>", as the Images page shows it; "sha256:<hex>" in the container's
// namespace). An id is looked up among the namespace's image records (images.List) and the
// container is made from one of that image's names. With no namespace asked for (by the spec
// or the node), the id's namespace is the container's.
class ContainerdCreate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerdCreate)

public:
    static constexpr const char *Snapshotter = "overlayfs";
    static constexpr const char *Runtime = "io.containerd.runc.v2";
    static constexpr const char *SpecTypeUrl =
        "types.containerd.io/opencontainers/runtime-spec/1/Spec";

    ContainerdCreate(ContainerdEngine &engine, GrpcChannel &channel, QObject *parent = nullptr);
    ~ContainerdCreate() override;

    CallHandle createContainer(const ContainerSpec &spec, QObject *context,
                               Engine::Callback<CreatedObject> callback);

private:
    struct Stubs;
    struct Request;

    void checkName(const std::shared_ptr<Request> &request);
    // The image given by id: the namespace's records whose target digest starts with `hex`.
    void findImageById(const std::shared_ptr<Request> &request);
    // The image by name: each of `names` in turn until the namespace has one.
    void resolveImage(const std::shared_ptr<Request> &request, const QStringList &names);
    // /etc/passwd and /etc/group read from `layer` down (topmost first) for a user given by
    // name, then the user resolved and the spec made.
    void readUserFiles(const std::shared_ptr<Request> &request, qsizetype layer);
    void makeSpec(const std::shared_ptr<Request> &request,
                  const std::optional<ContainerdPasswd::User> &user);
    void createLease(const std::shared_ptr<Request> &request);
    void prepareSnapshot(const std::shared_ptr<Request> &request);
    void createRecord(const std::shared_ptr<Request> &request);
    void removeSnapshot(const std::shared_ptr<Request> &request, const EngineError &error);
    void deleteLease(const std::shared_ptr<Request> &request);
    void fail(const std::shared_ptr<Request> &request, const EngineError &error);
    // Whether the engine's restart monitor knows the policy label's "on-failure" (1.7+).
    bool restartsOnFailure() const;

    ContainerdEngine &m_engine;
    GrpcChannel &m_channel;
    ContainerdContent *m_content;
    std::shared_ptr<Stubs> m_stubs;
};
