// Any text as an engine address the user types or a config file holds: parsing never crashes;
// an address that parses is written back (as the node store keeps it) to one that parses to
// the same engine, and one that does not parse says why.
#include "core/transport/endpoint.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString url = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Endpoint e = Endpoint::fromUrl(url);
    if (!e.isValid()) {
        if (e.errorText.isEmpty() || !e.toUrl().isEmpty())
            __builtin_trap();
        return 0;
    }
    if (e.kind != Endpoint::Kind::Unix && (e.host.isEmpty() || e.port < 0 || e.port > 65535))
        __builtin_trap();
    const Endpoint again = Endpoint::fromUrl(e.toUrl());
    // A tcp:// address's user and path mean nothing to an engine and are not kept.
    const bool tcp = e.kind == Endpoint::Kind::Tcp;
    if (again.kind != e.kind || again.host != e.host || again.port != e.port ||
        (!tcp && (again.user != e.user || again.path != e.path)))
        __builtin_trap();
    return 0;
}
