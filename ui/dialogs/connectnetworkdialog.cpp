#include "ui/dialogs/connectnetworkdialog.h"

#include "core/services/nodeservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

ConnectNetworkDialog::ConnectNetworkDialog(NodeService *node, const QString &network,
                                           const QString &container, QWidget *parent)
    : QDialog(parent)
    , m_node(node)
    , m_network(network)
    , m_container(container)
{
    setObjectName(QStringLiteral("connectNetworkDialog"));
    const QString nodeName = node ? node->name() : QString();
    setWindowTitle(m_network.isEmpty() ? tr("Connect %1 to a Network").arg(container)
                                       : tr("Connect a Container to %1").arg(network));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(
        m_network.isEmpty()
            ? tr("Attaches %1 to one more network on %2.").arg(container, nodeName)
            : tr("Attaches a container on %1 to the network %2.").arg(nodeName, network));
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("choice"));
    form->addRow(m_network.isEmpty() ? tr("&Network:") : tr("&Container:"), m_choice);
    auto *aliasBox = new QWidget(this);
    auto *v = new QVBoxLayout(aliasBox);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    m_aliases = new QLineEdit(aliasBox);
    m_aliases->setObjectName(QStringLiteral("aliases"));
    m_aliases->setPlaceholderText(tr("Optional: other names it is known by there, like db, cache"));
    v->addWidget(m_aliases);
    m_aliasProblem = new QLabel(aliasBox);
    m_aliasProblem->setObjectName(QStringLiteral("aliasesProblem"));
    m_aliasProblem->setWordWrap(true);
    QPalette p = m_aliasProblem->palette();
    p.setColor(QPalette::WindowText, QColor(0xcf, 0x22, 0x2e));
    m_aliasProblem->setPalette(p);
    m_aliasProblem->hide();
    v->addWidget(m_aliasProblem);
    form->addRow(tr("&Aliases:"), aliasBox);
    layout->addLayout(form);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (m_connect->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_aliases, &QLineEdit::textChanged, this, &ConnectNetworkDialog::validate);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &ConnectNetworkDialog::validate);
    fill();
}

ConnectNetworkDialog::~ConnectNetworkDialog() = default;

void ConnectNetworkDialog::fill()
{
    m_choice->clear();
    if (!m_node)
        return;
    QStringList names;
    if (m_network.isEmpty()) {
        QStringList attached;
        for (const ContainerSummary &c : m_node->containers()) {
            if (c.name == m_container)
                attached = c.networks;
        }
        // Host and none take no company; the rest the container is not on yet.
        for (const NetworkInfo &n : m_node->networks()) {
            if (!attached.contains(n.name) && n.name != QLatin1String("host") &&
                n.name != QLatin1String("none"))
                names << n.name;
        }
        m_empty->setText(tr("%1 is on every network of its node already.").arg(m_container));
    } else {
        for (const ContainerSummary &c : m_node->containers()) {
            if (!c.networks.contains(m_network))
                names << c.name;
        }
        m_empty->setText(tr("Every container of the node is on %1 already.").arg(m_network));
    }
    names.sort(Qt::CaseInsensitive);
    m_choice->addItems(names);
    m_empty->setVisible(names.isEmpty());
    validate();
}

bool ConnectNetworkDialog::choose(const QString &name)
{
    const int i = m_choice->findText(name);
    if (i >= 0)
        m_choice->setCurrentIndex(i);
    return i >= 0;
}

QString ConnectNetworkDialog::network() const
{
    return m_network.isEmpty() ? m_choice->currentText() : m_network;
}

QString ConnectNetworkDialog::container() const
{
    return m_container.isEmpty() ? m_choice->currentText() : m_container;
}

QStringList ConnectNetworkDialog::aliases() const
{
    return m_aliases->text().split(QRegularExpression(QStringLiteral("[,\\s]+")),
                                   Qt::SkipEmptyParts);
}

void ConnectNetworkDialog::validate()
{
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
    QString problem;
    for (const QString &a : aliases()) {
        if (!valid.match(a).hasMatch()) {
            problem = tr("\"%1\" is not a name: use letters, digits and _ . - after a letter or "
                         "digit.")
                          .arg(a);
            break;
        }
    }
    m_aliasProblem->setText(problem);
    m_aliasProblem->setVisible(!problem.isEmpty());
    m_connect->setEnabled(problem.isEmpty() && m_choice->currentIndex() >= 0);
}
