#include "ui/views/volumespage.h"

#include "core/config/appsettings.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "core/services/volumeoperations.h"
#include "ui/dialogs/createvolumedialog.h"
#include "ui/models/volumefilterproxy.h"
#include "ui/models/volumetablemodel.h"
#include "ui/views/volumedetailsview.h"
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
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Events come in bursts (a compose project's volumes, a prune): one disk usage after them.
constexpr int UsageDelayMs = 300;
// A confirmation names at most this many volumes, then says how many more.
constexpr int NamesShown = 15;

bool isLive(ContainerSummary::State s)
{
    return s == ContainerSummary::State::Running || s == ContainerSummary::State::Restarting ||
           s == ContainerSummary::State::Paused;
}

bool isUp(const NodeService *node)
{
    return node->state() == NodeService::State::Online ||
           node->state() == NodeService::State::Degraded;
}

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

VolumesPage::VolumesPage(NotificationArea *notifications, QWidget *parent)
    : QWidget(parent)
    , m_notifications(notifications)
{
    setObjectName(QStringLiteral("volumesPage"));
    m_model = new VolumeTableModel(this);
    m_proxy = new VolumeFilterProxy(this);
    m_proxy->setVolumeModel(m_model);

    m_usageTimer = new QTimer(this);
    m_usageTimer->setSingleShot(true);
    m_usageTimer->setInterval(UsageDelayMs);
    connect(m_usageTimer, &QTimer::timeout, this, [this] {
        const QSet<QString> queued = std::exchange(m_usageQueued, {});
        for (const QString &id : queued)
            refreshUsage(m_manager ? m_manager->node(id) : nullptr);
    });

    createControls();
    createViews();
    retranslateUi();
    updateEnabled();
}

VolumesPage::~VolumesPage() = default;

QAction *VolumesPage::addAct(Act act, const QKeySequence &key, const QString &icon)
{
    auto *a = new QAction(this);
    a->setShortcut(key);
    // Window-wide while the page is shown; enabled only then (updateEnabled), since other pages
    // have their own Delete and Ctrl+N.
    a->setShortcutContext(Qt::WindowShortcut);
    if (!icon.isEmpty())
        a->setIcon(QIcon::fromTheme(icon));
    m_acts.insert(act, a);
    m_menu->addAction(a);
    return a;
}

void VolumesPage::createControls()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("volumeSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(new EscapeClears(m_search));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updatePlaceholder();
    });

    m_nodeFilter = new QComboBox(this);
    m_nodeFilter->setObjectName(QStringLiteral("volumeNodeFilter"));
    m_nodeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_nodeFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setNodeFilter(m_nodeFilter->currentData().toString());
        updatePlaceholder();
    });

    m_useFilter = new QComboBox(this);
    m_useFilter->setObjectName(QStringLiteral("volumeUseFilter"));
    m_useFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i < 3; ++i)
        m_useFilter->addItem(QString(), i);
    connect(m_useFilter, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_proxy->setUseFilter(VolumeFilterProxy::UseFilter(i));
        updatePlaceholder();
    });

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("volumeCounts"));
    m_counts->setForegroundRole(QPalette::PlaceholderText);

    m_menu = new QMenu(this);
    addAct(Act::Create, QKeySequence(Qt::CTRL | Qt::Key_N), QStringLiteral("list-add"));
    addAct(Act::Remove, QKeySequence::Delete, QStringLiteral("edit-delete"));
    m_menu->addSeparator();
    addAct(Act::Details, QKeySequence(Qt::Key_Return), QStringLiteral("document-properties"));
    addAct(Act::ShowContainers, QKeySequence(), QStringLiteral("go-jump"));
    m_menu->addSeparator();
    addAct(Act::Prune, QKeySequence(), QStringLiteral("edit-clear"));
    // Enter opens the details from the table only (elsewhere it belongs to the field it is in).
    action(Act::Details)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (auto it = m_acts.cbegin(); it != m_acts.cend(); ++it) {
        if (it.key() != Act::Details)
            addAction(it.value());
    }
    connect(action(Act::Create), &QAction::triggered, this, &VolumesPage::openCreateDialog);
    connect(action(Act::Remove), &QAction::triggered, this, &VolumesPage::removeSelected);
    connect(action(Act::Prune), &QAction::triggered, this, &VolumesPage::prune);
    connect(action(Act::Details), &QAction::triggered, this, [this] { showDetails(true); });
    connect(action(Act::ShowContainers), &QAction::triggered, this, &VolumesPage::showContainers);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("volumesToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({action(Act::Create), action(Act::Remove), action(Act::Details),
                           action(Act::ShowContainers), action(Act::Prune)});
}

