#include "ui/views/disknodepanel.h"

#include "core/services/imageoperations.h"
#include "core/services/nodeservice.h"
#include "ui/widgets/notificationarea.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString bytes(qint64 n)
{
    // The engines count in SI units (`docker system df`).
    return QLocale().formattedDataSize(qMax<qint64>(0, n), 1, QLocale::DataSizeSIFormat);
}

DiskUsage::Part part(const DiskUsage &usage, DiskOperations::Kind kind)
{
    switch (kind) {
    case DiskOperations::Kind::Images:
        return usage.images;
    case DiskOperations::Kind::Containers:
        return usage.containers;
    case DiskOperations::Kind::Volumes:
        return usage.volumes;
    case DiskOperations::Kind::BuildCache:
        return usage.buildCache;
    case DiskOperations::Kind::Networks:
        break;
    }
    return {};
}

} // namespace

QList<DiskOperations::Kind> DiskNodePanel::shownKinds()
{
    return {Kind::Images, Kind::Containers, Kind::Volumes, Kind::BuildCache};
}

DiskNodePanel::DiskNodePanel(NodeService *node, NotificationArea *notifications, QWidget *parent)
    : QGroupBox(parent)
    , m_node(node)
    , m_notifications(notifications)
{
    setObjectName(QStringLiteral("diskNodePanel"));
    build();
    if (node) {
        connect(node, &NodeService::stateChanged, this, &DiskNodePanel::updateState);
        connect(node, &NodeService::engineInfoChanged, this, &DiskNodePanel::updateState);
    }
    retranslateUi();
}

DiskNodePanel::~DiskNodePanel() = default;

void DiskNodePanel::build()
{
    auto *layout = new QVBoxLayout(this);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(18);
    // Header row: kind, the figures, the prune buttons.
    for (int c = 0; c <= ColumnCount; ++c) {
        auto *header = new QLabel(this);
        header->setForegroundRole(QPalette::PlaceholderText);
        if (c > 0)
            header->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_grid->addWidget(header, 0, c);
        m_headers << header;
    }
    int row = 1;
    for (const Kind kind : shownKinds()) {
        auto *name = new QLabel(this);
        m_grid->addWidget(name, row, 0);
        m_kindLabels.insert(kind, name);
        QList<QLabel *> figures;
        for (int c = 0; c < ColumnCount; ++c) {
            auto *figure = new QLabel(this);
            figure->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            figure->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_grid->addWidget(figure, row, c + 1);
            figures << figure;
        }
        m_figures.insert(kind, figures);
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("prune%1").arg(int(kind)));
        // Rows keep their height where an engine has no such kind to prune.
        QSizePolicy policy = button->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        button->setSizePolicy(policy);
        connect(button, &QPushButton::clicked, this, [this, kind] { prune(kind); });
        m_grid->addWidget(button, row, ColumnCount + 1);
        m_pruneButtons.insert(kind, button);
        ++row;
    }
    m_grid->setColumnStretch(ColumnCount + 2, 1);
    layout->addLayout(m_grid);

    auto *footer = new QHBoxLayout;
    m_everything = new QPushButton(this);
    m_everything->setObjectName(QStringLiteral("pruneEverything"));
    connect(m_everything, &QPushButton::clicked, this, &DiskNodePanel::pruneEverything);
    footer->addWidget(m_everything);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy: the engine gives no progress
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    m_busy->hide();
    footer->addWidget(m_busy);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("diskStatus"));
    m_status->setWordWrap(true);
    footer->addWidget(m_status, 1);
    layout->addLayout(footer);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("diskResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);
}

QString DiskNodePanel::kindName(Kind kind) const
{
    switch (kind) {
    case Kind::Images:
        return tr("Images");
    case Kind::Containers:
        return tr("Containers");
    case Kind::Volumes:
        return tr("Volumes");
    case Kind::BuildCache:
        return tr("Build cache");
    case Kind::Networks:
        return tr("Networks");
    }
    return {};
}

void DiskNodePanel::retranslateUi()
{
    const QStringList headers{tr("Kind"), tr("Count"), tr("Active"), tr("Size"), tr("Reclaimable")};
    for (int c = 0; c < headers.size() && c < m_headers.size(); ++c)
        m_headers.at(c)->setText(headers.at(c));
    for (const Kind kind : shownKinds()) {
        m_kindLabels.value(kind)->setText(kindName(kind));
        m_pruneButtons.value(kind)->setText(tr("Prune…"));
    }
    m_pruneButtons.value(Kind::Images)->setToolTip(tr("Remove images no container uses"));
    m_pruneButtons.value(Kind::Containers)->setToolTip(tr("Remove the stopped containers"));
    m_pruneButtons.value(Kind::Volumes)
        ->setToolTip(tr("Remove the volumes no container uses, with their data"));
    m_pruneButtons.value(Kind::BuildCache)->setToolTip(tr("Remove the build cache no build uses"));
    m_everything->setText(tr("Prune Everything Unused…"));
    m_everything->setToolTip(tr("Remove stopped containers, and the networks, images, volumes "
                                "and build cache no container uses"));
    updateState();
}

