#pragma once

#include <QObject>

// With GONTAINER_REPORT_FIRST_PAINT=1 in the environment, writes "gontainer: first paint" to
// stderr once the window has painted for the first time, for the start-up benchmark
// (tests/bench, docs/benchmarks.md) to time from outside. Does nothing otherwise.
class FirstPaintReporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintReporter)

public:
    // Watches `window` when the environment asks for it.
    static void watch(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintReporter(QObject *parent);
};
