#include "core/transport/transportlogging.h"

Q_LOGGING_CATEGORY(lcTransport, "gontainer.transport", QtWarningMsg)
