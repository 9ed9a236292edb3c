#include "core/config/autostartentry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

QString AutostartEntry::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/") + QStringLiteral(GONTAINER_APP_ID) +
           QStringLiteral(".desktop");
}

bool AutostartEntry::isEnabled()
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.readAll();
    return !text.contains("\nHidden=true") && !text.contains("X-GNOME-Autostart-enabled=false");
}

bool AutostartEntry::setEnabled(bool enabled, QString *error)
{
    const QString file = path();
    if (!enabled) {
        if (!QFile::exists(file) || QFile::remove(file))
            return true;
        if (error)
            *error = tr("%1 could not be removed.").arg(QDir::toNativeSeparators(file));
        return false;
    }
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (out.open(QIODevice::WriteOnly)) {
        out.write("[Desktop Entry]\n"
                  "Type=Application\n"
                  "Name=Gontainer\n"
                  "Comment=Watches the containers of your nodes\n"
                  "Exec=gontainer\n"
                  "Icon=" GONTAINER_APP_ID "\n"
                  "Terminal=false\n"
                  "X-GNOME-Autostart-enabled=true\n");
        if (out.commit())
            return true;
    }
    if (error)
        *error = tr("%1 could not be written: %2")
                     .arg(QDir::toNativeSeparators(file), out.errorString());
    return false;
}
