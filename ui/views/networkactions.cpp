#include "ui/views/networkactions.h"

#include "core/config/appsettings.h"
#include "core/services/networkoperations.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "ui/dialogs/connectnetworkdialog.h"
#include "ui/dialogs/createnetworkdialog.h"
#include "ui/widgets/notificationarea.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QWidget>

#include <memory>

NetworkActions::NetworkActions(QWidget *owner, NotificationArea *notifications)
    : QObject(owner)
    , m_owner(owner)
    , m_notifications(notifications)
{
    m_menu = new QMenu(owner);
    addAction(Act::Create, QKeySequence(Qt::CTRL | Qt::Key_N), QStringLiteral("list-add"));
    addAction(Act::Inspect, QKeySequence(Qt::Key_Return), QStringLiteral("document-properties"));
    m_menu->addSeparator();
    addAction(Act::Connect, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
              QStringLiteral("network-connect"));
    addAction(Act::Disconnect, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
              QStringLiteral("network-disconnect"));
    m_menu->addSeparator();
    addAction(Act::Remove, QKeySequence::Delete, QStringLiteral("edit-delete"));
    addAction(Act::Prune, QKeySequence(), QStringLiteral("edit-clear"));
    // Enter belongs to the table (the page adds Inspect there); the rest act window-wide while
    // the page is shown.
    action(Act::Inspect)->setShortcutContext(Qt::WidgetShortcut);
    owner->addActions({action(Act::Create), action(Act::Connect), action(Act::Disconnect),
                       action(Act::Remove), action(Act::Prune)});
    updateEnabled();
    retranslate();
}

NetworkActions::~NetworkActions() = default;

QAction *NetworkActions::addAction(Act act, const QKeySequence &key, const QString &icon)
{
    auto *a = new QAction(this);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    if (!icon.isEmpty())
        a->setIcon(QIcon::fromTheme(icon));
    connect(a, &QAction::triggered, this, [this, act] { trigger(act); });
    m_menu->addAction(a);
    m_acts.insert(act, a);
    return a;
}

void NetworkActions::setNodeManager(NodeManager *manager)
{
    if (m_manager)
        m_manager->disconnect(this);
    m_manager = manager;
    if (manager) {
        // Capabilities come with each node's engine, on every (re)connect.
        const auto watch = [this](NodeService *node) {
            connect(node, &NodeService::engineInfoChanged, this, &NetworkActions::updateEnabled);
        };
        for (NodeService *node : manager->nodes())
            watch(node);
        connect(manager, &NodeManager::nodeAdded, this, [this, watch](NodeService *node) {
            watch(node);
            updateEnabled();
        });
        connect(manager, &NodeManager::nodeRemoved, this, &NetworkActions::updateEnabled);
    }
    updateEnabled();
}

void NetworkActions::setSelection(const QList<NetworkRef> &selection)
{
    m_selection = selection;
    updateEnabled();
}

void NetworkActions::setCurrentNode(const QString &nodeId)
{
    m_currentNode = nodeId;
}

QList<QAction *> NetworkActions::toolBarActions() const
{
    return {action(Act::Create), action(Act::Connect), action(Act::Disconnect), action(Act::Remove),
            action(Act::Prune)};
}

QList<QAction *> NetworkActions::allActions() const
{
    return {action(Act::Create),     action(Act::Inspect), action(Act::Connect),
            action(Act::Disconnect), action(Act::Remove),  action(Act::Prune)};
}

void NetworkActions::retranslate()
{
    m_menu->setTitle(tr("&Network"));
    const QList<std::pair<QAction *, QPair<QString, QString>>> texts = {
        {action(Act::Create), {tr("&New Network…"), tr("Create a network on a node")}},
        {action(Act::Inspect),
         {tr("&Inspect"), tr("Show the selected network's details and the engine's JSON")}},
        {action(Act::Connect),
         {tr("&Connect a Container…"), tr("Attach a container to the selected network")}},
        {action(Act::Disconnect),
         {tr("&Disconnect a Container…"), tr("Detach a container from the selected network")}},
        {action(Act::Remove), {tr("Re&move…"), tr("Remove the selected networks")}},
        {action(Act::Prune),
         {tr("Pr&une…"),
          tr("Remove the networks no container is attached to, showing first which")}},
    };
    for (const auto &[a, text] : texts) {
        a->setText(text.first);
        static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)|&|…$"));
        a->setIconText(QString(text.first).remove(mnemonic));
        a->setStatusTip(text.second);
        a->setToolTip(a->shortcut().isEmpty()
                          ? text.second
                          : QStringLiteral("%1 (%2)").arg(
                                text.second, a->shortcut().toString(QKeySequence::NativeText)));
    }
}