QLabel *DiskNodePanel::figure(Kind kind, Column column) const
{
    return m_figures.value(kind).value(column);
}

// ---- figures ----

void DiskNodePanel::refresh()
{
    if (!m_node || m_asking)
        return;
    const NodeService::State state = m_node->state();
    // An engine that does not tell its disk use is not asked (the status says so).
    if ((state != NodeService::State::Online && state != NodeService::State::Degraded) ||
        !m_node->engineInfo().capabilities.diskUsage) {
        updateState();
        return;
    }
    m_asking = true;
    updateState();
    DiskOperations::usage(m_node, this, [this](const EngineResult<DiskUsage> &result) {
        m_asking = false;
        if (result.ok()) {
            m_usage = result.value;
            m_usedAt = QDateTime::currentDateTime();
            m_error.clear();
        } else {
            m_error = result.error.userText();
        }
        showUsage();
        updateState();
        Q_EMIT usageChanged();
    });
}

void DiskNodePanel::showUsage()
{
    const QLocale locale;
    for (const Kind kind : shownKinds()) {
        const QList<QLabel *> figures = m_figures.value(kind);
        if (!hasUsage()) {
            for (QLabel *figure : figures)
                figure->setText(QStringLiteral("–"));
            continue;
        }
        const DiskUsage::Part p = part(m_usage, kind);
        figures.at(Count)->setText(locale.toString(p.count));
        figures.at(Active)->setText(locale.toString(p.active));
        figures.at(Size)->setText(bytes(p.size));
        const int percent =
            p.size > 0 ? int(qBound<qint64>(0, p.reclaimable * 100 / p.size, qint64(100))) : 0;
        figures.at(Reclaimable)
            ->setText(tr("%1 (%2%)").arg(bytes(p.reclaimable), locale.toString(percent)));
    }
}

void DiskNodePanel::updateState()
{
    if (!m_node)
        return;
    const EngineInfo info = m_node->engineInfo();
    setTitle(info.name.isEmpty() ? m_node->name()
                                 : tr("%1 (%2 %3)").arg(m_node->name(), info.name, info.version));
    const NodeService::State state = m_node->state();
    const bool online =
        state == NodeService::State::Online || state == NodeService::State::Degraded;
    // An offline node's last figures stay, greyed.
    for (const Kind kind : shownKinds()) {
        const bool can = DiskOperations::canPrune(m_node, kind);
        QPushButton *button = m_pruneButtons.value(kind);
        // Build cache on an engine without one: its figures as the engine gives them, no
        // button.
        button->setVisible(can);
        button->setEnabled(online && hasUsage() && !isBusy() && part(m_usage, kind).count > 0);
        QString none;
        if (kind == Kind::BuildCache)
            none = tr("This engine keeps no build cache of its own.");
        else if (kind == Kind::Volumes)
            none = tr("This engine has no volumes.");
        else if (kind == Kind::Networks)
            none = tr("This engine has no networks.");
        m_kindLabels.value(kind)->setToolTip(can ? QString() : none);
    }
    m_everything->setEnabled(online && hasUsage() && !isBusy());
    for (QLabel *header : std::as_const(m_headers))
        header->setEnabled(online);
    for (const QList<QLabel *> &figures : std::as_const(m_figures)) {
        for (QLabel *figure : figures)
            figure->setEnabled(online);
    }
    for (QLabel *label : std::as_const(m_kindLabels))
        label->setEnabled(online);
    m_busy->setVisible(isBusy());
    showUsage();
    updateStatus();
}

void DiskNodePanel::updateStatus()
{
    const NodeService::State state = m_node->state();
    const bool online =
        state == NodeService::State::Online || state == NodeService::State::Degraded;
    const QString time = QLocale().toString(m_usedAt.time(), QLocale::ShortFormat);
    QString text;
    bool error = false;
    if (m_pruning)
        text = tr("Pruning…");
    else if (m_asking)
        text = tr("Asking the engine for its disk use…");
    else if (!online && state == NodeService::State::Connecting)
        text =
            hasUsage() ? tr("Connecting… The figures are from %1.").arg(time) : tr("Connecting…");
    else if (!online)
        text = hasUsage() ? tr("Offline: the figures are from %1.").arg(time)
                          : tr("Offline: no figures yet.");
    else if (!m_node->engineInfo().capabilities.diskUsage)
        text = tr("The engine of %1 does not tell what takes up its disk.").arg(m_node->name());
    else if (!m_error.isEmpty()) {
        text = tr("Could not get the disk use: %1").arg(m_error);
        error = true;
    } else if (hasUsage())
        text = tr("As the engine reported at %1.").arg(time);
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #cf222e;") : QString());
    m_status->setEnabled(online || isBusy());
}

