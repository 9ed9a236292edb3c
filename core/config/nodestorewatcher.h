#pragma once

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

// Tells when the file that holds the nodes (NodeStore::filePath()) was written, by this process
// or another one (gontainer-cli, a second window). Files are replaced whole when written, so
// the folder is watched too and the file watched anew after each replacement.
class NodeStoreWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeStoreWatcher)

public:
    // A burst of writes (QSettings' lock file, the temporary file, the rename) is one change.
    static constexpr int SettleMs = 100;

    explicit NodeStoreWatcher(QObject *parent = nullptr);
    ~NodeStoreWatcher() override;

Q_SIGNALS:
    // The file's contents may have changed: read it again.
    void changed();

private:
    void onEvent();
    void check();

    QString m_path;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QDateTime m_modified;
    qint64 m_size = -1;
    quint64 m_inode = 0;
};
