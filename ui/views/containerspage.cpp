#include "ui/views/containerspage.h"

#include "core/config/appsettings.h"
#include "core/config/nodestore.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "core/services/statswatcher.h"
#include "ui/models/containerfilterproxy.h"
#include "ui/models/containergroupproxy.h"
#include "ui/models/containertablemodel.h"
#include "ui/views/containerdetailsview.h"
#include "ui/widgets/containertiledelegate.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QScrollBar>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// Columns offered for sorting the tiles (the table sorts by any header).
const QList<int> SortColumns = {ContainerTableModel::Name,   ContainerTableModel::Node,
                                ContainerTableModel::Image,  ContainerTableModel::State,
                                ContainerTableModel::Health, ContainerTableModel::Created};
static_assert(ContainerTableModel::Name == 0, "AppSettings sorts by column 0, the name, at first");
} // namespace

ContainersPage::ContainersPage(NotificationArea *notifications, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("containersPage"));
    m_model = new ContainerTableModel(this);
    m_proxy = new ContainerFilterProxy(this);
    m_proxy->setContainerModel(m_model);
    // Without a source (and so at no cost) until the containers are grouped.
    m_group = new ContainerGroupProxy(this);
    m_actions = new ContainerActions(this, notifications);

    createViews();
    createControls();

    // Resource use is streamed for the running containers on screen (and the one in the
    // details), looked at again shortly after a scroll or change and every few seconds.
    m_statsTimer = new QTimer(this);
    m_statsTimer->setSingleShot(true);
    m_statsTimer->setInterval(300);
    connect(m_statsTimer, &QTimer::timeout, this, &ContainersPage::updateWatchedStats);
    auto *statsTick = new QTimer(this);
    statsTick->setInterval(3000);
    connect(statsTick, &QTimer::timeout, this, &ContainersPage::updateWatchedStats);
    statsTick->start();
    for (QAbstractItemView *view :
         {static_cast<QAbstractItemView *>(m_tiles), static_cast<QAbstractItemView *>(m_table)}) {
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, m_statsTimer,
                qOverload<>(&QTimer::start));
    }
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_statsTimer, qOverload<>(&QTimer::start));
    connect(m_group, &QAbstractItemModel::layoutChanged, m_statsTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_statsTimer, qOverload<>(&QTimer::start));
    // The window's showing, hiding and minimizing start and stop the streams, whatever page
    // is shown (the details stay beside every page). The page is made inside its window.
    if (window() != this)
        window()->installEventFilter(this);

    retranslateUi();
    m_actions->updateEnabled();
}

ContainersPage::~ContainersPage() = default;

