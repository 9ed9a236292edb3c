#include "ui/views/podspage.h"

#include "core/config/appsettings.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "ui/dialogs/createpoddialog.h"
#include "ui/dialogs/kubeyamldialog.h"
#include "ui/dialogs/playkubedialog.h"
#include "ui/models/podfilterproxy.h"
#include "ui/models/podtreemodel.h"
#include "ui/views/podstatsview.h"
#include "ui/widgets/headerfit.h"
#include "ui/widgets/jsonview.h"
#include "ui/widgets/notificationarea.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString key(const QString &nodeId, const QString &podId)
{
    return nodeId + QChar(0x1f) + podId;
}

bool isState(const QString &state, const char *word)
{
    return state.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

// A pod with containers running (or paused): stopped by force when removed.
bool isLive(const PodsPage::PodRef &p)
{
    return isState(p.state, "running") || isState(p.state, "degraded") ||
           isState(p.state, "paused");
}

} // namespace

PodsPage::PodsPage(NotificationArea *notifications, QWidget *parent)
    : QWidget(parent)
    , m_notifications(notifications)
{
    setObjectName(QStringLiteral("podsPage"));
    m_model = new PodTreeModel(this);
    m_proxy = new PodFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    createControls();
    createViews();
    retranslateUi();
    updateEnabled();
}

PodsPage::~PodsPage() = default;

CreatePodDialog *PodsPage::createDialog() const
{
    return m_create;
}

KubeYamlDialog *PodsPage::kubeDialog() const
{
    return m_kube;
}

PlayKubeDialog *PodsPage::playDialog() const
{
    return m_play;
}

QAction *PodsPage::addAct(Act act, const QKeySequence &key, const QString &icon)
{
    auto *a = new QAction(this);
    a->setShortcut(key);
    // Window-wide while the page is shown; enabled only then (updateEnabled), since other pages
    // use the same keys.
    a->setShortcutContext(Qt::WindowShortcut);
    if (!icon.isEmpty())
        a->setIcon(QIcon::fromTheme(icon));
    connect(a, &QAction::triggered, this, [this, act] { trigger(act); });
    m_menu->addAction(a);
    m_acts.insert(act, a);
    addAction(a);
    return a;
}

void PodsPage::createControls()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("podSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updatePlaceholder();
    });
    m_nodeFilter = new QComboBox(this);
    m_nodeFilter->setObjectName(QStringLiteral("podNodeFilter"));
    m_nodeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_nodeFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setNodeFilter(m_nodeFilter->currentData().toString());
        updatePlaceholder();
    });

    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("podMenu"));
    addAct(Act::Create, QKeySequence::New, QStringLiteral("list-add"));
    m_menu->addSeparator();
    addAct(Act::Start, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
           QStringLiteral("media-playback-start"));
    addAct(Act::Stop, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
           QStringLiteral("media-playback-stop"));
    addAct(Act::Restart, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
           QStringLiteral("view-refresh"));
    addAct(Act::Pause, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
           QStringLiteral("media-playback-pause"));
    addAct(Act::Unpause, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), QString());
    addAct(Act::Kill, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), QString());
    addAct(Act::Remove, QKeySequence::Delete, QStringLiteral("edit-delete"));
    m_menu->addSeparator();
    addAct(Act::Details, QKeySequence(Qt::CTRL | Qt::Key_I), QStringLiteral("document-properties"));
    addAct(Act::Stats, QKeySequence(Qt::CTRL | Qt::Key_T),
           QStringLiteral("utilities-system-monitor"));
    m_menu->addSeparator();
    addAct(Act::GenerateKube, QKeySequence(Qt::CTRL | Qt::Key_Y),
           QStringLiteral("document-export"));
    addAct(Act::PlayKube, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y),
           QStringLiteral("document-import"));

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("podsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const Act act :
         {Act::Create, Act::Start, Act::Stop, Act::Remove, Act::GenerateKube, Act::PlayKube})
        m_toolBar->addAction(action(act));
}

