// Any bytes as the answer to one of the engine's short calls: the input's first byte chooses
// which reader gets the rest (lists, inspections, prune and other reports of Docker's and
// Podman's APIs). Every reader must answer with a value or nullopt, never crash or hang, and
// what it returns must be of a size the input can account for.
#include "core/docker/dockercontainerjson.h"
#include "core/docker/dockerimagejson.h"
#include "core/docker/dockerjson.h"
#include "core/docker/dockerresourcejson.h"
#include "core/podman/libpodjson.h"

#include <QDateTime>

namespace {

// Nothing a reader returns may hold more entries than the input has bytes.
template<typename T>
void checkList(const std::optional<QList<T>> &list, size_t size)
{
    if (list && size_t(list->size()) > size)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int which = data[0];
    const QByteArray json(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    QString error;
    switch (which % 26) {
    case 0:
        checkList(DockerJson::parseContainerList(json, now), size);
        break;
    case 1:
        (void)DockerJson::parseVersion(json);
        break;
    case 2:
        (void)DockerJson::parseInfo(json);
        break;
    case 3:
        (void)DockerJson::parseDiskUsage(json);
        break;
    case 4:
        (void)DockerJson::errorMessage(json);
        break;
    case 5:
        (void)DockerJson::parseStatus(QString::fromUtf8(json), now);
        break;
    case 6:
        (void)DockerContainerJson::parseInspect(json);
        break;
    case 7:
        (void)DockerContainerJson::parseCreated(json);
        break;
    case 8:
        (void)DockerContainerJson::parseWait(json, &error);
        break;
    case 9:
        (void)DockerContainerJson::parsePrune(json, QStringLiteral("ContainersDeleted"));
        break;
    case 10:
        (void)DockerContainerJson::parseTop(json);
        break;
    case 11:
        (void)DockerContainerJson::parseTime(QString::fromUtf8(json));
        (void)DockerContainerJson::signalNumber(QString::fromUtf8(json));
        break;
    case 12:
        checkList(DockerImageJson::parseList(json), size);
        break;
    case 13:
        (void)DockerImageJson::parseInspect(json);
        break;
    case 14:
        checkList(DockerImageJson::parseHistory(json), size);
        break;
    case 15:
        checkList(DockerImageJson::parseSearch(json), size);
        break;
    case 16:
        (void)DockerImageJson::parseRemoval(json);
        (void)DockerImageJson::parseAuthStatus(json);
        (void)DockerImageJson::parsePrune(json);
        break;
    case 17:
        checkList(DockerResourceJson::parseVolumeList(json), size);
        (void)DockerResourceJson::parseVolume(json);
        break;
    case 18:
        checkList(DockerResourceJson::parseNetworkList(json), size);
        (void)DockerResourceJson::parseNetwork(json);
        break;
    case 19:
        checkList(LibpodJson::parsePodList(json), size);
        (void)LibpodJson::parsePodInspect(json);
        break;
    case 20:
        (void)LibpodJson::podActionErrors(json);
        checkList(LibpodJson::parsePodStats(json), size);
        break;
    case 21:
        (void)LibpodJson::parsePodPrune(json);
        (void)LibpodJson::parseImagePrune(json);
        break;
    case 22:
        (void)LibpodJson::parseHealthcheck(json);
        (void)LibpodJson::parseKubePlay(json);
        (void)LibpodJson::parseSearchRegistries(json);
        break;
    case 23:
        checkList(LibpodJson::parseContainerList(json, now), size);
        break;
    case 24: {
        // A duration as Docker words it, from any number of seconds.
        qint64 seconds = 0;
        memcpy(&seconds, json.constData(), std::min<size_t>(sizeof seconds, size - 1));
        if (LibpodJson::dockerDuration(seconds).isEmpty())
            __builtin_trap();
        break;
    }
    case 25:
        (void)DockerContainerJson::parseStats(json);
        break;
    }
    return 0;
}
