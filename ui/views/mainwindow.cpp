#include "ui/views/mainwindow.h"

#include "core/config/nodestore.h"

#include "core/config/terminalcommand.h"
#include "core/services/containeractionrunner.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "core/services/problemwatcher.h"
#include "core/services/statswatcher.h"
#include "ui/desktop/desktopnotifier.h"
#include "ui/dialogs/commitdialog.h"
#include "ui/dialogs/createcontainerdialog.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/models/containerfilterproxy.h"
#include "ui/models/containertablemodel.h"
#include "ui/models/nodelistmodel.h"
#include "ui/views/containerdetailsview.h"
#include "ui/views/execconsole.h"
#include "ui/views/logwindow.h"
#include "ui/views/nodespage.h"
#include "ui/widgets/containertiledelegate.h"
#include "ui/widgets/nodeitemdelegate.h"
#include "ui/widgets/noticebar.h"
#include "ui/widgets/notificationarea.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString HeaderKey = QStringLiteral("window/containerHeader");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString ViewKey = QStringLiteral("window/view");
const QString StateFilterKey = QStringLiteral("window/stateFilter");
const QString HealthFilterKey = QStringLiteral("window/healthFilter");
const QString SortColumnKey = QStringLiteral("window/sortColumn");
const QString SortOrderKey = QStringLiteral("window/sortOrder");

// Columns offered for sorting the tiles (the table sorts by any header).
const QList<int> SortColumns = {ContainerTableModel::Name,   ContainerTableModel::Node,
                                ContainerTableModel::Image,  ContainerTableModel::State,
                                ContainerTableModel::Health, ContainerTableModel::Created};

