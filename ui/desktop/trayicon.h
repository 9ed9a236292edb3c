#pragma once

#include <QIcon>
#include <QObject>
#include <QPointer>

#include <memory>

class NodeManager;
class NodeService;
class QAbstractItemModel;
class QMenu;
class QSystemTrayIcon;
class QTimer;

// The icon in the desktop's tray, which keeps watching while the window is hidden: its icon
// carries a badge and its tooltip says how many containers are unhealthy and nodes offline, and
// its menu lists them (each opens the window on it), shows the window, or quits.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    // The most problems the menu lists; the rest are counted.
    static constexpr int MenuProblems = 10;

    struct Problem
    {
        QString nodeId;
        QString containerId; // empty for a node that is offline
        QString text;

        bool operator==(const Problem &) const = default;
    };

    // Whether the desktop has a tray. Tests, whose offscreen platform has none, can assume one.
    static bool isAvailable();
    static void assumeAvailable(bool assume);

    explicit TrayIcon(const QIcon &icon, QObject *parent = nullptr);
    ~TrayIcon() override;

    // What it watches: the window's container model (ContainerTableModel's roles) and the
    // nodes. Either may be null.
    void setSources(QAbstractItemModel *containers, NodeManager *nodes);
    // The window's counts ("3 containers, 2 running"), for the tooltip.
    void setCountsText(const QString &text);
    void show();
    bool isVisible() const;
    void showMessage(const QString &title, const QString &text);

    const QList<Problem> &problems() const { return m_problems; }
    QString toolTip() const;
    QMenu *menu() const { return m_menu.get(); }
    // The icon shown now: the badged one while there are problems.
    QIcon currentIcon() const;
    void retranslateUi();

Q_SIGNALS:
    void showRequested();
    void quitRequested();
    void containerRequested(const QString &nodeId, const QString &containerId);
    void nodeRequested(const QString &nodeId);

private:
    void watchNode(NodeService *node);
    void scheduleUpdate();
    // Finds the problems; the menu and tooltip are made again when they changed, or always
    // with `rebuild`.
    void update(bool rebuild);
    void rebuildMenu();
    static QIcon badged(const QIcon &icon);

    QSystemTrayIcon *m_tray;
    // The tray is no widget, so the menu has no parent: it goes with this object.
    std::unique_ptr<QMenu> m_menu;
    QIcon m_icon;
    QIcon m_badgedIcon;
    QTimer *m_updateTimer;
    QPointer<QAbstractItemModel> m_containers;
    QPointer<NodeManager> m_nodes;
    QList<Problem> m_problems;
    int m_unhealthy = 0;
    int m_offline = 0;
    QString m_countsText;
};
