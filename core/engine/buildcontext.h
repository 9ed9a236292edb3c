#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <atomic>
#include <optional>

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

    // `dockerfile` is relative to `folder`. nullopt with `error` set when the folder cannot be
    // read or is larger than `maxBytes`.
    static std::optional<QByteArray> pack(const QString &folder, const QString &dockerfile,
                                          QString *error, qint64 maxBytes = MaxBytes,
                                          Progress *progress = nullptr);
    // Whether `relativePath` is left out by .dockerignore `patterns` (in file order; a "!"
    // pattern takes a path back in).
    static bool isIgnored(const QString &relativePath, const QStringList &patterns);
    static QStringList readIgnoreFile(const QString &folder);

    static constexpr qint64 MaxBytes = 2LL * 1024 * 1024 * 1024;
};
