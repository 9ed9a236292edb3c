#pragma once

#include "core/containerd/containerdlisting.h"
#include "core/engine/engine.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class ContainerdEngine;
class ContainerdEventStream;
class GrpcChannel;

// Containers: the list (containers.v1 joined with tasks.v1), details and live events.
// Part of ContainerdEngine, on the node's thread; the engine forwards its calls here.
class ContainerdContainers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerdContainers)

public:
    ContainerdContainers(ContainerdEngine &engine, GrpcChannel &channel, QObject *parent = nullptr);
    ~ContainerdContainers() override;

    CallHandle listContainers(const QStringList &ids, QObject *context,
                              Engine::ContainersCallback callback);
    CallHandle listContainersWhere(const QString &filter, const QString &value, QObject *context,
                                   Engine::ContainersCallback callback);
    CallHandle inspectContainer(const QString &id, QObject *context,
                                Engine::Callback<ContainerDetails> callback);
    EventStream *watchObjects(const QList<EngineEvent::Object> &objects, QObject *parent);
    // Opens the subscription a node asks watchObjects() for (containers and images) now; the
    // next such watchObjects() takes it over. What it receives before then is dropped: the node
    // lists only after it took the stream, and the list shows all of that.
    void subscribeEarly();
    EventStream *watchEvents(const EventFilter &filter, QObject *parent);

private:
    QString defaultNamespace() const;
    CallHandle list(const QStringList &ids, const QStringList &filters,
                    std::function<bool(const ContainerSummary &)> keep, QObject *context,
                    Engine::ContainersCallback callback);

    ContainerdEngine &m_engine;
    GrpcChannel &m_channel;
    // Which image each name points at, for the rows' imageId; dropped on image events.
    std::shared_ptr<ContainerdListing::ImageTargets> m_images;
    QPointer<ContainerdEventStream> m_early;
    QStringList m_earlyFilters;
};
