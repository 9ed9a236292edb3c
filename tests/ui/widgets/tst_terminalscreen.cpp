#include "ui/widgets/terminalscreen.h"
#include "ui/widgets/terminalview.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

namespace {
QByteArray bytes(const char *text)
{
    return QByteArray(text);
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
} // namespace

class TestTerminalScreen : public QObject
{
    Q_OBJECT

private slots:
    void plainTextAndWrap();
    void deferredWrapAtLastColumn();
    void noAutoWrap();
    void carriageReturnLineFeedBackspaceTab();
    void utf8SplitAcrossFeeds();
    void invalidUtf8IsReplaced();
    void wideCharactersTakeTwoCells();
    void cursorMovement_data();
    void cursorMovement();
    void eraseInDisplay();
    void eraseInLine();
    void insertDeleteCharactersAndLines();
    void graphicRendition();
    void extendedColours();
    void scrollRegion();
    void reverseIndexScrollsDown();
    void scrollbackIsBounded();
    void manyLinesAreFast();
    void alternateScreen();
    void saveRestoreCursor();
    void privateModes();
    void unknownSequencesAreIgnored();
    void sequencesSplitAcrossFeeds();
    void bashPrompt();
    void clearCommand();
    void resizeKeepsText();
    void resizeShrinkKeepsCursorLine();
    void resizeGrowBringsBackScrollback();
    void resetClearsScreen();
    void cursorPositionReport();
    void bellIsCounted();
    void decLineDrawing();
    void randomInputKeepsInvariants();

