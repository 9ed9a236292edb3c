#include "ui/dialogs/pullimagedialog.h"

#include "core/config/registrylogins.h"
#include "core/engine/imagereference.h"
#include "core/services/imagepull.h"
#include "core/services/imagepush.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "ui/dialogs/registrylogindialog.h"
#include "ui/widgets/layerprogressview.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

PullImageDialog::PullImageDialog(NodeManager *manager, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_mode(mode)
{
    setObjectName(mode == Mode::Pull ? QStringLiteral("pullImageDialog")
                                     : QStringLiteral("pushImageDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    m_nodes = new QListWidget(this);
    m_nodes->setObjectName(QStringLiteral("nodes"));
    m_nodes->setMaximumHeight(m_nodes->fontMetrics().height() * 5 + 8);
    if (manager) {
        for (NodeService *node : manager->nodes()) {
            auto *item = new QListWidgetItem(node->name(), m_nodes);
            item->setData(Qt::UserRole, node->id());
            // A node whose engine cannot pull is listed, off, saying why.
            const EngineCapabilities caps = node->engineInfo().capabilities;
            const bool pulls = caps.imagePull;
            item->setFlags(mode == Mode::Pull && pulls
                               ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable
                           : mode == Mode::Pull ? Qt::ItemIsUserCheckable
                                                : Qt::ItemIsEnabled);
            if (mode == Mode::Pull) {
                item->setCheckState(Qt::Unchecked);
                if (!pulls)
                    item->setToolTip(
                        caps.imagePullMissingText.isEmpty()
                            ? tr("The engine of %1 cannot pull images.").arg(node->name())
                            : caps.imagePullMissingText);
            }
        }
    }
    m_nodesLabel = new QLabel(this);
    m_nodesLabel->setBuddy(m_nodes);
    form->addRow(m_nodesLabel, m_nodes);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setReadOnly(mode == Mode::Push);
    m_referenceLabel = new QLabel(this);
    m_referenceLabel->setBuddy(m_reference);
    form->addRow(m_referenceLabel, m_reference);
    layout->addLayout(form);
    m_progress = new LayerProgressView(this);
    layout->addWidget(m_progress, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_tried = new QLabel(this);
    m_tried->setObjectName(QStringLiteral("triedRegistries"));
    m_tried->setWordWrap(true);
    m_tried->hide();
    layout->addWidget(m_tried);
    auto *alternatives = new QHBoxLayout;
    m_candidates = new QListWidget(this);
    m_candidates->setObjectName(QStringLiteral("candidates"));
    m_candidates->setMaximumHeight(m_candidates->fontMetrics().height() * 4 + 8);
    m_candidates->hide();
    alternatives->addWidget(m_candidates, 1);
    m_useCandidate = new QPushButton(this);
    m_useCandidate->hide();
    alternatives->addWidget(m_useCandidate, 0, Qt::AlignTop);
    layout->addLayout(alternatives);
    connect(m_candidates, &QListWidget::itemDoubleClicked, this, &PullImageDialog::useCandidate);
    connect(m_useCandidate, &QPushButton::clicked, this, &PullImageDialog::useCandidate);
    connect(m_candidates, &QListWidget::currentRowChanged, this,
            [this](int row) { m_useCandidate->setEnabled(row >= 0); });

    auto *buttons = new QDialogButtonBox(this);
    m_login = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->hide();
    connect(m_login, &QPushButton::clicked, this, &PullImageDialog::openLogin);
    m_start = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &PullImageDialog::start);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_cancel, &QPushButton::clicked, this, &PullImageDialog::cancel);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_close, &QPushButton::clicked, this, &PullImageDialog::reject);
    layout->addWidget(buttons);

    connect(m_reference, &QLineEdit::textChanged, this, &PullImageDialog::validate);
    connect(m_nodes, &QListWidget::itemChanged, this, &PullImageDialog::validate);
    resize(640, 480);
    setRunning(false);
    retranslateUi();
}

PullImageDialog::~PullImageDialog()
{
    // The transfers are children: they stop reporting as they go.
    for (Transfer &t : m_transfers) {
        if (t.job)
            t.job->disconnect(this);
    }
}

void PullImageDialog::retranslateUi()
{
    const bool pull = m_mode == Mode::Pull;
    setWindowTitle(pull ? tr("Pull Image") : tr("Push Image"));
    m_intro->setText(pull ? tr("Downloads an image from its registry onto the nodes checked, with "
                               "the login saved for that registry, if any.")
                          : tr("Uploads the image to the registry its name begins with, with the "
                               "login saved for that registry, if any."));
    m_nodesLabel->setText(pull ? tr("&Nodes:") : tr("&Node:"));
    m_referenceLabel->setText(tr("&Image:"));
    m_reference->setPlaceholderText(tr("busybox, nginx:1.27 or registry.example:5000/team/app:1"));
    m_start->setText(pull ? tr("&Pull") : tr("P&ush"));
    m_useCandidate->setText(tr("Pull &This Name"));
    m_login->setText(tr("&Log In…"));
    m_nodes->setToolTip(tr("Check each node that should get the image"));
}

void PullImageDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PullImageDialog::setNodes(const QStringList &nodeIds)
{
    for (int i = 0; i < m_nodes->count(); ++i) {
        QListWidgetItem *item = m_nodes->item(i);
        const bool in = nodeIds.contains(item->data(Qt::UserRole).toString());
        if (m_mode == Mode::Pull)
            item->setCheckState(in && item->flags().testFlag(Qt::ItemIsEnabled) ? Qt::Checked
                                                                                : Qt::Unchecked);
        else
            item->setHidden(nodeIds.isEmpty() || nodeIds.first() != item->data(Qt::UserRole));
    }
    validate();
}

QStringList PullImageDialog::checkedNodes() const
{
    QStringList out;
    for (int i = 0; i < m_nodes->count(); ++i) {
        const QListWidgetItem *item = m_nodes->item(i);
        if (m_mode == Mode::Pull ? item->checkState() == Qt::Checked : !item->isHidden())
            out << item->data(Qt::UserRole).toString();
    }
    if (m_mode == Mode::Push)
        return out.mid(0, 1);
    return out;
}

void PullImageDialog::setReference(const QString &reference)
{
    m_reference->setText(reference);
}

QString PullImageDialog::reference() const
{
    return m_reference->text().trimmed();
}

bool PullImageDialog::isRunning() const
{
    for (const Transfer &t : m_transfers) {
        if (t.running)
            return true;
    }
    return false;
}

void PullImageDialog::validate()
{
    if (isRunning())
        return;
    const QString ref = reference();
    QString problem;
    if (!ref.isEmpty() && (ref.contains(QLatin1Char(' ')) || !ImageReference::parse(ref).isValid()))
        problem = tr("\"%1\" is not an image name.").arg(ref);
    else if (m_mode == Mode::Pull && checkedNodes().isEmpty() && m_nodes->count() > 0)
        problem = tr("Check at least one node.");
    if (!problem.isEmpty() || m_transfers.isEmpty()) {
        m_status->setText(problem);
        m_status->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #cf222e;"));
    }
    m_start->setEnabled(problem.isEmpty() && !ref.isEmpty() && !checkedNodes().isEmpty());
}

QString PullImageDialog::nodeName(const QString &nodeId) const
{
    NodeService *node = m_manager ? m_manager->node(nodeId) : nullptr;
    return node ? node->name() : nodeId;
}

void PullImageDialog::setRunning(bool running)
{
    m_nodes->setEnabled(!running);
    m_reference->setEnabled(!running);
    m_cancel->setVisible(running);
    m_close->setVisible(!running);
    if (running) {
        m_start->setEnabled(false);
        m_login->hide();
        m_tried->hide();
        m_candidates->hide();
        m_useCandidate->hide();
    } else {
        validate();
    }
}

void PullImageDialog::start()
{
    if (isRunning() || !m_start->isEnabled())
        return;
    const QStringList nodes = checkedNodes();
    const QString ref = reference();
    m_transfers.clear();
    m_progress->clear();
    m_progress->setShowNodes(nodes.size() > 1);
    for (const QString &nodeId : nodes)
        startOn(nodeId, ref, std::nullopt);
}

void PullImageDialog::startOn(const QString &nodeId, const QString &reference,
                              const std::optional<RegistryAuth> &auth)
{
    NodeService *node = m_manager ? m_manager->node(nodeId) : nullptr;
    if (!node)
        return;
    const QString name = node->name();
    Transfer transfer;
    transfer.reference = reference;
    transfer.running = true;
    m_progress->forgetNode(name);
    if (m_mode == Mode::Pull) {
        auto *pull = new ImagePull(node, this);
        transfer.job = pull;
        connect(pull, &ImagePull::layerProgressed, this,
                [this, name](const LayerProgress &layer) { m_progress->setLayer(name, layer); });
        connect(pull, &ImagePull::progressed, this,
                [this, name](const PullProgress &p) { m_progress->setProgress(name, p); });
        connect(pull, &ImagePull::finished, this, [this, nodeId, pull](const EngineError &error) {
            onFinished(nodeId, error, pull->triedRegistries(), pull->qualifiedCandidates());
            pull->deleteLater();
        });
        m_transfers.insert(nodeId, transfer);
        if (auth)
            pull->start(reference, *auth);
        else
            pull->start(reference);
    } else {
        auto *push = new ImagePush(node, this);
        transfer.job = push;
        connect(push, &ImagePush::layerProgressed, this,
                [this, name](const LayerProgress &layer) { m_progress->setLayer(name, layer); });
        connect(push, &ImagePush::progressed, this,
                [this, name](const PullProgress &p) { m_progress->setProgress(name, p); });
        connect(push, &ImagePush::finished, this,
                [this, nodeId, push](const EngineError &error, const QString &) {
                    onFinished(nodeId, error, {}, {});
                    push->deleteLater();
                });
        m_transfers.insert(nodeId, transfer);
        if (auth)
            push->start(reference, *auth);
        else
            push->start(reference);
    }
    m_status->setStyleSheet(QString());
    m_status->setText(m_mode == Mode::Pull ? tr("Pulling %1…").arg(reference)
                                           : tr("Pushing %1…").arg(reference));
    setRunning(true);
}

void PullImageDialog::onFinished(const QString &nodeId, const EngineError &error,
                                 const QStringList &tried, const QStringList &candidates)
{
    auto it = m_transfers.find(nodeId);
    if (it == m_transfers.end())
        return;
    it->running = false;
    it->error = error;
    it->tried = tried;
    it->candidates = candidates;
    if (!error.isError())
        Q_EMIT transferred(nodeId, it->reference);
    if (!isRunning())
        summarize();
}

void PullImageDialog::summarize()
{
    setRunning(false);
    QStringList failures, done, tried, candidates;
    bool wantsLogin = false;
    for (auto it = m_transfers.cbegin(); it != m_transfers.cend(); ++it) {
        const Transfer &t = it.value();
        if (!t.error.isError()) {
            done << nodeName(it.key());
            continue;
        }
        if (t.error.kind == EngineError::Kind::Aborted)
            continue;
        failures << tr("%1: %2").arg(nodeName(it.key()), t.error.userText());
        wantsLogin = wantsLogin || t.error.kind == EngineError::Kind::Unauthorized;
        for (const QString &r : t.tried) {
            if (!tried.contains(r))
                tried << r;
        }
        for (const QString &c : t.candidates) {
            if (!candidates.contains(c))
                candidates << c;
        }
    }
    m_progress->setFinished(failures.isEmpty());
    const QString ref = m_transfers.isEmpty() ? reference() : m_transfers.cbegin()->reference;
    if (failures.isEmpty()) {
        m_status->setStyleSheet(QString());
        if (m_mode == Mode::Pull)
            m_status->setText(
                done.size() == 1
                    ? tr("Pulled %1 onto %2.").arg(ref, done.first())
                    : tr("Pulled %1 onto %n node(s).", nullptr, int(done.size())).arg(ref));
        else
            m_status->setText(tr("Pushed %1.").arg(ref));
    } else {
        m_status->setStyleSheet(QStringLiteral("color: #cf222e;"));
        m_status->setText((m_mode == Mode::Pull ? tr("Could not pull %1:").arg(ref)
                                                : tr("Could not push %1:").arg(ref)) +
                          QLatin1Char('\n') + failures.join(QLatin1Char('\n')));
    }
    if (!tried.isEmpty()) {
        m_tried->setText(tr("Registries tried for the short name: %1. Choose a full name to pull "
                            "instead:")
                             .arg(tried.join(QStringLiteral(", "))));
        m_tried->show();
    }
    if (!candidates.isEmpty()) {
        m_candidates->clear();
        m_candidates->addItems(candidates);
        m_candidates->setCurrentRow(0);
        m_candidates->show();
        m_useCandidate->show();
        m_useCandidate->setEnabled(true);
    }
    m_login->setVisible(wantsLogin);
    int failed = 0;
    for (const Transfer &t : std::as_const(m_transfers))
        failed += t.error.isError() ? 1 : 0;
    Q_EMIT allFinished(failed);
}

void PullImageDialog::cancel()
{
    if (!isRunning()) {
        reject();
        return;
    }
    for (Transfer &t : m_transfers) {
        if (!t.running)
            continue;
        if (auto *pull = qobject_cast<ImagePull *>(t.job))
            pull->stop();
        else if (auto *push = qobject_cast<ImagePush *>(t.job))
            push->stop();
        if (t.job)
            t.job->deleteLater();
        t.running = false;
        t.error = EngineError::make(EngineError::Kind::Aborted, QString());
    }
    setRunning(false);
    m_progress->setFinished(false);
    m_status->setStyleSheet(QString());
    m_status->setText(m_mode == Mode::Pull ? tr("Pull cancelled.") : tr("Push cancelled."));
}

void PullImageDialog::reject()
{
    // Closing stops what runs: nothing goes on unseen.
    if (isRunning())
        cancel();
    if (m_loginDialog)
        m_loginDialog->close();
    QDialog::reject();
}

void PullImageDialog::useCandidate()
{
    const QListWidgetItem *item = m_candidates->currentItem();
    if (!item || isRunning())
        return;
    QStringList retry;
    for (auto it = m_transfers.cbegin(); it != m_transfers.cend(); ++it) {
        if (it->error.isError() && !it->candidates.isEmpty())
            retry << it.key();
    }
    if (retry.isEmpty())
        retry = checkedNodes();
    const QString name = item->text();
    m_reference->setText(name);
    for (const QString &nodeId : std::as_const(retry))
        startOn(nodeId, name, std::nullopt);
}

void PullImageDialog::openLogin()
{
    if (m_loginDialog) {
        m_loginDialog->raise();
        m_loginDialog->activateWindow();
        return;
    }
    QStringList retry;
    for (auto it = m_transfers.cbegin(); it != m_transfers.cend(); ++it) {
        if (it->error.kind == EngineError::Kind::Unauthorized)
            retry << it.key();
    }
    if (retry.isEmpty())
        return;
    const QString ref = m_transfers.value(retry.first()).reference;
    const QString server = RegistryLogins::serverFor(ImageReference::parse(ref).registry);
    m_loginDialog = new RegistryLoginDialog(m_manager, server, retry.first(), this);
    m_loginDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_loginDialog->setSaveOptional(true);
    m_loginDialog->setReason(m_mode == Mode::Pull
                                 ? tr("%1 requires a login to pull %2.").arg(server, ref)
                                 : tr("%1 requires a login to push %2.").arg(server, ref));
    connect(m_loginDialog, &RegistryLoginDialog::loggedIn, this,
            [this, retry](const RegistryAuth &auth) {
                for (const QString &nodeId : retry)
                    startOn(nodeId, m_transfers.value(nodeId).reference, auth);
            });
    m_loginDialog->show();
}
