#include "ui/dialogs/createpoddialog.h"

#include "core/engine/spectext.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "core/services/podoperations.h"
#include "ui/widgets/dialogfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {

// What Podman shares when not told otherwise.
const QStringList DefaultShares = {QStringLiteral("ipc"), QStringLiteral("net"),
                                   QStringLiteral("uts")};

} // namespace

CreatePodDialog::CreatePodDialog(NodeManager *manager, const QString &nodeId, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
{
    setObjectName(QStringLiteral("createPodDialog"));
    setWindowTitle(tr("Create Pod"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_node = new QComboBox(this);
    m_node->setObjectName(QStringLiteral("podNode"));
    form->addRow(tr("&Node:"), m_node);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("podName"));
    m_name->setPlaceholderText(tr("Empty: the engine makes one up"));
    form->addRow(tr("N&ame:"), m_name);

    m_ports = new QLineEdit(this);
    m_ports->setObjectName(QStringLiteral("podPorts"));
    m_ports->setPlaceholderText(tr("8080:80, 127.0.0.1:5432:5432, 53/udp"));
    m_ports->setToolTip(tr("Ports of the pod's containers published on the node, separated by "
                           "commas: [host address:][host port:]container port[/protocol]"));
    form->addRow(tr("Published &ports:"), m_ports);

    m_labels = new QPlainTextEdit(this);
    m_labels->setObjectName(QStringLiteral("podLabels"));
    m_labels->setPlaceholderText(tr("One per line: key=value"));
    m_labels->setTabChangesFocus(true);
    m_labels->setFixedHeight(m_labels->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Labels:"), m_labels);

    auto *shares = new QWidget(this);
    auto *sharesRow = new QHBoxLayout(shares);
    sharesRow->setContentsMargins(0, 0, 0, 0);
    for (const QString &ns : PodOperations::shareableNamespaces()) {
        auto *box = new QCheckBox(ns, shares);
        box->setObjectName(QStringLiteral("share_") + ns);
        box->setChecked(DefaultShares.contains(ns));
        sharesRow->addWidget(box);
        m_shares.insert(ns, box);
        connect(box, &QCheckBox::toggled, this, &CreatePodDialog::validate);
    }
    sharesRow->addStretch(1);
    shares->setToolTip(tr("The namespaces the pod's containers share through its infra "
                          "container; none: the pod has no infra container"));
    form->addRow(tr("Shared &namespaces:"), shares);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("podProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, QColor(0xcf, 0x22, 0x2e));
    m_problem->setPalette(p);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createPodButton"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreatePodDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    fillNodes();
    setNode(nodeId);
    connect(m_node, &QComboBox::currentIndexChanged, this, &CreatePodDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &CreatePodDialog::validate);
    connect(m_ports, &QLineEdit::textChanged, this, &CreatePodDialog::validate);
    connect(m_labels, &QPlainTextEdit::textChanged, this, &CreatePodDialog::validate);
    validate();
}

CreatePodDialog::~CreatePodDialog() = default;

void CreatePodDialog::fillNodes()
{
    m_node->clear();
    for (NodeService *node : PodOperations::podNodes(m_manager))
        m_node->addItem(node->name(), node->id());
}

QString CreatePodDialog::nodeId() const
{
    return m_node->currentData().toString();
}

void CreatePodDialog::setNode(const QString &nodeId)
{
    const int i = m_node->findData(nodeId);
    if (i >= 0)
        m_node->setCurrentIndex(i);
}

std::optional<PodSpec> CreatePodDialog::spec(QStringList *problemsOut) const
{
    QStringList problems;
    PodSpec spec;
    NodeService *node = m_manager ? m_manager->node(nodeId()) : nullptr;
    if (!node)
        problems << tr("Choose a node whose engine has pods.");

    spec.name = m_name->text().trimmed();
    static const QRegularExpression validName(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
    if (!spec.name.isEmpty() && !validName.match(spec.name).hasMatch()) {
        problems << tr("\"%1\" is not a pod name: begin with a letter or digit, then use "
                       "letters, digits and _ . -")
                        .arg(spec.name);
    } else if (!spec.name.isEmpty() && node) {
        const QList<PodInfo> pods = node->pods();
        if (std::any_of(pods.cbegin(), pods.cend(),
                        [&](const PodInfo &pod) { return pod.name == spec.name; }))
            problems << tr("%1 already has a pod named \"%2\": choose another name.")
                            .arg(node->name(), spec.name);
    }

    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &text : m_ports->text().split(separators, Qt::SkipEmptyParts)) {
        QString error;
        const auto port = SpecText::parsePort(text, &error);
        if (!port) {
            problems << error;
            continue;
        }
        spec.ports << *port;
    }

    const QStringList lines = m_labels->toPlainText().split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            problems << tr("\"%1\" is not a label: write key=value.").arg(line);
            continue;
        }
        spec.labels.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }

    for (const QString &ns : PodOperations::shareableNamespaces()) {
        if (m_shares.value(ns)->isChecked())
            spec.share << ns;
    }
    // Nothing shared: no infra container to hold the namespaces.
    spec.infra = !spec.share.isEmpty();
    if (!spec.ports.isEmpty() && !spec.share.contains(QLatin1String("net")))
        problems << tr("Published ports need the network namespace shared: tick \"net\".");

    if (problemsOut)
        *problemsOut = problems;
    if (!problems.isEmpty())
        return std::nullopt;
    return spec;
}

void CreatePodDialog::validate()
{
    QStringList problems;
    const bool valid = spec(&problems).has_value();
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    m_create->setEnabled(valid && !m_busy);
    DialogFit::growToContents(this);
}

void CreatePodDialog::create()
{
    const auto s = spec();
    NodeService *node = m_manager ? m_manager->node(nodeId()) : nullptr;
    if (!s || !node || m_busy)
        return;
    m_busy = true;
    m_create->setEnabled(false);
    m_problem->hide();
    const QString id = node->id();
    PodOperations::create(node, *s, this,
                          [this, id, name = s->name](const EngineResult<CreatedObject> &r) {
                              m_busy = false;
                              if (!r.ok()) {
                                  validate();
                                  m_problem->setText(r.error.userText());
                                  m_problem->show();
                                  return;
                              }
                              Q_EMIT created(id, r.value.id, name);
                              accept();
                          });
}
