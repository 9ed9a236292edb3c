#include "ui/views/imagespage.h"

#include "core/config/appsettings.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "ui/dialogs/builddialog.h"
#include "ui/dialogs/createcontainerdialog.h"
#include "ui/models/imagefilterproxy.h"
#include "ui/models/imagetablemodel.h"
#include "ui/views/imageactions.h"
#include "ui/views/imagedetailsview.h"
#include "ui/widgets/headerfit.h"
#include "ui/widgets/notificationarea.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace {
static_assert(ImageTableModel::Repository == 1,
              "AppSettings sorts by column 1, the repository, at first");

// Esc in the search field clears it, before any window-wide Esc shortcut sees the key.
class EscapeClears final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *edit = qobject_cast<QLineEdit *>(watched);
        if (!edit || edit->text().isEmpty())
            return false;
        if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
            return false;
        if (static_cast<QKeyEvent *>(event)->key() != Qt::Key_Escape)
            return false;
        event->accept();
        if (event->type() == QEvent::KeyPress)
            edit->clear();
        return event->type() == QEvent::KeyPress;
    }
};
} // namespace

ImagesPage::ImagesPage(NotificationArea *notifications, QWidget *parent)
    : QWidget(parent)
    , m_notifications(notifications)
{
    setObjectName(QStringLiteral("imagesPage"));
    m_model = new ImageTableModel(this);
    m_proxy = new ImageFilterProxy(this);
    m_proxy->setImageModel(m_model);
    m_actions = new ImageActions(this, notifications);

    createControls();
    createViews();
    retranslateUi();
}

ImagesPage::~ImagesPage() = default;

void ImagesPage::createControls()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("imageSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(new EscapeClears(m_search));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updatePlaceholder();
    });

    m_nodeFilter = new QComboBox(this);
    m_nodeFilter->setObjectName(QStringLiteral("imageNodeFilter"));
    m_nodeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_nodeFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setNodeFilter(m_nodeFilter->currentData().toString());
        m_actions->setCurrentNode(currentNodeId());
        updatePlaceholder();
    });

    m_useFilter = new QComboBox(this);
    m_useFilter->setObjectName(QStringLiteral("imageUseFilter"));
    m_useFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i < 3; ++i)
        m_useFilter->addItem(QString(), i);
    connect(m_useFilter, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_proxy->setUseFilter(ImageFilterProxy::UseFilter(i));
        updatePlaceholder();
    });

    m_danglingFilter = new QComboBox(this);
    m_danglingFilter->setObjectName(QStringLiteral("imageDanglingFilter"));
    m_danglingFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i < 3; ++i)
        m_danglingFilter->addItem(QString(), i);
    connect(m_danglingFilter, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_proxy->setDanglingFilter(ImageFilterProxy::DanglingFilter(i));
        updatePlaceholder();
    });

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("imageCounts"));
    m_counts->setForegroundRole(QPalette::PlaceholderText);

    // The page's own toolbar: the window's toolbar stays with the containers.
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("imagesToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_buildAction = new QAction(this);
    m_buildAction->setObjectName(QStringLiteral("buildImageAction"));
    m_buildAction->setIcon(QIcon::fromTheme(QStringLiteral("run-build")));
    m_buildAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    // Like the image actions: window-wide, enabled only while this page is shown.
    m_buildAction->setShortcutContext(Qt::WindowShortcut);
    m_buildAction->setEnabled(false); // until there is a node to build on
    addAction(m_buildAction);
    connect(m_buildAction, &QAction::triggered, this, &ImagesPage::openBuildDialog);
    m_actions->menu()->addSeparator();
    m_actions->menu()->addAction(m_buildAction);
    m_toolBar->addActions(m_actions->toolBarActions());
    m_toolBar->addAction(m_buildAction);
    connect(m_actions, &ImageActions::runRequested, this, &ImagesPage::openCreateDialog);
}