void VolumesPage::createViews()
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
    m_splitter->setObjectName(QStringLiteral("volumesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_stack = new QStackedWidget(m_splitter);
    m_table = new QTableView(m_stack);
    m_table->setObjectName(QStringLiteral("volumeTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VolumeTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->addAction(action(Act::Details));
    m_table->verticalHeader()->hide();
    // Fixed row heights keep thousands of rows smooth.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    // Widths from the font, so longer (Korean) headers and values fit.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(VolumeTableModel::Node, em * 11);
    header->resizeSection(VolumeTableModel::Name, em * 18);
    header->resizeSection(VolumeTableModel::Driver, em * 6);
    header->resizeSection(VolumeTableModel::Mountpoint, em * 18);
    header->resizeSection(VolumeTableModel::Size, em * 7);
    header->resizeSection(VolumeTableModel::Containers, em * 7);
    header->resizeSection(VolumeTableModel::Created, em * 10);

    m_placeholder = new QLabel(m_stack);
    m_placeholder->setObjectName(QStringLiteral("volumePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_table);
    m_splitter->addWidget(m_stack);
    m_details = new VolumeDetailsView(m_splitter);
    m_details->hide();
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    connect(m_details, &VolumeDetailsView::closeRequested, this, [this] { showDetails(false); });
    connect(m_details, &VolumeDetailsView::containerActivated, this,
            &VolumesPage::containerActivated);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VolumesPage::onSelectionChanged);
    // What the user selects wins over a selection still waiting for its item to be listed.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_table->selectionModel()->hasSelection())
            m_pendingSelection = {};
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (m_details->isVisible())
            showDetails(true);
        updateEnabled();
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] { showDetails(true); });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        for (QAction *a : m_menu->actions()) {
            if (a->isSeparator() || a->isEnabled())
                menu.addAction(a);
        }
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &VolumesPage::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &VolumesPage::onSelectionChanged);

    // The counts go over every row: once per turn of the event loop, however many batches came.
    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(0);
    connect(m_countsTimer, &QTimer::timeout, this, &VolumesPage::updateCounts);
    const auto countLater = [this] {
        m_countsTimer->start();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, countLater);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &VolumesPage::onRowsInserted);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, countLater);
    connect(m_model, &QAbstractItemModel::modelReset, this, countLater);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(VolumeTableModel::SizeRole))
                    m_countsTimer->start();
            });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &VolumesPage::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &VolumesPage::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &VolumesPage::updatePlaceholder);
}

QString VolumesPage::title() const
{
    return tr("Volumes");
}

QIcon VolumesPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("drive-harddisk"));
}

QList<QMenu *> VolumesPage::menus() const
{
    return {m_menu};
}

QList<QAction *> VolumesPage::shortcutActions() const
{
    return {action(Act::Create), action(Act::Remove), action(Act::Details),
            action(Act::ShowContainers), action(Act::Prune)};
}

