#include "core/services/nodemanager.h"

#include "core/config/nodestore.h"
#include "core/config/nodestorewatcher.h"
#include "core/config/secretstore.h"
#include "core/services/nodeserviceimpl.h"
#include "core/services/serviceslogging.h"

#include <QDir>

#include <utility>

NodeManager::NodeManager(QObject *parent)
    : QObject(parent)
{}

NodeManager::~NodeManager()
{
    qDeleteAll(m_nodes);
}

NodeService *NodeManager::create(const NodeConfig &config, const Endpoint &endpoint)
{
    auto *node = new NodeServiceImpl(config, endpoint, this);
    node->start();
    return node;
}

void NodeManager::load()
{
    for (const NodeConfig &config : NodeStore::load()) {
        if (node(config.id) || node(config.name))
            continue;
        NodeService *n = create(config, config.endpoint());
        m_nodes.append(n);
        Q_EMIT nodeAdded(n);
    }
    if (!m_watcher) {
        m_watcher = new NodeStoreWatcher(this);
        connect(m_watcher, &NodeStoreWatcher::changed, this, &NodeManager::reload);
    }
}

void NodeManager::setLocalNode(const Endpoint &endpoint, const QString &origin)
{
    m_hasLocal = true;
    m_localEndpoint = endpoint;
    m_localOrigin = origin;
    if (NodeStore::localDefaultRemoved() || node(QLatin1String(LocalId)))
        return;
    addLocal();
}

void NodeManager::addLocal()
{
    NodeConfig config;
    config.id = QLatin1String(LocalId);
    config.name = tr("This computer");
    config.url = m_localEndpoint.toUrl();
    config.origin = m_localOrigin;
    NodeService *n = create(config, m_localEndpoint);
    m_nodes.prepend(n);
    Q_EMIT nodeAdded(n);
}

NodeService *NodeManager::node(const QString &key) const
{
    for (NodeService *n : m_nodes) {
        if (n->id() == key || n->name().compare(key, Qt::CaseInsensitive) == 0)
            return n;
    }
    return nullptr;
}

bool NodeManager::nameIsFree(const QString &name, const QString &exceptId) const
{
    const NodeService *n = node(name.trimmed());
    return !n || n->id() == exceptId;
}

QString NodeManager::addNode(NodeConfig config)
{
    config.name = config.name.trimmed();
    config.url = config.url.trimmed();
    if (const QString problem = config.problem(); !problem.isEmpty())
        return problem;
    if (!nameIsFree(config.name))
        return tr("There is already a node called %1: choose another name.").arg(config.name);
    // An id chosen beforehand (a passphrase already stored under it) is kept when it is free.
    if (config.id.isEmpty() || config.id == QLatin1String(LocalId) || node(config.id))
        config.id = NodeStore::newId();
    // The node connects while the list is saved (a locked read, a write and a sync: about as
    // long as the node takes to connect); it is shown once the list took it.
    m_starting = create(config, config.endpoint());
    const QString problem = commit(NodeStore::Change::add(config));
    delete std::exchange(m_starting, nullptr); // refused: never shown
    return problem;
}

QString NodeManager::updateNode(const NodeConfig &config)
{
    NodeConfig wanted = config;
    wanted.name = wanted.name.trimmed();
    wanted.url = wanted.url.trimmed();
    const NodeService *current = node(wanted.id);
    if (!current || current->id() != wanted.id)
        return tr("This node no longer exists.");
    if (const QString problem = wanted.problem(); !problem.isEmpty())
        return problem;
    if (!nameIsFree(wanted.name, wanted.id))
        return tr("There is already a node called %1: choose another name.").arg(wanted.name);
    if (current->config() == wanted)
        return {};
    return commit(NodeStore::Change::update(wanted));
}

void NodeManager::replace(qsizetype index, NodeService *node)
{
    NodeService *old = m_nodes.at(index);
    Q_EMIT nodeAboutToBeRemoved(old);
    m_nodes.removeAt(index);
    const QString oldId = old->id();
    delete old;
    Q_EMIT nodeRemoved(oldId);
    m_nodes.insert(index, node);
    Q_EMIT nodeAdded(node);
    Q_EMIT nodeChanged(node);
}

