#include "ui/dialogs/nodedialog.h"

#include "core/config/nodestore.h"
#include "core/config/secretstore.h"
#include "core/services/connectionprobe.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int TestTimeoutMs = 20000;

QLineEdit *withBrowse(QWidget *parent, QFormLayout *form, const QString &label, bool folder)
{
    auto *row = new QWidget(parent);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(row);
    auto *browse = new QToolButton(row);
    browse->setText(QStringLiteral("…"));
    h->addWidget(edit, 1);
    h->addWidget(browse);
    QObject::connect(browse, &QToolButton::clicked, edit, [edit, folder, label] {
        const QString start = edit->text().isEmpty() ? QDir::homePath() : edit->text();
        const QString chosen = folder ? QFileDialog::getExistingDirectory(edit, label, start)
                                      : QFileDialog::getOpenFileName(edit, label, start);
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    form->addRow(label, row);
    return edit;
}
} // namespace

NodeDialog::NodeDialog(NodeManager *manager, const QString &nodeId, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_editId(nodeId)
    , m_pendingId(nodeId.isEmpty() ? NodeStore::newId() : nodeId)
    , m_testId(NodeStore::newId())
{
    setObjectName(QStringLiteral("nodeDialog"));
    setWindowTitle(nodeId.isEmpty() ? tr("Add Node") : tr("Edit Node"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("build server, laptop, …"));
    form->addRow(tr("&Name:"), m_name);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("An engine socket on this computer"));
    m_kind->addItem(tr("A remote engine over TCP (TLS)"));
    m_kind->addItem(tr("A remote engine over SSH"));
    form->addRow(tr("&Connection:"), m_kind);
    // Which API the engine speaks: the Docker one (Docker, Podman) or containerd's own.
    m_api = new QComboBox(this);
    m_api->setObjectName(QStringLiteral("engineApi"));
    m_api->addItem(tr("Docker or Podman"));
    m_api->addItem(tr("containerd"));
    form->addRow(tr("&Engine:"), m_api);
    m_namespace = new QLineEdit(this);
    m_namespace->setObjectName(QStringLiteral("containerdNamespace"));
    m_namespace->setPlaceholderText(tr("All namespaces"));
    m_namespace->setToolTip(tr("Empty: every namespace of the node (default first; Docker's own "
                               "moby namespace is shown but not acted on). Or one namespace, "
                               "such as default or k8s.io."));
    form->addRow(tr("Name&space:"), m_namespace);
    m_form = form;
    layout->addLayout(form);

    m_pages = new QStackedWidget(this);
    auto *local = new QWidget(m_pages);
    auto *localForm = new QFormLayout(local);
    m_socket = new QLineEdit(local);
    m_socket->setObjectName(QStringLiteral("socket"));
    m_socket->setPlaceholderText(QStringLiteral("/run/podman/podman.sock"));
    localForm->addRow(tr("&Socket:"), m_socket);
    m_pages->addWidget(local);

    auto *tcp = new QWidget(m_pages);
    auto *tcpForm = new QFormLayout(tcp);
    m_tcpHost = new QLineEdit(tcp);
    m_tcpHost->setObjectName(QStringLiteral("tcpHost"));
    m_tcpHost->setPlaceholderText(QStringLiteral("docker.example.com"));
    tcpForm->addRow(tr("&Host:"), m_tcpHost);
    m_tcpPort = new QSpinBox(tcp);
    m_tcpPort->setObjectName(QStringLiteral("tcpPort"));
    m_tcpPort->setRange(1, 65535);
    m_tcpPort->setValue(2376);
    tcpForm->addRow(tr("&Port:"), m_tcpPort);
    m_tls = new QCheckBox(tr("Use &TLS (recommended; without it anyone on the network can "
                             "control the engine)"),
                          tcp);
    m_tls->setChecked(true);
    tcpForm->addRow(QString(), m_tls);
    m_certPath = withBrowse(tcp, tcpForm, tr("&Certificates folder:"), true);
    m_certPath->setObjectName(QStringLiteral("certPath"));
    m_certPath->setPlaceholderText(tr("The folder with ca.pem, cert.pem and key.pem"));
    m_skipVerify = new QCheckBox(tr("Do not &verify the engine's certificate (unsafe)"), tcp);
    tcpForm->addRow(QString(), m_skipVerify);
    // Without TLS a registry login goes in the clear: only by this choice, made per node.
    m_plainLogins = new QCheckBox(tr("Allow registry &logins over this unencrypted connection "
                                     "(unsafe: anyone on the network can read the password)"),
                                  tcp);
    m_plainLogins->setObjectName(QStringLiteral("allowPlaintextLogins"));
    m_plainLogins->setToolTip(
        tr("Without TLS, a registry user name and password sent with a pull or push can be read "
           "by anyone on the network between this computer and the engine. Leave this off and "
           "pulls and pushes that need a login are refused on this node."));
    tcpForm->addRow(QString(), m_plainLogins);
    m_pages->addWidget(tcp);

    auto *ssh = new QWidget(m_pages);
    auto *sshForm = new QFormLayout(ssh);
    m_sshUser = new QLineEdit(ssh);
    m_sshUser->setObjectName(QStringLiteral("sshUser"));
    m_sshUser->setPlaceholderText(tr("As your ssh configuration says"));
    sshForm->addRow(tr("&User:"), m_sshUser);
    m_sshHost = new QLineEdit(ssh);
    m_sshHost->setObjectName(QStringLiteral("sshHost"));
    m_sshHost->setPlaceholderText(QStringLiteral("build.example.com"));
    sshForm->addRow(tr("&Host:"), m_sshHost);
    m_sshPort = new QSpinBox(ssh);
    m_sshPort->setObjectName(QStringLiteral("sshPort"));
    m_sshPort->setRange(1, 65535);
    m_sshPort->setValue(22);
    sshForm->addRow(tr("&Port:"), m_sshPort);
    m_sshSocket = new QLineEdit(ssh);
    m_sshSocket->setObjectName(QStringLiteral("sshSocket"));
    m_sshSocket->setPlaceholderText(tr("Empty for Docker; /run/podman/podman.sock for Podman"));
    sshForm->addRow(tr("Remote &socket:"), m_sshSocket);
    m_identity = withBrowse(ssh, sshForm, tr("&Key file:"), false);
    m_identity->setObjectName(QStringLiteral("identity"));
    m_identity->setPlaceholderText(tr("Empty: the ssh agent's and configuration's keys"));
    m_passphrase = new QLineEdit(ssh);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Only for a key with a passphrase; kept in the keychain"));
    sshForm->addRow(tr("Key pass&phrase:"), m_passphrase);
    m_pages->addWidget(ssh);
    layout->addWidget(m_pages);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("nodeProblem"));
    m_problem->setWordWrap(true);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, QColor(0xcf, 0x22, 0x2e));
    m_problem->setPalette(p);
    layout->addWidget(m_problem);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_test = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(nodeId.isEmpty() ? tr("&Add") : tr("&Save"),
                                QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    disconnect(buttons, nullptr, this, nullptr);
    connect(m_save, &QPushButton::clicked, this, &NodeDialog::save);
    connect(m_test, &QPushButton::clicked, this, &NodeDialog::testConnection);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NodeDialog::validate);
    connect(m_api, &QComboBox::currentIndexChanged, this, &NodeDialog::updateApi);
    connect(m_api, &QComboBox::currentIndexChanged, this, &NodeDialog::validate);
    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textChanged, this, &NodeDialog::validate);
    for (QSpinBox *s : findChildren<QSpinBox *>())
        connect(s, &QSpinBox::valueChanged, this, &NodeDialog::validate);
    for (QCheckBox *c : findChildren<QCheckBox *>())
        connect(c, &QCheckBox::toggled, this, &NodeDialog::validate);

    if (manager && !nodeId.isEmpty()) {
        if (NodeService *node = manager->node(nodeId))
            load(node->config());
    }
    updateApi();
    validate();
    resize(560, 420);
}

