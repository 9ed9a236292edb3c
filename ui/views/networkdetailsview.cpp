#include "ui/views/networkdetailsview.h"

#include "core/services/nodeservice.h"
#include "ui/widgets/jsonview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

NetworkDetailsView::NetworkDetailsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("networkDetails"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QPushButton(this);
    m_close->setFlat(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_close, &QPushButton::clicked, this, &NetworkDetailsView::closeRequested);
    header->addWidget(m_title, 1);
    header->addWidget(m_close);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_overview = new QTextBrowser(m_tabs);
    m_overview->setObjectName(QStringLiteral("networkOverview"));
    m_overview->setOpenLinks(false);

    auto *containersPage = new QWidget(m_tabs);
    auto *containersLayout = new QVBoxLayout(containersPage);
    containersLayout->setContentsMargins(0, 0, 0, 0);
    m_containers = new QTreeWidget(containersPage);
    m_containers->setObjectName(QStringLiteral("networkContainers"));
    m_containers->setColumnCount(2);
    m_containers->setRootIsDecorated(false);
    m_containers->setUniformRowHeights(true);
    m_containers->header()->setStretchLastSection(true);
    connect(m_containers, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && m_node)
            Q_EMIT containerActivated(m_node->id(), item->data(0, Qt::UserRole).toString());
    });
    connect(m_containers, &QTreeWidget::currentItemChanged, this,
            [this] { m_disconnect->setEnabled(!currentContainer().isEmpty()); });
    containersLayout->addWidget(m_containers, 1);
    auto *buttons = new QHBoxLayout;
    m_connect = new QPushButton(containersPage);
    m_connect->setObjectName(QStringLiteral("networkConnectContainer"));
    connect(m_connect, &QPushButton::clicked, this, &NetworkDetailsView::connectRequested);
    m_disconnect = new QPushButton(containersPage);
    m_disconnect->setObjectName(QStringLiteral("networkDisconnectContainer"));
    m_disconnect->setEnabled(false);
    connect(m_disconnect, &QPushButton::clicked, this, [this] {
        const QString name = currentContainer();
        if (!name.isEmpty())
            Q_EMIT disconnectRequested(name);
    });
    buttons->addWidget(m_connect);
    buttons->addWidget(m_disconnect);
    buttons->addStretch();
    containersLayout->addLayout(buttons);

    m_inspect = new JsonView(m_tabs);
    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(containersPage, QString());
    m_tabs->addTab(m_inspect, QString());
    layout->addWidget(m_tabs, 1);
    retranslateUi();
}

NetworkDetailsView::~NetworkDetailsView() = default;

void NetworkDetailsView::retranslateUi()
{
    m_close->setToolTip(tr("Close the details (Esc)"));
    m_tabs->setTabText(OverviewTab, tr("Overview"));
    m_tabs->setTabText(InspectTab, tr("Inspect"));
    m_containers->setHeaderLabels({tr("Container"), tr("State")});
    m_containers->setToolTip(tr("Double-click a container to show it"));
    m_connect->setText(tr("&Connect a Container…"));
    m_disconnect->setText(tr("&Disconnect"));
    m_disconnect->setToolTip(tr("Detach the chosen container from this network"));
    showOverview();
    showContainers();
}

void NetworkDetailsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NetworkDetailsView::setNetwork(NodeService *node, const QString &networkId)
{
    if (node == m_node && networkId == m_id)
        return;
    if (m_node)
        m_node->disconnect(this);
    m_node = node;
    m_id = networkId;
    m_description = {};
    m_error = {};
    m_inspect->setJson({});
    if (node) {
        connect(node, &NodeService::networksChanged, this, [this](const QList<NetworkInfo> &list) {
            for (const NetworkInfo &n : list) {
                if (n.id == m_id) {
                    reload();
                    return;
                }
            }
        });
        // Containers joining or leaving: their list and the engine's JSON change. Only a
        // container on this network (now or before) asks the engine again.
        const auto onChanged = [this](const QList<ContainerSummary> &changed) {
            const QString name = networkName();
            for (const ContainerSummary &c : changed) {
                if (c.networks.contains(name) || isShown(c.id)) {
                    reload();
                    return;
                }
            }
        };
        connect(node, &NodeService::containersAdded, this, onChanged);
        connect(node, &NodeService::containersChanged, this, onChanged);
        connect(node, &NodeService::containersRemoved, this, [this](const QStringList &ids) {
            for (const QString &id : ids) {
                if (isShown(id)) {
                    reload();
                    return;
                }
            }
        });
    }
    reload();
}

