#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

// Read-only JSON, highlighted with KSyntaxHighlighting in a theme that follows the palette,
// with a find bar (Ctrl+F, Enter and Shift+Enter, F3) and a copy button.
class JsonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonView)

public:
    explicit JsonView(QWidget *parent = nullptr);
    ~JsonView() override;

    void setJson(const QByteArray &json);
    QString text() const;
    QPlainTextEdit *editor() const { return m_editor; }
    QLineEdit *findField() const { return m_find; }
    // The highlighting theme in use (it follows the palette: light or dark).
    QString themeName() const;
    // Selects the next (or previous) match of the find field; false when there is none.
    bool findNext(bool backwards = false);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void retranslateUi();

    QPlainTextEdit *m_editor = nullptr;
    QLineEdit *m_find = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_copy = nullptr;
    QLabel *m_findStatus = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};
