#pragma once

#include "core/engine/containersummary.h"
#include "core/engine/engineresults.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdio>

class QJsonArray;
class QJsonDocument;
class QJsonObject;
struct EngineEvent;

// How gontainer-cli prints what it lists: tables padded as docker pads them, JSON indented for
// listings and one compact object a line for streams, and the rows that several commands share
// (containers, events), so that one node and every node print alike.
class CliPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(CliPrinter)

public:
    // A container and the node it is on (empty when only one node is asked).
    struct NodeContainer
    {
        QString node;
        ContainerSummary container;
    };

    // Columns padded to their widest cell, as docker prints tables.
    static void table(const QStringList &header, const QList<QStringList> &rows);
    // A listing as indented JSON.
    static void json(const QJsonDocument &document);
    static void json(const QJsonArray &array);
    static void json(const QJsonObject &object);
    // One object of a stream, on a line of its own.
    static void jsonLine(const QJsonObject &object);
    // Bytes as they came (a container's output), flushed at once.
    static void raw(std::FILE *to, const QByteArray &data);
    // 1.5MiB, as docker prints sizes.
    static QString bytes(qint64 bytes);
    static QString stateName(ContainerSummary::State state);
    // A container's id as tables show it: 12 characters, after its namespace where it has one
    // ("default/0123456789ab"), which is part of the id.
    static QString shortId(const QString &id);

    // Labels or options as one JSON object.
    static QJsonObject map(const QMap<QString, QString> &map);
    // What a create made: its id (the warnings on stderr), or {"id", "warnings"} as JSON.
    static void created(const CreatedObject &created, bool json);

    // Newest first; `withNode` adds the node column (and JSON key).
    static void containers(QList<NodeContainer> rows, bool withNode, bool json);
    // One event on a line: "[node] " first when `node` is given.
    static void event(const EngineEvent &event, const QString &node, bool json);
};