NodeDialog::~NodeDialog() = default;

QWidget *NodeDialog::field(const QString &name) const
{
    return findChild<QWidget *>(name);
}

void NodeDialog::load(const NodeConfig &c)
{
    m_original = c;
    m_name->setText(c.name);
    const Endpoint e = Endpoint::fromUrl(c.url);
    m_api->setCurrentIndex(e.api == Endpoint::Api::Containerd ? Containerd : DockerApi);
    m_namespace->setText(e.containerdNamespace);
    switch (e.kind) {
    case Endpoint::Kind::Unix:
    case Endpoint::Kind::Invalid:
        m_kind->setCurrentIndex(LocalSocket);
        m_socket->setText(e.path);
        break;
    case Endpoint::Kind::Tcp:
        m_kind->setCurrentIndex(Tcp);
        m_tcpHost->setText(e.host);
        m_tcpPort->setValue(e.port > 0 ? e.port : 2376);
        m_tls->setChecked(c.tls);
        m_certPath->setText(c.tlsCertPath);
        m_skipVerify->setChecked(c.tlsSkipVerify);
        m_plainLogins->setChecked(c.allowCredentialsInPlaintext);
        break;
    case Endpoint::Kind::Ssh:
        m_kind->setCurrentIndex(Ssh);
        m_sshUser->setText(e.user);
        m_sshHost->setText(e.host);
        m_sshPort->setValue(e.port > 0 ? e.port : 22);
        m_sshSocket->setText(e.path);
        m_identity->setText(c.sshIdentityFile);
        if (c.sshPassphraseSaved)
            m_passphrase->setPlaceholderText(tr("Saved in the keychain; type to replace it"));
        break;
    }
    m_pages->setCurrentIndex(m_kind->currentIndex());
}

