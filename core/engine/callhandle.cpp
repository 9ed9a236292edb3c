#include "core/engine/callhandle.h"

void CallHandle::cancel() const
{
    if (m_call)
        QMetaObject::invokeMethod(m_call.data(), "abort", Qt::DirectConnection);
}