    void viewKeys_data();
    void viewKeys();
    void viewApplicationCursorKeys();
    void viewKoreanText();
    void viewReadOnlyIgnoresKeys();
    void viewPasteIsBracketed();
    void viewSizeChanged();
    void viewFeedShowsText();
    void viewMouseSelection();
    void viewScrollback();
};

void TestTerminalScreen::plainTextAndWrap()
{
    TerminalScreen screen(5, 10);
    screen.feed("hello");
    QCOMPARE(screen.screenText(), QStringLiteral("hello"));
    QCOMPARE(screen.cursorRow(), 0);
    QCOMPARE(screen.cursorColumn(), 5);

    screen.feed(" wrapping world");
    QCOMPARE(screen.lineText(0), QStringLiteral("hello wrap"));
    QCOMPARE(screen.lineText(1), QStringLiteral("ping world"));
    QVERIFY(screen.isLineWrapped(0));
    QVERIFY(!screen.isLineWrapped(1));
    QCOMPARE(screen.cursorRow(), 1);
    QCOMPARE(screen.cursorColumn(), 9); // wrap pending at the last column
}

void TestTerminalScreen::deferredWrapAtLastColumn()
{
    TerminalScreen screen(3, 5);
    // Exactly a line's worth, then CR LF: no blank line in between (the wrap is deferred).
    screen.feed("abcde\r\nf");
    QCOMPARE(screen.screenText(), QStringLiteral("abcde\nf"));
    QCOMPARE(screen.cursorRow(), 1);
    QCOMPARE(screen.cursorColumn(), 1);
}

void TestTerminalScreen::noAutoWrap()
{
    TerminalScreen screen(3, 5);
    screen.feed("\x1b[?7labcdefg");
    QVERIFY(!screen.autoWrap());
    QCOMPARE(screen.screenText(), QStringLiteral("abcdg"));
    QCOMPARE(screen.cursorRow(), 0);
}

void TestTerminalScreen::carriageReturnLineFeedBackspaceTab()
{
    TerminalScreen screen(5, 20);
    screen.feed("abc\rX\n");
    QCOMPARE(screen.lineText(0), QStringLiteral("Xbc"));
    // LF keeps the column (the TTY's onlcr adds the CR).
    QCOMPARE(screen.cursorRow(), 1);
    QCOMPARE(screen.cursorColumn(), 1);
    screen.feed("\rab\bZ");
    QCOMPARE(screen.lineText(1), QStringLiteral("aZ"));
    screen.feed("\r\na\tb\tc");
    QCOMPARE(screen.lineText(2), QStringLiteral("a       b       c"));
    screen.feed("\t\t\t");
    QCOMPARE(screen.cursorColumn(), 19); // tabs stop at the last column
    screen.feed("\r\nv\x0bw\x0cx");
    QCOMPARE(screen.lineText(3), QStringLiteral("v"));
    QCOMPARE(screen.lineText(4), QStringLiteral(" w"));
    QCOMPARE(screen.cursorRow(), 4); // FF at the bottom scrolled
    QCOMPARE(screen.screenText().split(QLatin1Char('\n')).constLast(), QStringLiteral("  x"));
}

void TestTerminalScreen::utf8SplitAcrossFeeds()
{
    TerminalScreen screen(3, 20);
    const QByteArray korean = text("안녕하세요").toUtf8();
    QCOMPARE(korean.size(), 15);
    for (const char byte : korean)
        screen.feed(QByteArrayView(&byte, 1));
    QCOMPARE(screen.screenText(), text("안녕하세요"));
    QCOMPARE(screen.cursorColumn(), 10); // double width, as wcwidth() says to the shell

    TerminalScreen split(3, 20);
    const QByteArray mixed = text("é€😀x").toUtf8();
    split.feed(mixed.first(1));
    split.feed(mixed.mid(1, 3));
    split.feed(mixed.mid(4, 4));
    split.feed(mixed.mid(8));
    QCOMPARE(split.lineText(0), text("é€😀x"));
}

void TestTerminalScreen::invalidUtf8IsReplaced()
{
    TerminalScreen screen(3, 20);
    screen.feed("a\xff"
                "b\xc3"
                "c\xe2\x82"
                "d\xc0\xaf"
                "e");
    const QString r(QChar(0xfffd));
    QCOMPARE(screen.lineText(0), QStringLiteral("a") + r + QStringLiteral("b") + r +
                                     QStringLiteral("c") + r + QStringLiteral("d") + r + r +
                                     QStringLiteral("e"));
}

void TestTerminalScreen::wideCharactersTakeTwoCells()
{
    TerminalScreen screen(3, 5);
    screen.feed(text("ab한글").toUtf8());
    // "한" fits in columns 2-3; "글" does not fit in column 4 and wraps whole.
    QCOMPARE(screen.lineText(0), text("ab한"));
    QCOMPARE(screen.lineText(1), text("글"));
    QCOMPARE(screen.cell(0, 2).ch, char32_t(U'한'));
    QCOMPARE(screen.cell(0, 3).ch, char32_t(0));
    // Overwriting the right half blanks the left one.
    screen.feed("\x1b[1;4HX");
    QCOMPARE(screen.lineText(0), QStringLiteral("ab X"));
}

void TestTerminalScreen::cursorMovement_data()
{
    QTest::addColumn<QByteArray>("sequence");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");

    // From row 5, column 10 (0-based) on a 24x80 screen.
    QTest::newRow("CUU") << bytes("\x1b[3A") << 2 << 10;
    QTest::newRow("CUU default") << bytes("\x1b[A") << 4 << 10;
    QTest::newRow("CUU zero is one") << bytes("\x1b[0A") << 4 << 10;
    QTest::newRow("CUU clamps") << bytes("\x1b[99A") << 0 << 10;
    QTest::newRow("CUD") << bytes("\x1b[2B") << 7 << 10;
    QTest::newRow("CUD clamps") << bytes("\x1b[99B") << 23 << 10;
    QTest::newRow("CUF") << bytes("\x1b[5C") << 5 << 15;
    QTest::newRow("CUF clamps") << bytes("\x1b[500C") << 5 << 79;
    QTest::newRow("CUB") << bytes("\x1b[4D") << 5 << 6;
    QTest::newRow("CUB clamps") << bytes("\x1b[40D") << 5 << 0;
    QTest::newRow("CNL") << bytes("\x1b[2E") << 7 << 0;
    QTest::newRow("CPL") << bytes("\x1b[2F") << 3 << 0;
    QTest::newRow("CHA") << bytes("\x1b[20G") << 5 << 19;
    QTest::newRow("CUP") << bytes("\x1b[3;7H") << 2 << 6;
    QTest::newRow("CUP home") << bytes("\x1b[H") << 0 << 0;
    QTest::newRow("CUP row only") << bytes("\x1b[12H") << 11 << 0;
    QTest::newRow("CUP clamps") << bytes("\x1b[100;200H") << 23 << 79;
    QTest::newRow("HVP") << bytes("\x1b[4;5f") << 3 << 4;
    QTest::newRow("VPA") << bytes("\x1b[9d") << 8 << 10;
    QTest::newRow("IND") << bytes("\x1b"
                                  "D")
                         << 6 << 10;
    QTest::newRow("NEL") << bytes("\x1b"
                                  "E")
                         << 6 << 0;
    QTest::newRow("RI") << bytes("\x1bM") << 4 << 10;
}

void TestTerminalScreen::cursorMovement()
{
    QFETCH(QByteArray, sequence);
    QFETCH(int, row);
    QFETCH(int, column);
    TerminalScreen screen;
    screen.feed("\x1b[6;11H");
    QCOMPARE(screen.cursorRow(), 5);
    QCOMPARE(screen.cursorColumn(), 10);
    screen.feed(sequence);
    QCOMPARE(screen.cursorRow(), row);
    QCOMPARE(screen.cursorColumn(), column);
}

void TestTerminalScreen::eraseInDisplay()
{
    const QByteArray fill = "11111\r\n22222\r\n33333\r\n44444\x1b[2;3H";
    TerminalScreen below(4, 5);
    below.feed(fill);
    below.feed("\x1b[J");
    QCOMPARE(below.screenText(), QStringLiteral("11111\n22"));

    TerminalScreen above(4, 5);
    above.feed(fill);
    above.feed("\x1b[1J");
    QCOMPARE(above.screenText(), QStringLiteral("\n   22\n33333\n44444"));

    TerminalScreen all(4, 5);
    all.feed(fill);
    all.feed("\x1b[2J");
    QCOMPARE(all.screenText(), QString());
    QCOMPARE(all.cursorRow(), 1); // ED does not move the cursor
    QCOMPARE(all.cursorColumn(), 2);

    TerminalScreen scrollback(2, 5);
    scrollback.feed("a\r\nb\r\nc\r\nd");
    QCOMPARE(scrollback.scrollbackSize(), 2);
    scrollback.feed("\x1b[3J");
    QCOMPARE(scrollback.scrollbackSize(), 0);
    QCOMPARE(scrollback.screenText(), QStringLiteral("c\nd")); // 3 leaves the screen
}

void TestTerminalScreen::eraseInLine()
{
    TerminalScreen screen(3, 10);
    screen.feed("abcdefghij\x1b[1;5H\x1b[K");
    QCOMPARE(screen.lineText(0), QStringLiteral("abcd"));
    screen.feed("\r\nabcdefghij\x1b[2;5H\x1b[1K");
    QCOMPARE(screen.lineText(1), QStringLiteral("     fghij"));
    screen.feed("\r\nabcdefghij\x1b[3;5H\x1b[2K");
    QCOMPARE(screen.lineText(2), QString());
    screen.feed("\rabcdefghij\x1b[3;3H\x1b[3X");
    QCOMPARE(screen.lineText(2), QStringLiteral("ab   fghij"));
}

void TestTerminalScreen::insertDeleteCharactersAndLines()
{
    TerminalScreen screen(4, 10);
    screen.feed("abcdefghij\x1b[1;3H\x1b[2P");
    QCOMPARE(screen.lineText(0), QStringLiteral("abefghij"));
    screen.feed("\x1b[3@");
    QCOMPARE(screen.lineText(0), QStringLiteral("ab   efghi"));

    screen.feed("\x1b[2;1Hline2\r\nline3\r\nline4\x1b[2;1H\x1b[L");
    QCOMPARE(screen.screenText(), QStringLiteral("ab   efghi\n\nline2\nline3"));
    screen.feed("\x1b[2M");
    QCOMPARE(screen.screenText(), QStringLiteral("ab   efghi\nline3"));
    QCOMPARE(screen.scrollbackSize(), 0); // deleted lines are gone, not scrolled back
    screen.feed("\x1b[H\x1b[M");
    QCOMPARE(screen.screenText(), QStringLiteral("line3"));
    QCOMPARE(screen.scrollbackSize(), 0); // not even from the top row
}

void TestTerminalScreen::graphicRendition()
{
    TerminalScreen screen(3, 40);
    screen.feed("\x1b[1;3;4;7;31;42mA\x1b[22;23;24;27mB\x1b[2mC\x1b[0mD\x1b[94;103mE\x1b[39;49mF");
    const TerminalScreen::Cell &a = screen.cell(0, 0);
    QVERIFY(a.bold && a.italic && a.underline && a.inverse);
    QCOMPARE(a.fg, TerminalScreen::Color::indexed(1));
    QCOMPARE(a.bg, TerminalScreen::Color::indexed(2));
    const TerminalScreen::Cell &b = screen.cell(0, 1);
    QVERIFY(!b.bold && !b.italic && !b.underline && !b.inverse);
    QCOMPARE(b.fg, TerminalScreen::Color::indexed(1));
    QVERIFY(screen.cell(0, 2).dim);
    const TerminalScreen::Cell &d = screen.cell(0, 3);
    QVERIFY(!d.dim);
    QVERIFY(d.fg.isDefault() && d.bg.isDefault());
    QCOMPARE(screen.cell(0, 4).fg, TerminalScreen::Color::indexed(12));
    QCOMPARE(screen.cell(0, 4).bg, TerminalScreen::Color::indexed(11));
    QVERIFY(screen.cell(0, 5).fg.isDefault());
    QVERIFY(screen.cell(0, 5).bg.isDefault());
    QCOMPARE(screen.lineText(0), QStringLiteral("ABCDEF"));
}

void TestTerminalScreen::extendedColours()
{
    TerminalScreen screen(3, 40);
    screen.feed("\x1b[38;5;208;48;5;17mA"
                "\x1b[38;2;10;20;30;48;2;200;150;100mB"
                "\x1b[38:2::1:2:3mC"
                "\x1b[48:5:99mD"
                "\x1b[38:2:4:5:6;1mE");
    QCOMPARE(screen.cell(0, 0).fg, TerminalScreen::Color::indexed(208));
    QCOMPARE(screen.cell(0, 0).bg, TerminalScreen::Color::indexed(17));
    QCOMPARE(screen.cell(0, 1).fg, TerminalScreen::Color::rgb(10, 20, 30));
    QCOMPARE(screen.cell(0, 1).bg, TerminalScreen::Color::rgb(200, 150, 100));
    QCOMPARE(screen.cell(0, 2).fg, TerminalScreen::Color::rgb(1, 2, 3));
    QCOMPARE(screen.cell(0, 3).bg, TerminalScreen::Color::indexed(99));
    QCOMPARE(screen.cell(0, 4).fg, TerminalScreen::Color::rgb(4, 5, 6));
    QVERIFY(screen.cell(0, 4).bold);
    QCOMPARE(screen.lineText(0), QStringLiteral("ABCDE"));

    // Erased cells take the current background.
    screen.feed("\x1b[44m\x1b[2K");
    QCOMPARE(screen.cell(0, 0).bg, TerminalScreen::Color::indexed(4));
    QCOMPARE(screen.cell(0, 0).ch, char32_t(U' '));
}

void TestTerminalScreen::scrollRegion()
{
    TerminalScreen screen(5, 10);
    screen.feed("top\r\n1\r\n2\r\n3\r\nbottom");
    screen.feed("\x1b[2;4r");
    QCOMPARE(screen.cursorRow(), 0); // DECSTBM homes the cursor
    screen.feed("\x1b[4;1H\nnew");
    QCOMPARE(screen.screenText(), QStringLiteral("top\n2\n3\nnew\nbottom"));
    QCOMPARE(screen.scrollbackSize(), 0); // a partial region does not feed the scrollback
    screen.feed("\x1b[2S");
    QCOMPARE(screen.screenText(), QStringLiteral("top\nnew\n\n\nbottom"));
    screen.feed("\x1b[T");
    QCOMPARE(screen.screenText(), QStringLiteral("top\n\nnew\n\nbottom"));

    // A line feed on the last row, outside the region, does not scroll.
    screen.feed("\x1b[5;1H\n\n");
    QCOMPARE(screen.cursorRow(), 4);
    QCOMPARE(screen.lineText(4), QStringLiteral("bottom"));

    // The full screen again: scrolling feeds the scrollback.
    screen.feed("\x1b[r\x1b[5;1H\nlast");
    QCOMPARE(screen.scrollbackSize(), 1);
    QCOMPARE(screen.lineText(0), QStringLiteral("top"));
    QCOMPARE(screen.screenText(), QStringLiteral("\nnew\n\nbottom\nlast"));
}

void TestTerminalScreen::reverseIndexScrollsDown()
{
    TerminalScreen screen(3, 10);
    screen.feed("a\r\nb\r\nc\x1b[H\x1bMz");
    QCOMPARE(screen.screenText(), QStringLiteral("z\na\nb"));
}

void TestTerminalScreen::scrollbackIsBounded()
{
    TerminalScreen screen(24, 80, 5000);
    QByteArray output;
    for (int i = 0; i < 20000; ++i)
        output += "line " + QByteArray::number(i) + "\r\n";
    screen.feed(output);
    QCOMPARE(screen.scrollbackSize(), 5000);
    // 20000 lines and the cursor on an empty last row: 23 of them on the screen.
    QCOMPARE(screen.lineText(0), QStringLiteral("line 14977"));
    QCOMPARE(screen.lineText(4999), QStringLiteral("line 19976"));
    QCOMPARE(screen.lineText(5000), QStringLiteral("line 19977"));
    QCOMPARE(screen.lineText(5000 + 22), QStringLiteral("line 19999"));
    QCOMPARE(screen.droppedLineCount(), quint64(20000 - 23 - 5000));
}

void TestTerminalScreen::manyLinesAreFast()
{
    // `yes` in a container: 10 MB must not take long (no quadratic scrolling). The bound is a
    // hang guard, no expectation of speed: a busy machine stays well under it, a screen that
    // copied its scrollback for each of these 3.5 million lines does not.
    TerminalScreen screen;
    const QByteArray chunk = QByteArray("y\r\n").repeated(4096);
    QElapsedTimer timer;
    timer.start();
    for (qsizetype fed = 0; fed < 10 * 1024 * 1024; fed += chunk.size())
        screen.feed(chunk);
    QVERIFY2(timer.elapsed() < 120000,
             QByteArray(QByteArray::number(timer.elapsed()) + " ms").constData());
    QCOMPARE(screen.scrollbackSize(), 5000);
    QCOMPARE(screen.lineText(screen.scrollbackSize() + 22), QStringLiteral("y"));
}

void TestTerminalScreen::alternateScreen()
{
    TerminalScreen screen(5, 20);
    screen.feed("$ less file\r\n");
    screen.feed("\x1b[?1049h");
    QVERIFY(screen.isAlternateScreen());
    QCOMPARE(screen.screenText(), QString());
    screen.feed("\x1b[Hfull screen\x1b[5;1H\n\n\nmore");
    QCOMPARE(screen.scrollbackSize(), 0); // no scrollback from the alternate screen
    QCOMPARE(screen.lineText(4), QStringLiteral("more"));
    screen.feed("\x1b[?1049l");
    QVERIFY(!screen.isAlternateScreen());
    QCOMPARE(screen.screenText(), QStringLiteral("$ less file"));
    QCOMPARE(screen.cursorRow(), 1);
    QCOMPARE(screen.cursorColumn(), 0);

    // 1049 clears the alternate screen on the way in; 47 keeps it.
    screen.feed("\x1b[?47h");
    QCOMPARE(screen.lineText(4), QStringLiteral("more"));
    screen.feed("\x1b[?47l\x1b[?1049h");
    QCOMPARE(screen.screenText(), QString());
    screen.feed("x\x1b[?1049l\x1b[?1047hy\x1b[?1047l\x1b[?1047h");
    QCOMPARE(screen.screenText(), QString()); // 1047 clears on the way out
    screen.feed("\x1b[?1047l");
    QCOMPARE(screen.screenText(), QStringLiteral("$ less file"));
}

void TestTerminalScreen::saveRestoreCursor()
{
    TerminalScreen screen(5, 20);
    screen.feed("\x1b[3;4H\x1b[31m\x1b"
                "7\x1b[H\x1b[0mA\x1b"
                "8B");
    QCOMPARE(screen.cell(2, 3).ch, char32_t(U'B'));
    QCOMPARE(screen.cell(2, 3).fg, TerminalScreen::Color::indexed(1)); // attributes come back
    QVERIFY(screen.cell(0, 0).fg.isDefault());
    screen.feed("\x1b[5;6H\x1b[s\x1b[H\x1b[uC");
    QCOMPARE(screen.cell(4, 5).ch, char32_t(U'C'));
}

void TestTerminalScreen::privateModes()
{
    TerminalScreen screen;
    QVERIFY(screen.cursorVisible());
    screen.feed("\x1b[?25l");
    QVERIFY(!screen.cursorVisible());
    screen.feed("\x1b[?25h\x1b[?1h\x1b[?2004h");
    QVERIFY(screen.cursorVisible());
    QVERIFY(screen.applicationCursorKeys());
    QVERIFY(screen.bracketedPaste());
    screen.feed("\x1b[?1;2004l");
    QVERIFY(!screen.applicationCursorKeys());
    QVERIFY(!screen.bracketedPaste());
}

void TestTerminalScreen::unknownSequencesAreIgnored()
{
    TerminalScreen screen(3, 40);
    screen.feed("a\x1b[?1000h\x1b[?12;1006h\x1b[>4;1m\x1b[=5u\x1b[2 q\x1b[4h\x1b[22;0;0t\x1b[0c"
                "\x1b(B\x1b)0\x1b=\x1b>\x1bPdcs stuff\x1b\\\x1b_apc\x07\x1b]52;c;Zm9v\x07"
                "\x1b[1;2;3;4;5;6;7;8;9;10;11;12;13;14;15;16;17;18;19;20;21;22;23;24;25;26;27;28;"
                "29;30;31;32;33;34;35;36m\x1b[0mb\x1b[99999999999Cc");
    QCOMPARE(screen.lineText(0).left(2), QStringLiteral("ab"));
    QCOMPARE(screen.lineText(0).right(1), QStringLiteral("c"));
    QCOMPARE(screen.title(), QString());
}

void TestTerminalScreen::sequencesSplitAcrossFeeds()
{
    TerminalScreen screen(5, 20);
    const QByteArray sequence = "\x1b]0;my title\x1b\\\x1b[38;2;1;2;3mX\x1b[3;5HY";
    for (const char byte : sequence)
        screen.feed(QByteArrayView(&byte, 1));
    QCOMPARE(screen.title(), QStringLiteral("my title"));
    QCOMPARE(screen.cell(0, 0).fg, TerminalScreen::Color::rgb(1, 2, 3));
    QCOMPARE(screen.cell(2, 4).ch, char32_t(U'Y'));
}

void TestTerminalScreen::bashPrompt()
{
    TerminalScreen screen;
    screen.feed("\x1b]0;root@abc: /\x07\x1b[01;32mroot@abc\x1b[00m:/# ");
    QCOMPARE(screen.title(), QStringLiteral("root@abc: /"));
    QCOMPARE(screen.screenText(), QStringLiteral("root@abc:/#"));
    QCOMPARE(screen.cursorColumn(), 12);
    QVERIFY(screen.cell(0, 0).bold);
    QCOMPARE(screen.cell(0, 0).fg, TerminalScreen::Color::indexed(2));
    QVERIFY(!screen.cell(0, 8).bold);
    QVERIFY(screen.cell(0, 8).fg.isDefault());

    // OSC 2 names the window too, OSC 1 (the icon) does not; UTF-8 titles are fine.
    screen.feed(text("\x1b]2;컨테이너\x1b\\\x1b]1;icon\x07").toUtf8());
    QCOMPARE(screen.title(), text("컨테이너"));
}

void TestTerminalScreen::clearCommand()
{
    TerminalScreen screen(5, 20);
    for (int i = 0; i < 10; ++i)
        screen.feed("some output\r\n");
    QVERIFY(screen.scrollbackSize() > 0);
    screen.feed("\x1b[H\x1b[2J\x1b[3J");
    QCOMPARE(screen.screenText(), QString());
    QCOMPARE(screen.scrollbackSize(), 0);
    QCOMPARE(screen.cursorRow(), 0);
    QCOMPARE(screen.cursorColumn(), 0);
}

void TestTerminalScreen::resizeKeepsText()
{
    TerminalScreen screen(5, 20);
    screen.feed("first line\r\nsecond line\r\n$ ");
    screen.resize(10, 40);
    QCOMPARE(screen.rows(), 10);
    QCOMPARE(screen.columns(), 40);
    QCOMPARE(screen.screenText(), QStringLiteral("first line\nsecond line\n$"));
    QCOMPARE(screen.cursorRow(), 2);
    QCOMPARE(screen.cursorColumn(), 2);
    screen.feed("typed");
    QCOMPARE(screen.lineText(2), QStringLiteral("$ typed"));

    screen.resize(10, 6);
    QCOMPARE(screen.screenText(), QStringLiteral("first\nsecond\n$ type"));
    QCOMPARE(screen.cursorColumn(), 5);
}

void TestTerminalScreen::resizeShrinkKeepsCursorLine()
{
    TerminalScreen screen(6, 10);
    screen.feed("1\r\n2\r\n3\r\n4\r\n$ ");
    QCOMPARE(screen.cursorRow(), 4);
    screen.resize(3, 10);
    // The empty row below the cursor goes first, then lines 1 and 2 go to the scrollback.
    QCOMPARE(screen.screenText(), QStringLiteral("3\n4\n$"));
    QCOMPARE(screen.cursorRow(), 2);
    QCOMPARE(screen.scrollbackSize(), 2);
    QCOMPARE(screen.lineText(0), QStringLiteral("1"));
    QCOMPARE(screen.lineText(1), QStringLiteral("2"));
}

void TestTerminalScreen::resizeGrowBringsBackScrollback()
{
    TerminalScreen screen(3, 10);
    screen.feed("1\r\n2\r\n3\r\n4\r\n$ ");
    QCOMPARE(screen.scrollbackSize(), 2);
    screen.resize(6, 10);
    QCOMPARE(screen.scrollbackSize(), 0);
    QCOMPARE(screen.screenText(), QStringLiteral("1\n2\n3\n4\n$"));
    QCOMPARE(screen.cursorRow(), 4);
    QCOMPARE(screen.cursorColumn(), 2);
}

void TestTerminalScreen::resetClearsScreen()
{
    TerminalScreen screen(5, 20);
    screen.feed("\x1b[31mred\x1b[?25l\x1b[?1h\x1b[2;4r\x1b"
                "c");
    QCOMPARE(screen.screenText(), QString());
    QVERIFY(screen.cursorVisible());
    QVERIFY(!screen.applicationCursorKeys());
    screen.feed("x");
    QVERIFY(screen.cell(0, 0).fg.isDefault());
}

void TestTerminalScreen::cursorPositionReport()
{
    TerminalScreen screen;
    screen.feed("\x1b[5;10H\x1b[6n");
    QCOMPARE(screen.takeReplies(), QByteArray("\x1b[5;10R"));
    QCOMPARE(screen.takeReplies(), QByteArray());
    screen.feed("\x1b[5n\x1b[c");
    QCOMPARE(screen.takeReplies(), QByteArray("\x1b[0n\x1b[?1;2c"));
}

void TestTerminalScreen::bellIsCounted()
{
    TerminalScreen screen;
    const quint64 before = screen.changeCounter();
    screen.feed("\x07\x07");
    QCOMPARE(screen.bellCount(), 2);
    QVERIFY(screen.changeCounter() > before);
    screen.feed("\x1b]0;no bell\x07");
    QCOMPARE(screen.bellCount(), 2); // a BEL ending an OSC is no bell
}

void TestTerminalScreen::decLineDrawing()
{
    TerminalScreen screen(3, 10);
    screen.feed("\x1b(0lqk\x1b(Bx");
    QCOMPARE(screen.lineText(0), text("┌─┐x"));
}

void TestTerminalScreen::randomInputKeepsInvariants()
{
    // Noise made of the bytes escape sequences are made of, with resizes in between: nothing
    // may crash and the cursor must stay on the screen.
    QRandomGenerator random(42);
    static const char alphabet[] = "\x1b\x1b\x1b[[[]]?;;:0123456789mHJKLMPSTXr@dhlABCDEFGfsu78c"
                                   "(0B\x07\x08\x09\x0a\x0d\xc3\xa9\xea\xb0\x80\xff abc";
    TerminalScreen screen(10, 20, 50);
    for (int round = 0; round < 200; ++round) {
        QByteArray noise;
        for (int i = 0; i < 500; ++i)
            noise += alphabet[random.bounded(int(sizeof(alphabet)) - 1)];
        screen.feed(noise);
        if (round % 10 == 0)
            screen.resize(random.bounded(1, 30), random.bounded(1, 60));
        QVERIFY(screen.cursorRow() >= 0 && screen.cursorRow() < screen.rows());
        QVERIFY(screen.cursorColumn() >= 0 && screen.cursorColumn() < screen.columns());
        QVERIFY(screen.scrollbackSize() <= 50);
        for (int row = 0; row < screen.rows(); ++row)
            QCOMPARE(int(screen.cellsOfLine(screen.scrollbackSize() + row).size()),
                     screen.columns());
        screen.takeReplies();
    }
    screen.feed("\x1b\\\x1b[0m\x1b[?1049l\x1b[r\x1b[?7h\x1b(B\x0f\x1b[H\x1b[2Jok");
    QCOMPARE(screen.screenText(), QStringLiteral("ok"));
}

void TestTerminalScreen::viewKeys_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("keyText");
    QTest::addColumn<QByteArray>("expected");

