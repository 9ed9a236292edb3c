#pragma once

#include "app/cli/cliprinter.h"
#include "app/cli/clisession.h"
#include "app/cli/clitext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

// `inspect` of volumes, networks and pods: the engine's own JSON of each positional argument, in
// one array, as docker prints it; each that fails in the engine's words. `call(name, callback)`
// asks for one (a T with its rawJson) and answers the call's handle.
template<typename T, typename Call>
void inspectEachArgument(CliSession &session, Call call)
{
    auto results = std::make_shared<QJsonArray>();
    session.eachArgument(
        [&session, results, call](const QString &name, std::function<void()> next) {
            session.setCall(call(name, [&session, results, next](const EngineResult<T> &r) {
                if (r.ok()) {
                    results->append(QJsonDocument::fromJson(r.value.rawJson).object());
                } else {
                    CliText::err(r.error.userText());
                    session.countFailure();
                }
                next();
            }));
        },
        [results] {
            if (!results->isEmpty())
                CliPrinter::json(*results);
        });
}
