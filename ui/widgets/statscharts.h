#pragma once

#include "core/engine/containerstats.h"

#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QValueAxis;

// A container's resource use over time: CPU, memory, network and block I/O, one small chart
// each, from the samples handed in (about one a second). Keeps the last few minutes.
class StatsCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsCharts)

public:
    static constexpr int MaxSamples = 180;

    explicit StatsCharts(QWidget *parent = nullptr);
    ~StatsCharts() override;

    void addSample(const ContainerStats &stats);
    void clear();
    int sampleCount() const { return int(m_samples.size()); }
    // The latest figures in words, for the summary line and for tests.
    QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Chart
    {
        QChart *chart = nullptr;
        QChartView *view = nullptr;
        QLineSeries *first = nullptr;
        QLineSeries *second = nullptr; // null for single-series charts
        QValueAxis *x = nullptr;
        QValueAxis *y = nullptr;
    };
    Chart makeChart(bool twoSeries);
    void redraw();
    void retranslateUi();
    void applyPalette();

    QList<ContainerStats> m_samples;
    QLabel *m_summary = nullptr;
    QLabel *m_empty = nullptr;
    Chart m_cpu;
    Chart m_memory;
    Chart m_network;
    Chart m_block;
};
