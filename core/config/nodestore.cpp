#include "core/config/nodestore.h"

#include "core/config/appsettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryFile>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace NodeStore {

namespace {

using Key = AppSettings::Key;

QString tr(const char *text)
{
    return QCoreApplication::translate("NodeStore", text);
}

// A write takes milliseconds; a lock older than this was left by a process that hangs.
constexpr int StaleLockMs = 10000;
// Waiting longer than the stale time lets a hung holder's lock be taken over.
constexpr int LockWaitMs = 15000;

State readFrom(QSettings &settings)
{
    State state;
    state.localRemoved = AppSettings::value(settings, Key::LocalNodeRemoved).toBool();
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
        n.allowCredentialsInPlaintext =
            AppSettings::value(settings, Key::NodeAllowPlaintextCredentials).toBool();
        // A hand-edited file may lack an id or repeat a name: keep what can be used.
        if (n.id.isEmpty())
            n.id = newId();
        if (n.name.trimmed().isEmpty() || find(state.nodes, n.name) || find(state.nodes, n.id))
            continue;
        state.nodes.append(n);
    }
    settings.endArray();
    return state;
}

void writeTo(QSettings &settings, const State &state)
{
    if (state.localRemoved)
        settings.setValue(AppSettings::key(Key::LocalNodeRemoved), true);
    else
        settings.remove(AppSettings::key(Key::LocalNodeRemoved));
    settings.remove(AppSettings::key(Key::Nodes));
    if (state.nodes.isEmpty())
        return;
    settings.beginWriteArray(AppSettings::key(Key::Nodes), int(state.nodes.size()));
    for (int i = 0; i < state.nodes.size(); ++i) {
        const NodeConfig &n = state.nodes.at(i);
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
        if (n.allowCredentialsInPlaintext)
            settings.setValue(AppSettings::key(Key::NodeAllowPlaintextCredentials), true);
    }
    settings.endArray();
}

// QSettings keeps one parsed copy of a file per process and re-reads it only when its size or
// modification time (in milliseconds) changed, and a write that fails stays pending in that
// copy, to be written later over whatever the file then holds. So the nodes are read from and
// written to a private copy of the file's bytes, and the file itself is replaced whole under
// the lock QSettings also takes ("FILE.lock"): the settings of other keys keep QSettings'
// own merging, and the nodes are never written from a stale copy.
class Copy final
{
public:
    bool open(const QByteArray &bytes, QString *error)
    {
        m_file.setFileTemplate(QDir::tempPath() + QStringLiteral("/gontainer-nodes-XXXXXX.conf"));
        if (!m_file.open() || m_file.write(bytes) != bytes.size() || !m_file.flush()) {
            *error = m_file.errorString();
            return false;
        }
        m_file.close();
        return true;
    }
    QString path() const { return m_file.fileName(); }

private:
    QTemporaryFile m_file;
};

QByteArray readBytes(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return file.readAll();
}

State parse(const QByteArray &bytes, QString *error)
{
    if (bytes.isEmpty())
        return {};
    Copy copy;
    if (!copy.open(bytes, error))
        return {};
    QSettings settings(copy.path(), QSettings::IniFormat);
    return readFrom(settings);
}

// The file's bytes with the nodes part replaced by `state`.
QByteArray render(const QByteArray &bytes, const State &state, QString *error)
{
    Copy copy;
    if (!copy.open(bytes, error))
        return {};
    QByteArray result;
    {
        QSettings settings(copy.path(), QSettings::IniFormat);
        writeTo(settings, state);
        settings.sync();
        if (settings.status() != QSettings::NoError) {
            *error = tr("the settings could not be prepared in %1")
                         .arg(QDir::toNativeSeparators(QDir::tempPath()));
            return {};
        }
    }
    QFile file(copy.path());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return file.readAll();
}

// Why nothing can be written at `path`, in the OS's words ("Read-only file system"), when
// there is a reason to be found; else `fallback`.
QString whyNotWritable(const QString &path, const QString &fallback)
{
    const QFileInfo info(path);
    for (const QString &p : {info.absolutePath(), path}) {
        if (p == path && !info.exists())
            continue;
        if (::access(QFile::encodeName(p).constData(), W_OK) != 0)
            return QString::fromLocal8Bit(std::strerror(errno));
    }
    return fallback;
}

