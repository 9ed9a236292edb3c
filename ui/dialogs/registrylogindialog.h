#pragma once

#include "core/engine/imageinfo.h"

#include <QDialog>
#include <QPointer>

class NodeManager;
class NodeService;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Logs in to a registry: server, user name and password, checked with the registry through a
// node's engine before anything is kept; then saved (the password in the keychain only, where
// there is one). Where saving is optional (a pull or push asking for a login), a check box
// chooses; the login is used either way. The registry's own words are shown when it refuses.
class RegistryLoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryLoginDialog)

public:
    explicit RegistryLoginDialog(NodeManager *manager, const QString &server = {},
                                 const QString &nodeId = {}, QWidget *parent = nullptr);
    ~RegistryLoginDialog() override;

    // Shows "Remember this login" (checked); without it the login is always saved.
    void setSaveOptional(bool optional);
    // Why the login is asked for ("The registry wants a login to push …").
    void setReason(const QString &text);

    // The login checked (after accept()).
    RegistryAuth auth() const;
    bool wasSaved() const { return m_saved; }

    QLineEdit *serverField() const { return m_server; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QComboBox *nodeField() const { return m_node; }
    QCheckBox *saveBox() const { return m_save; }
    QPushButton *loginButton() const { return m_login; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    // The registry accepted the login (and it was saved when asked).
    void loggedIn(const RegistryAuth &auth, bool saved);

protected:
    // Cancel while the registry is asked: its answer is dropped, nothing is saved.
    void reject() override;

private:
    void validate();
    void check();
    void onChecked(const RegistryAuth &auth, const QString &error);
    void setBusy(bool busy, const QString &text = {});
    void showProblem(const QString &text);

    QPointer<NodeManager> m_manager;
    QLabel *m_reason = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_node = nullptr;
    QCheckBox *m_save = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_login = nullptr;
    bool m_busy = false;
    int m_generation = 0; // a check's answer counts only for the check it answers
    bool m_saved = false;
    RegistryAuth m_auth;
};