void PodsPage::createViews()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *controls = new QWidget(this);
    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(6, 4, 6, 4);
    row->addWidget(m_search, 1);
    row->addWidget(m_nodeFilter);
    layout->addWidget(controls);
    layout->addWidget(m_toolBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("podsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_stack = new QStackedWidget(m_splitter);
    m_tree = new QTreeView(m_stack);
    m_tree->setObjectName(QStringLiteral("podTree"));
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(PodTreeModel::Name, Qt::AscendingOrder);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setExpandsOnDoubleClick(false);
    QHeaderView *header = m_tree->header();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    // Widths from the font, so longer (Korean) headers and values fit.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(PodTreeModel::Name, em * 16);
    header->resizeSection(PodTreeModel::Node, em * 11);
    header->resizeSection(PodTreeModel::State, em * 8);
    header->resizeSection(PodTreeModel::Containers, em * 6);
    header->resizeSection(PodTreeModel::Infra, em * 9);
    header->resizeSection(PodTreeModel::Shared, em * 10);

    m_placeholder = new QLabel(m_stack);
    m_placeholder->setObjectName(QStringLiteral("podPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tree);
    m_splitter->addWidget(m_stack);

    m_side = new QTabWidget(m_splitter);
    m_side->setObjectName(QStringLiteral("podSide"));
    m_details = new JsonView(m_side);
    m_details->setObjectName(QStringLiteral("podDetails"));
    m_stats = new PodStatsView(m_side);
    m_side->addTab(m_details, QString());
    m_side->addTab(m_stats, QString());
    auto *close = new QToolButton(m_side);
    close->setObjectName(QStringLiteral("podSideClose"));
    close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &PodsPage::hideSide);
    m_side->setCornerWidget(close);
    m_side->hide();
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);

    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        // What the user selects wins over a selection still waiting for its pods to be listed.
        if (m_tree->selectionModel()->hasSelection())
            m_pendingPods.clear();
        updateEnabled();
        Q_EMIT selectionChanged();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PodsPage::onCurrentChanged);
    connect(m_tree, &QAbstractItemView::activated, this, [this] { showSide(0); });
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        for (QAction *a : m_menu->actions()) {
            if (a->isSeparator() || a->isEnabled())
                menu.addAction(a);
        }
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PodsPage::onPodRowsInserted);
    // A pod's state changes what may be done to it.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PodsPage::updateEnabled);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PodsPage::updateEnabled);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &PodsPage::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PodsPage::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PodsPage::updatePlaceholder);
}

QString PodsPage::title() const
{
    return tr("Pods");
}

QIcon PodsPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("view-group"));
}

QList<QMenu *> PodsPage::menus() const
{
    return {m_menu};
}

QList<QAction *> PodsPage::shortcutActions() const
{
    QList<QAction *> out;
    for (QAction *a : m_menu->actions()) {
        if (!a->isSeparator())
            out << a;
    }
    return out;
}

bool PodsPage::available() const
{
    return m_available;
}

void PodsPage::restoreSettings()
{
    m_tree->header()->restoreState(AppSettings::value(AppSettings::Key::PodHeader).toByteArray());
    m_splitter->restoreState(AppSettings::value(AppSettings::Key::PodSplitter).toByteArray());
}

void PodsPage::saveSettings() const
{
    AppSettings::setValue(AppSettings::Key::PodHeader, m_tree->header()->saveState());
    AppSettings::setValue(AppSettings::Key::PodSplitter, m_splitter->saveState());
}

QString PodsPage::selectionKey() const
{
    if (!m_pendingPods.isEmpty()) // not listed yet: kept for the next run
        return itemKey(m_pendingNode, m_pendingPods.first());
    const QList<PodRef> selected = selectedPods();
    return selected.isEmpty() ? QString()
                              : itemKey(selected.first().nodeId, selected.first().podId);
}

void PodsPage::restoreSelection(const QString &key)
{
    const auto [nodeId, podId] = splitItemKey(key);
    if (!nodeId.isEmpty())
        selectPods(nodeId, {podId});
}

