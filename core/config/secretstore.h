#pragma once

#include <QString>

#include <functional>

class QObject;

// The desktop keychain (the Secret Service of GNOME and others, KWallet) through QtKeychain:
// the only place Gontainer keeps a secret. There is no fallback to a file: without a keychain,
// saving fails and says so. Calls answer on `context`'s thread once the keychain has.
namespace SecretStore {

// Keys are namespaced by use ("registry:HOST").
using Done = std::function<void(const QString &error)>; // empty on success

struct ReadResult
{
    bool found = false;
    QString secret;
    QString error; // set when the keychain could not be asked (not for a missing entry)
};

void write(const QString &key, const QString &secret, QObject *context, Done done);
void read(const QString &key, QObject *context, std::function<void(const ReadResult &)> done);
// A missing entry is not an error.
void remove(const QString &key, QObject *context, Done done);

} // namespace SecretStore
