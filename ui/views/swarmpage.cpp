#include "ui/views/swarmpage.h"

#include "core/config/appsettings.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "core/services/swarmoperations.h"
#include "core/services/swarmwatcher.h"
#include "ui/dialogs/createsecretdialog.h"
#include "ui/dialogs/createservicedialog.h"
#include "ui/dialogs/createvolumedialog.h"
#include "ui/models/swarmnodemodel.h"
#include "ui/models/swarmsecretmodel.h"
#include "ui/models/swarmservicemodel.h"
#include "ui/models/swarmstackmodel.h"
#include "ui/models/swarmtaskmodel.h"
#include "ui/views/logwindow.h"
#include "ui/widgets/headerfit.h"
#include "ui/widgets/notificationarea.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString ago(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString duration(qint64 ns)
{
    const qint64 s = ns / 1000000000;
    if (s >= 86400 && s % 86400 == 0)
        return SwarmPage::tr("%n day(s)", nullptr, int(s / 86400));
    if (s >= 3600 && s % 3600 == 0)
        return SwarmPage::tr("%n hour(s)", nullptr, int(s / 3600));
    return SwarmPage::tr("%n second(s)", nullptr, int(s));
}

} // namespace

SwarmPage::SwarmPage(NotificationArea *notifications, QWidget *parent)
    : QWidget(parent)
    , m_notifications(notifications)
{
    setObjectName(QStringLiteral("swarmPage"));
    m_nodes = new SwarmNodeModel(this);
    m_services = new SwarmServiceModel(this);
    m_tasks = new SwarmTaskModel(this);
    m_secrets = new SwarmSecretModel(this);
    m_stacks = new SwarmStackModel(this);
    createControls();
    retranslateUi();
    updatePlaceholder();
    updateEnabled();
}

SwarmPage::~SwarmPage() = default;

QString SwarmPage::title() const
{
    return tr("Swarm");
}

QIcon SwarmPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("network-workgroup"));
}

QList<QMenu *> SwarmPage::menus() const
{
    return {m_menu};
}

QList<QAction *> SwarmPage::shortcutActions() const
{
    QList<QAction *> out;
    for (QAction *a : m_menu->actions()) {
        if (!a->isSeparator() && !a->shortcut().isEmpty())
            out << a;
    }
    return out;
}

bool SwarmPage::available() const
{
    return m_available;
}

SwarmWatcher *SwarmPage::watcher() const
{
    return m_followed;
}

QString SwarmPage::currentNodeId() const
{
    return m_nodeBox->currentData().toString();
}

QAction *SwarmPage::addAct(Act act, const QKeySequence &key, const QString &icon)
{
    auto *a = new QAction(this);
    a->setShortcut(key);
    // Window-wide while the page is shown; enabled only then, since other pages use the keys.
    a->setShortcutContext(Qt::WindowShortcut);
    if (!icon.isEmpty())
        a->setIcon(QIcon::fromTheme(icon));
    connect(a, &QAction::triggered, this, [this, act] { trigger(act); });
    m_menu->addAction(a);
    m_acts.insert(act, a);
    addAction(a);
    return a;
}

QTableView *SwarmPage::makeTable(QSortFilterProxyModel *proxy, const QString &name)
{
    auto *view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        QMenu menu(this);
        for (QAction *a : m_menu->actions()) {
            if (a->isSeparator() || a->isEnabled())
                menu.addAction(a);
        }
        menu.exec(view->viewport()->mapToGlobal(pos));
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SwarmPage::updateEnabled);
    // Columns fitted to the first rows, unless the user's widths were restored.
    connect(proxy, &QAbstractItemModel::rowsInserted, view, [view] {
        if (view->property("fitted").toBool())
            return;
        view->setProperty("fitted", true);
        view->resizeColumnsToContents();
    });
    return view;
}

