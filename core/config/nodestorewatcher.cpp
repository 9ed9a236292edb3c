#include "core/config/nodestorewatcher.h"

#include "core/config/nodestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace {
quint64 inodeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return quint64(st.st_ino);
}
} // namespace

NodeStoreWatcher::NodeStoreWatcher(QObject *parent)
    : QObject(parent)
    , m_path(NodeStore::filePath())
{
    const QFileInfo info(m_path);
    QDir().mkpath(info.absolutePath());
    m_watcher.addPath(info.absolutePath());
    if (info.exists())
        m_watcher.addPath(m_path);
    m_modified = info.lastModified();
    m_size = info.exists() ? info.size() : -1;
    m_inode = inodeOf(m_path);
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &NodeStoreWatcher::onEvent);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &NodeStoreWatcher::onEvent);
    connect(&m_settle, &QTimer::timeout, this, &NodeStoreWatcher::check);
}

NodeStoreWatcher::~NodeStoreWatcher() = default;

void NodeStoreWatcher::onEvent()
{
    if (!m_settle.isActive())
        m_settle.start();
}

void NodeStoreWatcher::check()
{
    const QFileInfo info(m_path);
    const QDateTime modified = info.lastModified();
    const qint64 size = info.exists() ? info.size() : -1;
    const quint64 inode = inodeOf(m_path);
    // A replaced file is a new one to the watcher.
    if (inode != m_inode || !m_watcher.files().contains(m_path)) {
        m_watcher.removePath(m_path);
        if (info.exists())
            m_watcher.addPath(m_path);
    }
    if (modified == m_modified && size == m_size && inode == m_inode)
        return; // the folder's other files (lock files, other programs' settings)
    m_modified = modified;
    m_size = size;
    m_inode = inode;
    Q_EMIT changed();
}
