#pragma once

#include "core/engine/podinfo.h"

#include <QDialog>
#include <QPointer>

class CodeEditor;
class NodeManager;
class QComboBox;
class QLabel;
class QPushButton;

// Plays kube YAML on a node with pods: the YAML in a highlighted editor (opened from a file or
// pasted), the node to play it on, then Play. The engine's refusal is shown in its words and
// the dialog stays; what it made is announced with played() and the dialog closes.
class PlayKubeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayKubeDialog)

public:
    explicit PlayKubeDialog(NodeManager *manager, const QString &nodeId = {},
                            QWidget *parent = nullptr);
    ~PlayKubeDialog() override;

    QString nodeId() const;
    void setNode(const QString &nodeId);
    void setYaml(const QString &yaml);
    // Reads the YAML from a file; false, with the reason shown, when it cannot.
    bool openFile(const QString &path);
    // Plays what the editor holds on the chosen node (the Play button).
    void play();

    CodeEditor *editor() const { return m_editor; }
    QComboBox *nodeBox() const { return m_node; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *playButton() const { return m_play; }

Q_SIGNALS:
    void played(const QString &nodeId, const KubePlayReport &report);

private:
    void updateEnabled();
    void chooseFile();

    QPointer<NodeManager> m_manager;
    CodeEditor *m_editor = nullptr;
    QComboBox *m_node = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_play = nullptr;
    QPushButton *m_open = nullptr;
    bool m_busy = false;
};
