#include "ui/views/networkspage.h"

#include "core/config/appsettings.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "ui/models/networkfilterproxy.h"
#include "ui/models/networktablemodel.h"
#include "ui/views/networkactions.h"
#include "ui/views/networkdetailsview.h"
#include "ui/widgets/headerfit.h"
#include "ui/widgets/notificationarea.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Esc in the search field clears it, before any window-wide Esc shortcut sees the key.
class EscapeClears final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *edit = qobject_cast<QLineEdit *>(watched);
        if (!edit || edit->text().isEmpty())
            return false;
        if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
            return false;
        if (static_cast<QKeyEvent *>(event)->key() != Qt::Key_Escape)
            return false;
        event->accept();
        if (event->type() == QEvent::KeyPress)
            edit->clear();
        return event->type() == QEvent::KeyPress;
    }
};

} // namespace

NetworksPage::NetworksPage(NotificationArea *notifications, QWidget *parent)
    : QWidget(parent)
    , m_notifications(notifications)
{
    setObjectName(QStringLiteral("networksPage"));
    m_model = new NetworkTableModel(this);
    m_proxy = new NetworkFilterProxy(this);
    m_proxy->setNetworkModel(m_model);
    m_actions = new NetworkActions(this, notifications);
    createControls();
    createViews();
    retranslateUi();
}

NetworksPage::~NetworksPage() = default;

void NetworksPage::createControls()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("networkSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(new EscapeClears(m_search));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updatePlaceholder();
    });

    m_nodeFilter = new QComboBox(this);
    m_nodeFilter->setObjectName(QStringLiteral("networkNodeFilter"));
    m_nodeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_nodeFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setNodeFilter(m_nodeFilter->currentData().toString());
        m_actions->setCurrentNode(currentNodeId());
        updatePlaceholder();
    });

    m_useFilter = new QComboBox(this);
    m_useFilter->setObjectName(QStringLiteral("networkUseFilter"));
    m_useFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i < 3; ++i)
        m_useFilter->addItem(QString(), i);
    connect(m_useFilter, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_proxy->setUseFilter(NetworkFilterProxy::UseFilter(i));
        updatePlaceholder();
    });

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("networkCounts"));
    m_counts->setForegroundRole(QPalette::PlaceholderText);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("networksToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions(m_actions->toolBarActions());
    connect(m_actions, &NetworkActions::inspectRequested, this, [this] { showDetails(true); });
    connect(m_actions, &NetworkActions::networkCreated, this, &NetworksPage::selectNetwork);
    connect(m_actions, &NetworkActions::attachmentsChanged, this, [this](const QString &nodeId) {
        if (m_details->node() && m_details->node()->id() == nodeId)
            m_details->reload();
    });
}

