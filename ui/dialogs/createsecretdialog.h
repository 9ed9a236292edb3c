#pragma once

#include "core/engine/swarmsecret.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

class NodeService;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Creates a secret or a config in a swarm, through one of its managers: its name, its content
// typed or read from a file, and labels as key=value lines. Checked as typed; stays open with
// the engine's words when it refuses. A secret's content is sent once and never shown back.
class CreateSecretDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateSecretDialog)

public:
    // The swarm's present names of each kind, to refuse a name taken.
    CreateSecretDialog(NodeService *manager, SwarmSecret::Kind kind, const QStringList &secretNames,
                       const QStringList &configNames, QWidget *parent = nullptr);
    ~CreateSecretDialog() override;

    // The swarm's limit for a secret's or a config's content.
    static constexpr qsizetype MaxBytes = 500 * 1024;

    SwarmSecret::Kind kind() const;
    // What stops it from being created as typed; empty when nothing does.
    QString problem() const;
    static QString nameProblem(const QString &name);

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *nameField() const { return m_name; }
    QPlainTextEdit *contentEdit() const { return m_content; }
    QLineEdit *fileField() const { return m_file; }
    QPlainTextEdit *labelsEdit() const { return m_labels; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *createButton() const { return m_create; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void created(SwarmSecret::Kind kind, const QString &name);

private:
    void validate();
    void create();
    void chooseFile();
    // The content to send; empty with `problem` set when the file cannot be read.
    QByteArray content(QString *problem) const;

    QPointer<NodeService> m_node;
    QStringList m_secretNames;
    QStringList m_configNames;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_content = nullptr;
    QLineEdit *m_file = nullptr;
    QPlainTextEdit *m_labels = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_create = nullptr;
    bool m_busy = false;
};