void PodsPage::retranslateUi()
{
    // Titles in the language now installed fit their columns.
    HeaderFit::widenToTitles(m_tree->header());
    m_menu->setTitle(tr("P&od"));
    const QList<std::pair<Act, QPair<QString, QString>>> texts = {
        {Act::Create, {tr("&Create Pod…"), tr("Create a pod on a node with pods")}},
        {Act::Start, {tr("&Start"), tr("Start the selected pods and their containers")}},
        {Act::Stop, {tr("S&top"), tr("Stop the selected pods and their containers")}},
        {Act::Restart, {tr("&Restart"), tr("Restart the selected pods' containers")}},
        {Act::Pause, {tr("&Pause"), tr("Pause the selected pods' containers")}},
        {Act::Unpause, {tr("&Unpause"), tr("Let the selected pods' containers run on")}},
        {Act::Kill, {tr("&Kill"), tr("Kill the selected pods' containers at once (SIGKILL)")}},
        {Act::Remove, {tr("Re&move…"), tr("Remove the selected pods with their containers")}},
        {Act::Details, {tr("&Details"), tr("Show the current pod as the engine describes it")}},
        {Act::Stats, {tr("St&ats"), tr("Show the resource use of the current pod's containers")}},
        {Act::GenerateKube,
         {tr("&Generate Kube YAML…"), tr("Show the kube YAML of the selected pods, to save")}},
        {Act::PlayKube,
         {tr("P&lay Kube YAML…"), tr("Make pods and containers from kube YAML on a node")}},
    };
    static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)|&|…$"));
    for (const auto &[act, text] : texts) {
        QAction *a = action(act);
        a->setText(text.first);
        a->setIconText(QString(text.first).remove(mnemonic));
        a->setStatusTip(text.second);
        a->setToolTip(a->shortcut().isEmpty()
                          ? text.second
                          : QStringLiteral("%1 (%2)").arg(
                                text.second, a->shortcut().toString(QKeySequence::NativeText)));
    }
    m_search->setPlaceholderText(tr("Search pod and container names"));
    m_nodeFilter->setToolTip(tr("Show the pods of one node"));
    m_toolBar->setWindowTitle(tr("Pods"));
    m_side->setTabText(0, tr("Details"));
    m_side->setTabText(1, tr("Stats"));
    if (auto *close = m_side->cornerWidget())
        close->setToolTip(tr("Close"));
    m_model->retranslate();
    updateNodeFilterChoices();
    updatePlaceholder();
}

bool PodsPage::event(QEvent *event)
{
    // Shown or hidden as the current page changes (whether or not the window is on screen).
    if (m_menu && (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent))
        updateEnabled();
    return QWidget::event(event);
}

void PodsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// ---- nodes ----

void PodsPage::setNodeManager(NodeManager *manager)
{
    if (m_manager) {
        m_manager->disconnect(this);
        for (NodeService *node : m_manager->nodes())
            node->disconnect(this);
    }
    m_manager = manager;
    m_sharesAsked.clear();
    m_stats->setPod(nullptr, QString());
    hideSide();
    m_model->setNodeManager(manager);
    if (manager) {
        connect(manager, &NodeManager::nodeAdded, this, &PodsPage::onNodeAdded);
        connect(manager, &NodeManager::nodeAboutToBeRemoved, this, [this](NodeService *node) {
            node->disconnect(this);
            if (m_stats->node() == node)
                hideSide();
        });
        connect(manager, &NodeManager::nodeRemoved, this, [this] {
            updateAvailable();
            updateNodeFilterChoices();
            updatePlaceholder();
            updateEnabled();
        });
        for (NodeService *node : manager->nodes())
            onNodeAdded(node);
    }
    updateAvailable();
    updateNodeFilterChoices();
    updatePlaceholder();
    updateEnabled();
}

