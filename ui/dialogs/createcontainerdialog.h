#pragma once

#include "core/engine/containerspec.h"
#include "core/engine/engineerror.h"
#include "core/engine/networkinfo.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class ImagePull;
class NodeManager;
class NodeService;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

// Creates a container on a node: the common settings on the first page, the rest in folded
// sections. Every field is checked as it is typed, with a message under it; nothing is sent
// until all are valid. An image the node does not have is pulled (with progress) when the user
// agrees; the engine's refusals are shown with what to do. Non-modal: the window stays usable.
class CreateContainerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateContainerDialog)

public:
    explicit CreateContainerDialog(NodeManager *manager, const QString &nodeId = {},
                                   QWidget *parent = nullptr);
    ~CreateContainerDialog() override;

    // The spec the fields describe, or nullopt with the messages of the fields that are wrong.
    std::optional<ContainerSpec> spec(QStringList *problems = nullptr) const;
    NodeService *selectedNode() const;
    // Fills the image field, as Run from the images page does ("repo:tag" or an image id).
    void setImage(const QString &reference);

    // For tests: the fields by name ("image", "name", "ports", "env", ...).
    QWidget *field(const QString &name) const { return m_fields.value(name); }
    QPushButton *createButton() const { return m_create; }
    QLabel *statusLabel() const { return m_status; }
    // Whether a pull asks first (tests answer yes).
    void setPullWithoutAsking(bool yes) { m_pullWithoutAsking = yes; }

Q_SIGNALS:
    // The container exists (and was started when asked).
    void created(const QString &nodeId, const QString &id, const QString &name);
    // The node lacked the image and the dialog began pulling it (its status says so).
    void pullStarted(const QString &image);

protected:
    // Esc or Cancel: not while the engine is at work, and not over typed settings unasked.
    void reject() override;

private:
    QWidget *addSection(QVBoxLayout *layout, const QString &title, bool open);
    void addField(const QString &name, QWidget *widget);
    void fillNodes();
    void onNodeChanged();
    // The namespace choice: shown for a containerd node that shows every namespace.
    void fillNamespaces();
    // The node's image names (of the chosen namespace where there is a choice).
    void fillImages();
    // Until the user picks a namespace, it follows the image typed (one of a namespace's).
    void followImageNamespace();
    // The namespace picked; empty where there is no choice.
    QString chosenNamespace() const;
    void validate();
    void submit();
    void create(const ContainerSpec &spec, bool pulled);
    void pull(const ContainerSpec &spec);
    void onCreated(const ContainerSpec &spec, const QString &id);
    void fail(const QString &text);
    void setBusy(bool busy, const QString &text = {});
    QLabel *problemLabel(const QString &field) const { return m_problems.value(field); }
    // The chosen network's subnet and gateway for a fixed address of `family` (4 or 6, from
    // the typed address; 4 when none); empty subnet when it has none.
    NetworkSubnet chosenSubnet(const QString &address = {}) const;

    QPointer<NodeManager> m_manager;
    QPointer<NodeService> m_watchedNode; // the selected node, followed for state and images
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_problems;
    QComboBox *m_node = nullptr;
    QComboBox *m_image = nullptr;
    QFormLayout *m_basicForm = nullptr;
    QComboBox *m_namespace = nullptr;
    bool m_namespaceShown = false;
    bool m_namespaceTouched = false;
    bool m_fillingImages = false;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_command = nullptr;
    QPlainTextEdit *m_ports = nullptr;
    QPlainTextEdit *m_env = nullptr;
    QComboBox *m_network = nullptr;
    QLineEdit *m_ipAddress = nullptr;
    QCheckBox *m_start = nullptr;
    QPlainTextEdit *m_volumes = nullptr;
    QPlainTextEdit *m_labels = nullptr;
    QComboBox *m_restart = nullptr;
    QLineEdit *m_cpus = nullptr;
    QLineEdit *m_memory = nullptr;
    QLineEdit *m_healthCmd = nullptr;
    QLineEdit *m_healthInterval = nullptr;
    QLineEdit *m_healthTimeout = nullptr;
    QSpinBox *m_healthRetries = nullptr;
    QLineEdit *m_healthStart = nullptr;
    QLineEdit *m_entrypoint = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_workdir = nullptr;
    QCheckBox *m_init = nullptr;
    QCheckBox *m_privileged = nullptr;
    QLineEdit *m_capAdd = nullptr;
    QLineEdit *m_capDrop = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QCheckBox *m_autoRemove = nullptr;
    QWidget *m_healthSection = nullptr; // the body; its parent is the whole section
    QWidget *m_podmanSection = nullptr;
    QComboBox *m_pod = nullptr;
    QSpinBox *m_runTimeout = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_create = nullptr;
    ImagePull *m_pull = nullptr;
    bool m_busy = false;
    bool m_pullWithoutAsking = false;
    bool m_imageTouched = false;
};
