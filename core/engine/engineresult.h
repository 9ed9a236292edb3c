#pragma once

#include "core/engine/engineerror.h"

// A value or the error that prevented it.
template<typename T>
struct EngineResult
{
    T value{};
    EngineError error;

    bool ok() const { return !error.isError(); }
    static EngineResult success(T v) { return EngineResult{std::move(v), {}}; }
    static EngineResult failure(EngineError e) { return EngineResult{T{}, std::move(e)}; }
};
