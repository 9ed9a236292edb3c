#include "core/engine/imagereference.h"

ImageReference ImageReference::parse(const QString &text)
{
    ImageReference r;
    QString rest = text.trimmed();
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        r.digest = rest.mid(at + 1);
        rest = rest.left(at);
    }
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > rest.lastIndexOf(QLatin1Char('/'))) {
        r.tag = rest.mid(colon + 1);
        rest = rest.left(colon);
    }
    // The first component is a registry when it looks like a host: a dot, a port or localhost.
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString first = rest.left(slash);
        if (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) ||
            first == QLatin1String("localhost")) {
            r.registry = first;
            rest = rest.mid(slash + 1);
        }
    }
    r.repository = rest;
    return r;
}

QString ImageReference::name() const
{
    return registry.isEmpty() ? repository : registry + QLatin1Char('/') + repository;
}

QString ImageReference::qualified() const
{
    QString out;
    if (registry.isEmpty()) {
        out = QStringLiteral("docker.io/");
        if (!repository.contains(QLatin1Char('/')))
            out += QStringLiteral("library/");
        out += repository;
    } else {
        out = name();
    }
    if (!digest.isEmpty())
        return out + QLatin1Char('@') + digest;
    return out + QLatin1Char(':') + (tag.isEmpty() ? QStringLiteral("latest") : tag);
}
