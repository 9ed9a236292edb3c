#include "ui/widgets/noticebar.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_action = new QPushButton(this);
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_progress, 0, Qt::AlignVCenter);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_action, &QPushButton::clicked, this, &NoticeBar::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    hide();
}

NoticeBar::~NoticeBar() = default;

void NoticeBar::showNotice(Kind kind, const QString &text, const QString &actionText)
{
    m_kind = kind;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor tint = palette().color(QPalette::Highlight);
    switch (kind) {
    case Kind::Info:
    case Kind::Progress:
        break;
    case Kind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xd2, 0x99, 0x22);
        break;
    case Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xcf, 0x22, 0x2e);
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    // A light wash of the kind's colour over the window colour keeps text readable in light and
    // dark palettes alike.
    QPalette p = palette();
    const QColor base = (parentWidget() ? parentWidget()->palette() : QApplication::palette())
                            .color(QPalette::Window);
    QColor wash = base;
    wash.setRgbF(base.redF() * 0.85f + tint.redF() * 0.15f,
                 base.greenF() * 0.85f + tint.greenF() * 0.15f,
                 base.blueF() * 0.85f + tint.blueF() * 0.15f);
    p.setColor(QPalette::Window, wash);
    setPalette(p);
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_close->setVisible(kind != Kind::Progress);
    if (kind != Kind::Progress)
        m_progress->hide();
    show();
}

void NoticeBar::setProgress(int done, int total)
{
    m_progress->setRange(0, qMax(total, 0));
    m_progress->setValue(done);
    m_progress->setVisible(m_kind == Kind::Progress && total > 0);
}

QString NoticeBar::text() const
{
    return m_text->text();
}
