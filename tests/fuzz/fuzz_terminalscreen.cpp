// Any bytes as what a shell in a container writes to its terminal, in the pieces a socket may
// deliver, with the window resized between some of them: the cursor stays on the screen, every
// screen line is as wide as the screen, the scrollback keeps to its limit and the replies the
// terminal owes stay in proportion to what was asked.
#include "tests/fuzz/fuzzsplit.h"
#include "ui/widgets/terminalscreen.h"

namespace {

void check(const TerminalScreen &screen)
{
    if (screen.cursorRow() < 0 || screen.cursorRow() >= screen.rows() ||
        screen.cursorColumn() < 0 || screen.cursorColumn() >= screen.columns())
        __builtin_trap();
    if (screen.scrollbackSize() > screen.scrollbackLimit())
        __builtin_trap();
    for (int row = 0; row < screen.rows(); ++row) {
        const int line = screen.scrollbackSize() + row;
        if (int(screen.cellsOfLine(line).size()) != screen.columns())
            __builtin_trap();
        (void)screen.lineText(line);
    }
    (void)screen.screenText();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    TerminalScreen screen(1 + data[0] % 48, 1 + data[1] % 160, data[2] % 64);
    qsizetype fed = 0;
    qsizetype replied = 0;
    int n = 0;
    for (const QByteArrayView piece : fuzzPieces(data + 2, size - 2)) {
        screen.feed(piece);
        fed += piece.size();
        replied += screen.takeReplies().size();
        // A cursor position report is the longest reply ("\e[65535;65535R", 14 bytes) to the
        // shortest question ("\e[6n", 4 bytes).
        if (replied > 4 * fed + 64)
            __builtin_trap();
        if (++n % 7 == 0 && !piece.isEmpty()) {
            const uint8_t shape = uint8_t(piece.front());
            screen.resize(1 + shape % 40, 1 + (shape * 7) % 150);
            check(screen);
        }
        // The cursor is checked after every piece; the whole screen now and then (reading
        // every line after every byte would leave the fuzzer little time for anything else).
        if (screen.cursorRow() < 0 || screen.cursorRow() >= screen.rows() ||
            screen.cursorColumn() < 0 || screen.cursorColumn() >= screen.columns())
            __builtin_trap();
    }
    check(screen);
    if (n % 3 == 0)
        screen.reset();
    else if (n % 3 == 1)
        screen.clearScrollback();
    check(screen);
    return 0;
}
