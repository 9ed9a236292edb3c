#include "ui/views/mainwindow.h"

#include "core/config/appsettings.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "core/services/problemwatcher.h"
#include "ui/desktop/desktopnotifier.h"
#include "ui/desktop/trayicon.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/dialogs/registriesdialog.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/models/containertablemodel.h"
#include "ui/views/containerspage.h"
#include "ui/views/diskpage.h"
#include "ui/views/imagespage.h"
#include "ui/views/networkspage.h"
#include "ui/views/nodesidebar.h"
#include "ui/views/nodespage.h"
#include "ui/views/page.h"
#include "ui/views/podspage.h"
#include "ui/views/swarmpage.h"
#include "ui/views/volumespage.h"
#include "ui/widgets/noticebar.h"
#include "ui/widgets/notificationarea.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gontainer.svg")));
    m_desktop = new DesktopNotifier(this);

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
    m_pageStack = new QStackedWidget(content);
    layout->addWidget(m_pageStack, 1);
    m_splitter->addWidget(content);

    // The sections, in the sidebar's order: a new section is a Page added here.
    m_containers = new ContainersPage(m_notifications, m_pageStack);
    m_images = new ImagesPage(m_notifications, m_pageStack);
    m_nodesPage = new NodesPage(m_pageStack);
    auto *volumes = new VolumesPage(m_notifications, m_pageStack);
    auto *networks = new NetworksPage(m_notifications, m_pageStack);
    auto *swarm = new SwarmPage(m_notifications, m_pageStack);
    for (Page *page : std::initializer_list<Page *>{
             m_containers, m_images, volumes, networks, new PodsPage(m_notifications, m_pageStack),
             swarm, new DiskPage(m_notifications, m_pageStack), m_nodesPage})
        addPage(page);
    m_sections->setCurrentRow(0);
    connect(m_sections, &QListWidget::currentRowChanged, this,
            [this](int row) { showPage(m_pages.value(row, m_pages.first())); });

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

    // The sidebar's node and the containers' node filter follow each other.
    connect(m_sidebar, &NodeSidebar::nodeChosen, m_containers, &ContainersPage::setNodeFilter);
    // The page in view follows the node chosen in the sidebar, as it does when it is shown.
    connect(m_sidebar, &NodeSidebar::nodeChosen, this, [this] {
        NodeService *node = m_sidebar->currentNode();
        if (!node)
            return;
        for (Page *p : std::as_const(m_pages)) {
            if (p != m_containers && p->widget() == m_pageStack->currentWidget())
                p->showNode(node);
        }
    });
    connect(m_sidebar, &NodeSidebar::showOnlyRequested, m_containers,
            &ContainersPage::setNodeFilter);
    connect(m_containers, &ContainersPage::nodeFilterChanged, m_sidebar,
            &NodeSidebar::setCurrentNode);
    connect(m_sidebar, &NodeSidebar::editRequested, m_nodesPage, [this](NodeService *node) {
        m_nodesPage->setNode(node);
        m_nodesPage->editNode();
    });
    connect(m_sidebar, &NodeSidebar::removeRequested, m_nodesPage, [this](NodeService *node) {
        m_nodesPage->setNode(node);
        m_nodesPage->removeNode();
    });
    connect(m_containers, &ContainersPage::countsChanged, this, &MainWindow::onCountsChanged);
    // The details of an image, a volume or a network name the containers that use it: one
    // click away.
    const auto showContainer = [this](const QString &nodeId, const QString &containerId) {
        showPage(m_containers);
        m_containers->selectContainer(nodeId, containerId);
    };
    connect(m_images, &ImagesPage::containerActivated, this, showContainer);
    connect(volumes, &VolumesPage::containerActivated, this, showContainer);
    connect(networks, &NetworksPage::containerActivated, this, showContainer);
    connect(swarm, &SwarmPage::containerActivated, this, showContainer);
    connect(swarm, &SwarmPage::nodeActivated, this, [this](const QString &nodeId) {
        showPage(m_containers);
        m_containers->setNodeFilter(nodeId);
    });
    connect(volumes, &VolumesPage::containersActivated, this,
            [this](const QString &nodeId, const QStringList &ids) {
                showPage(m_containers);
                m_containers->selectContainers(nodeId, ids);
            });

    createTray();
    createMenus();
    createToolBar();
    restoreSettings();
    retranslateUi();
    showSavedSection();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page *page)
{
    m_pages.append(page);
    m_pageStack->addWidget(page->widget());
    m_sections->addItem(new QListWidgetItem(page->icon(), page->title()));
    // A page of what only some engines can do (pods) is listed only while a node's can.
    QListWidgetItem *item = m_sections->item(m_sections->count() - 1);
    const auto follow = [this, page, item] {
        item->setHidden(!page->available());
        if (item->isHidden() && m_pageStack->currentWidget() == page->widget())
            showPage(m_pages.first());
        else if (!item->isHidden() && page == m_pendingSection) {
            showPage(page);
            forgetPendingSection();
        }
    };
    page->setAvailabilityListener(follow);
    follow();
    // A page's side pane sits at the window's right, beside every page.
    if (QWidget *pane = page->sidePane())
        m_splitter->addWidget(pane);
    addActions(page->windowActions());
}

