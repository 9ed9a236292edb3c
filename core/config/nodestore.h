#pragma once

#include "core/config/nodeconfig.h"

#include <QList>

class QSettings;

// The configured nodes, kept with QSettings (never a secret: those go to the keychain). The
// app and gontainer-cli read the same list.
namespace NodeStore {

QList<NodeConfig> load(QSettings &settings);
void save(QSettings &settings, const QList<NodeConfig> &nodes);
QList<NodeConfig> load();
void save(const QList<NodeConfig> &nodes);

// A fresh id for a new node.
QString newId();
// The node whose name (case-insensitively) or id is `key`, or nullptr.
const NodeConfig *find(const QList<NodeConfig> &nodes, const QString &key);

// The local default node is there unless the user removed it.
bool localDefaultRemoved();
void setLocalDefaultRemoved(bool removed);

} // namespace NodeStore