void SwarmPage::createControls()
{
    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("swarmMenu"));
    addAct(Act::ShowTokens, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), QString())
        ->setCheckable(true);
    addAct(Act::CopyWorkerJoin, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J),
           QStringLiteral("edit-copy"));
    addAct(Act::CopyManagerJoin, QKeySequence(), QStringLiteral("edit-copy"));
    addAct(Act::RotateWorkerToken, QKeySequence(), QStringLiteral("view-refresh"));
    addAct(Act::RotateManagerToken, QKeySequence(), QStringLiteral("view-refresh"));
    m_menu->addSeparator();
    addAct(Act::Promote, QKeySequence(), QStringLiteral("go-up"));
    addAct(Act::Demote, QKeySequence(), QStringLiteral("go-down"));
    addAct(Act::Activate, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
           QStringLiteral("media-playback-start"));
    addAct(Act::Pause, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
           QStringLiteral("media-playback-pause"));
    addAct(Act::Drain, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), QString());
    addAct(Act::RemoveNode, QKeySequence(), QStringLiteral("edit-delete"));
    addAct(Act::EditNodeLabels, QKeySequence(), QStringLiteral("document-edit"));
    m_menu->addSeparator();
    addAct(Act::CreateService, QKeySequence::New, QStringLiteral("list-add"));
    addAct(Act::Scale, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), QString());
    addAct(Act::UpdateImage, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
           QStringLiteral("system-software-update"));
    addAct(Act::Rollback, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
           QStringLiteral("edit-undo"));
    addAct(Act::Logs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
           QStringLiteral("text-x-generic"));
    addAct(Act::RemoveService, QKeySequence::Delete, QStringLiteral("edit-delete"));
    addAct(Act::RemoveStack, QKeySequence(), QStringLiteral("edit-delete"));
    m_menu->addSeparator();
    addAct(Act::CreateSecret, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
           QStringLiteral("list-add"));
    addAct(Act::RemoveSecret, QKeySequence(), QStringLiteral("edit-delete"));

    // The node whose swarm is shown, and where it stands.
    m_nodeLabel = new QLabel(this);
    m_nodeBox = new QComboBox(this);
    m_nodeBox->setObjectName(QStringLiteral("swarmNodeBox"));
    m_nodeBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_nodeLabel->setBuddy(m_nodeBox);
    connect(m_nodeBox, &QComboBox::currentIndexChanged, this,
            [this] { follow(m_watchers.value(currentNodeId())); });
    connect(m_nodeBox, &QComboBox::activated, this, [this] { m_chosenNode = currentNodeId(); });
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("swarmStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("swarmSearch"));
    m_search->setClearButtonEnabled(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_nodeLabel);
    top->addWidget(m_nodeBox);
    top->addWidget(m_status, 1);
    top->addWidget(m_search);

    m_nodesProxy = new QSortFilterProxyModel(this);
    m_nodesProxy->setSourceModel(m_nodes);
    m_nodesProxy->setSortRole(SwarmNodeModel::SortRole);
    m_nodesProxy->setFilterKeyColumn(-1);
    m_nodesProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_servicesProxy = new QSortFilterProxyModel(this);
    m_servicesProxy->setSourceModel(m_services);
    m_servicesProxy->setSortRole(SwarmServiceModel::SortRole);
    m_servicesProxy->setFilterRole(SwarmServiceModel::SearchRole);
    m_servicesProxy->setFilterKeyColumn(SwarmServiceModel::Name);
    m_servicesProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tasksProxy = new QSortFilterProxyModel(this);
    m_tasksProxy->setSourceModel(m_tasks);
    m_tasksProxy->setSortRole(SwarmTaskModel::SortRole);
    m_secretsProxy = new QSortFilterProxyModel(this);
    m_secretsProxy->setSourceModel(m_secrets);
    m_secretsProxy->setSortRole(SwarmSecretModel::SortRole);
    m_secretsProxy->setFilterKeyColumn(-1);
    m_secretsProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_stacksProxy = new QSortFilterProxyModel(this);
    m_stacksProxy->setSourceModel(m_stacks);
    m_stacksProxy->setSortRole(SwarmStackModel::SortRole);
    m_stacksProxy->setFilterKeyColumn(-1);
    m_stacksProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // The services of the current stack: its name exactly.
    m_stackServicesProxy = new QSortFilterProxyModel(this);
    m_stackServicesProxy->setSourceModel(m_services);
    m_stackServicesProxy->setSortRole(SwarmServiceModel::SortRole);
    m_stackServicesProxy->setFilterRole(SwarmServiceModel::StackRole);
    m_stackServicesProxy->setFilterKeyColumn(SwarmServiceModel::Name);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (QSortFilterProxyModel *p :
             {m_nodesProxy, m_servicesProxy, m_secretsProxy, m_stacksProxy})
            p->setFilterFixedString(text.trimmed());
    });

    m_nodesView = makeTable(m_nodesProxy, QStringLiteral("swarmNodesView"));
    m_nodesView->sortByColumn(SwarmNodeModel::Hostname, Qt::AscendingOrder);
    connect(m_nodesView, &QAbstractItemView::activated, this, &SwarmPage::activateSwarmNode);
    m_servicesView = makeTable(m_servicesProxy, QStringLiteral("swarmServicesView"));
    m_servicesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_servicesView->sortByColumn(SwarmServiceModel::Name, Qt::AscendingOrder);
    connect(m_servicesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SwarmPage::onCurrentServiceChanged);
    m_tasksView = makeTable(m_tasksProxy, QStringLiteral("swarmTasksView"));
    m_tasksView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tasksView->sortByColumn(SwarmTaskModel::Task, Qt::AscendingOrder);
    connect(m_tasksView, &QAbstractItemView::activated, this, &SwarmPage::activateTask);
    m_secretsView = makeTable(m_secretsProxy, QStringLiteral("swarmSecretsView"));
    m_secretsView->sortByColumn(SwarmSecretModel::Name, Qt::AscendingOrder);
    m_stacksView = makeTable(m_stacksProxy, QStringLiteral("swarmStacksView"));
    m_stacksView->sortByColumn(SwarmStackModel::Name, Qt::AscendingOrder);
    connect(m_stacksView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SwarmPage::onCurrentStackChanged);
    m_stackServicesView = makeTable(m_stackServicesProxy, QStringLiteral("swarmStackServicesView"));
    m_stackServicesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stackServicesView->sortByColumn(SwarmServiceModel::Name, Qt::AscendingOrder);
    m_stackServicesView->hideColumn(SwarmServiceModel::Stack); // the title says which
    // A service of the stack opens on the Services tab, with its tasks.
    connect(
        m_stackServicesView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
            const QString id =
                m_stackServicesProxy->mapToSource(index).data(SwarmServiceModel::IdRole).toString();
            m_tabs->setCurrentIndex(ServicesTab);
            selectService(id);
        });

    auto *tasksPane = new QWidget(this);
    auto *tasksLayout = new QVBoxLayout(tasksPane);
    tasksLayout->setContentsMargins(0, 0, 0, 0);
    m_tasksTitle = new QLabel(tasksPane);
    tasksLayout->addWidget(m_tasksTitle);
    tasksLayout->addWidget(m_tasksView, 1);
    m_serviceSplitter = new QSplitter(Qt::Vertical, this);
    m_serviceSplitter->addWidget(m_servicesView);
    m_serviceSplitter->addWidget(tasksPane);
    m_serviceSplitter->setStretchFactor(0, 3);
    m_serviceSplitter->setStretchFactor(1, 2);

    auto *stackServicesPane = new QWidget(this);
    auto *stackServicesLayout = new QVBoxLayout(stackServicesPane);
    stackServicesLayout->setContentsMargins(0, 0, 0, 0);
    m_stackServicesTitle = new QLabel(stackServicesPane);
    stackServicesLayout->addWidget(m_stackServicesTitle);
    stackServicesLayout->addWidget(m_stackServicesView, 1);
    m_stackSplitter = new QSplitter(Qt::Vertical, this);
    m_stackSplitter->addWidget(m_stacksView);
    m_stackSplitter->addWidget(stackServicesPane);
    m_stackSplitter->setStretchFactor(0, 2);
    m_stackSplitter->setStretchFactor(1, 3);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("swarmTabs"));
    m_tabs->addTab(createOverview(), QString());
    m_tabs->addTab(m_nodesView, QString());
    m_tabs->addTab(m_serviceSplitter, QString());
    m_tabs->addTab(m_stackSplitter, QString());
    m_tabs->addTab(m_secretsView, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, &SwarmPage::updateEnabled);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("swarmPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_placeholder);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_nodes, &QAbstractItemModel::modelReset, this, &SwarmPage::updateOverview);
    connect(m_nodes, &QAbstractItemModel::rowsInserted, this, &SwarmPage::updateOverview);
    connect(m_nodes, &QAbstractItemModel::rowsRemoved, this, &SwarmPage::updateOverview);
    connect(m_nodes, &QAbstractItemModel::dataChanged, this, &SwarmPage::updateOverview);
}

QWidget *SwarmPage::createOverview()
{
    auto *page = new QWidget(this);
    m_form = new QFormLayout(page);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const char *key : {"cluster", "id", "created", "nodes", "thisNode", "raft", "dispatcher",
                            "taskHistory", "certExpiry", "autolock", "addressPool"}) {
        auto *value = new QLabel(page);
        value->setObjectName(QStringLiteral("swarmOverview_") + QLatin1String(key));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_overview.insert(QLatin1String(key), value);
        m_form->addRow(new QLabel(page), value);
    }
    m_tokensTitle = new QLabel(page);
    m_tokensTitle->setObjectName(QStringLiteral("swarmTokensTitle"));
    auto *title = new QHBoxLayout;
    title->addWidget(m_tokensTitle);
    auto *show = new QToolButton(page);
    show->setDefaultAction(action(Act::ShowTokens));
    title->addWidget(show);
    title->addStretch(1);
    m_form->addRow(title);
    const auto tokenRow = [this, page](bool manager) {
        auto *field = new QLineEdit(page);
        field->setObjectName(manager ? QStringLiteral("swarmManagerToken")
                                     : QStringLiteral("swarmWorkerToken"));
        field->setReadOnly(true);
        field->setEchoMode(QLineEdit::Password);
        auto *row = new QHBoxLayout;
        row->addWidget(field, 1);
        for (Act act : {manager ? Act::CopyManagerJoin : Act::CopyWorkerJoin,
                        manager ? Act::RotateManagerToken : Act::RotateWorkerToken}) {
            auto *button = new QToolButton(page);
            button->setDefaultAction(action(act));
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            row->addWidget(button);
        }
        auto *label = new QLabel(page);
        (manager ? m_managerTokenLabel : m_workerTokenLabel) = label;
        m_form->addRow(label, row);
        return field;
    };
    m_workerToken = tokenRow(false);
    m_managerToken = tokenRow(true);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

