#pragma once

#include "core/engine/engineerror.h"
#include "core/services/networkoperations.h"

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

// One network in tabs: Overview (driver, scope, subnets, gateways, ranges, flags, labels),
// Containers (those attached, on its node, with Connect and Disconnect; activating one asks to
// show it) and Inspect (the engine's JSON, highlighted). Described through its node when shown,
// and again when the node changes the network or its containers.
class NetworkDetailsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkDetailsView)

public:
    enum Tab
    {
        OverviewTab,
        ContainersTab,
        InspectTab
    };

    explicit NetworkDetailsView(QWidget *parent = nullptr);
    ~NetworkDetailsView() override;

    // Shows this network (no node: nothing).
    void setNetwork(NodeService *node, const QString &networkId);
    QString networkId() const { return m_id; }
    NodeService *node() const { return m_node; }
    const NetworkOperations::NetworkDescription &description() const { return m_description; }
    EngineError error() const { return m_error; }
    bool isLoading() const { return m_loading; }
    // Reads the network again (after a connect or disconnect).
    void reload();

    QTabWidget *tabs() const { return m_tabs; }
    QTextBrowser *overview() const { return m_overview; }
    QTreeWidget *containers() const { return m_containers; }
    JsonView *inspect() const { return m_inspect; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *disconnectButton() const { return m_disconnect; }
    // The attached container chosen in the Containers tab (its name), if any.
    QString currentContainer() const;

Q_SIGNALS:
    void containerActivated(const QString &nodeId, const QString &containerId);
    // The user asked to attach a container, or to detach this one (by name).
    void connectRequested();
    void disconnectRequested(const QString &container);
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onDescribed(const QString &id,
                     const EngineResult<NetworkOperations::NetworkDescription> &result);
    void showOverview();
    void showContainers();
    QString networkName() const;
    // Whether the Containers tab lists this container.
    bool isShown(const QString &containerId) const;

    QPointer<NodeService> m_node;
    QString m_id;
    NetworkOperations::NetworkDescription m_description;
    EngineError m_error;
    bool m_loading = false;
    bool m_reloadAgain = false;
    QLabel *m_title = nullptr;
    QPushButton *m_close = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_overview = nullptr;
    QTreeWidget *m_containers = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_disconnect = nullptr;
    JsonView *m_inspect = nullptr;
};
