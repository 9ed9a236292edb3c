#include "ui/desktop/trayicon.h"

#include "core/engine/containersummary.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "ui/models/containertablemodel.h"

#include <QAbstractItemModel>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QTimer>

namespace {

bool s_assumeAvailable = false;

} // namespace

bool TrayIcon::isAvailable()
{
    return s_assumeAvailable || QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::assumeAvailable(bool assume)
{
    s_assumeAvailable = assume;
}

TrayIcon::TrayIcon(const QIcon &icon, QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(icon, this))
    , m_menu(std::make_unique<QMenu>())
    , m_icon(icon)
    , m_badgedIcon(badged(icon))
    , m_updateTimer(new QTimer(this))
{
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    Q_EMIT showRequested();
            });
    // Health changes arrive in bursts (a node's first list, a restart of many): one update.
    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(200);
    connect(m_updateTimer, &QTimer::timeout, this, [this] { update(false); });
    update(true);
}

TrayIcon::~TrayIcon() = default;

QIcon TrayIcon::badged(const QIcon &icon)
{
    // The icon with a red dot at its lower right, at the sizes trays ask for.
    QIcon out;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = icon.pixmap(size, size);
        if (pixmap.isNull())
            continue;
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal dot = size * 0.45;
        const QRectF r(size - dot, size - dot, dot, dot);
        painter.setPen(QPen(Qt::white, qMax(1.0, size / 16.0)));
        painter.setBrush(QColor(0xd7, 0x3a, 0x49));
        painter.drawEllipse(r.adjusted(0.5, 0.5, -0.5, -0.5));
        painter.end();
        out.addPixmap(pixmap);
    }
    return out;
}

void TrayIcon::setSources(QAbstractItemModel *containers, NodeManager *nodes)
{
    if (m_containers)
        m_containers->disconnect(this);
    if (m_nodes) {
        m_nodes->disconnect(this);
        for (NodeService *node : m_nodes->nodes())
            node->disconnect(this);
    }
    m_containers = containers;
    m_nodes = nodes;
    if (containers) {
        const auto schedule = [this] {
            scheduleUpdate();
        };
        connect(containers, &QAbstractItemModel::rowsInserted, this, schedule);
        connect(containers, &QAbstractItemModel::rowsRemoved, this, schedule);
        connect(containers, &QAbstractItemModel::modelReset, this, schedule);
        connect(containers, &QAbstractItemModel::layoutChanged, this, schedule);
        // Resource samples change rows all the time; only a health (or name) change matters.
        connect(containers, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                    if (roles.isEmpty() || roles.contains(ContainerTableModel::HealthRole) ||
                        roles.contains(ContainerTableModel::NameRole))
                        scheduleUpdate();
                });
    }
    if (nodes) {
        for (NodeService *node : nodes->nodes())
            watchNode(node);
        connect(nodes, &NodeManager::nodeAdded, this, [this](NodeService *node) {
            watchNode(node);
            scheduleUpdate();
        });
        connect(nodes, &NodeManager::nodeChanged, this, [this] { scheduleUpdate(); });
        connect(nodes, &NodeManager::nodeRemoved, this, [this] { scheduleUpdate(); });
    }
    update(false);
}

void TrayIcon::watchNode(NodeService *node)
{
    connect(node, &NodeService::stateChanged, this, [this] { scheduleUpdate(); });
}

void TrayIcon::scheduleUpdate()
{
    if (!m_updateTimer->isActive())
        m_updateTimer->start();
}

void TrayIcon::setCountsText(const QString &text)
{
    m_countsText = text;
    m_tray->setToolTip(toolTip());
}

void TrayIcon::show()
{
    m_tray->show();
}

bool TrayIcon::isVisible() const
{
    return m_tray->isVisible();
}

void TrayIcon::showMessage(const QString &title, const QString &text)
{
    m_tray->showMessage(title, text, QSystemTrayIcon::Warning);
}

QIcon TrayIcon::currentIcon() const
{
    return m_problems.isEmpty() ? m_icon : m_badgedIcon;
}

QString TrayIcon::toolTip() const
{
    QString text = m_countsText.isEmpty() ? tr("Gontainer") : tr("Gontainer: %1").arg(m_countsText);
    if (m_unhealthy > 0)
        text += QLatin1Char('\n') + tr("%n container(s) unhealthy", nullptr, m_unhealthy);
    if (m_offline > 0)
        text += QLatin1Char('\n') + tr("%n node(s) offline", nullptr, m_offline);
    return text;
}

void TrayIcon::update(bool rebuild)
{
    QList<Problem> problems;
    int unhealthy = 0;
    int offline = 0;
    if (m_nodes) {
        for (NodeService *node : m_nodes->nodes()) {
            if (node->state() != NodeService::State::Offline)
                continue;
            ++offline;
            problems.append({node->id(), QString(), tr("%1 is offline").arg(node->name())});
        }
    }
    if (m_containers) {
        const int rows = m_containers->rowCount();
        for (int row = 0; row < rows; ++row) {
            const QModelIndex i = m_containers->index(row, 0);
            if (i.data(ContainerTableModel::HealthRole).toInt() !=
                int(ContainerSummary::Health::Unhealthy))
                continue;
            ++unhealthy;
            problems.append({i.data(ContainerTableModel::NodeIdRole).toString(),
                             i.data(ContainerTableModel::IdRole).toString(),
                             tr("%1 is unhealthy (%2)")
                                 .arg(i.data(ContainerTableModel::NameRole).toString(),
                                      i.data(ContainerTableModel::NodeNameRole).toString())});
        }
    }
    const bool badgeChanged = problems.isEmpty() != m_problems.isEmpty();
    const bool listChanged = rebuild || problems != m_problems;
    m_problems = problems;
    m_unhealthy = unhealthy;
    m_offline = offline;
    if (badgeChanged)
        m_tray->setIcon(currentIcon());
    if (listChanged) {
        rebuildMenu();
        m_tray->setToolTip(toolTip());
    }
}

void TrayIcon::rebuildMenu()
{
    m_menu->clear();
    m_menu->addAction(tr("Show Gontainer"), this, [this] { Q_EMIT showRequested(); });
    if (!m_problems.isEmpty()) {
        m_menu->addSeparator();
        for (qsizetype i = 0; i < m_problems.size() && i < MenuProblems; ++i) {
            const Problem p = m_problems.at(i);
            QAction *a = m_menu->addAction(p.text, this, [this, p] {
                if (p.containerId.isEmpty())
                    Q_EMIT nodeRequested(p.nodeId);
                else
                    Q_EMIT containerRequested(p.nodeId, p.containerId);
            });
            a->setObjectName(QStringLiteral("problem"));
        }
        if (m_problems.size() > MenuProblems) {
            QAction *more = m_menu->addAction(
                tr("…and %n more", nullptr, int(m_problems.size() - MenuProblems)), this,
                [this] { Q_EMIT showRequested(); });
            more->setObjectName(QStringLiteral("moreProblems"));
        }
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, [this] { Q_EMIT quitRequested(); });
}

void TrayIcon::retranslateUi()
{
    // The problems' words too.
    update(true);
}
