#pragma once

#include "core/config/nodeconfig.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class ConnectionProbe;
class NodeManager;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

// Adds a node, or edits one: its name and how to reach it (a local socket, TCP with TLS, or
// SSH with an optional key and passphrase). "Test connection" reaches the engine with these
// settings before anything is saved. The passphrase goes to the desktop keychain, never to the
// settings.
class NodeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeDialog)

public:
    enum Kind
    {
        LocalSocket,
        Tcp,
        Ssh
    };
    // The API the engine speaks (the Engine choice).
    enum Api
    {
        DockerApi,
        Containerd
    };

    // With an existing node's id: edit it; without: add one.
    explicit NodeDialog(NodeManager *manager, const QString &nodeId = {},
                        QWidget *parent = nullptr);
    ~NodeDialog() override;

    // The node the fields describe (without passphrase).
    NodeConfig config() const;
    // Empty when the fields can be used; else what to fix.
    QString problem() const;

    QWidget *field(const QString &name) const;
    QPushButton *testButton() const { return m_test; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *resultLabel() const { return m_result; }
    QLabel *problemLabel() const { return m_problem; }

public Q_SLOTS:
    // Saves (adds or updates) the node; stays open with the reason when that fails.
    void save();
    void testConnection();

Q_SIGNALS:
    void saved(const QString &nodeId);
    void tested(bool ok);

private:
    void load(const NodeConfig &config);
    void validate();
    // The fields for the chosen engine API (containerd: the namespace, no Docker TLS).
    void updateApi();
    // Writes the typed passphrase under `id`'s keychain entry (nothing typed: nothing written).
    void storePassphrase(const QString &id, const std::function<void(const QString &error)> &then);
    void done(int result) override;

    QPointer<NodeManager> m_manager;
    QString m_editId;    // the node edited; empty when adding
    QString m_pendingId; // the id the new node gets (its passphrase is stored under it)
    NodeConfig m_original;
    bool m_passphraseStored = false; // under m_pendingId, by save()
    // A test stores the typed passphrase under an id of its own, so that testing never
    // replaces the passphrase a node has; it is removed when the dialog closes.
    QString m_testId;
    bool m_testPassphraseStored = false;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_api = nullptr;
    QLineEdit *m_namespace = nullptr; // containerd: one namespace, or empty for all
    QFormLayout *m_form = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_socket = nullptr;
    QLineEdit *m_tcpHost = nullptr;
    QSpinBox *m_tcpPort = nullptr;
    QCheckBox *m_tls = nullptr;
    QLineEdit *m_certPath = nullptr;
    QCheckBox *m_skipVerify = nullptr;
    QCheckBox *m_plainLogins = nullptr;
    QLineEdit *m_sshUser = nullptr;
    QLineEdit *m_sshHost = nullptr;
    QSpinBox *m_sshPort = nullptr;
    QLineEdit *m_sshSocket = nullptr;
    QLineEdit *m_identity = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_save = nullptr;
    std::unique_ptr<ConnectionProbe> m_probe;
};
