#pragma once

#include "core/engine/swarmservice.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

class NodeService;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// Creates a swarm service through one of its managers, with the whole spec a person sets:
// image and command, replicated (how many) or global, published ports (through the routing mesh
// or on the node a task runs on), environment, mounts, placement constraints, networks, labels,
// CPU and memory limits, the restart policy and the rolling-update policy. Checked as typed, with
// the same readers as the command line; stays open with the engine's words when it refuses.
class CreateServiceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateServiceDialog)

public:
    // `images`: offered in the image box (the manager's own); `services`: names taken.
    CreateServiceDialog(NodeService *manager, const QStringList &images,
                        const QStringList &services, QWidget *parent = nullptr);
    ~CreateServiceDialog() override;

    // The service as typed; valid only when problem() is empty.
    SwarmServiceSpec spec() const;
    // What stops it from being created as typed; empty when nothing does.
    QString problem() const;

    QLineEdit *nameField() const { return m_name; }
    QComboBox *imageBox() const { return m_image; }
    QLineEdit *commandField() const { return m_command; }
    QComboBox *modeBox() const { return m_mode; }
    QSpinBox *replicasBox() const { return m_replicas; }
    QPlainTextEdit *portsEdit() const { return m_ports; }
    QCheckBox *hostModeBox() const { return m_hostMode; }
    QPlainTextEdit *envEdit() const { return m_env; }
    QPlainTextEdit *mountsEdit() const { return m_mounts; }
    QPlainTextEdit *constraintsEdit() const { return m_constraints; }
    QLineEdit *networksField() const { return m_networks; }
    QPlainTextEdit *labelsEdit() const { return m_labels; }
    QLineEdit *cpusField() const { return m_cpus; }
    QLineEdit *memoryField() const { return m_memory; }
    QComboBox *restartBox() const { return m_restart; }
    QSpinBox *parallelismBox() const { return m_parallelism; }
    QLineEdit *updateDelayField() const { return m_updateDelay; }
    QComboBox *failureActionBox() const { return m_failureAction; }
    QCheckBox *startFirstBox() const { return m_startFirst; }
    QCheckBox *initBox() const { return m_init; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *createButton() const { return m_create; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // The swarm made the service (its id); the dialog closes.
    void created(const QString &serviceId, const QString &name);

private:
    void validate();
    void create();
    // The spec, or the first thing typed wrong in `problem`.
    SwarmServiceSpec read(QString *problem) const;

    QPointer<NodeService> m_node;
    QStringList m_services;
    QLineEdit *m_name = nullptr;
    QComboBox *m_image = nullptr;
    QLineEdit *m_command = nullptr;
    QComboBox *m_mode = nullptr;
    QSpinBox *m_replicas = nullptr;
    QPlainTextEdit *m_ports = nullptr;
    QCheckBox *m_hostMode = nullptr;
    QPlainTextEdit *m_env = nullptr;
    QPlainTextEdit *m_mounts = nullptr;
    QPlainTextEdit *m_constraints = nullptr;
    QLineEdit *m_networks = nullptr;
    QPlainTextEdit *m_labels = nullptr;
    QLineEdit *m_cpus = nullptr;
    QLineEdit *m_memory = nullptr;
    QComboBox *m_restart = nullptr;
    QSpinBox *m_parallelism = nullptr;
    QLineEdit *m_updateDelay = nullptr;
    QComboBox *m_failureAction = nullptr;
    QCheckBox *m_startFirst = nullptr;
    QCheckBox *m_init = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_create = nullptr;
    bool m_busy = false;
};
