#include "ui/dialogs/createsecretdialog.h"

#include "core/services/nodeservice.h"
#include "core/services/swarmoperations.h"
#include "ui/dialogs/createvolumedialog.h"
#include "ui/widgets/dialogfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

CreateSecretDialog::CreateSecretDialog(NodeService *manager, SwarmSecret::Kind kind,
                                       const QStringList &secretNames,
                                       const QStringList &configNames, QWidget *parent)
    : QDialog(parent)
    , m_node(manager)
    , m_secretNames(secretNames)
    , m_configNames(configNames)
{
    setObjectName(QStringLiteral("createSecretDialog"));
    setWindowTitle(tr("Create Secret or Config"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Secret: given to services as a file, never shown back"),
                    int(SwarmSecret::Kind::Secret));
    m_kind->addItem(tr("Config: given to services as a file, readable"),
                    int(SwarmSecret::Kind::Config));
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    form->addRow(tr("&Kind:"), m_kind);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("secretName"));
    form->addRow(tr("&Name:"), m_name);
    m_content = new QPlainTextEdit(this);
    m_content->setObjectName(QStringLiteral("secretContent"));
    m_content->setTabChangesFocus(true);
    m_content->setPlaceholderText(tr("The content, or read it from a file below"));
    form->addRow(tr("C&ontent:"), m_content);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("secretFile"));
    m_file->setPlaceholderText(tr("A file to read the content from instead"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &CreateSecretDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("&File:"), fileRow);
    m_labels = new QPlainTextEdit(this);
    m_labels->setObjectName(QStringLiteral("secretLabels"));
    m_labels->setTabChangesFocus(true);
    m_labels->setPlaceholderText(tr("key=value, one a line"));
    m_labels->setMaximumHeight(m_labels->fontMetrics().height() * 5);
    form->addRow(tr("&Labels:"), m_labels);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("secretProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, QColor(0xcf, 0x22, 0x2e));
    m_problem->setPalette(p);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateSecretDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CreateSecretDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &CreateSecretDialog::validate);
    connect(m_content, &QPlainTextEdit::textChanged, this, &CreateSecretDialog::validate);
    connect(m_file, &QLineEdit::textChanged, this, &CreateSecretDialog::validate);
    connect(m_labels, &QPlainTextEdit::textChanged, this, &CreateSecretDialog::validate);
    resize(560, sizeHint().height());
    validate();
    m_name->setFocus();
}

CreateSecretDialog::~CreateSecretDialog() = default;

SwarmSecret::Kind CreateSecretDialog::kind() const
{
    return SwarmSecret::Kind(m_kind->currentData().toInt());
}

QString CreateSecretDialog::nameProblem(const QString &name)
{
    // As the swarm accepts them.
    static const QRegularExpression valid(
        QStringLiteral("^[a-zA-Z0-9](?:[a-zA-Z0-9_.-]*[a-zA-Z0-9])?$"));
    if (name.isEmpty())
        return tr("Give it a name.");
    if (name.size() > 64)
        return tr("The name is longer than 64 characters.");
    if (!valid.match(name).hasMatch())
        return tr("\"%1\" is not a name the swarm takes: use letters, digits and . _ -, beginning "
                  "and ending with a letter or a digit.")
            .arg(name);
    return {};
}

QByteArray CreateSecretDialog::content(QString *problem) const
{
    const QString path = m_file->text().trimmed();
    if (path.isEmpty())
        return m_content->toPlainText().toUtf8();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    return file.read(MaxBytes + 1);
}

QString CreateSecretDialog::problem() const
{
    if (!m_node)
        return tr("The node is gone.");
    const QString name = m_name->text().trimmed();
    if (QString p = nameProblem(name); !p.isEmpty())
        return p;
    const bool secret = kind() == SwarmSecret::Kind::Secret;
    if ((secret ? m_secretNames : m_configNames).contains(name))
        return secret ? tr("The swarm already has a secret named %1.").arg(name)
                      : tr("The swarm already has a config named %1.").arg(name);
    const QString path = m_file->text().trimmed();
    if (!path.isEmpty() && !m_content->toPlainText().isEmpty())
        return tr("Type the content or name a file, not both.");
    // Checked as typed from the file's metadata only; it is read once, when created.
    qint64 size = m_content->toPlainText().toUtf8().size();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable())
            return tr("%1 cannot be read: %2")
                .arg(path,
                     info.exists() ? tr("it is not a readable file") : tr("there is no such file"));
        size = info.size();
    }
    if (size == 0)
        return tr("Type the content, or name a file to read it from.");
    if (size > MaxBytes)
        return tr("The content is larger than the swarm takes (500 KiB).");
    QString p;
    CreateVolumeDialog::readPairs(m_labels, tr("label"), &p);
    return p;
}

void CreateSecretDialog::validate()
{
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_create->setEnabled(p.isEmpty() && !m_busy);
    DialogFit::growToContents(this);
}

void CreateSecretDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Read the Content From"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void CreateSecretDialog::create()
{
    if (m_busy || !problem().isEmpty())
        return;
    QString ignored;
    QString unreadable;
    const QByteArray bytes = content(&unreadable);
    if (!unreadable.isEmpty() || bytes.size() > MaxBytes) {
        m_problem->setText(unreadable.isEmpty()
                               ? tr("The content is larger than the swarm takes (500 KiB).")
                               : unreadable);
        m_problem->setVisible(true);
        return;
    }
    const QMap<QString, QString> labels =
        CreateVolumeDialog::readPairs(m_labels, tr("label"), &ignored);
    const QString name = m_name->text().trimmed();
    const SwarmSecret::Kind k = kind();
    m_busy = true;
    validate();
    SwarmOperations::createSecret(
        m_node, k, name, bytes, labels, this,
        [this, k, name](const EngineResult<CreatedObject> &r) {
            m_busy = false;
            if (!r.ok()) {
                validate();
                m_problem->setText(tr("The swarm did not create it: %1").arg(r.error.userText()));
                m_problem->setVisible(true);
                return;
            }
            Q_EMIT created(k, name);
            accept();
        });
}
