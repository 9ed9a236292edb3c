#pragma once

#include "ui/desktop/colorschemewatcher.h"

#include <QObject>
#include <QPalette>

// The window's light or dark look: the user's choice (Settings ▸ Theme) over the desktop's own
// preference (ColorSchemeWatcher, followed live), applied as the application's palette. Every
// view, the highlighted code and logs, the terminal and the charts follow the palette (they
// repaint on QEvent::PaletteChange), so a switch needs nothing else.
class AppTheme final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppTheme)

public:
    enum class Choice
    {
        System, // the desktop's preference; without one, the platform theme's palette
        Light,
        Dark,
    };
    Q_ENUM(Choice)

    // Reads the palette the platform gave the application as the one to go back to, so create
    // it before anything changes that.
    explicit AppTheme(QObject *parent = nullptr);
    ~AppTheme() override;

    // The names kept in the settings: "system", "light", "dark"; anything else is System.
    static QString name(Choice choice);
    static Choice fromName(const QString &name);
    static QPalette darkPalette();

    Choice choice() const { return m_choice; }
    // Applies at once.
    void setChoice(Choice choice);
    // What is applied now.
    bool isDark() const { return m_dark; }
    ColorSchemeWatcher *desktop() const { return m_desktop; }

Q_SIGNALS:
    void applied(bool dark);

private:
    void apply();

    ColorSchemeWatcher *m_desktop;
    QPalette m_platform;
    Choice m_choice = Choice::System;
    bool m_dark = false;
};
