// Any bytes as an HTTP response: the parser must answer with a value or an error, never crash,
// and never hold more than the input plus its header limit.
#include "core/transport/httpresponseparser.h"
#include "tests/fuzz/fuzzsplit.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HttpResponseParser parser;
    if (size > 0 && (data[0] & 0x80))
        parser.setExpectBody(false);
    qsizetype body = 0;
    for (const QByteArrayView piece : fuzzPieces(data, size)) {
        if (!parser.feed(piece))
            break;
        body += parser.takeBody().size();
    }
    parser.finishOnEof();
    body += parser.takeBody().size();
    if (body > qsizetype(size))
        __builtin_trap(); // decoded more than arrived
    if (parser.isComplete() && (parser.statusCode() < 100 || parser.statusCode() > 599))
        __builtin_trap();
    if (parser.hasError() && parser.errorString().isEmpty())
        __builtin_trap();
    return 0;
}
