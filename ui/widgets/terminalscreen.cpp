#include "ui/widgets/terminalscreen.h"

#include <algorithm>

#include <QChar>
#include <QStringList>

namespace {
constexpr char32_t Replacement = 0xfffd;
constexpr int MaxParamValue = 65535;
constexpr std::size_t MaxOscLength = 4096;

// What glibc's wcwidth says for the characters a shell meets: 0 for combining marks and format
// characters, 2 for East Asian wide ones (Hangul, CJK, fullwidth forms, most emoji).
int charWidth(char32_t cp)
{
    if (cp < 0x300)
        return 1;
    if (cp >= 0x1160 && cp <= 0x11ff) // Hangul medial vowels and final consonants
        return 0;
    switch (QChar::category(cp)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return 0;
    default:
        break;
    }
    struct Range
    {
        char32_t first;
        char32_t last;
    };
    static constexpr Range wide[] = {
        {0x1100, 0x115f},   {0x231a, 0x231b},   {0x2329, 0x232a},   {0x23e9, 0x23ec},
        {0x23f0, 0x23f0},   {0x23f3, 0x23f3},   {0x25fd, 0x25fe},   {0x2614, 0x2615},
        {0x2648, 0x2653},   {0x267f, 0x267f},   {0x2693, 0x2693},   {0x26a1, 0x26a1},
        {0x26aa, 0x26ab},   {0x26bd, 0x26be},   {0x26c4, 0x26c5},   {0x26ce, 0x26ce},
        {0x26d4, 0x26d4},   {0x26ea, 0x26ea},   {0x26f2, 0x26f3},   {0x26f5, 0x26f5},
        {0x26fa, 0x26fa},   {0x26fd, 0x26fd},   {0x2705, 0x2705},   {0x270a, 0x270b},
        {0x2728, 0x2728},   {0x274c, 0x274c},   {0x274e, 0x274e},   {0x2753, 0x2755},
        {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27b0, 0x27b0},   {0x27bf, 0x27bf},
        {0x2b1b, 0x2b1c},   {0x2b50, 0x2b50},   {0x2b55, 0x2b55},   {0x2e80, 0x303e},
        {0x3041, 0x33ff},   {0x3400, 0x4dbf},   {0x4e00, 0x9fff},   {0xa000, 0xa4cf},
        {0xa960, 0xa97f},   {0xac00, 0xd7a3},   {0xf900, 0xfaff},   {0xfe10, 0xfe19},
        {0xfe30, 0xfe6f},   {0xff00, 0xff60},   {0xffe0, 0xffe6},   {0x16fe0, 0x16fe4},
        {0x17000, 0x18cff}, {0x1b000, 0x1b2ff}, {0x1f004, 0x1f004}, {0x1f0cf, 0x1f0cf},
        {0x1f18e, 0x1f18e}, {0x1f191, 0x1f19a}, {0x1f200, 0x1f251}, {0x1f300, 0x1f64f},
        {0x1f680, 0x1f6ff}, {0x1f7e0, 0x1f7eb}, {0x1f90c, 0x1f9ff}, {0x1fa70, 0x1faff},
        {0x20000, 0x2fffd}, {0x30000, 0x3fffd},
    };
    const auto it = std::upper_bound(std::begin(wide), std::end(wide), cp,
                                     [](char32_t c, const Range &r) { return c < r.first; });
    if (it != std::begin(wide) && cp <= std::prev(it)->last)
        return 2;
    return 1;
}

// The DEC special graphics set (ESC ( 0) for 0x60-0x7e: the line drawing of dialog, mc, tmux.
char32_t decGraphics(char32_t cp)
{
    static constexpr char32_t table[] = {
        0x25c6, 0x2592, 0x2409, 0x240c, 0x240d, 0x240a, 0x00b0, 0x00b1, 0x2424, 0x240b, 0x2518,
        0x2510, 0x250c, 0x2514, 0x253c, 0x23ba, 0x23bb, 0x2500, 0x23bc, 0x23bd, 0x251c, 0x2524,
        0x2534, 0x252c, 0x2502, 0x2264, 0x2265, 0x03c0, 0x2260, 0x00a3, 0x00b7,
    };
    return table[cp - 0x60];
}

QString toQString(const std::u32string &text)
{
    return QString::fromUcs4(text.data(), qsizetype(text.size()));
}
} // namespace

TerminalScreen::TerminalScreen(int rows, int columns, int scrollbackLines)
    : m_rows(std::max(1, rows))
    , m_columns(std::max(1, columns))
    , m_scrollbackLimit(std::max(0, scrollbackLines))
{
    m_primary.resize(std::size_t(m_rows));
    m_alternate.resize(std::size_t(m_rows));
    for (Line &line : m_primary)
        blankLine(line);
    for (Line &line : m_alternate)
        blankLine(line);
    m_bottom = m_rows - 1;
}

