#include "ui/views/containerdetailsview.h"

#include "core/engine/commandline.h"
#include "core/services/containeroperations.h"
#include "core/services/networkoperations.h"
#include "core/services/nodeservice.h"
#include "ui/dialogs/connectnetworkdialog.h"
#include "ui/models/containertablemodel.h"
#include "ui/widgets/jsonview.h"
#include "ui/widgets/logview.h"
#include "ui/widgets/statscharts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString joinEscaped(const QStringList &list, const QString &separator = QStringLiteral("<br>"))
{
    QStringList out;
    out.reserve(list.size());
    for (const QString &s : list)
        out << esc(s);
    return out.join(separator);
}

QString when(const QDateTime &t)
{
    return t.isValid() && t.toSecsSinceEpoch() > 0
               ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)
               : QString();
}

} // namespace

ContainerDetailsView::ContainerDetailsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("containerDetails"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QPushButton(this);
    m_close->setFlat(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_close, &QPushButton::clicked, this, &ContainerDetailsView::closeRequested);
    header->addWidget(m_title, 1);
    header->addWidget(m_close);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_overview = new QTextBrowser(m_tabs);
    m_overview->setObjectName(QStringLiteral("detailsOverview"));
    m_overview->setOpenLinks(false);
    m_inspect = new JsonView(m_tabs);
    m_stats = new StatsCharts(m_tabs);
    m_logs = new LogView(m_tabs);
    m_healthPage = new QWidget(m_tabs);
    auto *healthLayout = new QVBoxLayout(m_healthPage);
    auto *healthBar = new QHBoxLayout;
    m_healthSummary = new QLabel(m_healthPage);
    m_healthSummary->setWordWrap(true);
    m_runCheck = new QPushButton(m_healthPage);
    m_runCheck->setObjectName(QStringLiteral("runHealthCheck"));
    connect(m_runCheck, &QPushButton::clicked, this, &ContainerDetailsView::runCheckNow);
    healthBar->addWidget(m_healthSummary, 1);
    healthBar->addWidget(m_runCheck);
    healthLayout->addLayout(healthBar);
    m_health = new QTreeWidget(m_healthPage);
    m_health->setObjectName(QStringLiteral("healthTimeline"));
    m_health->setColumnCount(3);
    m_health->setRootIsDecorated(true);
    m_health->setUniformRowHeights(true);
    m_health->header()->setStretchLastSection(true);
    healthLayout->addWidget(m_health, 1);
    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_inspect, QString());
    m_tabs->addTab(m_stats, QString());
    m_tabs->addTab(m_healthPage, QString());
    m_tabs->addTab(m_logs, QString());
    auto *networksPage = new QWidget(m_tabs);
    auto *networksLayout = new QVBoxLayout(networksPage);
    m_networks = new QTreeWidget(networksPage);
    m_networks->setObjectName(QStringLiteral("containerNetworks"));
    m_networks->setColumnCount(1);
    m_networks->setRootIsDecorated(false);
    m_networks->setUniformRowHeights(true);
    m_networks->setHeaderHidden(true);
    networksLayout->addWidget(m_networks, 1);
    auto *networkButtons = new QHBoxLayout;
    m_connectNetwork = new QPushButton(networksPage);
    m_connectNetwork->setObjectName(QStringLiteral("connectNetwork"));
    connect(m_connectNetwork, &QPushButton::clicked, this,
            &ContainerDetailsView::chooseNetworkToConnect);
    m_disconnectNetwork = new QPushButton(networksPage);
    m_disconnectNetwork->setObjectName(QStringLiteral("disconnectNetwork"));
    m_disconnectNetwork->setEnabled(false);
    connect(m_disconnectNetwork, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_networks->currentItem())
            disconnectFromNetwork(item->text(0));
    });
    connect(m_networks, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_disconnectNetwork->setEnabled(item != nullptr && m_connectNetwork->isEnabled());
    });
    networkButtons->addWidget(m_connectNetwork);
    networkButtons->addWidget(m_disconnectNetwork);
    networkButtons->addStretch();
    networksLayout->addLayout(networkButtons);
    m_networksStatus = new QLabel(networksPage);
    m_networksStatus->setWordWrap(true);
    m_networksStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    networksLayout->addWidget(m_networksStatus);
    m_tabs->addTab(networksPage, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, &ContainerDetailsView::updateLogFollow);
    layout->addWidget(m_tabs, 1);
    retranslateUi();
}

