#include "core/containerd/containerdpasswd.h"

#include <QByteArrayList>
#include <QStringList>

#include <zlib.h>

namespace {

constexpr qsizetype Block = 512;

bool isNumber(const QString &text, quint32 *value)
{
    bool ok = false;
    const qlonglong v = text.toLongLong(&ok);
    if (!ok || v < 0 || v > 2147483647)
        return false;
    *value = static_cast<quint32>(v);
    return true;
}

// A tar number: octal digits (NUL or space ended), or base-256 when the top bit is set.
qint64 tarNumber(const char *field, int size)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(field);
    if (bytes[0] & 0x80) {
        qint64 value = bytes[0] & 0x3f;
        for (int i = 1; i < size; ++i)
            value = (value << 8) | bytes[i];
        return value;
    }
    qint64 value = 0;
    int i = 0;
    while (i < size && (field[i] == ' ' || field[i] == '\0'))
        ++i;
    for (; i < size && field[i] >= '0' && field[i] <= '7'; ++i)
        value = value * 8 + (field[i] - '0');
    return value;
}

QByteArray tarString(const char *field, int size)
{
    return QByteArray(field, qsizetype(qstrnlen(field, uint(size))));
}

// "./etc/passwd", "/etc/passwd/" and "etc/passwd" are the same path.
QString normalizedPath(QString path)
{
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

// The "path" record of a PAX extended header ("LEN path=VALUE\n" records).
QString paxPath(const QByteArray &records)
{
    qsizetype at = 0;
    QString path;
    while (at < records.size()) {
        const qsizetype space = records.indexOf(' ', at);
        if (space < 0)
            break;
        bool ok = false;
        const qsizetype length = records.mid(at, space - at).toLongLong(&ok);
        if (!ok || length <= space - at || at + length > records.size())
            break;
        const QByteArray record = records.mid(space + 1, length - (space - at) - 2);
        if (record.startsWith("path="))
            path = QString::fromUtf8(record.mid(5));
        at += length;
    }
    return path;
}

struct PasswdEntry
{
    QString name;
    quint32 uid = 0;
    quint32 gid = 0;
};

struct GroupEntry
{
    QString name;
    quint32 gid = 0;
    QStringList members;
};

// runc's parsing: "name:password:uid:gid:gecos:home:shell"; comments and short lines skipped.
QList<PasswdEntry> parsePasswd(const QByteArray &content)
{
    QList<PasswdEntry> entries;
    for (const QByteArray &raw : content.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QByteArrayList fields = line.split(':');
        if (fields.size() < 4)
            continue;
        PasswdEntry e;
        e.name = QString::fromUtf8(fields.at(0));
        if (!isNumber(QString::fromLatin1(fields.at(2)), &e.uid) ||
            !isNumber(QString::fromLatin1(fields.at(3)), &e.gid))
            continue;
        entries << e;
    }
    return entries;
}

// "name:password:gid:member,member".
QList<GroupEntry> parseGroup(const QByteArray &content)
{
    QList<GroupEntry> entries;
    for (const QByteArray &raw : content.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QByteArrayList fields = line.split(':');
        if (fields.size() < 3)
            continue;
        GroupEntry e;
        e.name = QString::fromUtf8(fields.at(0));
        if (!isNumber(QString::fromLatin1(fields.at(2)), &e.gid))
            continue;
        if (fields.size() > 3) {
            for (const QByteArray &member : fields.at(3).split(',')) {
                if (!member.trimmed().isEmpty())
                    e.members << QString::fromUtf8(member.trimmed());
            }
        }
        entries << e;
    }
    return entries;
}

EngineResult<ContainerdPasswd::User> badInput(const QString &message)
{
    return EngineResult<ContainerdPasswd::User>::failure(
        EngineError::make(EngineError::Kind::BadInput, message));
}

} // namespace

struct ContainerdPasswd::Layer::Inflater
{
    z_stream stream{};
    bool ready = false;
    bool ended = false; // the gzip stream's end (and checksum) was read

    ~Inflater()
    {
        if (ready)
            inflateEnd(&stream);
    }
};