void PodsPage::onNodeAdded(NodeService *node)
{
    // Capabilities come with the engine's identity, on every (re)connect.
    const auto changed = [this] {
        updateAvailable();
        updateNodeFilterChoices();
        updatePlaceholder();
        updateEnabled();
    };
    connect(node, &NodeService::engineInfoChanged, this, changed);
    connect(node, &NodeService::stateChanged, this, changed);
    changed();
    // Pods listed before the page followed the node.
    for (const PodInfo &pod : node->pods())
        askShares(node->id(), pod.id);
}

void PodsPage::updateAvailable()
{
    const bool now = !PodOperations::podNodes(m_manager).isEmpty();
    if (now == m_available)
        return;
    m_available = now;
    availabilityChanged();
}

void PodsPage::showNode(NodeService *node)
{
    setNodeFilter(node && PodOperations::hasPods(node) ? node->id() : QString());
}

void PodsPage::updateNodeFilterChoices()
{
    const QString current = m_nodeFilter->currentData().toString();
    const QSignalBlocker blocker(m_nodeFilter);
    m_nodeFilter->clear();
    m_nodeFilter->addItem(tr("All nodes"), QString());
    for (NodeService *node : PodOperations::podNodes(m_manager))
        m_nodeFilter->addItem(node->name(), node->id());
    const int i = m_nodeFilter->findData(current);
    m_nodeFilter->setCurrentIndex(qMax(0, i));
    if (i < 0 && !current.isEmpty())
        m_proxy->setNodeFilter(QString());
}

void PodsPage::setNodeFilter(const QString &nodeId)
{
    const int i = m_nodeFilter->findData(nodeId);
    if (i >= 0)
        m_nodeFilter->setCurrentIndex(i);
}

void PodsPage::updatePlaceholder()
{
    if (m_proxy->rowCount() > 0) {
        m_stack->setCurrentWidget(m_tree);
        return;
    }
    QString text;
    if (m_model->rowCount() > 0)
        text = tr("No pod matches the search.\nClear the search, or choose \"All nodes\".");
    else if (!m_available)
        text = tr("No node's engine has pods.");
    else
        text = tr("No pods yet.\nCreate one, or play kube YAML onto a node.");
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

NodeService *PodsPage::nodeOf(const QString &nodeId) const
{
    return m_manager ? m_manager->node(nodeId) : nullptr;
}

QString PodsPage::nodeName(const QString &nodeId) const
{
    NodeService *node = nodeOf(nodeId);
    return node ? node->name() : nodeId;
}

// ---- shared namespaces (only a pod's inspect tells them) ----

void PodsPage::onPodRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    for (int row = first; row <= last; ++row) {
        if (!m_model->index(row, 0).data(PodTreeModel::SharesKnownRole).toBool())
            askShares(m_model->nodeIdAt(row), m_model->podAt(row).id);
    }
    if (!m_pendingPods.isEmpty() && selectNow())
        m_pendingPods.clear();
    updateEnabled();
}

void PodsPage::askShares(const QString &nodeId, const QString &podId)
{
    NodeService *node = nodeOf(nodeId);
    const QString k = key(nodeId, podId);
    if (!node || m_sharesAsked.contains(k))
        return;
    m_sharesAsked.insert(k);
    PodOperations::inspect(
        node, podId, this, [this, nodeId, podId, k](const EngineResult<PodInfo> &r) {
            if (!r.ok()) {
                m_sharesAsked.remove(k); // asked again when it comes back
                return;
            }
            m_model->setSharedNamespaces(nodeId, podId, r.value.sharedNamespaces);
        });
}

// ---- selection ----

QList<PodsPage::PodRef> PodsPage::selectedPods() const
{
    QList<PodRef> out;
    QSet<QString> seen;
    QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
        const QModelIndex pa = a.parent().isValid() ? a.parent() : a;
        const QModelIndex pb = b.parent().isValid() ? b.parent() : b;
        return pa.row() != pb.row() ? pa.row() < pb.row() : a.row() < b.row();
    });
    for (const QModelIndex &index : std::as_const(rows)) {
        const QString nodeId = index.data(PodTreeModel::NodeIdRole).toString();
        const QString podId = index.data(PodTreeModel::PodIdRole).toString();
        if (seen.contains(key(nodeId, podId)))
            continue;
        seen.insert(key(nodeId, podId));
        const int row = m_model->rowOf(nodeId, podId);
        if (row < 0)
            continue;
        const PodInfo &pod = m_model->podAt(row);
        PodRef ref{nodeId, podId, pod.name, pod.status, {}};
        for (const PodContainer &c : pod.containers) {
            if (c.id != pod.infraId)
                ref.containers << c.name;
        }
        out << ref;
    }
    return out;
}

