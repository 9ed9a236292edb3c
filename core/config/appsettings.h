#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSettings;

// Every setting Gontainer keeps, in one place: each one's stored key and default in one list
// (appsettings.cpp) and typed getters and setters over QSettings. The stored keys are the ones
// earlier versions wrote, so users' settings still load.
class AppSettings final
{
public:
    enum class Key
    {
        Language,        // "" follows the system locale; otherwise a code such as "en"
        Theme,           // "system" (the desktop's light or dark), "light" or "dark"
        CloseToTray,     // closing the window hides it in the tray (where there is one)
        StartHidden,     // start in the tray, with no window
        TrayHintShown,   // the user was told once where the window went
        NotifyUnhealthy, // ProblemWatcher's kinds of problems, each told or not
        NotifyExits,
        NotifyNodeOffline,
        StopTimeout,       // seconds Stop and Restart wait before killing; -1: the container's own
        ConfirmRemove,     // removals are confirmed (forced ones, projects and prunes always are)
        Section,           // the main window's section shown last (its object name)
        Selections,        // each section's last selection: object name -> Page::selectionKey
        VolumeHeader,      // the volumes table's columns and sort
        NetworkHeader,     // the networks table's columns and sort
        WindowGeometry,    // the main window's
        WindowState,       // its toolbars
        WindowSplitter,    // sidebar, page and details widths
        ContainerHeader,   // the containers table's columns
        ContainerView,     // "tiles" or "table"
        StateFilter,       // ContainerFilterProxy::StateFilter
        HealthFilter,      // ContainerFilterProxy::HealthFilter
        SortColumn,        // ContainerTableModel::Column
        SortOrder,         // Qt::SortOrder
        ContainerGroups,   // containers grouped by compose project
        LogWindowGeometry, // the log windows'
        LogMaxLines,       // lines a log view keeps
        LogMaxBytes,       // bytes of text a log view keeps
        LogTimes,          // log views show timestamps
        LogWrap,           // log views wrap long lines
        LogColours,        // log views show ANSI colours
        SilencedNodes,     // node ids whose problems are not notified
        RegistryServers,   // servers with a saved registry login (the secret is in the keychain)
        Nodes,             // the configured nodes, an array of the Node* fields (NodeStore)
        LocalNodeRemoved,  // the user removed the local default node
        BuildFolder,       // the Build dialog's last context folder
        ImageHeader,       // the images table's columns
        ImageSplitter,     // the images table and its details
        ImageSortColumn,   // ImageTableModel::Column
        ImageSortOrder,    // Qt::SortOrder
        ImageUseFilter,    // ImageFilterProxy::UseFilter
        // ImageFilterProxy::DanglingFilter
        ImageDanglingFilter,
        PodHeader,   // the pods tree's columns and sort
        PodSplitter, // the pods tree and its details and stats
        // The Swarm section: its tables' columns and sort, the services and their tasks, the
        // tab shown.
        SwarmNodeHeader,
        SwarmServiceHeader,
        SwarmTaskHeader,
        SwarmSecretHeader,
        SwarmSplitter,
        SwarmStackHeader,
        SwarmStackSplitter,
        SwarmTab,
        // The fields of each entry of Nodes.
        NodeId,
        NodeName,
        NodeUrl,
        NodeTls,
        NodeTlsCertPath,
        NodeTlsSkipVerify,
        NodeSshIdentityFile,
        NodeSshPassphraseSaved,
        NodeOrigin,
        NodeAllowPlaintextCredentials,
    };

    static QString key(Key key);
    static QVariant defaultValue(Key key);
    // The stored value, or the default.
    static QVariant value(Key key);
    // The same from `settings`, e.g. inside an array it reads.
    static QVariant value(const QSettings &settings, Key key);
    static void setValue(Key key, const QVariant &value);
    static void remove(Key key);

    static QString language();
    static void setLanguage(const QString &code);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);
    static QByteArray windowSplitter();
    static void setWindowSplitter(const QByteArray &state);

    static QByteArray containerHeader();
    static void setContainerHeader(const QByteArray &state);
    static bool containerTable();
    static void setContainerTable(bool table);
    static int stateFilter();
    static void setStateFilter(int filter);
    static int healthFilter();
    static void setHealthFilter(int filter);
    static int sortColumn();
    static void setSortColumn(int column);
    static Qt::SortOrder sortOrder();
    static void setSortOrder(Qt::SortOrder order);
    static bool containerGroups();
    static void setContainerGroups(bool grouped);

    // Seconds, or -1 for each container's own.
    static int stopTimeout();
    static bool confirmRemove();

    static QByteArray logWindowGeometry();
    static void setLogWindowGeometry(const QByteArray &geometry);
    static qint64 logMaxLines();
    static void setLogMaxLines(int lines);
    static qint64 logMaxBytes();
    static void setLogMaxBytes(qint64 bytes);
    static bool logTimes();
    static void setLogTimes(bool show);
    static bool logWrap();
    static void setLogWrap(bool wrap);
    static bool logColours();
    static void setLogColours(bool colours);

    static QStringList silencedNodes();
    static void setSilencedNodes(const QStringList &nodeIds);
    // An empty list removes the key.
    static QStringList registryServers();
    static void setRegistryServers(const QStringList &servers);

    static bool localNodeRemoved();
    static void setLocalNodeRemoved(bool removed);

    // The context folder the Build dialog used last; empty at first.
    static QString buildContextFolder();
    static void setBuildContextFolder(const QString &path);

    static QByteArray imageHeader();
    static void setImageHeader(const QByteArray &state);
    static QByteArray imageSplitter();
    static void setImageSplitter(const QByteArray &state);
    static int imageSortColumn();
    static void setImageSortColumn(int column);
    static Qt::SortOrder imageSortOrder();
    static void setImageSortOrder(Qt::SortOrder order);
    static int imageUseFilter();
    static void setImageUseFilter(int filter);
    static int imageDanglingFilter();
    static void setImageDanglingFilter(int filter);

    AppSettings() = delete;
};
