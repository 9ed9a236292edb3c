#pragma once

#include "core/engine/engineerror.h"
#include "core/engine/imageinfo.h"
#include "ui/dialogs/registrylogindialog.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <optional>

class LayerProgressView;
class NodeManager;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Pulls an image onto one or more nodes, or pushes one from a node to its registry, showing
// each layer's progress and the bytes overall; Cancel stops it. A short name no registry has
// lists the registries tried and offers the fully qualified names; a registry that wants a
// login (or refuses the saved one) offers to log in and tries again with it. Non-modal.
class PullImageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PullImageDialog)

public:
    enum class Mode
    {
        Pull,
        Push
    };

    PullImageDialog(NodeManager *manager, Mode mode, QWidget *parent = nullptr);
    ~PullImageDialog() override;

    Mode mode() const { return m_mode; }
    // The nodes checked (Pull), or the node pushed from (Push: the first).
    void setNodes(const QStringList &nodeIds);
    QStringList checkedNodes() const;
    void setReference(const QString &reference);
    QString reference() const;

    // Pulls or pushes now (the Pull / Push button).
    void start();
    // Stops what runs; the dialog stays open.
    void cancel();
    bool isRunning() const;

    QLineEdit *referenceField() const { return m_reference; }
    QListWidget *nodeList() const { return m_nodes; }
    LayerProgressView *progressView() const { return m_progress; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }
    // The fully qualified names offered after a short name failed, and its button.
    QListWidget *candidateList() const { return m_candidates; }
    QPushButton *useCandidateButton() const { return m_useCandidate; }
    QPushButton *loginButton() const { return m_login; }
    // The login dialog opened from here, while it is open.
    RegistryLoginDialog *loginDialog() const { return m_loginDialog; }

Q_SIGNALS:
    // One node has the image (Pull), or the registry has it (Push).
    void transferred(const QString &nodeId, const QString &reference);
    // Every node's transfer has ended; `failed` of them did not make it.
    void allFinished(int failed);

protected:
    void reject() override;
    void changeEvent(QEvent *event) override;

private:
    struct Transfer
    {
        QPointer<QObject> job; // ImagePull or ImagePush
        QString reference;
        EngineError error;
        QStringList tried;
        QStringList candidates;
        bool running = false;
    };

    void retranslateUi();
    void validate();
    void startOn(const QString &nodeId, const QString &reference,
                 const std::optional<RegistryAuth> &auth);
    void onFinished(const QString &nodeId, const EngineError &error, const QStringList &tried,
                    const QStringList &candidates);
    void summarize();
    void openLogin();
    void useCandidate();
    void setRunning(bool running);
    QString nodeName(const QString &nodeId) const;

    QPointer<NodeManager> m_manager;
    Mode m_mode;
    QLabel *m_intro = nullptr;
    QListWidget *m_nodes = nullptr;
    QLabel *m_nodesLabel = nullptr;
    QLabel *m_referenceLabel = nullptr;
    QLineEdit *m_reference = nullptr;
    LayerProgressView *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_tried = nullptr;
    QListWidget *m_candidates = nullptr;
    QPushButton *m_useCandidate = nullptr;
    QPushButton *m_login = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    QHash<QString, Transfer> m_transfers; // by node id
    QPointer<RegistryLoginDialog> m_loginDialog;
};
