#pragma once

#include "ui/views/page.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class BuildDialog;
class ImageActions;
class ImageDetailsView;
class ImageFilterProxy;
class ImageTableModel;
class NodeManager;
class NodeService;
class NotificationArea;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;
struct ImageRef;

// The Images section: every node's images in one table over one model and proxy, with a search,
// filters by node, use and name, sorting by any column, a selection across nodes and the actions
// on it, and the current image's details beside the table.
class ImagesPage final : public QWidget, public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagesPage)

public:
    // Actions report their progress and results in `notifications`.
    explicit ImagesPage(NotificationArea *notifications, QWidget *parent = nullptr);
    ~ImagesPage() override;

    // Page
    QWidget *widget() override { return this; }
    QString title() const override;
    QIcon icon() const override;
    void setNodeManager(NodeManager *manager) override;
    void showNode(NodeService *node) override;
    QList<QMenu *> menus() const override;
    QList<QAction *> shortcutActions() const override;
    void restoreSettings() override;
    void saveSettings() const override;
    QString selectionKey() const override;
    void restoreSelection(const QString &key) override;

    ImageTableModel *model() const { return m_model; }
    ImageFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *nodeFilterBox() const { return m_nodeFilter; }
    QComboBox *useFilterBox() const { return m_useFilter; }
    QComboBox *danglingFilterBox() const { return m_danglingFilter; }
    QLabel *countsLabel() const { return m_counts; }
    ImageActions *actions() const { return m_actions; }
    ImageDetailsView *detailsView() const { return m_details; }
    QAction *buildAction() const { return m_buildAction; }
    // The Build dialog opened last and still open.
    BuildDialog *buildDialog() const;

    // The selected rows, one each, in the view's order: node, image id and the row's name.
    QList<ImageRef> selectedImages() const;
    // The node whose images alone are shown; empty for all.
    QString nodeFilter() const;

public Q_SLOTS:
    // Makes the image's rows the selection and the first one current, scrolled into view. An
    // image the node has not announced yet (just built or pulled) is selected when it comes.
    void selectImage(const QString &nodeId, const QString &imageId);
    // Shows only this node's images when it is one of the filter's choices; empty for all.
    void setNodeFilter(const QString &nodeId);
    // Shows the current image's details beside the table, or hides them.
    void showDetails(bool show);
    // Opens the Build dialog on the node looked at; the image it builds is selected here.
    void openBuildDialog();
    // Opens the create dialog with this image on this node (Run).
    void openCreateDialog(const QString &nodeId, const QString &reference);

Q_SIGNALS:
    void selectionChanged();
    // The user chose, in an image's details, a container that uses it.
    void containerActivated(const QString &nodeId, const QString &containerId);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createViews();
    void updateBuildEnabled();
    void createControls();
    void retranslateUi();
    void onNodeAdded(NodeService *node);
    void updateNodeFilterChoices();
    void updateCounts();
    void updatePlaceholder();
    void onSelectionChanged();
    void onRowsInserted();
    void onCurrentChanged();
    // The node the user looks at: the current image's, else the node filter's.
    QString currentNodeId() const;
    bool selectNow(const QString &nodeId, const QString &imageId);

    QPointer<NodeManager> m_manager;
    NotificationArea *m_notifications = nullptr;
    ImageTableModel *m_model = nullptr;
    ImageFilterProxy *m_proxy = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_placeholder = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_nodeFilter = nullptr;
    QComboBox *m_useFilter = nullptr;
    QComboBox *m_danglingFilter = nullptr;
    QLabel *m_counts = nullptr;
    QTimer *m_countsTimer = nullptr;
    // An image to select once its node announces it: (node id, image id).
    QPair<QString, QString> m_pendingSelection;
    ImageActions *m_actions = nullptr;
    ImageDetailsView *m_details = nullptr;
    QAction *m_buildAction = nullptr;
    QPointer<BuildDialog> m_build;
};
