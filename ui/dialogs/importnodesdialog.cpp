#include "ui/dialogs/importnodesdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ImportNodesDialog::ImportNodesDialog(const NodeImporter::Plan &plan, const QStringList &warnings,
                                     QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setWindowTitle(tr("Import Nodes"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(plan.add.isEmpty()
                       ? tr("There is nothing new to import: every Docker context and Podman "
                            "connection found is already a node, or cannot be used.")
                       : tr("These Docker contexts and Podman connections are not nodes yet. "
                            "Choose the ones to add:"));
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("importList"));
    for (const NodeConfig &c : plan.add) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2 (from %3)").arg(c.name, c.url, NodeImporter::originText(c.origin)), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        // A plain TCP context, or one that skips checking the certificate: marked, and what is
        // at risk in its tooltip.
        if (const QString risk = c.riskText(); !risk.isEmpty()) {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(QStringLiteral("<p>%1</p>").arg(risk.toHtmlEscaped())); // wraps
            item->setData(RiskRole, risk);
        }
    }
    m_list->setVisible(!plan.add.isEmpty());
    layout->addWidget(m_list, 1);
    const QStringList notes = plan.skipped + warnings;
    if (!notes.isEmpty()) {
        auto *skipped = new QLabel(this);
        skipped->setWordWrap(true);
        skipped->setTextInteractionFlags(Qt::TextSelectableByMouse);
        skipped->setForegroundRole(QPalette::PlaceholderText);
        skipped->setText(tr("Left out:") + QLatin1Char('\n') + notes.join(QLatin1Char('\n')));
        layout->addWidget(skipped);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(!plan.add.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this,
            [this] { m_import->setEnabled(!chosen().isEmpty()); });
    layout->addWidget(buttons);
    resize(560, 360);
}

ImportNodesDialog::~ImportNodesDialog() = default;

QList<NodeConfig> ImportNodesDialog::chosen() const
{
    QList<NodeConfig> out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_plan.add.at(i);
    }
    return out;
}
