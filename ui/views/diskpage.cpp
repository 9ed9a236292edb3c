#include "ui/views/diskpage.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "ui/views/disknodepanel.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QToolBar>
#include <QVBoxLayout>

DiskPage::DiskPage(NotificationArea *notifications, QWidget *parent)
    : QWidget(parent)
    , m_notifications(notifications)
{
    setObjectName(QStringLiteral("diskPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("diskToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh = new QAction(this);
    m_refresh->setObjectName(QStringLiteral("diskRefreshAction"));
    m_refresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    // Ctrl+R, the other standard Refresh key: F5 is the window's own Refresh (reconnect), and
    // two actions on one key would both stay silent.
    m_refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    // Window-wide, enabled only while this page is shown (as the other pages' actions).
    m_refresh->setShortcutContext(Qt::WindowShortcut);
    m_refresh->setEnabled(false);
    addAction(m_refresh);
    connect(m_refresh, &QAction::triggered, this, &DiskPage::refresh);
    m_toolBar->addAction(m_refresh);
    layout->addWidget(m_toolBar);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("diskScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(m_scroll);
    m_panels = new QVBoxLayout(content);
    m_panels->setContentsMargins(8, 8, 8, 8);
    m_placeholder = new QLabel(content);
    m_placeholder->setObjectName(QStringLiteral("diskPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_panels->addWidget(m_placeholder);
    m_panels->addStretch(1);
    m_scroll->setWidget(content);
    layout->addWidget(m_scroll, 1);
    retranslateUi();
}

DiskPage::~DiskPage() = default;

QString DiskPage::title() const
{
    return tr("Disk");
}

QIcon DiskPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("drive-harddisk"));
}

QList<QAction *> DiskPage::shortcutActions() const
{
    return {m_refresh};
}

void DiskPage::retranslateUi()
{
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Ask every node for its disk use again (Ctrl+R)"));
    m_toolBar->setWindowTitle(tr("Disk"));
    m_placeholder->setText(tr("No nodes."));
    for (DiskNodePanel *panel : std::as_const(m_byNode))
        panel->retranslateUi();
}

bool DiskPage::isShown() const
{
    return isWindow() ? isVisible() : !isHidden();
}

bool DiskPage::event(QEvent *event)
{
    // Shown or hidden as the current page changes (whether or not the window is on screen):
    // the figures are asked each time the page comes up.
    if (event->type() == QEvent::ShowToParent) {
        m_refresh->setEnabled(true);
        refresh();
    } else if (event->type() == QEvent::HideToParent) {
        m_refresh->setEnabled(false);
    }
    return QWidget::event(event);
}

void DiskPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DiskPage::setNodeManager(NodeManager *manager)
{
    if (m_manager)
        m_manager->disconnect(this);
    const QList<NodeService *> shown = m_byNode.keys();
    for (NodeService *node : shown)
        removePanel(node);
    m_manager = manager;
    if (manager) {
        connect(manager, &NodeManager::nodeAdded, this, &DiskPage::addPanel);
        connect(manager, &NodeManager::nodeAboutToBeRemoved, this, &DiskPage::removePanel);
        for (NodeService *node : manager->nodes())
            addPanel(node);
    }
    updatePlaceholder();
}

void DiskPage::addPanel(NodeService *node)
{
    if (!node || m_byNode.contains(node))
        return;
    auto *panel = new DiskNodePanel(node, m_notifications, m_scroll->widget());
    panel->setProperty("nodeId", node->id());
    m_byNode.insert(node, panel);
    // In the manager's order, before the stretch at the end.
    const int index = m_manager ? int(m_manager->nodes().indexOf(node)) : -1;
    m_panels->insertWidget(
        index < 0 ? m_panels->count() - 1 : qMin(index + 1, m_panels->count() - 1), panel);
    // A node that comes online while the page is shown is asked then; not while it is hidden.
    connect(node, &NodeService::stateChanged, panel, [this, panel](NodeService::State state) {
        if (isShown() && (state == NodeService::State::Online) && !panel->hasUsage())
            panel->refresh();
    });
    if (isShown())
        panel->refresh();
    updatePlaceholder();
}

void DiskPage::removePanel(NodeService *node)
{
    DiskNodePanel *panel = m_byNode.take(node);
    if (!panel)
        return;
    node->disconnect(panel);
    delete panel;
    updatePlaceholder();
}

void DiskPage::updatePlaceholder()
{
    m_placeholder->setVisible(m_byNode.isEmpty());
}

QList<DiskNodePanel *> DiskPage::panels() const
{
    QList<DiskNodePanel *> out;
    for (int i = 0; i < m_panels->count(); ++i) {
        if (auto *panel = qobject_cast<DiskNodePanel *>(m_panels->itemAt(i)->widget()))
            out << panel;
    }
    return out;
}

DiskNodePanel *DiskPage::panel(const QString &nodeId) const
{
    for (auto it = m_byNode.cbegin(); it != m_byNode.cend(); ++it) {
        if (it.key()->id() == nodeId)
            return it.value();
    }
    return nullptr;
}

void DiskPage::showNode(NodeService *node)
{
    if (DiskNodePanel *panel = m_byNode.value(node))
        m_scroll->ensureWidgetVisible(panel);
}

void DiskPage::refresh()
{
    for (DiskNodePanel *panel : std::as_const(m_byNode))
        panel->refresh();
}
