#include "ui/widgets/loglinesview.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

LogLinesView::LogLinesView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    verticalScrollBar()->setSingleStep(1);
}

LogLinesView::~LogLinesView() = default;

void LogLinesView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    delete m_selection;
    m_model = model;
    m_selection = new QItemSelectionModel(model, this);
    connect(m_selection, &QItemSelectionModel::selectionChanged, viewport(),
            qOverload<>(&QWidget::update));
    connect(m_selection, &QItemSelectionModel::currentChanged, viewport(),
            qOverload<>(&QWidget::update));
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        updateScrollBar();
        if (first <= topRow() + viewport()->height())
            viewport()->update();
    });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                const int top = topRow();
                m_newTop = last < top ? top - (last - first + 1) : qMin(top, first);
            });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        const int top = std::exchange(m_newTop, -1);
        updateScrollBar();
        if (top >= 0)
            verticalScrollBar()->setValue(top);
        viewport()->update();
    });
    connect(model, &QAbstractItemModel::modelReset, this, &LogLinesView::relayout);
    connect(model, &QAbstractItemModel::layoutChanged, this, &LogLinesView::relayout);
    connect(model, &QAbstractItemModel::dataChanged, viewport(), qOverload<>(&QWidget::update));
    updateScrollBar();
    viewport()->update();
}

void LogLinesView::setItemDelegate(QAbstractItemDelegate *delegate)
{
    m_delegate = delegate;
    relayout();
}

int LogLinesView::rowCount() const
{
    return m_model ? m_model->rowCount() : 0;
}

QStyleOptionViewItem LogLinesView::option() const
{
    QStyleOptionViewItem o;
    o.initFrom(viewport());
    o.font = font();
    o.widget = this;
    o.rect = QRect(0, 0, viewport()->width(), 0);
    o.state |= QStyle::State_Enabled;
    return o;
}

int LogLinesView::uniformHeight() const
{
    return fontMetrics().height() + 2;
}

int LogLinesView::rowHeight(int row) const
{
    if (!m_wrap || !m_delegate || !m_model)
        return uniformHeight();
    return qMax(uniformHeight(), m_delegate->sizeHint(option(), m_model->index(row, 0)).height());
}

void LogLinesView::updateScrollBar()
{
    const int rows = rowCount();
    const int height = viewport()->height();
    // The last top row that still fills the view: counted back from the end.
    int last = rows;
    int filled = 0;
    if (m_wrap) {
        while (last > 0 && filled + rowHeight(last - 1) <= height)
            filled += rowHeight(--last);
    } else {
        last = qMax(0, rows - qMax(1, height / uniformHeight()));
    }
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, qMax(0, last));
    bar->setPageStep(qMax(1, height / uniformHeight()));
}

int LogLinesView::topRow() const
{
    return verticalScrollBar()->value();
}

void LogLinesView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void LogLinesView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

void LogLinesView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        relayout();
}

void LogLinesView::setWrap(bool wrap)
{
    m_wrap = wrap;
    relayout();
}

void LogLinesView::relayout()
{
    updateScrollBar();
    viewport()->update();
}

void LogLinesView::paintEvent(QPaintEvent *)
{
    if (!m_model || !m_delegate)
        return;
    QPainter painter(viewport());
    QStyleOptionViewItem o = option();
    const int rows = rowCount();
    const int width = viewport()->width();
    const int height = viewport()->height();
    const QModelIndex current = currentIndex();
    int y = 0;
    for (int row = topRow(); row < rows && y < height; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const int h = rowHeight(row);
        o.rect = QRect(0, y, width, h);
        o.state = QStyle::State_Enabled;
        if (m_selection->isSelected(index))
            o.state |= QStyle::State_Selected;
        if (index == current && hasFocus())
            o.state |= QStyle::State_HasFocus;
        m_delegate->paint(&painter, o, index);
        y += h;
    }
}

