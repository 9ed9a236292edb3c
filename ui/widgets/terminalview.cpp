#include "ui/widgets/terminalview.h"

#include <algorithm>
#include <array>
#include <climits>

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtMath>

namespace {
constexpr int Margin = 2;

// The 16 ANSI colours (Tango), readable on light and dark backgrounds alike.
constexpr std::array<QRgb, 16> AnsiColors = {
    0xff2e3436, 0xffcc0000, 0xff4e9a06, 0xffc4a000, 0xff3465a4, 0xff75507b, 0xff06989a, 0xffd3d7cf,
    0xff555753, 0xffef2929, 0xff8ae234, 0xfffce94f, 0xff729fcf, 0xffad7fa8, 0xff34e2e2, 0xffeeeeec,
};

QRgb paletteColor(int index)
{
    if (index < 16)
        return AnsiColors[std::size_t(index)];
    if (index < 232) { // the 6x6x6 cube
        static constexpr int levels[] = {0, 95, 135, 175, 215, 255};
        const int i = index - 16;
        return qRgb(levels[i / 36], levels[(i / 6) % 6], levels[i % 6]);
    }
    const int gray = 8 + (index - 232) * 10;
    return qRgb(gray, gray, gray);
}

QColor blend(const QColor &a, const QColor &b)
{
    return QColor((a.red() + b.red()) / 2, (a.green() + b.green()) / 2, (a.blue() + b.blue()) / 2);
}

bool isWordCharacter(char32_t ch)
{
    static const std::u32string delimiters = U" \t\"'()[]{}<>|;,`";
    return ch != 0 && delimiters.find(ch) == std::u32string::npos;
}

QByteArray withModifier(const char *prefix, int number, int modifier, char final)
{
    // xterm: ESC [ 1 ; m A for a modified arrow, ESC [ 5 ; m ~ for a modified PageUp.
    QByteArray bytes(prefix);
    if (modifier > 1)
        bytes += QByteArray::number(number) + ';' + QByteArray::number(modifier);
    else if (number > 1)
        bytes += QByteArray::number(number);
    bytes += final;
    return bytes;
}
} // namespace

TerminalView::TerminalView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always on: a scroll bar that comes and goes would change the column count under the shell.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setCursor(Qt::IBeamCursor);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    updateMetrics();
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_updatingScrollBar)
            m_followBottom = value == verticalScrollBar()->maximum();
        viewport()->update();
    });
    updateScrollBar();
}

TerminalView::~TerminalView() = default;

void TerminalView::feed(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    const int oldValue = verticalScrollBar()->value();
    m_screen.feed(bytes);
    const QByteArray replies = m_screen.takeReplies();
    if (!replies.isEmpty())
        send(replies);

    // Lines dropped from the top of the scrollback shift every line index.
    const auto dropped = int(std::min<quint64>(m_screen.droppedLineCount() - m_dropped, INT_MAX));
    m_dropped = m_screen.droppedLineCount();
    if (dropped > 0 && hasSelection()) {
        m_anchor.line -= dropped;
        m_extent.line -= dropped;
        if (m_anchor.line < 0 || m_extent.line < 0)
            m_anchor = m_extent = Position();
    }
    updateScrollBar();
    if (!m_followBottom && dropped > 0) {
        m_updatingScrollBar = true;
        verticalScrollBar()->setValue(std::max(0, oldValue - dropped));
        m_updatingScrollBar = false;
    }
    viewport()->update();

    if (m_screen.title() != m_title) {
        m_title = m_screen.title();
        emit titleChanged(m_title);
    }
    if (m_screen.bellCount() != m_bells) {
        m_bells = m_screen.bellCount();
        emit bell();
    }
}

QSize TerminalView::cellSize() const
{
    return QSize(m_cellWidth, m_cellHeight);
}

QPoint TerminalView::cellPosition(int row, int column) const
{
    return QPoint(Margin + column * m_cellWidth, Margin + row * m_cellHeight);
}

QString TerminalView::screenText() const
{
    return m_screen.screenText();
}

void TerminalView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly)
        m_preedit.clear();
    viewport()->update();
}

void TerminalView::send(const QByteArray &bytes)
{
    if (m_readOnly || bytes.isEmpty())
        return;
    emit input(bytes);
}