void NodeManager::take(qsizetype index)
{
    NodeService *n = m_nodes.at(index);
    Q_EMIT nodeAboutToBeRemoved(n);
    const QString id = n->id();
    m_nodes.removeAt(index);
    delete n;
    Q_EMIT nodeRemoved(id);
}

void NodeManager::removeNode(const QString &id)
{
    const NodeService *n = node(id);
    if (!n || n->id() != id)
        return;
    const NodeConfig config = n->config();
    if (id == QLatin1String(LocalId)) {
        commit(NodeStore::Change::setLocalRemoved(true));
        return;
    }
    commit(NodeStore::Change::remove(id));
    // Its secret goes with it.
    if (config.sshPassphraseSaved)
        SecretStore::remove(config.passphraseKey(), this, [](const QString &error) {
            if (!error.isEmpty())
                qCWarning(lcServices) << "could not remove a node's passphrase:" << error;
        });
}

QString NodeManager::commit(const NodeStore::Change &change)
{
    QList<NodeStore::Change> changes = m_unsaved;
    changes.append(change);
    const NodeStore::Result result = NodeStore::apply(changes);
    m_unsaved.clear();
    if (!result.error.isEmpty()) {
        // Kept, to be written with the next change; one refused meanwhile is dropped.
        for (qsizetype i = 0; i < changes.size(); ++i) {
            if (result.refused.value(i).isEmpty())
                m_unsaved.append(changes.at(i));
        }
    }
    setSaveProblem(result.error);
    if (!result.readFailed) {
        show(result.state);
    } else {
        // The nodes shown stay, with the changes.
        NodeStore::State state;
        for (const NodeService *n : std::as_const(m_nodes)) {
            if (n->id() != QLatin1String(LocalId))
                state.nodes.append(n->config());
        }
        state.localRemoved = m_hasLocal && !node(QLatin1String(LocalId));
        NodeStore::applyTo(state, changes);
        show(state);
    }
    return result.refused.value(changes.size() - 1);
}

void NodeManager::reload()
{
    if (!m_unsaved.isEmpty()) {
        // The folder may be writable again.
        QList<NodeStore::Change> changes = m_unsaved;
        const NodeStore::Change last = changes.takeLast();
        m_unsaved = changes;
        commit(last);
        return;
    }
    QString error;
    const NodeStore::State state = NodeStore::read(&error);
    // An unreadable file is not an empty list: the nodes shown stay.
    if (error.isEmpty())
        show(state);
    else
        qCWarning(lcServices) << "could not read the nodes:" << error;
}

void NodeManager::setSaveProblem(const QString &error)
{
    const QString problem =
        error.isEmpty()
            ? QString()
            : tr("Gontainer could not save the node list to %1: %2. Free space or fix the "
                 "folder's permissions; your change is kept until then and saved with the next "
                 "one.")
                  .arg(QDir::toNativeSeparators(NodeStore::filePath()), error);
    if (problem == m_saveProblem)
        return;
    if (!problem.isEmpty())
        qCWarning(lcServices) << "could not save the nodes:" << error;
    m_saveProblem = problem;
    Q_EMIT saveProblemChanged(m_saveProblem);
}

void NodeManager::show(const NodeStore::State &state)
{
    const QString localId = QLatin1String(LocalId);
    // Gone from the file: removed here or by another program.
    for (qsizetype i = m_nodes.size() - 1; i >= 0; --i) {
        const QString id = m_nodes.at(i)->id();
        const bool gone = id == localId ? state.localRemoved : !NodeStore::find(state.nodes, id);
        if (gone)
            take(i);
    }
    if (m_hasLocal && !state.localRemoved && !node(localId))
        addLocal();
    for (const NodeConfig &config : state.nodes) {
        qsizetype index = -1;
        for (qsizetype i = 0; i < m_nodes.size(); ++i) {
            if (m_nodes.at(i)->id() == config.id)
                index = i;
        }
        if (index >= 0) {
            // A changed address or TLS/SSH setting: rebuilt, its containers come again.
            if (m_nodes.at(index)->config() != config)
                replace(index, create(config, config.endpoint()));
            continue;
        }
        if (node(config.name))
            continue; // the local node's name, taken by a configured node
        NodeService *n =
            m_starting && m_starting->id() == config.id && m_starting->config() == config
                ? std::exchange(m_starting, nullptr)
                : create(config, config.endpoint());
        m_nodes.append(n);
        Q_EMIT nodeAdded(n);
    }
}
