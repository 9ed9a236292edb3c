#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

struct VolumeInfo
{
    QString name;
    QString driver;
    QString mountpoint;
    QDateTime created;
    QString scope;
    QMap<QString, QString> labels;
    QMap<QString, QString> options;
    QByteArray rawJson; // inspect only

    bool operator==(const VolumeInfo &) const = default;
};

// A new volume; empty fields leave the engine's defaults.
struct VolumeSpec
{
    QString name; // empty: the engine names it
    QString driver;
    QMap<QString, QString> driverOptions;
    QMap<QString, QString> labels;
};

Q_DECLARE_METATYPE(VolumeInfo)