void TerminalView::scrollToBottom()
{
    m_followBottom = true;
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void TerminalView::updateScrollBar()
{
    QScrollBar *bar = verticalScrollBar();
    m_updatingScrollBar = true;
    bar->setRange(0, m_screen.scrollbackSize());
    bar->setPageStep(m_screen.rows());
    bar->setSingleStep(1);
    if (m_followBottom)
        bar->setValue(bar->maximum());
    m_updatingScrollBar = false;
}

void TerminalView::updateMetrics()
{
    QFont base = font();
    base.setLetterSpacing(QFont::AbsoluteSpacing, 0);
    const QFontMetricsF metrics(base);
    const qreal advance = metrics.horizontalAdvance(QLatin1Char('M'));
    m_cellWidth = std::max(1, qCeil(advance));
    // Whole-pixel cells; the spacing keeps long runs of text on the grid.
    if (m_cellWidth - advance > 0.01)
        base.setLetterSpacing(QFont::AbsoluteSpacing, m_cellWidth - advance);
    m_font = base;
    m_cellHeight = std::max(1, qCeil(metrics.height()));
    m_ascent = qRound(metrics.ascent());
}

void TerminalView::updateGrid(bool notify)
{
    const QSize size = viewport()->size();
    const int rows = std::max(1, (size.height() - 2 * Margin) / m_cellHeight);
    const int columns = std::max(1, (size.width() - 2 * Margin) / m_cellWidth);
    m_screen.resize(rows, columns);
    m_dropped = m_screen.droppedLineCount();
    updateScrollBar();
    viewport()->update();
    if (notify && (rows != m_reportedRows || columns != m_reportedColumns)) {
        m_reportedRows = rows;
        m_reportedColumns = columns;
        emit sizeChanged(rows, columns);
    }
}

void TerminalView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateGrid(true);
}

bool TerminalView::event(QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        // Tab and Shift+Tab belong to the shell, not to focus navigation.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            keyPressEvent(key);
            return true;
        }
    } else if (event->type() == QEvent::ShortcutOverride && !m_readOnly) {
        // Ctrl+W, Ctrl+R and friends mean something to the shell: the window's shortcuts wait.
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrlShift = key->modifiers().testFlag(Qt::ControlModifier) &&
                               key->modifiers().testFlag(Qt::ShiftModifier);
        if ((ctrlShift && (key->key() == Qt::Key_C || key->key() == Qt::Key_V)) ||
            !keyBytes(key).isEmpty()) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

void TerminalView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
        updateGrid(true);
    } else if (event->type() == QEvent::PaletteChange) {
        viewport()->update();
    }
}

