#include "core/services/networkvalidation.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <utility>

namespace {

using Subnet = std::pair<QHostAddress, int>;

// The subnet of a CIDR text, its address as written (host bits kept); a null address when it
// is not one.
Subnet parse(const QString &cidr)
{
    const QString text = cidr.trimmed();
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0 || text.contains(QLatin1Char('%')))
        return {QHostAddress(), -1};
    QHostAddress address;
    bool ok = false;
    const int prefix = text.mid(slash + 1).toInt(&ok);
    if (!address.setAddress(text.left(slash)) || !ok || prefix < 0 ||
        prefix > (address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32) ||
        (address.protocol() != QAbstractSocket::IPv4Protocol &&
         address.protocol() != QAbstractSocket::IPv6Protocol))
        return {QHostAddress(), -1};
    return {address, prefix};
}

int bits(const QHostAddress &a)
{
    return a.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
}

// The subnet's own address: its address with the host bits cleared.
QHostAddress networkAddress(const Subnet &s)
{
    if (s.first.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 mask = s.second == 0 ? 0 : ~quint32(0) << (32 - s.second);
        return QHostAddress(s.first.toIPv4Address() & mask);
    }
    Q_IPV6ADDR a = s.first.toIPv6Address();
    for (int i = 0; i < 16; ++i) {
        const int keep = qBound(0, s.second - i * 8, 8);
        a[i] = quint8(a[i] & quint8(keep == 0 ? 0 : 0xff << (8 - keep)));
    }
    return QHostAddress(a);
}

QHostAddress broadcastAddress(const Subnet &s)
{
    const quint32 mask = s.second == 0 ? 0 : ~quint32(0) << (32 - s.second);
    return QHostAddress((s.first.toIPv4Address() & mask) | ~mask);
}

QString canonical(const Subnet &s)
{
    return networkAddress(s).toString() + QLatin1Char('/') + QString::number(s.second);
}

// An address alone, without a prefix or brackets.
QHostAddress plainAddress(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.contains(QLatin1Char('/')) || t.contains(QLatin1Char('%')))
        return {};
    QHostAddress a;
    if (!a.setAddress(t))
        return {};
    return a;
}

} // namespace

QString NetworkValidation::nameProblem(const QString &name, const QList<NetworkInfo> &existing)
{
    if (name.isEmpty())
        return tr("Give the network a name.");
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
    if (!valid.match(name).hasMatch())
        return tr("A name begins with a letter or digit and has only letters, digits and "
                  "_ . - after it.");
    for (const NetworkInfo &n : existing) {
        if (n.name == name)
            return tr("The node already has a network named %1; choose another name.").arg(name);
    }
    return {};
}

QString NetworkValidation::subnetProblem(const QString &cidr)
{
    const Subnet s = parse(cidr);
    if (s.first.isNull())
        return tr("Write the subnet as an address and a prefix length, like 10.10.0.0/16 or "
                  "fd00:10::/64.");
    const int max = bits(s.first) - 2;
    if (s.second > max)
        return tr("A /%1 subnet has no room for a gateway and a container; use /%2 or less.")
            .arg(s.second)
            .arg(max);
    if (networkAddress(s) != s.first)
        return tr("The subnet's address has host bits set; it should be %1.").arg(canonical(s));
    return {};
}

QString NetworkValidation::gatewayProblem(const QString &gateway, const QString &subnet)
{
    const QHostAddress a = plainAddress(gateway);
    if (a.isNull())
        return tr("Write the gateway as one address, like 10.10.0.1, without a prefix length.");
    const Subnet s = parse(subnet);
    if (s.first.isNull())
        return tr("Give a subnet before a gateway.");
    if (!a.isInSubnet(s))
        return tr("The gateway %1 is outside the subnet %2.").arg(a.toString(), canonical(s));
    if (a == networkAddress(s))
        return tr("The gateway cannot be the subnet's own address %1.").arg(a.toString());
    if (a.protocol() == QAbstractSocket::IPv4Protocol && a == broadcastAddress(s))
        return tr("The gateway cannot be the subnet's broadcast address %1.").arg(a.toString());
    return {};
}