void SwarmPage::retranslateUi()
{
    m_menu->setTitle(tr("S&warm"));
    const QList<std::pair<Act, QPair<QString, QString>>> texts = {
        {Act::ShowTokens, {tr("Show &Join Tokens"), tr("Show the join tokens in full")}},
        {Act::CopyWorkerJoin,
         {tr("Copy &Worker Join Command"),
          tr("Copy the command that joins another machine as a worker")}},
        {Act::CopyManagerJoin,
         {tr("Copy &Manager Join Command"),
          tr("Copy the command that joins another machine as a manager")}},
        {Act::RotateWorkerToken,
         {tr("Rotate W&orker Token…"), tr("Make a new worker join token; the old one stops "
                                          "working")}},
        {Act::RotateManagerToken,
         {tr("Rotate Mana&ger Token…"), tr("Make a new manager join token; the old one stops "
                                           "working")}},
        {Act::Promote, {tr("&Promote to Manager"), tr("Make the selected nodes managers")}},
        {Act::Demote, {tr("&Demote to Worker"), tr("Make the selected managers workers")}},
        {Act::Activate, {tr("&Activate"), tr("Let the selected nodes take new tasks again")}},
        {Act::Pause,
         {tr("Pa&use"), tr("Give the selected nodes no new tasks; their tasks run on")}},
        {Act::Drain, {tr("D&rain"), tr("Move every task away from the selected nodes")}},
        {Act::RemoveNode, {tr("Remove &Node…"), tr("Remove the selected nodes from the swarm")}},
        {Act::EditNodeLabels,
         {tr("Se&t Node Labels…"),
          tr("Change the current node's labels, which service constraints can ask for")}},
        {Act::CreateService, {tr("Create Servic&e…"), tr("Run a new service on the swarm")}},
        {Act::Scale, {tr("&Scale…"), tr("Change how many tasks the current service runs")}},
        {Act::UpdateImage,
         {tr("Update &Image…"), tr("Roll another image through the current service's tasks")}},
        {Act::Rollback,
         {tr("Roll &Back"), tr("Return the current service to its spec before the last "
                               "update")}},
        {Act::Logs,
         {tr("Service &Logs"), tr("Show the merged log of the current service's tasks")}},
        {Act::RemoveService,
         {tr("Remove Ser&vice…"), tr("Remove the selected services and their tasks")}},
        {Act::RemoveStack,
         {tr("Remove Stac&k…"),
          tr("Remove the selected stacks: their services, networks, secrets and configs")}},
        {Act::CreateSecret,
         {tr("&Create Secret or Config…"), tr("Add a secret or a config to the swarm")}},
        {Act::RemoveSecret,
         {tr("Remove Secret or Con&fig…"), tr("Remove the selected secrets and configs")}},
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
    m_nodeLabel->setText(tr("&Node:"));
    m_nodeBox->setToolTip(tr("The configured node whose swarm is shown"));
    m_search->setPlaceholderText(tr("Search nodes, services, stacks and secrets"));
    m_tabs->setTabText(OverviewTab, tr("&Overview"));
    m_tabs->setTabText(NodesTab, tr("No&des"));
    m_tabs->setTabText(ServicesTab, tr("Ser&vices"));
    m_tabs->setTabText(StacksTab, tr("S&tacks"));
    m_tabs->setTabText(SecretsTab, tr("Secrets && &Configs"));
    const QList<std::pair<const char *, QString>> labels = {
        {"cluster", tr("Cluster:")},          {"id", tr("ID:")},
        {"created", tr("Created:")},          {"nodes", tr("Nodes:")},
        {"thisNode", tr("This node:")},       {"raft", tr("Raft:")},
        {"dispatcher", tr("Heartbeat:")},     {"taskHistory", tr("Task history:")},
        {"certExpiry", tr("Certificates:")},  {"autolock", tr("Autolock:")},
        {"addressPool", tr("Address pool:")},
    };
    for (const auto &[key, text] : labels) {
        if (auto *label =
                qobject_cast<QLabel *>(m_form->labelForField(m_overview.value(QLatin1String(key)))))
            label->setText(text);
    }
    m_tokensTitle->setText(QStringLiteral("<b>%1</b>").arg(tr("Join tokens")));
    m_workerTokenLabel->setText(tr("Worker:"));
    m_managerTokenLabel->setText(tr("Manager:"));
    m_nodes->retranslate();
    m_services->retranslate();
    m_tasks->retranslate();
    m_secrets->retranslate();
    m_stacks->retranslate();
    for (QTableView *v : {m_nodesView, m_servicesView, m_tasksView, m_secretsView, m_stacksView,
                          m_stackServicesView})
        HeaderFit::widenToTitles(v->horizontalHeader());
    updateNodeChoices();
    updateOverview();
    updatePlaceholder();
    onCurrentServiceChanged();
    onCurrentStackChanged();
}

bool SwarmPage::event(QEvent *event)
{
    if (m_menu &&
        (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent)) {
        updateEnabled();
        // Where each node stands may have changed without an event (a node joined or left).
        if (event->type() == QEvent::ShowToParent) {
            for (SwarmWatcher *w : std::as_const(m_watchers))
                w->refresh(SwarmWatcher::Info);
        }
    }
    return QWidget::event(event);
}

void SwarmPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SwarmPage::restoreSettings()
{
    using K = AppSettings::Key;
    m_nodesView->horizontalHeader()->restoreState(
        AppSettings::value(K::SwarmNodeHeader).toByteArray());
    m_servicesView->horizontalHeader()->restoreState(
        AppSettings::value(K::SwarmServiceHeader).toByteArray());
    m_tasksView->horizontalHeader()->restoreState(
        AppSettings::value(K::SwarmTaskHeader).toByteArray());
    m_secretsView->horizontalHeader()->restoreState(
        AppSettings::value(K::SwarmSecretHeader).toByteArray());
    m_serviceSplitter->restoreState(AppSettings::value(K::SwarmSplitter).toByteArray());
    m_stacksView->horizontalHeader()->restoreState(
        AppSettings::value(K::SwarmStackHeader).toByteArray());
    m_stackSplitter->restoreState(AppSettings::value(K::SwarmStackSplitter).toByteArray());
    m_tabs->setCurrentIndex(
        qBound(0, AppSettings::value(K::SwarmTab).toInt(), m_tabs->count() - 1));
}

void SwarmPage::saveSettings() const
{
    using K = AppSettings::Key;
    AppSettings::setValue(K::SwarmNodeHeader, m_nodesView->horizontalHeader()->saveState());
    AppSettings::setValue(K::SwarmServiceHeader, m_servicesView->horizontalHeader()->saveState());
    AppSettings::setValue(K::SwarmTaskHeader, m_tasksView->horizontalHeader()->saveState());
    AppSettings::setValue(K::SwarmSecretHeader, m_secretsView->horizontalHeader()->saveState());
    AppSettings::setValue(K::SwarmSplitter, m_serviceSplitter->saveState());
    AppSettings::setValue(K::SwarmStackHeader, m_stacksView->horizontalHeader()->saveState());
    AppSettings::setValue(K::SwarmStackSplitter, m_stackSplitter->saveState());
    AppSettings::setValue(K::SwarmTab, m_tabs->currentIndex());
}

// ---- nodes and their watchers ----

void SwarmPage::setNodeManager(NodeManager *manager)
{
    if (m_manager) {
        m_manager->disconnect(this);
        for (NodeService *node : m_manager->nodes())
            node->disconnect(this);
    }
    qDeleteAll(m_watchers);
    m_watchers.clear();
    m_manager = manager;
    if (manager) {
        connect(manager, &NodeManager::nodeAdded, this, &SwarmPage::onNodeAdded);
        connect(manager, &NodeManager::nodeAboutToBeRemoved, this, [this](NodeService *node) {
            node->disconnect(this);
            if (SwarmWatcher *w = m_watchers.take(node->id())) {
                if (w == m_followed)
                    follow(nullptr);
                delete w;
            }
        });
        connect(manager, &NodeManager::nodeRemoved, this, [this] { onWatcherInfo(); });
        for (NodeService *node : manager->nodes())
            onNodeAdded(node);
    }
    onWatcherInfo();
}

void SwarmPage::onNodeAdded(NodeService *node)
{
    auto *w = new SwarmWatcher(node, this);
    // Only the node shown follows its cluster; the others tell where they stand.
    w->setFollowCluster(false);
    m_watchers.insert(node->id(), w);
    connect(w, &SwarmWatcher::infoChanged, this, &SwarmPage::onWatcherInfo);
    connect(node, &NodeService::stateChanged, this, &SwarmPage::onWatcherInfo);
}

void SwarmPage::onWatcherInfo()
{
    updateNodeChoices();
    updateAvailable();
    updateLinks();
    updateOverview();
    updatePlaceholder();
    updateEnabled();
}

void SwarmPage::updateAvailable()
{
    const bool now = std::any_of(m_watchers.cbegin(), m_watchers.cend(),
                                 [](const SwarmWatcher *w) { return w->info().active(); });
    if (now == m_available)
        return;
    m_available = now;
    availabilityChanged();
}

void SwarmPage::updateNodeChoices()
{
    const QSignalBlocker blocker(m_nodeBox);
    m_nodeBox->clear();
    if (m_manager) {
        for (NodeService *node : m_manager->nodes()) {
            const SwarmWatcher *w = m_watchers.value(node->id());
            if (!w || !w->info().active())
                continue;
            const QString role = w->info().manager ? tr("manager") : tr("worker");
            m_nodeBox->addItem(tr("%1 (%2)").arg(node->name(), role), node->id());
        }
    }
    // The node the user chose; else a manager, which shows the cluster.
    int i = m_nodeBox->findData(m_chosenNode);
    for (int row = 0; row < m_nodeBox->count() && i < 0; ++row) {
        const SwarmWatcher *w = m_watchers.value(m_nodeBox->itemData(row).toString());
        if (w && w->isManager())
            i = row;
    }
    m_nodeBox->setCurrentIndex(i < 0 ? (m_nodeBox->count() > 0 ? 0 : -1) : i);
    SwarmWatcher *chosen = m_watchers.value(currentNodeId());
    if (chosen != m_followed)
        follow(chosen);
}

void SwarmPage::setCurrentNode(const QString &nodeId)
{
    m_chosenNode = nodeId;
    const int i = m_nodeBox->findData(nodeId);
    if (i >= 0)
        m_nodeBox->setCurrentIndex(i);
}

void SwarmPage::showNode(NodeService *node)
{
    if (node)
        setCurrentNode(node->id());
}

void SwarmPage::follow(SwarmWatcher *watcher)
{
    if (m_followed == watcher)
        return;
    if (m_followed) {
        m_followed->disconnect(this);
        connect(m_followed, &SwarmWatcher::infoChanged, this, &SwarmPage::onWatcherInfo);
        m_followed->setTaskService({});
        m_followed->setFollowCluster(false);
    }
    m_followed = watcher;
    m_nodes->setItems({});
    m_services->setItems({});
    m_tasks->setItems({});
    m_secrets->setSecrets({});
    m_secrets->setConfigs({});
    if (watcher) {
        connect(watcher, &SwarmWatcher::nodesListed, this, [this](const QList<SwarmNode> &nodes) {
            m_nodes->setItems(nodes);
            QHash<QString, QString> hostnames;
            for (const SwarmNode &n : nodes)
                hostnames.insert(n.id, n.hostname);
            m_tasks->setNodeNames(hostnames);
            updateEnabled();
        });
        connect(watcher, &SwarmWatcher::servicesListed, this,
                [this](const QList<SwarmService> &services) {
                    m_services->setItems(services);
                    updateStacks();
                    updateProgress();
                    if (!m_pendingService.isEmpty() && m_services->rowOf(m_pendingService) >= 0)
                        selectService(std::exchange(m_pendingService, QString()));
                    restoreServiceSelection();
                    onCurrentServiceChanged();
                    updateEnabled();
                });
        connect(watcher, &SwarmWatcher::tasksListed, this,
                [this](const QString &, const QList<SwarmTask> &tasks) {
                    m_tasks->setItems(tasks);
                    updateProgress();
                });
        connect(watcher, &SwarmWatcher::secretsListed, m_secrets, &SwarmSecretModel::setSecrets);
        connect(watcher, &SwarmWatcher::configsListed, m_secrets, &SwarmSecretModel::setConfigs);
        for (auto listed : {&SwarmWatcher::secretsListed, &SwarmWatcher::configsListed})
            connect(watcher, listed, this, &SwarmPage::updateStacks);
        connect(watcher, &SwarmWatcher::networksListed, this, &SwarmPage::updateStacks);
        connect(watcher, &SwarmWatcher::errorChanged, this, &SwarmPage::updateOverview);
        watcher->setFollowCluster(true);
        m_nodes->setItems(watcher->nodes());
        m_services->setItems(watcher->services());
        m_secrets->setSecrets(watcher->secrets());
        m_secrets->setConfigs(watcher->configs());
    }
    updateStacks();
    updateOverview();
    updatePlaceholder();
    updateEnabled();
}

NodeService *SwarmPage::configuredNodeOf(const QString &swarmNodeId) const
{
    if (swarmNodeId.isEmpty() || !m_manager)
        return nullptr;
    for (auto it = m_watchers.cbegin(); it != m_watchers.cend(); ++it) {
        if (it.value()->info().active() && it.value()->info().nodeId == swarmNodeId)
            return m_manager->node(it.key());
    }
    return nullptr;
}

void SwarmPage::updateLinks()
{
    QHash<QString, QString> linked;
    if (m_manager) {
        for (auto it = m_watchers.cbegin(); it != m_watchers.cend(); ++it) {
            NodeService *node = m_manager->node(it.key());
            if (node && it.value()->info().active())
                linked.insert(it.value()->info().nodeId, node->name());
        }
    }
    m_nodes->setLinkedNodes(linked);
}

void SwarmPage::updatePlaceholder()
{
    QString text;
    if (!m_followed)
        text = tr("No configured node is in a Docker swarm.\nA node whose engine is a swarm's "
                  "manager shows the cluster here.");
    else if (m_followed->hasInfo() && !m_followed->isManager())
        text = tr("%1 is a worker of a swarm: only managers can show the cluster.\nAdd one of "
                  "its managers (%2) as a node to see it.")
                   .arg(m_followed->node() ? m_followed->node()->name() : QString(), [this] {
                       QStringList addresses;
                       for (const SwarmInfo::RemoteManager &m : m_followed->info().remoteManagers)
                           addresses << m.address;
                       return addresses.join(QStringLiteral(", "));
                   }());
    if (text.isEmpty()) {
        m_stack->setCurrentWidget(m_tabs);
        return;
    }
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

void SwarmPage::updateOverview()
{
    const SwarmInfo info = m_followed ? m_followed->info() : SwarmInfo();
    const auto set = [this](const char *key, const QString &text) {
        m_overview.value(QLatin1String(key))->setText(text);
    };
    if (m_followed && m_followed->lastError().isError())
        m_status->setText(tr("Not current: %1").arg(m_followed->lastError().userText()));
    else if (m_followed && m_followed->isManager())
        m_status->setText(
            tr("Cluster %1: %n node(s)", nullptr, int(m_nodes->rowCount())).arg(info.clusterName));
    else
        m_status->clear();
    set("cluster", info.clusterName);
    set("id", info.clusterId);
    set("created", ago(info.created));
    int managers = 0;
    int down = 0;
    for (const SwarmNode &n : m_nodes->items()) {
        managers += n.role == SwarmNode::Role::Manager ? 1 : 0;
        down += n.state != SwarmNode::State::Ready ? 1 : 0;
    }
    const int all = int(m_nodes->rowCount());
    QString nodes =
        tr("%n manager(s), ", nullptr, managers) + tr("%n worker(s)", nullptr, all - managers);
    if (down > 0)
        nodes += QStringLiteral(" — ") + tr("%n not ready", nullptr, down);
    set("nodes", all > 0 ? nodes : QString());
    set("thisNode",
        info.active() ? tr("%1 at %2").arg(info.nodeId.left(12), info.nodeAddress) : QString());
    set("raft", info.raftElectionTick > 0
                    ? tr("election every %1 ticks, heartbeat every %2, snapshot every %3 entries")
                          .arg(info.raftElectionTick)
                          .arg(info.raftHeartbeatTick)
                          .arg(info.raftSnapshotInterval)
                    : QString());
    set("dispatcher",
        info.dispatcherHeartbeatNs > 0 ? duration(info.dispatcherHeartbeatNs) : QString());
    set("taskHistory", info.taskHistoryLimit > 0
                           ? tr("%n task(s) kept per slot", nullptr, info.taskHistoryLimit)
                           : QString());
    set("certExpiry", info.nodeCertExpiryNs > 0
                          ? tr("renewed every %1").arg(duration(info.nodeCertExpiryNs))
                          : QString());
    set("autolock", info.clusterId.isEmpty() ? QString()
                    : info.autoLockManagers  ? tr("on: a restarted manager needs the unlock key")
                                             : tr("off"));
    set("addressPool",
        info.defaultAddressPool.isEmpty()
            ? QString()
            : tr("%1, /%2 per network")
                  .arg(QStringList(info.defaultAddressPool).join(QStringLiteral(", ")))
                  .arg(info.subnetSize));
    const bool shown = action(Act::ShowTokens)->isChecked();
    m_workerToken->setText(info.workerJoinToken);
    m_managerToken->setText(info.managerJoinToken);
    for (QLineEdit *field : {m_workerToken, m_managerToken})
        field->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
}

// ---- actions ----

QList<int> SwarmPage::selectedSourceRows(QTableView *view) const
{
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(view->model());
    QList<int> rows;
    for (const QModelIndex &i : view->selectionModel()->selectedRows())
        rows << proxy->mapToSource(i).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void SwarmPage::updateEnabled()
{
    const bool shown = isVisible();
    const bool manager = shown && m_followed && m_followed->isManager() && m_followed->node() &&
                         m_followed->node()->state() != NodeService::State::Offline;
    const int tab = m_tabs->currentIndex();
    const QList<int> nodeRows = selectedSourceRows(m_nodesView);
    bool anyManager = false;
    bool anyWorker = false;
    for (int row : nodeRows) {
        const bool m = m_nodes->itemAt(row).role == SwarmNode::Role::Manager;
        anyManager = anyManager || m;
        anyWorker = anyWorker || !m;
    }
    const bool nodes = manager && tab == NodesTab && !nodeRows.isEmpty();
    const QModelIndex current = m_servicesView->currentIndex();
    const bool service = manager && tab == ServicesTab && current.isValid();
    const SwarmService *s =
        service ? &m_services->itemAt(m_servicesProxy->mapToSource(current).row()) : nullptr;
    // The tokens come with the cluster's description, a moment after the node is known to be a
    // manager.
    const bool cluster = manager && !m_followed->info().clusterId.isEmpty();
    action(Act::ShowTokens)->setEnabled(cluster);
    for (Act a : {Act::CopyWorkerJoin, Act::CopyManagerJoin, Act::RotateWorkerToken,
                  Act::RotateManagerToken})
        action(a)->setEnabled(cluster);
    action(Act::Promote)->setEnabled(nodes && anyWorker);
    action(Act::Demote)->setEnabled(nodes && anyManager);
    for (Act a : {Act::Activate, Act::Pause, Act::Drain, Act::RemoveNode})
        action(a)->setEnabled(nodes);
    action(Act::EditNodeLabels)
        ->setEnabled(manager && tab == NodesTab && m_nodesView->currentIndex().isValid());
    action(Act::Scale)
        ->setEnabled(s && (s->mode == SwarmService::Mode::Replicated ||
                           s->mode == SwarmService::Mode::ReplicatedJob));
    action(Act::UpdateImage)->setEnabled(s != nullptr);
    action(Act::Rollback)->setEnabled(s && s->canRollBack);
    action(Act::Logs)->setEnabled(s != nullptr);
    action(Act::RemoveService)
        ->setEnabled(manager && tab == ServicesTab &&
                     m_servicesView->selectionModel()->hasSelection());
    action(Act::RemoveStack)
        ->setEnabled(manager && tab == StacksTab && m_stacksView->selectionModel()->hasSelection());
    action(Act::RemoveSecret)
        ->setEnabled(manager && tab == SecretsTab &&
                     m_secretsView->selectionModel()->hasSelection());
}

void SwarmPage::trigger(Act act)
{
    if (!action(act)->isEnabled())
        return;
    switch (act) {
    case Act::ShowTokens:
        updateOverview();
        break;
    case Act::CopyWorkerJoin:
    case Act::CopyManagerJoin:
        copyJoinCommand(act == Act::CopyManagerJoin);
        break;
    case Act::RotateWorkerToken:
    case Act::RotateManagerToken:
        rotateToken(act == Act::RotateManagerToken);
        break;
    case Act::Promote:
    case Act::Demote:
    case Act::Activate:
    case Act::Pause:
    case Act::Drain:
        changeNodes(act);
        break;
    case Act::RemoveNode:
        removeNodes();
        break;
    case Act::EditNodeLabels:
        editNodeLabels();
        break;
    case Act::Scale:
        scaleService();
        break;
    case Act::UpdateImage:
        updateImage();
        break;
    case Act::Rollback:
        rollback();
        break;
    case Act::Logs:
        openLogs();
        break;
    case Act::RemoveService:
        removeServices();
        break;
    case Act::RemoveStack:
        removeStacks();
        break;
    case Act::CreateSecret:
        openCreateSecret();
        break;
    case Act::CreateService:
        openCreateService();
        break;
    case Act::RemoveSecret:
        removeSecrets();
        break;
    }
}

bool SwarmPage::confirm(const QString &title, const QString &text, const QString &info,
                        const QString &button)
{
    m_lastQuestion = text + QLatin1Char('\n') + info;
    if (m_answers)
        return m_answers->confirm;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, window());
    box.setInformativeText(info);
    QPushButton *yes = box.addButton(button, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void SwarmPage::runChange(const QString &doing, const QString &done, const QString &failed,
                          Change change)
{
    NodeService *node = m_followed ? m_followed->node() : nullptr;
    if (!node)
        return;
    const int notice = m_notifications->post(NoticeBar::Kind::Progress, doing);
    const QPointer<SwarmWatcher> watcher = m_followed;
    change(node, [this, notice, done, failed, watcher](const EngineError &error) {
        if (error.isError()) {
            m_notifications->update(notice, NoticeBar::Kind::Error,
                                    tr("%1: %2").arg(failed, error.userText()));
        } else {
            m_notifications->update(notice, NoticeBar::Kind::Info, done);
        }
        // The events say so too; this makes it show at once.
        if (watcher)
            watcher->refresh(SwarmWatcher::All);
    });
}

void SwarmPage::copyJoinCommand(bool manager)
{
    const SwarmInfo info = m_followed->info();
    const QString token = manager ? info.managerJoinToken : info.workerJoinToken;
    QString address = info.nodeAddress;
    if (!address.isEmpty() && !address.contains(QLatin1Char(':')))
        address += QStringLiteral(":2377");
    QApplication::clipboard()->setText(
        QStringLiteral("docker swarm join --token %1 %2").arg(token, address));
    m_notifications->post(NoticeBar::Kind::Info,
                          manager ? tr("Copied the command that joins a manager.")
                                  : tr("Copied the command that joins a worker."));
}

void SwarmPage::rotateToken(bool manager)
{
    if (!confirm(tr("Rotate Join Token"),
                 manager ? tr("Make a new manager join token?")
                         : tr("Make a new worker join token?"),
                 tr("The current token stops working: machines that have not joined yet need the "
                    "new one. Machines already in the swarm are not affected."),
                 tr("Rotate")))
        return;
    const SwarmInfo cluster = m_followed->info();
    runChange(tr("Rotating the join token…"), tr("Made a new join token."),
              tr("Could not rotate the join token"),
              [this, cluster, manager](NodeService *node, auto done) {
                  SwarmOperations::rotateJoinToken(node, cluster, manager, this, done);
              });
}

void SwarmPage::changeNodes(Act act)
{
    SwarmNodeUpdate update;
    QString doing;
    switch (act) {
    case Act::Promote:
        update.role = SwarmNode::Role::Manager;
        doing = tr("Promoting %1…");
        break;
    case Act::Demote:
        update.role = SwarmNode::Role::Worker;
        doing = tr("Demoting %1…");
        break;
    case Act::Activate:
        update.availability = SwarmNode::Availability::Active;
        doing = tr("Activating %1…");
        break;
    case Act::Pause:
        update.availability = SwarmNode::Availability::Pause;
        doing = tr("Pausing %1…");
        break;
    default:
        update.availability = SwarmNode::Availability::Drain;
        doing = tr("Draining %1…");
        break;
    }
    for (int row : selectedSourceRows(m_nodesView)) {
        const SwarmNode n = m_nodes->itemAt(row);
        if (act == Act::Promote && n.role == SwarmNode::Role::Manager)
            continue;
        if (act == Act::Demote && n.role == SwarmNode::Role::Worker)
            continue;
        if (act == Act::Drain &&
            !confirm(tr("Drain Node"), tr("Drain %1?").arg(n.hostname),
                     tr("Its tasks stop there and start on other nodes; it takes no new ones "
                        "until it is activated again."),
                     tr("Drain")))
            continue;
        runChange(doing.arg(n.hostname), tr("%1: done.").arg(n.hostname),
                  tr("Could not change %1").arg(n.hostname),
                  [this, n, update](NodeService *node, auto done) {
                      SwarmOperations::updateNode(node, n, update, this, done);
                  });
    }
}

void SwarmPage::removeNodes()
{
    for (int row : selectedSourceRows(m_nodesView)) {
        const SwarmNode n = m_nodes->itemAt(row);
        const bool up = n.state == SwarmNode::State::Ready;
        QString info = up ? tr("The node is up: it must leave the swarm itself first "
                               "(docker swarm leave on it), or be removed by force, which "
                               "leaves its engine thinking it is still in the swarm.")
                          : tr("The node is down. Its tasks are already placed elsewhere.");
        if (n.role == SwarmNode::Role::Manager)
            info += QLatin1Char(' ') + tr("It is a manager: demote it first where you can, "
                                          "or the swarm may lose its quorum.");
        if (!confirm(tr("Remove Node"), tr("Remove %1 from the swarm?").arg(n.hostname), info,
                     up ? tr("Remove by Force") : tr("Remove")))
            continue;
        const bool force = up || n.role == SwarmNode::Role::Manager;
        runChange(tr("Removing %1 from the swarm…").arg(n.hostname),
                  tr("Removed %1 from the swarm.").arg(n.hostname),
                  tr("Could not remove %1").arg(n.hostname),
                  [this, n, force](NodeService *node, auto done) {
                      SwarmOperations::removeNode(node, n.id, force, this, done);
                  });
    }
}

void SwarmPage::editNodeLabels()
{
    const QModelIndex current = m_nodesView->currentIndex();
    if (!current.isValid())
        return;
    const SwarmNode n = m_nodes->itemAt(m_nodesProxy->mapToSource(current).row());
    QStringList lines;
    for (auto it = n.labels.cbegin(); it != n.labels.cend(); ++it)
        lines << it.key() + QLatin1Char('=') + it.value();
    QString text = lines.join(QLatin1Char('\n'));
    QMap<QString, QString> labels;
    // Asked again, with what was typed, until it reads or is cancelled.
    for (;;) {
        if (m_answers) {
            if (!m_answers->labels)
                return;
            text = *m_answers->labels;
        } else {
            bool ok = false;
            text = QInputDialog::getMultiLineText(
                window(), tr("Set Node Labels"),
                tr("Labels of %1, one key=value a line. A service's constraint such as "
                   "node.labels.zone==east places its tasks by them.")
                    .arg(n.hostname),
                text, &ok);
            if (!ok)
                return;
        }
        QString problem;
        labels = CreateVolumeDialog::readPairs(text, tr("label"), &problem);
        if (problem.isEmpty())
            break;
        m_lastQuestion = problem;
        if (m_answers)
            return;
        QMessageBox::warning(window(), tr("Set Node Labels"), problem);
    }
    if (labels == n.labels)
        return;
    SwarmNodeUpdate update;
    update.labels = labels;
    runChange(tr("Setting the labels of %1…").arg(n.hostname),
              tr("Set the labels of %1.").arg(n.hostname),
              tr("Could not set the labels of %1").arg(n.hostname),
              [this, n, update](NodeService *node, auto done) {
                  SwarmOperations::updateNode(node, n, update, this, done);
              });
}

void SwarmPage::onCurrentServiceChanged()
{
    const QModelIndex current = m_servicesView->currentIndex();
    const SwarmService *s = current.isValid()
                                ? &m_services->itemAt(m_servicesProxy->mapToSource(current).row())
                                : nullptr;
    m_tasks->setServiceName(s ? s->name : QString());
    if (m_followed)
        m_followed->setTaskService(s ? s->id : QString());
    m_tasksTitle->setText(s ? tr("Tasks of %1").arg(s->name)
                            : tr("Choose a service to see its tasks."));
    updateEnabled();
}

void SwarmPage::updateProgress()
{
    const QString id = m_followed ? m_followed->taskService() : QString();
    const int row = m_services->rowOf(id);
    if (row < 0 || m_tasks->rowCount() == 0) {
        m_services->setUpdateProgress({}, -1);
        return;
    }
    m_services->setUpdateProgress(id, m_services->itemAt(row).tasksOnSpec(m_tasks->items()));
    // The columns were fitted to the first rows, when no update was shown: the progress is
    // longer than anything the column held then, so it grows to show it (never shrinks).
    QHeaderView *header = m_servicesView->horizontalHeader();
    // The text's width with the cell's margins on both sides (it is elided without them).
    const QString text = m_services->index(row, SwarmServiceModel::UpdateStatus).data().toString();
    const int margin = 2 * (m_servicesView->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 4);
    const int needed = m_servicesView->fontMetrics().horizontalAdvance(text) + margin;
    if (header->sectionSize(SwarmServiceModel::UpdateStatus) < needed)
        header->resizeSection(SwarmServiceModel::UpdateStatus, needed);
}

QString SwarmPage::selectionKey() const
{
    if (!m_restoringService.isEmpty()) // not listed yet: kept for the next run
        return m_restoringService;
    if (!m_servicesView->selectionModel()->hasSelection())
        return {};
    const QModelIndex current = m_servicesProxy->mapToSource(m_servicesView->currentIndex());
    return current.isValid() ? m_services->itemAt(current.row()).id : QString();
}

void SwarmPage::restoreSelection(const QString &key)
{
    m_restoringService = key;
    restoreServiceSelection();
}

void SwarmPage::restoreServiceSelection()
{
    if (m_restoringService.isEmpty())
        return;
    if (m_servicesView->selectionModel()->hasSelection()) {
        m_restoringService.clear(); // the user chose
        return;
    }
    const int row = m_services->rowOf(m_restoringService);
    if (row < 0)
        return;
    m_restoringService.clear();
    selectServiceRow(row);
}

void SwarmPage::selectServiceRow(int row)
{
    const QModelIndex i = m_servicesProxy->mapFromSource(m_services->index(row, 0));
    m_servicesView->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    m_servicesView->scrollTo(i);
}

void SwarmPage::selectService(const QString &serviceId)
{
    const int row = m_services->rowOf(serviceId);
    if (row < 0)
        return;
    m_tabs->setCurrentIndex(ServicesTab);
    selectServiceRow(row);
}

void SwarmPage::scaleService()
{
    const SwarmService s =
        m_services->itemAt(m_servicesProxy->mapToSource(m_servicesView->currentIndex()).row());
    int replicas = 0;
    if (m_answers) {
        if (!m_answers->replicas)
            return;
        replicas = *m_answers->replicas;
    } else {
        bool ok = false;
        replicas = QInputDialog::getInt(window(), tr("Scale Service"),
                                        tr("Tasks of %1 to run:").arg(s.name), s.replicas, 0,
                                        100000, 1, &ok);
        if (!ok)
            return;
    }
    runChange(tr("Scaling %1 to %n task(s)…", nullptr, replicas).arg(s.name),
              tr("Scaled %1 to %n task(s).", nullptr, replicas).arg(s.name),
              tr("Could not scale %1").arg(s.name),
              [this, s, replicas](NodeService *node, auto done) {
                  SwarmOperations::scaleService(node, s, replicas, this, done);
              });
}

void SwarmPage::updateImage()
{
    const SwarmService s =
        m_services->itemAt(m_servicesProxy->mapToSource(m_servicesView->currentIndex()).row());
    QString image;
    if (m_answers) {
        if (!m_answers->image)
            return;
        image = *m_answers->image;
    } else {
        bool ok = false;
        image = QInputDialog::getText(window(), tr("Update Image"),
                                      tr("Image for the tasks of %1:").arg(s.name),
                                      QLineEdit::Normal, s.imageName(), &ok)
                    .trimmed();
        if (!ok || image.isEmpty())
            return;
    }
    runChange(tr("Updating %1 to %2…").arg(s.name, image),
              tr("%1 is rolling to %2: the Update column follows it.").arg(s.name, image),
              tr("Could not update %1").arg(s.name),
              [this, s, image](NodeService *node, auto done) {
                  SwarmOperations::updateServiceImage(node, s, image, this, done);
              });
}

void SwarmPage::rollback()
{
    const SwarmService s =
        m_services->itemAt(m_servicesProxy->mapToSource(m_servicesView->currentIndex()).row());
    if (!confirm(tr("Roll Back Service"), tr("Roll %1 back?").arg(s.name),
                 tr("Its tasks are replaced with ones of the spec before its last update."),
                 tr("Roll Back")))
        return;
    runChange(tr("Rolling %1 back…").arg(s.name),
              tr("%1 is rolling back: the Update column follows it.").arg(s.name),
              tr("Could not roll %1 back").arg(s.name), [this, s](NodeService *node, auto done) {
                  SwarmOperations::rollbackService(node, s, this, done);
              });
}

QList<LogWindow *> SwarmPage::logWindows() const
{
    QList<LogWindow *> out;
    for (const QPointer<LogWindow> &w : m_logWindows) {
        if (w)
            out << w;
    }
    return out;
}

void SwarmPage::openLogs()
{
    const SwarmService s =
        m_services->itemAt(m_servicesProxy->mapToSource(m_servicesView->currentIndex()).row());
    LogView::Target target;
    target.node = m_followed->node();
    target.containerId = s.id;
    target.name = s.name;
    target.service = true;
    // Tasks as the Tasks table names them, with their machines.
    QHash<QString, QString> hostnames;
    for (const SwarmNode &n : m_nodes->items())
        hostnames.insert(n.id, n.hostname);
    if (m_followed->taskService() == s.id) {
        for (const SwarmTask &t : m_followed->tasks()) {
            const QString task = t.slot > 0 ? QStringLiteral("%1.%2").arg(s.name).arg(t.slot)
                                            : QStringLiteral("%1.%2").arg(s.name, t.id.left(12));
            target.taskLabels.insert(t.id, task + QLatin1Char('@') +
                                               hostnames.value(t.nodeId, t.nodeId.left(12)));
        }
    }
    auto *window = new LogWindow({target}, this->window());
    window->show();
    m_logWindows.append(window);
}

void SwarmPage::removeServices()
{
    QList<SwarmService> chosen;
    for (int row : selectedSourceRows(m_servicesView))
        chosen << m_services->itemAt(row);
    if (chosen.isEmpty())
        return;
    QStringList names;
    for (const SwarmService &s : chosen)
        names << s.name;
    if (!confirm(tr("Remove Service"), tr("Remove %n service(s)?", nullptr, int(chosen.size())),
                 tr("%1\nTheir tasks stop on every node.").arg(names.join(QStringLiteral(", "))),
                 tr("Remove")))
        return;
    for (const SwarmService &s : chosen) {
        runChange(tr("Removing %1…").arg(s.name), tr("Removed %1.").arg(s.name),
                  tr("Could not remove %1").arg(s.name), [this, s](NodeService *node, auto done) {
                      SwarmOperations::removeService(node, s.id, this, done);
                  });
    }
}

void SwarmPage::updateStacks()
{
    const SwarmWatcher *w = m_followed;
    m_stacks->setItems(
        w ? SwarmStack::group(w->services(), w->networks(), w->secrets(), w->configs())
          : QList<SwarmStack>());
    // The current stack may have gone.
    onCurrentStackChanged();
    updateEnabled();
}

void SwarmPage::onCurrentStackChanged()
{
    const QModelIndex current = m_stacksView->currentIndex();
    const QString stack = current.isValid()
                              ? m_stacks->itemAt(m_stacksProxy->mapToSource(current).row()).name
                              : QString();
    // No stack: no service (an empty pattern would match every one).
    m_stackServicesProxy->setFilterRegularExpression(
        stack.isEmpty() ? QStringLiteral("(?!)")
                        : QRegularExpression::anchoredPattern(QRegularExpression::escape(stack)));
    m_stackServicesTitle->setText(stack.isEmpty() ? tr("Choose a stack to see its services.")
                                                  : tr("Services of %1").arg(stack));
    updateEnabled();
}

void SwarmPage::removeStacks()
{
    QList<SwarmStack> chosen;
    for (int row : selectedSourceRows(m_stacksView))
        chosen << m_stacks->itemAt(row);
    if (chosen.isEmpty())
        return;
    QStringList what;
    for (const SwarmStack &s : chosen) {
        QStringList parts;
        parts << tr("%n service(s)", nullptr, int(s.services.size()));
        if (!s.networks.isEmpty())
            parts << tr("%n network(s)", nullptr, int(s.networks.size()));
        if (!s.secrets.isEmpty())
            parts << tr("%n secret(s)", nullptr, int(s.secrets.size()));
        if (!s.configs.isEmpty())
            parts << tr("%n config(s)", nullptr, int(s.configs.size()));
        what << tr("%1: %2").arg(s.name, parts.join(QStringLiteral(", ")));
    }
    if (!confirm(tr("Remove Stack"),
                 chosen.size() == 1 ? tr("Remove stack %1?").arg(chosen.first().name)
                                    : tr("Remove %n stack(s)?", nullptr, int(chosen.size())),
                 tr("%1\nTheir tasks stop on every node.").arg(what.join(QLatin1Char('\n'))),
                 tr("Remove")))
        return;
    NodeService *node = m_followed ? m_followed->node() : nullptr;
    if (!node)
        return;
    const QPointer<SwarmWatcher> watcher = m_followed;
    for (const SwarmStack &s : chosen) {
        const QString name = s.name;
        const int notice =
            m_notifications->post(NoticeBar::Kind::Progress, tr("Removing stack %1…").arg(name));
        SwarmOperations::removeStack(
            node, name, this, [this, notice, name, watcher](const EngineResult<StackRemoval> &r) {
                if (!r.ok()) {
                    m_notifications->update(
                        notice, NoticeBar::Kind::Error,
                        tr("Could not remove stack %1: %2").arg(name, r.error.userText()));
                } else if (!r.value.failures.isEmpty()) {
                    m_notifications->update(
                        notice, NoticeBar::Kind::Error,
                        tr("Removed only part of stack %1: %2")
                            .arg(name, r.value.failures.join(QStringLiteral("; "))));
                } else {
                    m_notifications->update(notice, NoticeBar::Kind::Info,
                                            tr("Removed stack %1.").arg(name));
                }
                if (watcher)
                    watcher->refresh(SwarmWatcher::All);
            });
    }
}

void SwarmPage::removeSecrets()
{
    QList<SwarmSecret> chosen;
    for (int row : selectedSourceRows(m_secretsView))
        chosen << m_secrets->itemAt(row);
    if (chosen.isEmpty())
        return;
    QStringList names;
    for (const SwarmSecret &s : chosen)
        names << s.name;
    if (!confirm(tr("Remove Secret or Config"),
                 tr("Remove %n secret(s) or config(s)?", nullptr, int(chosen.size())),
                 tr("%1\nThe swarm refuses to remove one that a service still uses.")
                     .arg(names.join(QStringLiteral(", "))),
                 tr("Remove")))
        return;
    for (const SwarmSecret &s : chosen) {
        runChange(tr("Removing %1…").arg(s.name), tr("Removed %1.").arg(s.name),
                  tr("Could not remove %1").arg(s.name), [this, s](NodeService *node, auto done) {
                      SwarmOperations::removeSecret(node, s.kind, s.id, this, done);
                  });
    }
}

CreateSecretDialog *SwarmPage::createSecretDialog() const
{
    return m_createSecret;
}

void SwarmPage::openCreateSecret()
{
    if (m_createSecret) {
        m_createSecret->raise();
        m_createSecret->activateWindow();
        return;
    }
    QStringList secrets;
    QStringList configs;
    for (const SwarmSecret &s : m_secrets->items())
        (s.kind == SwarmSecret::Kind::Secret ? secrets : configs) << s.name;
    // A config when a config is chosen, else a secret.
    const QModelIndex current = m_secretsView->currentIndex();
    const auto kind = current.isValid()
                          ? SwarmSecret::Kind(current.data(SwarmSecretModel::KindRole).toInt())
                          : SwarmSecret::Kind::Secret;
    m_createSecret = new CreateSecretDialog(m_followed->node(), kind, secrets, configs, window());
    m_createSecret->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<SwarmWatcher> watcher = m_followed;
    connect(m_createSecret, &CreateSecretDialog::created, this,
            [this, watcher](SwarmSecret::Kind k, const QString &name) {
                m_notifications->post(NoticeBar::Kind::Info,
                                      k == SwarmSecret::Kind::Secret
                                          ? tr("Created the secret %1.").arg(name)
                                          : tr("Created the config %1.").arg(name));
                m_tabs->setCurrentIndex(SecretsTab);
                if (watcher)
                    watcher->refresh(SwarmWatcher::Secrets | SwarmWatcher::Configs);
            });
    m_createSecret->show();
}

CreateServiceDialog *SwarmPage::createServiceDialog() const
{
    return m_createService;
}

void SwarmPage::openCreateService()
{
    if (m_createService) {
        m_createService->raise();
        m_createService->activateWindow();
        return;
    }
    NodeService *node = m_followed->node();
    QStringList images;
    for (const ImageSummary &image : node->images()) {
        for (const QString &tag : image.repoTags) {
            if (!tag.contains(QLatin1String("<none>")))
                images << tag;
        }
    }
    images.sort();
    QStringList services;
    for (const SwarmService &s : m_services->items())
        services << s.name;
    m_createService = new CreateServiceDialog(node, images, services, window());
    m_createService->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<SwarmWatcher> watcher = m_followed;
    connect(m_createService, &CreateServiceDialog::created, this,
            [this, watcher](const QString &id, const QString &name) {
                m_notifications->post(
                    NoticeBar::Kind::Info,
                    tr("Created the service %1: its tasks are starting.").arg(name));
                m_tabs->setCurrentIndex(ServicesTab);
                m_pendingService = id;
                if (watcher)
                    watcher->refresh(SwarmWatcher::Services);
            });
    m_createService->show();
}

void SwarmPage::activateTask(const QModelIndex &index)
{
    const QString swarmNode = index.data(SwarmTaskModel::NodeIdRole).toString();
    const QString container = index.data(SwarmTaskModel::ContainerIdRole).toString();
    if (container.isEmpty())
        return;
    if (NodeService *node = configuredNodeOf(swarmNode)) {
        Q_EMIT containerActivated(node->id(), container);
        return;
    }
    m_notifications->post(
        NoticeBar::Kind::Info,
        tr("The task runs on %1, which is not a configured node: add it in Nodes to see its "
           "containers.")
            .arg(index.siblingAtColumn(SwarmTaskModel::Node).data().toString()));
}

void SwarmPage::activateSwarmNode(const QModelIndex &index)
{
    const QString id = index.data(SwarmNodeModel::IdRole).toString();
    if (NodeService *node = configuredNodeOf(id))
        Q_EMIT nodeActivated(node->id());
}
