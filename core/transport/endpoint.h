#pragma once

#include <QMetaType>
#include <QString>

// Where an engine listens. This version speaks to unix sockets; the other kinds are parsed so
// that an endpoint the user gives is understood and refused with a clear reason.
struct Endpoint
{
    enum class Kind
    {
        Invalid,
        Unix,
        Tcp,
        Ssh
    };

    Kind kind = Kind::Invalid;
    QString path;      // unix socket path
    QString host;      // tcp / ssh
    int port = 0;      // tcp / ssh
    QString errorText; // why parsing failed, when kind is Invalid

    static Endpoint fromUrl(const QString &url);
    static Endpoint unixSocket(const QString &path);

    bool isValid() const { return kind != Kind::Invalid; }
    QString toUrl() const;
};

Q_DECLARE_METATYPE(Endpoint)
