#include "ui/widgets/syntaxrepository.h"

#include <QColor>
#include <QPalette>

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

KSyntaxHighlighting::Repository &SyntaxRepository::instance()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

bool SyntaxRepository::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

KSyntaxHighlighting::Theme SyntaxRepository::themeFor(const QPalette &palette)
{
    return instance().defaultTheme(isDark(palette) ? KSyntaxHighlighting::Repository::DarkTheme
                                                   : KSyntaxHighlighting::Repository::LightTheme);
}

QColor SyntaxRepository::errorColor(const QPalette &palette)
{
    return QColor::fromRgba(themeFor(palette).textColor(KSyntaxHighlighting::Theme::Error));
}
