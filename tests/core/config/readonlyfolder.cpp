#include "readonlyfolder.h"

#include <QFile>
#include <QFileDevice>

#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

namespace ReadOnlyFolder {

namespace {
QString osError(const char *what)
{
    return QString::fromLatin1(what) + QStringLiteral(": ") +
           QString::fromLocal8Bit(strerror(errno));
}
} // namespace

QString enter()
{
    if (geteuid() != 0)
        return {};
    if (unshare(CLONE_NEWNS) != 0)
        return osError("unshare(CLONE_NEWNS)");
    // Mounts made here stay here.
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return osError("mount --make-rprivate /");
    return {};
}

QString makeReadOnly(const QString &path)
{
    const QByteArray p = QFile::encodeName(path);
    if (geteuid() != 0) {
        const auto perms =
            QFile::permissions(path) & ~(QFileDevice::WriteOwner | QFileDevice::WriteUser |
                                         QFileDevice::WriteGroup | QFileDevice::WriteOther);
        return QFile::setPermissions(path, perms) ? QString() : QStringLiteral("chmod failed");
    }
    if (mount(p.constData(), p.constData(), nullptr, MS_BIND, nullptr) != 0)
        return osError("mount --bind");
    if (mount(nullptr, p.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0)
        return osError("mount -o remount,bind,ro");
    return {};
}

QString makeWritable(const QString &path)
{
    const QByteArray p = QFile::encodeName(path);
    if (geteuid() != 0) {
        const auto perms =
            QFile::permissions(path) | QFileDevice::WriteOwner | QFileDevice::WriteUser;
        return QFile::setPermissions(path, perms) ? QString() : QStringLiteral("chmod failed");
    }
    if (umount2(p.constData(), MNT_DETACH) != 0)
        return osError("umount");
    return {};
}

} // namespace ReadOnlyFolder