void VolumesPage::retranslateUi()
{
    // Titles in the language now installed fit their columns.
    HeaderFit::widenToTitles(m_table->horizontalHeader());
    m_menu->setTitle(tr("&Volume"));
    const QList<std::pair<Act, QPair<QString, QString>>> texts = {
        {Act::Create, {tr("&Create…"), tr("Create a volume on a node")}},
        {Act::Remove, {tr("Re&move…"), tr("Remove the selected volumes and the data in them")}},
        {Act::Details, {tr("&Details"), tr("Show the current volume's details and its JSON")}},
        {Act::ShowContainers,
         {tr("Show &Containers"), tr("Show the containers using the current volume")}},
        {Act::Prune,
         {tr("Pr&une…"), tr("Remove the volumes no container uses, showing first what would go")}},
    };
    for (const auto &[act, text] : texts) {
        QAction *a = action(act);
        a->setText(text.first);
        static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)|&|…$"));
        a->setIconText(QString(text.first).remove(mnemonic));
        a->setStatusTip(text.second);
        a->setToolTip(a->shortcut().isEmpty()
                          ? text.second
                          : QStringLiteral("%1 (%2)").arg(
                                text.second, a->shortcut().toString(QKeySequence::NativeText)));
    }
    m_search->setPlaceholderText(tr("Search name, driver, mountpoint, labels"));
    m_nodeFilter->setToolTip(tr("Show the volumes of one node"));
    m_useFilter->setItemText(0, tr("Used or not"));
    m_useFilter->setItemText(1, tr("In use"));
    m_useFilter->setItemText(2, tr("Unused"));
    m_useFilter->setToolTip(tr("Show only volumes that containers use, or only those none uses"));
    m_toolBar->setWindowTitle(tr("Volumes"));
    m_model->retranslate();
    updateNodeFilterChoices();
    updateCounts();
    updatePlaceholder();
}

void VolumesPage::updateEnabled()
{
    // A page the window does not show acts on nothing; on its own (as in tests) it is meant.
    const bool shown = isWindow() || !isHidden();
    bool anyNode = false;
    if (shown && m_manager) {
        for (NodeService *node : m_manager->nodes())
            anyNode = anyNode || node->engineInfo().capabilities.volumes;
    }
    const bool selected = shown && !selectedVolumes().isEmpty();
    const bool current = shown && m_table && m_table->currentIndex().isValid();
    action(Act::Create)->setEnabled(anyNode);
    action(Act::Prune)->setEnabled(anyNode);
    action(Act::Remove)->setEnabled(selected);
    action(Act::Details)->setEnabled(current);
    action(Act::ShowContainers)->setEnabled(current);
}

bool VolumesPage::event(QEvent *event)
{
    // Shown or hidden as the current page changes (whether or not the window is on screen).
    if (!m_acts.isEmpty() &&
        (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent))
        updateEnabled();
    return QWidget::event(event);
}

void VolumesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshAllUsage();
}

void VolumesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// ---- nodes ----

void VolumesPage::restoreSettings()
{
    m_table->horizontalHeader()->restoreState(
        AppSettings::value(AppSettings::Key::VolumeHeader).toByteArray());
}

void VolumesPage::saveSettings() const
{
    AppSettings::setValue(AppSettings::Key::VolumeHeader, m_table->horizontalHeader()->saveState());
}

QString VolumesPage::selectionKey() const
{
    if (!m_pendingSelection.first.isEmpty()) // not listed yet: kept for the next run
        return itemKey(m_pendingSelection.first, m_pendingSelection.second);
    const QList<VolumeRef> selected = selectedVolumes();
    return selected.isEmpty() ? QString() : itemKey(selected.first().nodeId, selected.first().name);
}

void VolumesPage::restoreSelection(const QString &key)
{
    const auto [nodeId, id] = splitItemKey(key);
    if (!nodeId.isEmpty())
        selectVolume(nodeId, id);
}

void VolumesPage::setNodeManager(NodeManager *manager)
{
    if (m_manager) {
        m_manager->disconnect(this);
        for (NodeService *node : m_manager->nodes())
            node->disconnect(this);
    }
    m_manager = manager;
    m_model->setNodeManager(manager);
    if (m_details->node() && (!manager || !manager->nodes().contains(m_details->node())))
        showDetails(false);
    if (manager) {
        connect(manager, &NodeManager::nodeAdded, this, &VolumesPage::onNodeAdded);
        connect(manager, &NodeManager::nodeAboutToBeRemoved, this, [this](NodeService *node) {
            node->disconnect(this);
            m_usageBusy.remove(node->id());
            m_usageDirty.remove(node->id());
            m_usageQueued.remove(node->id());
            if (m_details->node() == node)
                showDetails(false);
        });
        connect(manager, &NodeManager::nodeRemoved, this, [this] {
            updateEnabled();
            updateNodeFilterChoices();
            updatePlaceholder();
        });
        for (NodeService *node : manager->nodes())
            onNodeAdded(node);
    }
    updateEnabled();
    updateNodeFilterChoices();
    updatePlaceholder();
}

