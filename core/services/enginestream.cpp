#include "core/services/enginestream.h"

#include "core/services/enginecall.h"
#include "core/services/nodeservice.h"

EngineStream::EngineStream(NodeService *node, QObject *parent)
    : QObject(parent)
    , m_node(node)
{}

EngineStream::~EngineStream()
{
    stop();
}

void EngineStream::start(Open open)
{
    stop();
    if (!m_node)
        return;
    m_running = true;
    auto context = std::make_shared<QPointer<QObject>>();
    m_context = context;
    NodeService *node = m_node;
    const QPointer<EngineStream> guard(this);
    // Delivered through the node service, whose thread is this object's: a value or the end
    // never reaches a stopped or deleted stream, nor one that was started again since.
    const Emit relay = [node, guard, context](const QVariant &v) {
        QMetaObject::invokeMethod(
            node,
            [guard, context, v] {
                if (guard && guard->m_context == context)
                    Q_EMIT guard->value(v);
            },
            Qt::QueuedConnection);
    };
    const End end = [node, guard, context](const EngineError &error) {
        QMetaObject::invokeMethod(
            node,
            [guard, context, error] {
                if (!guard || guard->m_context != context)
                    return;
                guard->m_running = false;
                guard->m_context.reset();
                Q_EMIT guard->ended(error);
            },
            Qt::QueuedConnection);
    };
    const EngineError lost = EngineCall::notConnected(node);
    // The node itself deleted (removed, or rebuilt by an edit): the stream ends with it.
    connect(
        node, &QObject::destroyed, this,
        [this, context, lost] {
            if (m_context != context)
                return;
            m_running = false;
            m_context.reset();
            Q_EMIT ended(lost);
        },
        Qt::QueuedConnection);
    node->runOnEngine([open = std::move(open), relay, end, context, lost](Engine *engine,
                                                                          QObject *jobContext) {
        if (!engine) {
            end(lost);
            return;
        }
        *context = jobContext;
        // The engine replaced under the stream: it ends.
        QObject::connect(jobContext, &QObject::destroyed, jobContext, [end, lost] { end(lost); });
        const End finish = [end, jobContext](const EngineError &error) {
            end(error);
            jobContext->deleteLater();
        };
        if (!open(*engine, jobContext, relay, finish))
            finish(EngineError::make(
                EngineError::Kind::Unsupported,
                QCoreApplication::translate("EngineStream", "this engine cannot do that")));
    });
}

void EngineStream::stop()
{
    if (!m_context)
        return;
    m_running = false;
    const auto context = std::exchange(m_context, {});
    if (m_node) {
        m_node->runOnEngine([context](Engine *, QObject *jobContext) {
            delete jobContext; // this job's own context: not needed
            if (QObject *c = context->data()) {
                c->disconnect();
                delete c;
            }
        });
    }
}