TerminalScreen::Cell TerminalScreen::blank() const
{
    // Erased cells take the current background, as xterm does (back colour erase).
    Cell c;
    c.bg = m_pen.bg;
    return c;
}

void TerminalScreen::blankLine(Line &line) const
{
    line.cells.assign(std::size_t(m_columns), blank());
    line.wrapped = false;
}

const TerminalScreen::Line *TerminalScreen::lineAt(int line) const
{
    if (line < 0)
        return nullptr;
    if (line < scrollbackSize())
        return &m_scrollback[std::size_t(line)];
    const int row = line - scrollbackSize();
    if (row < m_rows)
        return &lines()[std::size_t(row)];
    return nullptr;
}

const TerminalScreen::Cell &TerminalScreen::cell(int row, int column) const
{
    static const Cell none;
    if (row < 0 || row >= m_rows || column < 0 || column >= m_columns)
        return none;
    return lines()[std::size_t(row)].cells[std::size_t(column)];
}

const std::vector<TerminalScreen::Cell> &TerminalScreen::cellsOfLine(int line) const
{
    static const std::vector<Cell> none;
    const Line *l = lineAt(line);
    return l ? l->cells : none;
}

bool TerminalScreen::isLineWrapped(int line) const
{
    const Line *l = lineAt(line);
    return l && l->wrapped;
}

QString TerminalScreen::lineText(int line) const
{
    const std::vector<Cell> &cells = cellsOfLine(line);
    std::u32string text;
    text.reserve(cells.size());
    std::size_t end = 0;
    for (const Cell &c : cells) {
        if (c.ch == 0)
            continue;
        text.push_back(c.ch);
        if (c.ch != U' ')
            end = text.size();
    }
    text.resize(end);
    return toQString(text);
}

QString TerminalScreen::screenText() const
{
    QStringList rows;
    rows.reserve(m_rows);
    for (int row = 0; row < m_rows; ++row)
        rows.append(lineText(scrollbackSize() + row));
    while (!rows.isEmpty() && rows.constLast().isEmpty())
        rows.removeLast();
    return rows.join(QLatin1Char('\n'));
}

QByteArray TerminalScreen::takeReplies()
{
    QByteArray replies;
    replies.swap(m_replies);
    return replies;
}

void TerminalScreen::feed(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    ++m_changeCounter;
    for (const char byte : bytes)
        decode(static_cast<quint8>(byte));
}

void TerminalScreen::decode(quint8 byte)
{
    if (m_utf8Remaining > 0) {
        if ((byte & 0xc0) == 0x80) {
            m_utf8 = (m_utf8 << 6) | (byte & 0x3fu);
            if (--m_utf8Remaining == 0) {
                const bool valid = m_utf8 >= m_utf8Minimum && m_utf8 <= 0x10ffff &&
                                   (m_utf8 < 0xd800 || m_utf8 > 0xdfff);
                process(valid ? m_utf8 : Replacement);
            }
            return;
        }
        // A sequence cut short: replace it, then read this byte afresh.
        m_utf8Remaining = 0;
        process(Replacement);
    }
    if (byte < 0x80) {
        process(byte);
    } else if (byte >= 0xc2 && byte <= 0xdf) {
        m_utf8 = byte & 0x1fu;
        m_utf8Remaining = 1;
        m_utf8Minimum = 0x80;
    } else if (byte >= 0xe0 && byte <= 0xef) {
        m_utf8 = byte & 0x0fu;
        m_utf8Remaining = 2;
        m_utf8Minimum = 0x800;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
        m_utf8 = byte & 0x07u;
        m_utf8Remaining = 3;
        m_utf8Minimum = 0x10000;
    } else {
        process(Replacement);
    }
}

