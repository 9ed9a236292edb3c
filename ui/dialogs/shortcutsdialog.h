#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

// The keyboard shortcuts of the given actions, as a table: what it does, and its keys.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};