void NetworksPage::createViews()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *controls = new QWidget(this);
    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(6, 4, 6, 4);
    row->addWidget(m_search, 1);
    row->addWidget(m_nodeFilter);
    row->addWidget(m_useFilter);
    row->addWidget(m_counts);
    layout->addWidget(controls);
    layout->addWidget(m_toolBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("networksSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_stack = new QStackedWidget(m_splitter);
    m_table = new QTableView(m_stack);
    m_table->setObjectName(QStringLiteral("networkTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NetworkTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    // Enter on a network inspects it (the action lists the key in the menus).
    m_table->addAction(m_actions->action(NetworkActions::Act::Inspect));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    // Widths from the font, so longer (Korean) headers and values fit.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(NetworkTableModel::Name, em * 14);
    header->resizeSection(NetworkTableModel::Node, em * 11);
    header->resizeSection(NetworkTableModel::Driver, em * 6);
    header->resizeSection(NetworkTableModel::Scope, em * 5);
    header->resizeSection(NetworkTableModel::Subnet, em * 11);
    header->resizeSection(NetworkTableModel::Gateway, em * 9);
    header->resizeSection(NetworkTableModel::Internal, em * 6);
    header->resizeSection(NetworkTableModel::Containers, em * 7);

    m_placeholder = new QLabel(m_stack);
    m_placeholder->setObjectName(QStringLiteral("networkPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_table);
    m_splitter->addWidget(m_stack);
    m_details = new NetworkDetailsView(m_splitter);
    m_details->hide();
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    connect(m_details, &NetworkDetailsView::closeRequested, this, [this] { showDetails(false); });
    connect(m_details, &NetworkDetailsView::containerActivated, this,
            &NetworksPage::containerActivated);
    connect(m_details, &NetworkDetailsView::connectRequested, this, [this] {
        const NetworkRef ref = detailsRef();
        if (!ref.nodeId.isEmpty())
            m_actions->connectContainer(ref);
    });
    connect(m_details, &NetworkDetailsView::disconnectRequested, this,
            [this](const QString &container) {
                const NetworkRef ref = detailsRef();
                if (!ref.nodeId.isEmpty())
                    m_actions->disconnectContainer(ref, container);
            });

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NetworksPage::onSelectionChanged);
    // What the user selects wins over a selection still waiting for its item to be listed.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_table->selectionModel()->hasSelection())
            m_pendingSelection = {};
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_actions->setCurrentNode(currentNodeId());
        if (m_details->isVisible())
            showDetails(true);
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] { showDetails(true); });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        m_actions->showContextMenu(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &NetworksPage::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &NetworksPage::onSelectionChanged);

    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(0);
    connect(m_countsTimer, &QTimer::timeout, this, &NetworksPage::updateCounts);
    const auto countLater = [this] {
        m_countsTimer->start();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, countLater);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NetworksPage::onRowsInserted);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, countLater);
    connect(m_model, &QAbstractItemModel::modelReset, this, countLater);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(NetworkTableModel::InUseRole))
                    m_countsTimer->start();
            });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &NetworksPage::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &NetworksPage::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &NetworksPage::updatePlaceholder);
}

QString NetworksPage::title() const
{
    return tr("Networks");
}

QIcon NetworksPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("network-wired"));
}

QList<QMenu *> NetworksPage::menus() const
{
    return {m_actions->menu()};
}

QList<QAction *> NetworksPage::shortcutActions() const
{
    return m_actions->allActions();
}

void NetworksPage::retranslateUi()
{
    // Titles in the language now installed fit their columns.
    HeaderFit::widenToTitles(m_table->horizontalHeader());
    m_actions->retranslate();
    m_search->setPlaceholderText(tr("Search name, driver, subnet, gateway"));
    m_nodeFilter->setToolTip(tr("Show the networks of one node"));
    m_useFilter->setItemText(0, tr("Used or not"));
    m_useFilter->setItemText(1, tr("In use"));
    m_useFilter->setItemText(2, tr("Unused"));
    m_useFilter->setToolTip(
        tr("Show only networks with containers attached, or only those without"));
    m_toolBar->setWindowTitle(tr("Networks"));
    m_model->retranslate();
    updateNodeFilterChoices();
    updateCounts();
    updatePlaceholder();
}

bool NetworksPage::event(QEvent *event)
{
    if (m_actions &&
        (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent))
        m_actions->updateEnabled();
    // Shown: the nodes list their networks again, since Podman announces none it creates or
    // removes (one list per node, only when the user comes to look).
    if (event->type() == QEvent::ShowToParent && m_manager) {
        for (NodeService *node : m_manager->nodes()) {
            if (node->state() == NodeService::State::Online ||
                node->state() == NodeService::State::Degraded)
                node->relistNetworks();
        }
    }
    return QWidget::event(event);
}

void NetworksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// ---- nodes ----

void NetworksPage::restoreSettings()
{
    m_table->horizontalHeader()->restoreState(
        AppSettings::value(AppSettings::Key::NetworkHeader).toByteArray());
}

