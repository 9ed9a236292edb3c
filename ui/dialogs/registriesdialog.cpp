#include "ui/dialogs/registriesdialog.h"

#include "core/config/registrylogins.h"
#include "core/services/nodemanager.h"
#include "ui/dialogs/registrylogindialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

RegistriesDialog::RegistriesDialog(NodeManager *manager, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
{
    setObjectName(QStringLiteral("registriesDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("registries"));
    row->addWidget(m_list, 1);
    auto *side = new QVBoxLayout;
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    side->addWidget(m_add);
    side->addWidget(m_remove);
    side->addStretch(1);
    row->addLayout(side);
    layout->addLayout(row, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_add, &QPushButton::clicked, this, &RegistriesDialog::add);
    connect(m_remove, &QPushButton::clicked, this, &RegistriesDialog::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &RegistriesDialog::updateButtons);
    resize(460, 320);
    retranslateUi();
    refresh();
}

RegistriesDialog::~RegistriesDialog() = default;

void RegistriesDialog::retranslateUi()
{
    setWindowTitle(tr("Registries"));
    m_intro->setText(tr("Logins for image registries, used to pull and push. The user names are "
                        "kept in the settings, the passwords only in the desktop keychain."));
    m_add->setText(tr("&Add…"));
    m_add->setToolTip(tr("Log in to a registry; the login is checked before it is saved"));
    m_remove->setText(tr("&Remove"));
    m_remove->setToolTip(tr("Forget the selected login and its password"));
}

void RegistriesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RegistriesDialog::refresh()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->text() : QString();
    m_list->clear();
    m_list->addItems(RegistryLogins::servers());
    const QList<QListWidgetItem *> found = m_list->findItems(current, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
    else if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    if (m_list->count() == 0 && m_status->text().isEmpty())
        m_status->setText(tr("No saved logins: images are pulled anonymously."));
    updateButtons();
}

void RegistriesDialog::updateButtons()
{
    m_add->setEnabled(!m_busy);
    m_remove->setEnabled(!m_busy && m_list->currentItem());
}

void RegistriesDialog::add()
{
    if (m_login) {
        m_login->raise();
        m_login->activateWindow();
        return;
    }
    auto *dialog = new RegistryLoginDialog(m_manager, QString(), QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegistryLoginDialog::loggedIn, this, [this](const RegistryAuth &auth) {
        m_status->setText(tr("Saved the login for %1.").arg(auth.serverAddress));
        refresh();
        const QList<QListWidgetItem *> found =
            m_list->findItems(auth.serverAddress, Qt::MatchExactly);
        if (!found.isEmpty())
            m_list->setCurrentItem(found.first());
    });
    m_login = dialog;
    dialog->show();
}

void RegistriesDialog::removeSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || m_busy)
        return;
    const QString server = item->text();
    m_busy = true;
    updateButtons();
    m_status->setText(tr("Forgetting the login for %1…").arg(server));
    RegistryLogins::forget(server, this, [this, server](const QString &error) {
        m_busy = false;
        m_status->setText(error.isEmpty()
                              ? tr("Forgot the login for %1.").arg(server)
                              : tr("Could not forget the login for %1: %2").arg(server, error));
        refresh();
    });
}
