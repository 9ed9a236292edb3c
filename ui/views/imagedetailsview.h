#pragma once

#include "core/engine/engineerror.h"
#include "core/services/imageoperations.h"

#include <QPointer>
#include <QWidget>

class JsonView;
class NodeService;
class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

// One image in tabs: Overview (platform, size, names, what it runs, env, ports, labels),
// History (its layers: created by, size, comment), Containers (those that use it, on its node;
// activating one asks to show it) and Inspect (the engine's JSON, highlighted). Describes the
// image through its node when it is shown and again when the node changes the image.
class ImageDetailsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageDetailsView)

public:
    enum Tab
    {
        OverviewTab,
        HistoryTab,
        ContainersTab,
        InspectTab
    };
    enum HistoryColumn
    {
        CreatedByColumn,
        SizeColumn,
        CreatedColumn,
        CommentColumn
    };

    explicit ImageDetailsView(QWidget *parent = nullptr);
    ~ImageDetailsView() override;

    // Shows this image (no node: nothing).
    void setImage(NodeService *node, const QString &imageId);
    QString imageId() const { return m_id; }
    NodeService *node() const { return m_node; }
    const ImageOperations::ImageDescription &description() const { return m_description; }
    EngineError error() const { return m_error; }
    bool isLoading() const { return m_loading; }

    QTabWidget *tabs() const { return m_tabs; }
    QTextBrowser *overview() const { return m_overview; }
    QTreeWidget *history() const { return m_history; }
    QTreeWidget *containers() const { return m_containers; }
    JsonView *inspect() const { return m_inspect; }

Q_SIGNALS:
    // The user chose a container that uses the image (double click or Enter).
    void containerActivated(const QString &nodeId, const QString &containerId);
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void onDescribed(const QString &id,
                     const EngineResult<ImageOperations::ImageDescription> &result);
    void showOverview();
    void showHistory();
    void showContainers();
    void onContainerActivated(QTreeWidgetItem *item);

    QPointer<NodeService> m_node;
    QString m_id;
    ImageOperations::ImageDescription m_description;
    EngineError m_error;
    bool m_loading = false;
    bool m_reloadAgain = false;
    QLabel *m_title = nullptr;
    QPushButton *m_close = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_overview = nullptr;
    QTreeWidget *m_history = nullptr;
    QTreeWidget *m_containers = nullptr;
    JsonView *m_inspect = nullptr;
};
