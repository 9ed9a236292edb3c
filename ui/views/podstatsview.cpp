#include "ui/views/podstatsview.h"

#include "core/services/nodeservice.h"
#include "core/services/podoperations.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

PodStatsView::PodStatsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("podStats"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("podStatsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("podStatsStatus"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status);
    m_timer = new QTimer(this);
    m_timer->setInterval(IntervalMs);
    connect(m_timer, &QTimer::timeout, this, &PodStatsView::ask);
    retranslateUi();
}

PodStatsView::~PodStatsView() = default;

void PodStatsView::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Container"), tr("CPU"), tr("Memory"), tr("Memory %"),
                                        tr("Network I/O"), tr("Block I/O"), tr("PIDs")});
}

void PodStatsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PodStatsView::setPod(NodeService *node, const QString &podId)
{
    if (node == m_node && podId == m_podId)
        return;
    m_node = node;
    m_podId = podId;
    ++m_generation;
    m_asking = false;
    m_samples = 0;
    m_table->setRowCount(0);
    m_status->setText(node ? tr("Asking…") : tr("No pod chosen."));
    if (isVisible())
        ask();
}

void PodStatsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer->start();
    ask();
}

void PodStatsView::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

void PodStatsView::ask()
{
    if (!m_node || m_podId.isEmpty() || m_asking)
        return;
    m_asking = true;
    const quint64 generation = m_generation;
    PodOperations::stats(
        m_node, m_podId, this, [this, generation](const EngineResult<QList<PodStatsEntry>> &r) {
            if (generation != m_generation)
                return;
            m_asking = false;
            if (!r.ok()) {
                m_status->setText(r.error.userText());
                return;
            }
            ++m_samples;
            m_table->setRowCount(int(r.value.size()));
            for (int row = 0; row < r.value.size(); ++row) {
                const PodStatsEntry &e = r.value.at(row);
                const QStringList cells = {e.name,      e.cpu,     e.memory, e.memoryPercent,
                                           e.networkIo, e.blockIo, e.pids};
                for (int column = 0; column < cells.size(); ++column) {
                    auto *item = new QTableWidgetItem(cells.at(column));
                    if (column > 0)
                        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    m_table->setItem(row, column, item);
                }
                m_table->item(row, 0)->setToolTip(e.containerId);
            }
            m_status->setText(r.value.isEmpty()
                                  ? tr("No container of the pod runs.")
                                  : tr("Every %n second(s).", nullptr, IntervalMs / 1000));
        });
}