    const int none = Qt::NoModifier;
    const int ctrl = Qt::ControlModifier;
    const int alt = Qt::AltModifier;
    const int shift = Qt::ShiftModifier;
    QTest::newRow("letter") << int(Qt::Key_A) << none << QStringLiteral("a") << bytes("a");
    QTest::newRow("Enter") << int(Qt::Key_Return) << none << QStringLiteral("\r") << bytes("\r");
    QTest::newRow("keypad Enter") << int(Qt::Key_Enter) << none << QString() << bytes("\r");
    QTest::newRow("Backspace") << int(Qt::Key_Backspace) << none << QString() << bytes("\x7f");
    QTest::newRow("Tab") << int(Qt::Key_Tab) << none << QStringLiteral("\t") << bytes("\t");
    QTest::newRow("Shift+Tab") << int(Qt::Key_Backtab) << shift << QString() << bytes("\x1b[Z");
    QTest::newRow("Escape") << int(Qt::Key_Escape) << none << QString() << bytes("\x1b");
    QTest::newRow("Up") << int(Qt::Key_Up) << none << QString() << bytes("\x1b[A");
    QTest::newRow("Down") << int(Qt::Key_Down) << none << QString() << bytes("\x1b[B");
    QTest::newRow("Right") << int(Qt::Key_Right) << none << QString() << bytes("\x1b[C");
    QTest::newRow("Left") << int(Qt::Key_Left) << none << QString() << bytes("\x1b[D");
    QTest::newRow("Ctrl+Left") << int(Qt::Key_Left) << ctrl << QString() << bytes("\x1b[1;5D");
    QTest::newRow("Home") << int(Qt::Key_Home) << none << QString() << bytes("\x1b[H");
    QTest::newRow("End") << int(Qt::Key_End) << none << QString() << bytes("\x1b[F");
    QTest::newRow("PageUp") << int(Qt::Key_PageUp) << none << QString() << bytes("\x1b[5~");
    QTest::newRow("PageDown") << int(Qt::Key_PageDown) << none << QString() << bytes("\x1b[6~");
    QTest::newRow("Insert") << int(Qt::Key_Insert) << none << QString() << bytes("\x1b[2~");
    QTest::newRow("Delete") << int(Qt::Key_Delete) << none << QString() << bytes("\x1b[3~");
    QTest::newRow("F1") << int(Qt::Key_F1) << none << QString() << bytes("\x1bOP");
    QTest::newRow("F5") << int(Qt::Key_F5) << none << QString() << bytes("\x1b[15~");
    QTest::newRow("F12") << int(Qt::Key_F12) << none << QString() << bytes("\x1b[24~");
    QTest::newRow("Ctrl+C") << int(Qt::Key_C) << ctrl << QStringLiteral("\x03") << bytes("\x03");
    QTest::newRow("Ctrl+D") << int(Qt::Key_D) << ctrl << QStringLiteral("\x04") << bytes("\x04");
    QTest::newRow("Ctrl+[") << int(Qt::Key_BracketLeft) << ctrl << QString() << bytes("\x1b");
    QTest::newRow("Ctrl+Space") << int(Qt::Key_Space) << ctrl << QString() << QByteArray("\0", 1);
    QTest::newRow("Alt+b") << int(Qt::Key_B) << alt << QStringLiteral("b")
                           << bytes("\x1b"
                                    "b");
    QTest::newRow("Alt+Backspace")
        << int(Qt::Key_Backspace) << alt << QString() << bytes("\x1b\x7f");
}

