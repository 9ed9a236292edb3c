#include "ui/views/imagedetailsview.h"

#include "core/engine/commandline.h"
#include "core/services/nodeservice.h"
#include "ui/widgets/jsonview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString joinEscaped(const QStringList &list, const QString &separator = QStringLiteral("<br>"))
{
    QStringList out;
    out.reserve(list.size());
    for (const QString &s : list)
        out << esc(s);
    return out.join(separator);
}

QString when(const QDateTime &t)
{
    return t.isValid() && t.toSecsSinceEpoch() > 0
               ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)
               : QString();
}

QString shortId(const QString &id)
{
    const QString bare = id.startsWith(QLatin1String("sha256:")) ? id.mid(7) : id;
    return bare.left(12);
}

} // namespace

ImageDetailsView::ImageDetailsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("imageDetails"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QPushButton(this);
    m_close->setFlat(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_close, &QPushButton::clicked, this, &ImageDetailsView::closeRequested);
    header->addWidget(m_title, 1);
    header->addWidget(m_close);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_overview = new QTextBrowser(m_tabs);
    m_overview->setObjectName(QStringLiteral("imageOverview"));
    m_overview->setOpenLinks(false);
    m_history = new QTreeWidget(m_tabs);
    m_history->setObjectName(QStringLiteral("imageHistory"));
    m_history->setColumnCount(4);
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setWordWrap(false);
    m_history->header()->setSectionResizeMode(CreatedByColumn, QHeaderView::Stretch);
    m_history->header()->setStretchLastSection(false);
    m_containers = new QTreeWidget(m_tabs);
    m_containers->setObjectName(QStringLiteral("imageContainers"));
    m_containers->setColumnCount(2);
    m_containers->setRootIsDecorated(false);
    m_containers->setUniformRowHeights(true);
    connect(m_containers, &QTreeWidget::itemActivated, this,
            &ImageDetailsView::onContainerActivated);
    m_inspect = new JsonView(m_tabs);
    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_containers, QString());
    m_tabs->addTab(m_inspect, QString());
    layout->addWidget(m_tabs, 1);
    retranslateUi();
}

ImageDetailsView::~ImageDetailsView() = default;

void ImageDetailsView::retranslateUi()
{
    m_close->setToolTip(tr("Close the details (Esc)"));
    m_tabs->setTabText(OverviewTab, tr("Overview"));
    m_tabs->setTabText(HistoryTab, tr("History"));
    m_tabs->setTabText(ContainersTab, tr("Containers"));
    m_tabs->setTabText(InspectTab, tr("Inspect"));
    m_history->setHeaderLabels({tr("Created by"), tr("Size"), tr("Created"), tr("Comment")});
    m_containers->setHeaderLabels({tr("Container"), tr("State")});
    m_containers->setToolTip(tr("Double-click a container to show it"));
    showOverview();
    showHistory();
    showContainers();
}

void ImageDetailsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ImageDetailsView::setImage(NodeService *node, const QString &imageId)
{
    if (node == m_node && imageId == m_id)
        return;
    if (m_node)
        m_node->disconnect(this);
    m_node = node;
    m_id = imageId;
    m_description = {};
    m_error = {};
    m_inspect->setJson({});
    if (node) {
        // Retagged: read it again. Containers come and go: the list follows the snapshot.
        connect(node, &NodeService::imagesChanged, this, [this](const QList<ImageSummary> &images) {
            for (const ImageSummary &image : images) {
                if (image.id == m_id) {
                    reload();
                    return;
                }
            }
        });
        connect(node, &NodeService::containersAdded, this, &ImageDetailsView::showContainers);
        connect(node, &NodeService::containersChanged, this, &ImageDetailsView::showContainers);
        connect(node, &NodeService::containersRemoved, this, &ImageDetailsView::showContainers);
    }
    reload();
}

void ImageDetailsView::reload()
{
    if (!m_node || m_id.isEmpty()) {
        showOverview();
        showHistory();
        showContainers();
        return;
    }
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    showOverview();
    showContainers();
    const QString id = m_id;
    ImageOperations::describe(
        m_node, id, this,
        [this, id](const EngineResult<ImageOperations::ImageDescription> &result) {
            onDescribed(id, result);
        });
}

void ImageDetailsView::onDescribed(const QString &id,
                                   const EngineResult<ImageOperations::ImageDescription> &result)
{
    m_loading = false;
    if (id == m_id) {
        m_error = result.error;
        if (result.ok()) {
            m_description = result.value;
            m_inspect->setJson(m_description.details.rawJson);
        }
        showOverview();
        showHistory();
    }
    if (m_reloadAgain || id != m_id) {
        m_reloadAgain = false;
        reload();
    }
}

