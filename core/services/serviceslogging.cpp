#include "core/services/serviceslogging.h"

Q_LOGGING_CATEGORY(lcServices, "gontainer.services", QtWarningMsg)
