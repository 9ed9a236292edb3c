#include "core/docker/dockerlogging.h"

Q_LOGGING_CATEGORY(lcDocker, "gontainer.docker", QtWarningMsg)
