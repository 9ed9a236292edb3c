#pragma once

#include <QIcon>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <functional>
#include <utility>

class NodeManager;
class NodeService;
class QAction;
class QMenu;
class QToolBar;
class QWidget;

// A section of the main window (Containers, Nodes, ...): what the window needs to list it in the
// sidebar, show it, and put its actions in the menus, the toolbar and the shortcuts list.
// MainWindow keeps one list of pages; adding a section is writing a page class and registering
// it there. A page follows the services itself and retranslates itself on LanguageChange.
class Page
{
public:
    virtual ~Page() = default;

    // What the window's page stack shows (usually the page itself).
    virtual QWidget *widget() = 0;
    // The sidebar's entry, in the language now installed.
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    // Follow these nodes (null for none); the page does not own the manager.
    virtual void setNodeManager(NodeManager *manager) = 0;
    // The node chosen in the sidebar, given when the page is brought up with one chosen.
    virtual void showNode(NodeService *) {}

    // Menus of the page's own, in the menu bar after File.
    virtual QList<QMenu *> menus() const { return {}; }
    // Entries at the top of the View menu (separators are actions too).
    virtual QList<QAction *> viewActions() const { return {}; }
    // Adds the page's search, filters and buttons to the window's toolbar, once.
    virtual void addToToolBar(QToolBar *) {}
    // Shortcuts that work anywhere in the window without a menu entry (Esc).
    virtual QList<QAction *> windowActions() const { return {}; }
    // The actions Help > Keyboard Shortcuts lists, in order.
    virtual QList<QAction *> shortcutActions() const { return {}; }
    // The page's own view settings (filters, sort, columns), read once its window is built and
    // written when the window closes.
    virtual void restoreSettings() {}
    virtual void saveSettings() const {}
    // What is selected now, as a key restoreSelection selects again (empty when nothing is):
    // the window keeps each section's last selection across runs.
    virtual QString selectionKey() const { return {}; }
    // Selects what `key` names, now or when it is listed (the nodes answer after start-up).
    virtual void restoreSelection(const QString &) {}
    // A pane at the window's right that stays beside every page (the container's details).
    virtual QWidget *sidePane() const { return nullptr; }
    // Whether the window lists the page now: a page of what only some engines can do (pods) is
    // absent while no node's engine can. The page tells the window when this may have changed
    // through the listener the window gives it.
    virtual bool available() const { return true; }
    void setAvailabilityListener(std::function<void()> listener)
    {
        m_availabilityListener = std::move(listener);
    }

protected:
    Page() = default;
    // A selection key of an item of a node, and the node and item of one.
    static QString itemKey(const QString &nodeId, const QString &id)
    {
        return nodeId + QLatin1Char('\n') + id;
    }
    static std::pair<QString, QString> splitItemKey(const QString &key)
    {
        const qsizetype at = key.indexOf(QLatin1Char('\n'));
        if (at <= 0)
            return {};
        return {key.left(at), key.mid(at + 1)};
    }
    Q_DISABLE_COPY_MOVE(Page)
    void availabilityChanged() const
    {
        if (m_availabilityListener)
            m_availabilityListener();
    }

private:
    std::function<void()> m_availabilityListener;
};
