#include "app/firstpaintreporter.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

FirstPaintReporter::FirstPaintReporter(QObject *parent)
    : QObject(parent)
{}

void FirstPaintReporter::watch(QWidget *window)
{
    if (qEnvironmentVariableIntValue("GONTAINER_REPORT_FIRST_PAINT") != 1)
        return;
    window->installEventFilter(new FirstPaintReporter(window));
}

bool FirstPaintReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // After the paint and the flush to the screen that follows it in the same pass.
        QTimer::singleShot(0, this, [this] {
            std::fputs("gontainer: first paint\n", stderr);
            std::fflush(stderr);
            deleteLater();
        });
    }
    return false;
}