void ImagesPage::createViews()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *controls = new QWidget(this);
    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(6, 4, 6, 4);
    row->addWidget(m_search, 1);
    row->addWidget(m_nodeFilter);
    row->addWidget(m_useFilter);
    row->addWidget(m_danglingFilter);
    row->addWidget(m_counts);
    layout->addWidget(controls);
    layout->addWidget(m_toolBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("imagesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_stack = new QStackedWidget(m_splitter);
    m_table = new QTableView(m_stack);
    m_table->setObjectName(QStringLiteral("imageTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep thousands of rows smooth.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    // Widths from the font, so longer (Korean) headers and values fit; the user's own widths
    // are restored over these.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(ImageTableModel::Node, em * 11);
    header->resizeSection(ImageTableModel::Repository, em * 18);
    header->resizeSection(ImageTableModel::Tag, em * 9);
    header->resizeSection(ImageTableModel::Id, em * 10);
    header->resizeSection(ImageTableModel::Size, em * 7);
    header->resizeSection(ImageTableModel::Created, em * 10);
    header->resizeSection(ImageTableModel::Containers, em * 7);

    m_placeholder = new QLabel(m_stack);
    m_placeholder->setObjectName(QStringLiteral("imagePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_table);
    m_splitter->addWidget(m_stack);
    m_details = new ImageDetailsView(m_splitter);
    m_details->hide();
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    connect(m_details, &ImageDetailsView::closeRequested, this, [this] { showDetails(false); });
    connect(m_details, &ImageDetailsView::containerActivated, this,
            &ImagesPage::containerActivated);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImagesPage::onSelectionChanged);
    // What the user selects wins over a selection still waiting for its item to be listed.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_table->selectionModel()->hasSelection())
            m_pendingSelection = {};
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ImagesPage::onCurrentChanged);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] { showDetails(true); });
    // Enter on an image opens its details.
    connect(m_table, &QAbstractItemView::activated, this, [this] { showDetails(true); });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        m_actions->showContextMenu(m_table->viewport()->mapToGlobal(pos));
    });
    // A new search rebuilds the proxy's rows with a layout change, which drops hidden rows from
    // the selection without a selectionChanged.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ImagesPage::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ImagesPage::onSelectionChanged);

    // The counts go over every row: once per turn of the event loop, however many batches came.
    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(0);
    connect(m_countsTimer, &QTimer::timeout, this, &ImagesPage::updateCounts);
    const auto countLater = [this] {
        m_countsTimer->start();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, countLater);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ImagesPage::onRowsInserted);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, countLater);
    connect(m_model, &QAbstractItemModel::modelReset, this, countLater);
    // Counts change with sizes and uses, not with the clock's tick (which names its role).
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(ImageTableModel::InUseRole))
                    m_countsTimer->start();
            });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ImagesPage::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ImagesPage::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ImagesPage::updatePlaceholder);
}

QString ImagesPage::title() const
{
    return tr("Images");
}

QIcon ImagesPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("media-optical"));
}

QList<QMenu *> ImagesPage::menus() const
{
    return {m_actions->menu()};
}

QList<QAction *> ImagesPage::shortcutActions() const
{
    QList<QAction *> actions = m_actions->allActions();
    actions << m_buildAction;
    return actions;
}

void ImagesPage::retranslateUi()
{
    // Titles in the language now installed fit their columns.
    HeaderFit::widenToTitles(m_table->horizontalHeader());
    m_actions->retranslate();
    m_buildAction->setText(tr("&Build…"));
    updateBuildEnabled();
    m_search->setPlaceholderText(tr("Search repository, tag, ID"));
    m_nodeFilter->setToolTip(tr("Show the images of one node"));
    m_useFilter->setItemText(0, tr("Used or not"));
    m_useFilter->setItemText(1, tr("In use"));
    m_useFilter->setItemText(2, tr("Unused"));
    m_useFilter->setToolTip(tr("Show only images that containers use, or only those none uses"));
    m_danglingFilter->setItemText(0, tr("Named or dangling"));
    m_danglingFilter->setItemText(1, tr("Dangling"));
    m_danglingFilter->setItemText(2, tr("Named"));
    m_danglingFilter->setToolTip(tr("Show only images without a name (dangling), or only named "
                                    "ones"));
    m_toolBar->setWindowTitle(tr("Images"));
    m_model->retranslate();
    updateNodeFilterChoices();
    updateCounts();
    updatePlaceholder();
}

