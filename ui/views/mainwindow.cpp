#include "ui/views/mainwindow.h"

#include "ui/models/containertablemodel.h"
#include "ui/widgets/noticebar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString HeaderKey = QStringLiteral("window/containerHeader");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gontainer.svg")));

    m_model = new ContainerTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ContainerTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_notice = new NoticeBar(central);
    connect(m_notice, &NoticeBar::actionTriggered, this, &MainWindow::onNoticeAction);
    layout->addWidget(m_notice);

    m_stack = new QStackedWidget(central);
    m_table = new QTableView(m_stack);
    m_table->setObjectName(QStringLiteral("containerTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ContainerTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep thousands of rows smooth.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->resizeSection(ContainerTableModel::Name, 200);
    header->resizeSection(ContainerTableModel::Image, 240);
    header->resizeSection(ContainerTableModel::State, 110);
    header->resizeSection(ContainerTableModel::Status, 230);
    header->resizeSection(ContainerTableModel::Created, 130);

    m_placeholder = new QLabel(m_stack);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_table);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_stateLabel = new QLabel(this);
    m_engineLabel = new QLabel(this);
    m_engineLabel->setObjectName(QStringLiteral("engineLabel"));
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_stateLabel);
    statusBar()->addWidget(m_engineLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateCounts);

    createActions();
    retranslateUi();

    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1100, 640);
    restoreState(settings.value(StateKey).toByteArray());
    header->restoreState(settings.value(HeaderKey).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_refreshAction = m_viewMenu->addAction(QString(), this, &MainWindow::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setEnabled(false);

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
        QAction *action = m_languageMenu->addAction(name);
        action->setData(code);
        action->setCheckable(true);
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { Q_EMIT languageRequested(action->data().toString()); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::setCurrentLanguage(const QString &code)
{
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == code);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Gontainer"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setStatusTip(tr("Reconnect to the engine and read its containers again"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("System default"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Gontainer"));
    m_model->retranslate();
    updateStatus();
    updateCounts();
    if (m_node && m_node->state() != NodeService::State::Online)
        onNodeStateChanged();
    else if (m_noticeAction == NoticeAction::RetryLocate)
        showLocateFailed(m_locateMessage);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(HeaderKey, m_table->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::setNode(NodeService *node)
{
    if (m_node)
        m_node->disconnect(this);
    m_node = node;
    m_model->setContainers(node ? node->containers() : QList<ContainerSummary>());
    m_refreshAction->setEnabled(node != nullptr);
    if (node) {
        connect(node, &NodeService::containersAdded, m_model, &ContainerTableModel::addContainers);
        connect(node, &NodeService::containersChanged, m_model,
                &ContainerTableModel::updateContainers);
        connect(node, &NodeService::containersRemoved, m_model,
                &ContainerTableModel::removeContainers);
        connect(node, &NodeService::stateChanged, this, &MainWindow::onNodeStateChanged);
        connect(node, &NodeService::engineInfoChanged, this, &MainWindow::updateStatus);
        connect(node, &NodeService::retryScheduled, this, &MainWindow::onRetryScheduled);
        if (m_noticeAction == NoticeAction::RetryLocate ||
            m_notice->kind() == NoticeBar::Kind::Progress)
            m_notice->hide();
        m_noticeAction = NoticeAction::None;
    }
    onNodeStateChanged();
}

void MainWindow::showLocating(const QString &message)
{
    m_noticeAction = NoticeAction::None;
    m_notice->showNotice(NoticeBar::Kind::Progress, message);
    m_stateLabel->setText(tr("Connecting…"));
    updatePlaceholder();
}

void MainWindow::showLocateFailed(const QString &message)
{
    m_locateMessage = message;
    m_noticeAction = NoticeAction::RetryLocate;
    m_notice->showNotice(NoticeBar::Kind::Error, message, tr("&Retry"));
    m_stateLabel->setText(tr("No engine"));
    updatePlaceholder();
}

void MainWindow::showInfo(const QString &message)
{
    m_noticeAction = NoticeAction::None;
    m_notice->showNotice(NoticeBar::Kind::Info, message);
}

void MainWindow::onNodeStateChanged()
{
    updateStatus();
    updatePlaceholder();
    if (!m_node)
        return;
    switch (m_node->state()) {
    case NodeService::State::Online:
    case NodeService::State::Degraded:
        if (m_noticeAction == NoticeAction::ReconnectNode) {
            m_noticeAction = NoticeAction::None;
            m_notice->hide();
        }
        break;
    case NodeService::State::Connecting:
        break;
    case NodeService::State::Offline: {
        m_noticeAction = NoticeAction::ReconnectNode;
        QString text = m_node->lastError().userText();
        if (m_model->rowCount() > 0)
            text += QLatin1Char(' ') + tr("The list shows the last known state.");
        if (m_retrySeconds > 0)
            text += QLatin1Char(' ') + tr("Retrying in %n second(s).", nullptr, m_retrySeconds);
        m_notice->showNotice(NoticeBar::Kind::Error, text, tr("Retry &now"));
        break;
    }
    }
}

void MainWindow::onRetryScheduled(int seconds)
{
    m_retrySeconds = seconds;
    onNodeStateChanged();
}

void MainWindow::onNoticeAction()
{
    switch (m_noticeAction) {
    case NoticeAction::RetryLocate:
        Q_EMIT retryLocateRequested();
        break;
    case NoticeAction::ReconnectNode:
        refresh();
        break;
    case NoticeAction::None:
        break;
    }
}

void MainWindow::refresh()
{
    if (!m_node)
        return;
    m_retrySeconds = 0;
    m_node->reconnectNow();
}

QString MainWindow::engineStatusText() const
{
    return m_engineLabel->text();
}

QString MainWindow::connectionStatusText() const
{
    return m_stateLabel->text();
}

void MainWindow::updateStatus()
{
    if (!m_node) {
        m_engineLabel->clear();
        return;
    }
    const EngineInfo info = m_node->engineInfo();
    const QString where = m_node->endpoint().toUrl();
    if (info.version.isEmpty())
        m_engineLabel->setText(where);
    else
        m_engineLabel->setText(
            tr("%1 %2 · API %3 · %4").arg(info.name, info.version, info.apiVersion, where));
    switch (m_node->state()) {
    case NodeService::State::Connecting:
        m_stateLabel->setText(QStringLiteral("<span style='color:#d29922'>●</span> ") +
                              tr("Connecting…"));
        break;
    case NodeService::State::Online:
        m_stateLabel->setText(QStringLiteral("<span style='color:#2ea043'>●</span> ") +
                              tr("Online"));
        break;
    case NodeService::State::Degraded:
        m_stateLabel->setText(QStringLiteral("<span style='color:#d29922'>●</span> ") +
                              tr("Slow (%1 ms)").arg(m_node->latencyMs()));
        break;
    case NodeService::State::Offline:
        m_stateLabel->setText(QStringLiteral("<span style='color:#cf222e'>●</span> ") +
                              tr("Offline"));
        break;
    }
}

void MainWindow::updateCounts()
{
    const int total = m_model->rowCount();
    m_countLabel->setText(
        total == 0
            ? QString()
            : tr("%n container(s), %1 running", nullptr, total).arg(m_model->runningCount()));
    updatePlaceholder();
}

void MainWindow::updatePlaceholder()
{
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    QString text;
    if (!m_node)
        text = tr("Looking for a container engine…");
    else if (m_node->state() == NodeService::State::Online ||
             m_node->state() == NodeService::State::Degraded)
        text = tr("No containers on this engine yet.\nContainers you create with Docker or "
                  "Podman appear here as soon as they exist.");
    else if (m_node->state() == NodeService::State::Connecting)
        text = tr("Connecting to %1…").arg(m_node->endpoint().toUrl());
    else
        text = tr("The engine cannot be reached.");
    if (m_noticeAction == NoticeAction::RetryLocate)
        text = tr("No container engine.");
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Gontainer"),
        tr("<h3>Gontainer %1</h3><p>See and run the containers of many machines "
           "from one window.</p><p>Built with Qt %2.</p>")
            .arg(QStringLiteral(GONTAINER_VERSION), QString::fromLatin1(qVersion())));
}
