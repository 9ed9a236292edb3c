#include "ui/dialogs/registrylogindialog.h"

#include "core/config/registrylogins.h"
#include "core/services/imageoperations.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RegistryLoginDialog::RegistryLoginDialog(NodeManager *manager, const QString &server,
                                         const QString &nodeId, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
{
    setWindowTitle(tr("Log In to a Registry"));
    auto *layout = new QVBoxLayout(this);
    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->hide();
    layout->addWidget(m_reason);
    auto *form = new QFormLayout;
    m_server = new QLineEdit(server, this);
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(tr("docker.io or registry.example:5000"));
    form->addRow(tr("&Registry:"), m_server);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("username"));
    form->addRow(tr("&User name:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    m_node = new QComboBox(this);
    m_node->setObjectName(QStringLiteral("node"));
    m_node->setToolTip(tr("The login is checked by this node's engine, which talks to the "
                          "registry: choose one that can reach it."));
    if (manager) {
        // Only engines that talk to registries check logins (EngineCapabilities::imagePush).
        for (NodeService *node : manager->nodes()) {
            if (node->engineInfo().capabilities.imagePush)
                m_node->addItem(node->name(), node->id());
        }
    }
    if (const int i = m_node->findData(nodeId); i >= 0)
        m_node->setCurrentIndex(i);
    form->addRow(tr("&Check through:"), m_node);
    m_save = new QCheckBox(tr("&Remember this login (the password goes to the keychain)"), this);
    m_save->setChecked(true);
    m_save->hide();
    form->addRow(QString(), m_save);
    layout->addLayout(form);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_login = buttons->addButton(tr("&Log In"), QDialogButtonBox::AcceptRole);
    m_login->setDefault(true);
    connect(m_login, &QPushButton::clicked, this, &RegistryLoginDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegistryLoginDialog::reject);
    layout->addWidget(buttons);
    for (QLineEdit *edit : {m_server, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &RegistryLoginDialog::validate);
    if (!server.isEmpty())
        m_user->setFocus();
    validate();
}

RegistryLoginDialog::~RegistryLoginDialog() = default;

void RegistryLoginDialog::setSaveOptional(bool optional)
{
    m_save->setVisible(optional);
}

void RegistryLoginDialog::setReason(const QString &text)
{
    m_reason->setText(text);
    m_reason->setVisible(!text.isEmpty());
}

RegistryAuth RegistryLoginDialog::auth() const
{
    return m_auth;
}

void RegistryLoginDialog::validate()
{
    if (m_busy)
        return;
    QString problem;
    if (m_node->count() == 0)
        problem = tr("Add a node first: the login is checked through a node's engine.");
    else if (m_server->text().trimmed().contains(QLatin1Char(' ')))
        problem = tr("A registry address has no spaces.");
    m_status->setText(problem);
    m_login->setEnabled(problem.isEmpty() && !m_user->text().trimmed().isEmpty() &&
                        !m_password->text().isEmpty());
}

void RegistryLoginDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_server, m_user, m_password, m_node, m_save})
        w->setEnabled(!busy);
    m_login->setEnabled(!busy);
    m_status->setText(text);
    m_status->setStyleSheet(QString());
}

void RegistryLoginDialog::showProblem(const QString &text)
{
    setBusy(false);
    validate();
    m_status->setText(text);
    m_status->setStyleSheet(QStringLiteral("color: #cf222e;"));
}

void RegistryLoginDialog::check()
{
    if (m_busy || !m_login->isEnabled())
        return;
    NodeService *node = m_manager ? m_manager->node(m_node->currentData().toString()) : nullptr;
    if (!node) {
        showProblem(tr("That node is gone; choose another."));
        return;
    }
    RegistryAuth auth;
    auth.serverAddress = RegistryLogins::serverFor(m_server->text());
    auth.username = m_user->text().trimmed();
    auth.password = m_password->text();
    setBusy(true, tr("Asking %1 through %2…").arg(auth.serverAddress, node->name()));
    const int generation = ++m_generation;
    ImageOperations::checkLogin(
        node, auth, this, [this, auth, generation](const EngineError &error) {
            if (generation != m_generation)
                return;
            if (error.isError()) {
                if (error.kind == EngineError::Kind::Unauthorized)
                    showProblem(tr("%1 refused the login: %2")
                                    .arg(auth.serverAddress, error.message.isEmpty()
                                                                 ? error.userText()
                                                                 : error.message));
                else
                    showProblem(tr("The login could not be checked: %1").arg(error.userText()));
                return;
            }
            if (m_save->isHidden() || m_save->isChecked()) {
                setBusy(true, tr("Saving the login…"));
                RegistryLogins::save(auth, this,
                                     [this, auth, generation](const QString &saveError) {
                                         if (generation == m_generation)
                                             onChecked(auth, saveError);
                                     });
                return;
            }
            onChecked(auth, QString());
        });
}

void RegistryLoginDialog::onChecked(const RegistryAuth &auth, const QString &error)
{
    if (!error.isEmpty()) {
        showProblem(
            tr("The registry accepted the login, but it could not be saved: %1").arg(error));
        if (!m_save->isHidden())
            m_status->setText(m_status->text() + QLatin1Char(' ') +
                              tr("Clear \"Remember this login\" to use it this once."));
        return;
    }
    m_auth = auth;
    setBusy(false);
    const bool saved = m_save->isHidden() || m_save->isChecked();
    m_saved = saved;
    Q_EMIT loggedIn(auth, saved);
    accept();
}

void RegistryLoginDialog::reject()
{
    ++m_generation;
    setBusy(false);
    validate();
    QDialog::reject();
}