NodeConfig NodeDialog::config() const
{
    NodeConfig c = m_original;
    c.id = m_pendingId;
    c.name = m_name->text().trimmed();
    c.tls = false;
    c.tlsCertPath.clear();
    c.tlsSkipVerify = false;
    c.allowCredentialsInPlaintext = false;
    c.sshIdentityFile.clear();
    switch (m_kind->currentIndex()) {
    case LocalSocket: {
        const QString path = m_socket->text().trimmed();
        c.url = path.isEmpty() ? QString() : QStringLiteral("unix://") + path;
        c.sshPassphraseSaved = false;
        break;
    }
    case Tcp: {
        const QString host = m_tcpHost->text().trimmed();
        c.url = host.isEmpty() ? QString()
                               : QStringLiteral("tcp://%1:%2").arg(host).arg(m_tcpPort->value());
        c.tls = m_tls->isChecked();
        c.tlsCertPath = c.tls ? m_certPath->text().trimmed() : QString();
        c.tlsSkipVerify = c.tls && m_skipVerify->isChecked();
        c.allowCredentialsInPlaintext = !c.tls && m_plainLogins->isChecked();
        c.sshPassphraseSaved = false;
        break;
    }
    case Ssh: {
        const QString host = m_sshHost->text().trimmed();
        const QString user = m_sshUser->text().trimmed();
        QString socket = m_sshSocket->text().trimmed();
        if (!socket.isEmpty() && !socket.startsWith(QLatin1Char('/')))
            socket.prepend(QLatin1Char('/'));
        c.url = host.isEmpty()
                    ? QString()
                    : QStringLiteral("ssh://%1%2:%3%4")
                          .arg(user.isEmpty() ? QString() : user + QLatin1Char('@'), host)
                          .arg(m_sshPort->value())
                          .arg(socket);
        c.sshIdentityFile = m_identity->text().trimmed();
        c.sshPassphraseSaved =
            !c.sshIdentityFile.isEmpty() && (m_passphraseStored || m_original.sshPassphraseSaved);
        break;
    }
    default:
        break;
    }
    if (m_api->currentIndex() == Containerd && !c.url.isEmpty()) {
        // The same address behind containerd's schemes, with the namespace chosen (if one).
        static const QLatin1String schemes[] = {QLatin1String("unix://"), QLatin1String("tcp://"),
                                                QLatin1String("ssh://")};
        static const QLatin1String containerd[] = {QLatin1String("containerd://"),
                                                   QLatin1String("containerd+tcp://"),
                                                   QLatin1String("containerd+ssh://")};
        for (int i = 0; i < 3; ++i) {
            if (c.url.startsWith(schemes[i])) {
                c.url = containerd[i] + c.url.mid(schemes[i].size());
                break;
            }
        }
        if (const QString ns = m_namespace->text().trimmed(); !ns.isEmpty())
            c.url += QStringLiteral("?namespace=") + ns;
        // containerd's TCP address is plain gRPC: no Docker TLS options.
        c.tls = false;
        c.tlsCertPath.clear();
        c.tlsSkipVerify = false;
    }
    return c;
}

void NodeDialog::updateApi()
{
    const bool containerd = m_api->currentIndex() == Containerd;
    m_form->setRowVisible(m_namespace, containerd);
    m_socket->setPlaceholderText(containerd ? QStringLiteral("/run/containerd/containerd.sock")
                                            : QStringLiteral("/run/podman/podman.sock"));
    m_sshSocket->setPlaceholderText(containerd ? QStringLiteral("/run/containerd/containerd.sock")
                                               : tr("Empty for Docker; /run/podman/podman.sock "
                                                    "for Podman"));
    for (QWidget *w : {static_cast<QWidget *>(m_tls), static_cast<QWidget *>(m_certPath),
                       static_cast<QWidget *>(m_skipVerify)})
        w->setEnabled(!containerd);
}

QString NodeDialog::problem() const
{
    const NodeConfig c = config();
    if (const QString p = c.problem(); !p.isEmpty())
        return p;
    if (m_manager && !m_manager->nameIsFree(c.name, m_editId))
        return tr("There is already a node called %1: choose another name.").arg(c.name);
    if (!m_passphrase->text().isEmpty() && m_identity->text().trimmed().isEmpty())
        return tr("A passphrase goes with a key file: choose the key it unlocks.");
    return {};
}