QByteArray TerminalView::keyBytes(const QKeyEvent *event) const
{
    const Qt::KeyboardModifiers modifiers = event->modifiers();
    const bool shift = modifiers.testFlag(Qt::ShiftModifier);
    const bool ctrl = modifiers.testFlag(Qt::ControlModifier);
    const bool alt = modifiers.testFlag(Qt::AltModifier);
    const int modifier = 1 + (shift ? 1 : 0) + (alt ? 2 : 0) + (ctrl ? 4 : 0);
    const bool application = m_screen.applicationCursorKeys();
    const QByteArray altPrefix = alt ? QByteArray("\x1b") : QByteArray();

    const auto cursorKey = [&](char final) {
        if (modifier > 1)
            return withModifier("\x1b[", 1, modifier, final);
        return QByteArray(QByteArray(application ? "\x1bO" : "\x1b[") + final);
    };
    const auto tildeKey = [&](int number) {
        return withModifier("\x1b[", number, modifier, '~');
    };
    const auto functionKey = [&](char final) {
        return modifier > 1 ? withModifier("\x1b[", 1, modifier, final)
                            : QByteArray(QByteArray("\x1bO") + final);
    };

    switch (event->key()) {
    case Qt::Key_Up:
        return cursorKey('A');
    case Qt::Key_Down:
        return cursorKey('B');
    case Qt::Key_Right:
        return cursorKey('C');
    case Qt::Key_Left:
        return cursorKey('D');
    case Qt::Key_Home:
        return cursorKey('H');
    case Qt::Key_End:
        return cursorKey('F');
    case Qt::Key_Insert:
        return tildeKey(2);
    case Qt::Key_Delete:
        return tildeKey(3);
    case Qt::Key_PageUp:
        return tildeKey(5);
    case Qt::Key_PageDown:
        return tildeKey(6);
    case Qt::Key_F1:
        return functionKey('P');
    case Qt::Key_F2:
        return functionKey('Q');
    case Qt::Key_F3:
        return functionKey('R');
    case Qt::Key_F4:
        return functionKey('S');
    case Qt::Key_F5:
        return tildeKey(15);
    case Qt::Key_F6:
        return tildeKey(17);
    case Qt::Key_F7:
        return tildeKey(18);
    case Qt::Key_F8:
        return tildeKey(19);
    case Qt::Key_F9:
        return tildeKey(20);
    case Qt::Key_F10:
        return tildeKey(21);
    case Qt::Key_F11:
        return tildeKey(23);
    case Qt::Key_F12:
        return tildeKey(24);
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return altPrefix + '\r';
    case Qt::Key_Backspace:
        return altPrefix + (ctrl ? '\x08' : '\x7f');
    case Qt::Key_Tab:
        return shift ? QByteArray("\x1b[Z") : QByteArray(altPrefix + '\t');
    case Qt::Key_Backtab:
        return QByteArray("\x1b[Z");
    case Qt::Key_Escape:
        return QByteArray("\x1b");
    default:
        break;
    }

    if (ctrl) {
        const int key = event->key();
        int byte = -1;
        if (key >= Qt::Key_A && key <= Qt::Key_Z)
            byte = key - Qt::Key_A + 1;
        else if (key == Qt::Key_BracketLeft)
            byte = 0x1b;
        else if (key == Qt::Key_Backslash)
            byte = 0x1c;
        else if (key == Qt::Key_BracketRight)
            byte = 0x1d;
        else if (key == Qt::Key_AsciiCircum || key == Qt::Key_6 || key == Qt::Key_AsciiTilde)
            byte = 0x1e;
        else if (key == Qt::Key_Underscore || key == Qt::Key_Minus || key == Qt::Key_Slash)
            byte = 0x1f;
        else if (key == Qt::Key_Space || key == Qt::Key_At || key == Qt::Key_2)
            byte = 0x00;
        else if (key == Qt::Key_Question)
            byte = 0x7f;
        if (byte >= 0)
            return altPrefix + char(byte);
    }

    const QString text = event->text();
    if (text.isEmpty())
        return {};
    return altPrefix + text.toUtf8();
}

void TerminalView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers();
    const bool ctrl = modifiers.testFlag(Qt::ControlModifier);
    const bool shift = modifiers.testFlag(Qt::ShiftModifier);
    if (ctrl && shift && event->key() == Qt::Key_C) {
        copySelection();
        return;
    }
    if (ctrl && shift && event->key() == Qt::Key_V) {
        pasteFrom(false);
        return;
    }
    if (shift && !ctrl) {
        QScrollBar *bar = verticalScrollBar();
        switch (event->key()) {
        case Qt::Key_PageUp:
            bar->triggerAction(QAbstractSlider::SliderPageStepSub);
            return;
        case Qt::Key_PageDown:
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
            return;
        case Qt::Key_Home:
            bar->triggerAction(QAbstractSlider::SliderToMinimum);
            return;
        case Qt::Key_End:
            bar->triggerAction(QAbstractSlider::SliderToMaximum);
            return;
        default:
            break;
        }
    }
    if (m_readOnly) {
        event->ignore();
        return;
    }
    const QByteArray bytes = keyBytes(event);
    if (bytes.isEmpty()) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
    scrollToBottom();
    send(bytes);
}

void TerminalView::inputMethodEvent(QInputMethodEvent *event)
{
    // Korean, Japanese and Chinese come composed: what is being composed shows at the cursor,
    // the committed text goes to the process.
    if (!m_readOnly) {
        if (!event->commitString().isEmpty()) {
            scrollToBottom();
            send(event->commitString().toUtf8());
        }
        m_preedit = event->preeditString();
    }
    viewport()->update();
    event->accept();
}

QVariant TerminalView::inputMethodQuery(Qt::InputMethodQuery query) const
{
    switch (query) {
    case Qt::ImEnabled:
        return !m_readOnly;
    case Qt::ImCursorRectangle:
        return cursorRect().translated(viewport()->geometry().topLeft());
    case Qt::ImFont:
        return m_font;
    case Qt::ImCursorPosition:
    case Qt::ImAnchorPosition:
        return int(m_preedit.size());
    case Qt::ImSurroundingText:
    case Qt::ImCurrentSelection:
        return QString();
    default:
        return QAbstractScrollArea::inputMethodQuery(query);
    }
}

void TerminalView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TerminalView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

