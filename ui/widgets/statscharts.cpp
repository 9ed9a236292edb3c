#include "ui/widgets/statscharts.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {
// Bytes per second between two samples of a counter.
double rate(qint64 before, qint64 after, double seconds)
{
    return seconds > 0 && after >= before ? double(after - before) / seconds : 0;
}

// An engine that does not measure a container's network (containerd on cgroups v2, or a
// container on the host's network) says so instead of drawing a flat line.
QString networkTitle(const QList<ContainerStats> &samples)
{
    return samples.isEmpty() || samples.constLast().networkKnown
               ? StatsCharts::tr("Network (KiB/s)")
               : StatsCharts::tr("Network: not measured for this container");
}
} // namespace

StatsCharts::StatsCharts(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statsSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);
    auto *grid = new QGridLayout;
    m_cpu = makeChart(false);
    m_memory = makeChart(false);
    m_network = makeChart(true);
    m_block = makeChart(true);
    grid->addWidget(m_cpu.view, 0, 0);
    grid->addWidget(m_memory.view, 0, 1);
    grid->addWidget(m_network.view, 1, 0);
    grid->addWidget(m_block.view, 1, 1);
    layout->addLayout(grid, 1);
    applyPalette();
    retranslateUi();
    clear();
}

StatsCharts::~StatsCharts() = default;

StatsCharts::Chart StatsCharts::makeChart(bool twoSeries)
{
    Chart c;
    c.chart = new QChart;
    c.chart->legend()->setVisible(twoSeries);
    c.chart->legend()->setAlignment(Qt::AlignBottom);
    c.chart->setMargins(QMargins(2, 2, 2, 2));
    c.chart->setBackgroundRoundness(0);
    c.first = new QLineSeries(c.chart);
    c.chart->addSeries(c.first);
    if (twoSeries) {
        c.second = new QLineSeries(c.chart);
        c.chart->addSeries(c.second);
    }
    c.x = new QValueAxis(c.chart);
    c.x->setRange(0, MaxSamples);
    c.x->setLabelsVisible(false);
    c.x->setGridLineVisible(false);
    c.y = new QValueAxis(c.chart);
    c.y->setLabelFormat(QStringLiteral("%.0f"));
    c.y->setTickCount(3);
    c.chart->addAxis(c.x, Qt::AlignBottom);
    c.chart->addAxis(c.y, Qt::AlignLeft);
    for (QLineSeries *s : {c.first, c.second}) {
        if (!s)
            continue;
        s->attachAxis(c.x);
        s->attachAxis(c.y);
    }
    c.view = new QChartView(c.chart, this);
    c.view->setRenderHint(QPainter::Antialiasing);
    c.view->setMinimumHeight(140);
    return c;
}

void StatsCharts::retranslateUi()
{
    m_cpu.chart->setTitle(tr("CPU (% of one CPU)"));
    m_memory.chart->setTitle(tr("Memory (MiB)"));
    m_network.chart->setTitle(networkTitle(m_samples));
    m_network.first->setName(tr("received"));
    m_network.second->setName(tr("sent"));
    m_block.chart->setTitle(tr("Disk (KiB/s)"));
    m_block.first->setName(tr("read"));
    m_block.second->setName(tr("written"));
    m_empty->setText(tr("Resource use shows here while the container runs."));
    m_summary->setText(summaryText());
}

void StatsCharts::applyPalette()
{
    const QPalette pal = palette();
    for (Chart *c : {&m_cpu, &m_memory, &m_network, &m_block}) {
        c->chart->setBackgroundBrush(pal.color(QPalette::Base));
        c->chart->setTitleBrush(pal.color(QPalette::Text));
        c->chart->legend()->setLabelColor(pal.color(QPalette::Text));
        for (QValueAxis *a : {c->x, c->y}) {
            a->setLabelsColor(pal.color(QPalette::Text));
            a->setGridLineColor(pal.color(QPalette::Midlight));
            a->setLinePenColor(pal.color(QPalette::Mid));
        }
    }
    m_cpu.first->setColor(QColor(0x3b, 0x82, 0xf6));
    m_memory.first->setColor(QColor(0x8b, 0x5c, 0xf6));
    m_network.first->setColor(QColor(0x2e, 0xa0, 0x43));
    m_network.second->setColor(QColor(0xd2, 0x99, 0x22));
    m_block.first->setColor(QColor(0x3b, 0x82, 0xf6));
    m_block.second->setColor(QColor(0xcf, 0x22, 0x2e));
}

void StatsCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void StatsCharts::clear()
{
    m_samples.clear();
    redraw();
}

void StatsCharts::addSample(const ContainerStats &stats)
{
    m_samples.append(stats);
    while (m_samples.size() > MaxSamples)
        m_samples.removeFirst();
    redraw();
}

QString StatsCharts::summaryText() const
{
    if (m_samples.isEmpty())
        return {};
    const ContainerStats &s = m_samples.constLast();
    QString text = tr("CPU %1 % · memory %2")
                       .arg(QLocale().toString(s.cpuPercent, 'f', 1),
                            QLocale().formattedDataSize(s.memoryUsage));
    if (s.memoryLimit > 0)
        text += QLatin1Char(' ') + tr("of %1").arg(QLocale().formattedDataSize(s.memoryLimit));
    text += QStringLiteral(" · ") + tr("%n process(es)", nullptr, s.pids);
    return text;
}

void StatsCharts::redraw()
{
    const bool any = !m_samples.isEmpty();
    m_empty->setVisible(!any);
    for (Chart *c : {&m_cpu, &m_memory, &m_network, &m_block})
        c->view->setVisible(any);
    m_summary->setText(summaryText());
    m_network.chart->setTitle(networkTitle(m_samples));
    if (!any)
        return;
    QList<QPointF> cpu, memory, rx, tx, read, written;
    double cpuTop = 100, memoryTop = 1, netTop = 1, blockTop = 1;
    const int offset = MaxSamples - int(m_samples.size());
    for (int i = 0; i < m_samples.size(); ++i) {
        const ContainerStats &s = m_samples.at(i);
        const double x = offset + i;
        cpu << QPointF(x, s.cpuPercent);
        cpuTop = qMax(cpuTop, s.cpuPercent);
        const double mib = double(s.memoryUsage) / (1024 * 1024);
        memory << QPointF(x, mib);
        memoryTop = qMax(memoryTop, mib);
        if (i == 0)
            continue;
        const ContainerStats &p = m_samples.at(i - 1);
        const double seconds =
            p.read.isValid() && s.read.isValid() ? double(p.read.msecsTo(s.read)) / 1000.0 : 1.0;
        const double values[] = {rate(p.networkRx, s.networkRx, seconds) / 1024,
                                 rate(p.networkTx, s.networkTx, seconds) / 1024,
                                 rate(p.blockRead, s.blockRead, seconds) / 1024,
                                 rate(p.blockWrite, s.blockWrite, seconds) / 1024};
        rx << QPointF(x, values[0]);
        tx << QPointF(x, values[1]);
        read << QPointF(x, values[2]);
        written << QPointF(x, values[3]);
        netTop = qMax(netTop, qMax(values[0], values[1]));
        blockTop = qMax(blockTop, qMax(values[2], values[3]));
    }
    // Round axis ends, with a decimal where the values are small.
    const auto scale = [](QValueAxis *axis, double top) {
        axis->setRange(0, top * 1.15);
        axis->applyNiceNumbers();
        axis->setLabelFormat(axis->max() < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    };
    m_cpu.first->replace(cpu);
    scale(m_cpu.y, cpuTop);
    m_memory.first->replace(memory);
    scale(m_memory.y, memoryTop);
    m_network.first->replace(rx);
    m_network.second->replace(tx);
    scale(m_network.y, netTop);
    m_block.first->replace(read);
    m_block.second->replace(written);
    scale(m_block.y, blockTop);
}