void ImageDetailsView::showOverview()
{
    if (!m_node || m_id.isEmpty()) {
        m_title->clear();
        m_overview->clear();
        return;
    }
    const ImageDetails &d = m_description.details;
    const QString name = d.repoTags.isEmpty() ? shortId(m_id) : d.repoTags.first();
    m_title->setText(QStringLiteral("<b>%1</b> &nbsp;<span style='color:gray'>%2</span>")
                         .arg(esc(name), esc(tr("on %1").arg(m_node->name()))));
    if (d.id.isEmpty()) {
        m_overview->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(esc(m_error.isError() ? m_error.userText() : tr("Reading the image…"))));
        return;
    }
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    const auto row = [&html](const QString &label, const QString &valueHtml) {
        if (valueHtml.isEmpty())
            return;
        html += QStringLiteral("<tr><td valign='top' style='color:gray; padding-right:12px'>%1</td>"
                               "<td>%2</td></tr>")
                    .arg(esc(label), valueHtml);
    };
    row(tr("Node"), esc(m_node->name()));
    row(tr("ID"), esc(shortId(d.id)));
    row(tr("Names"), joinEscaped(d.repoTags));
    row(tr("Digests"), joinEscaped(d.repoDigests));
    if (!d.os.isEmpty() || !d.architecture.isEmpty())
        row(tr("Platform"), esc(d.os + QLatin1Char('/') + d.architecture));
    row(tr("Size"), esc(QLocale().formattedDataSize(d.size, 1, QLocale::DataSizeSIFormat)));
    row(tr("Created"), esc(when(d.created)));
    row(tr("Author"), esc(d.author));
    row(tr("Entrypoint"), esc(CommandLine::join(d.entrypoint)));
    row(tr("Command"), esc(CommandLine::join(d.command)));
    row(tr("User"), esc(d.user));
    row(tr("Working directory"), esc(d.workingDir));
    row(tr("Exposed ports"), joinEscaped(d.exposedPorts, QStringLiteral(", ")));
    row(tr("Environment"), joinEscaped(d.env));
    QStringList labels;
    for (auto it = d.labels.constBegin(); it != d.labels.constEnd(); ++it)
        labels << it.key() + QLatin1Char('=') + it.value();
    row(tr("Labels"), joinEscaped(labels));
    if (!d.healthcheck.test.isEmpty())
        row(tr("Health check"), esc(CommandLine::join(d.healthcheck.test)));
    row(tr("Comment"), esc(d.comment));
    html += QStringLiteral("</table>");
    m_overview->setHtml(html);
}

void ImageDetailsView::showHistory()
{
    m_history->clear();
    QList<QTreeWidgetItem *> items;
    for (const ImageLayer &layer : std::as_const(m_description.history)) {
        auto *item = new QTreeWidgetItem;
        // Build steps read as commands, without the shell wrapper the builder adds.
        QString step = layer.createdBy;
        step.remove(QStringLiteral("/bin/sh -c #(nop) "));
        item->setText(CreatedByColumn, step.simplified());
        item->setToolTip(CreatedByColumn, layer.createdBy);
        item->setText(SizeColumn,
                      QLocale().formattedDataSize(layer.size, 1, QLocale::DataSizeSIFormat));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(SizeColumn, Qt::UserRole, layer.size);
        item->setText(CreatedColumn, when(layer.created));
        item->setText(CommentColumn, layer.comment);
        items << item;
    }
    m_history->addTopLevelItems(items);
}

void ImageDetailsView::showContainers()
{
    m_containers->clear();
    if (!m_node || m_id.isEmpty())
        return;
    QList<QTreeWidgetItem *> items;
    for (const ContainerSummary &c : ImageOperations::usersOf(m_node, m_id)) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, c.name);
        item->setData(0, Qt::UserRole, c.id);
        item->setText(1, c.status);
        items << item;
    }
    m_containers->addTopLevelItems(items);
    m_tabs->setTabText(ContainersTab, items.isEmpty() ? tr("Containers")
                                                      : tr("Containers (%1)").arg(items.size()));
}

void ImageDetailsView::onContainerActivated(QTreeWidgetItem *item)
{
    if (item && m_node)
        Q_EMIT containerActivated(m_node->id(), item->data(0, Qt::UserRole).toString());
}
