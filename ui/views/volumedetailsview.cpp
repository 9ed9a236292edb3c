#include "ui/views/volumedetailsview.h"

#include "core/services/nodeservice.h"
#include "core/services/volumeoperations.h"
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

QString pairsHtml(const QMap<QString, QString> &pairs)
{
    QStringList out;
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
        out << esc(it.key() + QLatin1Char('=') + it.value());
    return out.join(QStringLiteral("<br>"));
}

} // namespace

VolumeDetailsView::VolumeDetailsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("volumeDetails"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QPushButton(this);
    m_close->setFlat(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_close, &QPushButton::clicked, this, &VolumeDetailsView::closeRequested);
    header->addWidget(m_title, 1);
    header->addWidget(m_close);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_overview = new QTextBrowser(m_tabs);
    m_overview->setObjectName(QStringLiteral("volumeOverview"));
    m_overview->setOpenLinks(false);
    m_containers = new QTreeWidget(m_tabs);
    m_containers->setObjectName(QStringLiteral("volumeContainers"));
    m_containers->setColumnCount(2);
    m_containers->setRootIsDecorated(false);
    m_containers->setUniformRowHeights(true);
    connect(m_containers, &QTreeWidget::itemActivated, this,
            &VolumeDetailsView::onContainerActivated);
    m_inspect = new JsonView(m_tabs);
    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_containers, QString());
    m_tabs->addTab(m_inspect, QString());
    layout->addWidget(m_tabs, 1);
    retranslateUi();
}

VolumeDetailsView::~VolumeDetailsView() = default;

void VolumeDetailsView::retranslateUi()
{
    m_close->setToolTip(tr("Close the details"));
    m_tabs->setTabText(OverviewTab, tr("Overview"));
    m_tabs->setTabText(InspectTab, tr("Inspect"));
    m_containers->setHeaderLabels({tr("Container"), tr("State")});
    m_containers->setToolTip(tr("Double-click a container to show it"));
    showOverview();
    showContainers();
}

void VolumeDetailsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void VolumeDetailsView::setVolume(NodeService *node, const QString &name)
{
    if (node == m_node && name == m_name)
        return;
    m_node = node;
    m_name = name;
    m_volume = {};
    m_users.clear();
    m_error = {};
    m_inspect->setJson({});
    reload();
}

void VolumeDetailsView::reload()
{
    if (!m_node || m_name.isEmpty()) {
        showOverview();
        showContainers();
        return;
    }
    if (m_pending > 0) {
        m_reloadAgain = true;
        return;
    }
    m_pending = 2;
    showOverview();
    const QString name = m_name;
    const QPointer<NodeService> node = m_node;
    const auto finished = [this, name, node] {
        if (--m_pending > 0)
            return;
        if (m_reloadAgain || name != m_name || node != m_node) {
            m_reloadAgain = false;
            reload();
        }
    };
    VolumeOperations::inspect(m_node, name, this,
                              [this, name, node, finished](const EngineResult<VolumeInfo> &r) {
                                  if (name == m_name && node == m_node) {
                                      m_error = r.error;
                                      if (r.ok()) {
                                          m_volume = r.value;
                                          m_inspect->setJson(r.value.rawJson);
                                      }
                                      showOverview();
                                  }
                                  finished();
                              });
    VolumeOperations::usersOf(
        m_node, name, this,
        [this, name, node, finished](const EngineResult<QList<ContainerSummary>> &r) {
            if (name == m_name && node == m_node && r.ok()) {
                m_users = r.value;
                showContainers();
            }
            finished();
        });
}

void VolumeDetailsView::showOverview()
{
    if (!m_node || m_name.isEmpty()) {
        m_title->clear();
        m_overview->clear();
        return;
    }
    m_title->setText(QStringLiteral("<b>%1</b> &nbsp;<span style='color:gray'>%2</span>")
                         .arg(esc(m_name), esc(tr("on %1").arg(m_node->name()))));
    const VolumeInfo &v = m_volume;
    if (v.name.isEmpty()) {
        m_overview->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(esc(m_error.isError() ? m_error.userText() : tr("Reading the volume…"))));
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
    row(tr("Driver"), esc(v.driver));
    row(tr("Mountpoint"), esc(v.mountpoint));
    row(tr("Scope"), esc(v.scope));
    if (v.created.isValid() && v.created.toSecsSinceEpoch() > 0)
        row(tr("Created"), esc(QLocale().toString(v.created.toLocalTime(), QLocale::ShortFormat)));
    row(tr("Labels"), pairsHtml(v.labels));
    row(tr("Driver options"), pairsHtml(v.options));
    html += QStringLiteral("</table>");
    m_overview->setHtml(html);
}

void VolumeDetailsView::showContainers()
{
    m_containers->clear();
    QList<QTreeWidgetItem *> items;
    for (const ContainerSummary &c : std::as_const(m_users)) {
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

void VolumeDetailsView::onContainerActivated(QTreeWidgetItem *item)
{
    if (item && m_node)
        Q_EMIT containerActivated(m_node->id(), item->data(0, Qt::UserRole).toString());
}