void ContainersPage::createViews()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    m_tiles = new QListView(m_stack);
    m_tiles->setObjectName(QStringLiteral("containerTiles"));
    m_tiles->setViewMode(QListView::IconMode);
    m_tiles->setModel(m_proxy);
    m_tiles->setItemDelegate(new ContainerTileDelegate(m_tiles));
    // Uniform sizes let the view lay out ten thousand tiles without asking for each.
    m_tiles->setUniformItemSizes(true);
    m_tiles->setGridSize(ContainerTileDelegate::tileSize(fontMetrics()));
    m_tiles->setResizeMode(QListView::Adjust);
    m_tiles->setMovement(QListView::Static);
    m_tiles->setWrapping(true);
    m_tiles->setSpacing(0);
    m_tiles->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tiles->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_tiles->setMouseTracking(true);
    m_tiles->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tiles->setFrameShape(QFrame::NoFrame);

    m_table = new QTableView(m_stack);
    m_table->setObjectName(QStringLiteral("containerTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep thousands of rows smooth.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->resizeSection(ContainerTableModel::Name, 200);
    header->resizeSection(ContainerTableModel::Node, 130);
    header->resizeSection(ContainerTableModel::Image, 220);
    header->resizeSection(ContainerTableModel::State, 110);
    header->resizeSection(ContainerTableModel::Health, 100);
    header->resizeSection(ContainerTableModel::Status, 200);
    header->resizeSection(ContainerTableModel::Created, 130);

    m_placeholder = new QLabel(m_stack);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tiles);
    m_stack->addWidget(m_table);

    // The window puts it beside its pages.
    m_details = new ContainerDetailsView(this);
    m_details->hide();
    connect(m_details, &ContainerDetailsView::closeRequested, this, [this] { showDetails(false); });

    // A new search rebuilds the proxy's rows with a layout change, which drops hidden rows from
    // the selection without a selectionChanged.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_actions,
            &ContainerActions::updateEnabled);
    // The grouping proxy follows the filter's changes after the page has heard of them.
    connect(m_group, &QAbstractItemModel::layoutChanged, m_actions,
            &ContainerActions::updateEnabled);
    connect(m_group, &QAbstractItemModel::dataChanged, m_actions, &ContainerActions::updateEnabled);
    for (QAbstractItemView *view :
         {static_cast<QAbstractItemView *>(m_tiles), static_cast<QAbstractItemView *>(m_table)}) {
        connectSelection(view);
        connect(view, &QAbstractItemView::doubleClicked, this, [this] { showDetails(true); });
        // Enter on a container opens its details.
        connect(view, &QAbstractItemView::activated, this, [this] { showDetails(true); });
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
            m_actions->showContextMenu(view->viewport()->mapToGlobal(pos));
        });
    }
    header->setSectionHidden(ContainerTableModel::Namespace, true);
    connect(header, &QWidget::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { m_columnsMenu->popup(header->mapToGlobal(pos)); });
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ContainersPage::syncSortControls);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ContainersPage::updateCounts);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ContainersPage::tryRestoreSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContainersPage::tryRestoreSelection);
    // The Namespace column comes into view with the first container that has a namespace
    // (a containerd node); after that it is the user's to hide.
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                if (m_namespaceShown)
                    return;
                for (int r = first; r <= last; ++r) {
                    if (!m_model->containerAt(r).namespaceName.isEmpty()) {
                        m_namespaceShown = true;
                        m_table->horizontalHeader()->setSectionHidden(
                            ContainerTableModel::Namespace, false);
                        return;
                    }
                }
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ContainersPage::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContainersPage::updateCounts);
    // Counts change with states and health, not with resource samples or the clock's tick
    // (those name their roles): no recount over every row for each sample.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty())
                    updateCounts();
            });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ContainersPage::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ContainersPage::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ContainersPage::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ContainersPage::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::dataChanged, m_actions, &ContainerActions::updateEnabled);
}

void ContainersPage::connectSelection(QAbstractItemView *view)
{
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, m_actions,
            &ContainerActions::updateEnabled);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ContainersPage::onCurrentChanged);
}