ContainerDetailsView::~ContainerDetailsView() = default;

void ContainerDetailsView::retranslateUi()
{
    m_close->setToolTip(tr("Close the details (Esc)"));
    m_tabs->setTabText(OverviewTab, tr("Overview"));
    m_tabs->setTabText(InspectTab, tr("Inspect"));
    m_tabs->setTabText(StatsTab, tr("Stats"));
    m_tabs->setTabText(HealthTab, tr("Health"));
    m_tabs->setTabText(LogsTab, tr("Logs"));
    m_tabs->setTabText(NetworksTab, tr("Networks"));
    m_connectNetwork->setText(tr("&Connect to a Network…"));
    m_disconnectNetwork->setText(tr("&Disconnect"));
    m_disconnectNetwork->setToolTip(tr("Detach the container from the chosen network"));
    m_runCheck->setText(tr("Run check now"));
    m_runCheck->setToolTip(tr("Run the container's health check at once (Podman)"));
    m_health->setHeaderLabels({tr("When"), tr("What"), tr("Check output")});
    showOverview();
    showHealth();
}

void ContainerDetailsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ContainerDetailsView::setContainer(NodeService *node, const QString &id)
{
    if (node == m_node && id == m_id)
        return;
    if (m_node)
        m_node->disconnect(this);
    m_node = node;
    m_id = id;
    m_details = ContainerDetails();
    m_error = EngineError();
    m_inspect->setJson({});
    m_stats->clear();
    m_logs->stop();
    updateTabs();
    updateLogFollow();
    if (node) {
        connect(node, &NodeService::engineInfoChanged, this, &ContainerDetailsView::updateTabs);
        connect(node, &NodeService::containersChanged, this,
                [this](const QList<ContainerSummary> &changed) {
                    for (const ContainerSummary &c : changed) {
                        if (c.id == m_id) {
                            reload();
                            return;
                        }
                    }
                });
        connect(node, &NodeService::healthTransitions, this, [this] { showHealth(); });
    }
    reload();
}

void ContainerDetailsView::updateLogFollow()
{
    const bool shown = isVisible() && m_tabs->currentIndex() == LogsTab && m_node &&
                       m_node->engineInfo().capabilities.logs;
    if (!shown) {
        m_logs->stop();
        return;
    }
    if (!m_logs->isFollowing() || m_logs->targets().value(0).containerId != m_id)
        m_logs->setTargets({{m_node, m_id, containerName()}});
}

void ContainerDetailsView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_logs->stop();
}

void ContainerDetailsView::addStatsSample(const ContainerStats &stats)
{
    if (stats.id == m_id)
        m_stats->addSample(stats);
}

void ContainerDetailsView::reload()
{
    if (!m_node || m_id.isEmpty()) {
        showOverview();
        showHealth();
        showNetworks();
        return;
    }
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    showOverview();
    const QString id = m_id;
    ContainerOperations::inspect(
        m_node, id, this,
        [this, id](const EngineResult<ContainerDetails> &result) { onInspected(id, result); });
}

void ContainerDetailsView::onInspected(const QString &id,
                                       const EngineResult<ContainerDetails> &result)
{
    m_loading = false;
    if (id == m_id) {
        m_error = result.error;
        if (result.ok()) {
            m_details = result.value;
            m_inspect->setJson(m_details.rawJson);
        }
        showOverview();
        showHealth();
        showNetworks();
    }
    if (m_reloadAgain || id != m_id) {
        m_reloadAgain = false;
        reload();
    }
}