TerminalView::Position TerminalView::positionAt(QPoint point) const
{
    // Selections run between cells: a click right of a cell's middle starts after it.
    const int row = std::clamp((point.y() - Margin) / m_cellHeight, 0, m_screen.rows() - 1);
    const int column =
        std::clamp((point.x() - Margin + m_cellWidth / 2) / m_cellWidth, 0, m_screen.columns());
    return {verticalScrollBar()->value() + row, column};
}

QRect TerminalView::cursorRect() const
{
    const int row = m_screen.scrollbackSize() + m_screen.cursorRow() - verticalScrollBar()->value();
    return QRect(Margin + m_screen.cursorColumn() * m_cellWidth, Margin + row * m_cellHeight,
                 m_cellWidth, m_cellHeight);
}

bool TerminalView::hasSelection() const
{
    return !(m_anchor == m_extent);
}

bool TerminalView::isSelected(int line, int column) const
{
    if (!hasSelection())
        return false;
    const auto before = [](const Position &a, const Position &b) {
        return a.line < b.line || (a.line == b.line && a.column < b.column);
    };
    const Position start = before(m_anchor, m_extent) ? m_anchor : m_extent;
    const Position end = before(m_anchor, m_extent) ? m_extent : m_anchor;
    const Position here{line, column};
    return !before(here, start) && before(here, end);
}

QString TerminalView::selectedText() const
{
    if (!hasSelection())
        return {};
    const bool forward = m_anchor.line < m_extent.line ||
                         (m_anchor.line == m_extent.line && m_anchor.column < m_extent.column);
    const Position start = forward ? m_anchor : m_extent;
    const Position end = forward ? m_extent : m_anchor;
    QString text;
    for (int line = start.line; line <= end.line; ++line) {
        const std::vector<TerminalScreen::Cell> &cells = m_screen.cellsOfLine(line);
        const int from = line == start.line ? start.column : 0;
        const int to =
            line == end.line ? std::min(end.column, int(cells.size())) : int(cells.size());
        std::u32string part;
        for (int column = from; column < to; ++column) {
            if (cells[std::size_t(column)].ch != 0)
                part.push_back(cells[std::size_t(column)].ch);
        }
        const bool continues = m_screen.isLineWrapped(line) && to == int(cells.size());
        if (!continues) {
            while (!part.empty() && part.back() == U' ')
                part.pop_back();
        }
        text += QString::fromUcs4(part.data(), qsizetype(part.size()));
        if (line != end.line && !continues)
            text += QLatin1Char('\n');
    }
    return text;
}

void TerminalView::copySelection()
{
    if (hasSelection())
        QApplication::clipboard()->setText(selectedText());
}

void TerminalView::paste(const QString &text)
{
    if (m_readOnly || text.isEmpty())
        return;
    // A terminal's Enter is CR; bracketed paste lets the shell tell pasted text from typing.
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\r"));
    normalized.replace(QLatin1Char('\n'), QLatin1Char('\r'));
    QByteArray bytes = normalized.toUtf8();
    if (m_screen.bracketedPaste()) {
        bytes.replace("\x1b[201~", "");
        bytes = "\x1b[200~" + bytes + "\x1b[201~";
    }
    scrollToBottom();
    send(bytes);
}

void TerminalView::pasteFrom(bool selectionClipboard)
{
    QClipboard *clipboard = QApplication::clipboard();
    const QClipboard::Mode mode = selectionClipboard && clipboard->supportsSelection()
                                      ? QClipboard::Selection
                                      : QClipboard::Clipboard;
    paste(clipboard->text(mode));
}

void TerminalView::selectWordAt(Position position)
{
    const std::vector<TerminalScreen::Cell> &cells = m_screen.cellsOfLine(position.line);
    const int size = int(cells.size());
    int column = std::min(position.column, size - 1);
    if (column < 0)
        return;
    // The click lands between cells: look at the cell under it.
    if (column > 0 && !isWordCharacter(cells[std::size_t(column)].ch))
        --column;
    if (!isWordCharacter(cells[std::size_t(column)].ch) || cells[std::size_t(column)].ch == U' ')
        return;
    const auto inWord = [&](int c) {
        const char32_t ch = cells[std::size_t(c)].ch;
        return ch == 0 || (ch != U' ' && isWordCharacter(ch));
    };
    int from = column;
    while (from > 0 && inWord(from - 1))
        --from;
    int to = column + 1;
    while (to < size && inWord(to))
        ++to;
    m_anchor = {position.line, from};
    m_extent = {position.line, to};
    viewport()->update();
}

