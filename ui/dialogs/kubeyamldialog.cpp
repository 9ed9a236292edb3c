#include "ui/dialogs/kubeyamldialog.h"

#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "core/services/podoperations.h"
#include "ui/widgets/codeeditor.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

KubeYamlDialog::KubeYamlDialog(NodeManager *manager, const QString &nodeId,
                               const QStringList &names, QWidget *parent)
    : QDialog(parent)
    , m_names(names)
{
    setObjectName(QStringLiteral("kubeYamlDialog"));
    setWindowTitle(tr("Kube YAML of %1").arg(names.join(QStringLiteral(", "))));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Generating…"), this);
    m_status->setObjectName(QStringLiteral("kubeYamlStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_editor = new CodeEditor(this);
    m_editor->setObjectName(QStringLiteral("kubeYaml"));
    m_editor->setReadOnly(true);
    m_editor->setSyntax(QStringLiteral("YAML"));
    layout->addWidget(m_editor, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveKubeYaml"));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &KubeYamlDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 60, em * 40);

    NodeService *node = manager ? manager->node(nodeId) : nullptr;
    if (!node) {
        m_status->setText(tr("The node is gone."));
        return;
    }
    PodOperations::generateKube(node, names, this, [this](const EngineResult<QString> &r) {
        if (!r.ok()) {
            m_status->setText(r.error.userText());
            Q_EMIT generated(false);
            return;
        }
        m_yaml = r.value;
        m_editor->setPlainText(m_yaml);
        m_status->setText(tr("Play this YAML on a node with pods to make the same pods again, "
                             "or apply it to a Kubernetes cluster."));
        m_save->setEnabled(true);
        Q_EMIT generated(true);
    });
}

KubeYamlDialog::~KubeYamlDialog() = default;

bool KubeYamlDialog::saveTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_yaml.toUtf8()) < 0 || !file.commit()) {
        m_status->setText(
            tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void KubeYamlDialog::save()
{
    if (m_yaml.isEmpty())
        return;
    const QString suggested =
        QDir::home().filePath(m_names.value(0, QStringLiteral("pod")) + QStringLiteral(".yaml"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Kube YAML"), suggested,
                                                      tr("YAML files (*.yaml *.yml)"));
    if (!path.isEmpty())
        saveTo(path);
}