void ContainersPage::createControls()
{
    m_searchAction = new QAction(this);
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_searchAction->setShortcut(QKeySequence::Find);
    m_viewSeparator = new QAction(this);
    m_viewSeparator->setSeparator(true);
    auto *viewGroup = new QActionGroup(this);
    m_tilesAction = new QAction(this);
    connect(m_tilesAction, &QAction::triggered, this, [this] { setViewMode(ViewMode::Tiles); });
    m_tilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_tilesAction->setCheckable(true);
    m_tilesAction->setIcon(QIcon::fromTheme(QStringLiteral("view-list-icons")));
    m_tableAction = new QAction(this);
    connect(m_tableAction, &QAction::triggered, this, [this] { setViewMode(ViewMode::Table); });
    m_tableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_tableAction->setCheckable(true);
    m_tableAction->setIcon(QIcon::fromTheme(QStringLiteral("view-list-details")));
    viewGroup->addAction(m_tilesAction);
    viewGroup->addAction(m_tableAction);
    m_groupAction = new QAction(this);
    m_groupAction->setObjectName(QStringLiteral("groupByProject"));
    m_groupAction->setCheckable(true);
    m_groupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_groupAction->setIcon(QIcon::fromTheme(QStringLiteral("view-group")));
    connect(m_groupAction, &QAction::triggered, this, &ContainersPage::setGroupedByProject);
    m_columnsMenu = new QMenu(this);
    for (int c = 0; c < ContainerTableModel::ColumnCount; ++c) {
        QAction *a = m_columnsMenu->addAction(QString());
        a->setCheckable(true);
        a->setData(c);
        // The name is what every row is known by: it stays.
        a->setEnabled(c != ContainerTableModel::Name);
        connect(a, &QAction::toggled, this,
                [this, c](bool on) { m_table->horizontalHeader()->setSectionHidden(c, !on); });
    }
    connect(m_columnsMenu, &QMenu::aboutToShow, this, [this] {
        for (QAction *a : m_columnsMenu->actions())
            a->setChecked(!m_table->horizontalHeader()->isSectionHidden(a->data().toInt()));
    });

    // Esc closes the details, or clears the search.
    m_escapeAction = new QAction(this);
    m_escapeAction->setShortcut(Qt::Key_Escape);
    connect(m_escapeAction, &QAction::triggered, this, [this] {
        if (m_details->isVisible())
            showDetails(false);
        else if (!m_search->text().isEmpty())
            m_search->clear();
    });

    // The window puts these in its toolbar with addToToolBar().
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ContainerFilterProxy::setSearchText);
    m_nodeFilter = new QComboBox(this);
    m_nodeFilter->setObjectName(QStringLiteral("nodeFilter"));
    m_nodeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_nodeFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_nodeFilter->currentData().toString();
        m_proxy->setNodeFilter(id);
        Q_EMIT nodeFilterChanged(id);
        updatePlaceholder();
    });
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i < 4; ++i)
        m_stateFilter->addItem(QString(), i);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_proxy->setStateFilter(ContainerFilterProxy::StateFilter(i));
        updatePlaceholder();
    });
    m_healthFilter = new QComboBox(this);
    m_healthFilter->setObjectName(QStringLiteral("healthFilter"));
    m_healthFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i < 5; ++i)
        m_healthFilter->addItem(QString(), i);
    connect(m_healthFilter, &QComboBox::currentIndexChanged, this,
            &ContainersPage::applyHealthFilter);
    m_sortColumn = new QComboBox(this);
    m_sortColumn->setObjectName(QStringLiteral("sortColumn"));
    m_sortColumn->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const int c : SortColumns)
        m_sortColumn->addItem(QString(), c);
    m_sortOrder = new QToolButton(this);
    m_sortOrder->setCheckable(true);
    m_sortOrder->setArrowType(Qt::UpArrow);
    connect(m_sortColumn, &QComboBox::activated, this, &ContainersPage::applySortFromControls);
    connect(m_sortOrder, &QToolButton::clicked, this, &ContainersPage::applySortFromControls);
}

QString ContainersPage::title() const
{
    return tr("Containers");
}

QList<QMenu *> ContainersPage::menus() const
{
    return {m_actions->menu()};
}

QList<QAction *> ContainersPage::viewActions() const
{
    return {m_searchAction, m_viewSeparator, m_tilesAction,
            m_tableAction,  m_groupAction,   m_columnsMenu->menuAction()};
}

void ContainersPage::addToToolBar(QToolBar *toolBar)
{
    toolBar->addWidget(m_search);
    toolBar->addSeparator();
    for (QWidget *w : std::initializer_list<QWidget *>{m_nodeFilter, m_stateFilter, m_healthFilter,
                                                       m_sortColumn, m_sortOrder})
        toolBar->addWidget(w);
    toolBar->addSeparator();
    toolBar->addAction(m_tilesAction);
    toolBar->addAction(m_tableAction);
    toolBar->addSeparator();
    toolBar->addActions(m_actions->toolBarActions());
}

QList<QAction *> ContainersPage::windowActions() const
{
    return {m_escapeAction};
}

QList<QAction *> ContainersPage::shortcutActions() const
{
    QList<QAction *> actions = m_actions->allActions();
    actions << m_searchAction << m_tilesAction << m_tableAction << m_groupAction;
    return actions;
}

QWidget *ContainersPage::sidePane() const
{
    return m_details;
}

