#include "ui/dialogs/createcontainerdialog.h"

#include "core/engine/commandline.h"
#include "core/engine/spectext.h"
#include "core/services/containeroperations.h"
#include "core/services/imagepull.h"
#include "core/services/networkvalidation.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

QPlainTextEdit *listEdit(QWidget *parent, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setFixedHeight(edit->fontMetrics().height() * 4 + 12);
    return edit;
}

const QRegularExpression &validName()
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
    return re;
}

} // namespace

CreateContainerDialog::CreateContainerDialog(NodeManager *manager, const QString &nodeId,
                                             QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
{
    setObjectName(QStringLiteral("createContainerDialog"));
    setWindowTitle(tr("New Container"));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    scroll->setWidget(page);
    outer->addWidget(scroll, 1);

    auto *basic = new QWidget(page);
    auto *form = new QFormLayout(basic);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(basic);
    const auto row = [this](QFormLayout *f, const QString &name, const QString &label,
                            QWidget *widget) {
        auto *box = new QWidget(widget->parentWidget());
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        widget->setParent(box);
        v->addWidget(widget);
        auto *problem = new QLabel(box);
        problem->setObjectName(name + QStringLiteral("Problem"));
        problem->setWordWrap(true);
        QPalette p = problem->palette();
        p.setColor(QPalette::WindowText, QColor(0xcf, 0x22, 0x2e));
        problem->setPalette(p);
        problem->hide();
        v->addWidget(problem);
        f->addRow(label, box);
        m_problems.insert(name, problem);
        addField(name, widget);
    };

    m_node = new QComboBox(basic);
    row(form, QStringLiteral("node"), tr("&Node:"), m_node);
    m_basicForm = form;
    m_namespace = new QComboBox(basic);
    m_namespace->setToolTip(tr("The containerd namespace the container is made in; the images "
                               "offered are those of this namespace"));
    row(form, QStringLiteral("namespace"), tr("Name&space:"), m_namespace);
    form->setRowVisible(m_namespace->parentWidget(), false);
    m_image = new QComboBox(basic);
    m_image->setEditable(true);
    m_image->setInsertPolicy(QComboBox::NoInsert);
    m_image->lineEdit()->setPlaceholderText(tr("nginx, docker.io/library/redis:7, …"));
    row(form, QStringLiteral("image"), tr("&Image:"), m_image);
    m_name = new QLineEdit(basic);
    m_name->setPlaceholderText(tr("Chosen by the engine when empty"));
    row(form, QStringLiteral("name"), tr("N&ame:"), m_name);
    m_command = new QLineEdit(basic);
    m_command->setPlaceholderText(tr("The image's own command when empty"));
    row(form, QStringLiteral("command"), tr("&Command:"), m_command);
    m_ports = listEdit(basic, tr("One per line: 8080:80, 127.0.0.1:5432:5432, 53:53/udp"));
    row(form, QStringLiteral("ports"), tr("&Ports:"), m_ports);
    m_env = listEdit(basic, tr("One per line: KEY=value"));
    row(form, QStringLiteral("env"), tr("&Environment:"), m_env);
    m_network = new QComboBox(basic);
    m_network->setToolTip(tr("The network the container joins; more can be connected later"));
    row(form, QStringLiteral("network"), tr("Net&work:"), m_network);
    m_ipAddress = new QLineEdit(basic);
    row(form, QStringLiteral("ipAddress"), tr("IP addre&ss:"), m_ipAddress);
    m_start = new QCheckBox(tr("&Start the container once it is created"), basic);
    m_start->setChecked(true);
    addField(QStringLiteral("start"), m_start);
    form->addRow(QString(), m_start);

    QWidget *storage = addSection(layout, tr("Storage and labels"), false);
    auto *storageForm = qobject_cast<QFormLayout *>(storage->layout());
    m_volumes =
        listEdit(storage, tr("One per line: /host/path:/in/container[:ro] or volume:/path"));
    row(storageForm, QStringLiteral("volumes"), tr("&Volumes:"), m_volumes);
    m_labels = listEdit(storage, tr("One per line: key=value"));
    row(storageForm, QStringLiteral("labels"), tr("&Labels:"), m_labels);

    QWidget *resources = addSection(layout, tr("Restart and resources"), false);
    auto *resourcesForm = qobject_cast<QFormLayout *>(resources->layout());
    m_restart = new QComboBox(resources);
    m_restart->addItem(tr("Never"), QStringLiteral("no"));
    m_restart->addItem(tr("Always"), QStringLiteral("always"));
    m_restart->addItem(tr("Unless stopped"), QStringLiteral("unless-stopped"));
    m_restart->addItem(tr("On failure"), QStringLiteral("on-failure"));
    row(resourcesForm, QStringLiteral("restart"), tr("&Restart:"), m_restart);
    m_cpus = new QLineEdit(resources);
    m_cpus->setPlaceholderText(tr("No limit; 0.5 is half a CPU"));
    row(resourcesForm, QStringLiteral("cpus"), tr("C&PUs:"), m_cpus);
    m_memory = new QLineEdit(resources);
    m_memory->setPlaceholderText(tr("No limit; 512m, 2g"));
    row(resourcesForm, QStringLiteral("memory"), tr("&Memory:"), m_memory);

    m_healthSection = addSection(layout, tr("Health check"), false);
    m_healthSection->parentWidget()->setObjectName(QStringLiteral("healthSection"));
    QWidget *health = m_healthSection;
    auto *healthForm = qobject_cast<QFormLayout *>(health->layout());
    m_healthCmd = new QLineEdit(health);
    m_healthCmd->setPlaceholderText(tr("The image's own check when empty; run by the shell"));
    row(healthForm, QStringLiteral("healthCmd"), tr("Co&mmand:"), m_healthCmd);
    m_healthInterval = new QLineEdit(health);
    m_healthInterval->setPlaceholderText(tr("30s"));
    row(healthForm, QStringLiteral("healthInterval"), tr("&Interval:"), m_healthInterval);
    m_healthTimeout = new QLineEdit(health);
    m_healthTimeout->setPlaceholderText(tr("30s"));
    row(healthForm, QStringLiteral("healthTimeout"), tr("&Timeout:"), m_healthTimeout);
    m_healthRetries = new QSpinBox(health);
    m_healthRetries->setRange(0, 100);
    m_healthRetries->setSpecialValueText(tr("Engine default"));
    row(healthForm, QStringLiteral("healthRetries"), tr("&Retries:"), m_healthRetries);
    m_healthStart = new QLineEdit(health);
    m_healthStart->setPlaceholderText(tr("0s"));
    row(healthForm, QStringLiteral("healthStart"), tr("&Start period:"), m_healthStart);

    QWidget *process = addSection(layout, tr("Process and security"), false);
    auto *processForm = qobject_cast<QFormLayout *>(process->layout());
    m_entrypoint = new QLineEdit(process);
    m_entrypoint->setPlaceholderText(tr("The image's own entrypoint when empty"));
    row(processForm, QStringLiteral("entrypoint"), tr("&Entrypoint:"), m_entrypoint);
    m_user = new QLineEdit(process);
    m_user->setPlaceholderText(tr("user, uid or uid:gid"));
    row(processForm, QStringLiteral("user"), tr("&User:"), m_user);
    m_workdir = new QLineEdit(process);
    m_workdir->setPlaceholderText(tr("/app"));
    row(processForm, QStringLiteral("workdir"), tr("&Working directory:"), m_workdir);
    m_capAdd = new QLineEdit(process);
    m_capAdd->setPlaceholderText(tr("NET_ADMIN, SYS_TIME"));
    row(processForm, QStringLiteral("capAdd"), tr("&Add capabilities:"), m_capAdd);
    m_capDrop = new QLineEdit(process);
    m_capDrop->setPlaceholderText(tr("ALL, NET_RAW"));
    row(processForm, QStringLiteral("capDrop"), tr("&Drop capabilities:"), m_capDrop);
    m_init = new QCheckBox(tr("Run an &init process that reaps zombies"), process);
    processForm->addRow(QString(), m_init);
    addField(QStringLiteral("init"), m_init);
    m_privileged = new QCheckBox(tr("&Privileged (full access to the host)"), process);
    processForm->addRow(QString(), m_privileged);
    addField(QStringLiteral("privileged"), m_privileged);
    m_readOnly = new QCheckBox(tr("Read-only &root file system"), process);
    processForm->addRow(QString(), m_readOnly);
    addField(QStringLiteral("readOnly"), m_readOnly);
    m_autoRemove = new QCheckBox(tr("Remove the container when it e&xits"), process);
    processForm->addRow(QString(), m_autoRemove);
    addField(QStringLiteral("autoRemove"), m_autoRemove);

    m_podmanSection = addSection(layout, tr("Podman"), false);
    auto *podmanForm = qobject_cast<QFormLayout *>(m_podmanSection->layout());
    m_pod = new QComboBox(m_podmanSection);
    row(podmanForm, QStringLiteral("pod"), tr("P&od:"), m_pod);
    m_runTimeout = new QSpinBox(m_podmanSection);
    m_runTimeout->setRange(0, 7 * 24 * 3600);
    m_runTimeout->setSuffix(tr(" s"));
    m_runTimeout->setSpecialValueText(tr("No limit"));
    row(podmanForm, QStringLiteral("runTimeout"), tr("Run &time limit:"), m_runTimeout);
    layout->addStretch();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("createStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    outer->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->hide();
    outer->addWidget(m_progress);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = m_buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    connect(m_create, &QPushButton::clicked, this, &CreateContainerDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(m_buttons);

    fillNodes();
    if (const int i = m_node->findData(nodeId); i >= 0)
        m_node->setCurrentIndex(i);
    // Nodes come and go while the dialog is open.
    if (manager) {
        connect(manager, &NodeManager::nodeAdded, this, &CreateContainerDialog::fillNodes);
        connect(manager, &NodeManager::nodeRemoved, this, &CreateContainerDialog::fillNodes);
    }
    connect(m_node, &QComboBox::currentIndexChanged, this, &CreateContainerDialog::onNodeChanged);
    connect(m_network, &QComboBox::currentIndexChanged, this, &CreateContainerDialog::validate);
    onNodeChanged();

    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textChanged, this, &CreateContainerDialog::validate);
    for (QPlainTextEdit *e : findChildren<QPlainTextEdit *>())
        connect(e, &QPlainTextEdit::textChanged, this, &CreateContainerDialog::validate);
    connect(m_image, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        m_imageTouched = m_imageTouched || !text.trimmed().isEmpty();
        followImageNamespace();
        validate();
    });
    // A namespace the user picks stays, whatever image is typed after.
    connect(m_namespace, &QComboBox::activated, this, [this] {
        m_namespaceTouched = true;
        fillImages();
    });
    validate();
    resize(620, 640);
}

CreateContainerDialog::~CreateContainerDialog() = default;

void CreateContainerDialog::setImage(const QString &reference)
{
    m_image->setEditText(reference);
    m_image->lineEdit()->setCursorPosition(int(reference.size()));
    followImageNamespace();
}

QString CreateContainerDialog::chosenNamespace() const
{
    return m_namespaceShown ? m_namespace->currentData().toString() : QString();
}

void CreateContainerDialog::fillNamespaces()
{
    NodeService *node = selectedNode();
    const EngineCapabilities caps = node ? node->engineInfo().capabilities : EngineCapabilities();
    // Only a node that shows every namespace lets the user choose; one fixed to a namespace
    // (its address names it) creates there.
    m_namespaceShown = node && caps.namespaces && node->endpoint().containerdNamespace.isEmpty();
    m_basicForm->setRowVisible(m_namespace->parentWidget(), m_namespaceShown);
    const QString chosen = m_namespace->currentData().toString();
    const QSignalBlocker blocker(m_namespace);
    m_namespace->clear();
    if (!m_namespaceShown)
        return;
    // The node's own namespaces (not one another program manages, such as Docker's moby),
    // those its images are in, and containerd's "default", made on first use.
    QSet<QString> readOnly;
    QStringList names{QStringLiteral("default")};
    for (const EngineNamespace &ns : node->details().namespaces) {
        if (ns.readOnly())
            readOnly.insert(ns.name);
        else
            names << ns.name;
    }
    for (const ImageSummary &image : node->images()) {
        if (!image.namespaceName.isEmpty() && !readOnly.contains(image.namespaceName))
            names << image.namespaceName;
    }
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    for (const QString &name : std::as_const(names))
        m_namespace->addItem(name, name);
    const int kept = m_namespace->findData(chosen);
    m_namespace->setCurrentIndex(
        kept >= 0 ? kept : qMax(0, m_namespace->findData(QStringLiteral("default"))));
}

void CreateContainerDialog::followImageNamespace()
{
    NodeService *node = selectedNode();
    if (m_fillingImages || m_namespaceTouched || !m_namespaceShown || !node)
        return;
    const QString text = m_image->currentText().trimmed();
    if (text.isEmpty())
        return;
    // The namespaces that have the image by that name (or id); the current one when it is
    // among them.
    QStringList holders;
    for (const ImageSummary &image : node->images()) {
        if (image.id == text || image.repoTags.contains(text))
            holders << image.namespaceName;
    }
    if (holders.isEmpty() || holders.contains(chosenNamespace()))
        return;
    const int i = m_namespace->findData(holders.first());
    if (i < 0)
        return;
    {
        const QSignalBlocker blocker(m_namespace);
        m_namespace->setCurrentIndex(i);
    }
    fillImages();
}

void CreateContainerDialog::addField(const QString &name, QWidget *widget)
{
    widget->setObjectName(name);
    m_fields.insert(name, widget);
}

QWidget *CreateContainerDialog::addSection(QVBoxLayout *layout, const QString &title, bool open)
{
    // The section (title and body) hides as one when its features do not exist on the node.
    auto *section = new QWidget(layout->parentWidget());
    auto *sectionLayout = new QVBoxLayout(section);
    sectionLayout->setContentsMargins(0, 0, 0, 0);
    auto *toggle = new QToolButton(section);
    toggle->setText(title);
    toggle->setCheckable(true);
    toggle->setChecked(open);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    toggle->setAutoRaise(true);
    QFont bold = toggle->font();
    bold.setBold(true);
    toggle->setFont(bold);
    auto *body = new QWidget(section);
    auto *form = new QFormLayout(body);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    body->setVisible(open);
    connect(toggle, &QToolButton::toggled, body, [toggle, body](bool on) {
        toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        body->setVisible(on);
    });
    sectionLayout->addWidget(toggle);
    sectionLayout->addWidget(body);
    layout->addWidget(section);
    return body;
}

void CreateContainerDialog::fillNodes()
{
    const QString current = m_node->currentData().toString();
    {
        const QSignalBlocker blocker(m_node);
        m_node->clear();
        if (m_manager) {
            for (NodeService *node : m_manager->nodes())
                m_node->addItem(node->name(), node->id());
        }
        m_node->setCurrentIndex(qMax(0, m_node->findData(current)));
    }
    if (m_podmanSection)
        onNodeChanged();
}

NodeService *CreateContainerDialog::selectedNode() const
{
    return m_manager ? m_manager->node(m_node->currentData().toString()) : nullptr;
}

void CreateContainerDialog::onNodeChanged()
{
    NodeService *node = selectedNode();
    if (node != m_watchedNode) {
        if (m_watchedNode)
            m_watchedNode->disconnect(this);
        m_watchedNode = node;
        m_namespaceTouched = false; // another node's namespaces: the image leads again
        // Its state decides whether Create can be pressed; its images and pods fill the lists.
        if (node) {
            connect(node, &NodeService::stateChanged, this, &CreateContainerDialog::validate);
            connect(node, &NodeService::engineInfoChanged, this,
                    &CreateContainerDialog::onNodeChanged);
            connect(node, &NodeService::detailsChanged, this,
                    &CreateContainerDialog::onNodeChanged);
            connect(node, &NodeService::imagesAdded, this, &CreateContainerDialog::onNodeChanged);
            connect(node, &NodeService::podsAdded, this, &CreateContainerDialog::onNodeChanged);
            connect(node, &NodeService::networksAdded, this, &CreateContainerDialog::onNodeChanged);
            connect(node, &NodeService::networksRemoved, this,
                    &CreateContainerDialog::onNodeChanged);
            // Podman announces no network it creates: the list is asked for afresh.
            node->relistNetworks();
        }
    }
    fillNamespaces();
    fillImages();
    followImageNamespace();
    const EngineCapabilities caps = node ? node->engineInfo().capabilities : EngineCapabilities();
    m_podmanSection->parentWidget()->setVisible(caps.pods || caps.runTimeout);
    const QString chosenPod = m_pod->currentData().toString();
    m_pod->clear();
    m_pod->addItem(tr("None"), QString());
    if (node && caps.pods) {
        for (const PodInfo &pod : node->pods())
            m_pod->addItem(pod.name, pod.name);
    }
    m_pod->setCurrentIndex(qMax(0, m_pod->findData(chosenPod)));
    // The node's networks, and the engine's default (empty: no network asked for).
    const QString chosenNetwork = m_network->currentData().toString();
    {
        const QSignalBlocker blocker(m_network);
        m_network->clear();
        if (node && !caps.networks) {
            // An engine without networks: the host's network or none, said plainly.
            m_network->addItem(tr("The host's network (host)"), QStringLiteral("host"));
            m_network->addItem(tr("No network (none)"), QStringLiteral("none"));
            m_network->setToolTip(
                tr("The engine of %1 has no networks: the container uses the host's network "
                   "(it listens on the host's own ports) or none at all.")
                    .arg(node->name()));
        } else {
            m_network->addItem(tr("Engine default"), QString());
            QStringList networks;
            if (node) {
                for (const NetworkInfo &n : node->networks())
                    networks << n.name;
            }
            networks.sort(Qt::CaseInsensitive);
            for (const QString &n : std::as_const(networks))
                m_network->addItem(n, n);
            m_network->setToolTip(
                tr("The network the container joins; more can be connected later"));
        }
        m_network->setCurrentIndex(qMax(0, m_network->findData(chosenNetwork)));
    }
    // Ports are published, and the engine restarts containers, only where it can.
    const bool ports = !node || caps.portPublishing;
    m_ports->setEnabled(ports);
    m_ports->setToolTip(ports ? QString()
                              : tr("The engine of %1 publishes no ports: with the host's network "
                                   "the container listens on the host's own ports.")
                                    .arg(node->name()));
    m_ipAddress->setEnabled(!node || caps.networks);
    const bool restarts = !node || caps.restartPolicy;
    if (!restarts)
        m_restart->setCurrentIndex(0);
    m_restart->setEnabled(restarts);
    m_restart->setToolTip(
        restarts ? QString()
                 : tr("The engine of %1 does not restart containers by itself.").arg(node->name()));
    m_pod->setEnabled(caps.pods);
    m_runTimeout->setEnabled(caps.runTimeout);
    // Health checks only where the engine runs them: the section (its title and its body, which
    // keeps its own open or closed state) goes, and nothing of it is sent.
    const bool checks = !node || caps.healthchecks;
    m_healthSection->parentWidget()->setVisible(checks);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_healthCmd, m_healthInterval, m_healthTimeout, m_healthRetries, m_healthStart})
        w->setEnabled(checks);
    validate();
}

