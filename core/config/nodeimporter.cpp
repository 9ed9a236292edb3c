#include "core/config/nodeimporter.h"

#include "core/config/nodestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace NodeImporter {

namespace {

const QString DockerPrefix = QStringLiteral("docker-context:");
const QString PodmanPrefix = QStringLiteral("podman-connection:");
constexpr int PodmanTimeoutMs = 10000;

QString tr(const char *text)
{
    return QCoreApplication::translate("NodeImporter", text);
}

QByteArray readSmall(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return file.read(4 * 1024 * 1024);
}

// The address a node is reached at, for telling whether two nodes are the same engine.
QString addressKey(const NodeConfig &c)
{
    const Endpoint e = c.endpoint();
    if (!e.isValid())
        return c.url.trimmed();
    return e.toUrl();
}

// A TOML basic or literal string, or a bare key.
QString unquote(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 &&
        (text.startsWith(QLatin1Char('"')) || text.startsWith(QLatin1Char('\''))) &&
        text.endsWith(text.front())) {
        const bool basic = text.front() == QLatin1Char('"');
        text = text.mid(1, text.size() - 2);
        if (basic) {
            text.replace(QLatin1String("\\\\"), QLatin1String("\x01"));
            text.replace(QLatin1String("\\\""), QLatin1String("\""));
            text.replace(QLatin1String("\x01"), QLatin1String("\\"));
        }
    }
    return text;
}

// Cuts a trailing `# comment` that is not inside a string.
QString withoutComment(const QString &line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\') && quote == QLatin1Char('"'))
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#')) {
            return line.left(i);
        }
    }
    return line;
}

void merge(Found *into, const Found &from)
{
    for (const Candidate &c : from.candidates) {
        // A later file or source redefines a connection of the same name.
        into->candidates.removeIf(
            [&c](const Candidate &old) { return old.config.origin == c.config.origin; });
        into->candidates.append(c);
    }
    into->warnings += from.warnings;
}

} // namespace

QString dockerConfigDir(const QProcessEnvironment &env)
{
    const QString configured = env.value(QStringLiteral("DOCKER_CONFIG"));
    if (!configured.isEmpty())
        return configured;
    QString home = env.value(QStringLiteral("HOME"));
    if (home.isEmpty())
        home = QDir::homePath();
    return home + QStringLiteral("/.docker");
}

Found dockerContexts(const QString &configDir)
{
    Found found;
    const QDir root(configDir);
    QString current;
    if (QFileInfo::exists(root.filePath(QStringLiteral("config.json")))) {
        QString error;
        const QByteArray bytes = readSmall(root.filePath(QStringLiteral("config.json")), &error);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (!error.isEmpty() || parseError.error != QJsonParseError::NoError)
            found.warnings << tr("%1 could not be read: %2")
                                  .arg(QDir::toNativeSeparators(
                                           root.filePath(QStringLiteral("config.json"))),
                                       error.isEmpty() ? parseError.errorString() : error);
        current = doc.object().value(QLatin1String("currentContext")).toString();
    }

    const QDir meta(root.filePath(QStringLiteral("contexts/meta")));
    const QStringList ids = meta.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &id : ids) {
        const QString path = meta.filePath(id + QStringLiteral("/meta.json"));
        QString error;
        const QByteArray bytes = readSmall(path, &error);
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(bytes, &parseError).object();
        const QString name = o.value(QLatin1String("Name")).toString();
        const QJsonObject docker = o.value(QLatin1String("Endpoints"))
                                       .toObject()
                                       .value(QLatin1String("docker"))
                                       .toObject();
        const QString host = docker.value(QLatin1String("Host")).toString();
        if (!error.isEmpty() || parseError.error != QJsonParseError::NoError || name.isEmpty()) {
            found.warnings << tr("%1 could not be read: %2")
                                  .arg(QDir::toNativeSeparators(path),
                                       !error.isEmpty() ? error
                                       : name.isEmpty() &&
                                               parseError.error == QJsonParseError::NoError
                                           ? tr("it names no context")
                                           : parseError.errorString());
            continue;
        }
        Candidate c;
        c.current = name == current;
        c.config.name = name;
        c.config.origin = DockerPrefix + name;
        c.config.url = host;
        // TLS material the docker CLI stored with the context (`--docker ca=…,cert=…,key=…`).
        const QDir tls(
            root.filePath(QStringLiteral("contexts/tls/") + id + QStringLiteral("/docker")));
        const bool hasTls =
            tls.exists() && !tls.entryList({QStringLiteral("*.pem")}, QDir::Files).isEmpty();
        c.config.tlsSkipVerify = docker.value(QLatin1String("SkipTLSVerify")).toBool();
        if (host.startsWith(QLatin1String("tcp://")) && (hasTls || c.config.tlsSkipVerify)) {
            c.config.tls = true;
            if (hasTls)
                c.config.tlsCertPath = tls.path();
        }
        found.candidates.append(c);
    }
    return found;
}

