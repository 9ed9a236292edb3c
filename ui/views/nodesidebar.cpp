#include "ui/views/nodesidebar.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "core/services/problemwatcher.h"
#include "ui/models/nodelistmodel.h"
#include "ui/widgets/nodeitemdelegate.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

NodeSidebar::NodeSidebar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("nodeSidebar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    layout->addWidget(m_title);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("nodeList"));
    m_view->setItemDelegate(new NodeItemDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFrameShape(QFrame::NoFrame);
    connect(m_view, &QWidget::customContextMenuRequested, this, &NodeSidebar::showContextMenu);
    layout->addWidget(m_view, 1);
    m_title->setText(tr("Nodes"));
}

NodeSidebar::~NodeSidebar() = default;

void NodeSidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_title->setText(tr("Nodes"));
    QWidget::changeEvent(event);
}

void NodeSidebar::setNodeManager(NodeManager *manager)
{
    m_manager = manager;
    delete m_model;
    m_model = nullptr;
    if (!manager)
        return;
    m_model = new NodeListModel(manager, this);
    m_view->setModel(m_model);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT nodeChosen(current.data(NodeListModel::IdRole).toString());
            });
}

NodeService *NodeSidebar::currentNode() const
{
    if (!m_model || !m_view->currentIndex().isValid())
        return nullptr;
    return m_model->nodeAt(m_view->currentIndex().row());
}

void NodeSidebar::setCurrentNode(const QString &nodeId)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(nodeId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
    else
        m_view->clearSelection();
}

void NodeSidebar::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid() || !m_model)
        return;
    QPointer<NodeService> node = m_model->nodeAt(index.row());
    if (!node)
        return;
    QMenu menu(this);
    menu.addAction(tr("&Reconnect"), this, [node] {
        if (node)
            node->reconnectNow();
    });
    menu.addAction(tr("&Show only this node"), this, [this, node] {
        if (node)
            Q_EMIT showOnlyRequested(node->id());
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
        if (node)
            Q_EMIT editRequested(node);
    });
    menu.addSeparator();
    menu.addAction(tr("Re&move node…"), this, [this, node] {
        if (node)
            Q_EMIT removeRequested(node);
    });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}