void NetworkActions::updateEnabled()
{
    const bool shown = m_owner->isWindow() || !m_owner->isHidden();
    // Only nodes whose engines have networks (EngineCapabilities::networks) make them.
    bool anyNode = false;
    if (shown && m_manager) {
        for (NodeService *node : m_manager->nodes())
            anyNode = anyNode || node->engineInfo().capabilities.networks;
    }
    const bool one = shown && m_selection.size() == 1;
    action(Act::Create)->setEnabled(anyNode);
    action(Act::Prune)->setEnabled(anyNode);
    action(Act::Inspect)->setEnabled(one);
    action(Act::Connect)->setEnabled(one);
    action(Act::Disconnect)->setEnabled(one);
    action(Act::Remove)->setEnabled(shown && !m_selection.isEmpty());
}

void NetworkActions::showContextMenu(const QPoint &globalPos)
{
    QMenu menu(m_owner);
    for (QAction *a : allActions()) {
        if (a == action(Act::Connect) || a == action(Act::Remove))
            menu.addSeparator();
        if (a->isEnabled())
            menu.addAction(a);
    }
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

CreateNetworkDialog *NetworkActions::createDialog() const
{
    return m_create;
}

void NetworkActions::setAnswersForTest(const Answers &answers)
{
    m_answers = answers;
}

QString NetworkActions::nodeName(const QString &nodeId) const
{
    NodeService *node = m_manager ? m_manager->node(nodeId) : nullptr;
    return node ? node->name() : nodeId;
}

void NetworkActions::trigger(Act act)
{
    switch (act) {
    case Act::Create:
        create();
        return;
    case Act::Inspect:
        if (m_selection.size() == 1)
            Q_EMIT inspectRequested();
        return;
    case Act::Connect:
        if (m_selection.size() == 1)
            connectContainer(m_selection.first());
        return;
    case Act::Disconnect:
        if (m_selection.size() == 1)
            disconnectContainer(m_selection.first());
        return;
    case Act::Remove:
        remove();
        return;
    case Act::Prune:
        prune();
        return;
    }
}

void NetworkActions::create()
{
    if (!m_manager || m_manager->nodes().isEmpty())
        return;
    if (m_create) {
        m_create->raise();
        m_create->activateWindow();
        return;
    }
    QString nodeId = m_currentNode;
    if (nodeId.isEmpty() && !m_selection.isEmpty())
        nodeId = m_selection.first().nodeId;
    auto *dialog = new CreateNetworkDialog(m_manager, nodeId, m_owner->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateNetworkDialog::created, this,
            [this](const QString &node, const QString &id, const QString &name) {
                m_notifications->post(
                    NoticeBar::Kind::Info,
                    tr("Created the network %1 on %2.").arg(name, nodeName(node)));
                Q_EMIT networkCreated(node, id);
            });
    m_create = dialog;
    dialog->show();
}

void NetworkActions::connectContainer(const NetworkRef &network, const QString &fixedContainer)
{
    NodeService *node = m_manager ? m_manager->node(network.nodeId) : nullptr;
    if (!node)
        return;
    QString container = fixedContainer;
    QStringList aliases;
    if (m_answers) {
        if (container.isEmpty())
            container = m_answers->container;
        aliases = m_answers->aliases;
    } else {
        ConnectNetworkDialog dialog(node, fixedContainer.isEmpty() ? network.name : QString(),
                                    fixedContainer, m_owner->window());
        if (dialog.exec() != QDialog::Accepted)
            return;
        container = dialog.container();
        aliases = dialog.aliases();
    }
    if (container.isEmpty())
        return;
    const QString name = node->name();
    const QString nodeId = network.nodeId;
    const int notice = m_notifications->post(
        NoticeBar::Kind::Progress, tr("Connecting %1 to %2…").arg(container, network.name));
    NetworkOperations::connect(
        node, network.name, container, aliases, this,
        [this, notice, container, network, name, nodeId](const EngineError &error) {
            if (error.isError())
                m_notifications->update(notice, NoticeBar::Kind::Error,
                                        tr("Could not connect %1 to %2 on %3: %4")
                                            .arg(container, network.name, name, error.userText()));
            else
                m_notifications->update(
                    notice, NoticeBar::Kind::Info,
                    tr("Connected %1 to %2 on %3.").arg(container, network.name, name));
            Q_EMIT attachmentsChanged(nodeId);
        });
}

void NetworkActions::disconnectContainer(const NetworkRef &network, const QString &fixedContainer)
{
    NodeService *node = m_manager ? m_manager->node(network.nodeId) : nullptr;
    if (!node)
        return;
    QString container = fixedContainer;
    if (container.isEmpty()) {
        if (m_answers) {
            container = m_answers->container;
        } else {
            QStringList names;
            for (const ContainerSummary &c : NetworkOperations::containersOn(node, network.name))
                names << c.name;
            names.sort(Qt::CaseInsensitive);
            if (names.isEmpty()) {
                m_notifications->post(NoticeBar::Kind::Info,
                                      tr("No container is attached to %1.").arg(network.name));
                return;
            }
            bool ok = false;
            container = QInputDialog::getItem(m_owner->window(), tr("Disconnect a Container"),
                                              tr("Detach from %1:").arg(network.name), names, 0,
                                              false, &ok);
            if (!ok)
                return;
        }
    }
    if (container.isEmpty())
        return;
    const QString name = node->name();
    const QString nodeId = network.nodeId;
    const int notice = m_notifications->post(
        NoticeBar::Kind::Progress, tr("Disconnecting %1 from %2…").arg(container, network.name));
    NetworkOperations::disconnect(
        node, network.name, container, false, this,
        [this, notice, container, network, name, nodeId](const EngineError &error) {
            if (error.isError())
                m_notifications->update(notice, NoticeBar::Kind::Error,
                                        tr("Could not disconnect %1 from %2 on %3: %4")
                                            .arg(container, network.name, name, error.userText()));
            else
                m_notifications->update(
                    notice, NoticeBar::Kind::Info,
                    tr("Disconnected %1 from %2 on %3.").arg(container, network.name, name));
            Q_EMIT attachmentsChanged(nodeId);
        });
}

void NetworkActions::remove()
{
    if (!m_manager || m_selection.isEmpty())
        return;
    QStringList refusals;
    QList<NetworkRef> going;
    QStringList goingLines;
    for (const NetworkRef &ref : std::as_const(m_selection)) {
        NodeService *node = m_manager->node(ref.nodeId);
        if (!node)
            continue;
        if (NetworkOperations::isPredefined(ref.name)) {
            refusals << tr("%1 on %2 is the engine's own network; it cannot be removed.")
                            .arg(ref.name, node->name());
            continue;
        }
        QStringList users;
        for (const ContainerSummary &c : NetworkOperations::containersOn(node, ref.name))
            users << c.name;
        if (!users.isEmpty()) {
            users.sort(Qt::CaseInsensitive);
            refusals << tr("%1 on %2 has containers attached: %3. Disconnect or remove them "
                           "first.")
                            .arg(ref.name, node->name(), users.join(QStringLiteral(", ")));
            continue;
        }
        going << ref;
        goingLines << tr("%1 on %2").arg(ref.name, node->name());
    }
    if (!refusals.isEmpty())
        m_notifications->post(NoticeBar::Kind::Error,
                              tr("Cannot remove %n network(s):", nullptr, int(refusals.size())) +
                                  QLatin1Char('\n') + refusals.join(QLatin1Char('\n')));
    if (going.isEmpty())
        return;
    if (!AppSettings::confirmRemove()) {
        // Asked not to confirm: removed at once.
    } else if (m_answers) {
        if (!m_answers->confirm)
            return;
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Remove networks"),
                        going.size() == 1 ? tr("Remove the network %1?").arg(goingLines.first())
                                          : tr("Remove %n network(s)?", nullptr, int(going.size())),
                        QMessageBox::Cancel, m_owner->window());
        if (going.size() > 1)
            box.setInformativeText(goingLines.join(QLatin1Char('\n')));
        QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != remove)
            return;
    }
    for (const NetworkRef &ref : std::as_const(going)) {
        NodeService *node = m_manager->node(ref.nodeId);
        if (!node)
            continue;
        const QString name = node->name();
        const int notice = m_notifications->post(NoticeBar::Kind::Progress,
                                                 tr("Removing %1 from %2…").arg(ref.name, name));
        NetworkOperations::remove(
            node, ref.networkId, this,
            [this, notice, ref, name](const EngineResult<NetworkOperations::Removal> &result) {
                if (result.ok()) {
                    m_notifications->update(notice, NoticeBar::Kind::Info,
                                            tr("Removed %1 from %2.").arg(ref.name, name));
                } else if (result.error.kind == EngineError::Kind::InUse) {
                    m_notifications->update(
                        notice, NoticeBar::Kind::Error,
                        tr("Cannot remove %1 from %2: containers are attached to it: %3. "
                           "Disconnect or remove them first.")
                            .arg(ref.name, name,
                                 result.value.containers.join(QStringLiteral(", "))));
                } else {
                    m_notifications->update(notice, NoticeBar::Kind::Error,
                                            tr("Could not remove %1 from %2: %3")
                                                .arg(ref.name, name, result.error.userText()));
                }
            });
    }
}

