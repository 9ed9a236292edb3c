#include "ui/dialogs/commitdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

CommitDialog::CommitDialog(const QString &containerName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Commit %1 to an Image").arg(containerName));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Saves the container's file system as a new image on its node."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_repository = new QLineEdit(this);
    m_repository->setObjectName(QStringLiteral("repository"));
    m_repository->setPlaceholderText(tr("myapp or registry.example:5000/team/myapp"));
    m_repository->setText(containerName.toLower());
    form->addRow(tr("&Repository:"), m_repository);
    m_tag = new QLineEdit(this);
    m_tag->setObjectName(QStringLiteral("tag"));
    m_tag->setPlaceholderText(QStringLiteral("latest"));
    form->addRow(tr("&Tag:"), m_tag);
    m_message = new QPlainTextEdit(this);
    m_message->setTabChangesFocus(true);
    m_message->setFixedHeight(m_message->fontMetrics().height() * 3 + 12);
    form->addRow(tr("&Message:"), m_message);
    m_author = new QLineEdit(this);
    m_author->setPlaceholderText(tr("Name <email>"));
    form->addRow(tr("&Author:"), m_author);
    m_pause = new QCheckBox(tr("&Pause the container while committing"), this);
    m_pause->setChecked(true);
    form->addRow(QString(), m_pause);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, QColor(0xcf, 0x22, 0x2e));
    m_problem->setPalette(p);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_commit = buttons->addButton(tr("&Commit"), QDialogButtonBox::AcceptRole);
    m_commit->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_repository, &QLineEdit::textChanged, this, &CommitDialog::validate);
    connect(m_tag, &QLineEdit::textChanged, this, &CommitDialog::validate);
    validate();
}

CommitDialog::~CommitDialog() = default;

void CommitDialog::validate()
{
    // As the engines accept them: lowercase path parts, an optional registry host with port.
    static const QRegularExpression repository(
        QStringLiteral("^([a-zA-Z0-9.-]+(:[0-9]+)?/)?[a-z0-9]+([._-]+[a-z0-9]+)*"
                       "(/[a-z0-9]+([._-]+[a-z0-9]+)*)*$"));
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    QString problem;
    const QString repo = m_repository->text().trimmed();
    if (!repo.isEmpty() && !repository.match(repo).hasMatch())
        problem = tr("\"%1\" is not a repository name: use lowercase letters, digits and . _ - "
                     "in parts separated by /.")
                      .arg(repo);
    else if (!m_tag->text().trimmed().isEmpty() && !tag.match(m_tag->text().trimmed()).hasMatch())
        problem = tr("\"%1\" is not a tag: use letters, digits and . _ - (at most 128).")
                      .arg(m_tag->text().trimmed());
    else if (repo.isEmpty() && !m_tag->text().trimmed().isEmpty())
        problem = tr("A tag needs a repository.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_commit->setEnabled(problem.isEmpty());
}

CommitOptions CommitDialog::options() const
{
    CommitOptions o;
    o.repository = m_repository->text().trimmed();
    o.tag = m_tag->text().trimmed();
    o.message = m_message->toPlainText().trimmed();
    o.author = m_author->text().trimmed();
    o.pause = m_pause->isChecked();
    return o;
}