void CreateContainerDialog::fillImages()
{
    NodeService *node = selectedNode();
    m_fillingImages = true;
    const QString typed = m_image->currentText();
    const int typedCursor = m_image->lineEdit()->cursorPosition();
    m_image->clear();
    QStringList tags;
    const QString ns = chosenNamespace();
    if (node) {
        for (const ImageSummary &image : node->images()) {
            // Where the user chooses the namespace, only its images can be created from.
            if (m_namespaceShown && image.namespaceName != ns)
                continue;
            for (const QString &tag : image.repoTags) {
                if (tag != QLatin1String("<none>:<none>"))
                    tags << tag;
            }
        }
    }
    tags.removeDuplicates();
    tags.sort(Qt::CaseInsensitive);
    m_image->addItems(tags);
    // What the user was typing stays, with the cursor where it was.
    m_image->setEditText(typed);
    m_image->lineEdit()->setCursorPosition(typedCursor);
    m_fillingImages = false;
}

std::optional<ContainerSpec> CreateContainerDialog::spec(QStringList *problemsOut) const
{
    QHash<QString, QString> problems;
    ContainerSpec s;
    QString error;

    s.image = m_image->currentText().trimmed();
    s.containerdNamespace = chosenNamespace();
    // An empty image is only pointed out once the user has been there: a new dialog opens
    // without a complaint.
    if (s.image.isEmpty())
        problems.insert(QStringLiteral("image"),
                        m_imageTouched ? tr("Choose an image of the node, or type one to pull, "
                                            "like nginx:1.27.")
                                       : QString());
    else if (s.image.contains(QLatin1Char(' ')))
        problems.insert(QStringLiteral("image"), tr("An image name has no spaces."));

    s.name = m_name->text().trimmed();
    if (!s.name.isEmpty() && !validName().match(s.name).hasMatch())
        problems.insert(QStringLiteral("name"),
                        tr("Use letters, digits, and . _ - after the first letter or digit."));

    // Read as a shell reads its words: sh -c 'echo hello; sleep 5' is three arguments.
    if (const auto words = CommandLine::split(m_command->text(), &error))
        s.command = *words;
    else
        problems.insert(QStringLiteral("command"), error);

    QSet<QString> hostPorts;
    for (const QString &line : m_ports->isEnabled() ? lines(m_ports) : QStringList()) {
        const auto port = SpecText::parsePort(line, &error);
        if (!port) {
            problems.insert(QStringLiteral("ports"), error);
            break;
        }
        if (port->hostPort > 0) {
            const QString key = QStringLiteral("%1/%2").arg(port->hostPort).arg(port->protocol);
            if (hostPorts.contains(key)) {
                problems.insert(QStringLiteral("ports"),
                                tr("Host port %1 is given twice: each host port can be "
                                   "published once.")
                                    .arg(key));
                break;
            }
            hostPorts.insert(key);
        }
        s.ports.append(*port);
    }

    for (const QString &line : lines(m_env)) {
        if (!line.contains(QLatin1Char('='))) {
            problems.insert(QStringLiteral("env"),
                            tr("\"%1\" has no value: write it as KEY=value.").arg(line));
            break;
        }
        const auto env = SpecText::parseEnv(line, &error);
        if (!env) {
            problems.insert(QStringLiteral("env"), error);
            break;
        }
        s.env.append(*env);
    }

    for (const QString &line : lines(m_volumes)) {
        const auto mount = SpecText::parseVolume(line, &error);
        if (!mount) {
            problems.insert(QStringLiteral("volumes"), error);
            break;
        }
        s.mounts.append(*mount);
    }

    for (const QString &line : lines(m_labels)) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? line : line.left(eq)).trimmed();
        if (key.isEmpty() || key.contains(QLatin1Char(' '))) {
            problems.insert(QStringLiteral("labels"),
                            tr("\"%1\" is not a label: write it as key=value, the key without "
                               "spaces.")
                                .arg(line));
            break;
        }
        s.labels.insert(key, eq < 0 ? QString() : line.mid(eq + 1));
    }

    if (const auto restart = SpecText::parseRestart(m_restart->currentData().toString(), &error))
        s.restart = *restart;
    if (!m_cpus->text().trimmed().isEmpty()) {
        const auto cpus = SpecText::parseCpus(m_cpus->text().trimmed(), &error);
        if (cpus)
            s.nanoCpus = *cpus;
        else
            problems.insert(QStringLiteral("cpus"), error);
    }
    if (!m_memory->text().trimmed().isEmpty()) {
        const auto memory = SpecText::parseMemory(m_memory->text().trimmed(), &error);
        if (memory && *memory < 6 * 1024 * 1024)
            problems.insert(QStringLiteral("memory"),
                            tr("At least 6 MB: engines refuse smaller limits."));
        else if (memory)
            s.memoryBytes = *memory;
        else
            problems.insert(QStringLiteral("memory"), error);
    }

    const bool checks = m_healthCmd->isEnabled(); // off where the engine runs none
    const QString healthCmd = checks ? m_healthCmd->text().trimmed() : QString();
    const auto duration = [&](QLineEdit *edit, const QString &field, qint64 *out) {
        const QString text = checks ? edit->text().trimmed() : QString();
        if (text.isEmpty())
            return;
        if (healthCmd.isEmpty()) {
            problems.insert(field, tr("Give the check's command first."));
            return;
        }
        const auto ms = SpecText::parseDuration(text, &error);
        if (ms)
            *out = *ms;
        else
            problems.insert(field, error);
    };
    // The shell runs the check as written; a quote it cannot close is pointed out here.
    if (!healthCmd.isEmpty() && !CommandLine::split(healthCmd, &error))
        problems.insert(QStringLiteral("healthCmd"), error);
    if (!healthCmd.isEmpty())
        s.healthcheck.test = {QStringLiteral("CMD-SHELL"), healthCmd};
    duration(m_healthInterval, QStringLiteral("healthInterval"), &s.healthcheck.intervalMs);
    duration(m_healthTimeout, QStringLiteral("healthTimeout"), &s.healthcheck.timeoutMs);
    duration(m_healthStart, QStringLiteral("healthStart"), &s.healthcheck.startPeriodMs);
    s.healthcheck.retries = checks ? m_healthRetries->value() : 0;

    if (const auto words = CommandLine::split(m_entrypoint->text(), &error))
        s.entrypoint = *words;
    else
        problems.insert(QStringLiteral("entrypoint"), error);
    s.user = m_user->text().trimmed();
    s.workingDir = m_workdir->text().trimmed();
    if (!s.workingDir.isEmpty() && !s.workingDir.startsWith(QLatin1Char('/')))
        problems.insert(QStringLiteral("workdir"),
                        tr("The working directory is a path inside the container, from /."));
    const auto caps = [&](QLineEdit *edit, const QString &field) {
        QStringList out;
        static const QRegularExpression capName(QStringLiteral("^(CAP_)?[A-Z_]+$"));
        for (const QString &c : edit->text().toUpper().split(
                 QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
            if (!capName.match(c).hasMatch()) {
                problems.insert(field,
                                tr("\"%1\" is not a capability name, like NET_ADMIN.").arg(c));
                break;
            }
            out << c;
        }
        return out;
    };
    s.capAdd = caps(m_capAdd, QStringLiteral("capAdd"));
    s.capDrop = caps(m_capDrop, QStringLiteral("capDrop"));
    s.init = m_init->isChecked();
    s.privileged = m_privileged->isChecked();
    s.readOnlyRootfs = m_readOnly->isChecked();
    s.autoRemove = m_autoRemove->isChecked();
    s.network = m_network->currentData().toString();
    if (const QString ip = m_ipAddress->text().trimmed();
        !ip.isEmpty() && !s.network.isEmpty() && m_ipAddress->isEnabled()) {
        const NetworkSubnet subnet = chosenSubnet(ip);
        const QString problem =
            NetworkValidation::addressProblem(ip, subnet.subnet, subnet.gateway);
        if (!problem.isEmpty())
            problems.insert(QStringLiteral("ipAddress"), problem);
        else if (ip.contains(QLatin1Char(':')))
            s.ipv6Address = ip;
        else
            s.ipAddress = ip;
    }
    if (m_pod->isEnabled())
        s.pod = m_pod->currentData().toString();
    if (m_runTimeout->isEnabled())
        s.runTimeoutSecs = m_runTimeout->value();

    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const QString text = problems.value(it.key());
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
    if (!problems.isEmpty()) {
        if (problemsOut)
            *problemsOut = problems.values();
        return std::nullopt;
    }
    return s;
}