void ContainerDetailsView::showOverview()
{
    if (!m_node || m_id.isEmpty()) {
        m_title->clear();
        m_overview->clear();
        return;
    }
    const ContainerDetails &d = m_details;
    const QString name = d.name.isEmpty() ? m_id.left(12) : d.name;
    m_title->setText(QStringLiteral("<b>%1</b> &nbsp;<span style='color:gray'>%2</span>")
                         .arg(esc(name), esc(tr("on %1").arg(m_node->name()))));
    if (d.id.isEmpty()) {
        m_overview->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(esc(m_error.isError() ? m_error.userText() : tr("Reading the container…"))));
        return;
    }
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    const auto row = [&html](const QString &label, const QString &valueHtml) {
        if (valueHtml.isEmpty())
            return;
        html += QStringLiteral("<tr><td valign='top' style='color:gray; padding-right:12px'>%1</td>"
                               "<td>%2</td></tr>")
                    .arg(esc(label), valueHtml);
    };
    QString state = esc(ContainerTableModel::stateText(d.state));
    if (d.state == ContainerSummary::State::Exited)
        state += esc(QStringLiteral(" ") + tr("(exit code %1)").arg(d.exitCode));
    if (d.oomKilled)
        state += esc(QStringLiteral(" ") + tr("— killed for lack of memory"));
    if (!d.error.isEmpty())
        state += QStringLiteral("<br>") + esc(d.error);
    row(tr("State"), state);
    if (d.health.status != ContainerSummary::Health::None)
        row(tr("Health"), esc(ContainerTableModel::healthText(d.health.status)));
    row(tr("Node"), esc(m_node->name()));
    const ContainerSummary summary = this->summary();
    row(tr("Namespace"), esc(summary.namespaceName));
    if (summary.readOnly)
        row(tr("Managed by"),
            esc(tr("Docker manages this container: act on it from the Docker node")));
    // What only some engines tell (containerd's runtime and snapshot, compose and Kubernetes
    // labels), already in the user's language.
    for (const auto &[label, value] : d.facts)
        row(label, esc(value));
    row(tr("ID"), esc(ContainerTableModel::shortId(d.id)));
    row(tr("Image"), esc(d.image) + QStringLiteral("<br><span style='color:gray'>") +
                         esc(d.imageId.left(19)) + QStringLiteral("</span>"));
    row(tr("Command"), esc(CommandLine::join(d.spec.command)));
    row(tr("Entrypoint"), esc(CommandLine::join(d.spec.entrypoint)));
    row(tr("Created"), esc(when(d.created)));
    row(tr("Started"), esc(when(d.startedAt)));
    if (d.state != ContainerSummary::State::Running)
        row(tr("Finished"), esc(when(d.finishedAt)));
    if (d.restartCount > 0)
        row(tr("Restarts"), QString::number(d.restartCount));
    QStringList ports;
    for (const PortMapping &p : d.ports) {
        ports << (p.publicPort > 0 ? QStringLiteral("%1:%2 → %3/%4")
                                         .arg(p.ip.isEmpty() ? QStringLiteral("0.0.0.0") : p.ip)
                                         .arg(p.publicPort)
                                         .arg(p.privatePort)
                                         .arg(p.protocol)
                                   : QStringLiteral("%1/%2").arg(p.privatePort).arg(p.protocol));
    }
    row(tr("Ports"), joinEscaped(ports));
    QStringList mounts;
    for (const MountPoint &m : d.mounts) {
        const QString source =
            m.type == QLatin1String("volume") && !m.name.isEmpty() ? m.name : m.source;
        mounts << QStringLiteral("%1 → %2 (%3%4)")
                      .arg(source, m.destination, m.type,
                           m.readWrite ? QString() : QStringLiteral(", ") + tr("read-only"));
    }
    row(tr("Mounts"), joinEscaped(mounts));
    row(tr("Environment"), joinEscaped(d.spec.env));
    QStringList labels;
    for (auto it = d.spec.labels.constBegin(); it != d.spec.labels.constEnd(); ++it)
        labels << it.key() + QLatin1Char('=') + it.value();
    row(tr("Labels"), joinEscaped(labels));
    QString restart;
    switch (d.spec.restart.mode) {
    case RestartPolicy::Mode::No:
        restart = tr("Never");
        break;
    case RestartPolicy::Mode::Always:
        restart = tr("Always");
        break;
    case RestartPolicy::Mode::UnlessStopped:
        restart = tr("Unless stopped");
        break;
    case RestartPolicy::Mode::OnFailure:
        restart = d.spec.restart.maximumRetries > 0
                      ? tr("On failure, at most %n time(s)", nullptr, d.spec.restart.maximumRetries)
                      : tr("On failure");
        break;
    }
    if (m_node->engineInfo().capabilities.restartPolicy ||
        d.spec.restart.mode != RestartPolicy::Mode::No)
        row(tr("Restart policy"), esc(restart));
    QStringList resources;
    if (d.spec.nanoCpus > 0)
        resources << tr("%1 CPUs").arg(QLocale().toString(double(d.spec.nanoCpus) / 1e9, 'g', 3));
    if (d.spec.memoryBytes > 0)
        resources << tr("%1 memory").arg(QLocale().formattedDataSize(d.spec.memoryBytes));
    row(tr("Limits"),
        resources.isEmpty() ? esc(tr("None")) : joinEscaped(resources, QStringLiteral(", ")));
    row(tr("User"), esc(d.spec.user));
    row(tr("Working directory"), esc(d.spec.workingDir));
    row(tr("Networks"), joinEscaped(d.networks, QStringLiteral(", ")));
    row(tr("Pod"), esc(d.pod.left(12)));
    QStringList flags;
    if (d.spec.privileged)
        flags << tr("privileged");
    if (d.spec.readOnlyRootfs)
        flags << tr("read-only root");
    if (d.spec.init)
        flags << tr("init process");
    if (d.spec.autoRemove)
        flags << tr("removed when it exits");
    if (d.spec.tty)
        flags << tr("terminal");
    row(tr("Options"), joinEscaped(flags, QStringLiteral(", ")));
    QStringList caps;
    if (!d.spec.capAdd.isEmpty())
        caps << tr("added: %1").arg(d.spec.capAdd.join(QStringLiteral(", ")));
    if (!d.spec.capDrop.isEmpty())
        caps << tr("dropped: %1").arg(d.spec.capDrop.join(QStringLiteral(", ")));
    row(tr("Capabilities"), joinEscaped(caps));
    html += QStringLiteral("</table>");
    if (m_error.isError())
        html += QStringLiteral("<p style='color:#cf222e'>%1</p>").arg(esc(m_error.userText()));
    const int scroll = m_overview->verticalScrollBar()->value();
    m_overview->setHtml(html);
    m_overview->verticalScrollBar()->setValue(scroll);
}