void VolumesPage::onNodeAdded(NodeService *node)
{
    const QString id = node->id();
    connect(node, &NodeService::stateChanged, this, [this, node, id] {
        updatePlaceholder();
        updateEnabled();
        if (isUp(node))
            refreshUsageLater(id);
    });
    connect(node, &NodeService::engineInfoChanged, this, &VolumesPage::updateEnabled);
    connect(node, &NodeService::engineInfoChanged, this, &VolumesPage::updatePlaceholder);
    // Sizes and use counts change with the volumes, and with the containers that use them.
    const auto changed = [this, id] {
        refreshUsageLater(id);
    };
    connect(node, &NodeService::volumesAdded, this, changed);
    connect(node, &NodeService::volumesChanged, this, changed);
    connect(node, &NodeService::volumesRemoved, this, changed);
    connect(node, &NodeService::containersAdded, this, changed);
    connect(node, &NodeService::containersRemoved, this, changed);
    const auto usersChanged = [this, node] {
        if (m_details->isVisible() && m_details->node() == node)
            m_details->reload();
    };
    connect(node, &NodeService::containersAdded, this, usersChanged);
    connect(node, &NodeService::containersRemoved, this, usersChanged);
    updateEnabled();
    updateNodeFilterChoices();
    updatePlaceholder();
    refreshUsageLater(id);
}

QString VolumesPage::nodeName(const QString &nodeId) const
{
    NodeService *node = m_manager ? m_manager->node(nodeId) : nullptr;
    return node ? node->name() : nodeId;
}

void VolumesPage::showNode(NodeService *node)
{
    setNodeFilter(node ? node->id() : QString());
}

void VolumesPage::updateNodeFilterChoices()
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

void VolumesPage::setNodeFilter(const QString &nodeId)
{
    const int i = m_nodeFilter->findData(nodeId);
    if (i >= 0)
        m_nodeFilter->setCurrentIndex(i);
}

void VolumesPage::updateCounts()
{
    const int rows = m_model->rowCount();
    qint64 bytes = 0;
    int unused = 0;
    for (int r = 0; r < rows; ++r) {
        const VolumeUsage u = m_model->usageAt(r);
        bytes += qMax<qint64>(0, u.size);
        if (u.refCount == 0)
            ++unused;
    }
    m_counts->setText(
        rows == 0 ? QString()
                  : tr("%n volume(s), %1, %2 unused", nullptr, rows)
                        .arg(QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat))
                        .arg(unused));
}

void VolumesPage::updatePlaceholder()
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
        anyHas = anyHas || node->engineInfo().capabilities.volumes;
        anyOnline = anyOnline || isUp(node);
        anyConnecting = anyConnecting || node->state() == NodeService::State::Connecting;
    }
    QString text;
    if (m_model->rowCount() > 0)
        text = tr("No volume matches the search and filters.\nClear the search, or choose "
                  "\"All nodes\" and \"Used or not\" in the filters.");
    else if (nodes.isEmpty())
        text = tr("No nodes.");
    else if (anyOnline && !anyHas)
        text = tr("No node's engine has volumes: containers there mount folders of the host. "
                  "Add a Docker or Podman node to manage volumes.");
    else if (anyOnline)
        text = tr("No volumes yet.\nVolumes you or your containers create appear here.");
    else if (anyConnecting)
        text = tr("Connecting…");
    else
        text = tr("No node can be reached.");
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

// ---- disk usage ----

void VolumesPage::refreshUsageLater(const QString &nodeId)
{
    if (!isVisible())
        return; // asked again when the page is shown
    m_usageQueued.insert(nodeId);
    m_usageTimer->start();
}

void VolumesPage::refreshAllUsage()
{
    if (!m_manager)
        return;
    for (NodeService *node : m_manager->nodes())
        refreshUsage(node);
}

