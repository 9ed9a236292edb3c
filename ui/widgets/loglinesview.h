#pragma once

#include <QAbstractScrollArea>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QStyleOptionViewItem>

class QAbstractItemDelegate;
class QAbstractItemModel;
class QItemSelectionModel;

// A list view for a million log lines: it scrolls by rows and lays out only what is on screen,
// so lines arriving or leaving cost the same at any length (QListView lays out every row again
// each time rows come). Rows are painted by an item delegate, wrapped or on one line each.
// Rows removed above what is shown leave the shown lines where they are.
class LogLinesView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogLinesView)

public:
    enum class ScrollHint
    {
        EnsureVisible,
        PositionAtTop,
        PositionAtCenter
    };

    explicit LogLinesView(QWidget *parent = nullptr);
    ~LogLinesView() override;

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    void setItemDelegate(QAbstractItemDelegate *delegate);
    QItemSelectionModel *selectionModel() const { return m_selection; }

    QModelIndex currentIndex() const;
    void setCurrentIndex(const QModelIndex &index);
    void scrollTo(const QModelIndex &index, ScrollHint hint = ScrollHint::EnsureVisible);
    void scrollToBottom();
    // The row under a point of the viewport.
    QModelIndex indexAt(const QPoint &point) const;
    int topRow() const;
    // Row heights follow the delegate (wrapped lines are taller); call after it changes.
    void setWrap(bool wrap);
    void relayout();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;

private:
    int rowCount() const;
    int rowHeight(int row) const;
    int uniformHeight() const;
    void updateScrollBar();
    void select(const QModelIndex &index, Qt::KeyboardModifiers modifiers);
    QStyleOptionViewItem option() const;

    QPointer<QAbstractItemModel> m_model;
    QPointer<QAbstractItemDelegate> m_delegate;
    QItemSelectionModel *m_selection = nullptr;
    QPersistentModelIndex m_anchor;
    bool m_wrap = false;
    int m_newTop = -1; // where the top goes once rows above it are removed
};
