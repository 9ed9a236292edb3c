#pragma once

#include "core/engine/execsession.h"

// The session an engine gives for exec or attach when it has neither: it finishes at once,
// with the error that says why.
class RefusedExecSession final : public ExecSession
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefusedExecSession)

public:
    RefusedExecSession(const EngineError &error, QObject *parent);
    ~RefusedExecSession() override = default;

    void write(const QByteArray &) override {}
    bool closeInput() override { return false; }
    void resize(int, int) override {}
};