QString PodsPage::currentNodeId() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        return current.data(PodTreeModel::NodeIdRole).toString();
    return m_proxy->nodeFilter();
}

void PodsPage::updateEnabled()
{
    // A page the window does not show acts on nothing; on its own (as in tests) it is meant.
    const bool shown = isWindow() || !isHidden();
    const QList<PodRef> pods = selectedPods();
    const auto any = [&](auto pred) {
        return std::any_of(pods.cbegin(), pods.cend(), pred);
    };
    const bool some = shown && !pods.isEmpty();
    action(Act::Create)->setEnabled(shown && m_available);
    action(Act::PlayKube)->setEnabled(shown && m_available);
    action(Act::Start)->setEnabled(some && any([](const PodRef &p) {
                                       return !isState(p.state, "running") &&
                                              !isState(p.state, "paused");
                                   }));
    action(Act::Stop)->setEnabled(some && any(isLive));
    action(Act::Restart)->setEnabled(some);
    action(Act::Pause)->setEnabled(some && any([](const PodRef &p) {
                                       return isState(p.state, "running") ||
                                              isState(p.state, "degraded");
                                   }));
    action(Act::Unpause)->setEnabled(some && any([](const PodRef &p) {
                                         return isState(p.state, "paused");
                                     }));
    action(Act::Kill)->setEnabled(some && any(isLive));
    action(Act::Remove)->setEnabled(some);
    action(Act::Details)->setEnabled(shown && m_tree->currentIndex().isValid());
    action(Act::Stats)->setEnabled(shown && m_tree->currentIndex().isValid());
    bool oneNode = some;
    for (const PodRef &p : pods)
        oneNode = oneNode && p.nodeId == pods.first().nodeId;
    action(Act::GenerateKube)
        ->setEnabled(oneNode && PodOperations::hasKube(nodeOf(pods.first().nodeId)));
}

void PodsPage::selectPods(const QString &nodeId, const QStringList &podIds)
{
    m_pendingNode = nodeId;
    m_pendingPods = podIds;
    if (selectNow())
        m_pendingPods.clear();
}

bool PodsPage::selectNow()
{
    QItemSelection selection;
    QModelIndex first;
    for (const QString &podId : std::as_const(m_pendingPods)) {
        const QModelIndex source = m_model->podIndex(m_pendingNode, podId);
        if (!source.isValid())
            return false;
        QModelIndex i = m_proxy->mapFromSource(source);
        if (!i.isValid()) {
            // A search or filter that hides the pod gives way.
            m_search->clear();
            setNodeFilter(QString());
            i = m_proxy->mapFromSource(source);
        }
        if (!i.isValid())
            return false;
        selection.select(i, i);
        if (!first.isValid() || i.row() < first.row())
            first = i;
    }
    if (!first.isValid())
        return false;
    m_tree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
    m_tree->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_tree->scrollTo(first);
    for (const QModelIndex &i : selection.indexes())
        m_tree->expand(i.siblingAtColumn(0));
    if (m_playReport) {
        const KubePlayReport report = *m_playReport;
        m_playReport.reset();
        reportPlay(m_pendingNode, report);
    }
    return true;
}