NetworkSubnet CreateContainerDialog::chosenSubnet(const QString &address) const
{
    NodeService *node = selectedNode();
    const QString network = m_network->currentData().toString();
    if (!node || network.isEmpty())
        return {};
    const bool v6 = address.contains(QLatin1Char(':'));
    for (const NetworkInfo &n : node->networks()) {
        if (n.name != network)
            continue;
        for (const NetworkSubnet &s : n.subnets) {
            if (s.subnet.contains(QLatin1Char(':')) == v6)
                return s;
        }
        // An address of the other family is checked against the first subnet (and refused).
        return n.subnets.value(0);
    }
    return {};
}

void CreateContainerDialog::validate()
{
    // A fixed address only where the chosen network has a subnet to choose it in.
    const NetworkSubnet subnet = chosenSubnet();
    const bool canFix = !subnet.subnet.isEmpty();
    m_ipAddress->setEnabled(canFix && !m_busy);
    m_ipAddress->setPlaceholderText(
        canFix ? tr("Chosen by the engine when empty; inside %1").arg(subnet.subnet)
               : tr("Only on a network with a subnet"));
    if (!canFix && !m_ipAddress->text().isEmpty())
        m_ipAddress->clear();
    const bool valid = spec().has_value();
    NodeService *node = selectedNode();
    const bool online = node && (node->state() == NodeService::State::Online ||
                                 node->state() == NodeService::State::Degraded);
    m_create->setEnabled(valid && online && !m_busy);
    if (!m_busy && node && !online) {
        m_status->setText(tr("%1 is not connected: choose another node, or wait until it is back.")
                              .arg(node->name()));
        m_status->show();
    } else if (!m_busy && m_status->property("offline").toBool()) {
        m_status->hide();
    }
    m_status->setProperty("offline", !m_busy && node && !online);
}

void CreateContainerDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    for (QWidget *w : std::as_const(m_fields))
        w->setEnabled(!busy);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0);
    validate();
}

void CreateContainerDialog::reject()
{
    if (m_busy) {
        m_status->setText(m_status->text() + QLatin1Char('\n') +
                          tr("Wait for this to finish before closing: the engine is at work."));
        m_status->show();
        return;
    }
    const bool typed = !m_image->currentText().trimmed().isEmpty() || !m_name->text().isEmpty() ||
                       !m_command->text().isEmpty() || !m_ports->toPlainText().isEmpty() ||
                       !m_env->toPlainText().isEmpty();
    if (typed && m_create->isVisible() &&
        QMessageBox::question(this, tr("Discard the new container?"),
                              tr("What you typed for the new container will be lost."),
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

void CreateContainerDialog::fail(const QString &text)
{
    setBusy(false);
    m_status->setText(text);
    m_status->show();
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, QColor(0xcf, 0x22, 0x2e));
    m_status->setPalette(p);
}

void CreateContainerDialog::submit()
{
    QStringList problems;
    const std::optional<ContainerSpec> s = spec(&problems);
    if (!s || m_busy || !selectedNode())
        return;
    m_status->setPalette(palette());
    create(*s, false);
}

void CreateContainerDialog::create(const ContainerSpec &s, bool pulled)
{
    NodeService *node = selectedNode();
    if (!node)
        return;
    setBusy(true, tr("Creating the container on %1…").arg(node->name()));
    ContainerOperations::create(
        node, s, this, [this, s, pulled](const EngineResult<CreatedObject> &result) {
            if (result.ok()) {
                onCreated(s, result.value.id);
                return;
            }
            const EngineError &e = result.error;
            // The engine's refusal in its words: this dialog's own text says what it means.
            const QString refusal = e.refusalText();
            // A pull goes to the node's namespace (containerd's "default" where the node shows
            // them all), so it would not help a container made in another one.
            const QString ns = chosenNamespace();
            if (e.kind == EngineError::Kind::ImageMissing && !pulled && !ns.isEmpty() &&
                ns != QLatin1String("default")) {
                fail(tr("Namespace %1 does not have the image %2. Pull it into that namespace on "
                        "the machine (nerdctl -n %1 pull %2), or choose one of its images.")
                         .arg(ns, s.image));
                return;
            }
            if (e.kind == EngineError::Kind::ImageMissing && !pulled) {
                if (m_pullWithoutAsking ||
                    QMessageBox::question(
                        this, tr("Pull the image?"),
                        tr("%1 does not have the image %2. Pull it now?")
                            .arg(selectedNode() ? selectedNode()->name() : QString(), s.image),
                        QMessageBox::Yes | QMessageBox::Cancel,
                        QMessageBox::Yes) == QMessageBox::Yes) {
                    pull(s);
                    return;
                }
                fail(tr("The image %1 is not on the node. Pull it, or choose one of the node's "
                        "images.")
                         .arg(s.image));
                return;
            }
            if (e.kind == EngineError::Kind::AmbiguousShortName) {
                fail(tr("The node cannot tell which registry \"%1\" comes from. Write the image "
                        "with its registry, like docker.io/library/%1.\n\n%2")
                         .arg(s.image, refusal));
                return;
            }
            if (e.kind == EngineError::Kind::NameInUse) {
                fail(refusal);
                m_problems.value(QStringLiteral("name"))
                    ->setText(tr("This name is taken on the node: choose another, or leave it "
                                 "empty."));
                m_problems.value(QStringLiteral("name"))->show();
                m_name->setFocus();
                m_name->selectAll();
                return;
            }
            fail(refusal);
        });
}

void CreateContainerDialog::pull(const ContainerSpec &s)
{
    NodeService *node = selectedNode();
    if (!node)
        return;
    setBusy(true, tr("Pulling %1 on %2…").arg(s.image, node->name()));
    delete m_pull;
    m_pull = new ImagePull(node, this);
    connect(m_pull, &ImagePull::progressed, this, [this, s](const PullProgress &p) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * p.done / p.total));
        m_status->setText(tr("Pulling %1: %2 of %3")
                              .arg(s.image, QLocale().formattedDataSize(p.done),
                                   QLocale().formattedDataSize(p.total)));
    });
    connect(m_pull, &ImagePull::finished, this, [this, s](const EngineError &error) {
        m_pull->deleteLater();
        m_pull = nullptr;
        if (error.isError()) {
            fail(tr("Pulling %1 failed: %2").arg(s.image, error.refusalText()));
            return;
        }
        create(s, true);
    });
    m_pull->start(s.image);
    Q_EMIT pullStarted(s.image);
}

void CreateContainerDialog::onCreated(const ContainerSpec &s, const QString &id)
{
    NodeService *node = selectedNode();
    const QString nodeId = node ? node->id() : QString();
    const QString name = s.name.isEmpty() ? id.left(12) : s.name;
    if (!m_start->isChecked() || !node) {
        Q_EMIT created(nodeId, id, name);
        accept();
        return;
    }
    setBusy(true, tr("Starting %1…").arg(name));
    ContainerOperations::start(node, id, this, [this, nodeId, id, name](const EngineError &error) {
        Q_EMIT created(nodeId, id, name);
        if (!error.isError()) {
            accept();
            return;
        }
        // It exists: creating again would only clash with it.
        fail(tr("%1 was created but did not start: %2").arg(name, error.refusalText()));
        m_create->hide();
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    });
}
