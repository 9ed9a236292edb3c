#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

// A non-modal message above the content: what happened, and one button for what to do next.
class NoticeBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBar)

public:
    enum class Kind
    {
        Info,
        Progress,
        Warning,
        Error
    };

    explicit NoticeBar(QWidget *parent = nullptr);
    ~NoticeBar() override;

    // An empty actionText shows no button.
    void showNotice(Kind kind, const QString &text, const QString &actionText = {});
    QString text() const;
    // For a Progress notice: `done` of `total` steps (total 0: no bar).
    void setProgress(int done, int total);
    Kind kind() const { return m_kind; }
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();
    // The user closed it.
    void dismissed();

private:
    Kind m_kind = Kind::Info;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
};