void PodsPage::reportPlay(const QString &nodeId, const KubePlayReport &report)
{
    // The containers by name, as the pods the node announced list them.
    QStringList containers;
    for (const QString &podId : report.podIds) {
        const int row = m_model->rowOf(nodeId, podId);
        if (row < 0)
            continue;
        const PodInfo &pod = m_model->podAt(row);
        for (const PodContainer &c : pod.containers) {
            if (c.id != pod.infraId)
                containers << c.name;
        }
    }
    QString text =
        tr("Played kube YAML on %1: %n pod(s), containers %2.", nullptr, int(report.podIds.size()))
            .arg(nodeName(nodeId),
                 containers.isEmpty() ? tr("none") : containers.join(QStringLiteral(", ")));
    if (!report.containerErrors.isEmpty())
        text += QLatin1Char('\n') +
                tr("Some did not start: %1").arg(report.containerErrors.join(QLatin1Char('\n')));
    m_notifications->post(
        report.containerErrors.isEmpty() ? NoticeBar::Kind::Info : NoticeBar::Kind::Warning, text);
}

void PodsPage::onCurrentChanged()
{
    updateEnabled();
    if (m_side->isVisible())
        showSide(m_side->currentIndex());
}

// ---- details and stats ----

void PodsPage::showSide(int tab)
{
    const QModelIndex current = m_tree->currentIndex();
    NodeService *node =
        current.isValid() ? nodeOf(current.data(PodTreeModel::NodeIdRole).toString()) : nullptr;
    if (!node) {
        hideSide();
        return;
    }
    const QString podId = current.data(PodTreeModel::PodIdRole).toString();
    m_side->setCurrentIndex(tab);
    m_side->show();
    m_stats->setPod(node, podId);
    const QString k = key(node->id(), podId);
    if (k == m_detailsKey && tab == 1)
        return;
    m_detailsKey = k;
    const quint64 generation = ++m_detailsGeneration;
    PodOperations::inspect(node, podId, this, [this, generation](const EngineResult<PodInfo> &r) {
        if (generation != m_detailsGeneration)
            return;
        m_details->setJson(r.ok() ? r.value.rawJson : r.error.userText().toUtf8());
    });
}

void PodsPage::hideSide()
{
    m_side->hide();
    m_stats->setPod(nullptr, QString());
    m_detailsKey.clear();
    ++m_detailsGeneration;
}

// ---- actions ----

void PodsPage::trigger(Act act)
{
    if (!action(act)->isEnabled())
        return;
    switch (act) {
    case Act::Create:
        openCreateDialog();
        return;
    case Act::Start:
        runAction(PodOperations::Action::Start);
        return;
    case Act::Stop:
        runAction(PodOperations::Action::Stop);
        return;
    case Act::Restart:
        runAction(PodOperations::Action::Restart);
        return;
    case Act::Pause:
        runAction(PodOperations::Action::Pause);
        return;
    case Act::Unpause:
        runAction(PodOperations::Action::Unpause);
        return;
    case Act::Kill:
        runAction(PodOperations::Action::Kill);
        return;
    case Act::Remove:
        remove();
        return;
    case Act::Details:
        showSide(0);
        return;
    case Act::Stats:
        showSide(1);
        return;
    case Act::GenerateKube:
        generateKube();
        return;
    case Act::PlayKube:
        openPlayDialog();
        return;
    }
}

void PodsPage::runAction(PodOperations::Action action)
{
    static const QHash<PodOperations::Action, const char *> failures = {
        {PodOperations::Action::Start, QT_TR_NOOP("Could not start pod %1 on %2: %3")},
        {PodOperations::Action::Stop, QT_TR_NOOP("Could not stop pod %1 on %2: %3")},
        {PodOperations::Action::Restart, QT_TR_NOOP("Could not restart pod %1 on %2: %3")},
        {PodOperations::Action::Pause, QT_TR_NOOP("Could not pause pod %1 on %2: %3")},
        {PodOperations::Action::Unpause, QT_TR_NOOP("Could not unpause pod %1 on %2: %3")},
        {PodOperations::Action::Kill, QT_TR_NOOP("Could not kill pod %1 on %2: %3")},
    };
    for (const PodRef &pod : selectedPods()) {
        NodeService *node = nodeOf(pod.nodeId);
        if (!node)
            continue;
        const QString where = node->name();
        PodOperations::act(node, pod.podId, action, this,
                           [this, pod, where, action](const EngineError &e) {
                               if (!e.isError())
                                   return; // the tree shows the new state
                               m_notifications->post(
                                   NoticeBar::Kind::Error,
                                   tr(failures.value(action)).arg(pod.name, where, e.userText()));
                           });
    }
}

