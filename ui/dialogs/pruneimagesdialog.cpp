#include "ui/dialogs/pruneimagesdialog.h"

#include "core/services/imageoperations.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString shortId(const QString &id)
{
    const QString bare = id.startsWith(QLatin1String("sha256:")) ? id.mid(7) : id;
    return bare.left(12);
}
} // namespace

PruneImagesDialog::PruneImagesDialog(NodeManager *manager, const QStringList &nodeIds,
                                     QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
{
    setObjectName(QStringLiteral("pruneImagesDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_nodes = new QListWidget(this);
    m_nodes->setObjectName(QStringLiteral("nodes"));
    m_nodes->setMaximumHeight(m_nodes->fontMetrics().height() * 5 + 8);
    if (manager) {
        for (NodeService *node : manager->nodes()) {
            auto *item = new QListWidgetItem(node->name(), m_nodes);
            item->setData(Qt::UserRole, node->id());
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(nodeIds.isEmpty() || nodeIds.contains(node->id()) ? Qt::Checked
                                                                                  : Qt::Unchecked);
        }
    }
    layout->addWidget(m_nodes);
    auto *modes = new QHBoxLayout;
    m_dangling = new QRadioButton(this);
    m_dangling->setObjectName(QStringLiteral("dangling"));
    m_dangling->setChecked(true);
    m_allUnused = new QRadioButton(this);
    m_allUnused->setObjectName(QStringLiteral("allUnused"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_dangling);
    group->addButton(m_allUnused);
    modes->addWidget(m_dangling);
    modes->addWidget(m_allUnused);
    modes->addStretch(1);
    layout->addLayout(modes);
    m_plan = new QTreeWidget(this);
    m_plan->setObjectName(QStringLiteral("plan"));
    m_plan->setColumnCount(2);
    m_plan->setUniformRowHeights(true);
    m_plan->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_plan, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(this);
    m_prune = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_prune->setDefault(true);
    connect(m_prune, &QPushButton::clicked, this, &PruneImagesDialog::prune);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_nodes, &QListWidget::itemChanged, this, &PruneImagesDialog::updatePlan);
    connect(m_dangling, &QRadioButton::toggled, this, &PruneImagesDialog::updatePlan);
    followNodes();
    resize(560, 460);
    retranslateUi();
}

PruneImagesDialog::~PruneImagesDialog() = default;

void PruneImagesDialog::retranslateUi()
{
    setWindowTitle(tr("Prune Images"));
    m_intro->setText(tr("Removes images that no container uses, on the nodes checked."));
    m_dangling->setText(tr("&Dangling only (no name)"));
    m_dangling->setToolTip(tr("Images left without a name, usually by a newer image of the "
                              "same name"));
    m_allUnused->setText(tr("&All unused"));
    m_allUnused->setToolTip(tr("Every image no container uses, named or not"));
    m_plan->setHeaderLabels({tr("Image"), tr("Size")});
    m_prune->setText(tr("&Prune"));
    updatePlan();
}

void PruneImagesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PruneImagesDialog::followNodes()
{
    if (!m_manager)
        return;
    // The plan follows the nodes' image and container lists.
    for (NodeService *node : m_manager->nodes()) {
        connect(node, &NodeService::imagesAdded, this, &PruneImagesDialog::updatePlan);
        connect(node, &NodeService::imagesChanged, this, &PruneImagesDialog::updatePlan);
        connect(node, &NodeService::imagesRemoved, this, &PruneImagesDialog::updatePlan);
        connect(node, &NodeService::containersAdded, this, &PruneImagesDialog::updatePlan);
        connect(node, &NodeService::containersRemoved, this, &PruneImagesDialog::updatePlan);
    }
}

void PruneImagesDialog::setNodes(const QStringList &nodeIds)
{
    for (int i = 0; i < m_nodes->count(); ++i) {
        QListWidgetItem *item = m_nodes->item(i);
        item->setCheckState(nodeIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                  : Qt::Unchecked);
    }
}

void PruneImagesDialog::setAllUnused(bool allUnused)
{
    (allUnused ? m_allUnused : m_dangling)->setChecked(true);
}

QStringList PruneImagesDialog::checkedNodes() const
{
    QStringList out;
    for (int i = 0; i < m_nodes->count(); ++i) {
        if (m_nodes->item(i)->checkState() == Qt::Checked)
            out << m_nodes->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

void PruneImagesDialog::updatePlan()
{
    m_plan->clear();
    m_plannedBytes = 0;
    int count = 0;
    const bool allUnused = m_allUnused->isChecked();
    for (const QString &nodeId : checkedNodes()) {
        NodeService *node = m_manager ? m_manager->node(nodeId) : nullptr;
        if (!node)
            continue;
        const ImageOperations::PrunePlan plan = ImageOperations::prunePlan(node, allUnused);
        auto *nodeItem = new QTreeWidgetItem(m_plan);
        nodeItem->setText(
            0, tr("%1: %n image(s)", nullptr, int(plan.images.size())).arg(node->name()));
        nodeItem->setText(1, QLocale().formattedDataSize(plan.bytes));
        nodeItem->setData(0, Qt::UserRole, nodeId);
        for (const ImageSummary &image : plan.images) {
            auto *item = new QTreeWidgetItem(nodeItem);
            item->setText(0, image.isDangling() ? tr("<none> (%1)").arg(shortId(image.id))
                                                : image.repoTags.join(QStringLiteral(", ")));
            item->setData(0, Qt::UserRole, image.id);
            item->setText(1, QLocale().formattedDataSize(image.size));
        }
        nodeItem->setExpanded(true);
        m_plannedBytes += plan.bytes;
        count += int(plan.images.size());
    }
    m_summary->setText(
        count == 0 ? tr("Nothing to prune on the nodes checked.")
                   : tr("%n image(s) would go, freeing up to %1 (less where they share layers "
                        "with images that stay).",
                        nullptr, count)
                         .arg(QLocale().formattedDataSize(m_plannedBytes)));
    m_prune->setEnabled(m_running == 0 && !checkedNodes().isEmpty());
}

void PruneImagesDialog::prune()
{
    if (m_running > 0 || !m_manager)
        return;
    const QStringList nodes = checkedNodes();
    if (nodes.isEmpty())
        return;
    const bool allUnused = m_allUnused->isChecked();
    m_failed = 0;
    m_freed = 0;
    m_resultLines.clear();
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Pruning…"));
    m_prune->setEnabled(false);
    for (const QString &nodeId : nodes) {
        NodeService *node = m_manager->node(nodeId);
        if (!node)
            continue;
        ++m_running;
        const QString name = node->name();
        ImageOperations::prune(
            node, allUnused, this, [this, nodeId, name](const EngineResult<PruneReport> &result) {
                --m_running;
                if (result.ok()) {
                    m_freed += result.value.spaceReclaimed;
                    m_resultLines << tr("%1: %n image(s) removed, %2 freed.", nullptr,
                                        int(result.value.deleted.size()))
                                         .arg(name, QLocale().formattedDataSize(
                                                        result.value.spaceReclaimed));
                    Q_EMIT pruned(nodeId, result.value);
                } else {
                    ++m_failed;
                    m_resultLines << tr("%1: %2").arg(name, result.error.userText());
                }
                if (m_running > 0)
                    return;
                QString text = m_failed == 0
                                   ? tr("Freed %1.").arg(QLocale().formattedDataSize(m_freed))
                                   : tr("Freed %1; %n node(s) failed.", nullptr, m_failed)
                                         .arg(QLocale().formattedDataSize(m_freed));
                m_result->setText(text + QLatin1Char('\n') + m_resultLines.join(QLatin1Char('\n')));
                if (m_failed > 0)
                    m_result->setStyleSheet(QStringLiteral("color: #cf222e;"));
                updatePlan();
                Q_EMIT prunedAll(m_freed, m_failed);
            });
    }
    if (m_running == 0)
        updatePlan();
}