void TestTerminalScreen::viewKeys()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, keyText);
    QFETCH(QByteArray, expected);
    TerminalView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &TerminalView::input);
    QKeyEvent press(QEvent::KeyPress, key, Qt::KeyboardModifiers(modifiers), keyText);
    QApplication::sendEvent(&view, &press);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toByteArray(), expected);
}

void TestTerminalScreen::viewApplicationCursorKeys()
{
    TerminalView view;
    QSignalSpy spy(&view, &TerminalView::input);
    view.feed("\x1b[?1h");
    QTest::keyClick(&view, Qt::Key_Up);
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).toByteArray(), bytes("\x1bOA"));
    QCOMPARE(spy.at(1).at(0).toByteArray(), bytes("\x1bOD"));
}

void TestTerminalScreen::viewKoreanText()
{
    TerminalView view;
    QSignalSpy spy(&view, &TerminalView::input);
    QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, text("안녕"));
    QApplication::sendEvent(&view, &press);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toByteArray(), text("안녕").toUtf8());

    // What an input method commits goes out as UTF-8 too.
    QInputMethodEvent commit(QString(), {});
    commit.setCommitString(text("하세요"));
    QApplication::sendEvent(&view, &commit);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toByteArray(), text("하세요").toUtf8());
}

void TestTerminalScreen::viewReadOnlyIgnoresKeys()
{
    TerminalView view;
    QSignalSpy spy(&view, &TerminalView::input);
    view.setReadOnly(true);
    QTest::keyClick(&view, Qt::Key_A);
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(&view, Qt::Key_Return);
    view.paste(QStringLiteral("text"));
    view.feed("\x1b[6n"); // no reply to an exited process either
    QCOMPARE(spy.count(), 0);
    view.setReadOnly(false);
    QTest::keyClick(&view, Qt::Key_A);
    QCOMPARE(spy.count(), 1);
}