QModelIndex LogLinesView::indexAt(const QPoint &point) const
{
    if (!m_model || point.y() < 0)
        return {};
    const int rows = rowCount();
    int y = 0;
    for (int row = topRow(); row < rows && y <= viewport()->height(); ++row) {
        const int h = rowHeight(row);
        if (point.y() < y + h)
            return m_model->index(row, 0);
        y += h;
    }
    return {};
}

QModelIndex LogLinesView::currentIndex() const
{
    return m_selection ? m_selection->currentIndex() : QModelIndex();
}

void LogLinesView::setCurrentIndex(const QModelIndex &index)
{
    if (!m_selection)
        return;
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_anchor = index;
}

void LogLinesView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid())
        return;
    const int row = index.row();
    const int visible = qMax(1, viewport()->height() / uniformHeight());
    QScrollBar *bar = verticalScrollBar();
    switch (hint) {
    case ScrollHint::PositionAtTop:
        bar->setValue(row);
        break;
    case ScrollHint::PositionAtCenter:
        bar->setValue(row - visible / 2);
        break;
    case ScrollHint::EnsureVisible:
        if (row < topRow())
            bar->setValue(row);
        else if (row >= topRow() + visible)
            bar->setValue(row - visible + 1);
        break;
    }
}

void LogLinesView::scrollToBottom()
{
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void LogLinesView::select(const QModelIndex &index, Qt::KeyboardModifiers modifiers)
{
    if (!index.isValid() || !m_selection)
        return;
    if ((modifiers & Qt::ShiftModifier) && m_anchor.isValid()) {
        const QItemSelection range(m_model->index(qMin(m_anchor.row(), index.row()), 0),
                                   m_model->index(qMax(m_anchor.row(), index.row()), 0));
        m_selection->select(range, QItemSelectionModel::ClearAndSelect);
        m_selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    } else if (modifiers & Qt::ControlModifier) {
        m_selection->setCurrentIndex(index, QItemSelectionModel::Toggle);
        m_anchor = index;
    } else {
        setCurrentIndex(index);
    }
}

void LogLinesView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton)
        select(indexAt(event->position().toPoint()), event->modifiers());
}

void LogLinesView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const QPoint p = event->position().toPoint();
    // Dragging past the edges scrolls.
    if (p.y() < 0)
        verticalScrollBar()->setValue(topRow() - 1);
    else if (p.y() > viewport()->height())
        verticalScrollBar()->setValue(topRow() + 1);
    const QModelIndex index = indexAt(QPoint(p.x(), qBound(0, p.y(), viewport()->height() - 1)));
    if (index.isValid())
        select(index, Qt::ShiftModifier);
}

void LogLinesView::keyPressEvent(QKeyEvent *event)
{
    if (!m_model || rowCount() == 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const int rows = rowCount();
    const int page = qMax(1, viewport()->height() / uniformHeight() - 1);
    const int current = currentIndex().isValid() ? currentIndex().row() : topRow();
    int target = -1;
    switch (event->key()) {
    case Qt::Key_Up:
        target = current - 1;
        break;
    case Qt::Key_Down:
        target = current + 1;
        break;
    case Qt::Key_PageUp:
        target = current - page;
        break;
    case Qt::Key_PageDown:
        target = current + page;
        break;
    case Qt::Key_Home:
        target = 0;
        break;
    case Qt::Key_End:
        target = rows - 1;
        break;
    case Qt::Key_A:
        if (event->modifiers() & Qt::ControlModifier) {
            m_selection->select(QItemSelection(m_model->index(0, 0), m_model->index(rows - 1, 0)),
                                QItemSelectionModel::ClearAndSelect);
            return;
        }
        break;
    default:
        break;
    }
    if (target < 0 && event->key() != Qt::Key_Up && event->key() != Qt::Key_PageUp) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const QModelIndex index = m_model->index(qBound(0, target, rows - 1), 0);
    select(index, event->modifiers() & Qt::ShiftModifier);
    scrollTo(index);
}
