#pragma once

#include "core/config/nodeconfig.h"

#include <QList>
#include <QStringList>

// The configured nodes, kept in the settings file (never a secret: those go to the keychain).
// The window and gontainer-cli read and write the same list, often at once, so a write is a
// change (add, edit or remove one node) applied onto the file as it is at that moment, under
// the settings file's lock: another writer's change is never overwritten by a stale copy.
namespace NodeStore {

// One change to the stored nodes.
struct Change
{
    enum class Kind
    {
        Add,            // `node`; refused when its name is taken by another node
        Update,         // the node with `node.id`; refused when it is gone or the name is taken
        Remove,         // the node with `node.id`; nothing when it is already gone
        SetLocalRemoved // the local default node removed (`localRemoved`) or restored
    };
    Kind kind = Kind::Add;
    NodeConfig node;
    bool localRemoved = false;

    static Change add(const NodeConfig &node);
    static Change update(const NodeConfig &node);
    static Change remove(const QString &id);
    static Change setLocalRemoved(bool removed);
};

// What the file holds.
struct State
{
    QList<NodeConfig> nodes; // in the order they were added
    bool localRemoved = false;
};

struct Result
{
    // The nodes with the changes applied (also when they could not be written).
    State state;
    // One entry per change: empty when it applied, else why not, in the user's language.
    QStringList refused;
    // Empty when the file was written (or nothing needed writing); else why it was not
    // ("Read-only file system"), in the user's language.
    QString error;
    // The file could not be read: `state` holds only the changes, not the stored nodes.
    bool readFailed = false;
};

// The settings file that holds the nodes.
QString filePath();

// The stored nodes, read afresh from the file (never a copy cached in this process). A file that
// cannot be read reads as empty, with why in `error`.
State read(QString *error = nullptr);
QList<NodeConfig> load();

// Applies `changes` in order onto `state`; returns one entry per change as Result::refused.
QStringList applyTo(State &state, const QList<Change> &changes);
// Reads the file, applies `changes` and writes it back, holding the file's lock throughout.
Result apply(const QList<Change> &changes);

// A fresh id for a new node.
QString newId();
// The node whose name (case-insensitively) or id is `key`, or nullptr.
const NodeConfig *find(const QList<NodeConfig> &nodes, const QString &key);

// The local default node is there unless the user removed it.
bool localDefaultRemoved();
// Empty on success, else why the change could not be saved.
QString setLocalDefaultRemoved(bool removed);

} // namespace NodeStore
