#pragma once

#include "core/engine/containerdetails.h"
#include "core/engine/containerstats.h"
#include "core/engine/engineerror.h"
#include "core/engine/engineresult.h"

#include <QPointer>
#include <QWidget>

class JsonView;
class NodeService;
class QLabel;
class LogView;
class StatsCharts;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

// The selected container in tabs: Overview (what it runs and how), Inspect (the engine's full
// JSON) and Health (the transitions the node saw, and the engine's last checks). Inspects the
// container through its node when it is shown and again when the container changes.
class ContainerDetailsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerDetailsView)

public:
    enum Tab
    {
        OverviewTab,
        InspectTab,
        StatsTab,
        HealthTab,
        LogsTab,
        NetworksTab
    };

    explicit ContainerDetailsView(QWidget *parent = nullptr);
    ~ContainerDetailsView() override;

    // Shows this container (no node: nothing).
    void setContainer(NodeService *node, const QString &id);
    QString containerId() const { return m_id; }
    NodeService *node() const { return m_node; }
    const ContainerDetails &details() const { return m_details; }
    bool isLoading() const { return m_loading; }

    QTabWidget *tabs() const { return m_tabs; }
    QTextBrowser *overview() const { return m_overview; }
    JsonView *inspect() const { return m_inspect; }
    QTreeWidget *healthTimeline() const { return m_health; }
    StatsCharts *statsCharts() const { return m_stats; }
    LogView *logView() const { return m_logs; }
    // A resource sample of the container shown (the window streams them while it is shown).
    void addStatsSample(const ContainerStats &stats);
    QPushButton *runCheckButton() const { return m_runCheck; }
    // The Networks tab: the container's networks, with Connect and Disconnect.
    QTreeWidget *networksList() const { return m_networks; }
    QPushButton *connectNetworkButton() const { return m_connectNetwork; }
    QPushButton *disconnectNetworkButton() const { return m_disconnectNetwork; }
    QLabel *networksStatus() const { return m_networksStatus; }
    // Attaches the container to `network` (known there also by `aliases`), or detaches it;
    // the outcome shows in the tab. Connect's dialog ends here; tests call them directly.
    void connectToNetwork(const QString &network, const QStringList &aliases = {});
    void disconnectFromNetwork(const QString &network);

Q_SIGNALS:
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QString containerName() const;
    // The container as its node lists it (namespace, read-only).
    ContainerSummary summary() const;
    void updateTabs();
    void reload();
    void onInspected(const QString &id, const EngineResult<ContainerDetails> &result);
    void showOverview();
    void showHealth();
    void runCheckNow();
    void retranslateUi();
    // The log is followed only while its tab is shown.
    void updateLogFollow();
    void showNetworks();
    void chooseNetworkToConnect();

    QPointer<NodeService> m_node;
    QString m_id;
    ContainerDetails m_details;
    EngineError m_error;
    bool m_loading = false;
    bool m_reloadAgain = false;
    QLabel *m_title = nullptr;
    QPushButton *m_close = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_overview = nullptr;
    JsonView *m_inspect = nullptr;
    StatsCharts *m_stats = nullptr;
    LogView *m_logs = nullptr;
    QWidget *m_healthPage = nullptr;
    QTreeWidget *m_health = nullptr;
    QLabel *m_healthSummary = nullptr;
    QPushButton *m_runCheck = nullptr;
    QTreeWidget *m_networks = nullptr;
    QPushButton *m_connectNetwork = nullptr;
    QPushButton *m_disconnectNetwork = nullptr;
    QLabel *m_networksStatus = nullptr;
};
