#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <array>
#include <deque>
#include <string>
#include <vector>

// The screen of a VT100/xterm-like terminal: what a shell in a container draws with the raw TTY
// bytes it writes. feed() decodes UTF-8 and parses escape sequences incrementally (a sequence may
// be split across calls); the cells, the cursor and a bounded scrollback can then be read. No I/O
// and no painting: TerminalView shows it and sends keys.
//
// Lines are addressed two ways: a screen row (0 = top of the screen), or a line index over the
// scrollback and the screen (0 = oldest scrollback line, scrollbackSize() + row = screen row).
class TerminalScreen
{
public:
    // A cell's colour: the terminal's default, one of the 256 palette entries (0-15 are the ANSI
    // colours), or 24-bit RGB.
    struct Color
    {
        enum class Kind : quint8
        {
            Default,
            Indexed,
            Rgb
        };

        Kind kind = Kind::Default;
        quint8 r = 0; // the palette index when Indexed
        quint8 g = 0;
        quint8 b = 0;

        static constexpr Color indexed(int index)
        {
            return {Kind::Indexed, static_cast<quint8>(index), 0, 0};
        }
        static constexpr Color rgb(int red, int green, int blue)
        {
            return {Kind::Rgb, static_cast<quint8>(red), static_cast<quint8>(green),
                    static_cast<quint8>(blue)};
        }
        bool isDefault() const { return kind == Kind::Default; }
        int index() const { return r; }
        bool operator==(const Color &) const = default;
    };

    struct Cell
    {
        // 0 in the right half of a double-width character.
        char32_t ch = U' ';
        Color fg;
        Color bg;
        bool bold = false;
        bool dim = false;
        bool italic = false;
        bool underline = false;
        bool inverse = false;
        bool operator==(const Cell &) const = default;
    };

    explicit TerminalScreen(int rows = 24, int columns = 80, int scrollbackLines = 5000);

    void feed(QByteArrayView bytes);
    // Keeps the text: lines are cut or padded; when rows shrink, lines go from the bottom below
    // the cursor first, then from the top into the scrollback; when rows grow, scrollback lines
    // come back first. The scroll region is reset.
    void resize(int rows, int columns);
    // ESC c: a full reset (the scrollback stays).
    void reset();
    void clearScrollback();

    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    int cursorRow() const { return m_cursor.row; }
    int cursorColumn() const { return m_cursor.column; }
    bool cursorVisible() const { return m_cursorVisible; }
    bool autoWrap() const { return m_autoWrap; }
    bool applicationCursorKeys() const { return m_applicationCursorKeys; }
    bool bracketedPaste() const { return m_bracketedPaste; }
    bool isAlternateScreen() const { return m_alternateActive; }
    QString title() const { return m_title; }
    int bellCount() const { return m_bellCount; }
    // Grows with every change, so a view knows when to repaint.
    quint64 changeCounter() const { return m_changeCounter; }

    int scrollbackSize() const { return int(m_scrollback.size()); }
    int scrollbackLimit() const { return m_scrollbackLimit; }
    // How many scrollback lines were dropped (the oldest, or all on clear) since construction:
    // a view uses it to keep line indexes of a selection or a scrolled-up position.
    quint64 droppedLineCount() const { return m_droppedLines; }
    int lineCount() const { return scrollbackSize() + m_rows; }

    const Cell &cell(int row, int column) const;
    // The cells of a line (scrollback then screen). Scrollback lines keep the width they had.
    const std::vector<Cell> &cellsOfLine(int line) const;
    // True when the line continues on the next one (the text wrapped at the last column).
    bool isLineWrapped(int line) const;
    // The text of a line with trailing blanks trimmed.
    QString lineText(int line) const;
    // The screen rows joined by '\n', each trimmed, trailing empty lines dropped.
    QString screenText() const;

    // Answers the terminal owes the process (cursor position and device attribute reports).
    QByteArray takeReplies();

private:
    struct Line
    {
        std::vector<Cell> cells;
        bool wrapped = false;
    };

    struct Cursor
    {
        int row = 0;
        int column = 0;
        bool wrapPending = false;
    };

    struct SavedCursor
    {
        Cursor cursor;
        Cell pen;
        bool originMode = false;
        std::array<bool, 2> graphics = {false, false};
        int charset = 0;
    };

    enum class State : quint8
    {
        Ground,
        Escape,
        EscapeIntermediate,
        Csi,
        CsiIgnore,
        Osc,
        OscEscape,
        String,
        StringEscape,
    };

    static constexpr int MaxParams = 32;

    std::deque<Line> &lines() { return m_alternateActive ? m_alternate : m_primary; }
    const std::deque<Line> &lines() const { return m_alternateActive ? m_alternate : m_primary; }
    const Line *lineAt(int line) const;
    Cell blank() const;
    void blankLine(Line &line) const;

    void decode(quint8 byte);
    void process(char32_t cp);
    void control(char32_t cp);
    void print(char32_t cp);
    void escape(char32_t cp);
    void escapeWithIntermediate(char32_t cp);
    void csi(char32_t cp);
    void dispatchCsi(char32_t final);
    void privateMode(int mode, bool on);
    void selectGraphicRendition();
    void finishOsc();

    int param(int index, int fallback) const;
    int count(int index) const;

    void lineFeed();
    void reverseIndex();
    void wrapToNextLine();
    // Lines leaving the top of a full-screen region go to the scrollback when toScrollback.
    void scrollUp(int top, int bottom, int count, bool toScrollback = true);
    void scrollDown(int top, int bottom, int count);
    void pushToScrollback(Line &&line);
    void eraseInLine(int row, int from, int to);
    void eraseRows(int from, int to);
    void moveTo(int row, int column);
    void saveCursor(SavedCursor &saved) const;
    void restoreCursor(const SavedCursor &saved);
    void setAlternateScreen(bool on, bool clear);
    void resizeRows(std::deque<Line> &buffer, int rows, bool primary, int &cursorRow);

    int m_rows = 0;
    int m_columns = 0;
    int m_scrollbackLimit = 0;
    std::deque<Line> m_primary; // the screen rows
    std::deque<Line> m_alternate;
    std::deque<Line> m_scrollback;
    bool m_alternateActive = false;

    Cursor m_cursor;
    Cell m_pen;
    int m_top = 0;
    int m_bottom = 0;
    bool m_originMode = false;
    bool m_autoWrap = true;
    bool m_cursorVisible = true;
    bool m_applicationCursorKeys = false;
    bool m_bracketedPaste = false;
    std::array<bool, 2> m_graphics = {false, false}; // G0/G1 designated as DEC line drawing
    int m_charset = 0;                               // 1 after SO
    std::array<SavedCursor, 2> m_saved;              // per screen: primary, alternate
    char32_t m_lastPrinted = U' ';

    State m_state = State::Ground;
    std::array<int, MaxParams> m_params = {};
    std::array<bool, MaxParams> m_subParams = {}; // introduced by ':' rather than ';'
    int m_paramCount = 0;
    char32_t m_private = 0;
    char32_t m_intermediate = 0;
    std::u32string m_osc;

    char32_t m_utf8 = 0;
    int m_utf8Remaining = 0;
    char32_t m_utf8Minimum = 0;

    QString m_title;
    int m_bellCount = 0;
    quint64 m_changeCounter = 0;
    quint64 m_droppedLines = 0;
    QByteArray m_replies;
};
