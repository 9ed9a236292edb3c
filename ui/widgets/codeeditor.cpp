#include "ui/widgets/codeeditor.h"

#include <QEvent>
#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include "ui/widgets/syntaxrepository.h"

// The margin left of the text; the editor paints it.
class CodeEditor::LineNumberArea final : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setObjectName(QStringLiteral("lineNumbers"));
    }

    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEditor *m_editor;
};

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    setTabStopDistance(QFontMetricsF(font).horizontalAdvance(QLatin1Char(' ')) * 4);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateMargin);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::highlightCurrentLine);

    applyTheme();
    updateMargin();
}

CodeEditor::~CodeEditor() = default;

bool CodeEditor::setSyntax(const QString &definitionName)
{
    const KSyntaxHighlighting::Definition definition =
        SyntaxRepository::instance().definitionForName(definitionName);
    m_highlighter->setDefinition(definition);
    m_highlighter->rehighlight();
    return definition.isValid();
}

QString CodeEditor::syntaxName() const
{
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
}

QString CodeEditor::themeName() const
{
    return m_highlighter->theme().name();
}

int CodeEditor::lineNumberAreaWidth() const
{
    // At least two digits, so the text does not shift when the tenth line comes.
    int digits = 2;
    for (int max = 100; max <= blockCount(); max *= 10)
        ++digits;
    const int digitWidth = fontMetrics().horizontalAdvance(QLatin1Char('9'));
    return digitWidth * digits + digitWidth; // half a digit's room on each side
}

void CodeEditor::updateMargin()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void CodeEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy != 0)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateMargin();
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumbers->setGeometry(
        QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
    } else if (event->type() == QEvent::FontChange) {
        updateMargin();
        const QRect area = contentsRect();
        m_lineNumbers->setGeometry(
            QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
    }
}

void CodeEditor::applyTheme()
{
    m_highlighter->setTheme(SyntaxRepository::themeFor(palette()));
    m_highlighter->rehighlight();
    highlightCurrentLine();
    m_lineNumbers->update();
}

void CodeEditor::highlightCurrentLine()
{
    QList<QTextEdit::ExtraSelection> selections;
    const KSyntaxHighlighting::Theme theme = m_highlighter->theme();
    QTextEdit::ExtraSelection line;
    line.format.setBackground(
        QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::CurrentLine)));
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    selections.append(line);
    setExtraSelections(selections);
    // The current line's number has a colour of its own.
    m_lineNumbers->update();
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    const KSyntaxHighlighting::Theme theme = m_highlighter->theme();
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(),
                     QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::IconBorder)));
    const QColor number =
        QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::LineNumbers));
    const QColor current =
        QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::CurrentLineNumber));
    const int currentBlock = textCursor().blockNumber();
    const int right =
        m_lineNumbers->width() - fontMetrics().horizontalAdvance(QLatin1Char('9')) / 2;
    const int lineHeight = fontMetrics().height();

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.setPen(block.blockNumber() == currentBlock ? current : number);
            painter.drawText(0, top, right, lineHeight, Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}
