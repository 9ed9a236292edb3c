// Any bytes as an event stream: every value the splitter hands out must be balanced and taken
// from the input, and what it keeps pending stays bounded.
#include "core/docker/jsonstreamsplitter.h"
#include "tests/fuzz/fuzzsplit.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    JsonStreamSplitter splitter;
    qsizetype out = 0;
    for (const QByteArrayView piece : fuzzPieces(data, size)) {
        for (const QByteArray &value : splitter.feed(piece)) {
            if (value.isEmpty())
                __builtin_trap();
            const char first = value.front();
            const char last = value.back();
            if (!((first == '{' && last == '}') || (first == '[' && last == ']')))
                __builtin_trap();
            out += value.size();
        }
        if (splitter.pendingBytes() > JsonStreamSplitter::MaxValueBytes)
            __builtin_trap();
    }
    if (out > qsizetype(size))
        __builtin_trap();
    return 0;
}