void NodeDialog::validate()
{
    // Nothing to complain about before the user has typed anything.
    const bool untouched = m_name->text().isEmpty() && m_original.id.isEmpty();
    const QString p = problem();
    m_problem->setText(untouched ? QString() : p);
    m_problem->setVisible(!untouched && !p.isEmpty());
    m_save->setEnabled(p.isEmpty());
    m_plainLogins->setEnabled(!m_tls->isChecked());
    // A connection can be tested before the node has a name.
    NodeConfig c = config();
    if (c.name.isEmpty())
        c.name = QStringLiteral("test");
    m_test->setEnabled(c.problem().isEmpty() && !m_probe);
}

void NodeDialog::storePassphrase(const QString &id,
                                 const std::function<void(const QString &error)> &then)
{
    const QString passphrase = m_passphrase->text();
    if (passphrase.isEmpty() || m_identity->text().trimmed().isEmpty()) {
        then({});
        return;
    }
    NodeConfig c;
    c.id = id;
    SecretStore::write(c.passphraseKey(), passphrase, this, then);
}

void NodeDialog::testConnection()
{
    NodeConfig c = config();
    if (c.name.isEmpty())
        c.name = QStringLiteral("test");
    if (!c.problem().isEmpty() || m_probe)
        return;
    m_result->setText(tr("Connecting…"));
    m_test->setEnabled(false);
    const bool typed = !m_passphrase->text().isEmpty() && !m_identity->text().trimmed().isEmpty();
    storePassphrase(m_testId, [this, c, typed](const QString &error) mutable {
        if (!error.isEmpty()) {
            m_result->setText(
                tr("The passphrase could not be kept in the keychain: %1").arg(error));
            validate();
            Q_EMIT tested(false);
            return;
        }
        if (typed) {
            // The typed passphrase, under the test's own entry.
            m_testPassphraseStored = true;
            c.id = m_testId;
            c.sshPassphraseSaved = true;
        }
        // These settings tried once: the engine identified, nothing kept.
        m_probe = std::make_unique<ConnectionProbe>(c);
        ConnectionProbe *probe = m_probe.get();
        const auto finish = [this](bool ok, const QString &text) {
            m_result->setText(text);
            if (m_probe) {
                m_probe->disconnect(this);
                // Not from inside its own signal.
                QTimer::singleShot(0, this, [this] {
                    m_probe.reset();
                    validate();
                });
            }
            Q_EMIT tested(ok);
        };
        connect(probe, &ConnectionProbe::succeeded, this, [finish](const EngineInfo &info) {
            finish(true,
                   tr("Connected: %1 %2, API %3.").arg(info.name, info.version, info.apiVersion));
        });
        connect(probe, &ConnectionProbe::failed, this,
                [finish](const EngineError &failure) { finish(false, failure.userText()); });
        QTimer::singleShot(TestTimeoutMs, probe, [finish] {
            finish(false, tr("No answer in %n second(s).", nullptr, TestTimeoutMs / 1000));
        });
        probe->start();
    });
}

void NodeDialog::save()
{
    if (!m_manager || !problem().isEmpty())
        return;
    m_save->setEnabled(false);
    storePassphrase(m_pendingId, [this](const QString &error) {
        if (!error.isEmpty()) {
            m_problem->setText(
                tr("The node was not saved: its key's passphrase could not be kept in the "
                   "keychain. %1")
                    .arg(error));
            m_problem->show();
            validate();
            return;
        }
        if (!m_passphrase->text().isEmpty() && !m_identity->text().trimmed().isEmpty())
            m_passphraseStored = true;
        const NodeConfig c = config();
        const QString failure =
            m_editId.isEmpty() ? m_manager->addNode(c) : m_manager->updateNode(c);
        if (!failure.isEmpty()) {
            m_problem->setText(failure);
            m_problem->show();
            validate();
            return;
        }
        m_passphraseStored = false; // it belongs to the node now
        Q_EMIT saved(c.id);
        accept();
    });
}

void NodeDialog::done(int result)
{
    QObject *owner = m_manager ? static_cast<QObject *>(m_manager.data()) : qApp;
    const auto forget = [owner](const QString &id) {
        NodeConfig c;
        c.id = id;
        SecretStore::remove(c.passphraseKey(), owner, [](const QString &) {});
    };
    // The test's entry always goes; a new node's entry goes when the node was not added.
    if (m_testPassphraseStored) {
        forget(m_testId);
        m_testPassphraseStored = false;
    }
    if (result != QDialog::Accepted && m_passphraseStored && m_editId.isEmpty()) {
        forget(m_pendingId);
        m_passphraseStored = false;
    }
    m_probe.reset();
    QDialog::done(result);
}
