#pragma once

#include <QDialog>
#include <QPointer>
#include <QStringList>

class CodeEditor;
class NodeManager;
class QLabel;
class QPushButton;

// The kube YAML the node's engine generates for some of its pods or containers, highlighted and
// read-only, with Save to write it to a file. Asks the engine itself when opened.
class KubeYamlDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeYamlDialog)

public:
    // `names`: ids or names of pods, or of containers in no pod, all on the node.
    KubeYamlDialog(NodeManager *manager, const QString &nodeId, const QStringList &names,
                   QWidget *parent = nullptr);
    ~KubeYamlDialog() override;

    // The YAML once generated; empty before, or when the engine refused.
    QString yaml() const { return m_yaml; }
    // Writes the YAML to `path`; false, with the reason shown, when it cannot.
    bool saveTo(const QString &path);

    CodeEditor *editor() const { return m_editor; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    // The engine answered: with YAML, or (`ok` false) with a refusal shown in the dialog.
    void generated(bool ok);

private:
    void save();

    QString m_yaml;
    QStringList m_names;
    CodeEditor *m_editor = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
};
