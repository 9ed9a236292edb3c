#include "core/engine/spectext.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <cmath>

namespace SpecText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SpecText", text);
}

template<typename T>
std::optional<T> refuse(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

bool validPort(int port)
{
    return port >= 1 && port <= 65535;
}

} // namespace

std::optional<qint64> parseMemory(const QString &text, QString *error)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*([bkmgt]?)i?b?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return refuse<qint64>(error, tr("\"%1\" is not a size: write a number with a unit, "
                                        "such as 512m or 2g.")
                                         .arg(text));
    const double number = m.captured(1).toDouble();
    const QString unit = m.captured(2).toLower();
    double factor = 1;
    if (unit == QLatin1String("k"))
        factor = 1024.0;
    else if (unit == QLatin1String("m"))
        factor = 1024.0 * 1024;
    else if (unit == QLatin1String("g"))
        factor = 1024.0 * 1024 * 1024;
    else if (unit == QLatin1String("t"))
        factor = 1024.0 * 1024 * 1024 * 1024;
    const double bytes = std::floor(number * factor);
    if (bytes < 1 || bytes > 9.0e18)
        return refuse<qint64>(error, tr("\"%1\" is out of range.").arg(text));
    return qint64(bytes);
}

std::optional<qint64> parseCpus(const QString &text, QString *error)
{
    bool ok = false;
    const double cpus = text.trimmed().toDouble(&ok);
    if (!ok || cpus <= 0 || cpus > 4096)
        return refuse<qint64>(
            error, tr("\"%1\" is not a number of CPUs: write for example 0.5 or 2.").arg(text));
    return qint64(std::llround(cpus * 1e9));
}

std::optional<qint64> parseDuration(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    bool isNumber = false;
    const double seconds = t.toDouble(&isNumber);
    if (isNumber && seconds >= 0)
        return qint64(std::llround(seconds * 1000));
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ms|h|m|s)"));
    static const QRegularExpression whole(QStringLiteral("^(?:\\d+(?:\\.\\d+)?(?:ms|h|m|s))+$"));
    if (t.isEmpty() || !whole.match(t).hasMatch())
        return refuse<qint64>(error, tr("\"%1\" is not a duration: write for example 30s, "
                                        "1m30s or 500ms.")
                                         .arg(text));
    double ms = 0;
    for (auto it = part.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const double n = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        ms += unit == QLatin1String("h")   ? n * 3600000
              : unit == QLatin1String("m") ? n * 60000
              : unit == QLatin1String("s") ? n * 1000
                                           : n;
    }
    return qint64(std::llround(ms));
}

std::optional<PortBinding> parsePort(const QString &text, QString *error)
{
    const QString bad =
        tr("\"%1\" is not a port mapping: write HOST:CONTAINER such as 8080:80, optionally with "
           "an address in front (127.0.0.1:8080:80) and /udp behind.")
            .arg(text);
    QString t = text.trimmed();
    PortBinding p;
    const qsizetype slash = t.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0) {
        p.protocol = t.mid(slash + 1).toLower();
        t = t.left(slash);
        if (p.protocol != QLatin1String("tcp") && p.protocol != QLatin1String("udp") &&
            p.protocol != QLatin1String("sctp"))
            return refuse<PortBinding>(
                error, tr("\"%1\": the protocol must be tcp, udp or sctp.").arg(text));
    }
    // An IPv6 address comes in brackets: [::1]:8080:80.
    if (t.startsWith(QLatin1Char('['))) {
        const qsizetype close = t.indexOf(QLatin1Char(']'));
        if (close < 0 || t.mid(close + 1, 1) != QLatin1String(":"))
            return refuse<PortBinding>(error, bad);
        p.hostIp = t.mid(1, close - 1);
        t = t.mid(close + 2);
        if (QHostAddress(p.hostIp).isNull())
            return refuse<PortBinding>(error, bad);
    }
    const QStringList parts = t.split(QLatin1Char(':'));
    if (parts.size() > 3 || (parts.size() == 3 && !p.hostIp.isEmpty()))
        return refuse<PortBinding>(error, bad);
    bool ok = false;
    p.containerPort = parts.last().toInt(&ok);
    if (!ok || !validPort(p.containerPort))
        return refuse<PortBinding>(
            error, tr("\"%1\": the container port must be a number from 1 to 65535.").arg(text));
    if (parts.size() >= 2 && !parts.at(parts.size() - 2).isEmpty()) {
        p.hostPort = parts.at(parts.size() - 2).toInt(&ok);
        if (!ok || !validPort(p.hostPort))
            return refuse<PortBinding>(
                error, tr("\"%1\": the host port must be a number from 1 to 65535.").arg(text));
    }
    if (parts.size() == 3) {
        p.hostIp = parts.first();
        if (QHostAddress(p.hostIp).isNull())
            return refuse<PortBinding>(error,
                                       tr("\"%1\": %2 is not an IP address.").arg(text, p.hostIp));
    }
    return p;
}

