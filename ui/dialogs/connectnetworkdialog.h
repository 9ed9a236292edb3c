#pragma once

#include <QDialog>
#include <QPointer>
#include <QStringList>

class NodeService;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Attaches a container to a network on one node: from a network's side the user chooses the
// container (those of the node not attached yet), from a container's side the network; aliases
// are optional. The caller connects what the dialog answers.
class ConnectNetworkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectNetworkDialog)

public:
    // Give the network or the container (by name); the other is chosen in the dialog.
    ConnectNetworkDialog(NodeService *node, const QString &network, const QString &container,
                         QWidget *parent = nullptr);
    ~ConnectNetworkDialog() override;

    QString network() const;
    QString container() const;
    QStringList aliases() const;

    // For tests.
    QComboBox *choiceBox() const { return m_choice; }
    QLineEdit *aliasesField() const { return m_aliases; }
    QPushButton *connectButton() const { return m_connect; }
    // Chooses this entry of the list (a container's or network's name); false when it is not one.
    bool choose(const QString &name);

private:
    void fill();
    void validate();

    QPointer<NodeService> m_node;
    QString m_network;
    QString m_container;
    QComboBox *m_choice = nullptr;
    QLineEdit *m_aliases = nullptr;
    QLabel *m_aliasProblem = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_connect = nullptr;
};
