#include "core/services/execchannel.h"

#include "core/engine/engine.h"
#include "core/services/enginecall.h"
#include "core/services/nodeservice.h"

ExecChannel::ExecChannel(NodeService *node, QObject *parent)
    : QObject(parent)
    , m_node(node)
{}

ExecChannel::~ExecChannel()
{
    if (m_session && m_node) {
        const auto session = m_session;
        m_node->runOnEngine([session](Engine *, QObject *context) {
            delete context;
            if (ExecSession *s = session->data()) {
                // The session's context (its parent) goes, and the session with it.
                s->disconnect();
                QObject *sessionContext = s->parent();
                sessionContext->disconnect();
                delete sessionContext;
            }
        });
    }
}

void ExecChannel::onNodeThread(std::function<void(ExecSession *)> f)
{
    if (!m_session || !m_node)
        return;
    const auto session = m_session;
    m_node->runOnEngine([session, f = std::move(f)](Engine *, QObject *context) {
        delete context;
        if (ExecSession *s = session->data())
            f(s);
    });
}

void ExecChannel::start(const QString &containerId, const ExecOptions &options)
{
    if (!m_node) {
        Q_EMIT finished(-1, EngineCall::notConnected(nullptr));
        return;
    }
    m_running = true;
    m_session = std::make_shared<QPointer<ExecSession>>();
    const auto session = m_session;
    NodeService *node = m_node;
    const QPointer<ExecChannel> guard(this);
    // Relayed through the node service, whose thread is this object's.
    const auto post = [node, guard](std::function<void(ExecChannel *)> f) {
        QMetaObject::invokeMethod(
            node,
            [guard, f] {
                if (guard)
                    f(guard.data());
            },
            Qt::QueuedConnection);
    };
    const EngineError lost = EngineCall::notConnected(node);
    connect(node, &QObject::destroyed, this, [this, lost] {
        if (!m_running)
            return;
        m_running = false;
        Q_EMIT finished(-1, lost);
    });
    node->runOnEngine(
        [session, containerId, options, post, lost](Engine *engine, QObject *context) {
            if (!engine) {
                post([lost](ExecChannel *c) {
                    c->m_running = false;
                    Q_EMIT c->finished(-1, lost);
                });
                delete context;
                return;
            }
            ExecSession *s = engine->exec(containerId, options, context);
            *session = s;
            QObject::connect(s, &ExecSession::started, s,
                             [post] { post([](ExecChannel *c) { Q_EMIT c->started(); }); });
            QObject::connect(s, &ExecSession::output, s, [post](const QList<LogChunk> &chunks) {
                QByteArray data;
                for (const LogChunk &chunk : chunks)
                    data += chunk.data;
                post([data](ExecChannel *c) { Q_EMIT c->output(data); });
            });
            QObject::connect(s, &ExecSession::finished, s,
                             [post, context](int code, const EngineError &error) {
                                 post([code, error](ExecChannel *c) {
                                     c->m_running = false;
                                     Q_EMIT c->finished(code, error);
                                 });
                                 context->deleteLater();
                             });
            // The engine replaced (a reconnect): the session is gone with it.
            QObject::connect(context, &QObject::destroyed, context, [post, lost] {
                post([lost](ExecChannel *c) {
                    if (!c->m_running)
                        return;
                    c->m_running = false;
                    Q_EMIT c->finished(-1, lost);
                });
            });
        });
}

void ExecChannel::write(const QByteArray &data)
{
    onNodeThread([data](ExecSession *s) { s->write(data); });
}

void ExecChannel::resize(int rows, int columns)
{
    onNodeThread([rows, columns](ExecSession *s) { s->resize(rows, columns); });
}