Found podmanConnectionsFromJson(const QByteArray &json)
{
    Found found;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        found.warnings << tr("podman's list of connections could not be read: %1")
                              .arg(error.error != QJsonParseError::NoError
                                       ? error.errorString()
                                       : tr("it is not a list"));
        return found;
    }
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        Candidate c;
        c.config.name = o.value(QLatin1String("Name")).toString();
        c.config.url = o.value(QLatin1String("URI")).toString();
        c.config.sshIdentityFile = o.value(QLatin1String("Identity")).toString();
        c.config.origin = PodmanPrefix + c.config.name;
        c.current = o.value(QLatin1String("Default")).toBool();
        if (!c.config.name.isEmpty())
            found.candidates.append(c);
    }
    return found;
}

Found podmanConnectionsFromConf(const QString &text, QString *activeOut)
{
    Found found;
    static const QRegularExpression destination(
        QStringLiteral(R"(^\[\s*engine\s*\.\s*service_destinations\s*\.\s*(.+?)\s*\]$)"));
    static const QRegularExpression keyValue(QStringLiteral(R"(^([A-Za-z0-9_"'.-]+)\s*=\s*(.*)$)"));
    QString table;
    QString destinationName;
    QString active;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = withoutComment(raw).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            table = line;
            table.remove(QLatin1Char(' '));
            destinationName.clear();
            const auto m = destination.match(line);
            const QString named = m.hasMatch() ? m.captured(1) : QString();
            // A quoted name may hold dots; a bare dotted one is a sub-table, not a connection.
            if (m.hasMatch() &&
                (named.startsWith(QLatin1Char('"')) || named.startsWith(QLatin1Char('\'')) ||
                 !named.contains(QLatin1Char('.')))) {
                destinationName = unquote(named);
                Candidate c;
                c.config.name = destinationName;
                c.config.origin = PodmanPrefix + destinationName;
                found.candidates.removeIf(
                    [&c](const Candidate &old) { return old.config.origin == c.config.origin; });
                found.candidates.append(c);
            }
            continue;
        }
        const auto m = keyValue.match(line);
        if (!m.hasMatch())
            continue;
        const QString key = unquote(m.captured(1));
        const QString value = unquote(m.captured(2));
        if (!destinationName.isEmpty()) {
            Candidate &c = found.candidates.last();
            if (key == QLatin1String("uri"))
                c.config.url = value;
            else if (key == QLatin1String("identity"))
                c.config.sshIdentityFile = value;
        } else if (table == QLatin1String("[engine]") && key == QLatin1String("active_service")) {
            active = value;
        }
    }
    for (Candidate &c : found.candidates)
        c.current = c.config.name == active;
    if (activeOut && !active.isEmpty())
        *activeOut = active;
    return found;
}

QStringList podmanConfFiles(const QProcessEnvironment &env)
{
    const QString exclusive = env.value(QStringLiteral("CONTAINERS_CONF"));
    if (!exclusive.isEmpty())
        return {exclusive};
    QStringList files = {QStringLiteral("/usr/share/containers/containers.conf"),
                         QStringLiteral("/etc/containers/containers.conf")};
    const QDir dropIns(QStringLiteral("/etc/containers/containers.conf.d"));
    for (const QString &f : dropIns.entryList({QStringLiteral("*.conf")}, QDir::Files, QDir::Name))
        files << dropIns.filePath(f);
    QString config = env.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (config.isEmpty()) {
        QString home = env.value(QStringLiteral("HOME"));
        if (home.isEmpty())
            home = QDir::homePath();
        config = home + QStringLiteral("/.config");
    }
    files << config + QStringLiteral("/containers/containers.conf");
    return files;
}

