#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

// A plain-text editor for code: line numbers in a margin, the current line marked, a monospace
// font, and highlighting by a KSyntaxHighlighting definition in the theme that goes with the
// palette (re-themed when the palette changes).
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)

public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    // Highlights by the shared repository's definition of that name ("Dockerfile"); false,
    // and no highlighting, when the repository has none.
    bool setSyntax(const QString &definitionName);
    // The definition in use; empty when none.
    QString syntaxName() const;
    // The highlighting theme in use (it follows the palette: light or dark).
    QString themeName() const;
    // How wide the line-number margin is for the lines the text has now.
    int lineNumberAreaWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class LineNumberArea;

    void paintLineNumbers(QPaintEvent *event);
    void updateMargin();
    void updateLineNumberArea(const QRect &rect, int dy);
    void highlightCurrentLine();
    void applyTheme();

    LineNumberArea *m_lineNumbers = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};
