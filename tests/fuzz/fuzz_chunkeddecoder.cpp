// Any bytes as the body of a chunked response: the chunk decoder must never emit more than it
// was given, and must finish only on a well-formed last chunk.
#include "core/transport/httpresponseparser.h"
#include "tests/fuzz/fuzzsplit.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HttpResponseParser parser;
    if (!parser.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"))
        __builtin_trap();
    qsizetype body = 0;
    for (const QByteArrayView piece : fuzzPieces(data, size)) {
        if (!parser.feed(piece))
            break;
        body += parser.takeBody().size();
    }
    if (body > qsizetype(size))
        __builtin_trap();
    parser.finishOnEof();
    // A chunked body is never delimited by the connection closing.
    if (parser.state() == HttpResponseParser::State::Body)
        __builtin_trap();
    return 0;
}
