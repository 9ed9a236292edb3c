#include "ui/dialogs/playkubedialog.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "core/services/podoperations.h"
#include "ui/widgets/codeeditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

PlayKubeDialog::PlayKubeDialog(NodeManager *manager, const QString &nodeId, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
{
    setObjectName(QStringLiteral("playKubeDialog"));
    setWindowTitle(tr("Play Kube YAML"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Makes and starts the pods, containers and volumes the YAML "
                                "describes (Kubernetes Pod, Deployment, PersistentVolumeClaim "
                                "and ConfigMap). Open a file or paste the YAML below."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_node = new QComboBox(this);
    m_node->setObjectName(QStringLiteral("playNode"));
    if (manager) {
        for (NodeService *node : PodOperations::podNodes(manager)) {
            if (PodOperations::hasKube(node))
                m_node->addItem(node->name(), node->id());
        }
    }
    form->addRow(tr("&Node:"), m_node);
    layout->addLayout(form);
    m_editor = new CodeEditor(this);
    m_editor->setObjectName(QStringLiteral("playYaml"));
    m_editor->setSyntax(QStringLiteral("YAML"));
    layout->addWidget(m_editor, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("playStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open File…"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openKubeFile"));
    m_play = buttons->addButton(tr("&Play"), QDialogButtonBox::AcceptRole);
    m_play->setObjectName(QStringLiteral("playKubeButton"));
    m_play->setDefault(true);
    connect(m_open, &QPushButton::clicked, this, &PlayKubeDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlayKubeDialog::play);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &PlayKubeDialog::updateEnabled);
    connect(m_node, &QComboBox::currentIndexChanged, this, &PlayKubeDialog::updateEnabled);
    setNode(nodeId);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 60, em * 40);
    updateEnabled();
}

PlayKubeDialog::~PlayKubeDialog() = default;

QString PlayKubeDialog::nodeId() const
{
    return m_node->currentData().toString();
}

void PlayKubeDialog::setNode(const QString &nodeId)
{
    const int i = m_node->findData(nodeId);
    if (i >= 0)
        m_node->setCurrentIndex(i);
}

void PlayKubeDialog::setYaml(const QString &yaml)
{
    m_editor->setPlainText(yaml);
}

void PlayKubeDialog::updateEnabled()
{
    m_play->setEnabled(!m_busy && m_node->count() > 0 &&
                       !m_editor->toPlainText().trimmed().isEmpty());
    m_open->setEnabled(!m_busy);
}

bool PlayKubeDialog::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(
            tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        m_status->show();
        return false;
    }
    setYaml(QString::fromUtf8(file.readAll()));
    m_status->hide();
    return true;
}

void PlayKubeDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Kube YAML"), QDir::homePath(),
                                     tr("YAML files (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void PlayKubeDialog::play()
{
    NodeService *node = m_manager ? m_manager->node(nodeId()) : nullptr;
    const QByteArray yaml = m_editor->toPlainText().toUtf8();
    if (!node || m_busy || yaml.trimmed().isEmpty())
        return;
    m_busy = true;
    updateEnabled();
    m_status->setText(tr("Playing on %1…").arg(node->name()));
    m_status->show();
    const QString id = node->id();
    PodOperations::playKube(node, yaml, this, [this, id](const EngineResult<KubePlayReport> &r) {
        m_busy = false;
        updateEnabled();
        if (!r.ok()) {
            m_status->setText(r.error.userText());
            return;
        }
        Q_EMIT played(id, r.value);
        accept();
    });
}
