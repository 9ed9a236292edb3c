#include "core/services/enginestream.h"

#include "core/engine/logline.h"
#include "core/services/enginecall.h"
#include "core/services/nodeservice.h"
#include "core/transport/connection.h"

#include <atomic>

// What crossed to the GUI thread and was not taken yet; shared by both threads.
struct EngineStream::Flow
{
    std::atomic<qint64> bytes{0};
    std::atomic<int> values{0};
    std::atomic<bool> paused{false};
    std::atomic<int> pauses{0};
};

namespace {

// The bytes a value holds, near enough: log lines by their text, anything else as small.
qint64 sizeOf(const QVariant &value)
{
    constexpr qint64 PerValue = 256;
    if (value.metaType() != QMetaType::fromType<QList<LogLine>>())
        return PerValue;
    qint64 n = PerValue;
    for (const LogLine &line : value.value<QList<LogLine>>())
        n += line.text.size() + qint64(sizeof(LogLine));
    return n;
}

// Every connection the stream reads from: its HTTP exchanges' connections, below its context.
void pauseReading(QObject *context, bool paused)
{
    if (!context)
        return;
    for (Connection *c : context->findChildren<Connection *>())
        c->setReadPaused(paused);
}

} // namespace

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
    if (m_flow)
        m_pausesBefore += m_flow->pauses;
    auto flow = std::make_shared<Flow>();
    m_flow = flow;
    NodeService *node = m_node;
    const QPointer<EngineStream> guard(this);
    // Delivered through the node service, whose thread is this object's: a value or the end
    // never reaches a stopped or deleted stream, nor one that was started again since.
    const Emit relay = [node, guard, context, flow](const QVariant &v) {
        // On the node's thread.
        const qint64 size = sizeOf(v);
        const qint64 bytes = flow->bytes += size;
        const int values = ++flow->values;
        bool running = false;
        if ((bytes > PauseBytes || values > PauseValues) &&
            flow->paused.compare_exchange_strong(running, true)) {
            ++flow->pauses;
            pauseReading(context->data(), true);
        }
        QMetaObject::invokeMethod(
            node,
            [node, guard, context, flow, size, v] {
                const qint64 left = flow->bytes -= size;
                const int leftValues = --flow->values;
                bool paused = true;
                if (left < ResumeBytes && leftValues < ResumeValues &&
                    flow->paused.compare_exchange_strong(paused, false)) {
                    // After the pause on the node's thread: it ran before this value was sent.
                    node->runOnEngine([context](Engine *, QObject *jobContext) {
                        delete jobContext; // this job's own context: not needed
                        pauseReading(context->data(), false);
                    });
                }
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

int EngineStream::pauseCount() const
{
    return m_pausesBefore + (m_flow ? m_flow->pauses.load() : 0);
}

qint64 EngineStream::pendingBytes() const
{
    return m_flow ? m_flow->bytes.load() : 0;
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