void ImagesPage::updateBuildEnabled()
{
    if (!m_buildAction)
        return;
    // A node that builds: one whose engine has imageBuild; else say why not.
    const bool any = (isWindow() || !isHidden()) && m_manager && !m_manager->nodes().isEmpty();
    bool builds = false;
    for (NodeService *node : m_manager ? m_manager->nodes() : QList<NodeService *>())
        builds = builds || node->engineInfo().capabilities.imageBuild;
    m_buildAction->setEnabled(any && builds);
    m_buildAction->setToolTip(
        any && !builds ? tr("No node's engine builds images: add a Docker or Podman node, or "
                            "build with nerdctl build on the machine.")
                       : tr("Build an image from a Dockerfile (Ctrl+B)"));
}

bool ImagesPage::event(QEvent *event)
{
    // Shown or hidden as the current page changes (whether or not the window is on screen).
    if (m_actions &&
        (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent)) {
        m_actions->updateEnabled();
        updateBuildEnabled();
    }
    return QWidget::event(event);
}

void ImagesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ImagesPage::restoreSettings()
{
    m_table->horizontalHeader()->restoreState(AppSettings::imageHeader());
    m_splitter->restoreState(AppSettings::imageSplitter());
    m_useFilter->setCurrentIndex(qBound(0, AppSettings::imageUseFilter(), 2));
    m_danglingFilter->setCurrentIndex(qBound(0, AppSettings::imageDanglingFilter(), 2));
    m_table->sortByColumn(
        qBound(0, AppSettings::imageSortColumn(), ImageTableModel::ColumnCount - 1),
        AppSettings::imageSortOrder());
}

void ImagesPage::saveSettings() const
{
    AppSettings::setImageHeader(m_table->horizontalHeader()->saveState());
    AppSettings::setImageSplitter(m_splitter->saveState());
    AppSettings::setImageUseFilter(m_useFilter->currentIndex());
    AppSettings::setImageDanglingFilter(m_danglingFilter->currentIndex());
    AppSettings::setImageSortColumn(m_proxy->sortColumn());
    AppSettings::setImageSortOrder(m_proxy->sortOrder());
}

// ---- nodes ----

void ImagesPage::setNodeManager(NodeManager *manager)
{
    if (m_manager) {
        m_manager->disconnect(this);
        for (NodeService *node : m_manager->nodes())
            node->disconnect(this);
    }
    m_manager = manager;
    updateBuildEnabled();
    m_model->setNodeManager(manager);
    m_actions->setNodeManager(manager);
    if (m_details->node() && (!manager || !manager->nodes().contains(m_details->node())))
        showDetails(false);
    if (manager) {
        connect(manager, &NodeManager::nodeAdded, this, &ImagesPage::onNodeAdded);
        connect(manager, &NodeManager::nodeAboutToBeRemoved, this, [this](NodeService *node) {
            node->disconnect(this);
            if (m_details->node() == node)
                showDetails(false);
        });
        connect(manager, &NodeManager::nodeRemoved, this, [this] {
            updateBuildEnabled();
            updateNodeFilterChoices();
            updatePlaceholder();
        });
        for (NodeService *node : manager->nodes())
            onNodeAdded(node);
    }
    updateNodeFilterChoices();
    updatePlaceholder();
}

void ImagesPage::onNodeAdded(NodeService *node)
{
    connect(node, &NodeService::stateChanged, this, &ImagesPage::updatePlaceholder);
    connect(node, &NodeService::engineInfoChanged, this, &ImagesPage::updateBuildEnabled);
    updateBuildEnabled();
    updateNodeFilterChoices();
    updatePlaceholder();
}

