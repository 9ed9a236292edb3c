#include "ui/widgets/jsonview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include "ui/widgets/syntaxrepository.h"

JsonView::JsonView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("jsonFind"));
    m_find->setClearButtonEnabled(true);
    m_previous = new QToolButton(this);
    m_previous->setArrowType(Qt::UpArrow);
    m_next = new QToolButton(this);
    m_next->setArrowType(Qt::DownArrow);
    m_findStatus = new QLabel(this);
    m_copy = new QToolButton(this);
    m_copy->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(m_find, 1);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_findStatus);
    bar->addStretch();
    bar->addWidget(m_copy);
    layout->addLayout(bar);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("jsonEditor"));
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_editor, 1);

    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
    m_highlighter->setDefinition(
        SyntaxRepository::instance().definitionForName(QStringLiteral("JSON")));
    applyTheme();

    connect(m_find, &QLineEdit::returnPressed, this,
            [this] { findNext(QApplication::keyboardModifiers().testFlag(Qt::ShiftModifier)); });
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        QTextCursor c = m_editor->textCursor();
        c.setPosition(c.selectionStart());
        m_editor->setTextCursor(c);
        if (!m_find->text().isEmpty())
            findNext();
        else
            m_findStatus->clear();
    });
    connect(m_previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_copy, &QToolButton::clicked, this, [this] {
        const QTextCursor c = m_editor->textCursor();
        QApplication::clipboard()->setText(c.hasSelection() ? c.selectedText() : text());
    });
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    addAction(find);
    auto *again = new QAction(this);
    again->setShortcut(QKeySequence::FindNext);
    again->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(again, &QAction::triggered, this, [this] { findNext(false); });
    addAction(again);
    retranslateUi();
}

JsonView::~JsonView() = default;

void JsonView::retranslateUi()
{
    m_find->setPlaceholderText(tr("Find in the JSON (Ctrl+F)"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_next->setToolTip(tr("Next match (Enter, F3)"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the selection, or all of the JSON when nothing is selected"));
}

void JsonView::setJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QString text = doc.isNull() ? QString::fromUtf8(json)
                                      : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    if (text == m_editor->toPlainText())
        return;
    // Keep the reader's place when the same container's JSON comes again, changed.
    const int scroll = m_editor->verticalScrollBar()->value();
    m_editor->setPlainText(text);
    m_editor->verticalScrollBar()->setValue(scroll);
}

QString JsonView::text() const
{
    return m_editor->toPlainText();
}

bool JsonView::findNext(bool backwards)
{
    const QString needle = m_find->text();
    if (needle.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    bool found = m_editor->find(needle, flags);
    if (!found) {
        // Wrap around.
        QTextCursor c = m_editor->textCursor();
        c.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_editor->setTextCursor(c);
        found = m_editor->find(needle, flags);
    }
    m_findStatus->setText(found ? QString() : tr("Not found"));
    return found;
}

QString JsonView::themeName() const
{
    return m_highlighter->theme().name();
}

void JsonView::applyTheme()
{
    const auto theme = SyntaxRepository::themeFor(palette());
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

void JsonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
