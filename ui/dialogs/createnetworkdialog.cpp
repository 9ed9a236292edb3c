#include "ui/dialogs/createnetworkdialog.h"

#include "core/services/networkoperations.h"
#include "core/services/networkvalidation.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "ui/widgets/dialogfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

bool isIpv6(const QString &cidr)
{
    return cidr.contains(QLatin1Char(':'));
}

} // namespace

CreateNetworkDialog::CreateNetworkDialog(NodeManager *manager, const QString &nodeId,
                                         QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
{
    setObjectName(QStringLiteral("createNetworkDialog"));
    setWindowTitle(tr("New Network"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    m_node = new QComboBox(this);
    addRow(form, QStringLiteral("node"), tr("&Node:"), m_node);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("backend"));
    addRow(form, QStringLiteral("name"), tr("N&ame:"), m_name);
    m_driver = new QComboBox(this);
    m_driver->setEditable(true);
    m_driver->addItems(
        {QStringLiteral("bridge"), QStringLiteral("macvlan"), QStringLiteral("ipvlan")});
    addRow(form, QStringLiteral("driver"), tr("&Driver:"), m_driver);
    m_subnet = new QLineEdit(this);
    m_subnet->setPlaceholderText(tr("Chosen by the engine when empty, like 10.10.0.0/24"));
    addRow(form, QStringLiteral("subnet"), tr("&Subnet:"), m_subnet);
    m_gateway = new QLineEdit(this);
    m_gateway->setPlaceholderText(tr("The subnet's first address when empty"));
    addRow(form, QStringLiteral("gateway"), tr("&Gateway:"), m_gateway);
    m_ipRange = new QLineEdit(this);
    m_ipRange->setPlaceholderText(tr("The whole subnet when empty, like 10.10.0.128/25"));
    addRow(form, QStringLiteral("ipRange"), tr("IP &range:"), m_ipRange);
    m_ipv6 = new QCheckBox(tr("Enable IPv&6"), this);
    addRow(form, QStringLiteral("ipv6"), QString(), m_ipv6);
    m_ipv6Subnet = new QLineEdit(this);
    m_ipv6Subnet->setPlaceholderText(tr("Chosen by the engine when empty, like fd00:10::/64"));
    addRow(form, QStringLiteral("ipv6Subnet"), tr("IPv6 s&ubnet:"), m_ipv6Subnet);
    m_ipv6Gateway = new QLineEdit(this);
    addRow(form, QStringLiteral("ipv6Gateway"), tr("IPv6 gate&way:"), m_ipv6Gateway);
    m_internal = new QCheckBox(tr("&Internal: no way out to other networks"), this);
    addRow(form, QStringLiteral("internal"), QString(), m_internal);
    m_labels = new QPlainTextEdit(this);
    m_labels->setTabChangesFocus(true);
    m_labels->setPlaceholderText(tr("One per line: key=value"));
    m_labels->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    addRow(form, QStringLiteral("labels"), tr("&Labels:"), m_labels);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("createNetworkStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    connect(m_create, &QPushButton::clicked, this, &CreateNetworkDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    fillNodes();
    if (const int i = m_node->findData(nodeId); i >= 0)
        m_node->setCurrentIndex(i);
    if (manager) {
        connect(manager, &NodeManager::nodeAdded, this, &CreateNetworkDialog::fillNodes);
        connect(manager, &NodeManager::nodeRemoved, this, &CreateNetworkDialog::fillNodes);
    }
    connect(m_node, &QComboBox::currentIndexChanged, this, &CreateNetworkDialog::validate);
    connect(m_driver, &QComboBox::currentTextChanged, this, &CreateNetworkDialog::validate);
    for (QLineEdit *e : {m_name, m_subnet, m_gateway, m_ipRange, m_ipv6Subnet, m_ipv6Gateway})
        connect(e, &QLineEdit::textChanged, this, &CreateNetworkDialog::validate);
    connect(m_labels, &QPlainTextEdit::textChanged, this, &CreateNetworkDialog::validate);
    connect(m_ipv6, &QCheckBox::toggled, this, &CreateNetworkDialog::validate);
    validate();
    // Room for the placeholders' examples, in the font's own measure (Korean runs longer).
    resize(qMax(sizeHint().width(), fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40),
           sizeHint().height());
}

CreateNetworkDialog::~CreateNetworkDialog() = default;

void CreateNetworkDialog::addRow(QFormLayout *form, const QString &name, const QString &label,
                                 QWidget *widget)
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    widget->setParent(box);
    widget->setObjectName(name);
    v->addWidget(widget);
    auto *problem = new QLabel(box);
    problem->setObjectName(name + QStringLiteral("Problem"));
    problem->setWordWrap(true);
    QPalette p = problem->palette();
    p.setColor(QPalette::WindowText, QColor(0xcf, 0x22, 0x2e));
    problem->setPalette(p);
    problem->hide();
    v->addWidget(problem);
    if (label.isEmpty())
        form->addRow(box);
    else
        form->addRow(label, box);
    m_fields.insert(name, widget);
    m_problems.insert(name, problem);
}

QString CreateNetworkDialog::problem(const QString &name) const
{
    const QLabel *label = m_problems.value(name);
    return label && !label->isHidden() ? label->text() : QString();
}

void CreateNetworkDialog::fillNodes()
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
    validate();
}

NodeService *CreateNetworkDialog::selectedNode() const
{
    return m_manager ? m_manager->node(m_node->currentData().toString()) : nullptr;
}

std::optional<NetworkSpec> CreateNetworkDialog::spec() const
{
    QHash<QString, QString> problems;
    NodeService *node = selectedNode();
    const QList<NetworkInfo> existing = node ? node->networks() : QList<NetworkInfo>();
    NetworkSpec s;
    s.name = m_name->text().trimmed();
    // An empty name is not a fault to point at until something else is typed.
    if (!s.name.isEmpty()) {
        if (const QString p = NetworkValidation::nameProblem(s.name, existing); !p.isEmpty())
            problems.insert(QStringLiteral("name"), p);
    }
    s.driver = m_driver->currentText().trimmed();
    if (s.driver.contains(QLatin1Char(' ')))
        problems.insert(QStringLiteral("driver"), tr("A driver's name has no spaces."));
    s.internal = m_internal->isChecked();
    s.ipv6 = m_ipv6->isChecked();

    const auto subnet = [&](QLineEdit *subnetEdit, QLineEdit *gatewayEdit, QLineEdit *rangeEdit,
                            const QString &subnetField, const QString &gatewayField,
                            const QString &rangeField) {
        NetworkSubnet ns;
        ns.subnet = subnetEdit->text().trimmed();
        ns.gateway = gatewayEdit->text().trimmed();
        ns.ipRange = rangeEdit ? rangeEdit->text().trimmed() : QString();
        if (ns.subnet.isEmpty()) {
            if (!ns.gateway.isEmpty())
                problems.insert(gatewayField, tr("Give a subnet before a gateway."));
            if (!ns.ipRange.isEmpty())
                problems.insert(rangeField, tr("Give a subnet before an IP range."));
            return;
        }
        QString p = NetworkValidation::subnetProblem(ns.subnet);
        if (p.isEmpty())
            p = NetworkValidation::overlapProblem(ns.subnet, existing);
        if (!p.isEmpty()) {
            problems.insert(subnetField, p);
            return;
        }
        if (!ns.gateway.isEmpty()) {
            if (const QString g = NetworkValidation::gatewayProblem(ns.gateway, ns.subnet);
                !g.isEmpty())
                problems.insert(gatewayField, g);
        }
        if (!ns.ipRange.isEmpty()) {
            if (const QString r = NetworkValidation::ipRangeProblem(ns.ipRange, ns.subnet);
                !r.isEmpty())
                problems.insert(rangeField, r);
        }
        s.subnets << ns;
    };
    subnet(m_subnet, m_gateway, m_ipRange, QStringLiteral("subnet"), QStringLiteral("gateway"),
           QStringLiteral("ipRange"));
    if (!s.subnets.isEmpty() && isIpv6(s.subnets.first().subnet))
        problems.insert(QStringLiteral("subnet"),
                        tr("This is an IPv6 subnet: give it in the IPv6 field below."));
    if (s.ipv6) {
        const qsizetype before = s.subnets.size();
        subnet(m_ipv6Subnet, m_ipv6Gateway, nullptr, QStringLiteral("ipv6Subnet"),
               QStringLiteral("ipv6Gateway"), QString());
        if (s.subnets.size() > before && !isIpv6(s.subnets.last().subnet))
            problems.insert(QStringLiteral("ipv6Subnet"),
                            tr("This is an IPv4 subnet: give it in the Subnet field above."));
    }
    if (s.subnets.size() == 2 &&
        NetworkValidation::overlaps(s.subnets.at(0).subnet, s.subnets.at(1).subnet))
        problems.insert(QStringLiteral("ipv6Subnet"), tr("The two subnets overlap."));

    for (const QString &line : m_labels->toPlainText().split(QLatin1Char('\n'))) {
        const QString l = line.trimmed();
        if (l.isEmpty())
            continue;
        const qsizetype eq = l.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            problems.insert(QStringLiteral("labels"), tr("\"%1\" is not key=value.").arg(l));
            break;
        }
        s.labels.insert(l.left(eq).trimmed(), l.mid(eq + 1).trimmed());
    }

    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const QString text = problems.value(it.key());
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
    if (!problems.isEmpty() || s.name.isEmpty())
        return std::nullopt;
    return s;
}

