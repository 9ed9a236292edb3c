#include "core/config/appsettings.h"

#include <QSettings>

namespace AppSettings {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
}

QString language()
{
    return QSettings().value(LanguageKey).toString();
}

void setLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, code);
}

} // namespace AppSettings