void TerminalScreen::process(char32_t cp)
{
    // Strings (OSC, DCS and the like) end with BEL or ESC \ and swallow everything else.
    switch (m_state) {
    case State::Osc:
        if (cp == 0x07) {
            finishOsc();
            m_state = State::Ground;
        } else if (cp == 0x1b) {
            m_state = State::OscEscape;
        } else if (cp >= 0x20 && m_osc.size() < MaxOscLength) {
            m_osc.push_back(cp);
        }
        return;
    case State::OscEscape:
        finishOsc();
        m_state = State::Ground;
        if (cp != U'\\') {
            m_state = State::Escape;
            process(cp);
        }
        return;
    case State::String:
        if (cp == 0x07)
            m_state = State::Ground;
        else if (cp == 0x1b)
            m_state = State::StringEscape;
        return;
    case State::StringEscape:
        m_state = State::Ground;
        if (cp != U'\\') {
            m_state = State::Escape;
            process(cp);
        }
        return;
    default:
        break;
    }

    if (cp < 0x20 || cp == 0x7f) {
        control(cp);
        return;
    }
    switch (m_state) {
    case State::Ground:
        if (cp < 0x80 || cp > 0x9f) // C1 controls print nothing
            print(cp);
        break;
    case State::Escape:
        escape(cp);
        break;
    case State::EscapeIntermediate:
        escapeWithIntermediate(cp);
        break;
    case State::Csi:
    case State::CsiIgnore:
        csi(cp);
        break;
    default:
        break;
    }
}

void TerminalScreen::control(char32_t cp)
{
    switch (cp) {
    case 0x07: // BEL
        ++m_bellCount;
        break;
    case 0x08: // BS
        if (m_cursor.column > 0)
            --m_cursor.column;
        m_cursor.wrapPending = false;
        break;
    case 0x09: // HT
        m_cursor.column = std::min(m_columns - 1, (m_cursor.column / 8 + 1) * 8);
        m_cursor.wrapPending = false;
        break;
    case 0x0a: // LF
    case 0x0b: // VT
    case 0x0c: // FF
        lineFeed();
        break;
    case 0x0d: // CR
        m_cursor.column = 0;
        m_cursor.wrapPending = false;
        break;
    case 0x0e: // SO
        m_charset = 1;
        break;
    case 0x0f: // SI
        m_charset = 0;
        break;
    case 0x18: // CAN
    case 0x1a: // SUB
        m_state = State::Ground;
        break;
    case 0x1b: // ESC
        m_state = State::Escape;
        m_intermediate = 0;
        break;
    default:
        break;
    }
}

void TerminalScreen::print(char32_t cp)
{
    int width = 1;
    if (cp >= 0x300) {
        width = charWidth(cp);
        if (width == 0)
            return; // combining characters are dropped: a cell holds one code point
    } else if (cp >= 0x60 && cp <= 0x7e && m_graphics[std::size_t(m_charset)]) {
        cp = decGraphics(cp);
    }
    if (width == 2 && m_columns < 2)
        width = 1;

    if (m_cursor.wrapPending && m_autoWrap)
        wrapToNextLine();
    if (width == 2 && m_cursor.column == m_columns - 1) {
        if (m_autoWrap) {
            eraseInLine(m_cursor.row, m_cursor.column, m_cursor.column);
            wrapToNextLine();
        } else {
            m_cursor.column = m_columns - 2;
        }
    }

    std::vector<Cell> &cells = lines()[std::size_t(m_cursor.row)].cells;
    const auto column = std::size_t(m_cursor.column);
    // Overwriting half of a double-width character blanks its other half.
    if (cells[column].ch == 0 && column > 0)
        cells[column - 1].ch = U' ';
    const std::size_t end = column + std::size_t(width);
    if (end < cells.size() && cells[end].ch == 0)
        cells[end].ch = U' ';
    Cell c = m_pen;
    c.ch = cp;
    cells[column] = c;
    if (width == 2) {
        c.ch = 0;
        cells[column + 1] = c;
    }
    m_lastPrinted = cp;

    if (m_cursor.column + width >= m_columns) {
        m_cursor.column = m_columns - 1;
        m_cursor.wrapPending = m_autoWrap;
    } else {
        m_cursor.column += width;
        m_cursor.wrapPending = false;
    }
}

void TerminalScreen::wrapToNextLine()
{
    lines()[std::size_t(m_cursor.row)].wrapped = true;
    m_cursor.column = 0;
    lineFeed();
}

void TerminalScreen::lineFeed()
{
    m_cursor.wrapPending = false;
    if (m_cursor.row == m_bottom)
        scrollUp(m_top, m_bottom, 1);
    else if (m_cursor.row < m_rows - 1)
        ++m_cursor.row;
}

void TerminalScreen::reverseIndex()
{
    m_cursor.wrapPending = false;
    if (m_cursor.row == m_top)
        scrollDown(m_top, m_bottom, 1);
    else if (m_cursor.row > 0)
        --m_cursor.row;
}

void TerminalScreen::pushToScrollback(Line &&line)
{
    if (m_scrollbackLimit <= 0)
        return;
    if (scrollbackSize() >= m_scrollbackLimit) {
        m_scrollback.pop_front();
        ++m_droppedLines;
    }
    m_scrollback.push_back(std::move(line));
}

