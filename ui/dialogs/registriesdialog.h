#pragma once

#include <QDialog>
#include <QPointer>

class NodeManager;
class QLabel;
class QListWidget;
class QPushButton;

// Settings > Registries: the registries with a saved login; Add logs in to one (checked with the
// registry before it is saved), Remove forgets a login and its password in the keychain.
class RegistriesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistriesDialog)

public:
    explicit RegistriesDialog(NodeManager *manager, QWidget *parent = nullptr);
    ~RegistriesDialog() override;

    // Reads the list again from the settings.
    void refresh();
    // Opens the login dialog (the Add button); it is returned while open.
    void add();
    // Forgets the selected registry's login (the Remove button).
    void removeSelected();

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *statusLabel() const { return m_status; }
    QDialog *loginDialog() const { return m_login; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    QPointer<NodeManager> m_manager;
    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
    QPointer<QDialog> m_login;
    bool m_busy = false;
};
