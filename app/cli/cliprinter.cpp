#include "app/cli/cliprinter.h"

#include "app/cli/clitext.h"
#include "core/engine/engineevent.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using CliText::out;

void CliPrinter::table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths.append(h.size());
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    auto line = [&](const QStringList &cells) {
        QString s;
        for (qsizetype i = 0; i < cells.size(); ++i)
            s += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 3) : cells.at(i);
        out(s);
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
}

void CliPrinter::json(const QJsonDocument &document)
{
    out(QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed());
}

void CliPrinter::json(const QJsonArray &array)
{
    json(QJsonDocument(array));
}

void CliPrinter::json(const QJsonObject &object)
{
    json(QJsonDocument(object));
}

void CliPrinter::jsonLine(const QJsonObject &object)
{
    out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

void CliPrinter::raw(std::FILE *to, const QByteArray &data)
{
    std::fwrite(data.constData(), 1, size_t(data.size()), to);
    std::fflush(to);
}

QString CliPrinter::bytes(qint64 bytes)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double value = double(bytes);
    int unit = 0;
    while (value >= 1024 && unit < 4) {
        value /= 1024;
        ++unit;
    }
    return QString::number(value, 'f', unit == 0 ? 0 : 2) + QLatin1String(units[unit]);
}

QString CliPrinter::stateName(ContainerSummary::State state)
{
    switch (state) {
    case ContainerSummary::State::Created:
        return QStringLiteral("created");
    case ContainerSummary::State::Running:
        return QStringLiteral("running");
    case ContainerSummary::State::Paused:
        return QStringLiteral("paused");
    case ContainerSummary::State::Restarting:
        return QStringLiteral("restarting");
    case ContainerSummary::State::Removing:
        return QStringLiteral("removing");
    case ContainerSummary::State::Exited:
        return QStringLiteral("exited");
    case ContainerSummary::State::Dead:
        return QStringLiteral("dead");
    case ContainerSummary::State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonObject CliPrinter::map(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

void CliPrinter::created(const CreatedObject &created, bool json)
{
    if (json) {
        CliPrinter::json(QJsonObject{
            {QStringLiteral("id"), created.id},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(created.warnings)}});
        return;
    }
    for (const QString &w : created.warnings)
        CliText::err(w);
    out(created.id);
}

void CliPrinter::containers(QList<NodeContainer> rows, bool withNode, bool json)
{
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.container.created > b.container.created;
    });
    if (json) {
        QJsonArray array;
        for (const auto &[node, c] : std::as_const(rows)) {
            QJsonObject o{{QStringLiteral("id"), c.id},
                          {QStringLiteral("name"), c.name},
                          {QStringLiteral("image"), c.image},
                          {QStringLiteral("state"), stateName(c.state)},
                          {QStringLiteral("status"), c.status},
                          {QStringLiteral("created"), c.created.toString(Qt::ISODate)},
                          {QStringLiteral("ports"), c.portsText()}};
            if (withNode)
                o.insert(QStringLiteral("node"), node);
            if (!c.namespaceName.isEmpty())
                o.insert(QStringLiteral("namespace"), c.namespaceName);
            if (c.readOnly)
                o.insert(QStringLiteral("readOnly"), true);
            array.append(o);
        }
        CliPrinter::json(array);
        return;
    }
    QStringList header = {tr("CONTAINER ID"), tr("NAME"),   tr("IMAGE"),
                          tr("STATE"),        tr("STATUS"), tr("PORTS")};
    if (withNode)
        header.prepend(tr("NODE"));
    QList<QStringList> table;
    for (const auto &[node, c] : std::as_const(rows)) {
        QStringList row = {shortId(c.id),      c.name,   c.image,
                           stateName(c.state), c.status, c.portsText()};
        if (withNode)
            row.prepend(node);
        table << row;
    }
    CliPrinter::table(header, table);
}

QString CliPrinter::shortId(const QString &id)
{
    // A namespaced id ("default/0123…", containerd) keeps its namespace: it is part of the id.
    const qsizetype slash = id.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return id.left(12);
    return id.left(slash + 1) + id.mid(slash + 1).left(12);
}

void CliPrinter::event(const EngineEvent &e, const QString &node, bool json)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(e.timeNano / 1000000, Qt::UTC);
    if (json) {
        QJsonObject o{{QStringLiteral("time"), time.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("type"), e.type},
                      {QStringLiteral("action"), e.action},
                      {QStringLiteral("id"), e.id},
                      {QStringLiteral("name"), e.name}};
        if (!node.isEmpty())
            o.insert(QStringLiteral("node"), node);
        jsonLine(o);
        return;
    }
    const QString prefix =
        node.isEmpty() ? QString() : QLatin1Char('[') + node + QStringLiteral("] ");
    out(prefix + time.toString(Qt::ISODateWithMs) + QLatin1Char(' ') + e.type + QLatin1Char(' ') +
        e.action + QLatin1Char(' ') + e.name + QStringLiteral(" (") + shortId(e.id) +
        QLatin1Char(')'));
}
