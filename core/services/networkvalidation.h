#pragma once

#include "core/engine/networkinfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Checks of what the user types for a network, before anything is sent: each answers an empty
// string when the text is good, else a sentence that says what is wrong and what would do.
// Pure functions over the text and the node's snapshot of networks.
class NetworkValidation final
{
    Q_DECLARE_TR_FUNCTIONS(NetworkValidation)

public:
    NetworkValidation() = delete;

    // A network name as the engines take it ([a-zA-Z0-9][a-zA-Z0-9_.-]*), not taken by one of
    // `existing` (by name; the node's networks).
    static QString nameProblem(const QString &name, const QList<NetworkInfo> &existing = {});
    // An IPv4 or IPv6 subnet in CIDR form whose address is the network's own ("10.1.2.0/24", not
    // "10.1.2.3/24"), with room for a gateway and a container.
    static QString subnetProblem(const QString &cidr);
    // An address (no prefix) inside `subnet`, neither the subnet's own address nor (IPv4) its
    // broadcast address. `subnet` must be good.
    static QString gatewayProblem(const QString &gateway, const QString &subnet);
    // A CIDR range inside `subnet` (the addresses containers get come from it).
    static QString ipRangeProblem(const QString &range, const QString &subnet);
    // A subnet that shares addresses with one of `others` (the other networks on the same node)
    // names that network.
    static QString overlapProblem(const QString &subnet, const QList<NetworkInfo> &others);
    // A container's fixed address on a network: inside `subnet`, not its own or broadcast
    // address, and not the gateway.
    static QString addressProblem(const QString &address, const QString &subnet,
                                  const QString &gateway = {});

    // Every check above over a whole spec, against the node's networks; the first problem.
    static QString specProblem(const NetworkSpec &spec, const QList<NetworkInfo> &existing);

    // Two subnets (good CIDRs) that share addresses.
    static bool overlaps(const QString &a, const QString &b);
};
