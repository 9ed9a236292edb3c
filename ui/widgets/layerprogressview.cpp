#include "ui/widgets/layerprogressview.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

LayerProgressView::LayerProgressView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_layers = new QTreeWidget(this);
    m_layers->setObjectName(QStringLiteral("layers"));
    m_layers->setColumnCount(4);
    m_layers->setRootIsDecorated(false);
    m_layers->setUniformRowHeights(true);
    m_layers->header()->setStretchLastSection(false);
    m_layers->header()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_layers->setColumnHidden(NodeColumn, true);
    layout->addWidget(m_layers, 1);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("overallProgress"));
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    layout->addWidget(m_bar);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("overallBytes"));
    layout->addWidget(m_summary);
    retranslateUi();
}

LayerProgressView::~LayerProgressView() = default;

void LayerProgressView::retranslateUi()
{
    m_layers->setHeaderLabels({tr("Node"), tr("Layer"), tr("Status"), tr("Bytes")});
    updateBar();
}

void LayerProgressView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LayerProgressView::clear()
{
    m_finished = false;
    m_active = false;
    m_layers->clear();
    m_rows.clear();
    m_progress.clear();
    updateBar();
}

void LayerProgressView::setShowNodes(bool show)
{
    m_layers->setColumnHidden(NodeColumn, !show);
}

void LayerProgressView::setLayer(const QString &node, const LayerProgress &layer)
{
    const QString key = node + QLatin1Char('\n') + layer.id;
    QTreeWidgetItem *item = m_rows.value(key);
    if (!item) {
        item = new QTreeWidgetItem(m_layers);
        item->setText(NodeColumn, node);
        item->setText(LayerColumn, layer.id);
        item->setTextAlignment(BytesColumn, Qt::AlignRight | Qt::AlignVCenter);
        m_rows.insert(key, item);
    }
    item->setText(StatusColumn, layer.status);
    item->setText(BytesColumn, bytesText(layer.current, layer.total));
}

void LayerProgressView::setFinished(bool complete)
{
    m_finished = true;
    m_complete = complete;
    updateBar();
}

void LayerProgressView::setProgress(const QString &node, const PullProgress &progress)
{
    m_progress.insert(node, progress);
    m_finished = false;
    updateBar();
}

void LayerProgressView::forgetNode(const QString &node)
{
    m_progress.remove(node);
    m_finished = false;
    m_active = true;
    updateBar();
}

qint64 LayerProgressView::doneBytes() const
{
    qint64 sum = 0;
    for (const PullProgress &p : m_progress)
        sum += p.done;
    return sum;
}

qint64 LayerProgressView::totalBytes() const
{
    qint64 sum = 0;
    for (const PullProgress &p : m_progress)
        sum += p.total;
    return sum;
}

void LayerProgressView::updateBar()
{
    const qint64 done = doneBytes(), total = totalBytes();
    // Before anything runs there is nothing to show, least of all a busy bar.
    m_bar->setVisible(m_active || m_finished);
    if (total <= 0 && m_finished) {
        m_bar->setRange(0, 1);
        m_bar->setValue(m_complete ? 1 : 0);
        m_summary->clear();
        return;
    }
    if (total <= 0) {
        m_bar->setRange(0, 0);
        m_summary->setText(m_rows.isEmpty() ? QString() : tr("Waiting for the layers' sizes…"));
        return;
    }
    // Per mille: a progress bar holds an int, images may be larger.
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
    m_summary->setText(
        tr("%1 of %2").arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total)));
}

QString LayerProgressView::bytesText(qint64 current, qint64 total)
{
    if (total > 0)
        return tr("%1 of %2")
            .arg(QLocale().formattedDataSize(current), QLocale().formattedDataSize(total));
    return current > 0 ? QLocale().formattedDataSize(current) : QString();
}