QString PodsPage::removeQuestion(const QList<PodRef> &pods)
{
    QStringList lines;
    for (const PodRef &pod : pods) {
        lines << (pod.containers.isEmpty()
                      ? tr("• %1 (no containers besides its infra container)").arg(pod.name)
                      : tr("• %1, with its containers: %2")
                            .arg(pod.name, pod.containers.join(QStringLiteral(", "))));
    }
    return tr("Remove %n pod(s) with their containers? Running containers are stopped first. "
              "This cannot be undone.",
              nullptr, int(pods.size())) +
           QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
}

void PodsPage::remove()
{
    const QList<PodRef> pods = selectedPods();
    if (pods.isEmpty())
        return;
    bool yes = false;
    // Asked not to confirm, pods that are not running go at once; running ones are removed by
    // force, which is always asked.
    if (!AppSettings::confirmRemove() && std::none_of(pods.cbegin(), pods.cend(), isLive)) {
        yes = true;
    } else if (m_removeAnswer) {
        yes = *m_removeAnswer;
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Remove Pods"), removeQuestion(pods),
                        QMessageBox::Cancel, window());
        QPushButton *removeButton = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        yes = box.clickedButton() == removeButton;
    }
    if (!yes)
        return;
    for (const PodRef &pod : pods) {
        NodeService *node = nodeOf(pod.nodeId);
        if (!node)
            continue;
        const QString where = node->name();
        PodOperations::remove(
            node, pod.podId, true, this, [this, pod, where](const EngineError &e) {
                if (e.isError())
                    m_notifications->post(
                        NoticeBar::Kind::Error,
                        tr("Could not remove pod %1 on %2: %3").arg(pod.name, where, e.userText()));
                else
                    m_notifications->post(NoticeBar::Kind::Info,
                                          tr("Removed pod %1 from %2.").arg(pod.name, where));
            });
    }
}

void PodsPage::openCreateDialog()
{
    if (!m_available)
        return;
    if (m_create) {
        m_create->raise();
        m_create->activateWindow();
        return;
    }
    m_create = new CreatePodDialog(m_manager, currentNodeId(), window());
    m_create->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_create, &CreatePodDialog::created, this,
            [this](const QString &nodeId, const QString &podId, const QString &name) {
                m_notifications->post(
                    NoticeBar::Kind::Info,
                    tr("Created pod %1 on %2.")
                        .arg(name.isEmpty() ? podId.left(12) : name, nodeName(nodeId)));
                m_playReport.reset();
                selectPods(nodeId, {podId});
            });
    m_create->show();
}

void PodsPage::generateKube()
{
    const QList<PodRef> pods = selectedPods();
    if (pods.isEmpty())
        return;
    QStringList names;
    for (const PodRef &pod : pods) {
        if (pod.nodeId != pods.first().nodeId)
            return;
        names << pod.name;
    }
    auto *dialog = new KubeYamlDialog(m_manager, pods.first().nodeId, names, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_kube = dialog;
    dialog->show();
}

void PodsPage::openPlayDialog()
{
    if (!m_available)
        return;
    if (m_play) {
        m_play->raise();
        m_play->activateWindow();
        return;
    }
    m_play = new PlayKubeDialog(m_manager, currentNodeId(), window());
    m_play->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_play, &PlayKubeDialog::played, this,
            [this](const QString &nodeId, const KubePlayReport &report) {
                if (report.podIds.isEmpty()) {
                    reportPlay(nodeId, report);
                    return;
                }
                // Reported once the node announced the pods (with their containers' names).
                m_playReport = report;
                selectPods(nodeId, report.podIds);
            });
    m_play->show();
}