bool isLive(ContainerSummary::State s)
{
    return s == ContainerSummary::State::Running || s == ContainerSummary::State::Restarting ||
           s == ContainerSummary::State::Paused;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gontainer.svg")));

    m_model = new ContainerTableModel(this);
    m_proxy = new ContainerFilterProxy(this);
    m_proxy->setContainerModel(m_model);
    m_runner = new ContainerActionRunner(this);
    m_desktop = new DesktopNotifier(this);
    connect(m_runner, &ContainerActionRunner::progress, this, &MainWindow::onActionProgress);
    connect(m_runner, &ContainerActionRunner::finished, this, &MainWindow::onActionFinished);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createSidebar());

    auto *content = new QWidget(m_splitter);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_notice = new NoticeBar(content);
    connect(m_notice, &NoticeBar::actionTriggered, this, &MainWindow::onNoticeAction);
    layout->addWidget(m_notice);
    m_notifications = new NotificationArea(content);
    layout->addWidget(m_notifications);

    m_stack = new QStackedWidget(content);
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
    m_sectionStack = new QStackedWidget(content);
    m_sectionStack->addWidget(m_stack);
    m_nodesPage = new NodesPage(m_sectionStack);
    m_sectionStack->addWidget(m_nodesPage);
    layout->addWidget(m_sectionStack, 1);

    m_details = new ContainerDetailsView(m_splitter);
    m_details->hide();
    connect(m_details, &ContainerDetailsView::closeRequested, this, [this] { showDetails(false); });
    m_splitter->addWidget(content);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({230, 800, 420});
    setCentralWidget(m_splitter);

    m_nodesLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addWidget(m_nodesLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    // A new search rebuilds the proxy's rows with a layout change, which drops hidden rows from
    // the selection without a selectionChanged.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateActions);
    for (QAbstractItemView *view :
         {static_cast<QAbstractItemView *>(m_tiles), static_cast<QAbstractItemView *>(m_table)}) {
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &MainWindow::updateActions);
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &MainWindow::onCurrentChanged);
        connect(view, &QAbstractItemView::doubleClicked, this, [this] { showDetails(true); });
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
            showContainerMenu(view->viewport()->mapToGlobal(pos));
        });
    }
    connect(header, &QWidget::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { m_columnsMenu->popup(header->mapToGlobal(pos)); });
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MainWindow::syncSortControls);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    // Counts change with states and health, not with resource samples or the clock's tick
    // (those name their roles): no recount over every row for each sample.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty())
                    updateCounts();
            });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        auto *trayMenu = new QMenu(this);
        trayMenu->addAction(tr("Show Gontainer"), this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        trayMenu->addAction(tr("Quit"), qApp, &QApplication::quit);
        m_tray->setContextMenu(trayMenu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger)
                        setVisible(!isVisible() || isMinimized());
                });
        m_tray->show();
    }

    // Resource use is streamed for the running containers on screen (and the one in the
    // details), looked at again shortly after a scroll or change and every few seconds.
    m_statsTimer = new QTimer(this);
    m_statsTimer->setSingleShot(true);
    m_statsTimer->setInterval(300);
    connect(m_statsTimer, &QTimer::timeout, this, &MainWindow::updateWatchedStats);
    auto *statsTick = new QTimer(this);
    statsTick->setInterval(3000);
    connect(statsTick, &QTimer::timeout, this, &MainWindow::updateWatchedStats);
    statsTick->start();
    for (QAbstractItemView *view :
         {static_cast<QAbstractItemView *>(m_tiles), static_cast<QAbstractItemView *>(m_table)}) {
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, m_statsTimer,
                qOverload<>(&QTimer::start));
    }
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_statsTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_statsTimer, qOverload<>(&QTimer::start));

    createActions();
    createToolBar();
    restoreSettings();
    retranslateUi();
    updateActions();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createSidebar()
{
    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    auto *layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(6, 6, 0, 6);
    m_sections = new QListWidget(sidebar);
    m_sections->setObjectName(QStringLiteral("sections"));
    // Only the sections whose features exist are listed.
    m_sections->addItem(QString());
    m_sections->addItem(QString());
    m_sections->setCurrentRow(0);
    connect(m_sections, &QListWidget::currentRowChanged, this, [this](int row) {
        showSection(row == NodesSection ? NodesSection : ContainersSection);
    });
    m_sections->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_sections);
    m_nodesTitle = new QLabel(sidebar);
    QFont f = m_nodesTitle->font();
    f.setBold(true);
    m_nodesTitle->setFont(f);
    layout->addWidget(m_nodesTitle);
    m_nodeView = new QListView(sidebar);
    m_nodeView->setObjectName(QStringLiteral("nodeList"));
    m_nodeView->setItemDelegate(new NodeItemDelegate(m_nodeView));
    m_nodeView->setUniformItemSizes(true);
    m_nodeView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_nodeView->setFrameShape(QFrame::NoFrame);
    connect(m_nodeView, &QWidget::customContextMenuRequested, this, &MainWindow::onNodeContextMenu);
    layout->addWidget(m_nodeView, 1);
    return sidebar;
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_containerMenu = menuBar()->addMenu(QString());
    auto *create = new QAction(this);
    create->setShortcut(QKeySequence::New);
    create->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    connect(create, &QAction::triggered, this, &MainWindow::showCreateDialog);
    m_acts.insert(Act::Create, create);
    m_containerMenu->addAction(create);
    m_containerMenu->addSeparator();
    const auto addAct = [this](Act act, const QKeySequence &key, const QString &icon) {
        auto *a = new QAction(this);
        a->setShortcut(key);
        // Live while the container views have focus, and from the menu.
        a->setShortcutContext(Qt::WindowShortcut);
        if (!icon.isEmpty())
            a->setIcon(QIcon::fromTheme(icon));
        connect(a, &QAction::triggered, this, [this, act] { trigger(act); });
        m_acts.insert(act, a);
        m_containerMenu->addAction(a);
        return a;
    };
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
    m_containerMenu->addSeparator();
    addAct(Act::Rename, QKeySequence(Qt::Key_F2), QString());
    addAct(Act::Commit, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), QString());
    addAct(Act::Remove, QKeySequence::Delete, QStringLiteral("edit-delete"));
    m_containerMenu->addSeparator();
    addAct(Act::Details, QKeySequence(Qt::CTRL | Qt::Key_I), QStringLiteral("document-properties"));
    addAct(Act::Logs, QKeySequence(Qt::CTRL | Qt::Key_L), QStringLiteral("text-x-generic"));
    addAct(Act::Console, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
           QStringLiteral("utilities-terminal"));
    addAct(Act::Terminal, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), QString());

    m_viewMenu = menuBar()->addMenu(QString());
    m_searchAction = m_viewMenu->addAction(QString(), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_searchAction->setShortcut(QKeySequence::Find);
    m_viewMenu->addSeparator();
    auto *viewGroup = new QActionGroup(this);
    m_tilesAction =
        m_viewMenu->addAction(QString(), this, [this] { setViewMode(ViewMode::Tiles); });
    m_tilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_tilesAction->setCheckable(true);
    m_tilesAction->setIcon(QIcon::fromTheme(QStringLiteral("view-list-icons")));
    m_tableAction =
        m_viewMenu->addAction(QString(), this, [this] { setViewMode(ViewMode::Table); });
    m_tableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_tableAction->setCheckable(true);
    m_tableAction->setIcon(QIcon::fromTheme(QStringLiteral("view-list-details")));
    viewGroup->addAction(m_tilesAction);
    viewGroup->addAction(m_tableAction);
    m_columnsMenu = m_viewMenu->addMenu(QString());
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
    m_viewMenu->addSeparator();
    m_refreshAction = m_viewMenu->addAction(QString(), this, &MainWindow::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    m_systemLanguageAction = m_languageMenu->addAction(QString());
    m_systemLanguageAction->setData(QString());
    m_languageMenu->addSeparator();
    // Language names are shown in their own language, so they are not translated.
    const QList<QPair<QString, QString>> languages = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ko"), QStringLiteral("한국어")}};
    m_languageGroup->addAction(m_systemLanguageAction);
    m_systemLanguageAction->setCheckable(true);
    m_systemLanguageAction->setChecked(true);
    for (const auto &[code, name] : languages) {
        QAction *a = m_languageMenu->addAction(name);
        a->setData(code);
        a->setCheckable(true);
        m_languageGroup->addAction(a);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { Q_EMIT languageRequested(a->data().toString()); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);

    // Esc closes the details, or clears the search.
    auto *escape = new QAction(this);
    escape->setShortcut(Qt::Key_Escape);
    connect(escape, &QAction::triggered, this, [this] {
        if (m_details->isVisible())
            showDetails(false);
        else if (!m_search->text().isEmpty())
            m_search->clear();
    });
    addAction(escape);
    // Enter on a container opens its details.
    for (QAbstractItemView *view :
         {static_cast<QAbstractItemView *>(m_tiles), static_cast<QAbstractItemView *>(m_table)}) {
        connect(view, &QAbstractItemView::activated, this, [this] { showDetails(true); });
    }
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_search = new QLineEdit(m_toolBar);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ContainerFilterProxy::setSearchText);
    m_toolBar->addWidget(m_search);
    m_toolBar->addSeparator();
    m_nodeFilter = new QComboBox(m_toolBar);
    m_nodeFilter->setObjectName(QStringLiteral("nodeFilter"));
    m_nodeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_nodeFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_nodeFilter->currentData().toString();
        m_proxy->setNodeFilter(id);
        if (m_nodeModel) {
            const int row = m_nodeModel->rowOf(id);
            if (row >= 0)
                m_nodeView->setCurrentIndex(m_nodeModel->index(row));
            else
                m_nodeView->clearSelection();
        }
        updatePlaceholder();
    });
    m_toolBar->addWidget(m_nodeFilter);
    m_stateFilter = new QComboBox(m_toolBar);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i < 4; ++i)
        m_stateFilter->addItem(QString(), i);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_proxy->setStateFilter(ContainerFilterProxy::StateFilter(i));
        updatePlaceholder();
    });
    m_toolBar->addWidget(m_stateFilter);
    m_healthFilter = new QComboBox(m_toolBar);
    m_healthFilter->setObjectName(QStringLiteral("healthFilter"));
    m_healthFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i < 5; ++i)
        m_healthFilter->addItem(QString(), i);
    connect(m_healthFilter, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_proxy->setHealthFilter(ContainerFilterProxy::HealthFilter(i));
        updatePlaceholder();
    });
    m_toolBar->addWidget(m_healthFilter);
    m_sortColumn = new QComboBox(m_toolBar);
    m_sortColumn->setObjectName(QStringLiteral("sortColumn"));
    m_sortColumn->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const int c : SortColumns)
        m_sortColumn->addItem(QString(), c);
    m_sortOrder = new QToolButton(m_toolBar);
    m_sortOrder->setCheckable(true);
    m_sortOrder->setArrowType(Qt::UpArrow);
    connect(m_sortColumn, &QComboBox::activated, this, &MainWindow::applySortFromControls);
    connect(m_sortOrder, &QToolButton::clicked, this, &MainWindow::applySortFromControls);
    m_toolBar->addWidget(m_sortColumn);
    m_toolBar->addWidget(m_sortOrder);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_tilesAction);
    m_toolBar->addAction(m_tableAction);
    m_toolBar->addSeparator();
    for (const Act act :
         {Act::Create, Act::Start, Act::Stop, Act::Restart, Act::Pause, Act::Remove})
        m_toolBar->addAction(m_acts.value(act));
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Gontainer"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_containerMenu->setTitle(tr("&Container"));
    const QHash<Act, QPair<QString, QString>> texts = {
        {Act::Start, {tr("&Start"), tr("Start the selected containers")}},
        {Act::Stop, {tr("S&top"), tr("Stop the selected containers")}},
        {Act::Restart, {tr("&Restart"), tr("Restart the selected containers")}},
        {Act::Pause, {tr("&Pause"), tr("Pause the selected running containers")}},
        {Act::Unpause, {tr("Res&ume"), tr("Resume the selected paused containers")}},
        {Act::Kill, {tr("&Kill…"), tr("Send a signal to the selected containers")}},
        {Act::Rename, {tr("Re&name…"), tr("Give the selected container a new name")}},
        {Act::Remove, {tr("Re&move…"), tr("Remove the selected containers")}},
        {Act::Details, {tr("&Details"), tr("Show the selected container's details")}},
        {Act::Create, {tr("&New Container…"), tr("Create a container on a node")}},
        {Act::Commit, {tr("&Commit to Image…"), tr("Save the selected container as a new image")}},
        {Act::Console,
         {tr("Open C&onsole"), tr("Run a shell in the selected running container, in a window")}},
        {Act::Terminal,
         {tr("Open in &Terminal"),
          tr("Run a shell in the selected running container in your terminal emulator")}},
        {Act::Logs,
         {tr("Show &Logs"),
          tr("Show the selected containers' logs in a window, merged by time when several")}},
    };
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        QAction *a = m_acts.value(it.key());
        a->setText(it.value().first);
        // Toolbar buttons show the name without the menu's mnemonic and ellipsis.
        static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)|&|…$"));
        a->setIconText(QString(it.value().first).remove(mnemonic));
        a->setStatusTip(it.value().second);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(
            it.value().second, a->shortcut().toString(QKeySequence::NativeText)));
    }
    m_viewMenu->setTitle(tr("&View"));
    m_searchAction->setText(tr("&Search"));
    m_tilesAction->setText(tr("&Tiles"));
    m_tilesAction->setToolTip(tr("Show containers as tiles (Ctrl+1)"));
    m_tableAction->setText(tr("T&able"));
    m_tableAction->setToolTip(tr("Show containers as a table (Ctrl+2)"));
    m_columnsMenu->setTitle(tr("&Columns"));
    for (QAction *a : m_columnsMenu->actions())
        a->setText(m_model->headerData(a->data().toInt(), Qt::Horizontal).toString());
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setStatusTip(tr("Reconnect to the nodes and read their containers again"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("System default"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About Gontainer"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
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
    m_healthFilter->setToolTip(tr("Show only containers with this health"));
    for (int i = 0; i < m_sortColumn->count(); ++i)
        m_sortColumn->setItemText(
            i, tr("Sort by %1")
                   .arg(m_model->headerData(m_sortColumn->itemData(i).toInt(), Qt::Horizontal)
                            .toString()
                            .toLower()));
    m_sortOrder->setToolTip(tr("Ascending or descending"));
    m_nodeFilter->setToolTip(tr("Show the containers of one node"));
    m_sections->item(ContainersSection)->setText(tr("Containers"));
    m_sections->item(NodesSection)->setText(tr("Nodes"));
    // As tall as its rows, now that they have text.
    const int rowHeight = qMax(m_sections->sizeHintForRow(0), fontMetrics().height() + 8);
    for (int i = 0; i < m_sections->count(); ++i)
        m_sections->item(i)->setSizeHint(QSize(0, rowHeight));
    m_sections->setFixedHeight(rowHeight * m_sections->count() + 4);
    m_nodesTitle->setText(tr("Nodes"));
    m_model->retranslate();
    updateNodeFilterChoices();
    onNodeStateChanged();
    updateCounts();
    if (m_noticeAction == NoticeAction::RetryLocate)
        showLocateFailed(m_locateMessage);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1200, 720);
    restoreState(settings.value(StateKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(HeaderKey).toByteArray());
    m_stateFilter->setCurrentIndex(qBound(0, settings.value(StateFilterKey).toInt(), 3));
    m_healthFilter->setCurrentIndex(qBound(0, settings.value(HealthFilterKey).toInt(), 4));
    const int column = settings.value(SortColumnKey, int(ContainerTableModel::Name)).toInt();
    const auto order = Qt::SortOrder(settings.value(SortOrderKey, int(Qt::AscendingOrder)).toInt());
    m_table->sortByColumn(qBound(0, column, ContainerTableModel::ColumnCount - 1), order);
    syncSortControls();
    setViewMode(settings.value(ViewKey).toString() == QLatin1String("table") ? ViewMode::Table
                                                                             : ViewMode::Tiles);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(HeaderKey, m_table->horizontalHeader()->saveState());
    settings.setValue(ViewKey, m_viewMode == ViewMode::Table ? QStringLiteral("table")
                                                             : QStringLiteral("tiles"));
    settings.setValue(StateFilterKey, m_stateFilter->currentIndex());
    settings.setValue(HealthFilterKey, m_healthFilter->currentIndex());
    settings.setValue(SortColumnKey, m_proxy->sortColumn());
    settings.setValue(SortOrderKey, int(m_proxy->sortOrder()));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_statsTimer->start();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    updateWatchedStats();
}

QList<QModelIndex> MainWindow::visibleIndexes() const
{
    QList<QModelIndex> out;
    if (m_viewMode == ViewMode::Table) {
        const int first = m_table->rowAt(0);
        if (first < 0)
            return out;
        int last = m_table->rowAt(m_table->viewport()->height() - 1);
        if (last < 0)
            last = m_proxy->rowCount() - 1;
        for (int r = first; r <= last; ++r)
            out << m_proxy->index(r, 0);
        return out;
    }
    // Tiles sit on a uniform grid: ask at the middle of each cell in view.
    const QSize grid = m_tiles->gridSize();
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

void MainWindow::onProblem(const QString &nodeId, const QString &containerId, const QString &title,
                           const QString &text)
{
    Q_UNUSED(nodeId)
    Q_UNUSED(containerId)
    m_notifications->post(NoticeBar::Kind::Warning, title + QStringLiteral(": ") + text);
    // The desktop's own notifications where it has them, else the tray's balloon.
    if (m_desktop->isAvailable())
        m_desktop->notify(title, text);
    else if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, text, QSystemTrayIcon::Warning);
    QApplication::alert(this);
}

void MainWindow::updateWatchedStats()
{
    if (!m_stats)
        return;
    QSet<QString> keys;
    if (isVisible() && !isMinimized() && m_manager) {
        const auto add = [this, &keys](const QString &nodeId, const ContainerSummary &c) {
            NodeService *node = m_manager->node(nodeId);
            if (node && c.state == ContainerSummary::State::Running &&
                (node->state() == NodeService::State::Online ||
                 node->state() == NodeService::State::Degraded))
                keys.insert(StatsWatcher::key(nodeId, c.id));
        };
        if (m_sectionStack->currentWidget() == m_stack) {
            for (const QModelIndex &i : visibleIndexes()) {
                const int source = m_proxy->mapToSource(i).row();
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::showSection(Section section)
{
    m_sections->setCurrentRow(section);
    m_sectionStack->setCurrentWidget(section == NodesSection ? static_cast<QWidget *>(m_nodesPage)
                                                             : static_cast<QWidget *>(m_stack));
    if (section == NodesSection && m_nodeModel && m_nodeView->currentIndex().isValid())
        m_nodesPage->setNode(m_nodeModel->nodeAt(m_nodeView->currentIndex().row()));
    m_statsTimer->start();
}

void MainWindow::setViewMode(ViewMode mode)
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
            to->selectionModel()->setCurrentIndex(m_proxy->index(current.row(), 0),
                                                  QItemSelectionModel::NoUpdate);
        if (from->hasFocus())
            to->setFocus();
    }
    updatePlaceholder();
}

QAbstractItemView *MainWindow::currentView() const
{
    if (m_viewMode == ViewMode::Table)
        return m_table;
    return m_tiles;
}

void MainWindow::syncSortControls()
{
    const int column = m_proxy->sortColumn();
    const int i = m_sortColumn->findData(column);
    if (i >= 0)
        m_sortColumn->setCurrentIndex(i);
    const bool descending = m_proxy->sortOrder() == Qt::DescendingOrder;
    m_sortOrder->setChecked(descending);
    m_sortOrder->setArrowType(descending ? Qt::DownArrow : Qt::UpArrow);
}

void MainWindow::applySortFromControls()
{
    const int column = m_sortColumn->currentData().toInt();
    const Qt::SortOrder order = m_sortOrder->isChecked() ? Qt::DescendingOrder : Qt::AscendingOrder;
    // Through the table's header, so both views and the header's arrow agree.
    m_table->sortByColumn(column, order);
    syncSortControls();
}

// ---- nodes ----

void MainWindow::setNodeManager(NodeManager *manager)
{
    if (m_manager)
        m_manager->disconnect(this);
    m_manager = manager;
    delete m_nodeModel;
    m_nodeModel = nullptr;
    delete m_stats;
    m_stats = nullptr;
    delete m_problems;
    m_problems = nullptr;
    if (!manager)
        return;
    m_problems = new ProblemWatcher(manager, this);
    connect(m_problems, &ProblemWatcher::problem, this, &MainWindow::onProblem);
    m_stats = new StatsWatcher(manager, this);
    connect(m_stats, &StatsWatcher::sampled, this,
            [this](const QString &nodeId, const ContainerStats &stats) {
                m_model->addStats(nodeId, stats);
                if (m_details->node() && m_details->node()->id() == nodeId)
                    m_details->addStatsSample(stats);
            });
    m_nodeModel = new NodeListModel(manager, this);
    m_nodeView->setModel(m_nodeModel);
    m_nodesPage->setNodeManager(manager);
    connect(m_nodeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const int i =
                    m_nodeFilter->findData(current.data(NodeListModel::IdRole).toString());
                if (i >= 0)
                    m_nodeFilter->setCurrentIndex(i);
            });
    connect(manager, &NodeManager::nodeAdded, this, &MainWindow::onNodeAdded);
    connect(manager, &NodeManager::nodeAboutToBeRemoved, this, &MainWindow::onNodeAboutToBeRemoved);
    connect(manager, &NodeManager::nodeRemoved, this, [this] {
        updateNodeFilterChoices();
        onNodeStateChanged();
    });
    for (NodeService *node : manager->nodes())
        onNodeAdded(node);
}

void MainWindow::onNodeAdded(NodeService *node)
{
    const QString id = node->id();
    m_model->setNodeName(id, node->name());
    m_model->setContainers(id, node->containers());
    connect(node, &NodeService::containersAdded, m_model,
            [this, id](const QList<ContainerSummary> &list) { m_model->addContainers(id, list); });
    connect(
        node, &NodeService::containersChanged, m_model,
        [this, id](const QList<ContainerSummary> &list) { m_model->updateContainers(id, list); });
    connect(node, &NodeService::containersRemoved, m_model,
            [this, id](const QStringList &ids) { m_model->removeContainers(id, ids); });
    connect(node, &NodeService::stateChanged, this, &MainWindow::onNodeStateChanged);
    connect(node, &NodeService::retryScheduled, this, &MainWindow::onNodeStateChanged);
    if (m_noticeAction == NoticeAction::RetryLocate ||
        m_notice->kind() == NoticeBar::Kind::Progress) {
        m_notice->hide();
        m_noticeAction = NoticeAction::None;
    }
    m_locating = false;
    updateNodeFilterChoices();
    onNodeStateChanged();
}

void MainWindow::onNodeAboutToBeRemoved(NodeService *node)
{
    node->disconnect(this);
    node->disconnect(m_model);
    if (m_details->node() == node)
        showDetails(false);
    m_model->removeNode(node->id());
}

void MainWindow::updateNodeFilterChoices()
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

void MainWindow::onNodeContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_nodeView->indexAt(pos);
    if (!index.isValid() || !m_nodeModel)
        return;
    QPointer<NodeService> node = m_nodeModel->nodeAt(index.row());
    if (!node)
        return;
    QMenu menu(this);
    menu.addAction(tr("&Reconnect"), this, [node] {
        if (node)
            node->reconnectNow();
    });
    menu.addAction(tr("&Show only this node"), this, [this, node] {
        if (node)
            m_nodeFilter->setCurrentIndex(qMax(0, m_nodeFilter->findData(node->id())));
    });
    QAction *notify = menu.addAction(tr("&Notify me about its problems"));
    notify->setCheckable(true);
    notify->setChecked(ProblemWatcher::notifiesFor(node->id()));
    notify->setStatusTip(tr("Tell me when a container on this node turns unhealthy or stops "
                            "unexpectedly"));
    connect(notify, &QAction::toggled, this, [node](bool on) {
        if (node)
            ProblemWatcher::setNotifiesFor(node->id(), on);
    });
    menu.addAction(tr("&Edit…"), this, [this, node] {
        if (!node)
            return;
        m_nodesPage->setNode(node);
        m_nodesPage->editNode();
    });
    menu.addSeparator();
    menu.addAction(tr("Re&move node…"), this, [this, node] {
        if (!node)
            return;
        m_nodesPage->setNode(node);
        m_nodesPage->removeNode();
    });
    menu.exec(m_nodeView->viewport()->mapToGlobal(pos));
}

void MainWindow::showLocating(const QString &message)
{
    m_locating = true;
    m_noticeAction = NoticeAction::None;
    m_notice->showNotice(NoticeBar::Kind::Progress, message);
    updatePlaceholder();
}

void MainWindow::showLocateFailed(const QString &message)
{
    m_locating = false;
    m_locateMessage = message;
    m_noticeAction = NoticeAction::RetryLocate;
    m_notice->showNotice(NoticeBar::Kind::Error, message, tr("&Retry"));
    updatePlaceholder();
}

void MainWindow::showInfo(const QString &message)
{
    m_noticeAction = NoticeAction::None;
    m_notice->showNotice(NoticeBar::Kind::Info, message);
}

void MainWindow::onNodeStateChanged()
{
    int online = 0;
    QList<NodeService *> offline;
    const QList<NodeService *> nodes = m_manager ? m_manager->nodes() : QList<NodeService *>();
    for (NodeService *node : nodes) {
        if (node->state() == NodeService::State::Online ||
            node->state() == NodeService::State::Degraded)
            ++online;
        else if (node->state() == NodeService::State::Offline)
            offline.append(node);
    }
    m_nodesLabel->setText(
        nodes.isEmpty() ? QString()
                        : tr("%1 of %n node(s) online", nullptr, int(nodes.size())).arg(online));
    m_refreshAction->setEnabled(!nodes.isEmpty());
    m_acts.value(Act::Create)->setEnabled(!nodes.isEmpty());
    if (offline.isEmpty()) {
        if (m_noticeAction == NoticeAction::ReconnectNodes) {
            m_noticeAction = NoticeAction::None;
            m_notice->hide();
        }
    } else if (m_noticeAction != NoticeAction::RetryLocate) {
        QString text;
        if (offline.size() == 1)
            text = tr("%1 is offline: %2")
                       .arg(offline.first()->name(), offline.first()->lastError().userText());
        else {
            QStringList names;
            for (NodeService *node : offline)
                names << node->name();
            text = tr("%n node(s) offline: %1. Point at a node in the list to see why.", nullptr,
                      int(offline.size()))
                       .arg(names.join(QStringLiteral(", ")));
        }
        text += QLatin1Char(' ') + tr("Their containers show the last known state, and Gontainer "
                                      "keeps trying to reconnect.");
        m_noticeAction = NoticeAction::ReconnectNodes;
        m_notice->showNotice(NoticeBar::Kind::Error, text, tr("Retry &now"));
    }
    updatePlaceholder();
}

void MainWindow::onNoticeAction()
{
    switch (m_noticeAction) {
    case NoticeAction::RetryLocate:
        Q_EMIT retryLocateRequested();
        break;
    case NoticeAction::ReconnectNodes:
        if (m_manager) {
            for (NodeService *node : m_manager->nodes()) {
                if (node->state() == NodeService::State::Offline)
                    node->reconnectNow();
            }
        }
        break;
    case NoticeAction::None:
        break;
    }
}

void MainWindow::refresh()
{
    if (!m_manager)
        return;
    for (NodeService *node : m_manager->nodes())
        node->reconnectNow();
}

QString MainWindow::statusText() const
{
    return m_nodesLabel->text() + QLatin1Char(' ') + m_countLabel->text();
}

void MainWindow::updateCounts()
{
    const int total = m_model->rowCount();
    const int unhealthy = m_model->unhealthyCount();
    QString text =
        total == 0 ? QString()
                   : tr("%n container(s), %1 running", nullptr, total).arg(m_model->runningCount());
    if (unhealthy > 0)
        text += QStringLiteral(", ") + tr("%n unhealthy", nullptr, unhealthy);
    m_countLabel->setText(text);
    if (m_tray)
        m_tray->setToolTip(total == 0 ? tr("Gontainer") : tr("Gontainer: %1").arg(text));
    updatePlaceholder();
}

void MainWindow::updatePlaceholder()
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
    else if (m_noticeAction == NoticeAction::RetryLocate)
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

// ---- selection and details ----

QList<MainWindow::Selected> MainWindow::selectedContainers() const
{
    QList<Selected> out;
    // A row once, whichever of its cells are selected (the tiles select one column, the table
    // whole rows).
    QSet<int> unique;
    for (const QModelIndex &i : currentView()->selectionModel()->selectedIndexes())
        unique.insert(i.row());
    QList<int> rows(unique.cbegin(), unique.cend());
    std::sort(rows.begin(), rows.end());
    for (const int row : std::as_const(rows)) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        if (source >= 0)
            out.append({m_model->nodeIdAt(source), m_model->containerAt(source)});
    }
    return out;
}

void MainWindow::updateActions()
{
    const QList<Selected> selected = selectedContainers();
    bool anyStoppable = false, anyStartable = false, anyRunning = false, anyPaused = false;
    for (const Selected &s : selected) {
        const auto st = s.container.state;
        anyStoppable = anyStoppable || isLive(st);
        anyStartable = anyStartable || st == ContainerSummary::State::Created ||
                       st == ContainerSummary::State::Exited;
        anyRunning = anyRunning || st == ContainerSummary::State::Running;
        anyPaused = anyPaused || st == ContainerSummary::State::Paused;
    }
    m_acts.value(Act::Start)->setEnabled(anyStartable);
    m_acts.value(Act::Stop)->setEnabled(anyStoppable);
    m_acts.value(Act::Restart)->setEnabled(!selected.isEmpty());
    m_acts.value(Act::Pause)->setEnabled(anyRunning);
    m_acts.value(Act::Unpause)->setEnabled(anyPaused);
    m_acts.value(Act::Kill)->setEnabled(anyRunning || anyPaused);
    m_acts.value(Act::Rename)->setEnabled(selected.size() == 1);
    m_acts.value(Act::Commit)->setEnabled(selected.size() == 1);
    m_acts.value(Act::Remove)->setEnabled(!selected.isEmpty());
    m_acts.value(Act::Logs)->setEnabled(!selected.isEmpty());
    const bool oneRunning = selected.size() == 1 &&
                            selected.first().container.state == ContainerSummary::State::Running;
    m_acts.value(Act::Console)->setEnabled(oneRunning);
    m_acts.value(Act::Terminal)->setEnabled(oneRunning);
    m_acts.value(Act::Details)
        ->setEnabled(!selected.isEmpty() || currentView()->currentIndex().isValid());
}

void MainWindow::onCurrentChanged()
{
    updateActions();
    if (m_details->isVisible())
        showDetails(true);
}

void MainWindow::showDetails(bool show)
{
    if (!show) {
        m_details->hide();
        m_details->setContainer(nullptr, QString());
        currentView()->setFocus();
        return;
    }
    const QModelIndex current = currentView()->currentIndex();
    if (!current.isValid() || !m_manager)
        return;
    const int source = m_proxy->mapToSource(current).row();
    NodeService *node = m_manager->node(m_model->nodeIdAt(source));
    if (!node)
        return;
    m_details->setContainer(node, m_model->containerAt(source).id);
    m_details->show();
    m_statsTimer->start();
}

void MainWindow::showContainerMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    for (const Act act :
         {Act::Start, Act::Stop, Act::Restart, Act::Pause, Act::Unpause, Act::Kill}) {
        if (m_acts.value(act)->isEnabled())
            menu.addAction(m_acts.value(act));
    }
    menu.addSeparator();
    for (const Act act : {Act::Rename, Act::Commit, Act::Remove, Act::Details, Act::Logs,
                          Act::Console, Act::Terminal}) {
        if (m_acts.value(act)->isEnabled())
            menu.addAction(m_acts.value(act));
    }
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

// ---- actions ----

void MainWindow::setAnswersForTest(const Answers &answers)
{
    m_answers = answers;
}

void MainWindow::trigger(Act act)
{
    const QList<Selected> selected = selectedContainers();
    if (act == Act::Details) {
        showDetails(true);
        return;
    }
    if (act == Act::Create) {
        showCreateDialog();
        return;
    }
    if (selected.isEmpty())
        return;
    const auto only = [&selected](auto keep) {
        QList<Selected> out;
        for (const Selected &s : selected) {
            if (keep(s.container.state))
                out.append(s);
        }
        return out;
    };
    ContainerActionOptions options;
    switch (act) {
    case Act::Start:
        runAction(ContainerAction::Start, only([](auto s) {
                      return s == ContainerSummary::State::Created ||
                             s == ContainerSummary::State::Exited;
                  }),
                  options);
        return;
    case Act::Stop:
        runAction(ContainerAction::Stop, only(isLive), options);
        return;
    case Act::Restart:
        runAction(ContainerAction::Restart, selected, options);
        return;
    case Act::Pause:
        runAction(ContainerAction::Pause,
                  only([](auto s) { return s == ContainerSummary::State::Running; }), options);
        return;
    case Act::Unpause:
        runAction(ContainerAction::Unpause,
                  only([](auto s) { return s == ContainerSummary::State::Paused; }), options);
        return;
    case Act::Kill: {
        const QList<Selected> targets = only([](auto s) {
            return s == ContainerSummary::State::Running || s == ContainerSummary::State::Paused;
        });
        if (targets.isEmpty())
            return;
        QString signal;
        if (m_answers) {
            signal = m_answers->killSignal;
        } else {
            bool ok = false;
            signal = QInputDialog::getItem(
                this, tr("Kill containers"),
                tr("Send this signal to %n container(s):", nullptr, int(targets.size())),
                {QStringLiteral("SIGKILL"), QStringLiteral("SIGTERM"), QStringLiteral("SIGINT"),
                 QStringLiteral("SIGHUP"), QStringLiteral("SIGQUIT"), QStringLiteral("SIGUSR1"),
                 QStringLiteral("SIGUSR2")},
                0, true, &ok);
            if (!ok)
                signal.clear();
        }
        if (signal.trimmed().isEmpty())
            return;
        options.signal = signal.trimmed();
        runAction(ContainerAction::Kill, targets, options);
        return;
    }
    case Act::Rename: {
        if (selected.size() != 1)
            return;
        static const QRegularExpression valid(QStringLiteral("^/?[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
        QString name = selected.first().container.name;
        QString problem;
        for (;;) {
            if (m_answers) {
                name = m_answers->newName;
            } else {
                bool ok = false;
                const QString label =
                    problem.isEmpty()
                        ? tr("New name for %1:").arg(selected.first().container.name)
                        : problem + QStringLiteral("\n\n") +
                              tr("New name for %1:").arg(selected.first().container.name);
                name = QInputDialog::getText(this, tr("Rename container"), label, QLineEdit::Normal,
                                             name, &ok);
                if (!ok)
                    return;
            }
            name = name.trimmed();
            if (name.isEmpty() || name == selected.first().container.name)
                return;
            if (valid.match(name).hasMatch())
                break;
            problem = tr("\"%1\" cannot be a container name: use letters, digits, and . _ - "
                         "after the first letter or digit.")
                          .arg(name);
            if (m_answers) {
                m_notifications->post(NoticeBar::Kind::Error, problem);
                return;
            }
        }
        options.newName = name;
        runAction(ContainerAction::Rename, selected, options);
        return;
    }
    case Act::Remove: {
        const QList<Selected> running = only(isLive);
        bool volumes = false;
        if (m_answers) {
            if (!m_answers->confirmRemove)
                return;
            volumes = m_answers->removeVolumes;
        } else {
            QMessageBox box(
                QMessageBox::Warning, tr("Remove containers"),
                selected.size() == 1
                    ? tr("Remove the container %1?").arg(selected.first().container.name)
                    : tr("Remove %n container(s)?", nullptr, int(selected.size())),
                QMessageBox::Cancel, this);
            QString info = tr("This cannot be undone.");
            if (!running.isEmpty())
                info += QLatin1Char(' ') + tr("%n of them are running and will be stopped first.",
                                              nullptr, int(running.size()));
            box.setInformativeText(info);
            QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
            box.setDefaultButton(QMessageBox::Cancel);
            auto *check = new QCheckBox(tr("Also remove their anonymous volumes"), &box);
            box.setCheckBox(check);
            box.exec();
            if (box.clickedButton() != remove)
                return;
            volumes = check->isChecked();
        }
        options.force = !running.isEmpty();
        options.removeVolumes = volumes;
        runAction(ContainerAction::Remove, selected, options);
        return;
    }
    case Act::Commit: {
        if (selected.size() != 1)
            return;
        if (m_answers) {
            if (!m_answers->commit)
                return;
            options.commit = *m_answers->commit;
        } else {
            CommitDialog dialog(selected.first().container.name, this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            options.commit = dialog.options();
        }
        runAction(ContainerAction::Commit, selected, options);
        return;
    }
    case Act::Logs: {
        QList<LogView::Target> targets;
        for (const Selected &s : selected)
            targets.append({m_manager ? m_manager->node(s.nodeId) : nullptr, s.container.id,
                            s.container.name});
        auto *window = new LogWindow(targets, this);
        window->show();
        m_logWindows.append(window);
        return;
    }
    case Act::Console:
    case Act::Terminal: {
        NodeService *node = m_manager ? m_manager->node(selected.first().nodeId) : nullptr;
        if (!node || selected.size() != 1)
            return;
        const ContainerSummary &c = selected.first().container;
        if (act == Act::Console) {
            (new ExecConsole(node, c.id, c.name, this))->show();
            return;
        }
        const QStringList exec = TerminalCommand::execCommand(
            node->config(), node->engineInfo().kind, c.id, ExecConsole::defaultShell());
        const QStringList argv =
            exec.isEmpty() ? QStringList() : TerminalCommand::terminalFor(exec);
        if (exec.isEmpty()) {
            m_notifications->post(NoticeBar::Kind::Error,
                                  tr("%1 cannot be reached with the engine's own client from a "
                                     "terminal (Podman has no TLS connections). Use Open Console.")
                                      .arg(node->name()));
        } else if (argv.isEmpty() || !QProcess::startDetached(argv.first(), argv.mid(1))) {
            m_notifications->post(
                NoticeBar::Kind::Error,
                tr("No terminal emulator could be started. Set TERMINAL to yours, or run: %1")
                    .arg(exec.join(QLatin1Char(' '))));
        }
        return;
    }
    case Act::Details:
    case Act::Create:
        break;
    }
}

QList<LogWindow *> MainWindow::logWindows() const
{
    QList<LogWindow *> out;
    for (const QPointer<LogWindow> &w : m_logWindows) {
        if (w)
            out.append(w);
    }
    return out;
}

void MainWindow::showCreateDialog()
{
    if (!m_manager || m_manager->nodes().isEmpty())
        return;
    // On the node the user is looking at, if one is chosen.
    auto *dialog = new CreateContainerDialog(m_manager, m_proxy->nodeFilter(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateContainerDialog::created, this,
            [this](const QString &nodeId, const QString &, const QString &name) {
                NodeService *node = m_manager ? m_manager->node(nodeId) : nullptr;
                m_notifications->post(
                    NoticeBar::Kind::Info,
                    tr("Created %1 on %2.").arg(name, node ? node->name() : nodeId));
            });
    dialog->show();
}

void MainWindow::runAction(ContainerAction action, const QList<Selected> &selected,
                           const ContainerActionOptions &options)
{
    if (selected.isEmpty() || !m_manager)
        return;
    QList<ContainerTarget> targets;
    const bool endsIt = action == ContainerAction::Stop || action == ContainerAction::Kill ||
                        action == ContainerAction::Restart || action == ContainerAction::Remove;
    for (const Selected &s : selected) {
        targets.append({m_manager->node(s.nodeId), s.container.id, s.container.name});
        // The user's own stop is no surprise.
        if (endsIt && m_problems)
            m_problems->expectExit(s.nodeId, s.container.id);
    }
    const int notice = m_notifications->post(NoticeBar::Kind::Progress,
                                             targets.size() == 1
                                                 ? progressText(action, 1).arg(targets.first().name)
                                                 : progressText(action, int(targets.size())));
    m_notifications->setProgress(notice, 0, int(targets.size()));
    const int batch = m_runner->run(action, targets, options);
    m_batchNotices.insert(batch, notice);
}

void MainWindow::onActionProgress(int batch, int done, int total)
{
    m_notifications->setProgress(m_batchNotices.value(batch), done, total);
}

void MainWindow::onActionFinished(int batch, ContainerAction action,
                                  const QList<ContainerActionResult> &results)
{
    const int notice = m_batchNotices.take(batch);
    QStringList failures;
    for (const ContainerActionResult &r : results) {
        if (!r.error.isError())
            continue;
        QString line = tr("%1 on %2: %3").arg(r.target.name, r.nodeName, r.error.userText());
        if (const QString hint = hintFor(r.error); !hint.isEmpty())
            line += QLatin1Char(' ') + hint;
        failures << line;
    }
    if (failures.isEmpty()) {
        m_notifications->update(
            notice, NoticeBar::Kind::Info,
            doneText(action, results.isEmpty() ? QString() : results.first().target.name,
                     int(results.size())));
        return;
    }
    m_notifications->update(notice, NoticeBar::Kind::Error,
                            failedText(action, int(failures.size()), int(results.size())) +
                                QLatin1Char('\n') + failures.join(QLatin1Char('\n')));
}

QString MainWindow::progressText(ContainerAction action, int count)
{
    // With one container, %1 is its name.
    switch (action) {
    case ContainerAction::Start:
        return count == 1 ? tr("Starting %1…") : tr("Starting %n container(s)…", nullptr, count);
    case ContainerAction::Stop:
        return count == 1 ? tr("Stopping %1…") : tr("Stopping %n container(s)…", nullptr, count);
    case ContainerAction::Restart:
        return count == 1 ? tr("Restarting %1…")
                          : tr("Restarting %n container(s)…", nullptr, count);
    case ContainerAction::Pause:
        return count == 1 ? tr("Pausing %1…") : tr("Pausing %n container(s)…", nullptr, count);
    case ContainerAction::Unpause:
        return count == 1 ? tr("Resuming %1…") : tr("Resuming %n container(s)…", nullptr, count);
    case ContainerAction::Kill:
        return count == 1 ? tr("Sending the signal to %1…")
                          : tr("Sending the signal to %n container(s)…", nullptr, count);
    case ContainerAction::Rename:
        return tr("Renaming %1…");
    case ContainerAction::Commit:
        return tr("Committing %1 to an image…");
    case ContainerAction::Remove:
        break;
    }
    return count == 1 ? tr("Removing %1…") : tr("Removing %n container(s)…", nullptr, count);
}

QString MainWindow::doneText(ContainerAction action, const QString &name, int count)
{
    switch (action) {
    case ContainerAction::Start:
        return count == 1 ? tr("Started %1.").arg(name)
                          : tr("Started %n container(s).", nullptr, count);
    case ContainerAction::Stop:
        return count == 1 ? tr("Stopped %1.").arg(name)
                          : tr("Stopped %n container(s).", nullptr, count);
    case ContainerAction::Restart:
        return count == 1 ? tr("Restarted %1.").arg(name)
                          : tr("Restarted %n container(s).", nullptr, count);
    case ContainerAction::Pause:
        return count == 1 ? tr("Paused %1.").arg(name)
                          : tr("Paused %n container(s).", nullptr, count);
    case ContainerAction::Unpause:
        return count == 1 ? tr("Resumed %1.").arg(name)
                          : tr("Resumed %n container(s).", nullptr, count);
    case ContainerAction::Kill:
        return count == 1 ? tr("Sent the signal to %1.").arg(name)
                          : tr("Sent the signal to %n container(s).", nullptr, count);
    case ContainerAction::Rename:
        return tr("Renamed %1.").arg(name);
    case ContainerAction::Commit:
        return tr("Committed %1 to a new image.").arg(name);
    case ContainerAction::Remove:
        break;
    }
    return count == 1 ? tr("Removed %1.").arg(name)
                      : tr("Removed %n container(s).", nullptr, count);
}

QString MainWindow::failedText(ContainerAction action, int failed, int total)
{
    QString what;
    switch (action) {
    case ContainerAction::Start:
        what = tr("start");
        break;
    case ContainerAction::Stop:
        what = tr("stop");
        break;
    case ContainerAction::Restart:
        what = tr("restart");
        break;
    case ContainerAction::Pause:
        what = tr("pause");
        break;
    case ContainerAction::Unpause:
        what = tr("resume");
        break;
    case ContainerAction::Kill:
        what = tr("signal");
        break;
    case ContainerAction::Rename:
        what = tr("rename");
        break;
    case ContainerAction::Remove:
        what = tr("remove");
        break;
    case ContainerAction::Commit:
        what = tr("commit");
        break;
    }
    return tr("Could not %1 %2 of %n container(s):", nullptr, total).arg(what).arg(failed);
}

QString MainWindow::hintFor(const EngineError &error)
{
    if (error.kind != EngineError::Kind::Http)
        return {};
    switch (error.httpStatus) {
    case 404:
        return tr("It may have been removed meanwhile; the list updates by itself.");
    case 409:
        return tr("Its state does not allow this now: wait for it to settle, or stop it first.");
    case 500:
        return tr("The engine failed; its log on that node may say more.");
    default:
        break;
    }
    return {};
}

// ---- help ----

void MainWindow::showShortcuts()
{
    QList<QAction *> actions;
    for (const Act act : {Act::Create, Act::Start, Act::Stop, Act::Restart, Act::Pause,
                          Act::Unpause, Act::Kill, Act::Rename, Act::Commit, Act::Remove,
                          Act::Details, Act::Logs, Act::Console, Act::Terminal})
        actions << m_acts.value(act);
    actions << m_searchAction << m_tilesAction << m_tableAction << m_refreshAction
            << m_shortcutsAction << m_quitAction;
    ShortcutsDialog dialog(actions, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Gontainer"),
        tr("<h3>Gontainer %1</h3><p>See and run the containers of many machines "
           "from one window.</p><p>Built with Qt %2.</p>")
            .arg(QStringLiteral(GONTAINER_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::setCurrentLanguage(const QString &code)
{
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == code);
}