Found podmanConnections(const QProcessEnvironment &env, const QString &podmanProgram)
{
    if (!podmanProgram.isEmpty()) {
        QProcess podman;
        podman.setProcessEnvironment(env);
        podman.start(podmanProgram,
                     {QStringLiteral("system"), QStringLiteral("connection"),
                      QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        if (podman.waitForFinished(PodmanTimeoutMs) &&
            podman.exitStatus() == QProcess::NormalExit && podman.exitCode() == 0)
            return podmanConnectionsFromJson(podman.readAllStandardOutput());
        if (podman.state() != QProcess::NotRunning) {
            podman.kill();
            podman.waitForFinished(2000);
        }
        // An older or broken podman: the files it would have read still say it.
    }
    Found found;
    QString active;
    for (const QString &path : podmanConfFiles(env)) {
        if (!QFileInfo::exists(path))
            continue;
        QString error;
        const QByteArray bytes = readSmall(path, &error);
        if (!error.isEmpty()) {
            found.warnings
                << tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), error);
            continue;
        }
        // A later file may name the active connection of an earlier one: settled at the end.
        const Found fromFile = podmanConnectionsFromConf(QString::fromUtf8(bytes), &active);
        merge(&found, fromFile);
    }
    for (Candidate &c : found.candidates)
        c.current = c.config.name == active;
    return found;
}

Found findAll(const QProcessEnvironment &env)
{
    Found found = dockerContexts(dockerConfigDir(env));
    QString podman;
    const QString path = env.value(QStringLiteral("PATH"));
    podman = QStandardPaths::findExecutable(
        QStringLiteral("podman"), path.isEmpty() ? QStringList() : path.split(QLatin1Char(':')));
    merge(&found, podmanConnections(env, podman));
    return found;
}

Plan plan(const QList<NodeConfig> &existing, const QList<Candidate> &candidates)
{
    Plan result;
    QList<NodeConfig> all = existing;
    for (const Candidate &candidate : candidates) {
        NodeConfig c = candidate.config;
        const QString source = originText(c.origin);
        if (c.url.trimmed().startsWith(QLatin1String("npipe:"))) {
            result.skipped
                << tr("%1: a Windows named pipe cannot be reached from here.").arg(source);
            continue;
        }
        // The problem is judged with a name, so that only the address can be at fault.
        NodeConfig named = c;
        if (named.name.trimmed().isEmpty())
            named.name = QStringLiteral("x");
        if (const QString problem = named.problem(); !problem.isEmpty()) {
            result.skipped << tr("%1: %2").arg(source, problem);
            continue;
        }
        const QString key = addressKey(c);
        const auto same = std::find_if(all.cbegin(), all.cend(), [&](const NodeConfig &n) {
            return addressKey(n) == key && n.tls == c.tls;
        });
        if (same != all.cend()) {
            result.skipped << tr("%1: already there as the node %2.").arg(source, same->name);
            continue;
        }
        const QString base = c.name.trimmed();
        const auto taken = [&all](const QString &name) {
            return std::any_of(all.cbegin(), all.cend(), [&name](const NodeConfig &n) {
                return n.name.compare(name, Qt::CaseInsensitive) == 0;
            });
        };
        QString name = base;
        if (taken(name)) {
            name = base + (c.origin.startsWith(DockerPrefix) ? QStringLiteral(" (docker)")
                                                             : QStringLiteral(" (podman)"));
            for (int n = 2; taken(name); ++n)
                name = base + QLatin1Char(' ') + QString::number(n);
        }
        c.name = name;
        c.id = NodeStore::newId();
        all.append(c);
        result.add.append(c);
    }
    return result;
}

QString originText(const QString &origin)
{
    if (origin.startsWith(DockerPrefix))
        return tr("docker context %1").arg(origin.mid(DockerPrefix.size()));
    if (origin.startsWith(PodmanPrefix))
        return tr("podman connection %1").arg(origin.mid(PodmanPrefix.size()));
    return origin;
}

} // namespace NodeImporter