QString NetworkValidation::ipRangeProblem(const QString &range, const QString &subnet)
{
    const Subnet r = parse(range);
    if (r.first.isNull())
        return tr("Write the IP range as an address and a prefix length, like 10.10.5.0/24.");
    const Subnet s = parse(subnet);
    if (s.first.isNull())
        return tr("Give a subnet before an IP range.");
    if (r.first.protocol() != s.first.protocol() || r.second < s.second ||
        !networkAddress(r).isInSubnet(s))
        return tr("The IP range %1 is outside the subnet %2.").arg(canonical(r), canonical(s));
    if (networkAddress(r) != r.first)
        return tr("The range's address has host bits set; it should be %1.").arg(canonical(r));
    return {};
}

bool NetworkValidation::overlaps(const QString &a, const QString &b)
{
    const Subnet x = parse(a);
    const Subnet y = parse(b);
    if (x.first.isNull() || y.first.isNull() || x.first.protocol() != y.first.protocol())
        return false;
    // Two prefixes overlap when the wider one holds the narrower one's address.
    return x.second <= y.second ? networkAddress(y).isInSubnet(x) : networkAddress(x).isInSubnet(y);
}

QString NetworkValidation::overlapProblem(const QString &subnet, const QList<NetworkInfo> &others)
{
    for (const NetworkInfo &n : others) {
        for (const NetworkSubnet &s : n.subnets) {
            if (overlaps(subnet, s.subnet))
                return tr("The subnet overlaps %1 of the network %2 on this node; choose "
                          "addresses no other network uses.")
                    .arg(s.subnet, n.name);
        }
    }
    return {};
}

QString NetworkValidation::addressProblem(const QString &address, const QString &subnet,
                                          const QString &gateway)
{
    const QHostAddress a = plainAddress(address);
    if (a.isNull())
        return tr("Write one address, like 10.10.0.5, without a prefix length.");
    const Subnet s = parse(subnet);
    if (s.first.isNull())
        return tr("This network has no subnet to choose an address in.");
    if (!a.isInSubnet(s))
        return tr("The address %1 is outside the network's subnet %2.")
            .arg(a.toString(), canonical(s));
    if (a == networkAddress(s))
        return tr("%1 is the subnet's own address; choose another.").arg(a.toString());
    if (a.protocol() == QAbstractSocket::IPv4Protocol && a == broadcastAddress(s))
        return tr("%1 is the subnet's broadcast address; choose another.").arg(a.toString());
    if (!gateway.isEmpty() && a == plainAddress(gateway))
        return tr("%1 is the network's gateway; choose another address.").arg(a.toString());
    return {};
}

QString NetworkValidation::specProblem(const NetworkSpec &spec, const QList<NetworkInfo> &existing)
{
    if (QString p = nameProblem(spec.name, existing); !p.isEmpty())
        return p;
    for (qsizetype i = 0; i < spec.subnets.size(); ++i) {
        const NetworkSubnet &s = spec.subnets.at(i);
        if (QString p = subnetProblem(s.subnet); !p.isEmpty())
            return p;
        if (!s.gateway.isEmpty()) {
            if (QString p = gatewayProblem(s.gateway, s.subnet); !p.isEmpty())
                return p;
        }
        if (!s.ipRange.isEmpty()) {
            if (QString p = ipRangeProblem(s.ipRange, s.subnet); !p.isEmpty())
                return p;
        }
        if (QString p = overlapProblem(s.subnet, existing); !p.isEmpty())
            return p;
        for (qsizetype j = 0; j < i; ++j) {
            if (overlaps(s.subnet, spec.subnets.at(j).subnet))
                return tr("The subnets %1 and %2 overlap.")
                    .arg(spec.subnets.at(j).subnet, s.subnet);
        }
    }
    return {};
}
