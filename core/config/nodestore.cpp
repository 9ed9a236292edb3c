#include "core/config/nodestore.h"

#include <QSettings>
#include <QUuid>

namespace NodeStore {

namespace {
const QString ArrayKey = QStringLiteral("nodes");
const QString LocalRemovedKey = QStringLiteral("nodesLocal/removed");
} // namespace

QList<NodeConfig> load(QSettings &settings)
{
    QList<NodeConfig> nodes;
    const int size = settings.beginReadArray(ArrayKey);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        NodeConfig n;
        n.id = settings.value(QStringLiteral("id")).toString();
        n.name = settings.value(QStringLiteral("name")).toString();
        n.url = settings.value(QStringLiteral("url")).toString();
        n.tls = settings.value(QStringLiteral("tls"), false).toBool();
        n.tlsCertPath = settings.value(QStringLiteral("tlsCertPath")).toString();
        n.tlsSkipVerify = settings.value(QStringLiteral("tlsSkipVerify"), false).toBool();
        n.sshIdentityFile = settings.value(QStringLiteral("sshIdentityFile")).toString();
        n.sshPassphraseSaved = settings.value(QStringLiteral("sshPassphraseSaved"), false).toBool();
        n.origin = settings.value(QStringLiteral("origin")).toString();
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
    settings.remove(ArrayKey);
    settings.beginWriteArray(ArrayKey, int(nodes.size()));
    for (int i = 0; i < nodes.size(); ++i) {
        const NodeConfig &n = nodes.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), n.id);
        settings.setValue(QStringLiteral("name"), n.name);
        settings.setValue(QStringLiteral("url"), n.url);
        settings.setValue(QStringLiteral("tls"), n.tls);
        settings.setValue(QStringLiteral("tlsCertPath"), n.tlsCertPath);
        settings.setValue(QStringLiteral("tlsSkipVerify"), n.tlsSkipVerify);
        settings.setValue(QStringLiteral("sshIdentityFile"), n.sshIdentityFile);
        settings.setValue(QStringLiteral("sshPassphraseSaved"), n.sshPassphraseSaved);
        settings.setValue(QStringLiteral("origin"), n.origin);
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
    return QSettings().value(LocalRemovedKey, false).toBool();
}

void setLocalDefaultRemoved(bool removed)
{
    QSettings settings;
    settings.setValue(LocalRemovedKey, removed);
}

} // namespace NodeStore