ContainerdPasswd::Layer::Layer() = default;
ContainerdPasswd::Layer::~Layer() = default;

bool ContainerdPasswd::Layer::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool ContainerdPasswd::Layer::feed(const char *data, qsizetype size)
{
    if (!m_error.isEmpty())
        return false;
    if (m_stage == Stage::Magic) {
        m_magic.append(data, size);
        if (m_magic.size() < 4)
            return true;
        const QByteArray first = m_magic;
        m_magic.clear();
        if (first.startsWith("\x1f\x8b")) {
            m_inflater = std::make_unique<Inflater>();
            // 15 + 16: a gzip stream, not zlib's own format.
            if (inflateInit2(&m_inflater->stream, 15 + 16) != Z_OK)
                return fail(tr("the gzip decompressor could not start"));
            m_inflater->ready = true;
        } else if (first.startsWith("\x28\xb5\x2f\xfd")) {
            return fail(tr("the layer is compressed with zstd, which Gontainer does not read"));
        }
        m_stage = Stage::Header;
        return feed(first.constData(), first.size());
    }
    if (!m_inflater)
        return take(data, size);
    if (m_stage == Stage::End)
        return true; // the archive is complete: what follows does not matter

    z_stream &z = m_inflater->stream;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(size);
    char out[65536];
    while (z.avail_in > 0) {
        z.next_out = reinterpret_cast<Bytef *>(out);
        z.avail_out = sizeof out;
        const int status = inflate(&z, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
            return fail(tr("the layer is not a valid gzip stream (%1)")
                            .arg(QString::fromUtf8(z.msg ? z.msg : "")));
        const qsizetype produced = qsizetype(sizeof out - z.avail_out);
        m_inflater->ended = status == Z_STREAM_END;
        if (produced > 0 && !take(out, produced))
            return false;
        if (status == Z_STREAM_END) {
            // Another gzip member may follow (a concatenated stream).
            if (z.avail_in > 0 && inflateReset(&z) != Z_OK)
                return fail(tr("the layer is not a valid gzip stream"));
        } else if (status == Z_BUF_ERROR && produced == 0) {
            break;
        }
    }
    return true;
}

bool ContainerdPasswd::Layer::finish()
{
    if (!m_error.isEmpty())
        return false;
    if (m_stage == Stage::Magic && !m_magic.isEmpty()) {
        const QByteArray first = m_magic;
        m_magic.clear();
        m_stage = Stage::Header;
        if (first.startsWith("\x1f\x8b"))
            return fail(tr("the layer ended in the middle"));
        if (!take(first.constData(), first.size()))
            return false;
    }
    if (m_stage == Stage::Body || !m_pending.isEmpty() ||
        (m_inflater && !m_inflater->ended && m_stage != Stage::End))
        return fail(tr("the layer ended in the middle"));
    // Whatever this layer does not hold itself, an opaque /etc hides from the layers below.
    if (m_opaque) {
        if (m_passwd == Presence::Untouched)
            m_passwd = Presence::Deleted;
        if (m_group == Presence::Untouched)
            m_group = Presence::Deleted;
    }
    return true;
}

bool ContainerdPasswd::Layer::take(const char *data, qsizetype size)
{
    qsizetype at = 0;
    while (at < size) {
        if (m_stage == Stage::End)
            return true; // what follows the end blocks is padding
        if (m_stage == Stage::Body) {
            if (m_bodyLeft > 0) {
                const qsizetype n = qsizetype(qMin<qint64>(m_bodyLeft, size - at));
                if (m_capture != Capture::None) {
                    if (m_captured.size() + n > MaxFileBytes)
                        return fail(tr("a file in /etc is larger than %1 bytes").arg(MaxFileBytes));
                    m_captured.append(data + at, n);
                }
                m_bodyLeft -= n;
                at += n;
                if (m_bodyLeft == 0)
                    endEntry();
                continue;
            }
            const qsizetype n = qsizetype(qMin<qint64>(m_paddingLeft, size - at));
            m_paddingLeft -= n;
            at += n;
            if (m_paddingLeft == 0)
                m_stage = Stage::Header;
            continue;
        }
        // A header: 512 bytes, perhaps split across pieces.
        const qsizetype n = qMin(Block - m_pending.size(), size - at);
        if (m_pending.isEmpty() && n == Block) {
            if (!header(data + at))
                return false;
        } else {
            m_pending.append(data + at, n);
            if (m_pending.size() == Block) {
                const QByteArray block = m_pending;
                m_pending.clear();
                if (!header(block.constData()))
                    return false;
            }
        }
        at += n;
    }
    return true;
}

bool ContainerdPasswd::Layer::header(const char *block)
{
    bool zero = true;
    for (qsizetype i = 0; i < Block && zero; ++i)
        zero = block[i] == '\0';
    if (zero) {
        m_stage = Stage::End;
        return true;
    }
    unsigned sum = 0;
    for (qsizetype i = 0; i < Block; ++i)
        sum +=
            (i >= 148 && i < 156) ? unsigned(' ') : unsigned(static_cast<unsigned char>(block[i]));
    if (qint64(sum) != tarNumber(block + 148, 8))
        return fail(tr("the layer is not a tar archive"));

    const qint64 size = tarNumber(block + 124, 12);
    if (size < 0)
        return fail(tr("the layer is not a tar archive"));
    const char type = block[156];
    QString path;
    if (!m_nextPath.isEmpty()) {
        path = m_nextPath;
        m_nextPath.clear();
    } else {
        QByteArray name = tarString(block, 100);
        if (qstrncmp(block + 257, "ustar", 5) == 0) {
            const QByteArray prefix = tarString(block + 345, 155);
            if (!prefix.isEmpty())
                name = prefix + '/' + name;
        }
        path = QString::fromUtf8(name);
    }
    path = normalizedPath(path);

    m_capture = Capture::None;
    m_captured.clear();
    if (type == 'x') {
        m_capture = Capture::PaxHeader;
    } else if (type == 'L') {
        m_capture = Capture::LongName;
    } else if (type != 'g') {
        const bool regular = type == '0' || type == '\0' || type == '7';
        const auto entry = [&](Presence *presence, Capture capture) -> bool {
            if (!regular && type != '5')
                return fail(
                    tr("/%1 is a link in the image, which Gontainer does not follow").arg(path));
            if (regular) {
                *presence = Presence::Present;
                m_capture = capture;
            }
            return true;
        };
        if (path == QLatin1String("etc/passwd")) {
            if (!entry(&m_passwd, Capture::Passwd))
                return false;
        } else if (path == QLatin1String("etc/group")) {
            if (!entry(&m_group, Capture::Group))
                return false;
        } else if (path == QLatin1String("etc/.wh.passwd")) {
            m_passwd = Presence::Deleted;
        } else if (path == QLatin1String("etc/.wh.group")) {
            m_group = Presence::Deleted;
        } else if (path == QLatin1String("etc/.wh..wh..opq") || path == QLatin1String(".wh.etc")) {
            m_opaque = true;
        }
    }
    if (m_capture == Capture::Passwd)
        m_passwdContent.clear();
    if (m_capture == Capture::Group)
        m_groupContent.clear();
    // Links and directories carry no data, whatever their size field says.
    const bool hasData =
        type != '1' && type != '2' && type != '3' && type != '4' && type != '5' && type != '6';
    m_bodyLeft = hasData ? size : 0;
    m_paddingLeft = hasData ? (Block - size % Block) % Block : 0;
    m_stage = Stage::Body;
    if (m_bodyLeft == 0) {
        endEntry();
        if (m_paddingLeft == 0)
            m_stage = Stage::Header;
    }
    return true;
}

void ContainerdPasswd::Layer::endEntry()
{
    switch (m_capture) {
    case Capture::Passwd:
        m_passwdContent = m_captured;
        break;
    case Capture::Group:
        m_groupContent = m_captured;
        break;
    case Capture::PaxHeader:
        m_nextPath = paxPath(m_captured);
        break;
    case Capture::LongName:
        m_nextPath = QString::fromUtf8(tarString(m_captured.constData(), int(m_captured.size())));
        break;
    case Capture::None:
        break;
    }
    m_capture = Capture::None;
    m_captured.clear();
    if (m_paddingLeft == 0)
        m_stage = Stage::Header;
}

ContainerdPasswd::Presence ContainerdPasswd::Layer::presence(File file) const
{
    return file == File::Passwd ? m_passwd : m_group;
}

QByteArray ContainerdPasswd::Layer::content(File file) const
{
    return file == File::Passwd ? m_passwdContent : m_groupContent;
}

bool ContainerdPasswd::Layer::decided() const
{
    // A file still being read is not decided yet.
    return m_passwd != Presence::Untouched && m_group != Presence::Untouched &&
           m_capture != Capture::Passwd && m_capture != Capture::Group;
}

bool ContainerdPasswd::needsFiles(const QString &user)
{
    if (user.isEmpty())
        return false;
    quint32 unused = 0;
    for (const QString &part : user.split(QLatin1Char(':'))) {
        if (part != QLatin1String("root") && !isNumber(part, &unused))
            return true;
    }
    return false;
}

EngineResult<ContainerdPasswd::User>
ContainerdPasswd::resolve(const QString &user, const std::optional<QByteArray> &passwd,
                          const std::optional<QByteArray> &group, const QString &image)
{
    User out;
    if (user.isEmpty())
        return EngineResult<User>::success({0, 0, {0}});
    const QStringList parts = user.split(QLatin1Char(':'));
    if (parts.size() > 2 || parts.at(0).isEmpty() || (parts.size() == 2 && parts.at(1).isEmpty()))
        return badInput(
            tr("\"%1\" is not a user: give USER or USER:GROUP, by name or number.").arg(user));
    const QString userPart = parts.at(0);
    const QString groupPart = parts.size() == 2 ? parts.at(1) : QString();

    const QList<PasswdEntry> users = passwd ? parsePasswd(*passwd) : QList<PasswdEntry>();
    const QList<GroupEntry> groups = group ? parseGroup(*group) : QList<GroupEntry>();

    // The user: by name, else by number (the passwd entry of that uid gives its group).
    QString userName;
    bool found = false;
    quint32 number = 0;
    const bool numericUser = isNumber(userPart, &number);
    for (const PasswdEntry &e : users) {
        if ((!numericUser && e.name == userPart) || (numericUser && e.uid == number)) {
            out.uid = e.uid;
            out.gid = e.gid;
            userName = e.name;
            found = true;
            break;
        }
    }
    if (!found) {
        if (numericUser) {
            out.uid = number;
        } else if (userPart == QLatin1String("root")) {
            userName = userPart;
        } else if (!passwd) {
            return badInput(tr("Image %1 has no /etc/passwd, so user \"%2\" cannot be looked up "
                               "by name: give the user as a number (UID or UID:GID).")
                                .arg(image, userPart));
        } else {
            return badInput(
                tr("Image %1 has no user \"%2\" in its /etc/passwd.").arg(image, userPart));
        }
    }

    if (!groupPart.isEmpty()) {
        quint32 gid = 0;
        const bool numericGroup = isNumber(groupPart, &gid);
        bool groupFound = numericGroup || groupPart == QLatin1String("root");
        if (!numericGroup) {
            for (const GroupEntry &e : groups) {
                if (e.name == groupPart) {
                    gid = e.gid;
                    groupFound = true;
                    break;
                }
            }
        }
        if (!groupFound) {
            if (!group)
                return badInput(tr("Image %1 has no /etc/group, so group \"%2\" cannot be looked "
                                   "up by name: give the group as a number (USER:GID).")
                                    .arg(image, groupPart));
            return badInput(
                tr("Image %1 has no group \"%2\" in its /etc/group.").arg(image, groupPart));
        }
        out.gid = gid;
    }

    // The primary group, then the groups that list the user as a member (nerdctl's
    // WithAdditionalGIDs, runc's supplementary groups).
    out.additionalGids << out.gid;
    if (!userName.isEmpty()) {
        for (const GroupEntry &e : groups) {
            if (e.members.contains(userName) && !out.additionalGids.contains(e.gid))
                out.additionalGids << e.gid;
        }
    }
    return EngineResult<User>::success(out);
}