void TerminalView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_selecting = true;
        m_anchor = m_extent = positionAt(event->position().toPoint());
        viewport()->update();
        event->accept();
    } else if (event->button() == Qt::MiddleButton) {
        pasteFrom(true);
        event->accept();
    } else {
        QAbstractScrollArea::mousePressEvent(event);
    }
}

void TerminalView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting) {
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    const QPoint point = event->position().toPoint();
    // Dragging past an edge scrolls.
    if (point.y() < 0)
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    else if (point.y() > viewport()->height())
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    m_extent = positionAt(point);
    viewport()->update();
    event->accept();
}

void TerminalView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_selecting) {
        m_selecting = false;
        QClipboard *clipboard = QApplication::clipboard();
        if (hasSelection() && clipboard->supportsSelection())
            clipboard->setText(selectedText(), QClipboard::Selection);
        event->accept();
        return;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void TerminalView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseDoubleClickEvent(event);
        return;
    }
    m_selecting = false;
    const QPoint point = event->position().toPoint();
    const int row = std::clamp((point.y() - Margin) / m_cellHeight, 0, m_screen.rows() - 1);
    const int column = std::max(0, (point.x() - Margin) / m_cellWidth);
    selectWordAt({verticalScrollBar()->value() + row, column});
    QClipboard *clipboard = QApplication::clipboard();
    if (hasSelection() && clipboard->supportsSelection())
        clipboard->setText(selectedText(), QClipboard::Selection);
    event->accept();
}

