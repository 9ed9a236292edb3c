#include "ui/widgets/notificationarea.h"

#include <QTimer>
#include <QVBoxLayout>

NotificationArea::NotificationArea(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("notificationArea"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(1);
    hide();
}

NotificationArea::~NotificationArea() = default;

int NotificationArea::post(NoticeBar::Kind kind, const QString &text)
{
    const int id = m_next++;
    auto *bar = new NoticeBar(this);
    m_layout->insertWidget(0, bar);
    m_notices.insert(id, bar);
    m_order.prepend(id);
    bar->showNotice(kind, text);
    connect(bar, &NoticeBar::dismissed, this, [this, id] { dismiss(id); });
    scheduleFade(id, kind);
    trim();
    show();
    return id;
}

void NotificationArea::update(int id, NoticeBar::Kind kind, const QString &text)
{
    NoticeBar *bar = m_notices.value(id);
    if (!bar)
        return;
    bar->showNotice(kind, text);
    scheduleFade(id, kind);
    trim();
}

void NotificationArea::setProgress(int id, int done, int total)
{
    if (NoticeBar *bar = m_notices.value(id))
        bar->setProgress(done, total);
}

void NotificationArea::dismiss(int id)
{
    if (NoticeBar *bar = m_notices.value(id))
        bar->deleteLater();
    m_notices.remove(id);
    m_order.removeAll(id);
    m_fades.remove(id);
    setVisible(!m_order.isEmpty());
}

QList<NoticeBar *> NotificationArea::notices() const
{
    QList<NoticeBar *> out;
    for (const int id : m_order) {
        if (NoticeBar *bar = m_notices.value(id); bar && !bar->isHidden())
            out.append(bar);
    }
    return out;
}

void NotificationArea::scheduleFade(int id, NoticeBar::Kind kind)
{
    const int fade = ++m_fades[id];
    if (kind != NoticeBar::Kind::Info)
        return;
    QTimer::singleShot(InfoTimeoutMs, this, [this, id, fade] {
        NoticeBar *bar = m_notices.value(id);
        if (bar && bar->kind() == NoticeBar::Kind::Info && m_fades.value(id) == fade)
            dismiss(id);
    });
}

void NotificationArea::trim()
{
    // Oldest finished notices go first; running actions stay.
    for (qsizetype i = m_order.size() - 1; i >= 0 && m_order.size() > MaxNotices; --i) {
        const int id = m_order.at(i);
        NoticeBar *bar = m_notices.value(id);
        if (bar && bar->kind() != NoticeBar::Kind::Progress)
            dismiss(id);
    }
}
