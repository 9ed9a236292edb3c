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
// failed build keeps every input so the user can fix and build again.
class BuildDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildDialog)

public:
    explicit BuildDialog(NodeManager *nodes, QWidget *parent = nullptr);
    ~BuildDialog() override;

    void setNode(const QString &nodeId);
    // Loads the folder's Dockerfile (or the one picked in it) into the editor.
    void setContextFolder(const QString &path);
    // Relative to the context folder; empty: Dockerfile.
    void setDockerfile(const QString &relativePath);
    NodeService *selectedNode() const;
    QString contextFolder() const;
    // The options the fields describe, or nullopt with what is wrong in `problem`.
    std::optional<BuildOptions> options(QString *problem = nullptr) const;
    bool isBuilding() const;

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
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *buildButton() const { return m_build; }
    // Whether saving the edited Dockerfile before a build asks first (tests answer yes).
    void setSaveWithoutAsking(bool yes) { m_saveWithoutAsking = yes; }

public Q_SLOTS:
    // Saves the editor's Dockerfile when needed and starts the build.
    void build();
    // Stops a running build; otherwise closes (asking before dropping unsaved edits).
    void reject() override;

Q_SIGNALS:
    // The image was built on the node; `imageId` names it.
    void built(const QString &nodeId, const QString &imageId);
    // A build began (after the Dockerfile was saved).
    void buildStarted();
    // The build ended: built, failed or stopped.
    void buildFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillNodes();
    void chooseFolder();
    void chooseDockerfile();
    void loadDockerfile();
    bool saveDockerfile();
    QString dockerfilePath() const;
    void addArgRow(const QString &key = {}, const QString &value = {});
    void validate();
    void setBuilding(bool building);
    void onProgress(const BuildProgress &progress);
    void onOutput(const QString &text, bool isError);
    void onStep(int number, int count, const QString &instruction);
    void onFinished(const EngineError &error, const QString &imageId);
    void appendLog(const QString &line, int kind);
    void showStatus(const QString &text, bool error);

    QPointer<NodeManager> m_manager;
    QComboBox *m_node = nullptr;
    QLineEdit *m_folder = nullptr;
    QToolButton *m_folderButton = nullptr;
    QLineEdit *m_dockerfile = nullptr;
    QToolButton *m_dockerfileButton = nullptr;
    QLabel *m_fileState = nullptr;
    CodeEditor *m_editor = nullptr;
    QLineEdit *m_tags = nullptr;
    QLabel *m_tagsProblem = nullptr;
    QTableWidget *m_args = nullptr;
    QPushButton *m_addArg = nullptr;
    QPushButton *m_removeArg = nullptr;
    QLineEdit *m_target = nullptr;
    QCheckBox *m_noCache = nullptr;
    QCheckBox *m_pull = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_step = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_build = nullptr;
    QPushButton *m_close = nullptr;
    ImageBuild *m_imageBuild = nullptr;
    QString m_buildNodeId;
    QString m_loadedPath;  // the file the editor shows; empty when none exists yet
    QString m_loadedText;  // its text as loaded or last saved
    QString m_pendingLine; // output after the last line end
    bool m_saveWithoutAsking = false;
    bool m_stopping = false;
};
