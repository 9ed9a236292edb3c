#pragma once

#include "ui/widgets/noticebar.h"

#include <QHash>
#include <QWidget>

class QVBoxLayout;

// The non-modal notices of actions, newest on top: progress while an action runs, then what
// came of it. Results stay until dismissed (successes fade by themselves); only the latest few
// are kept.
class NotificationArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationArea)

public:
    static constexpr int MaxNotices = 4;
    static constexpr int InfoTimeoutMs = 8000;

    explicit NotificationArea(QWidget *parent = nullptr);
    ~NotificationArea() override;

    // Shows a notice; the number names it for update() and dismiss().
    int post(NoticeBar::Kind kind, const QString &text);
    void update(int id, NoticeBar::Kind kind, const QString &text);
    void setProgress(int id, int done, int total);
    void dismiss(int id);
    // The notices shown now, newest first.
    QList<NoticeBar *> notices() const;

private:
    void trim();
    void scheduleFade(int id, NoticeBar::Kind kind);

    QVBoxLayout *m_layout = nullptr;
    QHash<int, NoticeBar *> m_notices;
    QList<int> m_order;      // newest first
    QHash<int, int> m_fades; // id -> the fade timer that counts (a newer text starts anew)
    int m_next = 1;
};