void TerminalScreen::scrollUp(int top, int bottom, int count, bool toScrollback)
{
    count = std::min(count, bottom - top + 1);
    if (count <= 0)
        return;
    std::deque<Line> &buffer = lines();
    if (top == 0 && bottom == m_rows - 1) {
        // The common case, a shell's output at the bottom: O(1) per line, and the storage of
        // the oldest scrollback line is reused, for `yes` scrolls millions of lines.
        for (int i = 0; i < count; ++i) {
            Line line = std::move(buffer.front());
            buffer.pop_front();
            if (toScrollback && !m_alternateActive && m_scrollbackLimit > 0) {
                Line recycled;
                if (scrollbackSize() >= m_scrollbackLimit) {
                    recycled = std::move(m_scrollback.front());
                    m_scrollback.pop_front();
                    ++m_droppedLines;
                }
                m_scrollback.push_back(std::move(line));
                line = std::move(recycled);
            }
            blankLine(line);
            buffer.push_back(std::move(line));
        }
        return;
    }
    std::rotate(buffer.begin() + top, buffer.begin() + top + count, buffer.begin() + bottom + 1);
    for (int row = bottom - count + 1; row <= bottom; ++row)
        blankLine(buffer[std::size_t(row)]);
}

void TerminalScreen::scrollDown(int top, int bottom, int count)
{
    count = std::min(count, bottom - top + 1);
    if (count <= 0)
        return;
    std::deque<Line> &buffer = lines();
    std::rotate(buffer.begin() + top, buffer.begin() + bottom + 1 - count,
                buffer.begin() + bottom + 1);
    for (int row = top; row < top + count; ++row)
        blankLine(buffer[std::size_t(row)]);
}

void TerminalScreen::eraseInLine(int row, int from, int to)
{
    from = std::max(0, from);
    to = std::min(m_columns - 1, to);
    if (from > to)
        return;
    Line &line = lines()[std::size_t(row)];
    std::fill(line.cells.begin() + from, line.cells.begin() + to + 1, blank());
    if (to == m_columns - 1)
        line.wrapped = false;
}

void TerminalScreen::eraseRows(int from, int to)
{
    for (int row = std::max(0, from); row <= std::min(m_rows - 1, to); ++row)
        blankLine(lines()[std::size_t(row)]);
}

void TerminalScreen::moveTo(int row, int column)
{
    const int top = m_originMode ? m_top : 0;
    const int bottom = m_originMode ? m_bottom : m_rows - 1;
    m_cursor.row = std::clamp(row + top, top, bottom);
    m_cursor.column = std::clamp(column, 0, m_columns - 1);
    m_cursor.wrapPending = false;
}

void TerminalScreen::saveCursor(SavedCursor &saved) const
{
    saved.cursor = m_cursor;
    saved.pen = m_pen;
    saved.originMode = m_originMode;
    saved.graphics = m_graphics;
    saved.charset = m_charset;
}

void TerminalScreen::restoreCursor(const SavedCursor &saved)
{
    m_cursor = saved.cursor;
    m_cursor.row = std::clamp(m_cursor.row, 0, m_rows - 1);
    m_cursor.column = std::clamp(m_cursor.column, 0, m_columns - 1);
    m_pen = saved.pen;
    m_originMode = saved.originMode;
    m_graphics = saved.graphics;
    m_charset = saved.charset;
}

void TerminalScreen::setAlternateScreen(bool on, bool clear)
{
    if (on == m_alternateActive)
        return;
    m_alternateActive = on;
    if (clear) {
        for (Line &line : m_alternate)
            blankLine(line);
    }
}

void TerminalScreen::reset()
{
    ++m_changeCounter;
    m_alternateActive = false;
    m_pen = Cell();
    for (Line &line : m_primary)
        blankLine(line);
    for (Line &line : m_alternate)
        blankLine(line);
    m_cursor = Cursor();
    m_top = 0;
    m_bottom = m_rows - 1;
    m_originMode = false;
    m_autoWrap = true;
    m_cursorVisible = true;
    m_applicationCursorKeys = false;
    m_bracketedPaste = false;
    m_graphics = {false, false};
    m_charset = 0;
    m_saved = {};
    m_lastPrinted = U' ';
    m_state = State::Ground;
}

void TerminalScreen::clearScrollback()
{
    ++m_changeCounter;
    m_droppedLines += m_scrollback.size();
    m_scrollback.clear();
}

