#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <atomic>
#include <limits>
#include <optional>

class QIODevice;

// A build context: a folder packed into a tar stream as engines take it, leaving out what its
// .dockerignore names (the Dockerfile and .dockerignore always go in, as docker does).
// Blocking file I/O: run it off the GUI thread.
class BuildContext final
{
public:
    // How far packing is, for another thread to read while it runs; setting `cancelled` stops
    // it (pack() then fails).
    struct Progress
    {
        std::atomic<qint64> done{0};  // bytes of files read
        std::atomic<qint64> total{0}; // bytes of the files going in, once they are counted
        std::atomic<bool> cancelled{false};
    };

    // Writes the tar stream to `out` (open for writing) as it reads the files, holding one
    // piece of a file at a time; answers how many bytes it wrote. `dockerfile` is relative to
    // `folder`. nullopt with `error` set when the folder cannot be read, is larger than
    // `maxBytes`, or `out` takes no more.
    static std::optional<qint64> pack(const QString &folder, const QString &dockerfile,
                                      QIODevice *out, QString *error, qint64 maxBytes = MaxBytes,
                                      Progress *progress = nullptr);
    // The same into memory, for small folders.
    static std::optional<QByteArray> pack(const QString &folder, const QString &dockerfile,
                                          QString *error, qint64 maxBytes = MaxBytes,
                                          Progress *progress = nullptr);
    // Whether `relativePath` is left out by .dockerignore `patterns` (in file order; a "!"
    // pattern takes a path back in).
    static bool isIgnored(const QString &relativePath, const QStringList &patterns);
    static QStringList readIgnoreFile(const QString &folder);

    // In memory; a build packs into a file and has no limit but the disk's free space.
    static constexpr qint64 MaxBytes = 2LL * 1024 * 1024 * 1024;
    static constexpr qint64 Unlimited = std::numeric_limits<qint64>::max();
};