void NetworksPage::saveSettings() const
{
    AppSettings::setValue(AppSettings::Key::NetworkHeader,
                          m_table->horizontalHeader()->saveState());
}

QString NetworksPage::selectionKey() const
{
    if (!m_pendingSelection.first.isEmpty()) // not listed yet: kept for the next run
        return itemKey(m_pendingSelection.first, m_pendingSelection.second);
    const QList<NetworkRef> selected = selectedNetworks();
    return selected.isEmpty() ? QString()
                              : itemKey(selected.first().nodeId, selected.first().networkId);
}

void NetworksPage::restoreSelection(const QString &key)
{
    const auto [nodeId, id] = splitItemKey(key);
    if (!nodeId.isEmpty())
        selectNetwork(nodeId, id);
}

void NetworksPage::setNodeManager(NodeManager *manager)
{
    if (m_manager) {
        m_manager->disconnect(this);
        for (NodeService *node : m_manager->nodes())
            node->disconnect(this);
    }
    m_manager = manager;
    m_model->setNodeManager(manager);
    m_actions->setNodeManager(manager);
    if (m_details->node() && (!manager || !manager->nodes().contains(m_details->node())))
        showDetails(false);
    if (manager) {
        connect(manager, &NodeManager::nodeAdded, this, &NetworksPage::onNodeAdded);
        connect(manager, &NodeManager::nodeAboutToBeRemoved, this, [this](NodeService *node) {
            node->disconnect(this);
            if (m_details->node() == node)
                showDetails(false);
        });
        connect(manager, &NodeManager::nodeRemoved, this, [this] {
            updateNodeFilterChoices();
            updatePlaceholder();
        });
        for (NodeService *node : manager->nodes())
            onNodeAdded(node);
    }
    updateNodeFilterChoices();
    updatePlaceholder();
}

void NetworksPage::onNodeAdded(NodeService *node)
{
    connect(node, &NodeService::stateChanged, this, &NetworksPage::updatePlaceholder);
    connect(node, &NodeService::engineInfoChanged, this, &NetworksPage::updatePlaceholder);
    // A removed network's details close.
    connect(node, &NodeService::networksRemoved, this, [this, node](const QStringList &ids) {
        if (m_details->node() == node && ids.contains(m_details->networkId()))
            showDetails(false);
    });
    updateNodeFilterChoices();
    updatePlaceholder();
}

void NetworksPage::showNode(NodeService *node)
{
    setNodeFilter(node ? node->id() : QString());
}

void NetworksPage::updateNodeFilterChoices()
{
    const QString current = m_nodeFilter->currentData().toString();
    const QSignalBlocker blocker(m_nodeFilter);
    m_nodeFilter->clear();
    m_nodeFilter->addItem(tr("All nodes"), QString());
    if (m_manager) {
        for (NodeService *node : m_manager->nodes())
            m_nodeFilter->addItem(node->name(), node->id());
    }
    const int i = m_nodeFilter->findData(current);
    m_nodeFilter->setCurrentIndex(qMax(0, i));
    if (i < 0 && !current.isEmpty())
        m_proxy->setNodeFilter(QString());
}

void NetworksPage::setNodeFilter(const QString &nodeId)
{
    const int i = m_nodeFilter->findData(nodeId);
    if (i >= 0)
        m_nodeFilter->setCurrentIndex(i);
}

void NetworksPage::updateCounts()
{
    const int rows = m_model->rowCount();
    int unused = 0;
    for (int r = 0; r < rows; ++r) {
        if (m_model->usersAt(r) == 0)
            ++unused;
    }
    m_counts->setText(rows == 0 ? QString()
                                : tr("%n network(s), %1 unused", nullptr, rows).arg(unused));
}

