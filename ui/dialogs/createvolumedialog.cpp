#include "ui/dialogs/createvolumedialog.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "core/services/volumeoperations.h"
#include "ui/widgets/dialogfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

CreateVolumeDialog::CreateVolumeDialog(NodeManager *manager, const QString &nodeId, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
{
    setObjectName(QStringLiteral("createVolumeDialog"));
    setWindowTitle(tr("Create Volume"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_node = new QComboBox(this);
    m_node->setObjectName(QStringLiteral("volumeNode"));
    m_node->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    if (manager) {
        for (NodeService *node : manager->nodes()) {
            if (node->engineInfo().capabilities.volumes)
                m_node->addItem(node->name(), node->id());
        }
    }
    form->addRow(tr("N&ode:"), m_node);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("volumeName"));
    m_name->setPlaceholderText(tr("Empty: the engine chooses a name"));
    form->addRow(tr("&Name:"), m_name);
    m_driver = new QComboBox(this);
    m_driver->setObjectName(QStringLiteral("volumeDriver"));
    m_driver->setEditable(true);
    m_driver->addItem(QStringLiteral("local"));
    m_driver->setToolTip(tr("The volume plugin that keeps the data; \"local\" keeps it on the "
                            "node's disk"));
    form->addRow(tr("&Driver:"), m_driver);
    m_options = new QPlainTextEdit(this);
    m_options->setObjectName(QStringLiteral("volumeOptions"));
    m_options->setTabChangesFocus(true);
    m_options->setPlaceholderText(tr("One per line: key=value (for the local driver, e.g. "
                                     "type=tmpfs, device=tmpfs, o=size=100m)"));
    m_options->setMaximumHeight(fontMetrics().lineSpacing() * 5 + 12);
    form->addRow(tr("Driver &options:"), m_options);
    m_labels = new QPlainTextEdit(this);
    m_labels->setObjectName(QStringLiteral("volumeLabels"));
    m_labels->setTabChangesFocus(true);
    m_labels->setPlaceholderText(tr("One per line: key=value"));
    m_labels->setMaximumHeight(fontMetrics().lineSpacing() * 5 + 12);
    form->addRow(tr("&Labels:"), m_labels);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("volumeProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, QColor(0xcf, 0x22, 0x2e));
    m_problem->setPalette(p);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateVolumeDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_node, &QComboBox::currentIndexChanged, this, &CreateVolumeDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &CreateVolumeDialog::validate);
    connect(m_driver, &QComboBox::currentTextChanged, this, &CreateVolumeDialog::validate);
    connect(m_options, &QPlainTextEdit::textChanged, this, &CreateVolumeDialog::validate);
    connect(m_labels, &QPlainTextEdit::textChanged, this, &CreateVolumeDialog::validate);
    setNode(nodeId);
    validate();
    m_name->setFocus();
}

CreateVolumeDialog::~CreateVolumeDialog() = default;

QString CreateVolumeDialog::nodeId() const
{
    return m_node->currentData().toString();
}

void CreateVolumeDialog::setNode(const QString &nodeId)
{
    const int i = m_node->findData(nodeId);
    if (i >= 0)
        m_node->setCurrentIndex(i);
}

QString CreateVolumeDialog::nameProblem(const QString &name)
{
    // As both engines accept them.
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
    if (name.isEmpty() || valid.match(name).hasMatch())
        return {};
    static const QRegularExpression start(QStringLiteral("^[a-zA-Z0-9]"));
    if (!start.match(name).hasMatch())
        return tr("\"%1\" is not a volume name: begin it with a letter or a digit.").arg(name);
    return tr("\"%1\" is not a volume name: use letters, digits and . _ - only.").arg(name);
}

QMap<QString, QString> CreateVolumeDialog::readPairs(const QPlainTextEdit *edit,
                                                     const QString &what, QString *problem)
{
    return readPairs(edit->toPlainText(), what, problem);
}

QMap<QString, QString> CreateVolumeDialog::readPairs(const QString &text, const QString &what,
                                                     QString *problem)
{
    QMap<QString, QString> pairs;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? line : line.left(eq)).trimmed();
        if (eq <= 0 || key.isEmpty() || key.contains(QLatin1Char(' '))) {
            *problem = tr("\"%1\" is not a %2: write it as key=value, the key without spaces.")
                           .arg(line, what);
            return {};
        }
        if (pairs.contains(key)) {
            *problem = tr("The %1 \"%2\" is given twice.").arg(what, key);
            return {};
        }
        pairs.insert(key, line.mid(eq + 1).trimmed());
    }
    return pairs;
}

VolumeSpec CreateVolumeDialog::spec() const
{
    VolumeSpec s;
    QString ignored;
    s.name = m_name->text().trimmed();
    s.driver = m_driver->currentText().trimmed();
    s.driverOptions = readPairs(m_options, tr("driver option"), &ignored);
    s.labels = readPairs(m_labels, tr("label"), &ignored);
    return s;
}

QString CreateVolumeDialog::problem() const
{
    if (m_node->count() == 0)
        return tr("No node that has volumes is connected.");
    const QString name = m_name->text().trimmed();
    if (QString p = nameProblem(name); !p.isEmpty())
        return p;
    NodeService *node = m_manager ? m_manager->node(nodeId()) : nullptr;
    if (!node)
        return tr("Choose a node.");
    if (!name.isEmpty()) {
        for (const VolumeInfo &v : node->volumes()) {
            if (v.name == name)
                return tr("%1 already has a volume named %2: choose another name.")
                    .arg(node->name(), name);
        }
    }
    static const QRegularExpression driver(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.:/-]*$"));
    const QString d = m_driver->currentText().trimmed();
    if (!d.isEmpty() && !driver.match(d).hasMatch())
        return tr("\"%1\" is not a driver name: use letters, digits and . _ - : / only.").arg(d);
    QString p;
    readPairs(m_options, tr("driver option"), &p);
    if (!p.isEmpty())
        return p;
    readPairs(m_labels, tr("label"), &p);
    return p;
}

void CreateVolumeDialog::validate()
{
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_create->setEnabled(p.isEmpty() && !m_busy);
    DialogFit::growToContents(this);
}

void CreateVolumeDialog::create()
{
    if (m_busy || !problem().isEmpty())
        return;
    NodeService *node = m_manager ? m_manager->node(nodeId()) : nullptr;
    if (!node)
        return;
    m_busy = true;
    validate();
    const QString id = node->id();
    const QString where = node->name();
    VolumeOperations::create(
        node, spec(), this, [this, id, where](const EngineResult<VolumeInfo> &result) {
            m_busy = false;
            if (!result.ok()) {
                validate();
                m_problem->setText(
                    tr("%1 did not create the volume: %2").arg(where, result.error.userText()));
                m_problem->setVisible(true);
                return;
            }
            Q_EMIT created(id, result.value.name);
            accept();
        });
}
