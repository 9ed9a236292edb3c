#pragma once

#include "ui/widgets/terminalscreen.h"

#include <QAbstractScrollArea>
#include <QByteArray>
#include <QByteArrayView>
#include <QColor>
#include <QFont>
#include <QPoint>

// A terminal: paints a TerminalScreen fed with a process's TTY output and turns keys, pastes and
// input method text into the bytes the process reads (input()). Mouse drag selects, Ctrl+Shift+C
// copies, Ctrl+Shift+V and the middle button paste, Shift+PageUp/PageDown scroll back.
class TerminalView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalView)

public:
    explicit TerminalView(QWidget *parent = nullptr);
    ~TerminalView() override;

    void feed(QByteArrayView bytes);
    TerminalScreen &screen() { return m_screen; }
    const TerminalScreen &screen() const { return m_screen; }
    QString screenText() const;

    // The size of a character cell, and where the cell of a row and column of what is shown
    // starts in the viewport.
    QSize cellSize() const;
    QPoint cellPosition(int row, int column) const;

    int terminalRows() const { return m_screen.rows(); }
    int terminalColumns() const { return m_screen.columns(); }

    // Keys, pastes and terminal replies are dropped (the process has exited).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    bool hasSelection() const;
    QString selectedText() const;
    void copySelection();
    void paste(const QString &text);

signals:
    void input(const QByteArray &bytes);
    void sizeChanged(int rows, int columns);
    void titleChanged(const QString &title);
    void bell();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    struct Position
    {
        int line = 0;
        int column = 0;
        bool operator==(const Position &) const = default;
    };

    void send(const QByteArray &bytes);
    QByteArray keyBytes(const QKeyEvent *event) const;
    void updateMetrics();
    void updateGrid(bool notify);
    void updateScrollBar();
    void scrollToBottom();
    Position positionAt(QPoint point) const;
    QRect cursorRect() const;
    bool isSelected(int line, int column) const;
    void selectWordAt(Position position);
    void pasteFrom(bool selectionClipboard);
    QColor color(const TerminalScreen::Color &color, bool foreground) const;

    TerminalScreen m_screen;
    QFont m_font;
    int m_cellWidth = 8;
    int m_cellHeight = 16;
    int m_ascent = 12;
    int m_reportedRows = 0; // the grid last announced by sizeChanged()
    int m_reportedColumns = 0;
    bool m_readOnly = false;
    bool m_followBottom = true;
    bool m_updatingScrollBar = false;
    quint64 m_dropped = 0;
    int m_bells = 0;
    QString m_title;
    QString m_preedit;

    bool m_selecting = false;
    Position m_anchor;
    Position m_extent;
};
