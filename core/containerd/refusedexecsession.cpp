#include "core/containerd/refusedexecsession.h"

RefusedExecSession::RefusedExecSession(const EngineError &error, QObject *parent)
    : ExecSession(parent)
{
    QMetaObject::invokeMethod(
        this, [this, error] { Q_EMIT finished(-1, error); }, Qt::QueuedConnection);
}
