#include "app/cli/clitext.h"

#include "core/engine/engine.h"
#include "core/services/enginefactory.h"

#include <QEventLoop>
#include <QFile>
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

QString secretFromStdin(QFile &in)
{
    QByteArray bytes = in.readAll();
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
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