void TerminalScreen::escape(char32_t cp)
{
    m_state = State::Ground;
    if (cp >= 0x20 && cp <= 0x2f) {
        m_intermediate = cp;
        m_state = State::EscapeIntermediate;
        return;
    }
    switch (cp) {
    case U'[':
        m_state = State::Csi;
        m_paramCount = 0;
        m_private = 0;
        m_intermediate = 0;
        break;
    case U']':
        m_state = State::Osc;
        m_osc.clear();
        break;
    case U'P': // DCS
    case U'X': // SOS
    case U'^': // PM
    case U'_': // APC
        m_state = State::String;
        break;
    case U'7':
        saveCursor(m_saved[m_alternateActive ? 1 : 0]);
        break;
    case U'8':
        restoreCursor(m_saved[m_alternateActive ? 1 : 0]);
        break;
    case U'D':
        lineFeed();
        break;
    case U'E':
        m_cursor.column = 0;
        lineFeed();
        break;
    case U'M':
        reverseIndex();
        break;
    case U'c':
        reset();
        break;
    default: // ESC = and ESC > (keypad), ESC H (tab set) and the rest: ignored
        break;
    }
}

void TerminalScreen::escapeWithIntermediate(char32_t cp)
{
    if (cp >= 0x20 && cp <= 0x2f) {
        m_intermediate = cp;
        return;
    }
    m_state = State::Ground;
    switch (m_intermediate) {
    case U'(':
        m_graphics[0] = cp == U'0';
        break;
    case U')':
        m_graphics[1] = cp == U'0';
        break;
    case U'#':
        if (cp == U'8') { // DECALN: fill the screen with 'E'
            Cell e;
            e.ch = U'E';
            for (Line &line : lines())
                std::fill(line.cells.begin(), line.cells.end(), e);
        }
        break;
    default:
        break;
    }
}

void TerminalScreen::csi(char32_t cp)
{
    if (cp >= 0x40 && cp <= 0x7e) {
        const bool ignore = m_state == State::CsiIgnore;
        m_state = State::Ground;
        if (!ignore)
            dispatchCsi(cp);
        return;
    }
    if (m_state == State::CsiIgnore)
        return;
    if (cp >= U'0' && cp <= U'9') {
        if (m_intermediate != 0) {
            m_state = State::CsiIgnore;
            return;
        }
        if (m_paramCount == 0) {
            m_paramCount = 1;
            m_params[0] = -1;
            m_subParams[0] = false;
        }
        int &value = m_params[std::size_t(m_paramCount - 1)];
        value = std::min(MaxParamValue, std::max(0, value) * 10 + int(cp - U'0'));
    } else if (cp == U';' || cp == U':') {
        if (m_intermediate != 0) {
            m_state = State::CsiIgnore;
            return;
        }
        if (m_paramCount == 0) {
            m_paramCount = 1;
            m_params[0] = -1;
            m_subParams[0] = false;
        }
        if (m_paramCount < MaxParams) {
            m_params[std::size_t(m_paramCount)] = -1;
            m_subParams[std::size_t(m_paramCount)] = cp == U':';
            ++m_paramCount;
        }
    } else if (cp >= U'<' && cp <= U'?') {
        if (m_paramCount == 0 && m_private == 0 && m_intermediate == 0)
            m_private = cp;
        else
            m_state = State::CsiIgnore;
    } else if (cp >= 0x20 && cp <= 0x2f) {
        m_intermediate = cp;
    } else {
        m_state = State::CsiIgnore;
    }
}

int TerminalScreen::param(int index, int fallback) const
{
    if (index < m_paramCount && m_params[std::size_t(index)] >= 0)
        return m_params[std::size_t(index)];
    return fallback;
}

int TerminalScreen::count(int index) const
{
    return std::max(1, param(index, 1));
}

