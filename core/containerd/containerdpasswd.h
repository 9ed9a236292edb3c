#pragma once

#include "core/engine/engineresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

// A user given by name ("nobody", "nobody:nogroup", "1000:staff"), resolved the way runc and
// nerdctl resolve it, from the image's /etc/passwd and /etc/group. The files are read out of the
// image's layers as they stream from the content store (a Layer per layer, topmost first), so
// that nothing is mounted: the node may be remote and Gontainer need not be root. Pure: no I/O.
class ContainerdPasswd final
{
    Q_DECLARE_TR_FUNCTIONS(ContainerdPasswd)

public:
    enum class File
    {
        Passwd, // etc/passwd
        Group   // etc/group
    };
    // What one layer says of a file.
    enum class Presence
    {
        Untouched, // the layer leaves it to the layers below
        Present,   // the layer holds it (content())
        Deleted    // a whiteout (".wh.passwd", an opaque /etc or a whiteout of /etc) hides it
    };

    // One layer's tar stream (gzip-compressed or not), fed in pieces as it arrives. Only the two
    // files are kept; the rest is skipped as it passes.
    class Layer final
    {
    public:
        // Past this a file is no /etc/passwd (refused rather than kept in memory).
        static constexpr qsizetype MaxFileBytes = 4 * 1024 * 1024;

        Layer();
        ~Layer();
        Layer(const Layer &) = delete;
        Layer &operator=(const Layer &) = delete;

        // False, with error() set, once the bytes are not a layer this can read.
        bool feed(const char *data, qsizetype size);
        bool feed(const QByteArray &data) { return feed(data.constData(), data.size()); }
        // The end of the stream: false, with error() set, when it ended in the middle.
        bool finish();

        Presence presence(File file) const;
        QByteArray content(File file) const;
        // Both files are Present or Deleted: the rest of the layer cannot change that.
        bool decided() const;
        QString error() const { return m_error; }

    private:
        struct Inflater;
        bool take(const char *data, qsizetype size); // uncompressed tar bytes
        bool header(const char *block);
        void endEntry();
        bool fail(const QString &message);

        enum class Stage
        {
            Magic,  // the first bytes say whether it is gzip
            Header, // waiting for a 512-byte header
            Body,   // inside an entry's data (and its padding)
            End     // the two zero blocks were seen
        };
        Stage m_stage = Stage::Magic;
        QByteArray m_magic;   // the first bytes, until the compression is known
        QByteArray m_pending; // an incomplete header
        std::unique_ptr<Inflater> m_inflater;
        qint64 m_bodyLeft = 0;    // data bytes of the current entry still to come
        qint64 m_paddingLeft = 0; // then the padding to the next 512
        enum class Capture
        {
            None,
            Passwd,
            Group,
            PaxHeader, // a PAX extended header: the next entry's path may be in it
            LongName   // a GNU long name: the next entry's path
        };
        Capture m_capture = Capture::None;
        QByteArray m_captured;
        QString m_nextPath; // from a PAX header or a GNU long name
        Presence m_passwd = Presence::Untouched;
        Presence m_group = Presence::Untouched;
        QByteArray m_passwdContent;
        QByteArray m_groupContent;
        bool m_opaque = false; // /etc is opaque or whited out in this layer
        QString m_error;
    };

    struct User
    {
        quint32 uid = 0;
        quint32 gid = 0;
        // The primary group first, then the groups that list the user as a member.
        QList<quint32> additionalGids;
    };

    // Whether `user` names a user or group, so that the image's files are needed; numbers and
    // "root" are not looked up.
    static bool needsFiles(const QString &user);
    // `user` ("NAME", "UID", "NAME:GROUP", "UID:GID" and mixed forms) resolved from the files'
    // contents (nullopt: the image has no such file). A name that is not there is a BadInput
    // error naming `image`.
    static EngineResult<User> resolve(const QString &user, const std::optional<QByteArray> &passwd,
                                      const std::optional<QByteArray> &group, const QString &image);
};