void MainWindow::showPage(Page *page)
{
    if (page != m_pendingSection)
        forgetPendingSection();
    Page *was = nullptr;
    for (Page *p : std::as_const(m_pages)) {
        if (p->widget() == m_pageStack->currentWidget())
            was = p;
    }
    m_sections->setCurrentRow(int(m_pages.indexOf(page)));
    m_pageStack->setCurrentWidget(page->widget());
    // Only the shown page's menus, toolbar items and side pane: another page's would act on
    // what is out of sight.
    for (Page *p : std::as_const(m_pages)) {
        const bool current = p == page;
        for (QMenu *menu : p->menus())
            menu->menuAction()->setVisible(current);
        for (QAction *item : m_toolBarItems.value(p))
            item->setVisible(current);
    }
    // A page with its controls inside itself leaves no empty bar behind.
    if (m_toolBar)
        m_toolBar->setVisible(!m_toolBarItems.value(page).isEmpty());
    if (was && was != page) {
        if (QWidget *pane = was->sidePane()) {
            m_paneOpen.insert(was, !pane->isHidden());
            pane->hide();
        }
        if (QWidget *pane = page->sidePane(); pane && m_paneOpen.value(page))
            pane->show();
    }
    if (NodeService *node = m_sidebar->currentNode())
        page->showNode(node);
}

QWidget *MainWindow::createSidebar()
{
    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    auto *layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(6, 6, 0, 6);
    m_sections = new QListWidget(sidebar);
    m_sections->setObjectName(QStringLiteral("sections"));
    m_sections->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_sections);
    m_sidebar = new NodeSidebar(sidebar);
    layout->addWidget(m_sidebar, 1);
    return sidebar;
}

void MainWindow::createTray()
{
    if (!TrayIcon::isAvailable()) {
        applyTrayChoices();
        return;
    }
    m_tray = new TrayIcon(windowIcon(), this);
    connect(m_tray, &TrayIcon::showRequested, this, [this] {
        // A click on the icon hides a window in front and brings back one that is not.
        if (isVisible() && !isMinimized() && isActiveWindow())
            hide();
        else
            bringToFront();
    });
    connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quit);
    connect(m_tray, &TrayIcon::containerRequested, this,
            [this](const QString &nodeId, const QString &containerId) {
                bringToFront();
                showPage(m_containers);
                m_containers->selectContainer(nodeId, containerId);
            });
    connect(m_tray, &TrayIcon::nodeRequested, this, [this](const QString &nodeId) {
        bringToFront();
        // The page shows the sidebar's node as it comes into view.
        m_sidebar->setCurrentNode(nodeId);
        showPage(m_nodesPage);
    });
    m_tray->show();
    applyTrayChoices();
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_manager, m_tray != nullptr, this);
    connect(&dialog, &PreferencesDialog::languageRequested, this, &MainWindow::languageRequested);
    connect(&dialog, &PreferencesDialog::themeRequested, this, &MainWindow::themeRequested);
    connect(&dialog, &PreferencesDialog::trayChoicesChanged, this, &MainWindow::applyTrayChoices);
    dialog.exec();
}