void TerminalScreen::dispatchCsi(char32_t final)
{
    if (m_private == U'?') {
        if (m_intermediate == 0 && (final == U'h' || final == U'l')) {
            for (int i = 0; i < std::max(1, m_paramCount); ++i)
                privateMode(param(i, 0), final == U'h');
        }
        return;
    }
    if (m_private == U'>' && final == U'c' && m_intermediate == 0) {
        m_replies.append("\x1b[>0;10;1c");
        return;
    }
    if (m_private != 0)
        return;
    if (m_intermediate == U'!' && final == U'p') { // DECSTR, a soft reset
        m_pen = Cell();
        m_cursorVisible = true;
        m_autoWrap = true;
        m_originMode = false;
        m_applicationCursorKeys = false;
        m_top = 0;
        m_bottom = m_rows - 1;
        m_graphics = {false, false};
        m_charset = 0;
        return;
    }
    if (m_intermediate != 0)
        return;

    const int row = m_cursor.row;
    const int column = m_cursor.column;
    switch (final) {
    case U'A': { // CUU
        const int limit = row >= m_top ? m_top : 0;
        m_cursor.row = std::max(limit, row - count(0));
        m_cursor.wrapPending = false;
        break;
    }
    case U'B':   // CUD
    case U'e': { // VPR
        const int limit = row <= m_bottom ? m_bottom : m_rows - 1;
        m_cursor.row = std::min(limit, row + count(0));
        m_cursor.wrapPending = false;
        break;
    }
    case U'C': // CUF
    case U'a': // HPR
        m_cursor.column = std::min(m_columns - 1, column + count(0));
        m_cursor.wrapPending = false;
        break;
    case U'D': // CUB
        m_cursor.column = std::max(0, column - count(0));
        m_cursor.wrapPending = false;
        break;
    case U'E': { // CNL
        const int limit = row <= m_bottom ? m_bottom : m_rows - 1;
        m_cursor.row = std::min(limit, row + count(0));
        m_cursor.column = 0;
        m_cursor.wrapPending = false;
        break;
    }
    case U'F': { // CPL
        const int limit = row >= m_top ? m_top : 0;
        m_cursor.row = std::max(limit, row - count(0));
        m_cursor.column = 0;
        m_cursor.wrapPending = false;
        break;
    }
    case U'G': // CHA
    case U'`': // HPA
        m_cursor.column = std::clamp(count(0) - 1, 0, m_columns - 1);
        m_cursor.wrapPending = false;
        break;
    case U'H': // CUP
    case U'f': // HVP
        moveTo(count(0) - 1, count(1) - 1);
        break;
    case U'd': // VPA
        moveTo(count(0) - 1, column);
        break;
    case U'J': // ED
        switch (param(0, 0)) {
        case 0:
            eraseInLine(row, column, m_columns - 1);
            eraseRows(row + 1, m_rows - 1);
            break;
        case 1:
            eraseRows(0, row - 1);
            eraseInLine(row, 0, column);
            break;
        case 2:
            eraseRows(0, m_rows - 1);
            break;
        case 3:
            clearScrollback();
            break;
        default:
            break;
        }
        m_cursor.wrapPending = false;
        break;
    case U'K': // EL
        switch (param(0, 0)) {
        case 0:
            eraseInLine(row, column, m_columns - 1);
            break;
        case 1:
            eraseInLine(row, 0, column);
            break;
        case 2:
            eraseInLine(row, 0, m_columns - 1);
            break;
        default:
            break;
        }
        m_cursor.wrapPending = false;
        break;
    case U'L': // IL
        if (row >= m_top && row <= m_bottom) {
            scrollDown(row, m_bottom, count(0));
            m_cursor.column = 0;
            m_cursor.wrapPending = false;
        }
        break;
    case U'M': // DL
        if (row >= m_top && row <= m_bottom) {
            scrollUp(row, m_bottom, count(0), false);
            m_cursor.column = 0;
            m_cursor.wrapPending = false;
        }
        break;
    case U'P': { // DCH
        std::vector<Cell> &cells = lines()[std::size_t(row)].cells;
        const int n = std::min(count(0), m_columns - column);
        std::move(cells.begin() + column + n, cells.end(), cells.begin() + column);
        std::fill(cells.end() - n, cells.end(), blank());
        m_cursor.wrapPending = false;
        break;
    }
    case U'@': { // ICH
        std::vector<Cell> &cells = lines()[std::size_t(row)].cells;
        const int n = std::min(count(0), m_columns - column);
        std::move_backward(cells.begin() + column, cells.end() - n, cells.end());
        std::fill(cells.begin() + column, cells.begin() + column + n, blank());
        m_cursor.wrapPending = false;
        break;
    }
    case U'X': // ECH
        eraseInLine(row, column, column + count(0) - 1);
        m_cursor.wrapPending = false;
        break;
    case U'S': // SU
        scrollUp(m_top, m_bottom, count(0));
        break;
    case U'T': // SD (with more parameters it is mouse tracking, not handled)
        if (m_paramCount <= 1)
            scrollDown(m_top, m_bottom, count(0));
        break;
    case U'b': // REP
        if (m_lastPrinted >= 0x20) {
            for (int i = std::min(count(0), m_rows * m_columns); i > 0; --i)
                print(m_lastPrinted);
        }
        break;
    case U'r': { // DECSTBM
        const int top = count(0) - 1;
        const int bottom = std::min(m_rows, param(1, m_rows) == 0 ? m_rows : param(1, m_rows)) - 1;
        if (top < bottom) {
            m_top = top;
            m_bottom = bottom;
            moveTo(0, 0);
        }
        break;
    }
    case U's':
        saveCursor(m_saved[m_alternateActive ? 1 : 0]);
        break;
    case U'u':
        restoreCursor(m_saved[m_alternateActive ? 1 : 0]);
        break;
    case U'm':
        selectGraphicRendition();
        break;
    case U'n': // DSR
        if (param(0, 0) == 5) {
            m_replies.append("\x1b[0n");
        } else if (param(0, 0) == 6) {
            const int reportedRow = m_cursor.row - (m_originMode ? m_top : 0) + 1;
            m_replies += "\x1b[" + QByteArray::number(reportedRow) + ';' +
                         QByteArray::number(m_cursor.column + 1) + 'R';
        }
        break;
    case U'c': // DA
        if (param(0, 0) == 0)
            m_replies.append("\x1b[?1;2c");
        break;
    default: // tab stops, window operations, modes other than DEC private ones: ignored
        break;
    }
}

