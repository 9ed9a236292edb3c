#pragma once

namespace KSyntaxHighlighting {
class Repository;
class Theme;
} // namespace KSyntaxHighlighting

class QColor;
class QPalette;

// The one KSyntaxHighlighting repository of the application (building one reads every syntax
// definition, so it is made once, on first use, on the GUI thread) and the highlighting theme
// that goes with a palette.
class SyntaxRepository final
{
public:
    static KSyntaxHighlighting::Repository &instance();
    // Whether `palette` is a dark one: its window colour is darker than middle grey.
    static bool isDark(const QPalette &palette);
    // The repository's default dark or light theme, as `palette` is dark or light.
    static KSyntaxHighlighting::Theme themeFor(const QPalette &palette);
    // The colour that theme gives errors: readable on `palette`'s background.
    static QColor errorColor(const QPalette &palette);

    SyntaxRepository() = delete;
};
