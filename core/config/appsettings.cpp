#include "core/config/appsettings.h"

#include <QList>
#include <QSettings>

namespace {

using Key = AppSettings::Key;

struct Entry
{
    Key key;
    QLatin1StringView name;
    QVariant fallback;
};

// Every setting's stored key and default, in the order of AppSettings::Key.
const QList<Entry> &entries()
{
    static const QList<Entry> list = {
        {Key::Language, QLatin1StringView("ui/language"), QString()},
        {Key::Theme, QLatin1StringView("ui/theme"), QStringLiteral("system")},
        {Key::CloseToTray, QLatin1StringView("ui/closeToTray"), true},
        {Key::StartHidden, QLatin1StringView("ui/startHidden"), false},
        {Key::TrayHintShown, QLatin1StringView("ui/trayHintShown"), false},
        {Key::NotifyUnhealthy, QLatin1StringView("alerts/unhealthy"), true},
        {Key::NotifyExits, QLatin1StringView("alerts/unexpectedExits"), true},
        {Key::NotifyNodeOffline, QLatin1StringView("alerts/nodeOffline"), true},
        {Key::StopTimeout, QLatin1StringView("containers/stopTimeout"), -1},
        {Key::ConfirmRemove, QLatin1StringView("ui/confirmRemove"), true},
        {Key::Section, QLatin1StringView("window/section"), QString()},
        {Key::Selections, QLatin1StringView("window/selections"), QVariantMap()},
        {Key::VolumeHeader, QLatin1StringView("volumes/header"), QByteArray()},
        {Key::NetworkHeader, QLatin1StringView("networks/header"), QByteArray()},
        {Key::WindowGeometry, QLatin1StringView("window/geometry"), QByteArray()},
        {Key::WindowState, QLatin1StringView("window/state"), QByteArray()},
        {Key::WindowSplitter, QLatin1StringView("window/splitter"), QByteArray()},
        {Key::ContainerHeader, QLatin1StringView("window/containerHeader"), QByteArray()},
        {Key::ContainerView, QLatin1StringView("window/view"), QStringLiteral("tiles")},
        {Key::StateFilter, QLatin1StringView("window/stateFilter"), 0},
        {Key::HealthFilter, QLatin1StringView("window/healthFilter"), 0},
        // The name column.
        {Key::SortColumn, QLatin1StringView("window/sortColumn"), 0},
        {Key::SortOrder, QLatin1StringView("window/sortOrder"), int(Qt::AscendingOrder)},
        {Key::ContainerGroups, QLatin1StringView("window/groupByProject"), false},
        {Key::LogWindowGeometry, QLatin1StringView("logWindow/geometry"), QByteArray()},
        {Key::LogMaxLines, QLatin1StringView("logs/maxLines"), 1000000},
        // 256 MiB: a million long lines would otherwise take gigabytes.
        {Key::LogMaxBytes, QLatin1StringView("logs/maxBytes"), qint64(256) * 1024 * 1024},
        {Key::LogTimes, QLatin1StringView("logs/times"), false},
        {Key::LogWrap, QLatin1StringView("logs/wrap"), false},
        {Key::LogColours, QLatin1StringView("logs/colours"), true},
        {Key::SilencedNodes, QLatin1StringView("alerts/silencedNodes"), QStringList()},
        {Key::RegistryServers, QLatin1StringView("registryLogins/servers"), QStringList()},
        {Key::Nodes, QLatin1StringView("nodes"), QVariant()},
        {Key::LocalNodeRemoved, QLatin1StringView("nodesLocal/removed"), false},
        {Key::BuildFolder, QLatin1StringView("build/contextFolder"), QString()},
        {Key::ImageHeader, QLatin1StringView("images/header"), QByteArray()},
        {Key::ImageSplitter, QLatin1StringView("images/splitter"), QByteArray()},
        // The repository column.
        {Key::ImageSortColumn, QLatin1StringView("images/sortColumn"), 1},
        {Key::ImageSortOrder, QLatin1StringView("images/sortOrder"), int(Qt::AscendingOrder)},
        {Key::ImageUseFilter, QLatin1StringView("images/useFilter"), 0},
        {Key::ImageDanglingFilter, QLatin1StringView("images/danglingFilter"), 0},
        {Key::PodHeader, QLatin1StringView("pods/header"), QByteArray()},
        {Key::PodSplitter, QLatin1StringView("pods/splitter"), QByteArray()},
        {Key::SwarmNodeHeader, QLatin1StringView("swarm/nodeHeader"), QByteArray()},
        {Key::SwarmServiceHeader, QLatin1StringView("swarm/serviceHeader"), QByteArray()},
        {Key::SwarmTaskHeader, QLatin1StringView("swarm/taskHeader"), QByteArray()},
        {Key::SwarmSecretHeader, QLatin1StringView("swarm/secretHeader"), QByteArray()},
        {Key::SwarmSplitter, QLatin1StringView("swarm/splitter"), QByteArray()},
        {Key::SwarmStackHeader, QLatin1StringView("swarm/stackHeader"), QByteArray()},
        {Key::SwarmStackSplitter, QLatin1StringView("swarm/stackSplitter"), QByteArray()},
        {Key::SwarmTab, QLatin1StringView("swarm/tab"), 0},
        {Key::NodeId, QLatin1StringView("id"), QString()},
        {Key::NodeName, QLatin1StringView("name"), QString()},
        {Key::NodeUrl, QLatin1StringView("url"), QString()},
        {Key::NodeTls, QLatin1StringView("tls"), false},
        {Key::NodeTlsCertPath, QLatin1StringView("tlsCertPath"), QString()},
        {Key::NodeTlsSkipVerify, QLatin1StringView("tlsSkipVerify"), false},
        {Key::NodeSshIdentityFile, QLatin1StringView("sshIdentityFile"), QString()},
        {Key::NodeSshPassphraseSaved, QLatin1StringView("sshPassphraseSaved"), false},
        {Key::NodeOrigin, QLatin1StringView("origin"), QString()},
        {Key::NodeAllowPlaintextCredentials, QLatin1StringView("allowPlaintextCredentials"), false},
    };
    return list;
}

const Entry &entry(Key key)
{
    const Entry &e = entries().at(qsizetype(key));
    Q_ASSERT(e.key == key);
    return e;
}

} // namespace