std::optional<MountSpec> parseVolume(const QString &text, QString *error)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    MountSpec m;
    if (parts.size() == 1) {
        m.type = MountSpec::Type::Volume;
        m.target = parts.first();
    } else if (parts.size() == 2 || parts.size() == 3) {
        m.source = parts.at(0);
        m.target = parts.at(1);
        m.type =
            m.source.startsWith(QLatin1Char('/')) ? MountSpec::Type::Bind : MountSpec::Type::Volume;
        if (parts.size() == 3) {
            const QStringList options = parts.at(2).split(QLatin1Char(','));
            for (const QString &o : options) {
                if (o == QLatin1String("ro"))
                    m.readOnly = true;
                else if (o != QLatin1String("rw") && o != QLatin1String("z") &&
                         o != QLatin1String("Z"))
                    return refuse<MountSpec>(
                        error, tr("\"%1\": unknown option %2 (use ro or rw).").arg(text, o));
            }
        }
        if (m.source.isEmpty())
            return refuse<MountSpec>(error, tr("\"%1\": the source is empty.").arg(text));
        static const QRegularExpression volumeName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
        if (m.type == MountSpec::Type::Volume && !volumeName.match(m.source).hasMatch())
            return refuse<MountSpec>(
                error, tr("\"%1\": %2 is neither an absolute host path nor a volume name.")
                           .arg(text, m.source));
    } else {
        return refuse<MountSpec>(error, tr("\"%1\" is not a volume: write SOURCE:TARGET[:ro], "
                                           "such as /srv/data:/data or cache:/cache.")
                                            .arg(text));
    }
    if (!m.target.startsWith(QLatin1Char('/')))
        return refuse<MountSpec>(
            error,
            tr("\"%1\": the path in the container must be absolute (start with /).").arg(text));
    return m;
}

std::optional<QString> parseEnv(const QString &text, QString *error)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    const QString key = eq < 0 ? text : text.left(eq);
    static const QRegularExpression name(QStringLiteral("^[^=\\s]+$"));
    if (!name.match(key).hasMatch())
        return refuse<QString>(error, tr("\"%1\" is not an environment variable: write "
                                         "NAME=value, with no spaces in the name.")
                                          .arg(text));
    if (eq < 0) {
        // Like docker -e NAME: the value comes from this environment, or the name is dropped.
        if (!qEnvironmentVariableIsSet(key.toLocal8Bit().constData()))
            return refuse<QString>(error, tr("%1 has no value here: write %1=value.").arg(key));
        return key + QLatin1Char('=') + qEnvironmentVariable(key.toLocal8Bit().constData());
    }
    return text;
}

std::optional<RestartPolicy> parseRestart(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    RestartPolicy r;
    if (t.isEmpty() || t == QLatin1String("no"))
        return r;
    if (t == QLatin1String("always")) {
        r.mode = RestartPolicy::Mode::Always;
        return r;
    }
    if (t == QLatin1String("unless-stopped")) {
        r.mode = RestartPolicy::Mode::UnlessStopped;
        return r;
    }
    if (t == QLatin1String("on-failure") || t.startsWith(QLatin1String("on-failure:"))) {
        r.mode = RestartPolicy::Mode::OnFailure;
        if (t.size() > 10) {
            bool ok = false;
            r.maximumRetries = t.mid(11).toInt(&ok);
            if (!ok || r.maximumRetries < 0)
                return refuse<RestartPolicy>(
                    error, tr("\"%1\": the retry count must be a whole number.").arg(text));
        }
        return r;
    }
    return refuse<RestartPolicy>(
        error, tr("\"%1\" is not a restart policy: use no, always, unless-stopped or "
                  "on-failure[:N].")
                   .arg(text));
}

} // namespace SpecText