void TerminalScreen::privateMode(int mode, bool on)
{
    switch (mode) {
    case 1:
        m_applicationCursorKeys = on;
        break;
    case 6:
        m_originMode = on;
        moveTo(0, 0);
        break;
    case 7:
        m_autoWrap = on;
        if (!on)
            m_cursor.wrapPending = false;
        break;
    case 25:
        m_cursorVisible = on;
        break;
    case 47:
        setAlternateScreen(on, false);
        break;
    case 1047:
        if (on) {
            setAlternateScreen(true, false);
        } else {
            if (m_alternateActive) {
                for (Line &line : m_alternate)
                    blankLine(line);
            }
            setAlternateScreen(false, false);
        }
        break;
    case 1048:
        if (on)
            saveCursor(m_saved[m_alternateActive ? 1 : 0]);
        else
            restoreCursor(m_saved[m_alternateActive ? 1 : 0]);
        break;
    case 1049:
        if (on && !m_alternateActive) {
            saveCursor(m_saved[0]);
            setAlternateScreen(true, true);
        } else if (!on && m_alternateActive) {
            setAlternateScreen(false, false);
            restoreCursor(m_saved[0]);
        }
        break;
    case 2004:
        m_bracketedPaste = on;
        break;
    default: // mouse tracking, cursor blinking and the rest: ignored
        break;
    }
}

void TerminalScreen::selectGraphicRendition()
{
    if (m_paramCount == 0) {
        m_pen = Cell();
        return;
    }
    // 38;5;n and 38;2;r;g;b, or with colons: 38:5:n, 38:2:r:g:b, 38:2:id:r:g:b.
    const auto extendedColor = [this](int &i, Color &color) {
        if (i + 1 < m_paramCount && m_subParams[std::size_t(i + 1)]) {
            std::vector<int> values;
            while (i + 1 < m_paramCount && m_subParams[std::size_t(i + 1)])
                values.push_back(std::max(0, m_params[std::size_t(++i)]));
            if (values.size() >= 2 && values[0] == 5) {
                color = Color::indexed(std::min(values[1], 255));
            } else if (values.size() >= 4 && values[0] == 2) {
                const std::size_t n = values.size();
                color = Color::rgb(std::min(values[n - 3], 255), std::min(values[n - 2], 255),
                                   std::min(values[n - 1], 255));
            }
            return;
        }
        const int kind = param(i + 1, -1);
        if (kind == 5) {
            if (i + 2 < m_paramCount)
                color = Color::indexed(std::min(param(i + 2, 0), 255));
            i += 2;
        } else if (kind == 2) {
            if (i + 4 < m_paramCount)
                color = Color::rgb(std::min(param(i + 2, 0), 255), std::min(param(i + 3, 0), 255),
                                   std::min(param(i + 4, 0), 255));
            i += 4;
        } else {
            i += 1;
        }
    };

    for (int i = 0; i < m_paramCount; ++i) {
        if (m_subParams[std::size_t(i)])
            continue; // a sub-parameter of something not understood
        const int p = param(i, 0);
        switch (p) {
        case 0:
            m_pen = Cell();
            break;
        case 1:
            m_pen.bold = true;
            break;
        case 2:
            m_pen.dim = true;
            break;
        case 3:
            m_pen.italic = true;
            break;
        case 4:
            // 4:0 turns underlining off; 4:1 to 4:5 are styles of it.
            m_pen.underline =
                !(i + 1 < m_paramCount && m_subParams[std::size_t(i + 1)] && param(i + 1, 0) == 0);
            break;
        case 7:
            m_pen.inverse = true;
            break;
        case 21:
            m_pen.underline = true;
            break;
        case 22:
            m_pen.bold = false;
            m_pen.dim = false;
            break;
        case 23:
            m_pen.italic = false;
            break;
        case 24:
            m_pen.underline = false;
            break;
        case 27:
            m_pen.inverse = false;
            break;
        case 38:
            extendedColor(i, m_pen.fg);
            break;
        case 39:
            m_pen.fg = Color();
            break;
        case 48:
            extendedColor(i, m_pen.bg);
            break;
        case 49:
            m_pen.bg = Color();
            break;
        case 58: { // underline colour: parsed so its parameters are skipped
            Color ignored;
            extendedColor(i, ignored);
            break;
        }
        default:
            if (p >= 30 && p <= 37)
                m_pen.fg = Color::indexed(p - 30);
            else if (p >= 40 && p <= 47)
                m_pen.bg = Color::indexed(p - 40);
            else if (p >= 90 && p <= 97)
                m_pen.fg = Color::indexed(p - 90 + 8);
            else if (p >= 100 && p <= 107)
                m_pen.bg = Color::indexed(p - 100 + 8);
            break;
        }
    }
}