void ContainersPage::retranslateUi()
{
    m_actions->retranslate();
    m_searchAction->setText(tr("&Search"));
    m_tilesAction->setText(tr("&Tiles"));
    m_tilesAction->setToolTip(tr("Show containers as tiles (Ctrl+1)"));
    m_tableAction->setText(tr("T&able"));
    m_tableAction->setToolTip(tr("Show containers as a table (Ctrl+2)"));
    m_groupAction->setText(tr("&Group by Project"));
    m_groupAction->setToolTip(
        tr("Group the containers by compose project, with each project's counts (Ctrl+G)"));
    m_columnsMenu->setTitle(tr("&Columns"));
    for (QAction *a : m_columnsMenu->actions())
        a->setText(m_model->headerData(a->data().toInt(), Qt::Horizontal).toString());
    m_search->setPlaceholderText(tr("Search name, image, label, ID (Ctrl+F)"));
    m_stateFilter->setItemText(0, tr("All states"));
    m_stateFilter->setItemText(1, tr("Running"));
    m_stateFilter->setItemText(2, tr("Paused"));
    m_stateFilter->setItemText(3, tr("Stopped"));
    m_stateFilter->setToolTip(tr("Show only containers in this state"));
    m_healthFilter->setItemText(0, tr("Any health"));
    m_healthFilter->setItemText(1, tr("Healthy"));
    m_healthFilter->setItemText(2, tr("Unhealthy"));
    m_healthFilter->setItemText(3, tr("Starting"));
    m_healthFilter->setItemText(4, tr("With a health check"));
    updateHealthFilter();
    for (int i = 0; i < m_sortColumn->count(); ++i)
        m_sortColumn->setItemText(
            i, tr("Sort by %1")
                   .arg(m_model->headerData(m_sortColumn->itemData(i).toInt(), Qt::Horizontal)
                            .toString()
                            .toLower()));
    m_sortOrder->setToolTip(tr("Ascending or descending"));
    m_nodeFilter->setToolTip(tr("Show the containers of one node"));
    m_model->retranslate();
    updateNodeFilterChoices();
    updateCounts();
}

void ContainersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ContainersPage::restoreSettings()
{
    m_table->horizontalHeader()->restoreState(AppSettings::containerHeader());
    // Saved before a namespace was seen (or before the column was): it waits for one.
    if (!m_namespaceShown)
        m_table->horizontalHeader()->setSectionHidden(ContainerTableModel::Namespace, true);
    m_stateFilter->setCurrentIndex(qBound(0, AppSettings::stateFilter(), 3));
    m_healthFilter->setCurrentIndex(qBound(0, AppSettings::healthFilter(), 4));
    updateHealthFilter();
    m_table->sortByColumn(
        qBound(0, AppSettings::sortColumn(), ContainerTableModel::ColumnCount - 1),
        AppSettings::sortOrder());
    syncSortControls();
    setViewMode(AppSettings::containerTable() ? ViewMode::Table : ViewMode::Tiles);
    setGroupedByProject(AppSettings::containerGroups());
}

void ContainersPage::saveSettings() const
{
    AppSettings::setContainerHeader(m_table->horizontalHeader()->saveState());
    AppSettings::setContainerTable(m_viewMode == ViewMode::Table);
    AppSettings::setContainerGroups(m_grouped);
    AppSettings::setStateFilter(m_stateFilter->currentIndex());
    AppSettings::setHealthFilter(m_healthFilter->currentIndex());
    AppSettings::setSortColumn(m_proxy->sortColumn());
    AppSettings::setSortOrder(m_proxy->sortOrder());
}

bool ContainersPage::event(QEvent *event)
{
    // Shown or hidden as the current page changes (whether or not the window is on screen).
    if (m_actions &&
        (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent))
        m_actions->updateEnabled();
    return QWidget::event(event);
}

void ContainersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_statsTimer->start();
}

void ContainersPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_statsTimer->start();
}

bool ContainersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window()) {
        if (event->type() == QEvent::Show)
            m_statsTimer->start();
        else if (event->type() == QEvent::Hide)
            updateWatchedStats();
    }
    return QWidget::eventFilter(watched, event);
}

// ---- nodes ----

