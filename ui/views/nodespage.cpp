#include "ui/views/nodespage.h"

#include <utility>

#include "core/config/nodeimporter.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "ui/dialogs/importnodesdialog.h"
#include "ui/dialogs/nodedialog.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

NodesPage::NodesPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("nodesPage"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    // A plain TCP node or one whose certificate is not checked: a warning mark by its name,
    // and what is at risk in its tooltip and in the details.
    m_risk = new QLabel(this);
    m_risk->setObjectName(QStringLiteral("riskBadge"));
    const int mark = QFontMetrics(f).height();
    m_risk->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(mark, mark));
    m_risk->hide();
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_risk);
    titleRow->addStretch();
    layout->addLayout(titleRow);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_import = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_reconnect = new QPushButton(this);
    m_remove = new QPushButton(this);
    for (QPushButton *b : {m_add, m_import, m_edit, m_reconnect, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("nodeDetails"));
    layout->addWidget(m_details, 1);
    connect(m_add, &QPushButton::clicked, this, &NodesPage::addNode);
    connect(m_import, &QPushButton::clicked, this, &NodesPage::importNodes);
    connect(m_edit, &QPushButton::clicked, this, &NodesPage::editNode);
    connect(m_remove, &QPushButton::clicked, this, &NodesPage::removeNode);
    connect(m_reconnect, &QPushButton::clicked, this, [this] {
        if (m_node)
            m_node->reconnectNow();
    });
    retranslateUi();
}

NodesPage::~NodesPage() = default;

void NodesPage::retranslateUi()
{
    m_add->setText(tr("&Add Node…"));
    m_import->setText(m_importing ? tr("Looking for contexts and connections…")
                                  : tr("&Import from Docker and Podman…"));
    m_edit->setText(tr("&Edit…"));
    m_reconnect->setText(tr("Re&connect"));
    m_remove->setText(tr("Re&move…"));
    refresh();
}

void NodesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString NodesPage::title() const
{
    return tr("Nodes");
}

void NodesPage::setNodeManager(NodeManager *manager)
{
    m_manager = manager;
    if (manager && !manager->nodes().isEmpty())
        setNode(manager->nodes().first());
    else
        setNode(nullptr);
}

void NodesPage::setNode(NodeService *node)
{
    if (m_node)
        m_node->disconnect(this);
    m_node = node;
    if (node) {
        connect(node, &NodeService::stateChanged, this, &NodesPage::refresh);
        connect(node, &NodeService::detailsChanged, this, &NodesPage::refresh);
        connect(node, &NodeService::engineInfoChanged, this, &NodesPage::refresh);
        // A probe a second only moves the latency: not worth laying the details out again
        // while they are not shown (it was a tenth of an idle window's CPU).
        connect(node, &NodeService::healthProbed, this, [this] {
            if (isVisible())
                refresh();
            else
                m_probedWhileHidden = true;
        });
    }
    refresh();
}

void NodesPage::showEvent(QShowEvent *event)
{
    if (std::exchange(m_probedWhileHidden, false))
        refresh();
    QWidget::showEvent(event);
}