void TestTerminalScreen::viewPasteIsBracketed()
{
    TerminalView view;
    QSignalSpy spy(&view, &TerminalView::input);
    view.paste(QStringLiteral("a\nb"));
    view.feed("\x1b[?2004h");
    view.paste(QStringLiteral("ls\r\n"));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).toByteArray(), bytes("a\rb"));
    QCOMPARE(spy.at(1).at(0).toByteArray(), bytes("\x1b[200~ls\r\x1b[201~"));
}

void TestTerminalScreen::viewSizeChanged()
{
    TerminalView view;
    QSignalSpy spy(&view, &TerminalView::sizeChanged);
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(spy.count() >= 1);
    const int rows = spy.constLast().at(0).toInt();
    const int columns = spy.constLast().at(1).toInt();
    QVERIFY(rows > 0);
    QVERIFY(columns > 0);
    QCOMPARE(view.terminalRows(), rows);
    QCOMPARE(view.terminalColumns(), columns);
    QCOMPARE(view.screen().rows(), rows);

    spy.clear();
    view.resize(800, 600);
    QTRY_VERIFY(spy.count() >= 1);
    QVERIFY(spy.constLast().at(0).toInt() > rows);
    QVERIFY(spy.constLast().at(1).toInt() > columns);

    // A resize within the same cell grid says nothing.
    spy.clear();
    view.resize(801, 601);
    QCoreApplication::processEvents();
    QVERIFY(spy.count() <= 1);
}

