#pragma once

#include "core/engine/containersummary.h"
#include "core/engine/engineerror.h"
#include "core/engine/volumeinfo.h"

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

// One volume in tabs: Overview (driver, mountpoint, scope, created, labels, options),
// Containers (those that use it, as the engine lists them; activating one asks to show it) and
// Inspect (the engine's JSON, highlighted). Reads the volume through its node when it is shown,
// and again when reload() is asked (the page does after the node's volumes or containers
// changed).
class VolumeDetailsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeDetailsView)

public:
    enum Tab
    {
        OverviewTab,
        ContainersTab,
        InspectTab
    };

    explicit VolumeDetailsView(QWidget *parent = nullptr);
    ~VolumeDetailsView() override;

    // Shows this volume (no node: nothing).
    void setVolume(NodeService *node, const QString &name);
    QString volumeName() const { return m_name; }
    NodeService *node() const { return m_node; }
    const VolumeInfo &volume() const { return m_volume; }
    const QList<ContainerSummary> &users() const { return m_users; }
    EngineError error() const { return m_error; }
    // True while the inspect or the users are being asked.
    bool isLoading() const { return m_pending > 0; }
    // Asks the engine again.
    void reload();

    QTabWidget *tabs() const { return m_tabs; }
    QTextBrowser *overview() const { return m_overview; }
    QTreeWidget *containers() const { return m_containers; }
    JsonView *inspect() const { return m_inspect; }

Q_SIGNALS:
    // The user chose a container that uses the volume (double click or Enter).
    void containerActivated(const QString &nodeId, const QString &containerId);
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showOverview();
    void showContainers();
    void onContainerActivated(QTreeWidgetItem *item);

    QPointer<NodeService> m_node;
    QString m_name;
    VolumeInfo m_volume;
    QList<ContainerSummary> m_users;
    EngineError m_error;
    int m_pending = 0;
    bool m_reloadAgain = false;
    QLabel *m_title = nullptr;
    QPushButton *m_close = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_overview = nullptr;
    QTreeWidget *m_containers = nullptr;
    JsonView *m_inspect = nullptr;
};