void NodesPage::refresh()
{
    const bool has = m_node != nullptr;
    m_edit->setEnabled(has);
    m_reconnect->setEnabled(has);
    m_remove->setEnabled(has);
    m_import->setEnabled(!m_importing && m_manager);
    m_add->setEnabled(m_manager != nullptr);
    const QString risk = has ? m_node->config().riskText() : QString();
    m_risk->setToolTip(risk.isEmpty() ? QString()
                                      : QStringLiteral("<p>%1</p>").arg(risk.toHtmlEscaped()));
    m_risk->setVisible(!risk.isEmpty());
    if (!has) {
        m_title->setText(tr("Nodes"));
        m_details->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(esc(tr("No node chosen. Add one, or import the engines the docker and "
                            "podman command-line tools already know."))));
        return;
    }
    const NodeConfig c = m_node->config();
    m_title->setText(c.name);
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    const auto row = [&html](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        html += QStringLiteral("<tr><td valign='top' style='color:gray; padding-right:12px'>%1</td>"
                               "<td>%2</td></tr>")
                    .arg(esc(label), esc(value));
    };
    QString state;
    switch (m_node->state()) {
    case NodeService::State::Connecting:
        state = tr("Connecting");
        break;
    case NodeService::State::Online:
        state = tr("Online");
        break;
    case NodeService::State::Degraded:
        // A health check still waiting says how long; a slow answer has no error.
        state = m_node->lastError().isError()
                    ? tr("Not answering (%1)").arg(m_node->lastError().message)
                    : tr("Slow to answer");
        break;
    case NodeService::State::Offline:
        state = tr("Offline: %1").arg(m_node->lastError().userText());
        break;
    }
    row(tr("State"), state);
    row(tr("Address"), m_node->endpoint().toUrl());
    if (!risk.isEmpty())
        html += QStringLiteral("<tr><td valign='top' style='color:gray; padding-right:12px'>%1</td>"
                               "<td><b>&#9888;</b> %2</td></tr>")
                    .arg(esc(tr("Security")), esc(risk));
    if (c.tls)
        row(tr("TLS"), c.tlsSkipVerify ? tr("on, without checking the engine's certificate")
                                       : tr("on, certificates from %1").arg(c.tlsCertPath));
    row(tr("SSH key"),
        c.sshIdentityFile + (c.sshPassphraseSaved
                                 ? QStringLiteral(" ") + tr("(passphrase in the keychain)")
                                 : QString()));
    if (!c.origin.isEmpty())
        row(tr("Imported from"), NodeImporter::originText(c.origin));
    const EngineInfo info = m_node->engineInfo();
    if (!info.version.isEmpty())
        row(tr("Engine"), tr("%1 %2 (API %3)").arg(info.name, info.version, info.apiVersion));
    if (m_node->latencyMs() >= 0)
        row(tr("Latency"), tr("%1 ms").arg(m_node->latencyMs()));
    const SystemInfo d = m_node->details();
    row(tr("Engine build"), d.serverRevision);
    row(tr("Engine ID"), d.serverId);
    row(tr("Host name"), d.hostname);
    row(tr("System"), QStringList({d.operatingSystem, d.architecture}).join(QStringLiteral(", ")));
    row(tr("Kernel"), d.kernel);
    if (d.cpus > 0)
        row(tr("Processors"), QString::number(d.cpus));
    if (d.memoryBytes > 0)
        row(tr("Memory"), QLocale().formattedDataSize(d.memoryBytes));
    if (d.cpus <= 0)
        row(tr("Processors and memory"), d.machineUnknownReason);
    row(tr("Storage"), d.storageDriver);
    // Snapshotters and runtimes (containerd): the working ones first, then why the others
    // are not.
    const auto plugins = [&d](EnginePlugin::Kind kind) {
        QStringList working, others;
        for (const EnginePlugin &p : d.plugins) {
            if (p.kind != kind)
                continue;
            if (p.status == EnginePlugin::Status::Ok)
                working << p.name;
            else if (p.status == EnginePlugin::Status::Skipped)
                others << tr("%1 (not used here: %2)").arg(p.name, p.reason);
            else
                others << tr("%1 (failed: %2)").arg(p.name, p.reason);
        }
        return (working + others).join(QStringLiteral("; "));
    };
    row(tr("Storage plugins"), plugins(EnginePlugin::Kind::Storage));
    row(tr("Runtimes"), plugins(EnginePlugin::Kind::Runtime));
    QStringList namespaces;
    for (const EngineNamespace &ns : d.namespaces)
        namespaces << (ns.readOnly()
                           ? tr("%1 (managed by %2: shown, not changed)").arg(ns.name, ns.managedBy)
                           : ns.name);
    row(tr("Namespaces"), namespaces.join(QStringLiteral(", ")));
    if (!d.cgroupVersion.isEmpty())
        row(tr("Control groups"), d.cgroupDriver.isEmpty()
                                      ? tr("v%1").arg(d.cgroupVersion)
                                      : tr("v%1, %2").arg(d.cgroupVersion, d.cgroupDriver));
    // Counted by the engine's /info, which a node asks after its first list; -1 where the
    // engine does not count (containerd).
    if (d.cpus > 0 && d.containers >= 0)
        row(tr("Containers"), tr("%1 (%2 running, %3 paused, %4 stopped)")
                                  .arg(d.containers)
                                  .arg(d.running)
                                  .arg(d.paused)
                                  .arg(d.stopped));
    if (d.cpus > 0 && d.images >= 0)
        row(tr("Images"), QString::number(d.images));
    row(tr("Warnings"), d.warnings.join(QLatin1Char('\n')));
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

void NodesPage::addNode()
{
    openDialog({});
}

void NodesPage::editNode()
{
    if (m_node)
        openDialog(m_node->id());
}

void NodesPage::openDialog(const QString &nodeId)
{
    if (!m_manager)
        return;
    auto *dialog = new NodeDialog(m_manager, nodeId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NodeDialog::saved, this, [this](const QString &id) {
        if (m_manager)
            setNode(m_manager->node(id));
    });
    dialog->show();
}

void NodesPage::removeNode()
{
    if (!m_manager || !m_node)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove node"),
        tr("Remove the node %1 from Gontainer? Its containers keep running; Gontainer only "
           "stops showing them.")
            .arg(m_node->name()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes || !m_node)
        return;
    m_manager->removeNode(m_node->id());
    setNode(m_manager->nodes().isEmpty() ? nullptr : m_manager->nodes().first());
}

void NodesPage::importNodes()
{
    if (!m_manager || m_importing)
        return;
    m_importing = true;
    retranslateUi();
    // Reads files and may run podman: off the GUI thread.
    auto *watcher = new QFutureWatcher<NodeImporter::Found>(this);
    connect(watcher, &QFutureWatcher<NodeImporter::Found>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_importing = false;
        retranslateUi();
        if (!m_manager)
            return;
        const NodeImporter::Found found = watcher->result();
        QList<NodeConfig> existing;
        for (NodeService *n : m_manager->nodes())
            existing << n->config();
        const NodeImporter::Plan plan = NodeImporter::plan(existing, found.candidates);
        ImportNodesDialog dialog(plan, found.warnings, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QStringList failures;
        for (const NodeConfig &c : dialog.chosen()) {
            if (const QString problem = m_manager->addNode(c); !problem.isEmpty())
                failures << c.name + QStringLiteral(": ") + problem;
        }
        if (!failures.isEmpty())
            QMessageBox::warning(this, tr("Import Nodes"),
                                 tr("Some nodes were not added:") + QLatin1Char('\n') +
                                     failures.join(QLatin1Char('\n')));
    });
    watcher->setFuture(QtConcurrent::run(
        [env = QProcessEnvironment::systemEnvironment()] { return NodeImporter::findAll(env); }));
}
