#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Checks of what gontainer-cli is given for volumes, networks and pods, made before anything is
// sent: each answers false with a message that says what is wrong and how it should look.
// Networks' addresses are checked by NetworkValidation, as the app checks them.
namespace CliChecks {

enum class Kind
{
    Volume,
    Network,
    Pod
};
// A name as Docker and Podman accept them: a letter or digit, then letters, digits, _ . -
bool name(const QString &name, Kind kind, QString *error);
// KEY=VALUE options (`--opt`, `--label`) into `into`; `valueOptional`: KEY alone is KEY="".
bool keyValues(const QStringList &texts, const QString &option, bool valueOptional,
               QMap<QString, QString> *into, QString *error);
} // namespace CliChecks
