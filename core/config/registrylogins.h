#pragma once

#include "core/engine/imageinfo.h"

#include <QStringList>

#include <functional>

class QObject;

// Registry logins the user saved: the list of registries and user names in the settings, each
// password in the desktop keychain (SecretStore), never in a file or a log.
namespace RegistryLogins {

// The registry an image name or server address means: "docker.io" when it names none.
QString serverFor(const QString &registry);

// The registries with a saved login, from the settings.
QStringList servers();

using Done = std::function<void(const QString &error)>; // empty on success
void save(const RegistryAuth &auth, QObject *context, Done done);
// The saved login for `registry`; an empty RegistryAuth (and no error) when there is none.
void find(const QString &registry, QObject *context,
          std::function<void(const RegistryAuth &auth, const QString &error)> done);
void forget(const QString &registry, QObject *context, Done done);

} // namespace RegistryLogins
