#include "ui/dialogs/createservicedialog.h"

#include "core/engine/commandline.h"
#include "core/engine/spectext.h"
#include "core/services/nodeservice.h"
#include "core/services/swarmoperations.h"
#include "ui/dialogs/createsecretdialog.h"
#include "ui/dialogs/createvolumedialog.h"
#include "ui/widgets/dialogfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *linesEdit(QWidget *parent, const QString &placeholder, int lines = 3)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setFixedHeight(edit->fontMetrics().height() * (lines + 1));
    return edit;
}

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

} // namespace

CreateServiceDialog::CreateServiceDialog(NodeService *manager, const QStringList &images,
                                         const QStringList &services, QWidget *parent)
    : QDialog(parent)
    , m_node(manager)
    , m_services(services)
{
    setObjectName(QStringLiteral("createServiceDialog"));
    setWindowTitle(tr("Create Service"));
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit(page);
    form->addRow(tr("&Name:"), m_name);
    m_image = new QComboBox(page);
    m_image->setEditable(true);
    m_image->addItems(images);
    m_image->setCurrentText(QString());
    m_image->setToolTip(tr("Every node pulls it, or has it already"));
    form->addRow(tr("&Image:"), m_image);
    m_command = new QLineEdit(page);
    m_command->setPlaceholderText(tr("The image's own when empty"));
    form->addRow(tr("Co&mmand:"), m_command);
    m_mode = new QComboBox(page);
    m_mode->addItem(tr("Replicated: this many tasks, placed by the swarm"), false);
    m_mode->addItem(tr("Global: one task on every node"), true);
    form->addRow(tr("M&ode:"), m_mode);
    m_replicas = new QSpinBox(page);
    m_replicas->setRange(0, 100000);
    m_replicas->setValue(1);
    form->addRow(tr("&Replicas:"), m_replicas);
    m_ports = linesEdit(page, tr("published:target[/udp], one a line (8080:80)"));
    form->addRow(tr("&Ports:"), m_ports);
    m_hostMode = new QCheckBox(tr("Publish on the node each task runs on, not through the "
                                  "routing mesh"),
                               page);
    form->addRow(QString(), m_hostMode);
    m_env = linesEdit(page, tr("KEY=value, one a line"));
    form->addRow(tr("&Environment:"), m_env);
    m_mounts = linesEdit(page, tr("volume:/path[:ro] or /host/path:/path[:ro], one a line"));
    form->addRow(tr("Mo&unts:"), m_mounts);
    m_constraints = linesEdit(page, tr("node.role==worker, node.labels.disk==ssd, one a line"));
    form->addRow(tr("Constr&aints:"), m_constraints);
    m_networks = new QLineEdit(page);
    m_networks->setPlaceholderText(tr("Overlay networks, separated by commas"));
    form->addRow(tr("Net&works:"), m_networks);
    m_labels = linesEdit(page, tr("key=value, one a line"));
    form->addRow(tr("&Labels:"), m_labels);
    m_cpus = new QLineEdit(page);
    m_cpus->setPlaceholderText(tr("No limit (e.g. 0.5)"));
    form->addRow(tr("CPU limi&t:"), m_cpus);
    m_memory = new QLineEdit(page);
    m_memory->setPlaceholderText(tr("No limit (e.g. 256m)"));
    form->addRow(tr("Memor&y limit:"), m_memory);
    m_restart = new QComboBox(page);
    m_restart->addItem(tr("Always"), int(SwarmServiceSpec::RestartCondition::Any));
    m_restart->addItem(tr("When it fails"), int(SwarmServiceSpec::RestartCondition::OnFailure));
    m_restart->addItem(tr("Never"), int(SwarmServiceSpec::RestartCondition::None));
    form->addRow(tr("Re&start tasks:"), m_restart);
    m_parallelism = new QSpinBox(page);
    m_parallelism->setRange(0, 1000);
    m_parallelism->setValue(1);
    m_parallelism->setSpecialValueText(tr("All at once"));
    form->addRow(tr("Up&date parallelism:"), m_parallelism);
    m_updateDelay = new QLineEdit(page);
    m_updateDelay->setPlaceholderText(tr("None (e.g. 10s)"));
    form->addRow(tr("Update delay:"), m_updateDelay);
    m_failureAction = new QComboBox(page);
    m_failureAction->addItem(tr("Pause the update"), int(SwarmServiceSpec::FailureAction::Pause));
    m_failureAction->addItem(tr("Continue"), int(SwarmServiceSpec::FailureAction::Continue));
    m_failureAction->addItem(tr("Roll back"), int(SwarmServiceSpec::FailureAction::Rollback));
    form->addRow(tr("On update &failure:"), m_failureAction);
    m_startFirst = new QCheckBox(tr("Start each new task before stopping the old one"), page);
    form->addRow(QString(), m_startFirst);
    m_init = new QCheckBox(tr("Run an init process (passes signals on: quick stops)"), page);
    form->addRow(QString(), m_init);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("serviceProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, QColor(0xcf, 0x22, 0x2e));
    m_problem->setPalette(p);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateServiceDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (QLineEdit *e : {m_name, m_command, m_networks, m_cpus, m_memory, m_updateDelay})
        connect(e, &QLineEdit::textChanged, this, &CreateServiceDialog::validate);
    for (QPlainTextEdit *e : {m_ports, m_env, m_mounts, m_constraints, m_labels})
        connect(e, &QPlainTextEdit::textChanged, this, &CreateServiceDialog::validate);
    connect(m_image, &QComboBox::currentTextChanged, this, &CreateServiceDialog::validate);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        m_replicas->setEnabled(!m_mode->currentData().toBool());
        validate();
    });
    resize(640, 620);
    validate();
    m_name->setFocus();
}

