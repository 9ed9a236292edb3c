#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Text with ANSI SGR colour sequences (ESC [ ... m) taken out and kept as styled spans. Other
// escape sequences are dropped; other control characters become visible symbols.
struct AnsiText
{
    // A colour: Default, an index in the 256-colour palette (0..255), or RGB | TrueColour.
    static constexpr int Default = -1;
    static constexpr int TrueColour = 0x1000000;

    struct Span
    {
        int start = 0;
        int length = 0;
        int foreground = Default;
        int background = Default;
        bool bold = false;
        bool italic = false;
        bool underline = false;
        bool inverse = false;
    };

    QString text;
    QList<Span> spans; // only where the style is not the default

    static AnsiText parse(QStringView in);
    // The text alone.
    static QString strip(QStringView in);
    // Tabs and printable characters stay; other control characters become U+2400 symbols.
    static QString visibleControls(QStringView in);
};