void TerminalView::wheelEvent(QWheelEvent *event)
{
    // Full-screen programs (less, vim, top) have no scrollback: the wheel moves them instead.
    if (m_screen.isAlternateScreen() && !m_readOnly &&
        !event->modifiers().testFlag(Qt::ShiftModifier)) {
        const int steps = event->angleDelta().y() / 40;
        if (steps != 0) {
            const QByteArray key = m_screen.applicationCursorKeys()
                                       ? QByteArray(steps > 0 ? "\x1bOA" : "\x1bOB")
                                       : QByteArray(steps > 0 ? "\x1b[A" : "\x1b[B");
            send(key.repeated(std::abs(steps)));
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TerminalView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("&Copy"), this, &TerminalView::copySelection);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copy->setEnabled(hasSelection());
    QAction *pasteAction = menu.addAction(tr("&Paste"), this, [this] { pasteFrom(false); });
    pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    pasteAction->setEnabled(!m_readOnly);
    menu.addSeparator();
    menu.addAction(tr("Clear Scrollback"), this, [this] {
        m_screen.clearScrollback();
        m_dropped = m_screen.droppedLineCount();
        m_anchor = m_extent = Position();
        updateScrollBar();
        viewport()->update();
    });
    menu.exec(event->globalPos());
}

QColor TerminalView::color(const TerminalScreen::Color &c, bool foreground) const
{
    switch (c.kind) {
    case TerminalScreen::Color::Kind::Indexed:
        return QColor::fromRgb(paletteColor(c.index()));
    case TerminalScreen::Color::Kind::Rgb:
        return QColor(c.r, c.g, c.b);
    case TerminalScreen::Color::Kind::Default:
        break;
    }
    return palette().color(foreground ? QPalette::Text : QPalette::Base);
}

void TerminalView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QColor defaultBackground = palette().color(QPalette::Base);
    painter.fillRect(event->rect(), defaultBackground);

    QFont fonts[4] = {m_font, m_font, m_font, m_font}; // regular, bold, italic, bold italic
    fonts[1].setBold(true);
    fonts[2].setItalic(true);
    fonts[3].setBold(true);
    fonts[3].setItalic(true);

    const int first = verticalScrollBar()->value();
    const int cursorLine = m_screen.scrollbackSize() + m_screen.cursorRow();
    const bool showCursor = m_screen.cursorVisible() && !m_readOnly;
    const bool focused = hasFocus();
    const QColor highlight = palette().color(QPalette::Highlight);
    const QColor highlightedText = palette().color(QPalette::HighlightedText);

    struct Style
    {
        QColor fg;
        QColor bg;
        int font = 0;
        bool underline = false;
    };
    std::vector<Style> styles;

    for (int row = 0; row < m_screen.rows(); ++row) {
        const int line = first + row;
        if (line >= m_screen.lineCount())
            break;
        const int y = Margin + row * m_cellHeight;
        if (y > event->rect().bottom() || y + m_cellHeight < event->rect().top())
            continue;
        const std::vector<TerminalScreen::Cell> &cells = m_screen.cellsOfLine(line);
        const int size = int(cells.size());
        styles.resize(cells.size());
        for (int column = 0; column < size; ++column) {
            const TerminalScreen::Cell &cell = cells[std::size_t(column)];
            TerminalScreen::Color fgColor = cell.fg;
            // Bold makes the eight basic colours bright, as in xterm.
            if (cell.bold && fgColor.kind == TerminalScreen::Color::Kind::Indexed &&
                fgColor.index() < 8)
                fgColor = TerminalScreen::Color::indexed(fgColor.index() + 8);
            Style &style = styles[std::size_t(column)];
            style.fg = color(fgColor, true);
            style.bg = color(cell.bg, false);
            if (cell.dim)
                style.fg = blend(style.fg, style.bg);
            bool inverse = cell.inverse;
            if (showCursor && focused && line == cursorLine && column == m_screen.cursorColumn() &&
                m_preedit.isEmpty())
                inverse = !inverse;
            if (inverse)
                std::swap(style.fg, style.bg);
            if (isSelected(line, column)) {
                style.fg = highlightedText;
                style.bg = highlight;
            }
            style.font = (cell.bold ? 1 : 0) + (cell.italic ? 2 : 0);
            style.underline = cell.underline;
        }

        // Backgrounds in runs, then text in runs of ASCII sharing a style; anything else is
        // drawn alone at its own cell, since fallback fonts do not keep the grid.
        for (int column = 0; column < size;) {
            int end = column + 1;
            while (end < size && styles[std::size_t(end)].bg == styles[std::size_t(column)].bg)
                ++end;
            const QColor &bg = styles[std::size_t(column)].bg;
            if (bg != defaultBackground)
                painter.fillRect(Margin + column * m_cellWidth, y, (end - column) * m_cellWidth,
                                 m_cellHeight, bg);
            column = end;
        }
        for (int column = 0; column < size;) {
            const Style &style = styles[std::size_t(column)];
            const char32_t ch = cells[std::size_t(column)].ch;
            int end = column + 1;
            std::u32string run(1, ch);
            if (ch < 0x80) {
                while (end < size && cells[std::size_t(end)].ch < 0x80 &&
                       cells[std::size_t(end)].ch != 0 && styles[std::size_t(end)].fg == style.fg &&
                       styles[std::size_t(end)].font == style.font &&
                       styles[std::size_t(end)].underline == style.underline) {
                    run.push_back(cells[std::size_t(end)].ch);
                    ++end;
                }
            }
            const int x = Margin + column * m_cellWidth;
            const bool blank = run.find_first_not_of(U' ') == std::u32string::npos;
            if (ch != 0 && !blank) {
                painter.setFont(fonts[style.font]);
                painter.setPen(style.fg);
                const QString string = QString::fromUcs4(run.data(), qsizetype(run.size()));
                int left = x;
                if (ch >= 0x80) {
                    // Centred in its cells: a wide character's glyph rarely fills two.
                    const int cellsWide = end < size && cells[std::size_t(end)].ch == 0 ? 2 : 1;
                    const int advance = painter.fontMetrics().horizontalAdvance(string);
                    left += std::max(0, (cellsWide * m_cellWidth - advance) / 2);
                }
                painter.drawText(QPoint(left, y + m_ascent), string);
            }
            if (style.underline && ch != 0) {
                painter.setPen(style.fg);
                const int underlineY = y + m_ascent + 1;
                painter.drawLine(x, underlineY, x + (end - column) * m_cellWidth - 1, underlineY);
            }
            column = end;
        }
    }

    const QRect cursor = cursorRect();
    if (cursor.bottom() < 0 || cursor.top() > viewport()->height())
        return;
    if (!m_preedit.isEmpty()) {
        const QFontMetrics metrics(m_font);
        const QRect area(
            cursor.topLeft(),
            QSize(std::max(m_cellWidth, metrics.horizontalAdvance(m_preedit)), m_cellHeight));
        painter.fillRect(area, defaultBackground);
        painter.setFont(m_font);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPoint(area.left(), area.top() + m_ascent), m_preedit);
        painter.drawLine(area.left(), area.top() + m_ascent + 1, area.right(),
                         area.top() + m_ascent + 1);
    } else if (showCursor && !focused) {
        painter.setPen(palette().color(QPalette::Text));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cursor.adjusted(0, 0, -1, -1));
    }
}
