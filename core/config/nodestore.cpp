#include "core/config/nodestore.h"

#include "core/config/appsettings.h"

#include <QSettings>
#include <QUuid>

namespace NodeStore {

namespace {
using Key = AppSettings::Key;
} // namespace

QList<NodeConfig> load(QSettings &settings)
{
    QList<NodeConfig> nodes;
    const int size = settings.beginReadArray(AppSettings::key(Key::Nodes));
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        NodeConfig n;
        n.id = AppSettings::value(settings, Key::NodeId).toString();
        n.name = AppSettings::value(settings, Key::NodeName).toString();
        n.url = AppSettings::value(settings, Key::NodeUrl).toString();
        n.tls = AppSettings::value(settings, Key::NodeTls).toBool();
        n.tlsCertPath = AppSettings::value(settings, Key::NodeTlsCertPath).toString();
        n.tlsSkipVerify = AppSettings::value(settings, Key::NodeTlsSkipVerify).toBool();
        n.sshIdentityFile = AppSettings::value(settings, Key::NodeSshIdentityFile).toString();
        n.sshPassphraseSaved = AppSettings::value(settings, Key::NodeSshPassphraseSaved).toBool();
        n.origin = AppSettings::value(settings, Key::NodeOrigin).toString();
        // A hand-edited file may lack an id or repeat a name: keep what can be used.
        if (n.id.isEmpty())
            n.id = newId();
        if (n.name.trimmed().isEmpty() || find(nodes, n.name) || find(nodes, n.id))
            continue;
        nodes.append(n);
    }
    settings.endArray();
    return nodes;
}

void save(QSettings &settings, const QList<NodeConfig> &nodes)
{
    settings.remove(AppSettings::key(Key::Nodes));
    settings.beginWriteArray(AppSettings::key(Key::Nodes), int(nodes.size()));
    for (int i = 0; i < nodes.size(); ++i) {
        const NodeConfig &n = nodes.at(i);
        settings.setArrayIndex(i);
        settings.setValue(AppSettings::key(Key::NodeId), n.id);
        settings.setValue(AppSettings::key(Key::NodeName), n.name);
        settings.setValue(AppSettings::key(Key::NodeUrl), n.url);
        settings.setValue(AppSettings::key(Key::NodeTls), n.tls);
        settings.setValue(AppSettings::key(Key::NodeTlsCertPath), n.tlsCertPath);
        settings.setValue(AppSettings::key(Key::NodeTlsSkipVerify), n.tlsSkipVerify);
        settings.setValue(AppSettings::key(Key::NodeSshIdentityFile), n.sshIdentityFile);
        settings.setValue(AppSettings::key(Key::NodeSshPassphraseSaved), n.sshPassphraseSaved);
        settings.setValue(AppSettings::key(Key::NodeOrigin), n.origin);
    }
    settings.endArray();
    settings.sync();
}

QList<NodeConfig> load()
{
    QSettings settings;
    return load(settings);
}

void save(const QList<NodeConfig> &nodes)
{
    QSettings settings;
    save(settings, nodes);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const NodeConfig *find(const QList<NodeConfig> &nodes, const QString &key)
{
    for (const NodeConfig &n : nodes) {
        if (n.id == key || n.name.compare(key, Qt::CaseInsensitive) == 0)
            return &n;
    }
    return nullptr;
}

bool localDefaultRemoved()
{
    return AppSettings::localNodeRemoved();
}

void setLocalDefaultRemoved(bool removed)
{
    AppSettings::setLocalNodeRemoved(removed);
}

} // namespace NodeStore