CreateServiceDialog::~CreateServiceDialog() = default;

SwarmServiceSpec CreateServiceDialog::read(QString *problem) const
{
    SwarmServiceSpec s;
    QString error;
    const auto fail = [problem](const QString &text) {
        if (problem->isEmpty())
            *problem = text;
    };
    s.name = m_name->text().trimmed();
    if (QString p = CreateSecretDialog::nameProblem(s.name); !p.isEmpty())
        fail(p);
    else if (m_services.contains(s.name))
        fail(tr("The swarm already has a service named %1.").arg(s.name));
    s.image = m_image->currentText().trimmed();
    if (s.image.isEmpty())
        fail(tr("Name the image its tasks run."));
    if (const auto words = CommandLine::split(m_command->text(), &error))
        s.command = *words;
    else
        fail(tr("The command: %1").arg(error));
    s.global = m_mode->currentData().toBool();
    s.replicas = m_replicas->value();
    for (const QString &line : lines(m_ports)) {
        const auto port = SpecText::parsePort(line, &error);
        if (!port) {
            fail(tr("The port %1: %2").arg(line, error));
            continue;
        }
        if (!port->hostIp.isEmpty())
            fail(tr("The port %1: a service publishes on every address; leave out the address.")
                     .arg(line));
        SwarmPort p;
        p.target = port->containerPort;
        p.published = port->hostPort;
        p.protocol = port->protocol;
        p.hostMode = m_hostMode->isChecked();
        s.ports << p;
    }
    for (const QString &line : lines(m_env)) {
        if (const auto env = SpecText::parseEnv(line, &error))
            s.env << *env;
        else
            fail(tr("The variable %1: %2").arg(line, error));
    }
    for (const QString &line : lines(m_mounts)) {
        const auto mount = SpecText::parseVolume(line, &error);
        if (!mount) {
            fail(tr("The mount %1: %2").arg(line, error));
            continue;
        }
        SwarmMount m;
        m.type = mount->type == MountSpec::Type::Bind    ? QStringLiteral("bind")
                 : mount->type == MountSpec::Type::Tmpfs ? QStringLiteral("tmpfs")
                                                         : QStringLiteral("volume");
        m.source = mount->source;
        m.target = mount->target;
        m.readOnly = mount->readOnly;
        s.mounts << m;
    }
    for (const QString &line : lines(m_constraints)) {
        if (!line.contains(QLatin1String("==")) && !line.contains(QLatin1String("!=")))
            fail(tr("The constraint %1: write it as node.role==worker or "
                    "node.labels.key!=value.")
                     .arg(line));
        s.constraints << line;
    }
    for (const QString &n : m_networks->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!n.trimmed().isEmpty())
            s.networks << n.trimmed();
    }
    QString labelsProblem;
    s.labels = CreateVolumeDialog::readPairs(m_labels, tr("label"), &labelsProblem);
    if (!labelsProblem.isEmpty())
        fail(labelsProblem);
    if (!m_cpus->text().trimmed().isEmpty()) {
        if (const auto cpus = SpecText::parseCpus(m_cpus->text().trimmed(), &error))
            s.limitNanoCpus = *cpus;
        else
            fail(tr("The CPU limit: %1").arg(error));
    }
    if (!m_memory->text().trimmed().isEmpty()) {
        if (const auto bytes = SpecText::parseMemory(m_memory->text().trimmed(), &error))
            s.limitMemoryBytes = *bytes;
        else
            fail(tr("The memory limit: %1").arg(error));
    }
    s.restartCondition = SwarmServiceSpec::RestartCondition(m_restart->currentData().toInt());
    s.updateParallelism = m_parallelism->value();
    if (!m_updateDelay->text().trimmed().isEmpty()) {
        if (const auto ms = SpecText::parseDuration(m_updateDelay->text().trimmed(), &error))
            s.updateDelayNs = *ms * 1000000;
        else
            fail(tr("The update delay: %1").arg(error));
    }
    s.updateFailureAction = SwarmServiceSpec::FailureAction(m_failureAction->currentData().toInt());
    s.updateStartFirst = m_startFirst->isChecked();
    s.init = m_init->isChecked();
    return s;
}

SwarmServiceSpec CreateServiceDialog::spec() const
{
    QString ignored;
    return read(&ignored);
}

QString CreateServiceDialog::problem() const
{
    if (!m_node)
        return tr("The node is gone.");
    QString p;
    read(&p);
    return p;
}

void CreateServiceDialog::validate()
{
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_create->setEnabled(p.isEmpty() && !m_busy);
    DialogFit::growToContents(this);
}

void CreateServiceDialog::create()
{
    if (m_busy || !problem().isEmpty())
        return;
    const SwarmServiceSpec s = spec();
    m_busy = true;
    validate();
    SwarmOperations::createService(
        m_node, s, this, [this, name = s.name](const EngineResult<CreatedObject> &r) {
            m_busy = false;
            if (!r.ok()) {
                validate();
                m_problem->setText(tr("The swarm did not create it: %1").arg(r.error.userText()));
                m_problem->setVisible(true);
                return;
            }
            Q_EMIT created(r.value.id, name);
            accept();
        });
}