void VolumesPage::refreshUsage(NodeService *node)
{
    if (!node || !isVisible() || !isUp(node) || !node->engineInfo().capabilities.volumes)
        return;
    const QString id = node->id();
    if (m_usageBusy.contains(id)) {
        m_usageDirty.insert(id);
        return;
    }
    m_usageBusy.insert(id);
    ++m_usageRequests[id];
    VolumeOperations::usage(node, this,
                            [this, id](const EngineResult<QHash<QString, VolumeUsage>> &result) {
                                m_usageBusy.remove(id);
                                if (result.ok())
                                    m_model->setUsage(id, result.value);
                                if (m_usageDirty.remove(id))
                                    refreshUsage(m_manager ? m_manager->node(id) : nullptr);
                            });
}

// ---- selection ----

QList<VolumesPage::VolumeRef> VolumesPage::selectedVolumes() const
{
    QList<VolumeRef> out;
    if (!m_table)
        return out;
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    for (const int row : std::as_const(rows)) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        if (source < 0)
            continue;
        out.append({m_model->nodeIdAt(source), m_model->volumeAt(source).name});
    }
    return out;
}

void VolumesPage::onSelectionChanged()
{
    updateEnabled();
    Q_EMIT selectionChanged();
}

QString VolumesPage::currentNodeId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        return current.data(VolumeTableModel::NodeIdRole).toString();
    return m_proxy->nodeFilter();
}

void VolumesPage::showDetails(bool show)
{
    const QModelIndex current = m_table->currentIndex();
    NodeService *node = m_manager && current.isValid()
                            ? m_manager->node(current.data(VolumeTableModel::NodeIdRole).toString())
                            : nullptr;
    if (!show || !node) {
        m_details->hide();
        m_details->setVolume(nullptr, QString());
        if (!show)
            m_table->setFocus();
        return;
    }
    m_details->setVolume(node, current.data(VolumeTableModel::VolumeNameRole).toString());
    m_details->show();
}

void VolumesPage::selectVolume(const QString &nodeId, const QString &name)
{
    m_pendingSelection = {};
    if (!selectNow(nodeId, name))
        m_pendingSelection = {nodeId, name};
}

bool VolumesPage::selectNow(const QString &nodeId, const QString &name)
{
    const int row = m_model->rowOf(nodeId, name);
    if (row < 0)
        return false;
    QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!i.isValid()) {
        // A filter that hides the volume gives way, so the user sees what they asked for.
        m_search->clear();
        m_useFilter->setCurrentIndex(0);
        setNodeFilter(QString());
        i = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!i.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    m_table->scrollTo(i);
    return true;
}

void VolumesPage::onRowsInserted()
{
    if (m_pendingSelection.first.isEmpty())
        return;
    if (selectNow(m_pendingSelection.first, m_pendingSelection.second))
        m_pendingSelection = {};
}

// ---- actions ----

bool VolumesPage::confirm(const QString &title, const QString &text, const QString &info,
                          const QString &button, bool Answers::*answer)
{
    m_lastQuestion = text + QLatin1Char('\n') + info;
    if (m_answers)
        return (*m_answers).*answer;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, window());
    box.setInformativeText(info);
    QPushButton *yes = box.addButton(button, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

CreateVolumeDialog *VolumesPage::createDialog() const
{
    return m_create;
}

void VolumesPage::openCreateDialog()
{
    if (!m_manager || !action(Act::Create)->isEnabled())
        return;
    if (m_create) {
        m_create->raise();
        m_create->activateWindow();
        return;
    }
    m_create = new CreateVolumeDialog(m_manager, currentNodeId(), window());
    m_create->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_create, &CreateVolumeDialog::created, this,
            [this](const QString &nodeId, const QString &name) {
                m_notifications->post(
                    NoticeBar::Kind::Info,
                    tr("Created the volume %1 on %2.").arg(name, nodeName(nodeId)));
                selectVolume(nodeId, name);
            });
    m_create->show();
}

