#pragma once

#include "core/engine/engine.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class ContainerdEngine;
class GrpcChannel;

// One container list in flight: in each namespace, containers.List joined with the tasks
// (tasks.List, or tasks.Get for a handful of ids), all namespaces at once. It answers once and
// deletes itself; it is a child of the caller's context, and abort() (the CallHandle's) answers
// Aborted and cancels what is still running.
class ContainerdListing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerdListing)

public:
    using Keep = std::function<bool(const ContainerSummary &)>;

    // Which image each name points at, per namespace (name as ContainerdContent::normalizeName
    // gives it -> target digest): a container's imageId is its image's, as the image list
    // gives it. Kept by the node's ContainerdContainers: a list of every container reads the
    // namespace's images again (alongside its containers and tasks), a list of a few ids uses
    // what is kept unless an image event dropped it (`generation` tells a read made before a
    // drop, which must not be kept).
    struct ImageTargets
    {
        QHash<QString, QHash<QString, QString>> byNamespace;
        quint64 generation = 0;
        void drop(const QString &ns)
        {
            byNamespace.remove(ns);
            ++generation;
        }
    };

    // `ids` empty: every container in the node's namespaces, else those ("NAMESPACE/ID").
    // `filters` are containerd's (ANDed with the ids); `keep` picks from the rows (null: all).
    // `images` may be null: the rows then say no imageId.
    ContainerdListing(ContainerdEngine &engine, GrpcChannel &channel, const QStringList &ids,
                      const QStringList &filters, Keep keep, std::shared_ptr<ImageTargets> images,
                      Engine::ContainersCallback callback, QObject *context);
    ~ContainerdListing() override;

    void start();
    Q_INVOKABLE void abort();

private:
    struct Namespace;
    void listNamespace(const QString &ns, const QStringList &ids);
    void listContainerRecords(const std::shared_ptr<Namespace> &space, const QStringList &ids);
    void getTasks(const std::shared_ptr<Namespace> &space, const QStringList &ids);
    void readImages(const std::shared_ptr<Namespace> &space, bool everything);
    void fail(const EngineError &error);
    void finishOne();

    ContainerdEngine &m_engine;
    GrpcChannel &m_channel;
    QStringList m_ids;
    QStringList m_filters;
    Keep m_keep;
    std::shared_ptr<ImageTargets> m_images;
    Engine::ContainersCallback m_callback;
    struct Stubs;
    std::shared_ptr<Stubs> m_stubs;
    QList<std::shared_ptr<Namespace>> m_namespaces;
    int m_pending = 0;
    bool m_done = false;
};
