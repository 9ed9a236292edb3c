#include "core/services/nodemanager.h"

#include "core/config/nodestore.h"
#include "core/config/secretstore.h"
#include "core/services/nodeserviceimpl.h"
#include "core/services/serviceslogging.h"

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
}

void NodeManager::setLocalNode(const Endpoint &endpoint, const QString &origin)
{
    if (NodeStore::localDefaultRemoved() || node(QLatin1String(LocalId)))
        return;
    NodeConfig config;
    config.id = QLatin1String(LocalId);
    config.name = tr("This computer");
    config.url = endpoint.toUrl();
    config.origin = origin;
    NodeService *n = create(config, endpoint);
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
    NodeService *n = create(config, config.endpoint());
    m_nodes.append(n);
    saveConfigured();
    Q_EMIT nodeAdded(n);
    return {};
}

QString NodeManager::updateNode(const NodeConfig &config)
{
    NodeConfig wanted = config;
    wanted.name = wanted.name.trimmed();
    wanted.url = wanted.url.trimmed();
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i)->id() == wanted.id)
            index = i;
    }
    if (index < 0)
        return tr("This node no longer exists.");
    if (const QString problem = wanted.problem(); !problem.isEmpty())
        return problem;
    if (!nameIsFree(wanted.name, wanted.id))
        return tr("There is already a node called %1: choose another name.").arg(wanted.name);
    if (m_nodes.at(index)->config() == wanted)
        return {};
    // A node is rebuilt with its new settings; its containers come again from the engine.
    replace(index, create(wanted, wanted.endpoint()));
    saveConfigured();
    return {};
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

void NodeManager::removeNode(const QString &id)
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        NodeService *n = m_nodes.at(i);
        if (n->id() != id)
            continue;
        Q_EMIT nodeAboutToBeRemoved(n);
        const NodeConfig config = n->config();
        m_nodes.removeAt(i);
        delete n;
        // Its secret goes with it.
        if (config.sshPassphraseSaved)
            SecretStore::remove(config.passphraseKey(), this, [](const QString &error) {
                if (!error.isEmpty())
                    qCWarning(lcServices) << "could not remove a node's passphrase:" << error;
            });
        if (id == QLatin1String(LocalId))
            NodeStore::setLocalDefaultRemoved(true);
        else
            saveConfigured();
        Q_EMIT nodeRemoved(id);
        return;
    }
}

void NodeManager::saveConfigured() const
{
    QList<NodeConfig> configs;
    for (const NodeService *n : m_nodes) {
        if (n->id() != QLatin1String(LocalId))
            configs.append(n->config());
    }
    NodeStore::save(configs);
}