void NetworksPage::updatePlaceholder()
{
    if (m_proxy->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    const QList<NodeService *> nodes = m_manager ? m_manager->nodes() : QList<NodeService *>();
    bool anyOnline = false;
    bool anyConnecting = false;
    bool anyHas = false; // a node whose engine has them at all
    for (NodeService *node : nodes) {
        anyHas = anyHas || node->engineInfo().capabilities.networks;
        anyOnline = anyOnline || node->state() == NodeService::State::Online ||
                    node->state() == NodeService::State::Degraded;
        anyConnecting = anyConnecting || node->state() == NodeService::State::Connecting;
    }
    QString text;
    if (m_model->rowCount() > 0)
        text = tr("No network matches the search and filters.\nClear the search, or choose "
                  "\"All nodes\" and \"Used or not\" in the filters.");
    else if (nodes.isEmpty())
        text = tr("No nodes.");
    else if (anyOnline && !anyHas)
        text = tr("No node's engine has networks: containers there use the host's network or "
                  "none. Add a Docker or Podman node to manage networks.");
    else if (anyOnline)
        text = tr("No networks yet.\nCreate one with New Network (Ctrl+N).");
    else if (anyConnecting)
        text = tr("Connecting…");
    else
        text = tr("No node can be reached.");
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

// ---- selection ----

QList<NetworkRef> NetworksPage::selectedNetworks() const
{
    QList<NetworkRef> out;
    QSet<int> unique;
    for (const QModelIndex &i : m_table->selectionModel()->selectedIndexes())
        unique.insert(i.row());
    QList<int> rows(unique.cbegin(), unique.cend());
    std::sort(rows.begin(), rows.end());
    for (const int row : std::as_const(rows)) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        if (source < 0)
            continue;
        const NetworkInfo &n = m_model->networkAt(source);
        out.append({m_model->nodeIdAt(source), n.id, n.name});
    }
    return out;
}

void NetworksPage::onSelectionChanged()
{
    m_actions->setSelection(selectedNetworks());
    m_actions->setCurrentNode(currentNodeId());
    Q_EMIT selectionChanged();
}

QString NetworksPage::currentNodeId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        return current.data(NetworkTableModel::NodeIdRole).toString();
    return m_proxy->nodeFilter();
}

NetworkRef NetworksPage::detailsRef() const
{
    NodeService *node = m_details->node();
    if (!node)
        return {};
    const int row = m_model->rowOf(node->id(), m_details->networkId());
    if (row < 0)
        return {};
    return {node->id(), m_details->networkId(), m_model->networkAt(row).name};
}

void NetworksPage::showDetails(bool show)
{
    const QModelIndex current = m_table->currentIndex();
    NodeService *node =
        m_manager && current.isValid()
            ? m_manager->node(current.data(NetworkTableModel::NodeIdRole).toString())
            : nullptr;
    if (!show || !node) {
        m_details->hide();
        m_details->setNetwork(nullptr, QString());
        if (!show)
            m_table->setFocus();
        return;
    }
    const QString id = current.data(NetworkTableModel::NetworkIdRole).toString();
    if (m_details->node() != node || m_details->networkId() != id)
        m_details->setNetwork(node, id);
    m_details->show();
}

void NetworksPage::selectNetwork(const QString &nodeId, const QString &networkId)
{
    m_pendingSelection = {};
    if (!selectNow(nodeId, networkId))
        m_pendingSelection = {nodeId, networkId};
}

bool NetworksPage::selectNow(const QString &nodeId, const QString &networkId)
{
    const int row = m_model->rowOf(nodeId, networkId);
    if (row < 0)
        return false;
    if (!m_proxy->nodeFilter().isEmpty() && m_proxy->nodeFilter() != nodeId)
        setNodeFilter(QString());
    QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!i.isValid()) {
        m_search->clear();
        m_useFilter->setCurrentIndex(0);
        i = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!i.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    m_table->scrollTo(i);
    return true;
}

void NetworksPage::onRowsInserted()
{
    if (m_pendingSelection.first.isEmpty())
        return;
    if (selectNow(m_pendingSelection.first, m_pendingSelection.second))
        m_pendingSelection = {};
}
