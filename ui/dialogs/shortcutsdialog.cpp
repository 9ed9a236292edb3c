#include "ui/dialogs/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (const QAction *action : actions) {
        if (!action || action->shortcut().isEmpty())
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        // Menu texts carry mnemonics and ellipses that mean nothing here.
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        if (text.endsWith(QStringLiteral("…")))
            text.chop(1);
        m_table->setItem(row, 0, new QTableWidgetItem(text));
        m_table->setItem(
            row, 1, new QTableWidgetItem(action->shortcut().toString(QKeySequence::NativeText)));
    }
    // Esc and Enter belong to the views, not to an action.
    const QList<QPair<QString, QString>> fixed = {
        {tr("Close the details, or clear the search"), tr("Esc")},
        {tr("Open the details of a container"), tr("Enter, or double-click")},
        {tr("Select all containers shown"),
         QKeySequence(QKeySequence::SelectAll).toString(QKeySequence::NativeText)},
    };
    for (const auto &[what, keys] : fixed) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(what));
        m_table->setItem(row, 1, new QTableWidgetItem(keys));
    }
    m_table->resizeColumnToContents(0);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 460);
}

ShortcutsDialog::~ShortcutsDialog() = default;