void MainWindow::showNodeContainers(const QString &nodeId)
{
    m_sidebar->setCurrentNode(nodeId);
    showPage(m_containers);
    m_containers->setNodeFilter(nodeId);
}

bool MainWindow::closesToTray() const
{
    return m_tray && AppSettings::value(AppSettings::Key::CloseToTray).toBool();
}

void MainWindow::applyTrayChoices()
{
    // Hidden in the tray, the window is the app's only one: closing a log window then must not
    // end it. Quit (the menu's, the tray's, Ctrl+Q) ends it.
    QApplication::setQuitOnLastWindowClosed(!closesToTray());
    if (m_closeToTrayAction)
        m_closeToTrayAction->setChecked(closesToTray());
    if (m_startHiddenAction) {
        m_startHiddenAction->setEnabled(closesToTray());
        m_startHiddenAction->setChecked(AppSettings::value(AppSettings::Key::StartHidden).toBool());
    }
}

void MainWindow::showAtStart()
{
    if (closesToTray() && AppSettings::value(AppSettings::Key::StartHidden).toBool())
        return;
    show();
}

void MainWindow::quit()
{
    m_quitting = true;
    saveSettings();
    // Every window, log windows too; the app ends when the event loop does.
    QApplication::closeAllWindows();
    QCoreApplication::quit();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &MainWindow::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setMenuRole(QAction::QuitRole);

    for (Page *page : std::as_const(m_pages)) {
        for (QMenu *menu : page->menus())
            menuBar()->addMenu(menu);
    }

    m_viewMenu = menuBar()->addMenu(QString());
    for (Page *page : std::as_const(m_pages))
        m_viewMenu->addActions(page->viewActions());
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
    // Light or dark: the desktop's preference, or one of them whatever the desktop says.
    m_themeMenu = m_settingsMenu->addMenu(QString());
    m_themeGroup = new QActionGroup(this);
    m_themeGroup->setExclusive(true);
    for (const char *name : {"system", "light", "dark"}) {
        QAction *a = m_themeMenu->addAction(QString());
        a->setData(QLatin1String(name));
        a->setCheckable(true);
        a->setChecked(a->data() == QLatin1String("system"));
        a->setObjectName(QLatin1String("theme-") + QLatin1String(name));
        m_themeGroup->addAction(a);
    }
    connect(m_themeGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { Q_EMIT themeRequested(a->data().toString()); });
    if (m_tray) {
        m_settingsMenu->addSeparator();
        m_closeToTrayAction = m_settingsMenu->addAction(QString(), this, [this](bool on) {
            AppSettings::setValue(AppSettings::Key::CloseToTray, on);
            applyTrayChoices();
        });
        m_closeToTrayAction->setCheckable(true);
        m_closeToTrayAction->setObjectName(QStringLiteral("closeToTrayAction"));
        m_startHiddenAction = m_settingsMenu->addAction(QString(), this, [this](bool on) {
            AppSettings::setValue(AppSettings::Key::StartHidden, on);
        });
        m_startHiddenAction->setCheckable(true);
        m_startHiddenAction->setObjectName(QStringLiteral("startHiddenAction"));
        applyTrayChoices();
    }
    m_settingsMenu->addSeparator();
    m_preferencesAction = m_settingsMenu->addAction(QString(), this, &MainWindow::showPreferences);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    QAction *registries = m_settingsMenu->addAction(QString(), this, [this] {
        RegistriesDialog dialog(m_manager, this);
        dialog.exec();
    });
    registries->setObjectName(QStringLiteral("registriesAction"));

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (Page *page : std::as_const(m_pages)) {
        const qsizetype before = m_toolBar->actions().size();
        page->addToToolBar(m_toolBar);
        m_toolBarItems.insert(page, m_toolBar->actions().mid(before));
    }
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Gontainer"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setStatusTip(tr("Reconnect to the nodes and read their containers again"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("System default"));
    m_themeMenu->setTitle(tr("&Theme"));
    for (QAction *a : m_themeGroup->actions()) {
        const QString name = a->data().toString();
        a->setText(name == QLatin1String("light")  ? tr("&Light")
                   : name == QLatin1String("dark") ? tr("&Dark")
                                                   : tr("&Follow the desktop"));
    }
    m_preferencesAction->setText(tr("&Preferences…"));
    m_preferencesAction->setStatusTip(
        tr("Language, theme, the tray, starting at login and which problems are notified"));
    if (auto *registries = findChild<QAction *>(QStringLiteral("registriesAction"))) {
        registries->setText(tr("&Registries…"));
        registries->setStatusTip(tr("The registry logins used to pull and push images"));
    }
    if (m_tray) {
        m_closeToTrayAction->setText(tr("Keep Running in the &Tray When Closed"));
        m_closeToTrayAction->setStatusTip(
            tr("Closing the window hides it; the nodes are still watched and problems notified"));
        m_startHiddenAction->setText(tr("Start &Hidden in the Tray"));
        m_tray->retranslateUi();
    }
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About Gontainer"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    for (int i = 0; i < m_pages.size(); ++i)
        m_sections->item(i)->setText(m_pages.at(i)->title());
    // As tall as its rows, now that they have text.
    const int rowHeight = qMax(m_sections->sizeHintForRow(0), fontMetrics().height() + 8);
    for (int i = 0; i < m_sections->count(); ++i)
        m_sections->item(i)->setSizeHint(QSize(0, rowHeight));
    m_sections->setFixedHeight(rowHeight * m_sections->count() + 4);
    onNodeStateChanged();
    onCountsChanged(m_containers->countsText());
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
    if (!restoreGeometry(AppSettings::windowGeometry()))
        resize(1200, 720);
    restoreState(AppSettings::windowState());
    m_splitter->restoreState(AppSettings::windowSplitter());
    const QVariantMap selections = AppSettings::value(AppSettings::Key::Selections).toMap();
    for (Page *page : std::as_const(m_pages)) {
        page->restoreSettings();
        const QString key = selections.value(page->widget()->objectName()).toString();
        if (!key.isEmpty())
            page->restoreSelection(key);
    }
}

