#include "ui/views/logwindow.h"

#include "core/config/appsettings.h"

#include <QCloseEvent>
#include <QShortcut>
#include <QVBoxLayout>

LogWindow::LogWindow(const QList<LogView::Target> &targets, QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("logWindow"));
    auto *layout = new QVBoxLayout(this);
    m_view = new LogView(this);
    layout->addWidget(m_view);
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    if (!restoreGeometry(AppSettings::logWindowGeometry()))
        resize(1000, 640);
    m_view->setTargets(targets);
    retranslateUi();
}

LogWindow::~LogWindow() = default;

void LogWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LogWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::setLogWindowGeometry(saveGeometry());
    m_view->stop();
    QWidget::closeEvent(event);
}

void LogWindow::retranslateUi()
{
    const QList<LogView::Target> targets = m_view->targets();
    QStringList names;
    for (const LogView::Target &t : targets)
        names << t.name;
    setWindowTitle(targets.size() == 1
                       ? tr("Logs of %1").arg(names.first())
                       : tr("Logs of %n container(s): %1", nullptr, int(targets.size()))
                             .arg(names.join(QStringLiteral(", "))));
}
