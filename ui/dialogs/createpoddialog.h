#pragma once

#include "core/engine/podinfo.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <optional>

class NodeManager;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Creates a pod on a node that has pods: its name, published ports, labels and the namespaces
// its containers share. Each field is checked as it is typed and Create is offered only while
// all are valid; the engine's refusal is shown in its own words, and the dialog stays open.
class CreatePodDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreatePodDialog)

public:
    explicit CreatePodDialog(NodeManager *manager, const QString &nodeId = {},
                             QWidget *parent = nullptr);
    ~CreatePodDialog() override;

    // The pod the fields describe, or nullopt with what is wrong (one line per problem).
    std::optional<PodSpec> spec(QStringList *problems = nullptr) const;
    QString nodeId() const;
    void setNode(const QString &nodeId);

    QComboBox *nodeBox() const { return m_node; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *portsField() const { return m_ports; }
    QPlainTextEdit *labelsField() const { return m_labels; }
    QCheckBox *shareBox(const QString &ns) const { return m_shares.value(ns); }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *createButton() const { return m_create; }

Q_SIGNALS:
    void created(const QString &nodeId, const QString &podId, const QString &name);

private:
    void validate();
    void create();
    void fillNodes();

    QPointer<NodeManager> m_manager;
    QComboBox *m_node = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_ports = nullptr;
    QPlainTextEdit *m_labels = nullptr;
    QHash<QString, QCheckBox *> m_shares;
    QLabel *m_problem = nullptr;
    QPushButton *m_create = nullptr;
    bool m_busy = false;
};