void ContainersPage::setNodeManager(NodeManager *manager)
{
    if (m_manager) {
        m_manager->disconnect(this);
        for (NodeService *node : m_manager->nodes())
            node->disconnect(this);
    }
    m_manager = manager;
    delete m_stats;
    m_stats = nullptr;
    m_model->setNodeManager(manager);
    m_actions->setNodeManager(manager);
    if (manager) {
        m_stats = new StatsWatcher(manager, this);
        connect(m_stats, &StatsWatcher::sampled, this,
                [this](const QString &nodeId, const ContainerStats &stats) {
                    m_model->addStats(nodeId, stats);
                    if (m_details->node() && m_details->node()->id() == nodeId)
                        m_details->addStatsSample(stats);
                });
        connect(manager, &NodeManager::nodeAdded, this, &ContainersPage::onNodeAdded);
        connect(manager, &NodeManager::nodeAboutToBeRemoved, this,
                &ContainersPage::onNodeAboutToBeRemoved);
        connect(manager, &NodeManager::nodeRemoved, this, [this] {
            updateNodeFilterChoices();
            updateHealthFilter();
            updatePlaceholder();
        });
        for (NodeService *node : manager->nodes())
            onNodeAdded(node);
    }
    updateNodeFilterChoices();
    updateHealthFilter();
    updatePlaceholder();
}

void ContainersPage::onNodeAdded(NodeService *node)
{
    connect(node, &NodeService::stateChanged, this, &ContainersPage::updatePlaceholder);
    connect(node, &NodeService::engineInfoChanged, this, &ContainersPage::updateHealthFilter);
    updateNodeFilterChoices();
    updateHealthFilter();
    updatePlaceholder();
}

// Where no node's engine runs health checks (containerd only), a health filter would match
// nothing: it is off, saying why, and every container shows. The choice itself stays (it is
// the user's saved setting) and filters again once a node with health checks is there. A node
// not yet identified may have them.
void ContainersPage::updateHealthFilter()
{
    bool offered = !m_manager || m_manager->nodes().isEmpty();
    if (m_manager) {
        for (NodeService *node : m_manager->nodes()) {
            const EngineInfo info = node->engineInfo();
            if (info.kind == EngineInfo::Kind::Unknown || info.capabilities.healthchecks)
                offered = true;
        }
    }
    m_healthFilter->setEnabled(offered);
    m_healthFilter->setToolTip(offered ? tr("Show only containers with this health")
                                       : tr("No node's engine runs health checks"));
    applyHealthFilter();
}

void ContainersPage::applyHealthFilter()
{
    m_proxy->setHealthFilter(m_healthFilter->isEnabled() ? ContainerFilterProxy::HealthFilter(
                                                               m_healthFilter->currentIndex())
                                                         : ContainerFilterProxy::HealthFilter::All);
    updatePlaceholder();
}

void ContainersPage::onNodeAboutToBeRemoved(NodeService *node)
{
    node->disconnect(this);
    if (m_details->node() == node)
        showDetails(false);
}

void ContainersPage::updateNodeFilterChoices()
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

void ContainersPage::setNodeFilter(const QString &nodeId)
{
    const int i = m_nodeFilter->findData(nodeId);
    if (i >= 0)
        m_nodeFilter->setCurrentIndex(i);
}

QString ContainersPage::nodeFilter() const
{
    return m_proxy->nodeFilter();
}

void ContainersPage::setEngineMissing(bool missing)
{
    m_engineMissing = missing;
    updatePlaceholder();
}

void ContainersPage::updateCounts()
{
    const int total = m_model->rowCount();
    const int unhealthy = m_model->unhealthyCount();
    QString text =
        total == 0 ? QString()
                   : tr("%n container(s), %1 running", nullptr, total).arg(m_model->runningCount());
    if (unhealthy > 0)
        text += QStringLiteral(", ") + tr("%n unhealthy", nullptr, unhealthy);
    m_countsText = text;
    Q_EMIT countsChanged(text);
    updatePlaceholder();
}

