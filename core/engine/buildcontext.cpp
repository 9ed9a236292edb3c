#include "core/engine/buildcontext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <unistd.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BuildContext", text);
}

void putOctal(char *field, int width, qint64 value)
{
    // width includes the terminating NUL.
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

// One 512-byte ustar header.
QByteArray header(const QByteArray &name, const QByteArray &prefix, char type, qint64 size,
                  int mode, qint64 mtime, const QByteArray &link = {})
{
    QByteArray h(512, '\0');
    char *p = h.data();
    memcpy(p, name.constData(), size_t(qMin<qsizetype>(name.size(), 100)));
    putOctal(p + 100, 8, mode);
    putOctal(p + 108, 8, 0);
    putOctal(p + 116, 8, 0);
    putOctal(p + 124, 12, size);
    putOctal(p + 136, 12, mtime);
    memset(p + 148, ' ', 8);
    p[156] = type;
    memcpy(p + 157, link.constData(), size_t(qMin<qsizetype>(link.size(), 100)));
    memcpy(p + 257,
           "ustar\0"
           "00",
           8);
    memcpy(p + 345, prefix.constData(), size_t(qMin<qsizetype>(prefix.size(), 155)));
    unsigned sum = 0;
    for (int i = 0; i < 512; ++i)
        sum += uchar(p[i]);
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
    memcpy(p + 148, checksum.constData(), 6);
    p[154] = '\0';
    p[155] = ' ';
    return h;
}

void pad(QByteArray *out)
{
    const qsizetype rest = out->size() % 512;
    if (rest)
        out->append(512 - rest, '\0');
}

// A header for `path`, with a PAX record first when the name does not fit ustar's fields.
void appendEntry(QByteArray *out, const QString &path, char type, qint64 size, int mode,
                 qint64 mtime, const QString &link = {})
{
    const QByteArray name = path.toUtf8();
    QByteArray shortName = name;
    QByteArray prefix;
    const QByteArray linkName = link.toUtf8();
    if (name.size() > 100) {
        const qsizetype slash = name.lastIndexOf('/', name.size() - 1);
        if (slash > 0 && slash <= 155 && name.size() - slash - 1 <= 100) {
            prefix = name.left(slash);
            shortName = name.mid(slash + 1);
        } else {
            prefix.clear();
            shortName = name.left(100);
        }
    }
    if ((prefix.isEmpty() && name.size() > 100) || linkName.size() > 100) {
        QByteArray records;
        auto record = [&records](const QByteArray &key, const QByteArray &value) {
            // "LEN key=value\n", where LEN counts itself.
            const QByteArray body = ' ' + key + '=' + value + '\n';
            qsizetype length = body.size() + 1;
            while (QByteArray::number(length).size() + body.size() != length)
                ++length;
            records += QByteArray::number(length) + body;
        };
        if (name.size() > 100)
            record("path", name);
        if (linkName.size() > 100)
            record("linkpath", linkName);
        out->append(header("PaxHeader", {}, 'x', records.size(), 0644, mtime));
        out->append(records);
        pad(out);
    }
    out->append(header(shortName, prefix, type, size, mode, mtime, linkName));
}

QRegularExpression patternRegex(QString pattern)
{
    // Go's filepath.Match with docker's "**" for any number of folders.
    QString re;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('*')) {
            if (i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('*')) {
                re += QStringLiteral(".*");
                ++i;
                if (i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('/')) {
                    ++i;
                    re += QStringLiteral("/?");
                }
            } else {
                re += QStringLiteral("[^/]*");
            }
        } else if (c == QLatin1Char('?')) {
            re += QStringLiteral("[^/]");
        } else {
            re += QRegularExpression::escape(QString(c));
        }
    }
    // A pattern that names a folder takes everything below it too.
    return QRegularExpression(QLatin1Char('^') + re + QStringLiteral("(/.*)?$"));
}

QString tooLarge(qint64 maxBytes)
{
    return QCoreApplication::translate("BuildContext",
                                       "The build folder holds more than %1 MiB; leave large "
                                       "files out with a .dockerignore.")
        .arg(maxBytes / (1024 * 1024));
}

} // namespace

QStringList BuildContext::readIgnoreFile(const QString &folder)
{
    QFile file(QDir(folder).filePath(QStringLiteral(".dockerignore")));
    QStringList patterns;
    if (!file.open(QIODevice::ReadOnly))
        return patterns;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const bool negate = line.startsWith(QLatin1Char('!'));
        if (negate)
            line = line.mid(1).trimmed();
        line = QDir::cleanPath(line);
        while (line.startsWith(QLatin1Char('/')))
            line.remove(0, 1);
        if (line.isEmpty() || line == QLatin1String("."))
            continue;
        patterns << (negate ? QLatin1Char('!') + line : line);
    }
    return patterns;
}

