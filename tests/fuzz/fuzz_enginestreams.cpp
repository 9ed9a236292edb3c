// Any bytes as one of the engine's JSON streams, in the pieces a socket may deliver: events
// (classified as Docker and as Podman word them), stats samples and pull/push/build progress.
// Every value the splitter hands out goes to the stream's reader, which must answer with a
// value, nullopt or an error, never crash.
#include "core/docker/dockercontainerjson.h"
#include "core/docker/dockerevents.h"
#include "core/docker/dockerimagejson.h"
#include "core/docker/dockerjson.h"
#include "core/docker/jsonstreamsplitter.h"
#include "core/podman/podmanevents.h"
#include "tests/fuzz/fuzzsplit.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int which = data[0] % 3;
    JsonStreamSplitter splitter;
    for (const QByteArrayView piece : fuzzPieces(data + 1, size - 1)) {
        for (const QByteArray &value : splitter.feed(piece)) {
            switch (which) {
            case 0:
                if (auto event = DockerJson::parseEvent(value)) {
                    EngineEvent podman = *event;
                    DockerEvents::classify(*event);
                    PodmanEvents::classify(podman);
                }
                break;
            case 1:
                if (const auto stats = DockerContainerJson::parseStats(value)) {
                    if (stats->cpuPercent != stats->cpuPercent) // NaN shown to the user
                        __builtin_trap();
                }
                break;
            case 2: {
                QString error;
                const auto event = DockerImageJson::parseProgress(value, &error);
                if (event && !error.isEmpty())
                    __builtin_trap(); // both a message and an error
                break;
            }
            }
        }
        if (splitter.hasError())
            break;
    }
    return 0;
}