// ---- prunes ----

QMessageBox *DiskNodePanel::confirmation() const
{
    return m_confirmation;
}

QString DiskNodePanel::namesText(const QStringList &names) const
{
    if (names.isEmpty())
        return {};
    if (names.size() <= MaxNamesListed)
        return names.join(QStringLiteral(", "));
    return tr("%1 and %n more", nullptr, int(names.size() - MaxNamesListed))
        .arg(names.first(MaxNamesListed).join(QStringLiteral(", ")));
}

QString DiskNodePanel::planText(Kind kind, bool allImages, bool everything) const
{
    const DiskUsage::Part p = part(m_usage, kind);
    const int unused = qMax(0, p.count - p.active);
    QStringList names = DiskOperations::plannedNames(m_node, m_usage, kind, allImages);
    QString line;
    if (everything && kind == Kind::Images) {
        // The stopped containers go first, and with them what held their images.
        const QList<ImageSummary> images = DiskOperations::imagesUnusedAfterContainers(m_node);
        qint64 size = 0;
        names.clear();
        for (const ImageSummary &image : images) {
            size += qMax<qint64>(0, image.size);
            names << (image.repoTags.isEmpty() ? image.id.mid(image.id.indexOf(u':') + 1).left(12)
                                               : image.repoTags.join(QStringLiteral(", ")));
        }
        names.sort(Qt::CaseInsensitive);
        line = tr("%n image(s) no container uses, up to %1 (once the stopped containers are gone)",
                  nullptr, int(images.size()))
                   .arg(bytes(size));
        const QString listed = namesText(names);
        return listed.isEmpty() ? line : tr("%1: %2").arg(line, listed);
    }
    if (everything && kind == Kind::Volumes) {
        line = tr("%n volume(s) no container uses, with %1 of data, and those that only the "
                  "stopped containers use",
                  nullptr, unused)
                   .arg(bytes(p.reclaimable));
        const QString listed = namesText(names);
        return listed.isEmpty() ? line : tr("%1: %2").arg(line, listed);
    }
    switch (kind) {
    case Kind::Containers:
        line = tr("%n stopped container(s), %1", nullptr, unused).arg(bytes(p.reclaimable));
        break;
    case Kind::Images:
        if (allImages) {
            line = tr("%n image(s) no container uses, up to %1", nullptr, unused)
                       .arg(bytes(p.reclaimable));
        } else {
            const ImageOperations::PrunePlan plan = ImageOperations::prunePlan(m_node, false);
            line = tr("%n dangling image(s) (without a name), up to %1", nullptr,
                      int(plan.images.size()))
                       .arg(bytes(plan.bytes));
        }
        break;
    case Kind::Volumes:
        line = tr("%n volume(s) no container uses, with %1 of data", nullptr, unused)
                   .arg(bytes(p.reclaimable));
        break;
    case Kind::BuildCache:
        line = tr("%n build cache record(s) no build uses, %1", nullptr, unused)
                   .arg(bytes(p.reclaimable));
        break;
    case Kind::Networks:
        line = tr("the networks no container uses");
        break;
    }
    const QString listed = namesText(names);
    return listed.isEmpty() ? line : tr("%1: %2").arg(line, listed);
}