void TerminalScreen::finishOsc()
{
    // "0;title" and "2;title" name the window; "1;" (icon name) and the rest are ignored.
    const std::size_t separator = m_osc.find(U';');
    if (separator != std::u32string::npos) {
        const std::u32string command = m_osc.substr(0, separator);
        if (command == U"0" || command == U"2")
            m_title = toQString(m_osc.substr(separator + 1));
    }
    m_osc.clear();
}

void TerminalScreen::resize(int rows, int columns)
{
    rows = std::max(1, rows);
    columns = std::max(1, columns);
    if (rows == m_rows && columns == m_columns)
        return;
    ++m_changeCounter;
    if (columns != m_columns) {
        const Cell empty;
        for (std::deque<Line> *buffer : {&m_primary, &m_alternate}) {
            for (Line &line : *buffer) {
                line.cells.resize(std::size_t(columns), empty);
                if (line.cells.back().ch == 0) // half a wide character left at the edge
                    line.cells.back().ch = U' ';
                if (columns < m_columns)
                    line.wrapped = false;
            }
        }
        m_columns = columns;
    }
    if (rows != m_rows) {
        int primaryRow = m_alternateActive ? m_saved[0].cursor.row : m_cursor.row;
        int alternateRow = m_alternateActive ? m_cursor.row : m_saved[1].cursor.row;
        resizeRows(m_primary, rows, true, primaryRow);
        resizeRows(m_alternate, rows, false, alternateRow);
        (m_alternateActive ? m_saved[0] : m_saved[1]).cursor.row =
            m_alternateActive ? primaryRow : alternateRow;
        m_cursor.row = m_alternateActive ? alternateRow : primaryRow;
        m_rows = rows;
    }
    m_top = 0;
    m_bottom = m_rows - 1;
    m_cursor.row = std::clamp(m_cursor.row, 0, m_rows - 1);
    m_cursor.column = std::clamp(m_cursor.column, 0, m_columns - 1);
    m_cursor.wrapPending = false;
    for (SavedCursor &saved : m_saved) {
        saved.cursor.row = std::clamp(saved.cursor.row, 0, m_rows - 1);
        saved.cursor.column = std::clamp(saved.cursor.column, 0, m_columns - 1);
    }
}

void TerminalScreen::resizeRows(std::deque<Line> &buffer, int rows, bool primary, int &cursorRow)
{
    const int old = int(buffer.size());
    cursorRow = std::clamp(cursorRow, 0, old - 1);
    if (rows < old) {
        int excess = old - rows;
        // The lines below the cursor go first (usually empty), then the top ones.
        const int below = std::min(excess, old - 1 - cursorRow);
        buffer.erase(buffer.end() - below, buffer.end());
        excess -= below;
        if (excess > 0) {
            if (primary) {
                for (int i = 0; i < excess; ++i)
                    pushToScrollback(std::move(buffer[std::size_t(i)]));
            }
            buffer.erase(buffer.begin(), buffer.begin() + excess);
            cursorRow -= excess;
        }
    } else if (rows > old) {
        int missing = rows - old;
        if (primary) {
            // Lines come back from the scrollback, as in xterm.
            const int back = std::min(missing, scrollbackSize());
            std::vector<Line> restored;
            restored.reserve(std::size_t(back));
            for (int i = 0; i < back; ++i) {
                restored.insert(restored.begin(), std::move(m_scrollback.back()));
                m_scrollback.pop_back();
                restored.front().cells.resize(std::size_t(m_columns), Cell());
            }
            buffer.insert(buffer.begin(), std::make_move_iterator(restored.begin()),
                          std::make_move_iterator(restored.end()));
            cursorRow += back;
            missing -= back;
        }
        const Cell empty;
        for (int i = 0; i < missing; ++i)
            buffer.push_back(Line{std::vector<Cell>(std::size_t(m_columns), empty), false});
    }
}
