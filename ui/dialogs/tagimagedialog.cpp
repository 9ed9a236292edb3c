#include "ui/dialogs/tagimagedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

TagImageDialog::TagImageDialog(const QString &image, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Tag %1").arg(image));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Gives the image another name on its node; the image itself "
                                "stays as it is. To push it to a registry, begin the name with "
                                "the registry's address."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setPlaceholderText(tr("myapp:1.0 or registry.example:5000/team/myapp:1.0"));
    form->addRow(tr("&New name:"), m_target);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("targetProblem"));
    m_problem->setWordWrap(true);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, QColor(0xcf, 0x22, 0x2e));
    m_problem->setPalette(p);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_tag = buttons->addButton(tr("&Tag"), QDialogButtonBox::AcceptRole);
    m_tag->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_tag->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_target, &QLineEdit::textChanged, this, &TagImageDialog::validate);
    validate();
}

TagImageDialog::~TagImageDialog() = default;

QString TagImageDialog::target() const
{
    return m_target->text().trimmed();
}

QString TagImageDialog::problemWith(const QString &name)
{
    // As the engines accept them: an optional registry host (with port), lowercase path parts,
    // and an optional tag.
    static const QRegularExpression valid(
        QStringLiteral("^([a-zA-Z0-9.-]+(:[0-9]+)?/)?[a-z0-9]+([._-]+[a-z0-9]+)*"
                       "(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$"));
    if (name.isEmpty())
        return {};
    if (valid.match(name).hasMatch())
        return {};
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
    if (colon > slash) {
        const QString tag = name.mid(colon + 1);
        static const QRegularExpression validTag(
            QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
        if (!validTag.match(tag).hasMatch())
            return tr("\"%1\" is not a tag: use letters, digits and . _ - (at most 128).").arg(tag);
    }
    return tr("\"%1\" is not an image name: use lowercase letters, digits and . _ - in parts "
              "separated by /, then :tag if you like.")
        .arg(name);
}

void TagImageDialog::validate()
{
    const QString problem = problemWith(target());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_tag->setEnabled(problem.isEmpty() && !target().isEmpty());
}
