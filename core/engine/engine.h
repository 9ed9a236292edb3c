#pragma once

#include "core/engine/containersummary.h"
#include "core/engine/engineinfo.h"
#include "core/engine/engineresult.h"
#include "core/engine/eventstream.h"
#include "core/transport/endpoint.h"

#include <QObject>
#include <QStringList>

#include <functional>

// The engine-neutral interface the services use. Calls are asynchronous: a callback runs on the
// engine's thread once the answer is there, and never after `context` is destroyed.
class Engine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    using InfoCallback = std::function<void(const EngineResult<EngineInfo> &)>;
    using ContainersCallback = std::function<void(const EngineResult<QList<ContainerSummary>> &)>;

    using QObject::QObject;
    ~Engine() override = default;

    virtual Endpoint endpoint() const = 0;
    // Checks that an engine answers and who it is; fixes the API version for later calls.
    virtual void identify(QObject *context, InfoCallback callback) = 0;
    // All containers, or only those whose ids are given (an id not in the result is gone).
    virtual void listContainers(const QStringList &ids, QObject *context,
                                ContainersCallback callback) = 0;
    // Container events from now on. The stream is a child of `parent`.
    virtual EventStream *watchContainerEvents(QObject *parent) = 0;
};