QString write(const QString &path, const QByteArray &bytes)
{
    const QDateTime before = QFileInfo(path).lastModified();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return whyNotWritable(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return whyNotWritable(path, file.errorString());
    // Every process's QSettings sees the change by the file's time: make it a new one even when
    // the previous write was within the same millisecond.
    const QDateTime after = QFileInfo(path).lastModified();
    if (before.isValid() && after <= before) {
        QFile touched(path);
        if (touched.open(QIODevice::ReadWrite))
            touched.setFileTime(before.addMSecs(1), QFileDevice::FileModificationTime);
    }
    return {};
}

QString nameTaken(const QString &name)
{
    return tr("There is already a node called %1: choose another name.").arg(name);
}

} // namespace

Change Change::add(const NodeConfig &node)
{
    return {Kind::Add, node, false};
}

Change Change::update(const NodeConfig &node)
{
    return {Kind::Update, node, false};
}

Change Change::remove(const QString &id)
{
    NodeConfig node;
    node.id = id;
    return {Kind::Remove, node, false};
}

Change Change::setLocalRemoved(bool removed)
{
    return {Kind::SetLocalRemoved, {}, removed};
}

QString filePath()
{
    return QSettings().fileName();
}

State read(QString *error)
{
    QString why;
    State state = parse(readBytes(filePath(), &why), &why);
    if (error)
        *error = why;
    return state;
}

QList<NodeConfig> load()
{
    return read().nodes;
}

QStringList applyTo(State &state, const QList<Change> &changes)
{
    QStringList refused;
    for (const Change &change : changes) {
        QString why;
        const NodeConfig &n = change.node;
        const auto byId = std::find_if(state.nodes.begin(), state.nodes.end(),
                                       [&n](const NodeConfig &c) { return c.id == n.id; });
        switch (change.kind) {
        case Change::Kind::Add:
            if (byId != state.nodes.end()) {
                // The same change again (a retry after a failed write): it holds already, and
                // an edit made since is not undone.
            } else if (find(state.nodes, n.name)) {
                why = nameTaken(n.name);
            } else {
                state.nodes.append(n);
            }
            break;
        case Change::Kind::Update:
            if (byId == state.nodes.end()) {
                why = tr("The node %1 no longer exists: it was removed elsewhere.").arg(n.name);
            } else if (const NodeConfig *other = find(state.nodes, n.name);
                       other && other->id != n.id) {
                why = nameTaken(n.name);
            } else {
                *byId = n;
            }
            break;
        case Change::Kind::Remove:
            if (byId != state.nodes.end())
                state.nodes.erase(byId);
            break;
        case Change::Kind::SetLocalRemoved:
            state.localRemoved = change.localRemoved;
            break;
        }
        refused.append(why);
    }
    return refused;
}

Result apply(const QList<Change> &changes)
{
    Result result;
    const QString path = filePath();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        QString readError;
        result.state = read(&readError);
        result.readFailed = !readError.isEmpty();
        result.refused = applyTo(result.state, changes);
        result.error = tr("the folder %1 could not be created")
                           .arg(QDir::toNativeSeparators(info.absolutePath()));
        return result;
    }
    // The same lock QSettings takes while it writes this file.
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(StaleLockMs);
    const bool locked = lock.tryLock(LockWaitMs);
    QString error;
    const QByteArray bytes = readBytes(path, &error);
    const State before = parse(bytes, &error);
    result.state = before;
    result.readFailed = !error.isEmpty();
    result.refused = applyTo(result.state, changes);
    if (!locked) {
        result.error = lock.error() == QLockFile::LockFailedError
                           ? tr("another program kept the settings file locked")
                           : whyNotWritable(path, tr("the lock file %1.lock could not be created")
                                                      .arg(QDir::toNativeSeparators(path)));
        return result;
    }
    if (!error.isEmpty()) {
        // Never write over a file that could not be read: its nodes would be lost.
        result.error = error;
        return result;
    }
    if (result.state.localRemoved == before.localRemoved && result.state.nodes == before.nodes)
        return result;
    const QByteArray rendered = render(bytes, result.state, &error);
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    result.error = write(path, rendered);
    return result;
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
    return read().localRemoved;
}

QString setLocalDefaultRemoved(bool removed)
{
    return apply({Change::setLocalRemoved(removed)}).error;
}

} // namespace NodeStore
