#pragma once

#include "core/engine/networkinfo.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <optional>

class NodeManager;
class NodeService;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Creates a network on a node: name, driver, an IPv4 subnet with its gateway and IP range, an
// optional IPv6 subnet, internal, labels. Each field is checked as it is typed (NetworkValidation,
// against the node's networks), with the problem shown under it; Create stays disabled until
// every field is good. The engine's refusal is shown in its words and the dialog stays open.
class CreateNetworkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateNetworkDialog)

public:
    explicit CreateNetworkDialog(NodeManager *manager, const QString &nodeId = {},
                                 QWidget *parent = nullptr);
    ~CreateNetworkDialog() override;

    // The spec the fields describe, or nullopt when one is wrong (each says why under it).
    std::optional<NetworkSpec> spec() const;
    NodeService *selectedNode() const;

    // For tests: the fields by name ("node", "name", "driver", "subnet", "gateway", "ipRange",
    // "ipv6Subnet", "ipv6Gateway", "internal", "labels") and the problem shown under one.
    QWidget *field(const QString &name) const { return m_fields.value(name); }
    QString problem(const QString &name) const;
    QPushButton *createButton() const { return m_create; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void created(const QString &nodeId, const QString &networkId, const QString &name);

private:
    void addRow(QFormLayout *form, const QString &name, const QString &label, QWidget *widget);
    void fillNodes();
    void validate();
    void submit();

    QPointer<NodeManager> m_manager;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_problems;
    QComboBox *m_node = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_driver = nullptr;
    QLineEdit *m_subnet = nullptr;
    QLineEdit *m_gateway = nullptr;
    QLineEdit *m_ipRange = nullptr;
    QCheckBox *m_ipv6 = nullptr;
    QLineEdit *m_ipv6Subnet = nullptr;
    QLineEdit *m_ipv6Gateway = nullptr;
    QCheckBox *m_internal = nullptr;
    QPlainTextEdit *m_labels = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_create = nullptr;
    bool m_busy = false;
};