void VolumesPage::removeSelected()
{
    const QList<VolumeRef> refs = selectedVolumes();
    if (!m_manager || refs.isEmpty())
        return;
    QStringList lines;
    int used = 0;
    for (const VolumeRef &ref : refs) {
        if (lines.size() < NamesShown)
            lines << tr("%1 on %2").arg(ref.name, nodeName(ref.nodeId));
        const int row = m_model->rowOf(ref.nodeId, ref.name);
        if (row >= 0 && m_model->usageAt(row).refCount > 0)
            ++used;
    }
    if (refs.size() > NamesShown)
        lines << tr("and %n more", nullptr, int(refs.size()) - NamesShown);
    QString info = lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                   tr("The data in them is lost; this cannot be undone.");
    if (used > 0)
        info += QLatin1Char(' ') + tr("%n of them are used by containers: the engine refuses "
                                      "those, and then names the containers.",
                                      nullptr, used);
    const QString text = refs.size() == 1 ? tr("Remove the volume %1?").arg(refs.first().name)
                                          : tr("Remove %n volume(s)?", nullptr, int(refs.size()));
    if (AppSettings::confirmRemove() &&
        !confirm(tr("Remove Volumes"), text, info, tr("Remove"), &Answers::confirmRemove))
        return;
    for (const VolumeRef &ref : refs)
        removeOne(m_manager->node(ref.nodeId), ref.name, false);
}

void VolumesPage::removeOne(NodeService *node, const QString &name, bool force)
{
    if (!node)
        return;
    const QString where = node->name();
    const int notice =
        m_notifications->post(NoticeBar::Kind::Progress,
                              force ? tr("Removing %1 and its containers from %2…").arg(name, where)
                                    : tr("Removing %1 from %2…").arg(name, where));
    const QPointer<NodeService> guard(node);
    VolumeOperations::remove(
        node, name, force, this,
        [this, notice, name, where, guard](const EngineResult<VolumeOperations::Removal> &r) {
            if (r.ok()) {
                QStringList gone;
                for (const ContainerSummary &c : r.value.removedContainers)
                    gone << c.name;
                m_notifications->update(
                    notice, NoticeBar::Kind::Info,
                    gone.isEmpty() ? tr("Removed the volume %1 from %2.").arg(name, where)
                                   : tr("Removed the volume %1 and its containers %2 from %3.")
                                         .arg(name, gone.join(QStringLiteral(", ")), where));
                return;
            }
            if (r.error.kind == EngineError::Kind::InUse && !r.value.users.isEmpty() && guard) {
                QStringList users;
                for (const ContainerSummary &c : r.value.users)
                    users << c.name;
                m_notifications->update(notice, NoticeBar::Kind::Error,
                                        tr("%1 on %2 is used by %3, so the engine keeps it.")
                                            .arg(name, where, users.join(QStringLiteral(", "))));
                askForce(guard, name, r.value.users);
                return;
            }
            m_notifications->update(
                notice, NoticeBar::Kind::Error,
                r.error.kind == EngineError::Kind::InUse
                    ? tr("Cannot remove %1 from %2: a container uses it. %3")
                          .arg(name, where, r.error.refusalText())
                    : tr("Could not remove %1 from %2: %3").arg(name, where, r.error.userText()));
        });
}

void VolumesPage::askForce(NodeService *node, const QString &name,
                           const QList<ContainerSummary> &users)
{
    if (!VolumeOperations::canForceRemove(node))
        return;
    QStringList lines;
    bool anyLive = false;
    for (const ContainerSummary &c : users) {
        anyLive = anyLive || isLive(c.state);
        lines << (c.status.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.status));
    }
    QString info = tr("Containers using it:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')) +
                   QStringLiteral("\n\n") +
                   tr("Removing by force removes these containers first, then the volume.");
    if (anyLive)
        info += QLatin1Char(' ') + tr("Running containers are stopped.");
    if (!confirm(tr("Volume in Use"),
                 tr("%1 on %2 is used by %n container(s). Remove them and the volume?", nullptr,
                    int(users.size()))
                     .arg(name, node->name()),
                 info, tr("Remove Containers and Volume"), &Answers::confirmForce))
        return;
    removeOne(node, name, true);
}