void MainWindow::showSavedSection()
{
    const QString name = AppSettings::value(AppSettings::Key::Section).toString();
    Page *saved = nullptr;
    for (Page *page : std::as_const(m_pages)) {
        if (!name.isEmpty() && page->widget()->objectName() == name)
            saved = page;
    }
    if (saved && saved->available()) {
        showPage(saved);
        return;
    }
    showPage(m_pages.first());
    m_pendingSection = saved;
    if (saved)
        qApp->installEventFilter(this);
}

void MainWindow::forgetPendingSection()
{
    if (!m_pendingSection)
        return;
    m_pendingSection = nullptr;
    qApp->removeEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::MouseButtonPress || type == QEvent::KeyPress) {
        // The user is at work in the window: it stays where they are.
        if (auto *widget = qobject_cast<QWidget *>(watched); widget && widget->window() == this)
            forgetPendingSection();
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::saveSettings() const
{
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    AppSettings::setWindowSplitter(m_splitter->saveState());
    Page *shown = nullptr;
    QVariantMap selections;
    for (Page *page : m_pages) {
        page->saveSettings();
        const QString key = page->selectionKey();
        if (!key.isEmpty())
            selections.insert(page->widget()->objectName(), key);
        if (page->widget() == m_pageStack->currentWidget())
            shown = page;
    }
    // The section still waiting to be listed is the one the user last chose.
    if (Page *section = m_pendingSection ? m_pendingSection : shown)
        AppSettings::setValue(AppSettings::Key::Section, section->widget()->objectName());
    AppSettings::setValue(AppSettings::Key::Selections, selections);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (closesToTray() && !m_quitting) {
        event->ignore();
        hide();
        // Once ever: where the window went, and how to quit.
        if (!AppSettings::value(AppSettings::Key::TrayHintShown).toBool()) {
            AppSettings::setValue(AppSettings::Key::TrayHintShown, true);
            const QString title = tr("Gontainer is still running");
            const QString text = tr("It keeps watching your nodes and tells you of problems. "
                                    "Open it again from its icon in the tray; quit from the "
                                    "icon's menu.");
            if (m_desktop->isAvailable())
                m_desktop->notify(title, text);
            else
                m_tray->showMessage(title, text);
        }
        return;
    }
    QMainWindow::closeEvent(event);
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
        m_tray->showMessage(title, text);
    QApplication::alert(this);
}

// ---- nodes ----

void MainWindow::setNodeManager(NodeManager *manager)
{
    if (m_manager) {
        m_manager->disconnect(this);
        for (NodeService *node : m_manager->nodes())
            node->disconnect(this);
    }
    m_manager = manager;
    delete m_problems;
    m_problems = manager ? new ProblemWatcher(manager, this) : nullptr;
    if (m_problems)
        connect(m_problems, &ProblemWatcher::problem, this, &MainWindow::onProblem);
    m_containers->actions()->setProblemWatcher(m_problems);
    if (m_tray)
        m_tray->setSources(m_containers->containerModel(), manager);
    m_sidebar->setNodeManager(manager);
    for (Page *page : std::as_const(m_pages))
        page->setNodeManager(manager);
    if (!manager)
        return;
    connect(manager, &NodeManager::nodeAdded, this, &MainWindow::onNodeAdded);
    connect(manager, &NodeManager::nodeAboutToBeRemoved, this,
            [this](NodeService *node) { node->disconnect(this); });
    connect(manager, &NodeManager::nodeRemoved, this, &MainWindow::onNodeStateChanged);
    connect(manager, &NodeManager::saveProblemChanged, this, &MainWindow::onNodeSaveProblem);
    for (NodeService *node : manager->nodes())
        onNodeAdded(node);
    onNodeSaveProblem(manager->saveProblem());
}

void MainWindow::onNodeSaveProblem(const QString &problem)
{
    if (m_saveNotice != 0)
        m_notifications->dismiss(m_saveNotice);
    m_saveNotice = problem.isEmpty() ? 0 : m_notifications->post(NoticeBar::Kind::Error, problem);
}

void MainWindow::onNodeAdded(NodeService *node)
{
    connect(node, &NodeService::stateChanged, this, &MainWindow::onNodeStateChanged);
    connect(node, &NodeService::retryScheduled, this, &MainWindow::onNodeStateChanged);
    if (m_noticeAction == NoticeAction::RetryLocate ||
        m_notice->kind() == NoticeBar::Kind::Progress) {
        m_notice->hide();
        setNoticeAction(NoticeAction::None);
    }
    onNodeStateChanged();
}

void MainWindow::showLocating(const QString &message)
{
    setNoticeAction(NoticeAction::None);
    m_notice->showNotice(NoticeBar::Kind::Progress, message);
}

void MainWindow::showLocateFailed(const QString &message)
{
    m_locateMessage = message;
    setNoticeAction(NoticeAction::RetryLocate);
    m_notice->showNotice(NoticeBar::Kind::Error, message, tr("&Retry"));
}

void MainWindow::showInfo(const QString &message)
{
    setNoticeAction(NoticeAction::None);
    m_notice->showNotice(NoticeBar::Kind::Info, message);
}

void MainWindow::setNoticeAction(NoticeAction action)
{
    m_noticeAction = action;
    // Without an engine the containers page says so instead of waiting for one.
    m_containers->setEngineMissing(action == NoticeAction::RetryLocate);
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
    if (offline.isEmpty()) {
        if (m_noticeAction == NoticeAction::ReconnectNodes) {
            setNoticeAction(NoticeAction::None);
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
        setNoticeAction(NoticeAction::ReconnectNodes);
        m_notice->showNotice(NoticeBar::Kind::Error, text, tr("Retry &now"));
    }
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

void MainWindow::onCountsChanged(const QString &text)
{
    m_countLabel->setText(text);
    if (m_tray)
        m_tray->setCountsText(text);
}

// ---- help ----

void MainWindow::showShortcuts()
{
    QList<QAction *> actions;
    for (Page *page : std::as_const(m_pages))
        actions << page->shortcutActions();
    actions << m_refreshAction << m_shortcutsAction << m_quitAction;
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

void MainWindow::setCurrentTheme(const QString &name)
{
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toString() == name);
}
