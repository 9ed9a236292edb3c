// Any text as a log line with ANSI colour sequences: the spans must lie inside the text, in
// order and without overlap, their colours valid; the text alone is what strip() gives.
#include "ui/models/ansitext.h"

namespace {

bool validColour(int c)
{
    return c == AnsiText::Default || (c >= 0 && c <= 255) ||
           (c >= AnsiText::TrueColour && c <= (AnsiText::TrueColour | 0xffffff));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString in = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const AnsiText parsed = AnsiText::parse(in);
    if (parsed.text.size() > in.size())
        __builtin_trap();
    int end = 0;
    for (const AnsiText::Span &span : parsed.spans) {
        if (span.start < end || span.length <= 0 || span.start + span.length > parsed.text.size())
            __builtin_trap();
        if (!validColour(span.foreground) || !validColour(span.background))
            __builtin_trap();
        end = span.start + span.length;
    }
    if (AnsiText::strip(in) != parsed.text)
        __builtin_trap();
    const QString visible = AnsiText::visibleControls(parsed.text);
    if (visible.size() != parsed.text.size())
        __builtin_trap();
    return 0;
}