void ContainersPage::updatePlaceholder()
{
    if (m_proxy->rowCount() > 0) {
        m_stack->setCurrentWidget(currentView());
        return;
    }
    QString text;
    const QList<NodeService *> nodes = m_manager ? m_manager->nodes() : QList<NodeService *>();
    bool anyOnline = false;
    bool anyConnecting = false;
    for (NodeService *node : nodes) {
        anyOnline = anyOnline || node->state() == NodeService::State::Online ||
                    node->state() == NodeService::State::Degraded;
        anyConnecting = anyConnecting || node->state() == NodeService::State::Connecting;
    }
    if (m_model->rowCount() > 0)
        text = tr("No container matches the search and filters.\nPress Esc to clear the search, "
                  "or choose \"All\" in the filters.");
    else if (m_engineMissing)
        text = tr("No container engine.");
    else if (nodes.isEmpty() && NodeStore::localDefaultRemoved())
        text = tr("No nodes.\nAdd one in Nodes with \"Add Node…\".");
    else if (nodes.isEmpty())
        text = tr("Looking for a container engine…");
    else if (anyOnline)
        text = tr("No containers yet.\nContainers you create with Docker or Podman appear here "
                  "as soon as they exist.");
    else if (anyConnecting)
        text = tr("Connecting…");
    else
        text = tr("No node can be reached.");
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

// ---- views, selection and details ----

void ContainersPage::setViewMode(ViewMode mode)
{
    QAbstractItemView *from = currentView();
    m_viewMode = mode;
    QAbstractItemView *to = currentView();
    m_tilesAction->setChecked(mode == ViewMode::Tiles);
    m_tableAction->setChecked(mode == ViewMode::Table);
    if (from != to) {
        // The selection and the current container go along to the other view.
        QItemSelection selection;
        for (const QModelIndex &i : from->selectionModel()->selectedIndexes()) {
            if (i.column() == 0)
                selection.select(i, i);
        }
        const QModelIndex current = from->currentIndex();
        to->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
        if (current.isValid())
            to->selectionModel()->setCurrentIndex(viewModel()->index(current.row(), 0),
                                                  QItemSelectionModel::NoUpdate);
        if (from->hasFocus())
            to->setFocus();
    }
    updatePlaceholder();
}

QAbstractItemModel *ContainersPage::viewModel() const
{
    if (m_grouped)
        return m_group;
    return m_proxy;
}

int ContainersPage::modelRowOf(const QModelIndex &viewIndex) const
{
    if (!viewIndex.isValid())
        return -1;
    QModelIndex filtered = viewIndex;
    if (viewIndex.model() == m_group)
        filtered = m_group->mapToSource(viewIndex);
    if (filtered.model() != m_proxy)
        return -1;
    return m_proxy->mapToSource(filtered).row();
}

QModelIndex ContainersPage::viewIndexOf(int modelRow, int column) const
{
    const QModelIndex filtered = m_proxy->mapFromSource(m_model->index(modelRow, column));
    if (!m_grouped || !filtered.isValid())
        return filtered;
    return m_group->mapFromSource(filtered);
}

void ContainersPage::setGroupedByProject(bool grouped)
{
    m_groupAction->setChecked(grouped);
    if (grouped == m_grouped)
        return;
    // The selection, the current container and the table's columns stay as they were.
    QAbstractItemView *view = currentView();
    QList<int> selected;
    for (const QModelIndex &i : view->selectionModel()->selectedIndexes()) {
        const int row = i.column() == 0 ? modelRowOf(i) : -1;
        if (row >= 0)
            selected.append(row);
    }
    const int current = modelRowOf(view->currentIndex());
    const bool focused = view->hasFocus();
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray columns = header->saveState();

    m_grouped = grouped;
    m_group->setSourceModel(grouped ? m_proxy : nullptr);
    for (QAbstractItemView *v :
         {static_cast<QAbstractItemView *>(m_tiles), static_cast<QAbstractItemView *>(m_table)}) {
        QItemSelectionModel *old = v->selectionModel();
        v->setModel(viewModel());
        connectSelection(v);
        old->deleteLater();
    }
    header->restoreState(columns);
    // A header takes a line of its own among the tiles, so the tiles are no longer all of one
    // size on one grid; the delegate makes a header as wide as the view.
    m_tiles->setUniformItemSizes(!grouped);
    m_tiles->setGridSize(grouped ? QSize() : ContainerTileDelegate::tileSize(fontMetrics()));
    m_tiles->setHorizontalScrollBarPolicy(grouped ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);

    QItemSelection selection;
    for (const int row : std::as_const(selected)) {
        const QModelIndex i = viewIndexOf(row);
        if (i.isValid())
            selection.select(i, i);
    }
    view->selectionModel()->select(selection,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (current >= 0)
        view->selectionModel()->setCurrentIndex(viewIndexOf(current),
                                                QItemSelectionModel::NoUpdate);
    if (focused)
        view->setFocus();
    m_actions->setProjectActionsVisible(grouped);
    m_actions->updateEnabled();
    updatePlaceholder();
    m_statsTimer->start();
}

QAbstractItemView *ContainersPage::currentView() const
{
    if (m_viewMode == ViewMode::Table)
        return m_table;
    return m_tiles;
}

void ContainersPage::syncSortControls()
{
    const int column = m_proxy->sortColumn();
    const int i = m_sortColumn->findData(column);
    if (i >= 0)
        m_sortColumn->setCurrentIndex(i);
    const bool descending = m_proxy->sortOrder() == Qt::DescendingOrder;
    m_sortOrder->setChecked(descending);
    m_sortOrder->setArrowType(descending ? Qt::DownArrow : Qt::UpArrow);
}

void ContainersPage::applySortFromControls()
{
    const int column = m_sortColumn->currentData().toInt();
    const Qt::SortOrder order = m_sortOrder->isChecked() ? Qt::DescendingOrder : Qt::AscendingOrder;
    // Through the table's header, so both views and the header's arrow agree.
    m_table->sortByColumn(column, order);
    syncSortControls();
}

QList<ContainerActions::Selected> ContainersPage::selectedContainers() const
{
    QList<ContainerActions::Selected> out;
    // A row once, whichever of its cells are selected (the tiles select one column, the table
    // whole rows).
    QSet<int> unique;
    for (const QModelIndex &i : currentView()->selectionModel()->selectedIndexes())
        unique.insert(i.row());
    QList<int> rows(unique.cbegin(), unique.cend());
    std::sort(rows.begin(), rows.end());
    const QAbstractItemModel *model = viewModel();
    for (const int row : std::as_const(rows)) {
        // A group's header is no container.
        const int source = modelRowOf(model->index(row, 0));
        if (source >= 0)
            out.append({m_model->nodeIdAt(source), m_model->containerAt(source)});
    }
    return out;
}

bool ContainersPage::hasCurrent() const
{
    return modelRowOf(currentView()->currentIndex()) >= 0;
}

QString ContainersPage::currentProject() const
{
    if (!m_grouped)
        return {};
    return m_group->projectOf(currentView()->currentIndex());
}

QList<ContainerActions::Selected> ContainersPage::projectContainers(const QString &project) const
{
    QList<ContainerActions::Selected> out;
    if (project.isEmpty())
        return out;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->projectAt(row) == project)
            out.append({m_model->nodeIdAt(row), m_model->containerAt(row)});
    }
    return out;
}