QString AppSettings::key(Key key)
{
    return entry(key).name;
}

QVariant AppSettings::defaultValue(Key key)
{
    return entry(key).fallback;
}

QVariant AppSettings::value(Key key)
{
    return value(QSettings(), key);
}

QVariant AppSettings::value(const QSettings &settings, Key key)
{
    const Entry &e = entry(key);
    return settings.value(e.name, e.fallback);
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    QSettings().setValue(entry(key).name, value);
}

void AppSettings::remove(Key key)
{
    QSettings().remove(entry(key).name);
}

QString AppSettings::language()
{
    return value(Key::Language).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        remove(Key::Language);
    else
        setValue(Key::Language, code);
}

QByteArray AppSettings::windowGeometry()
{
    return value(Key::WindowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

QByteArray AppSettings::windowState()
{
    return value(Key::WindowState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    setValue(Key::WindowState, state);
}

QByteArray AppSettings::windowSplitter()
{
    return value(Key::WindowSplitter).toByteArray();
}

void AppSettings::setWindowSplitter(const QByteArray &state)
{
    setValue(Key::WindowSplitter, state);
}

QByteArray AppSettings::containerHeader()
{
    return value(Key::ContainerHeader).toByteArray();
}

void AppSettings::setContainerHeader(const QByteArray &state)
{
    setValue(Key::ContainerHeader, state);
}

bool AppSettings::containerGroups()
{
    return value(Key::ContainerGroups).toBool();
}

void AppSettings::setContainerGroups(bool grouped)
{
    setValue(Key::ContainerGroups, grouped);
}

bool AppSettings::containerTable()
{
    return value(Key::ContainerView).toString() == QLatin1String("table");
}

void AppSettings::setContainerTable(bool table)
{
    setValue(Key::ContainerView, table ? QStringLiteral("table") : QStringLiteral("tiles"));
}

int AppSettings::stateFilter()
{
    return value(Key::StateFilter).toInt();
}

void AppSettings::setStateFilter(int filter)
{
    setValue(Key::StateFilter, filter);
}

int AppSettings::healthFilter()
{
    return value(Key::HealthFilter).toInt();
}

void AppSettings::setHealthFilter(int filter)
{
    setValue(Key::HealthFilter, filter);
}

int AppSettings::sortColumn()
{
    return value(Key::SortColumn).toInt();
}

void AppSettings::setSortColumn(int column)
{
    setValue(Key::SortColumn, column);
}

Qt::SortOrder AppSettings::sortOrder()
{
    return Qt::SortOrder(value(Key::SortOrder).toInt());
}

void AppSettings::setSortOrder(Qt::SortOrder order)
{
    setValue(Key::SortOrder, int(order));
}

QByteArray AppSettings::logWindowGeometry()
{
    return value(Key::LogWindowGeometry).toByteArray();
}

void AppSettings::setLogWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::LogWindowGeometry, geometry);
}

int AppSettings::stopTimeout()
{
    bool ok = false;
    const int secs = value(Key::StopTimeout).toInt(&ok);
    return ok && secs >= 0 ? secs : -1;
}

bool AppSettings::confirmRemove()
{
    return value(Key::ConfirmRemove).toBool();
}

qint64 AppSettings::logMaxLines()
{
    return value(Key::LogMaxLines).toLongLong();
}

void AppSettings::setLogMaxLines(int lines)
{
    setValue(Key::LogMaxLines, lines);
}

qint64 AppSettings::logMaxBytes()
{
    return value(Key::LogMaxBytes).toLongLong();
}

void AppSettings::setLogMaxBytes(qint64 bytes)
{
    setValue(Key::LogMaxBytes, bytes);
}

bool AppSettings::logTimes()
{
    return value(Key::LogTimes).toBool();
}

void AppSettings::setLogTimes(bool show)
{
    setValue(Key::LogTimes, show);
}

bool AppSettings::logWrap()
{
    return value(Key::LogWrap).toBool();
}

void AppSettings::setLogWrap(bool wrap)
{
    setValue(Key::LogWrap, wrap);
}

bool AppSettings::logColours()
{
    return value(Key::LogColours).toBool();
}

void AppSettings::setLogColours(bool colours)
{
    setValue(Key::LogColours, colours);
}

QStringList AppSettings::silencedNodes()
{
    return value(Key::SilencedNodes).toStringList();
}

void AppSettings::setSilencedNodes(const QStringList &nodeIds)
{
    setValue(Key::SilencedNodes, nodeIds);
}

QStringList AppSettings::registryServers()
{
    return value(Key::RegistryServers).toStringList();
}

void AppSettings::setRegistryServers(const QStringList &servers)
{
    if (servers.isEmpty())
        remove(Key::RegistryServers);
    else
        setValue(Key::RegistryServers, servers);
}

bool AppSettings::localNodeRemoved()
{
    return value(Key::LocalNodeRemoved).toBool();
}

void AppSettings::setLocalNodeRemoved(bool removed)
{
    setValue(Key::LocalNodeRemoved, removed);
}

QString AppSettings::buildContextFolder()
{
    return value(Key::BuildFolder).toString();
}

void AppSettings::setBuildContextFolder(const QString &path)
{
    setValue(Key::BuildFolder, path);
}

QByteArray AppSettings::imageHeader()
{
    return value(Key::ImageHeader).toByteArray();
}

void AppSettings::setImageHeader(const QByteArray &state)
{
    setValue(Key::ImageHeader, state);
}

QByteArray AppSettings::imageSplitter()
{
    return value(Key::ImageSplitter).toByteArray();
}

void AppSettings::setImageSplitter(const QByteArray &state)
{
    setValue(Key::ImageSplitter, state);
}

int AppSettings::imageSortColumn()
{
    return value(Key::ImageSortColumn).toInt();
}

void AppSettings::setImageSortColumn(int column)
{
    setValue(Key::ImageSortColumn, column);
}

Qt::SortOrder AppSettings::imageSortOrder()
{
    return Qt::SortOrder(value(Key::ImageSortOrder).toInt());
}

void AppSettings::setImageSortOrder(Qt::SortOrder order)
{
    setValue(Key::ImageSortOrder, int(order));
}

int AppSettings::imageUseFilter()
{
    return value(Key::ImageUseFilter).toInt();
}

void AppSettings::setImageUseFilter(int filter)
{
    setValue(Key::ImageUseFilter, filter);
}

int AppSettings::imageDanglingFilter()
{
    return value(Key::ImageDanglingFilter).toInt();
}

void AppSettings::setImageDanglingFilter(int filter)
{
    setValue(Key::ImageDanglingFilter, filter);
}