bool BuildContext::isIgnored(const QString &relativePath, const QStringList &patterns)
{
    bool ignored = false;
    for (const QString &p : patterns) {
        const bool negate = p.startsWith(QLatin1Char('!'));
        const QString pattern = negate ? p.mid(1) : p;
        if (patternRegex(pattern).match(relativePath).hasMatch())
            ignored = !negate;
    }
    return ignored;
}

std::optional<QByteArray> BuildContext::pack(const QString &folder, const QString &dockerfile,
                                             QString *error, qint64 maxBytes, Progress *progress)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!pack(folder, dockerfile, &buffer, error, maxBytes, progress))
        return std::nullopt;
    return buffer.buffer();
}

std::optional<qint64> BuildContext::pack(const QString &folder, const QString &dockerfile,
                                         QIODevice *out, QString *error, qint64 maxBytes,
                                         Progress *progress)
{
    Progress none;
    Progress &p = progress ? *progress : none;
    const QDir root(folder);
    if (!root.exists()) {
        *error = tr("The build folder %1 does not exist.").arg(folder);
        return std::nullopt;
    }
    const QString dockerfileName = dockerfile.isEmpty() ? QStringLiteral("Dockerfile") : dockerfile;
    if (!QFileInfo(root.filePath(dockerfileName)).isFile()) {
        *error = tr("There is no %1 in %2.").arg(dockerfileName, folder);
        return std::nullopt;
    }
    const QStringList patterns = readIgnoreFile(folder);
    const QStringList always = {QDir::cleanPath(dockerfileName), QStringLiteral(".dockerignore")};

    QStringList paths;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = root.relativeFilePath(it.next());
        if (!always.contains(relative) && isIgnored(relative, patterns))
            continue;
        paths << relative;
    }
    // Sorted, so that the same folder packs to the same bytes and the build cache hits.
    paths.sort();

    QList<QFileInfo> infos;
    infos.reserve(paths.size());
    qint64 fileBytes = 0;
    for (const QString &relative : std::as_const(paths)) {
        infos << QFileInfo(root.filePath(relative));
        if (infos.last().isFile() && !infos.last().isSymLink())
            fileBytes += infos.last().size();
    }
    if (fileBytes > maxBytes) {
        *error = tooLarge(maxBytes);
        return std::nullopt;
    }
    p.total = fileBytes;

    // Headers and padding are gathered here and written out with each file's bytes, so that
    // only one piece of a file is held at a time.
    qint64 written = 0;
    QByteArray head;
    const auto put = [&](const QByteArray &bytes) {
        if (out->write(bytes) == bytes.size()) {
            written += bytes.size();
            return true;
        }
        *error = tr("Cannot write the packed build folder: %1").arg(out->errorString());
        return false;
    };
    const auto cancelled = [&] {
        if (!p.cancelled)
            return false;
        *error = tr("Packing the build folder was cancelled.");
        return true;
    };
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString &relative = paths.at(i);
        const QFileInfo &info = infos.at(i);
        if (cancelled())
            return std::nullopt;
        const int mode = int(info.permissions() & (QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                                   QFileDevice::ExeOther))
                             ? 0755
                             : 0644;
        const qint64 mtime = info.lastModified().toSecsSinceEpoch();
        head.clear();
        if (info.isSymLink()) {
            // The link as written, not where it leads: it may point inside the image.
            char target[4096];
            const ssize_t n =
                ::readlink(QFile::encodeName(info.filePath()).constData(), target, sizeof target);
            appendEntry(&head, relative, '2', 0, 0777, mtime,
                        n > 0 ? QFile::decodeName(QByteArray(target, qsizetype(n))) : QString());
            if (!put(head))
                return std::nullopt;
        } else if (info.isDir()) {
            appendEntry(&head, relative + QLatin1Char('/'), '5', 0, 0755, mtime);
            if (!put(head))
                return std::nullopt;
        } else if (info.isFile()) {
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly)) {
                *error = tr("Cannot read %1: %2").arg(info.filePath(), file.errorString());
                return std::nullopt;
            }
            const qint64 size = file.size();
            if (written + size > maxBytes) { // it grew since it was counted
                *error = tooLarge(maxBytes);
                return std::nullopt;
            }
            appendEntry(&head, relative, '0', size, mode, mtime);
            if (!put(head))
                return std::nullopt;
            // In pieces, so that progress moves and a cancel is seen inside a large file.
            qint64 left = size;
            while (left > 0) {
                const QByteArray piece = file.read(qMin<qint64>(left, 4 << 20));
                if (piece.isEmpty()) {
                    *error = tr("Cannot read %1: %2").arg(info.filePath(), file.errorString());
                    return std::nullopt;
                }
                if (!put(piece))
                    return std::nullopt;
                left -= piece.size();
                p.done += piece.size();
                if (cancelled())
                    return std::nullopt;
            }
            if (const qint64 rest = size % 512; rest && !put(QByteArray(512 - rest, '\0')))
                return std::nullopt;
        }
    }
    if (!put(QByteArray(1024, '\0'))) // two empty blocks end the archive
        return std::nullopt;
    return written;
}
