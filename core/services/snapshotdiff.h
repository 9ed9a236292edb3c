#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

// What bringing a snapshot of one kind of object to a list changed.
template<typename T>
struct SnapshotDiff
{
    QList<T> added;
    QList<T> changed;
    QStringList removed; // keys

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
};

// Brings `snapshot` (by key) to `list`. Without `asked`, the list is the whole truth and what is
// missing from it is gone; with `asked`, it answers for those keys only (an engine matches id
// filters by prefix, so a key asked and not answered is gone). `accept(old, now)` may refuse a
// change (the snapshot keeps `old`); it is asked only where an object differs.
template<typename T, typename KeyFn, typename AcceptFn>
SnapshotDiff<T> applyToSnapshot(QHash<QString, T> &snapshot, const QList<T> &list, KeyFn key,
                                const QSet<QString> *asked, AcceptFn accept)
{
    SnapshotDiff<T> diff;
    QSet<QString> seen;
    seen.reserve(list.size());
    for (const T &item : list) {
        const QString k = key(item);
        seen.insert(k);
        const auto it = snapshot.find(k);
        if (it == snapshot.end()) {
            snapshot.insert(k, item);
            diff.added.append(item);
        } else if (!(*it == item) && accept(*it, item)) {
            *it = item;
            diff.changed.append(item);
        }
    }
    if (asked) {
        for (const QString &k : *asked) {
            if (!seen.contains(k) && snapshot.remove(k) > 0)
                diff.removed.append(k);
        }
    } else {
        for (auto it = snapshot.begin(); it != snapshot.end();) {
            if (!seen.contains(it.key())) {
                diff.removed.append(it.key());
                it = snapshot.erase(it);
            } else {
                ++it;
            }
        }
    }
    return diff;
}

template<typename T, typename KeyFn>
SnapshotDiff<T> applyToSnapshot(QHash<QString, T> &snapshot, const QList<T> &list, KeyFn key)
{
    return applyToSnapshot(snapshot, list, key, nullptr, [](const T &, const T &) { return true; });
}