bool NetworkDetailsView::isShown(const QString &containerId) const
{
    for (int i = 0; i < m_containers->topLevelItemCount(); ++i) {
        if (m_containers->topLevelItem(i)->data(0, Qt::UserRole).toString() == containerId)
            return true;
    }
    return false;
}

QString NetworkDetailsView::networkName() const
{
    if (!m_description.info.name.isEmpty())
        return m_description.info.name;
    if (m_node) {
        for (const NetworkInfo &n : m_node->networks()) {
            if (n.id == m_id)
                return n.name;
        }
    }
    return m_id.left(12);
}

void NetworkDetailsView::reload()
{
    if (!m_node || m_id.isEmpty()) {
        showOverview();
        showContainers();
        return;
    }
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    const QString id = m_id;
    NetworkOperations::inspect(
        m_node, id, this,
        [this, id](const EngineResult<NetworkOperations::NetworkDescription> &result) {
            onDescribed(id, result);
        });
}

void NetworkDetailsView::onDescribed(
    const QString &id, const EngineResult<NetworkOperations::NetworkDescription> &result)
{
    m_loading = false;
    if (id == m_id) {
        m_error = result.error;
        if (result.ok()) {
            m_description = result.value;
            m_inspect->setJson(m_description.info.rawJson);
        }
        showOverview();
        showContainers();
    }
    if (m_reloadAgain || id != m_id) {
        m_reloadAgain = false;
        reload();
    }
}

void NetworkDetailsView::showOverview()
{
    if (!m_node || m_id.isEmpty()) {
        m_title->clear();
        m_overview->clear();
        return;
    }
    m_title->setText(QStringLiteral("<b>%1</b> &nbsp;<span style='color:gray'>%2</span>")
                         .arg(esc(networkName()), esc(tr("on %1").arg(m_node->name()))));
    const NetworkInfo &n = m_description.info;
    if (n.id.isEmpty()) {
        m_overview->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(esc(m_error.isError() ? m_error.userText() : tr("Reading the network…"))));
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
    row(tr("Node"), esc(m_node->name()));
    row(tr("ID"), esc(n.id.left(12)));
    row(tr("Driver"), esc(n.driver));
    row(tr("Scope"), esc(n.scope));
    for (const NetworkSubnet &s : n.subnets) {
        row(tr("Subnet"), esc(s.subnet));
        row(tr("Gateway"), esc(s.gateway));
        row(tr("IP range"), esc(s.ipRange));
    }
    row(tr("Internal"), n.internal ? esc(tr("Yes: no way out to other networks")) : QString());
    row(tr("IPv6"), n.ipv6 ? esc(tr("Enabled")) : QString());
    row(tr("Attachable"), n.attachable ? esc(tr("Yes")) : QString());
    if (n.created.isValid() && n.created.toSecsSinceEpoch() > 0)
        row(tr("Created"), esc(QLocale().toString(n.created.toLocalTime(), QLocale::ShortFormat)));
    QStringList labels;
    for (auto it = n.labels.constBegin(); it != n.labels.constEnd(); ++it)
        labels << esc(it.key() + QLatin1Char('=') + it.value());
    row(tr("Labels"), labels.join(QStringLiteral("<br>")));
    html += QStringLiteral("</table>");
    m_overview->setHtml(html);
}

void NetworkDetailsView::showContainers()
{
    const QString current = currentContainer();
    m_containers->clear();
    m_connect->setEnabled(m_node && !m_id.isEmpty());
    m_disconnect->setEnabled(false);
    if (!m_node || m_id.isEmpty()) {
        m_tabs->setTabText(ContainersTab, tr("Containers"));
        return;
    }
    // From the snapshot (stopped ones too) until the engine's description is in.
    const QList<ContainerSummary> attached =
        m_description.info.id.isEmpty() ? NetworkOperations::containersOn(m_node, networkName())
                                        : m_description.containers;
    QList<QTreeWidgetItem *> items;
    for (const ContainerSummary &c : attached) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, c.name);
        item->setData(0, Qt::UserRole, c.id);
        item->setText(1, c.status);
        items << item;
    }
    m_containers->addTopLevelItems(items);
    for (QTreeWidgetItem *item : std::as_const(items)) {
        if (item->text(0) == current)
            m_containers->setCurrentItem(item);
    }
    m_tabs->setTabText(ContainersTab, items.isEmpty() ? tr("Containers")
                                                      : tr("Containers (%1)").arg(items.size()));
}

QString NetworkDetailsView::currentContainer() const
{
    const QTreeWidgetItem *item = m_containers->currentItem();
    return item ? item->text(0) : QString();
}
