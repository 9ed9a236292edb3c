#pragma once

#include <QString>

// Settings the user chooses, persisted with QSettings.
namespace AppSettings {

// "" follows the system locale; otherwise a language code such as "en" or "ko".
QString language();
void setLanguage(const QString &code);

} // namespace AppSettings