void ImagesPage::showNode(NodeService *node)
{
    setNodeFilter(node ? node->id() : QString());
}

void ImagesPage::updateNodeFilterChoices()
{
    const QString current = m_nodeFilter->currentData().toString();
    const QSignalBlocker blocker(m_nodeFilter);
    m_nodeFilter->clear();
    m_nodeFilter->addItem(tr("All nodes"), QString());
    if (m_manager) {
        for (NodeService *node : m_manager->nodes())
            m_nodeFilter->addItem(node->name(), node->id());
    }
    const int i = m_nodeFilter->findData(current);
    m_nodeFilter->setCurrentIndex(qMax(0, i));
    if (i < 0 && !current.isEmpty())
        m_proxy->setNodeFilter(QString());
}

void ImagesPage::setNodeFilter(const QString &nodeId)
{
    const int i = m_nodeFilter->findData(nodeId);
    if (i >= 0)
        m_nodeFilter->setCurrentIndex(i);
}

QString ImagesPage::nodeFilter() const
{
    return m_proxy->nodeFilter();
}

void ImagesPage::updateCounts()
{
    const int rows = m_model->rowCount();
    // An image with several names is one image, and its size counts once.
    QSet<QString> images;
    qint64 bytes = 0;
    int unused = 0;
    for (int r = 0; r < rows; ++r) {
        const QString k = m_model->nodeIdAt(r) + QChar(0x1f) + m_model->imageAt(r).id;
        if (images.contains(k))
            continue;
        images.insert(k);
        bytes += m_model->imageAt(r).size;
        if (m_model->usersAt(r) == 0)
            ++unused;
    }
    m_counts->setText(
        images.isEmpty()
            ? QString()
            : tr("%n image(s), %1, %2 unused", nullptr, int(images.size()))
                  .arg(QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat))
                  .arg(unused));
}

void ImagesPage::updatePlaceholder()
{
    if (m_proxy->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    const QList<NodeService *> nodes = m_manager ? m_manager->nodes() : QList<NodeService *>();
    bool anyOnline = false;
    bool anyConnecting = false;
    for (NodeService *node : nodes) {
        anyOnline = anyOnline || node->state() == NodeService::State::Online ||
                    node->state() == NodeService::State::Degraded;
        anyConnecting = anyConnecting || node->state() == NodeService::State::Connecting;
    }
    QString text;
    if (m_model->rowCount() > 0)
        text = tr("No image matches the search and filters.\nClear the search, or choose "
                  "\"All nodes\", \"Used or not\" and \"Named or dangling\" in the filters.");
    else if (nodes.isEmpty())
        text = tr("No nodes.");
    else if (anyOnline)
        text = tr("No images yet.\nImages you pull or build appear here as soon as they exist.");
    else if (anyConnecting)
        text = tr("Connecting…");
    else
        text = tr("No node can be reached.");
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

// ---- selection ----

QList<ImageRef> ImagesPage::selectedImages() const
{
    QList<ImageRef> out;
    QSet<int> unique;
    for (const QModelIndex &i : m_table->selectionModel()->selectedIndexes())
        unique.insert(i.row());
    QList<int> rows(unique.cbegin(), unique.cend());
    std::sort(rows.begin(), rows.end());
    for (const int row : std::as_const(rows)) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        if (source < 0)
            continue;
        out.append(
            {m_model->nodeIdAt(source), m_model->imageAt(source).id, m_model->nameAt(source)});
    }
    return out;
}

void ImagesPage::onSelectionChanged()
{
    m_actions->setSelection(selectedImages());
    m_actions->setCurrentNode(currentNodeId());
    Q_EMIT selectionChanged();
}

QString ImagesPage::currentNodeId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        return current.data(ImageTableModel::NodeIdRole).toString();
    return m_proxy->nodeFilter();
}

void ImagesPage::onCurrentChanged()
{
    m_actions->setCurrentNode(currentNodeId());
    if (m_details->isVisible())
        showDetails(true);
}