void ContainersPage::onCurrentChanged()
{
    m_actions->updateEnabled();
    if (m_details->isVisible())
        showDetails(true);
}

QString ContainersPage::selectionKey() const
{
    if (!m_restoring.first.isEmpty()) // not listed yet: kept for the next run
        return itemKey(m_restoring.first, m_restoring.second);
    const int row = modelRowOf(currentView()->currentIndex());
    if (row < 0 || !currentView()->selectionModel()->hasSelection())
        return {};
    return itemKey(m_model->nodeIdAt(row), m_model->containerAt(row).id);
}

void ContainersPage::restoreSelection(const QString &key)
{
    m_restoring = splitItemKey(key);
    tryRestoreSelection();
}

void ContainersPage::tryRestoreSelection()
{
    if (m_restoring.first.isEmpty())
        return;
    if (currentView()->selectionModel()->hasSelection()) {
        m_restoring = {}; // the user chose
        return;
    }
    const int row = m_model->rowOf(m_restoring.first, m_restoring.second);
    if (row < 0)
        return;
    m_restoring = {};
    // Selected only: no details pane opened and no focus taken (another section may be shown).
    if (const QModelIndex index = viewIndexOf(row); index.isValid()) {
        QAbstractItemView *view = currentView();
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
        view->scrollTo(index);
    }
}

bool ContainersPage::selectContainer(const QString &nodeId, const QString &id)
{
    return selectContainers(nodeId, {id});
}

