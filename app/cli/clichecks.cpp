#include "app/cli/clichecks.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliChecks)
};

} // namespace

namespace CliChecks {

bool name(const QString &name, Kind kind, QString *error)
{
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
    if (valid.match(name).hasMatch())
        return true;
    switch (kind) {
    case Kind::Volume:
        *error = Tr::tr("\"%1\" cannot name a volume: a name begins with a letter or digit and "
                        "holds only letters, digits and _ . -");
        break;
    case Kind::Network:
        *error = Tr::tr("\"%1\" cannot name a network: a name begins with a letter or digit and "
                        "holds only letters, digits and _ . -");
        break;
    case Kind::Pod:
        *error = Tr::tr("\"%1\" cannot name a pod: a name begins with a letter or digit and "
                        "holds only letters, digits and _ . -");
        break;
    }
    *error = error->arg(name);
    return false;
}

bool keyValues(const QStringList &texts, const QString &option, bool valueOptional,
               QMap<QString, QString> *into, QString *error)
{
    for (const QString &text : texts) {
        const qsizetype eq = text.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? text : text.left(eq)).trimmed();
        if (key.isEmpty() || (eq < 0 && !valueOptional)) {
            *error = Tr::tr("\"%1\" is not a KEY=VALUE pair for --%2.").arg(text, option);
            return false;
        }
        into->insert(key, eq < 0 ? QString() : text.mid(eq + 1));
    }
    return true;
}

} // namespace CliChecks