void NetworkActions::prune()
{
    if (!m_manager || m_manager->nodes().isEmpty())
        return;
    QList<NodeService *> nodes;
    if (NodeService *node = m_manager->node(m_currentNode))
        nodes << node;
    else
        nodes = m_manager->nodes();
    QStringList lines;
    QList<NodeService *> withAny;
    for (NodeService *node : std::as_const(nodes)) {
        const QList<NetworkInfo> plan = NetworkOperations::prunePlan(node);
        if (plan.isEmpty())
            continue;
        QStringList names;
        for (const NetworkInfo &n : plan)
            names << n.name;
        names.sort(Qt::CaseInsensitive);
        lines << tr("%1: %2").arg(node->name(), names.join(QStringLiteral(", ")));
        withAny << node;
    }
    if (withAny.isEmpty()) {
        m_notifications->post(NoticeBar::Kind::Info,
                              tr("No unused networks: every network has containers attached, or "
                                 "is the engine's own."));
        return;
    }
    if (m_answers) {
        if (!m_answers->confirm)
            return;
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Prune networks"),
                        tr("Remove the networks no container is attached to?"), QMessageBox::Cancel,
                        m_owner->window());
        box.setInformativeText(lines.join(QLatin1Char('\n')));
        QPushButton *prune = box.addButton(tr("Prune"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != prune)
            return;
    }
    for (NodeService *node : std::as_const(withAny)) {
        const QString name = node->name();
        const int notice = m_notifications->post(NoticeBar::Kind::Progress,
                                                 tr("Pruning the networks of %1…").arg(name));
        NetworkOperations::prune(
            node, {}, this, [this, notice, name](const EngineResult<PruneReport> &result) {
                if (!result.ok()) {
                    m_notifications->update(notice, NoticeBar::Kind::Error,
                                            tr("Could not prune the networks of %1: %2")
                                                .arg(name, result.error.userText()));
                    return;
                }
                const QStringList &gone = result.value.deleted;
                m_notifications->update(
                    notice, NoticeBar::Kind::Info,
                    gone.isEmpty()
                        ? tr("Pruned %1: no network was unused.").arg(name)
                        : tr("Pruned %n network(s) from %1: %2", nullptr, int(gone.size()))
                              .arg(name, gone.join(QStringLiteral(", "))));
            });
    }
}