void CreateNetworkDialog::validate()
{
    m_ipv6Subnet->setEnabled(m_ipv6->isChecked() && !m_busy);
    m_ipv6Gateway->setEnabled(m_ipv6->isChecked() && !m_busy);
    NodeService *node = selectedNode();
    const bool online = node && (node->state() == NodeService::State::Online ||
                                 node->state() == NodeService::State::Degraded);
    m_create->setEnabled(spec().has_value() && online && !m_busy);
    DialogFit::growToContents(this);
}

void CreateNetworkDialog::submit()
{
    const std::optional<NetworkSpec> s = spec();
    NodeService *node = selectedNode();
    if (!s || !node || m_busy)
        return;
    m_busy = true;
    for (QWidget *w : std::as_const(m_fields))
        w->setEnabled(false);
    m_status->setText(tr("Creating %1 on %2…").arg(s->name, node->name()));
    m_status->show();
    validate();
    const QString nodeId = node->id();
    const QString name = s->name;
    NetworkOperations::create(
        node, *s, this, [this, nodeId, name](const EngineResult<CreatedObject> &result) {
            m_busy = false;
            for (QWidget *w : std::as_const(m_fields))
                w->setEnabled(true);
            if (!result.ok()) {
                m_status->setText(tr("The network was not created: %1")
                                      .arg(result.error.kind == EngineError::Kind::BadInput
                                               ? result.error.message
                                               : result.error.userText()));
                validate();
                return;
            }
            Q_EMIT created(nodeId, result.value.id, name);
            accept();
        });
}
