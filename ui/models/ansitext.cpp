#include "ui/models/ansitext.h"

namespace {

constexpr char16_t Esc = 0x1b;

struct Style
{
    int foreground = AnsiText::Default;
    int background = AnsiText::Default;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool inverse = false;
    bool isDefault() const
    {
        return foreground == AnsiText::Default && background == AnsiText::Default && !bold &&
               !italic && !underline && !inverse;
    }
};

void applySgr(Style &s, const QList<int> &p)
{
    if (p.isEmpty()) {
        s = Style();
        return;
    }
    for (qsizetype i = 0; i < p.size(); ++i) {
        const int v = p.at(i);
        if (v == 0)
            s = Style();
        else if (v == 1)
            s.bold = true;
        else if (v == 3)
            s.italic = true;
        else if (v == 4)
            s.underline = true;
        else if (v == 7)
            s.inverse = true;
        else if (v == 22)
            s.bold = false;
        else if (v == 23)
            s.italic = false;
        else if (v == 24)
            s.underline = false;
        else if (v == 27)
            s.inverse = false;
        else if (v >= 30 && v <= 37)
            s.foreground = v - 30;
        else if (v == 39)
            s.foreground = AnsiText::Default;
        else if (v >= 40 && v <= 47)
            s.background = v - 40;
        else if (v == 49)
            s.background = AnsiText::Default;
        else if (v >= 90 && v <= 97)
            s.foreground = v - 90 + 8;
        else if (v >= 100 && v <= 107)
            s.background = v - 100 + 8;
        else if (v == 38 || v == 48) {
            int colour = AnsiText::Default;
            if (i + 2 < p.size() && p.at(i + 1) == 5) {
                colour = qBound(0, p.at(i + 2), 255);
                i += 2;
            } else if (i + 4 < p.size() && p.at(i + 1) == 2) {
                colour = AnsiText::TrueColour | (qBound(0, p.at(i + 2), 255) << 16) |
                         (qBound(0, p.at(i + 3), 255) << 8) | qBound(0, p.at(i + 4), 255);
                i += 4;
            } else {
                return;
            }
            (v == 38 ? s.foreground : s.background) = colour;
        }
    }
}

// Where an escape sequence starting at `at` (an ESC) ends, and its SGR parameters if it is one.
qsizetype sequenceEnd(QStringView in, qsizetype at, QList<int> *sgr, bool *isSgr)
{
    *isSgr = false;
    if (at + 1 >= in.size())
        return in.size();
    const char16_t kind = in[at + 1].unicode();
    if (kind == u'[') {
        qsizetype i = at + 2;
        int value = -1;
        sgr->clear();
        while (i < in.size()) {
            const char16_t c = in[i].unicode();
            if (c >= u'0' && c <= u'9') {
                value = (value < 0 ? 0 : value * 10) + (c - u'0');
                value = qMin(value, 100000);
            } else if (c == u';' || c == u':') {
                sgr->append(value < 0 ? 0 : value);
                value = -1;
            } else if (c >= 0x40 && c <= 0x7e) {
                if (value >= 0 || !sgr->isEmpty())
                    sgr->append(value < 0 ? 0 : value);
                *isSgr = c == u'm';
                return i + 1;
            } else if (c < 0x20 || c > 0x3f) {
                return i; // malformed: drop what was read
            }
            ++i;
        }
        return in.size();
    }
    if (kind == u']') { // OSC, up to BEL or ESC backslash
        for (qsizetype i = at + 2; i < in.size(); ++i) {
            if (in[i] == QChar(0x07))
                return i + 1;
            if (in[i] == QChar(Esc) && i + 1 < in.size() && in[i + 1] == u'\\')
                return i + 2;
        }
        return in.size();
    }
    if (kind == u'(' || kind == u')')
        return qMin(at + 3, in.size());
    return at + 2;
}

QChar visible(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x20 && u != u'\t')
        return QChar(char16_t(0x2400 + u));
    if (u == 0x7f)
        return QChar(char16_t(0x2421));
    return c;
}

} // namespace

AnsiText AnsiText::parse(QStringView in)
{
    AnsiText out;
    out.text.reserve(in.size());
    Style style;
    QList<int> params;
    qsizetype spanStart = 0;
    Style spanStyle;
    auto close = [&] {
        const int length = int(out.text.size() - spanStart);
        if (length > 0 && !spanStyle.isDefault())
            out.spans.append(Span{int(spanStart), length, spanStyle.foreground,
                                  spanStyle.background, spanStyle.bold, spanStyle.italic,
                                  spanStyle.underline, spanStyle.inverse});
        spanStart = out.text.size();
    };
    for (qsizetype i = 0; i < in.size();) {
        if (in[i] == QChar(Esc)) {
            bool isSgr = false;
            const qsizetype end = sequenceEnd(in, i, &params, &isSgr);
            if (isSgr) {
                close();
                applySgr(style, params);
                spanStyle = style;
            }
            i = end;
            continue;
        }
        out.text.append(visible(in[i]));
        ++i;
    }
    close();
    return out;
}

QString AnsiText::strip(QStringView in)
{
    if (!in.contains(QChar(Esc)))
        return visibleControls(in);
    return parse(in).text;
}

QString AnsiText::visibleControls(QStringView in)
{
    QString out = in.toString();
    for (QChar &c : out)
        c = visible(c);
    return out;
}
