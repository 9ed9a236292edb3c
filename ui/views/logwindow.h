#pragma once

#include "ui/widgets/logview.h"

#include <QWidget>

// A log viewer in a window of its own: one container, or several merged across nodes.
class LogWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogWindow)

public:
    explicit LogWindow(const QList<LogView::Target> &targets, QWidget *parent = nullptr);
    ~LogWindow() override;

    LogView *logView() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();

    LogView *m_view = nullptr;
};
