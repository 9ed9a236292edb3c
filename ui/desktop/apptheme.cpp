#include "ui/desktop/apptheme.h"

#include "ui/widgets/syntaxrepository.h"

#include <QApplication>
#include <QStyle>

AppTheme::AppTheme(QObject *parent)
    : QObject(parent)
    , m_desktop(new ColorSchemeWatcher(this))
    , m_platform(QApplication::palette())
{
    m_dark = SyntaxRepository::isDark(m_platform);
    connect(m_desktop, &ColorSchemeWatcher::schemeChanged, this, [this] {
        if (m_choice == Choice::System)
            apply();
    });
}

AppTheme::~AppTheme() = default;

QString AppTheme::name(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

AppTheme::Choice AppTheme::fromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Choice::Light;
    if (name == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

QPalette AppTheme::darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe4, 0xe6, 0xeb);
    const QColor disabledText(0x80, 0x84, 0x8c);
    const QColor button(0x35, 0x37, 0x3c);
    QPalette p(button, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Link, QColor(0x58, 0xa6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xbc, 0x8c, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3d, 0x42));
    return p;
}

void AppTheme::setChoice(Choice choice)
{
    m_choice = choice;
    apply();
}

void AppTheme::apply()
{
    bool dark = SyntaxRepository::isDark(m_platform);
    if (m_choice == Choice::Dark)
        dark = true;
    else if (m_choice == Choice::Light)
        dark = false;
    else if (m_desktop->scheme() != ColorSchemeWatcher::Scheme::NoPreference)
        dark = m_desktop->scheme() == ColorSchemeWatcher::Scheme::Dark;
    // The platform's own palette where it already is what is wanted (it carries the desktop's
    // accent colours); else the style's light one, or ours for dark.
    QPalette palette = m_platform;
    if (dark != SyntaxRepository::isDark(m_platform))
        palette = dark ? darkPalette() : QApplication::style()->standardPalette();
    if (palette != QApplication::palette())
        QApplication::setPalette(palette);
    const bool changed = dark != m_dark;
    m_dark = dark;
    if (changed)
        Q_EMIT applied(dark);
}
