#include "app/cli/clitext.h"

#include "core/engine/engine.h"
#include "core/services/enginefactory.h"

#include <QEventLoop>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace CliText {

void out(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void printTable(const QStringList &header, const QList<QStringList> &rows)
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

QString stateName(ContainerSummary::State state)
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

bool answers(const Endpoint &endpoint, int timeoutMs)
{
    QEventLoop loop;
    const std::unique_ptr<Engine> engine = makeEngine(endpoint);
    bool ok = false;
    engine->identify(&loop, [&](const EngineResult<EngineInfo> &r) {
        ok = r.ok();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return ok;
}

} // namespace CliText
