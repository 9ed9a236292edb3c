#include "ui/widgets/codeeditor.h"

#include <algorithm>

#include <QPalette>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

// The code editor: Dockerfile highlighting from the shared repository, a theme that follows
// the palette, and a line-number margin as wide as the line count needs.
class TestCodeEditor : public QObject
{
    Q_OBJECT

private slots:
    void dockerfileIsHighlighted();
    void unknownSyntaxHighlightsNothing();
    void themeFollowsPalette();
    void marginGrowsWithLines();

private:
    // Where the text starts: right of the line-number margin.
    static int margin(const CodeEditor &editor)
    {
        return editor.viewport()->geometry().left() - editor.contentsRect().left();
    }
    static QList<QTextLayout::FormatRange> formats(const CodeEditor &editor, int line)
    {
        return editor.document()->findBlockByNumber(line).layout()->formats();
    }
};

void TestCodeEditor::dockerfileIsHighlighted()
{
    CodeEditor editor;
    QVERIFY(editor.setSyntax(QStringLiteral("Dockerfile")));
    QCOMPARE(editor.syntaxName(), QStringLiteral("Dockerfile"));
    editor.setPlainText(QStringLiteral("FROM busybox:latest\n"
                                       "ARG GREETING=hello\n"
                                       "RUN echo \"$GREETING\"\n"));
    // FROM is a keyword: a format with a colour or weight of its own covers it.
    QTRY_VERIFY(!formats(editor, 0).isEmpty());
    const QList<QTextLayout::FormatRange> from = formats(editor, 0);
    const auto keyword = std::find_if(from.cbegin(), from.cend(), [](const auto &range) {
        return range.start == 0 && range.length >= 4;
    });
    QVERIFY(keyword != from.cend());
    QVERIFY(keyword->format.hasProperty(QTextFormat::ForegroundBrush) ||
            keyword->format.fontWeight() > QFont::Normal);
    QVERIFY(!formats(editor, 2).isEmpty());
}

void TestCodeEditor::unknownSyntaxHighlightsNothing()
{
    CodeEditor editor;
    QVERIFY(!editor.setSyntax(QStringLiteral("No Such Language")));
    QVERIFY(editor.syntaxName().isEmpty());
    editor.setPlainText(QStringLiteral("FROM busybox\n"));
    QCoreApplication::processEvents();
    // At most the plain text style, the same over the whole line: no keyword stands out.
    const QList<QTextLayout::FormatRange> ranges = formats(editor, 0);
    for (const QTextLayout::FormatRange &range : ranges)
        QCOMPARE(range.format, ranges.first().format);
}

void TestCodeEditor::themeFollowsPalette()
{
    CodeEditor editor;
    editor.setSyntax(QStringLiteral("Dockerfile"));
    editor.setPlainText(QStringLiteral("FROM busybox\n"));
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    editor.setPalette(light);
    QVERIFY(!editor.themeName().contains(QStringLiteral("Dark")));
    const QList<QTextLayout::FormatRange> before = formats(editor, 0);

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    dark.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    editor.setPalette(dark);
    QTRY_VERIFY(editor.themeName().contains(QStringLiteral("Dark")));
    // Re-highlighted in the new theme's colours.
    QTRY_VERIFY(formats(editor, 0) != before);
}

void TestCodeEditor::marginGrowsWithLines()
{
    CodeEditor editor;
    editor.resize(400, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setPlainText(QStringLiteral("FROM busybox"));
    const int few = editor.lineNumberAreaWidth();
    QVERIFY(few > 0);
    QCOMPARE(margin(editor), few);

    QStringList lines;
    for (int i = 0; i < 1500; ++i)
        lines << QStringLiteral("RUN echo %1").arg(i);
    editor.setPlainText(lines.join(QLatin1Char('\n')));
    QCOMPARE(editor.blockCount(), 1500);
    const int many = editor.lineNumberAreaWidth();
    QVERIFY2(many > few, qPrintable(QStringLiteral("%1 <= %2").arg(many).arg(few)));
    QTRY_COMPARE(margin(editor), many);
    // The margin widget is as wide too.
    const auto *numbers = editor.findChild<QWidget *>(QStringLiteral("lineNumbers"));
    QVERIFY(numbers);
    QTRY_COMPARE(numbers->width(), many);

    // Back to a few lines: the margin narrows again.
    editor.setPlainText(QStringLiteral("FROM busybox"));
    QTRY_COMPARE(margin(editor), few);
}

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
