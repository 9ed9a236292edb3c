// Any bytes as a container's output, in the pieces and streams the log demultiplexer hands on,
// with or without timestamps: no line is longer than the splitter's limit, and the lines hold
// no more text than arrived.
#include "core/engine/loglinesplitter.h"
#include "tests/fuzz/fuzzsplit.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    LogLineSplitter splitter(data[0] & 1);
    qsizetype in = 0;
    qsizetype out = 0;
    const auto count = [&out](const QList<LogLine> &lines) {
        for (const LogLine &line : lines) {
            if (line.text.size() > LogLineSplitter::MaxLineBytes)
                __builtin_trap();
            out += line.text.size();
        }
    };
    int n = 0;
    for (const QByteArrayView piece : fuzzPieces(data + 1, size - 1)) {
        if (piece.isEmpty())
            continue;
        // The piece's first byte says which stream it came from and whether a record began.
        const uint8_t how = uint8_t(piece.front());
        LogChunk chunk;
        chunk.source = LogChunk::Source(how % 3);
        chunk.recordStart = how & 4;
        chunk.data = piece.sliced(1).toByteArray();
        in += chunk.data.size();
        count(splitter.feed({chunk}));
        if (++n % 11 == 0)
            count(splitter.finish());
        // Any slice may be read as a time, too.
        qsizetype length = 0;
        (void)LogLineSplitter::parseTime(chunk.data, &length);
        if (length > chunk.data.size())
            __builtin_trap();
    }
    count(splitter.finish());
    if (out > in)
        __builtin_trap();
    return 0;
}