QMessageBox *DiskNodePanel::makeConfirmation(const QString &title, const QString &text)
{
    if (m_confirmation)
        m_confirmation->close();
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("diskPruneConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    m_confirmation = box;
    return box;
}

void DiskNodePanel::prune(Kind kind)
{
    if (!m_node || isBusy() || !hasUsage() || kind == Kind::Networks ||
        !DiskOperations::canPrune(m_node, kind))
        return;
    const QString node = m_node->name();
    QString text;
    switch (kind) {
    case Kind::Containers:
        text = tr("Remove the stopped containers on %1?").arg(node);
        break;
    case Kind::Images:
        text = tr("Remove the unused images on %1?").arg(node);
        break;
    case Kind::Volumes:
        text = tr("Remove the volumes no container uses on %1?").arg(node);
        break;
    case Kind::BuildCache:
        text = tr("Remove the build cache on %1?").arg(node);
        break;
    case Kind::Networks:
        return;
    }
    QMessageBox *box = makeConfirmation(tr("Prune %1").arg(kindName(kind)), text);
    const QString cannotUndo =
        kind == Kind::Volumes ? tr("Their data is lost for good.") : tr("This cannot be undone.");
    QCheckBox *all = nullptr;
    if (kind == Kind::Images) {
        all = new QCheckBox(tr("Also images with a name (every image no container uses)"), box);
        box->setCheckBox(all);
        connect(all, &QCheckBox::toggled, box, [this, box, cannotUndo](bool allImages) {
            box->setInformativeText(planText(Kind::Images, allImages) + QStringLiteral("\n\n") +
                                    cannotUndo);
        });
    }
    box->setInformativeText(planText(kind, false) + QStringLiteral("\n\n") + cannotUndo);
    QPushButton *go = box->addButton(tr("Prune"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, go, all, kind] {
        if (box->clickedButton() == go)
            runPrune(kind, all && all->isChecked());
    });
    box->open();
}

void DiskNodePanel::pruneEverything()
{
    if (!m_node || isBusy() || !hasUsage())
        return;
    QStringList lines;
    for (const Kind kind : DiskOperations::everythingKinds(m_node))
        lines << QStringLiteral("• ") + planText(kind, true, true);
    QMessageBox *box = makeConfirmation(tr("Prune Everything Unused"),
                                        tr("Remove everything unused on %1?").arg(m_node->name()));
    box->setInformativeText(tr("These go, in this order:") + QLatin1Char('\n') +
                            lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                            tr("Volumes' data is lost for good. This cannot be undone."));
    QPushButton *go = box->addButton(tr("Prune Everything"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, go] {
        if (box->clickedButton() == go)
            runEverything();
    });
    box->open();
}

void DiskNodePanel::runPrune(Kind kind, bool allImages)
{
    if (!m_node || isBusy())
        return;
    m_pruning = true;
    m_result->hide();
    updateState();
    const QString node = m_node->name();
    const QString what = kindName(kind);
    const int notice =
        m_notifications ? m_notifications->post(NoticeBar::Kind::Progress,
                                                tr("Pruning %1 on %2…").arg(what.toLower(), node))
                        : 0;
    DiskOperations::prune(
        m_node, kind, allImages, this,
        [this, kind, node, what, notice](const EngineResult<PruneReport> &result) {
            m_pruning = false;
            if (!result.ok()) {
                const QString text = tr("Could not prune %1 on %2: %3")
                                         .arg(what.toLower(), node, result.error.userText());
                if (m_notifications)
                    m_notifications->update(notice, NoticeBar::Kind::Error, text);
                finishPrune(text, 0, true);
                return;
            }
            const qint64 freed = result.value.spaceReclaimed;
            const int removed = int(result.value.deleted.size());
            QString text;
            switch (kind) {
            case Kind::Containers:
                text = tr("%n stopped container(s) removed from %1, %2 freed.", nullptr, removed)
                           .arg(node, bytes(freed));
                break;
            case Kind::Volumes:
                text = tr("%n volume(s) removed from %1, %2 freed.", nullptr, removed)
                           .arg(node, bytes(freed));
                break;
            default:
                text = tr("%1 pruned on %2: %3 freed.").arg(what, node, bytes(freed));
                break;
            }
            if (m_notifications)
                m_notifications->update(notice, NoticeBar::Kind::Info, text);
            finishPrune(text, freed, false);
        });
}

void DiskNodePanel::runEverything()
{
    if (!m_node || isBusy())
        return;
    m_pruning = true;
    m_result->hide();
    updateState();
    const QString node = m_node->name();
    const int notice = m_notifications
                           ? m_notifications->post(NoticeBar::Kind::Progress,
                                                   tr("Pruning everything unused on %1…").arg(node))
                           : 0;
    DiskOperations::pruneEverything(
        m_node, true, this,
        [this, node, notice](const EngineResult<DiskOperations::EverythingReport> &result) {
            m_pruning = false;
            const qint64 freed = result.value.total.spaceReclaimed;
            QString text;
            if (result.ok()) {
                text = tr("Everything unused pruned on %1: %2 freed.").arg(node, bytes(freed));
            } else {
                const QString step =
                    result.value.failed ? kindName(*result.value.failed) : QString();
                text = tr("Pruning on %1 stopped at %2: %3 (%4 freed before).")
                           .arg(node, step.toLower(), result.error.userText(), bytes(freed));
            }
            if (m_notifications)
                m_notifications->update(
                    notice, result.ok() ? NoticeBar::Kind::Info : NoticeBar::Kind::Error, text);
            finishPrune(text, freed, !result.ok());
        });
}

void DiskNodePanel::finishPrune(const QString &resultText, qint64 freed, bool failed)
{
    m_result->setText(resultText);
    m_result->setStyleSheet(failed ? QStringLiteral("color: #cf222e;") : QString());
    m_result->show();
    updateState();
    Q_EMIT pruneFinished(freed, failed);
    // The figures after the prune.
    refresh();
}
