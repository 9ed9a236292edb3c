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

    // `ids` empty: every container in the node's namespaces, else those ("NAMESPACE/ID").
    // `filters` are containerd's (ANDed with the ids); `keep` picks from the rows (null: all).
    ContainerdListing(ContainerdEngine &engine, GrpcChannel &channel, const QStringList &ids,
                      const QStringList &filters, Keep keep, Engine::ContainersCallback callback,
                      QObject *context);
    ~ContainerdListing() override;

    void start();
    Q_INVOKABLE void abort();

private:
    struct Namespace;
    void listNamespace(const QString &ns, const QStringList &ids);
    void listContainerRecords(const std::shared_ptr<Namespace> &space, const QStringList &ids);
    void getTasks(const std::shared_ptr<Namespace> &space, const QStringList &ids);
    void fail(const EngineError &error);
    void finishOne();

    ContainerdEngine &m_engine;
    GrpcChannel &m_channel;
    QStringList m_ids;
    QStringList m_filters;
    Keep m_keep;
    Engine::ContainersCallback m_callback;
    struct Stubs;
    std::shared_ptr<Stubs> m_stubs;
    QList<std::shared_ptr<Namespace>> m_namespaces;
    int m_pending = 0;
    bool m_done = false;
};