ContainerSummary ContainerDetailsView::summary() const
{
    if (m_node) {
        for (const ContainerSummary &c : m_node->containers()) {
            if (c.id == m_id)
                return c;
        }
    }
    return {};
}

void ContainerDetailsView::updateTabs()
{
    // Tabs for what the node's engine cannot do are off, saying why.
    const EngineCapabilities caps =
        m_node ? m_node->engineInfo().capabilities : EngineCapabilities();
    const QString name = m_node ? m_node->name() : QString();
    const auto gate = [this](int tab, bool on, const QString &why) {
        m_tabs->setTabEnabled(tab, on);
        m_tabs->setTabToolTip(tab, on ? QString() : why);
    };
    const bool known = m_node != nullptr;
    gate(StatsTab, !known || caps.stats,
         tr("The engine of %1 gives no resource figures for containers.").arg(name));
    gate(LogsTab, !known || caps.logs, tr("The engine of %1 keeps no container logs.").arg(name));
    gate(HealthTab, !known || caps.healthchecks,
         tr("The engine of %1 runs no health checks: its containers have no health.").arg(name));
    gate(NetworksTab, !known || caps.networks,
         tr("The engine of %1 has no networks: its containers use the host's network or none.")
             .arg(name));
}

void ContainerDetailsView::showHealth()
{
    m_health->clear();
    const bool canRun = m_node && m_node->engineInfo().capabilities.healthcheckRun;
    m_runCheck->setVisible(canRun);
    m_runCheck->setEnabled(canRun && m_details.state == ContainerSummary::State::Running &&
                           m_details.health.status != ContainerSummary::Health::None);
    if (!m_node || m_id.isEmpty())
        return;
    const HealthState &h = m_details.health;
    if (h.status == ContainerSummary::Health::None)
        m_healthSummary->setText(tr("This container has no health check."));
    else
        m_healthSummary->setText(tr("Now: %1. Failing checks in a row: %2.")
                                     .arg(ContainerTableModel::healthText(h.status))
                                     .arg(h.failingStreak));

    auto *transitions = new QTreeWidgetItem(m_health, {tr("Changes seen")});
    const QList<HealthTransition> history = m_node->healthHistory(m_id);
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const QString from = it->from == ContainerSummary::Health::None
                                 ? tr("no check")
                                 : ContainerTableModel::healthText(it->from);
        auto *item = new QTreeWidgetItem(
            transitions,
            {when(it->time), tr("%1 → %2").arg(from, ContainerTableModel::healthText(it->to)),
             it->output.trimmed()});
        item->setToolTip(2, it->output);
        item->setForeground(1, ContainerTableModel::healthColor(it->to));
    }
    if (history.isEmpty())
        new QTreeWidgetItem(transitions, {QString(), tr("None since Gontainer started")});

    auto *checks = new QTreeWidgetItem(m_health, {tr("Last checks")});
    for (auto it = h.log.crbegin(); it != h.log.crend(); ++it) {
        auto *item = new QTreeWidgetItem(
            checks,
            {when(it->start),
             it->exitCode == 0 ? tr("passed") : tr("failed (exit code %1)").arg(it->exitCode),
             it->output.trimmed()});
        item->setToolTip(2, it->output);
        if (it->exitCode != 0)
            item->setForeground(
                1, ContainerTableModel::healthColor(ContainerSummary::Health::Unhealthy));
    }
    m_health->expandAll();
    m_health->resizeColumnToContents(0);
    m_health->resizeColumnToContents(1);
}

