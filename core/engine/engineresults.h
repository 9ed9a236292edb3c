#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Small answers of engine operations.

struct CreatedObject
{
    QString id;
    QStringList warnings;
};

struct PruneReport
{
    QStringList deleted;
    qint64 spaceReclaimed = 0; // bytes
};

// A container's processes, as `top` shows them.
struct ProcessList
{
    QStringList titles;
    QList<QStringList> processes;
};

struct CommitOptions
{
    QString repository; // empty: an untagged image
    QString tag;
    QString message;
    QString author;
    bool pause = true; // pause the container while committing
};