bool ContainersPage::selectContainers(const QString &nodeId, const QStringList &ids)
{
    QList<int> rows;
    for (const QString &id : ids) {
        const int row = m_model->rowOf(nodeId, id);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return false;
    const auto hidden = [&] {
        return std::any_of(rows.cbegin(), rows.cend(),
                           [this](int row) { return !viewIndexOf(row).isValid(); });
    };
    if (hidden()) {
        m_search->clear();
        m_stateFilter->setCurrentIndex(0);
        if (m_healthFilter->isEnabled()) // off, it hides nothing; the saved choice stays
            m_healthFilter->setCurrentIndex(0);
        m_nodeFilter->setCurrentIndex(0);
    }
    QItemSelection selection;
    QModelIndex first;
    for (int row : std::as_const(rows)) {
        const QModelIndex index = viewIndexOf(row);
        if (!index.isValid())
            continue;
        if (!first.isValid())
            first = index;
        selection.select(index, index);
    }
    if (!first.isValid())
        return false;
    QAbstractItemView *view = currentView();
    view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    view->selectionModel()->select(selection,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(first);
    view->setFocus();
    showDetails(true);
    return true;
}

void ContainersPage::showDetails(bool show)
{
    if (!show) {
        m_details->hide();
        m_details->setContainer(nullptr, QString());
        currentView()->setFocus();
        return;
    }
    const int source = modelRowOf(currentView()->currentIndex());
    if (source < 0 || !m_manager)
        return;
    NodeService *node = m_manager->node(m_model->nodeIdAt(source));
    if (!node)
        return;
    m_details->setContainer(node, m_model->containerAt(source).id);
    m_details->show();
    m_statsTimer->start();
}

// ---- resource use ----

QList<QModelIndex> ContainersPage::visibleIndexes() const
{
    QList<QModelIndex> out;
    if (m_viewMode == ViewMode::Table) {
        const int first = m_table->rowAt(0);
        if (first < 0)
            return out;
        int last = m_table->rowAt(m_table->viewport()->height() - 1);
        if (last < 0)
            last = viewModel()->rowCount() - 1;
        for (int r = first; r <= last; ++r)
            out << viewModel()->index(r, 0);
        return out;
    }
    // Tiles sit on a uniform grid: ask at the middle of each cell in view. Grouped, the rows
    // of tiles are as high and the headers' lines lower, so this step still meets every tile.
    const QSize grid = m_tiles->gridSize().isValid()
                           ? m_tiles->gridSize()
                           : ContainerTileDelegate::tileSize(m_tiles->fontMetrics());
    const QRect area = m_tiles->viewport()->rect();
    for (int y = grid.height() / 2; y < area.height() + grid.height() / 2; y += grid.height()) {
        for (int x = grid.width() / 2; x < area.width(); x += grid.width()) {
            const QModelIndex i = m_tiles->indexAt(QPoint(x, qMin(y, area.height() - 1)));
            if (i.isValid() && !out.contains(i))
                out << i;
        }
    }
    return out;
}

void ContainersPage::updateWatchedStats()
{
    if (!m_stats)
        return;
    QSet<QString> keys;
    if (window()->isVisible() && !window()->isMinimized() && m_manager) {
        const auto add = [this, &keys](const QString &nodeId, const ContainerSummary &c) {
            NodeService *node = m_manager->node(nodeId);
            if (node && c.state == ContainerSummary::State::Running &&
                (node->state() == NodeService::State::Online ||
                 node->state() == NodeService::State::Degraded))
                keys.insert(StatsWatcher::key(nodeId, c.id));
        };
        // The views only while this page is the one shown.
        if (isVisible()) {
            for (const QModelIndex &i : visibleIndexes()) {
                const int source = modelRowOf(i);
                if (source < 0)
                    continue;
                add(m_model->nodeIdAt(source), m_model->containerAt(source));
            }
        }
        if (m_details->isVisible() && m_details->node()) {
            const int row = m_model->rowOf(m_details->node()->id(), m_details->containerId());
            if (row >= 0)
                add(m_model->nodeIdAt(row), m_model->containerAt(row));
        }
    }
    m_stats->watch(keys);
}
