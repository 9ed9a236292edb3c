#pragma once

#include <QCoreApplication>
#include <QString>

// Start at login, the freedesktop way: a desktop entry in $XDG_CONFIG_HOME/autostart (usually
// ~/.config/autostart), which every desktop session starts. Written when the user turns it on,
// removed when off; an entry the user turned off elsewhere (Hidden=true) counts as off.
class AutostartEntry final
{
    Q_DECLARE_TR_FUNCTIONS(AutostartEntry)

public:
    static QString path();
    static bool isEnabled();
    // The error in words when the file could not be written or removed.
    static bool setEnabled(bool enabled, QString *error);
};