void ImagesPage::showDetails(bool show)
{
    const QModelIndex current = m_table->currentIndex();
    NodeService *node = m_manager && current.isValid()
                            ? m_manager->node(current.data(ImageTableModel::NodeIdRole).toString())
                            : nullptr;
    if (!show || !node) {
        m_details->hide();
        m_details->setImage(nullptr, QString());
        if (!show)
            m_table->setFocus();
        return;
    }
    const QString imageId = current.data(ImageTableModel::ImageIdRole).toString();
    if (m_details->node() != node || m_details->imageId() != imageId)
        m_details->setImage(node, imageId);
    m_details->show();
}

// ---- build and run ----

BuildDialog *ImagesPage::buildDialog() const
{
    return m_build;
}

void ImagesPage::openBuildDialog()
{
    if (!m_manager || m_manager->nodes().isEmpty())
        return;
    if (m_build) {
        m_build->raise();
        m_build->activateWindow();
        return;
    }
    m_build = new BuildDialog(m_manager, window());
    m_build->setAttribute(Qt::WA_DeleteOnClose);
    const QString nodeId = currentNodeId();
    if (!nodeId.isEmpty())
        m_build->setNode(nodeId);
    connect(m_build, &BuildDialog::built, this, &ImagesPage::selectImage);
    m_build->show();
}

void ImagesPage::openCreateDialog(const QString &nodeId, const QString &reference)
{
    if (!m_manager || !m_manager->node(nodeId))
        return;
    auto *dialog = new CreateContainerDialog(m_manager, nodeId, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("createFromImageDialog"));
    dialog->setImage(reference);
    connect(dialog, &CreateContainerDialog::created, this,
            [this](const QString &node, const QString &, const QString &name) {
                NodeService *service = m_manager ? m_manager->node(node) : nullptr;
                m_notifications->post(
                    NoticeBar::Kind::Info,
                    tr("Created %1 on %2.").arg(name, service ? service->name() : node));
            });
    dialog->show();
}

QString ImagesPage::selectionKey() const
{
    if (!m_pendingSelection.first.isEmpty()) // not listed yet: kept for the next run
        return itemKey(m_pendingSelection.first, m_pendingSelection.second);
    const QList<ImageRef> selected = selectedImages();
    return selected.isEmpty() ? QString()
                              : itemKey(selected.first().nodeId, selected.first().imageId);
}

void ImagesPage::restoreSelection(const QString &key)
{
    const auto [nodeId, imageId] = splitItemKey(key);
    if (!nodeId.isEmpty())
        selectImage(nodeId, imageId);
}

void ImagesPage::selectImage(const QString &nodeId, const QString &imageId)
{
    m_pendingSelection = {};
    if (!selectNow(nodeId, imageId))
        m_pendingSelection = {nodeId, imageId};
}

bool ImagesPage::selectNow(const QString &nodeId, const QString &imageId)
{
    const QList<int> rows = m_model->rowsOf(nodeId, imageId);
    if (rows.isEmpty())
        return false;
    // A filter that hides the image gives way, so the user sees what they asked for.
    if (!m_proxy->nodeFilter().isEmpty() && m_proxy->nodeFilter() != nodeId)
        setNodeFilter(QString());
    QItemSelection selection;
    QModelIndex first;
    for (const int row : rows) {
        QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!i.isValid()) {
            m_search->clear();
            m_useFilter->setCurrentIndex(0);
            m_danglingFilter->setCurrentIndex(0);
            i = m_proxy->mapFromSource(m_model->index(row, 0));
        }
        if (!i.isValid())
            continue;
        selection.select(i, i);
        if (!first.isValid() || i.row() < first.row())
            first = i;
    }
    if (!first.isValid())
        return false;
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_table->scrollTo(first);
    return true;
}

void ImagesPage::onRowsInserted()
{
    if (m_pendingSelection.first.isEmpty())
        return;
    if (selectNow(m_pendingSelection.first, m_pendingSelection.second))
        m_pendingSelection = {};
}
