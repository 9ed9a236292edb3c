#pragma once

#include "core/engine/engineerror.h"
#include "core/engine/imageinfo.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class CodeEditor;
class ImageBuild;
class NodeManager;
class NodeService;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QToolButton;
struct BuildProgress;

// Builds an image on a node from a context folder: the Dockerfile shown in a highlighted
// editor (edits are saved to the file before the build, never lost), tags, build args, target,
// no-cache and pull; then the context's packing and sending with progress, and the engine's
// log as it comes, steps marked and errors in the error colour. Cancel stops the build. A
// failed build keeps every input so the user can fix it and build again.
class BuildDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildDialog)

public:
    explicit BuildDialog(NodeManager *nodes, QWidget *parent = nullptr);
    ~BuildDialog() override;

    void setNode(const QString &nodeId);
    // Loads the folder's Dockerfile (or the one chosen in it) into the editor. Unsaved edits
    // of the file shown before are saved or dropped only when the user says so.
    void setContextFolder(const QString &path);
    // Relative to the context folder; empty: Dockerfile.
    void setDockerfile(const QString &relativePath);
    NodeService *selectedNode() const;
    QString contextFolder() const;
    // The Dockerfile's full path.
    QString dockerfilePath() const;
    // The options the fields describe, or nullopt with what is wrong in `problem`.
    std::optional<BuildOptions> options(QString *problem = nullptr) const;
    bool isBuilding() const { return m_imageBuild != nullptr; }
    // The editor holds text the file does not have.
    bool hasUnsavedEdits() const;

    // For tests.
    CodeEditor *editor() const { return m_editor; }
    QLineEdit *tagsField() const { return m_tags; }
    QTableWidget *buildArgsTable() const { return m_args; }
    QLineEdit *targetField() const { return m_target; }
    QCheckBox *noCacheBox() const { return m_noCache; }
    QCheckBox *pullBox() const { return m_pull; }
    QPlainTextEdit *logView() const { return m_log; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *stepLabel() const { return m_step; }
    QLabel *problemLabel() const { return m_problem; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *buildButton() const { return m_build; }
    QPushButton *closeButton() const { return m_close; }
    // Adds a build argument row.
    void addBuildArg(const QString &name, const QString &value);

public Q_SLOTS:
    // Saves the editor's Dockerfile when it was edited, then starts the build.
    void build();
    // Esc or Cancel: stops a running build (or, where the engine cannot stop one, stops
    // following it and says so); otherwise closes, asking before dropping edits.
    void reject() override;

Q_SIGNALS:
    // The image was built on the node; `imageId` names it.
    void built(const QString &nodeId, const QString &imageId);
    // The build ended: built, failed, or stopped by the user.
    void buildFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Also each log block's user state.
    enum class LineKind
    {
        Output = 1,
        Error,
        Step,
    };

    void retranslateUi();
    void fillNodes();
    void chooseFolder();
    void chooseDockerfile();
    // Shows the file the folder and Dockerfile fields name; false when the user kept the one
    // shown (its edits unsaved) and the fields went back.
    bool loadSource();
    // Saves the editor's text into the file it shows (asking first when that file changed on
    // disk meanwhile); false when it was not saved.
    bool saveDockerfile();
    QString loadedPath() const;
    bool askToKeepEdits();
    void updateFileState();
    void validate();
    void setBuilding(bool building);
    void stopBuild();
    void updateCloseButton();
    void onProgress(const BuildProgress &progress);
    void onOutput(const QString &text, bool isError);
    void onStep(int number, int count, const QString &instruction);
    void onFinished(const EngineError &error, const QString &imageId);
    void appendLine(const QString &line, LineKind kind);
    void flushOutput();
    void recolourLog();
    void showStatus(const QString &text, bool error);

    QPointer<NodeManager> m_manager;
    QString m_wantedNode; // setNode's, chosen whenever it is online
    QComboBox *m_node = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_folderButton = nullptr;
    QLineEdit *m_dockerfile = nullptr;
    QPushButton *m_dockerfileButton = nullptr;
    QLabel *m_fileState = nullptr;
    CodeEditor *m_editor = nullptr;
    QLineEdit *m_tags = nullptr;
    QTableWidget *m_args = nullptr;
    QPushButton *m_addArg = nullptr;
    QPushButton *m_removeArg = nullptr;
    QLineEdit *m_target = nullptr;
    QCheckBox *m_noCache = nullptr;
    QCheckBox *m_pull = nullptr;
    QLabel *m_problem = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_step = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_build = nullptr;
    QPushButton *m_close = nullptr;
    QList<QWidget *> m_inputs; // disabled while a build runs
    ImageBuild *m_imageBuild = nullptr;
    QString m_buildNodeId;
    QString m_buildNodeName;
    bool m_buildCanStop = true; // the engine stops a build whose client goes
    QStringList m_buildTags;
    // The source the editor shows: the folder and Dockerfile fields as they were loaded, the
    // file's text then (or as last saved), and whether the file existed.
    QString m_loadedFolder;
    QString m_loadedDockerfile;
    QString m_loadedText;
    bool m_loadedExists = false;
    bool m_loadFailed = false;
    QString m_pendingOutput; // output after its last line end
    int m_stepNumber = 0;
    int m_stepCount = 0;
    QString m_stepInstruction;
};