void VolumesPage::prune()
{
    if (!m_manager)
        return;
    QList<NodeService *> nodes;
    const QString only = m_proxy->nodeFilter();
    for (NodeService *node : m_manager->nodes()) {
        if ((only.isEmpty() || node->id() == only) && isUp(node) &&
            node->engineInfo().capabilities.volumes)
            nodes << node;
    }
    if (nodes.isEmpty())
        return;
    // Named from the last disk usage: the volumes no container uses.
    QStringList lines;
    int count = 0;
    int unknown = 0;
    qint64 bytes = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString nodeId = m_model->nodeIdAt(r);
        if (std::none_of(nodes.cbegin(), nodes.cend(),
                         [&](const NodeService *n) { return n->id() == nodeId; }))
            continue;
        const VolumeUsage u = m_model->usageAt(r);
        if (u.refCount < 0) {
            ++unknown;
            continue;
        }
        if (u.refCount > 0)
            continue;
        ++count;
        bytes += qMax<qint64>(0, u.size);
        if (lines.size() < NamesShown)
            lines << tr("%1 on %2").arg(m_model->volumeAt(r).name, nodeName(nodeId));
    }
    if (count > NamesShown)
        lines << tr("and %n more", nullptr, count - NamesShown);
    QStringList names;
    for (const NodeService *n : std::as_const(nodes))
        names << n->name();
    QString info = count == 0 ? tr("No volume is unused now, as far as the engines said.")
                              : lines.join(QLatin1Char('\n'));
    if (unknown > 0)
        info += QStringLiteral("\n") + tr("%n volume(s) not counted yet are removed too if no "
                                          "container uses them.",
                                          nullptr, unknown);
    info += QStringLiteral("\n\n") + tr("The data in them is lost; this cannot be undone.");
    const QString text = tr("Remove %n unused volume(s) (%1) from %2?", nullptr, count)
                             .arg(QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat),
                                  names.join(QStringLiteral(", ")));
    if (!confirm(tr("Prune Volumes"), text, info, tr("Prune"), &Answers::confirmPrune))
        return;
    pruneNodes(nodes);
}

void VolumesPage::pruneNodes(const QList<NodeService *> &nodes)
{
    for (NodeService *node : nodes) {
        const QString id = node->id();
        const QString where = node->name();
        const int notice = m_notifications->post(NoticeBar::Kind::Progress,
                                                 tr("Pruning unused volumes on %1…").arg(where));
        VolumeOperations::prune(
            node, {}, this, [this, notice, where, id](const EngineResult<PruneReport> &r) {
                if (!r.ok()) {
                    m_notifications->update(
                        notice, NoticeBar::Kind::Error,
                        tr("Could not prune volumes on %1: %2").arg(where, r.error.userText()));
                    return;
                }
                m_notifications->update(
                    notice, NoticeBar::Kind::Info,
                    tr("Pruned %n volume(s) on %1: %2 freed.", nullptr, int(r.value.deleted.size()))
                        .arg(where, QLocale().formattedDataSize(r.value.spaceReclaimed, 1,
                                                                QLocale::DataSizeSIFormat)));
                refreshUsageLater(id);
            });
    }
}

void VolumesPage::showContainers()
{
    const QModelIndex current = m_table->currentIndex();
    NodeService *node = m_manager && current.isValid()
                            ? m_manager->node(current.data(VolumeTableModel::NodeIdRole).toString())
                            : nullptr;
    if (!node)
        return;
    const QString id = node->id();
    const QString where = node->name();
    const QString name = current.data(VolumeTableModel::VolumeNameRole).toString();
    VolumeOperations::usersOf(
        node, name, this, [this, id, where, name](const EngineResult<QList<ContainerSummary>> &r) {
            if (!r.ok()) {
                m_notifications->post(NoticeBar::Kind::Error,
                                      tr("Could not list the containers using %1 on %2: %3")
                                          .arg(name, where, r.error.userText()));
                return;
            }
            if (r.value.isEmpty()) {
                m_notifications->post(NoticeBar::Kind::Info,
                                      tr("No container uses %1 on %2.").arg(name, where));
                return;
            }
            QStringList ids;
            for (const ContainerSummary &c : r.value)
                ids << c.id;
            Q_EMIT containersActivated(id, ids);
        });
}
