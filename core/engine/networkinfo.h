#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

struct NetworkSubnet
{
    QString subnet;  // CIDR
    QString gateway; // empty: the engine picks
    QString ipRange; // CIDR inside the subnet that containers' addresses come from; empty: all

    bool operator==(const NetworkSubnet &) const = default;
};

struct NetworkInfo
{
    QString id;
    QString name;
    QString driver;
    QString scope;
    QDateTime created;
    bool internal = false;
    bool attachable = false;
    bool ipv6 = false;
    QList<NetworkSubnet> subnets;
    QMap<QString, QString> labels;
    // Containers attached (inspect only): id -> name.
    QMap<QString, QString> containers;
    QByteArray rawJson; // inspect only

    bool operator==(const NetworkInfo &) const = default;
};

struct NetworkSpec
{
    QString name;
    QString driver; // empty: bridge
    bool internal = false;
    bool attachable = false;
    bool ipv6 = false;
    QList<NetworkSubnet> subnets;
    QMap<QString, QString> labels;
};

Q_DECLARE_METATYPE(NetworkInfo)
