// Any bytes as a multiplexed log stream: the payload handed out never exceeds the input, no
// piece is empty, nothing is held whole, and after an error nothing more comes out.
#include "core/docker/logframedemuxer.h"
#include "tests/fuzz/fuzzsplit.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    LogFrameDemuxer demuxer;
    qsizetype out = 0;
    bool failed = false;
    for (const QByteArrayView piece : fuzzPieces(data, size)) {
        const QList<LogChunk> chunks = demuxer.feed(piece);
        if (failed && !chunks.isEmpty())
            __builtin_trap();
        for (const LogChunk &chunk : chunks) {
            if (chunk.data.isEmpty() || chunk.source == LogChunk::Source::Tty)
                __builtin_trap();
            out += chunk.data.size();
        }
        failed = demuxer.hasError();
        if (failed && demuxer.errorString().isEmpty())
            __builtin_trap();
    }
    if (out > qsizetype(size))
        __builtin_trap();
    return 0;
}