void ContainerDetailsView::runCheckNow()
{
    if (!m_node)
        return;
    m_runCheck->setEnabled(false);
    m_healthSummary->setText(tr("Running the health check…"));
    const QString id = m_id;
    const auto done = [this, id](const EngineResult<HealthState> &result) {
        if (id != m_id)
            return;
        if (!result.ok()) {
            m_healthSummary->setText(result.error.userText());
            m_runCheck->setEnabled(true);
            return;
        }
        reload();
    };
    ContainerOperations::runHealthcheck(m_node, id, this, done);
}

QString ContainerDetailsView::containerName() const
{
    if (!m_details.name.isEmpty() && m_details.id == m_id)
        return m_details.name;
    if (m_node) {
        for (const ContainerSummary &c : m_node->containers()) {
            if (c.id == m_id)
                return c.name;
        }
    }
    return m_id.left(12);
}

// ---- networks ----

void ContainerDetailsView::showNetworks()
{
    const QString current =
        m_networks->currentItem() ? m_networks->currentItem()->text(0) : QString();
    m_networks->clear();
    const bool readOnly = summary().readOnly;
    m_connectNetwork->setEnabled(m_node && !m_details.id.isEmpty() && !readOnly &&
                                 m_node->engineInfo().capabilities.networks);
    m_connectNetwork->setToolTip(
        readOnly ? tr("Docker manages this container: act on it from the Docker node") : QString());
    m_disconnectNetwork->setEnabled(false);
    for (const QString &network : std::as_const(m_details.networks)) {
        auto *item = new QTreeWidgetItem(m_networks, {network});
        if (network == current)
            m_networks->setCurrentItem(item);
    }
}

void ContainerDetailsView::chooseNetworkToConnect()
{
    if (!m_node || m_details.id.isEmpty())
        return;
    ConnectNetworkDialog dialog(m_node, QString(), containerName(), window());
    if (dialog.exec() == QDialog::Accepted)
        connectToNetwork(dialog.network(), dialog.aliases());
}

void ContainerDetailsView::connectToNetwork(const QString &network, const QStringList &aliases)
{
    if (!m_node || network.isEmpty())
        return;
    const QString id = m_id;
    const QString name = containerName();
    m_networksStatus->setText(tr("Connecting to %1…").arg(network));
    NetworkOperations::connect(
        m_node, network, id, aliases, this, [this, id, name, network](const EngineError &error) {
            if (id != m_id)
                return;
            m_networksStatus->setText(
                error.isError()
                    ? tr("Could not connect %1 to %2: %3").arg(name, network, error.userText())
                    : tr("Connected to %1.").arg(network));
            reload();
        });
}

void ContainerDetailsView::disconnectFromNetwork(const QString &network)
{
    if (!m_node || network.isEmpty())
        return;
    const QString id = m_id;
    const QString name = containerName();
    m_networksStatus->setText(tr("Disconnecting from %1…").arg(network));
    NetworkOperations::disconnect(
        m_node, network, id, false, this, [this, id, name, network](const EngineError &error) {
            if (id != m_id)
                return;
            m_networksStatus->setText(
                error.isError()
                    ? tr("Could not disconnect %1 from %2: %3").arg(name, network, error.userText())
                    : tr("Disconnected from %1.").arg(network));
            reload();
        });
}