void TestTerminalScreen::viewFeedShowsText()
{
    TerminalView view;
    QSignalSpy titles(&view, &TerminalView::titleChanged);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.feed("\x1b]0;shell\x07hello\r\n\x1b[1;31mworld\x1b[0m");
    QCOMPARE(view.screenText(), QStringLiteral("hello\nworld"));
    QCOMPARE(titles.count(), 1);
    QCOMPARE(titles.at(0).at(0).toString(), QStringLiteral("shell"));
    // Painting exercises every path without crashing.
    QImage image(view.viewport()->size(), QImage::Format_ARGB32);
    view.viewport()->render(&image);
    QVERIFY(!image.isNull());
}

void TestTerminalScreen::viewMouseSelection()
{
    TerminalView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.feed("hello world\r\nsecond line");
    QVERIFY(!view.hasSelection());

    const QPoint half(view.cellSize().width() / 2, view.cellSize().height() / 2);
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, view.cellPosition(0, 0) + QPoint(1, 1));
    QTest::mouseMove(view.viewport(), view.cellPosition(1, 6) + QPoint(1, half.y()));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {},
                        view.cellPosition(1, 6) + QPoint(1, half.y()));
    QVERIFY(view.hasSelection());
    QCOMPARE(view.selectedText(), QStringLiteral("hello world\nsecond"));
    QTRY_VERIFY(view.hasFocus());

    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, view.cellPosition(0, 8) + half);
    QCOMPARE(view.selectedText(), QStringLiteral("world"));

    view.copySelection();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("world"));
    QSignalSpy spy(&view, &TerminalView::input);
    QTest::keyClick(&view, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toByteArray(), bytes("world"));
}

void TestTerminalScreen::viewScrollback()
{
    TerminalView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QScrollBar *bar = view.verticalScrollBar();
    for (int i = 0; i < 200; ++i)
        view.feed(QByteArray("line " + QByteArray::number(i) + "\r\n"));
    QCOMPARE(bar->maximum(), view.screen().scrollbackSize());
    QCOMPARE(bar->value(), bar->maximum()); // following the output

    QTest::keyClick(&view, Qt::Key_PageUp, Qt::ShiftModifier);
    const int scrolled = bar->value();
    QVERIFY(scrolled < bar->maximum());
    view.feed("more\r\n");
    QCOMPARE(bar->value(), scrolled); // the reader stays where they are

    QSignalSpy spy(&view, &TerminalView::input);
    QTest::keyClick(&view, Qt::Key_A);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(bar->value(), bar->maximum()); // typing goes back to the bottom
}

QTEST_MAIN(TestTerminalScreen)
#include "tst_terminalscreen.moc"
