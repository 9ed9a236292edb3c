#include "ui/views/containeractions.h"

#include "core/config/appsettings.h"
#include "core/config/terminalcommand.h"
#include "core/engine/commandline.h"
#include "core/services/containeractionrunner.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "core/services/problemwatcher.h"
#include "ui/dialogs/commitdialog.h"
#include "ui/dialogs/createcontainerdialog.h"
#include "ui/dialogs/kubeyamldialog.h"
#include "ui/views/containerspage.h"
#include "ui/views/execconsole.h"
#include "ui/views/logwindow.h"
#include "ui/widgets/notificationarea.h"

#include <QAction>
#include <QCheckBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>

namespace {
bool isLive(ContainerSummary::State s)
{
    return s == ContainerSummary::State::Running || s == ContainerSummary::State::Restarting ||
           s == ContainerSummary::State::Paused;
}
} // namespace

ContainerActions::ContainerActions(ContainersPage *page, NotificationArea *notifications)
    : QObject(page)
    , m_page(page)
    , m_notifications(notifications)
{
    m_runner = new ContainerActionRunner(this);
    connect(m_runner, &ContainerActionRunner::progress, this, &ContainerActions::onActionProgress);
    connect(m_runner, &ContainerActionRunner::finished, this, &ContainerActions::onActionFinished);

    m_menu = new QMenu(page);
    QAction *create = addAction(QKeySequence::New, QStringLiteral("list-add"));
    connect(create, &QAction::triggered, this, [this] { open(Open::Create); });
    m_openActs.insert(Open::Create, create);
    m_menu->addSeparator();
    const auto engineAct = [this](ContainerAction action, const QKeySequence &key,
                                  const QString &icon) {
        QAction *a = addAction(key, icon);
        connect(a, &QAction::triggered, this, [this, action] { trigger(action); });
        m_engineActs.insert(action, a);
    };
    const auto openAct = [this](Open which, const QKeySequence &key, const QString &icon) {
        QAction *a = addAction(key, icon);
        connect(a, &QAction::triggered, this, [this, which] { open(which); });
        m_openActs.insert(which, a);
    };
    engineAct(ContainerAction::Start, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
              QStringLiteral("media-playback-start"));
    engineAct(ContainerAction::Stop, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
              QStringLiteral("media-playback-stop"));
    engineAct(ContainerAction::Restart, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
              QStringLiteral("view-refresh"));
    engineAct(ContainerAction::Pause, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
              QStringLiteral("media-playback-pause"));
    engineAct(ContainerAction::Unpause, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), QString());
    engineAct(ContainerAction::Kill, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), QString());
    m_menu->addSeparator();
    engineAct(ContainerAction::Rename, QKeySequence(Qt::Key_F2), QString());
    engineAct(ContainerAction::Commit, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), QString());
    engineAct(ContainerAction::Remove, QKeySequence::Delete, QStringLiteral("edit-delete"));
    m_menu->addSeparator();
    openAct(Open::Details, QKeySequence(Qt::CTRL | Qt::Key_I),
            QStringLiteral("document-properties"));
    openAct(Open::Logs, QKeySequence(Qt::CTRL | Qt::Key_L), QStringLiteral("text-x-generic"));
    openAct(Open::Console, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
            QStringLiteral("utilities-terminal"));
    openAct(Open::Terminal, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), QString());
    openAct(Open::KubeYaml, QKeySequence(Qt::CTRL | Qt::Key_Y), QStringLiteral("document-export"));
    m_projectSeparator = m_menu->addSeparator();
    for (const auto &[action, icon] :
         {std::pair{ContainerAction::Start, QStringLiteral("media-playback-start")},
          std::pair{ContainerAction::Stop, QStringLiteral("media-playback-stop")},
          std::pair{ContainerAction::Restart, QStringLiteral("view-refresh")},
          std::pair{ContainerAction::Remove, QStringLiteral("edit-delete")}}) {
        QAction *a = addAction(QKeySequence(), icon);
        const ContainerAction act = action;
        connect(a, &QAction::triggered, this, [this, act] { triggerProject(act); });
        m_projectActs.insert(act, a);
    }
    setProjectActionsVisible(false);
    updateCreate();
}

ContainerActions::~ContainerActions() = default;

QAction *ContainerActions::addAction(const QKeySequence &key, const QString &icon)
{
    auto *a = new QAction(this);
    a->setShortcut(key);
    // Live while the container views have focus, and from the menu.
    a->setShortcutContext(Qt::WindowShortcut);
    if (!icon.isEmpty())
        a->setIcon(QIcon::fromTheme(icon));
    m_menu->addAction(a);
    return a;
}

void ContainerActions::setNodeManager(NodeManager *manager)
{
    if (m_manager)
        m_manager->disconnect(this);
    m_manager = manager;
    if (manager) {
        connect(manager, &NodeManager::nodeAdded, this, &ContainerActions::updateCreate);
        connect(manager, &NodeManager::nodeRemoved, this, &ContainerActions::updateCreate);
    }
    updateCreate();
}

void ContainerActions::setProjectActionsVisible(bool visible)
{
    m_projectSeparator->setVisible(visible);
    for (QAction *a : std::as_const(m_projectActs))
        a->setVisible(visible);
}

void ContainerActions::setProblemWatcher(ProblemWatcher *watcher)
{
    m_problems = watcher;
}

void ContainerActions::updateCreate()
{
    m_openActs.value(Open::Create)->setEnabled(m_manager && !m_manager->nodes().isEmpty());
}

QList<QAction *> ContainerActions::toolBarActions() const
{
    return {action(Open::Create),           action(ContainerAction::Start),
            action(ContainerAction::Stop),  action(ContainerAction::Restart),
            action(ContainerAction::Pause), action(ContainerAction::Remove)};
}

QList<QAction *> ContainerActions::allActions() const
{
    return {action(Open::Create),
            action(ContainerAction::Start),
            action(ContainerAction::Stop),
            action(ContainerAction::Restart),
            action(ContainerAction::Pause),
            action(ContainerAction::Unpause),
            action(ContainerAction::Kill),
            action(ContainerAction::Rename),
            action(ContainerAction::Commit),
            action(ContainerAction::Remove),
            action(Open::Details),
            action(Open::Logs),
            action(Open::Console),
            action(Open::Terminal),
            action(Open::KubeYaml)};
}

void ContainerActions::retranslate()
{
    m_menu->setTitle(tr("&Container"));
    const QList<std::pair<QAction *, QPair<QString, QString>>> texts = {
        {action(ContainerAction::Start), {tr("&Start"), tr("Start the selected containers")}},
        {action(ContainerAction::Stop), {tr("S&top"), tr("Stop the selected containers")}},
        {action(ContainerAction::Restart), {tr("&Restart"), tr("Restart the selected containers")}},
        {action(ContainerAction::Pause),
         {tr("&Pause"), tr("Pause the selected running containers")}},
        {action(ContainerAction::Unpause),
         {tr("Res&ume"), tr("Resume the selected paused containers")}},
        {action(ContainerAction::Kill),
         {tr("&Kill…"), tr("Send a signal to the selected containers")}},
        {action(ContainerAction::Rename),
         {tr("Re&name…"), tr("Give the selected container a new name")}},
        {action(ContainerAction::Remove), {tr("Re&move…"), tr("Remove the selected containers")}},
        {action(Open::Details), {tr("&Details"), tr("Show the selected container's details")}},
        {action(Open::Create), {tr("&New Container…"), tr("Create a container on a node")}},
        {action(ContainerAction::Commit),
         {tr("&Commit to Image…"), tr("Save the selected container as a new image")}},
        {action(Open::Console),
         {tr("Open C&onsole"), tr("Run a shell in the selected running container, in a window")}},
        {action(Open::Terminal),
         {tr("Open in &Terminal"),
          tr("Run a shell in the selected running container in your terminal emulator")}},
        {action(Open::KubeYaml),
         {tr("Generate &Kube YAML…"),
          tr("Show the kube YAML of the selected containers (not in a pod), to save")}},
        {action(Open::Logs),
         {tr("Show &Logs"),
          tr("Show the selected containers' logs in a window, merged by time when several")}},
    };
    const QList<std::pair<QAction *, QPair<QString, QString>>> projectTexts = {
        {projectAction(ContainerAction::Start),
         {tr("Start Pro&ject"), tr("Start every container of the project, on every node")}},
        {projectAction(ContainerAction::Stop),
         {tr("Stop Projec&t"), tr("Stop every container of the project, on every node")}},
        {projectAction(ContainerAction::Restart),
         {tr("Restart Project"), tr("Restart every container of the project, on every node")}},
        {projectAction(ContainerAction::Remove),
         {tr("Remove Project…"), tr("Remove every container of the project, on every node")}},
    };
    for (const auto &[a, text] : projectTexts) {
        a->setText(text.first);
        a->setStatusTip(text.second);
        m_tips.insert(a, text.second);
        applyToolTip(a);
    }
    for (const auto &[a, text] : texts) {
        a->setText(text.first);
        // Toolbar buttons show the name without the menu's mnemonic and ellipsis.
        static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)|&|…$"));
        a->setIconText(QString(text.first).remove(mnemonic));
        a->setStatusTip(text.second);
        m_tips.insert(a, QStringLiteral("%1 (%2)").arg(
                             text.second, a->shortcut().toString(QKeySequence::NativeText)));
        applyToolTip(a);
    }
}

QString ContainerActions::readOnlyText()
{
    return tr("Docker manages this container: act on it from the Docker node");
}

QString ContainerActions::blockedBy(const QList<Selected> &containers,
                                    bool EngineCapabilities::*need, const QString &missing) const
{
    for (const Selected &s : containers) {
        if (s.container.readOnly)
            return readOnlyText();
    }
    if (!need)
        return {};
    // Every node of the selection must have it: a mixed selection is acted on as a whole.
    QStringList seen;
    for (const Selected &s : containers) {
        if (seen.contains(s.nodeId))
            continue;
        seen << s.nodeId;
        NodeService *node = m_manager ? m_manager->node(s.nodeId) : nullptr;
        if (node && !(node->engineInfo().capabilities.*need))
            return missing.arg(node->name());
    }
    return {};
}

void ContainerActions::enableFor(QAction *action, bool hasTargets, const QString &reason)
{
    action->setEnabled(hasTargets && reason.isEmpty());
    if (hasTargets && !reason.isEmpty())
        m_reasons.insert(action, reason);
    else
        m_reasons.remove(action);
    applyToolTip(action);
}

void ContainerActions::applyToolTip(QAction *action)
{
    const QString reason = m_reasons.value(action);
    action->setToolTip(reason.isEmpty() ? m_tips.value(action) : reason);
}

void ContainerActions::updateEnabled()
{
    // While another page is shown, its own keys (Delete, F2...) are the ones meant: a
    // selection out of sight is not acted on.
    const QList<Selected> selected =
        m_page->isHidden() ? QList<Selected>() : m_page->selectedContainers();
    bool anyStoppable = false, anyStartable = false, anyRunning = false, anyPaused = false;
    for (const Selected &s : selected) {
        const auto st = s.container.state;
        anyStoppable = anyStoppable || isLive(st);
        anyStartable = anyStartable || st == ContainerSummary::State::Created ||
                       st == ContainerSummary::State::Exited;
        anyRunning = anyRunning || st == ContainerSummary::State::Running;
        anyPaused = anyPaused || st == ContainerSummary::State::Paused;
    }
    // Read-only containers and what their nodes lack turn actions off, with the reason as the
    // tool tip.
    const QString common = blockedBy(selected, nullptr, QString());
    enableFor(action(ContainerAction::Start), anyStartable, common);
    enableFor(action(ContainerAction::Stop), anyStoppable, common);
    enableFor(action(ContainerAction::Restart), !selected.isEmpty(), common);
    enableFor(action(ContainerAction::Pause), anyRunning, common);
    enableFor(action(ContainerAction::Unpause), anyPaused, common);
    enableFor(action(ContainerAction::Kill), anyRunning || anyPaused, common);
    enableFor(action(ContainerAction::Remove), !selected.isEmpty(), common);
    enableFor(action(ContainerAction::Rename), selected.size() == 1,
              blockedBy(selected, &EngineCapabilities::containerRename,
                        tr("The engine of %1 cannot rename containers.")));
    enableFor(action(ContainerAction::Commit), selected.size() == 1,
              blockedBy(selected, &EngineCapabilities::commit,
                        tr("The engine of %1 cannot make an image from a container.")));
    // Reading a log changes nothing: read-only containers have theirs too.
    QString logs;
    for (const Selected &s : selected) {
        NodeService *node = m_manager ? m_manager->node(s.nodeId) : nullptr;
        if (node && !node->engineInfo().capabilities.logs) {
            logs = tr("The engine of %1 keeps no container logs.").arg(node->name());
            break;
        }
    }
    enableFor(action(Open::Logs), !selected.isEmpty(), logs);
    const bool oneRunning = selected.size() == 1 &&
                            selected.first().container.state == ContainerSummary::State::Running;
    const QString exec = blockedBy(selected, &EngineCapabilities::exec,
                                   tr("The engine of %1 cannot run commands in containers."));
    enableFor(action(Open::Console), oneRunning, exec);
    enableFor(action(Open::Terminal), oneRunning, exec);
    // Kube YAML of containers of one node whose engine writes it.
    bool oneNode = true;
    for (const Selected &s : selected)
        oneNode = oneNode && s.nodeId == selected.first().nodeId;
    enableFor(action(Open::KubeYaml), !selected.isEmpty() && oneNode && m_manager,
              blockedBy(selected, &EngineCapabilities::kube,
                        tr("The engine of %1 cannot write kube YAML.")));
    action(Open::Details)
        ->setEnabled(!m_page->isHidden() && (!selected.isEmpty() || m_page->hasCurrent()));

    // A project's header is current: its containers on every node, hidden ones too.
    const QString project = m_page->isHidden() ? QString() : m_page->currentProject();
    const QList<Selected> members =
        project.isEmpty() ? QList<Selected>() : m_page->projectContainers(project);
    bool projectStartable = false, projectLive = false;
    for (const Selected &s : members) {
        projectLive = projectLive || isLive(s.container.state);
        projectStartable = projectStartable ||
                           s.container.state == ContainerSummary::State::Created ||
                           s.container.state == ContainerSummary::State::Exited;
    }
    const QString projectReason = blockedBy(members, nullptr, QString());
    enableFor(projectAction(ContainerAction::Start), projectStartable, projectReason);
    enableFor(projectAction(ContainerAction::Stop), projectLive, projectReason);
    enableFor(projectAction(ContainerAction::Restart), !members.isEmpty(), projectReason);
    enableFor(projectAction(ContainerAction::Remove), !members.isEmpty(), projectReason);
}

void ContainerActions::showContextMenu(const QPoint &globalPos)
{
    QMenu menu(m_page);
    // On a project's header: the project's actions.
    for (ContainerAction act : {ContainerAction::Start, ContainerAction::Stop,
                                ContainerAction::Restart, ContainerAction::Remove}) {
        QAction *a = projectAction(act);
        if (a->isVisible() && a->isEnabled())
            menu.addAction(a);
    }
    menu.addSeparator();
    for (QAction *a : {action(ContainerAction::Start), action(ContainerAction::Stop),
                       action(ContainerAction::Restart), action(ContainerAction::Pause),
                       action(ContainerAction::Unpause), action(ContainerAction::Kill)}) {
        if (a->isEnabled())
            menu.addAction(a);
    }
    menu.addSeparator();
    for (QAction *a : {action(ContainerAction::Rename), action(ContainerAction::Commit),
                       action(ContainerAction::Remove), action(Open::Details), action(Open::Logs),
                       action(Open::Console), action(Open::Terminal), action(Open::KubeYaml)}) {
        if (a->isEnabled())
            menu.addAction(a);
    }
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

void ContainerActions::setAnswersForTest(const Answers &answers)
{
    m_answers = answers;
}

void ContainerActions::trigger(ContainerAction act)
{
    const QList<Selected> selected = m_page->selectedContainers();
    if (selected.isEmpty())
        return;
    QWidget *parent = m_page->window();
    const auto only = [&selected](auto keep) {
        QList<Selected> out;
        for (const Selected &s : selected) {
            if (keep(s.container.state))
                out.append(s);
        }
        return out;
    };
    ContainerActionOptions options;
    switch (act) {
    case ContainerAction::Start:
        runAction(ContainerAction::Start, only([](auto s) {
                      return s == ContainerSummary::State::Created ||
                             s == ContainerSummary::State::Exited;
                  }),
                  options);
        return;
    case ContainerAction::Stop:
        options.timeoutSecs = AppSettings::stopTimeout();
        runAction(ContainerAction::Stop, only(isLive), options);
        return;
    case ContainerAction::Restart:
        options.timeoutSecs = AppSettings::stopTimeout();
        runAction(ContainerAction::Restart, selected, options);
        return;
    case ContainerAction::Pause:
        runAction(ContainerAction::Pause,
                  only([](auto s) { return s == ContainerSummary::State::Running; }), options);
        return;
    case ContainerAction::Unpause:
        runAction(ContainerAction::Unpause,
                  only([](auto s) { return s == ContainerSummary::State::Paused; }), options);
        return;
    case ContainerAction::Kill: {
        const QList<Selected> targets = only([](auto s) {
            return s == ContainerSummary::State::Running || s == ContainerSummary::State::Paused;
        });
        if (targets.isEmpty())
            return;
        QString signal;
        if (m_answers) {
            signal = m_answers->killSignal;
        } else {
            bool ok = false;
            signal = QInputDialog::getItem(
                parent, tr("Kill containers"),
                tr("Send this signal to %n container(s):", nullptr, int(targets.size())),
                {QStringLiteral("SIGKILL"), QStringLiteral("SIGTERM"), QStringLiteral("SIGINT"),
                 QStringLiteral("SIGHUP"), QStringLiteral("SIGQUIT"), QStringLiteral("SIGUSR1"),
                 QStringLiteral("SIGUSR2")},
                0, true, &ok);
            if (!ok)
                signal.clear();
        }
        if (signal.trimmed().isEmpty())
            return;
        options.signal = signal.trimmed();
        runAction(ContainerAction::Kill, targets, options);
        return;
    }
    case ContainerAction::Rename: {
        if (selected.size() != 1)
            return;
        static const QRegularExpression valid(QStringLiteral("^/?[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
        QString name = selected.first().container.name;
        QString problem;
        for (;;) {
            if (m_answers) {
                name = m_answers->newName;
            } else {
                bool ok = false;
                const QString label =
                    problem.isEmpty()
                        ? tr("New name for %1:").arg(selected.first().container.name)
                        : problem + QStringLiteral("\n\n") +
                              tr("New name for %1:").arg(selected.first().container.name);
                name = QInputDialog::getText(parent, tr("Rename container"), label,
                                             QLineEdit::Normal, name, &ok);
                if (!ok)
                    return;
            }
            name = name.trimmed();
            if (name.isEmpty() || name == selected.first().container.name)
                return;
            if (valid.match(name).hasMatch())
                break;
            problem = tr("\"%1\" cannot be a container name: use letters, digits, and . _ - "
                         "after the first letter or digit.")
                          .arg(name);
            if (m_answers) {
                m_notifications->post(NoticeBar::Kind::Error, problem);
                return;
            }
        }
        options.newName = name;
        runAction(ContainerAction::Rename, selected, options);
        return;
    }
    case ContainerAction::Remove: {
        const QList<Selected> running = only(isLive);
        bool volumes = false;
        if (!AppSettings::confirmRemove() && running.isEmpty()) {
            // Asked not to confirm: removed at once, their volumes kept. Running containers are
            // stopped by force first, which is always asked.
        } else if (m_answers) {
            if (!m_answers->confirmRemove)
                return;
            volumes = m_answers->removeVolumes;
        } else {
            QMessageBox box(
                QMessageBox::Warning, tr("Remove containers"),
                selected.size() == 1
                    ? tr("Remove the container %1?").arg(selected.first().container.name)
                    : tr("Remove %n container(s)?", nullptr, int(selected.size())),
                QMessageBox::Cancel, parent);
            QString info = tr("This cannot be undone.");
            if (!running.isEmpty())
                info += QLatin1Char(' ') + tr("%n of them are running and will be stopped first.",
                                              nullptr, int(running.size()));
            box.setInformativeText(info);
            QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
            box.setDefaultButton(QMessageBox::Cancel);
            auto *check = new QCheckBox(tr("Also remove their anonymous volumes"), &box);
            box.setCheckBox(check);
            box.exec();
            if (box.clickedButton() != remove)
                return;
            volumes = check->isChecked();
        }
        options.force = !running.isEmpty();
        options.removeVolumes = volumes;
        runAction(ContainerAction::Remove, selected, options);
        return;
    }
    case ContainerAction::Commit: {
        if (selected.size() != 1)
            return;
        if (m_answers) {
            if (!m_answers->commit)
                return;
            options.commit = *m_answers->commit;
        } else {
            CommitDialog dialog(selected.first().container.name, parent);
            if (dialog.exec() != QDialog::Accepted)
                return;
            options.commit = dialog.options();
        }
        runAction(ContainerAction::Commit, selected, options);
        return;
    }
    }
}

void ContainerActions::triggerProject(ContainerAction act)
{
    const QString project = m_page->currentProject();
    const QList<Selected> members =
        project.isEmpty() ? QList<Selected>() : m_page->projectContainers(project);
    if (members.isEmpty())
        return;
    const auto only = [&members](auto keep) {
        QList<Selected> out;
        for (const Selected &s : members) {
            if (keep(s.container.state))
                out.append(s);
        }
        return out;
    };
    ContainerActionOptions options;
    switch (act) {
    case ContainerAction::Start:
        runAction(act, only([](auto s) {
                      return s == ContainerSummary::State::Created ||
                             s == ContainerSummary::State::Exited;
                  }),
                  options);
        return;
    case ContainerAction::Stop:
        options.timeoutSecs = AppSettings::stopTimeout();
        runAction(act, only(isLive), options);
        return;
    case ContainerAction::Restart:
        options.timeoutSecs = AppSettings::stopTimeout();
        runAction(act, members, options);
        return;
    case ContainerAction::Remove: {
        const QList<Selected> running = only(isLive);
        bool volumes = false;
        if (m_answers) {
            if (!m_answers->confirmRemove)
                return;
            volumes = m_answers->removeVolumes;
        } else {
            // Names every container that goes, with its node.
            QStringList lines;
            for (const Selected &s : members) {
                NodeService *node = m_manager ? m_manager->node(s.nodeId) : nullptr;
                lines << tr("%1 on %2").arg(s.container.name, node ? node->name() : s.nodeId);
            }
            lines.sort(Qt::CaseInsensitive);
            QMessageBox box(
                QMessageBox::Warning, tr("Remove project"),
                tr("Remove the project %1 and its %n container(s)?", nullptr, int(members.size()))
                    .arg(project),
                QMessageBox::Cancel, m_page->window());
            QString info = tr("This cannot be undone.");
            if (!running.isEmpty())
                info += QLatin1Char(' ') + tr("%n of them are running and will be stopped first.",
                                              nullptr, int(running.size()));
            // The first ones in the message, all of them in its details.
            constexpr int Shown = 12;
            info += QStringLiteral("\n\n") + lines.mid(0, Shown).join(QLatin1Char('\n'));
            if (lines.size() > Shown) {
                info += QLatin1Char('\n') + tr("and %n more", nullptr, int(lines.size() - Shown));
                box.setDetailedText(lines.join(QLatin1Char('\n')));
            }
            box.setInformativeText(info);
            QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
            box.setDefaultButton(QMessageBox::Cancel);
            auto *check = new QCheckBox(tr("Also remove their anonymous volumes"), &box);
            box.setCheckBox(check);
            box.exec();
            if (box.clickedButton() != remove)
                return;
            volumes = check->isChecked();
        }
        options.force = !running.isEmpty();
        options.removeVolumes = volumes;
        runAction(act, members, options);
        return;
    }
    case ContainerAction::Pause:
    case ContainerAction::Unpause:
    case ContainerAction::Kill:
    case ContainerAction::Rename:
    case ContainerAction::Commit:
        break;
    }
}

void ContainerActions::open(Open which)
{
    if (which == Open::Details) {
        m_page->showDetails(true);
        return;
    }
    if (which == Open::Create) {
        showCreateDialog();
        return;
    }
    const QList<Selected> selected = m_page->selectedContainers();
    if (selected.isEmpty())
        return;
    switch (which) {
    case Open::Logs: {
        QList<LogView::Target> targets;
        for (const Selected &s : selected)
            targets.append({m_manager ? m_manager->node(s.nodeId) : nullptr, s.container.id,
                            s.container.name});
        auto *window = new LogWindow(targets, m_page->window());
        window->show();
        m_logWindows.append(window);
        return;
    }
    case Open::Console:
    case Open::Terminal: {
        NodeService *node = m_manager ? m_manager->node(selected.first().nodeId) : nullptr;
        if (!node || selected.size() != 1)
            return;
        const ContainerSummary &c = selected.first().container;
        if (which == Open::Console) {
            (new ExecConsole(node, c.id, c.name, m_page->window()))->show();
            return;
        }
        const QStringList exec =
            TerminalCommand::execCommand(node->engineInfo(), c.id, ExecConsole::defaultShell());
        const QStringList argv =
            exec.isEmpty() ? QStringList() : TerminalCommand::terminalFor(exec);
        if (exec.isEmpty()) {
            m_notifications->post(NoticeBar::Kind::Error,
                                  tr("%1 cannot be reached with the engine's own client from a "
                                     "terminal (Podman has no TLS connections). Use Open Console.")
                                      .arg(node->name()));
        } else if (argv.isEmpty() || !QProcess::startDetached(argv.first(), argv.mid(1))) {
            m_notifications->post(
                NoticeBar::Kind::Error,
                tr("No terminal emulator could be started. Set TERMINAL to yours, or run: %1")
                    .arg(CommandLine::join(exec)));
        }
        return;
    }
    case Open::KubeYaml: {
        QStringList names;
        for (const Selected &s : selected)
            names << s.container.name;
        auto *dialog =
            new KubeYamlDialog(m_manager, selected.first().nodeId, names, m_page->window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return;
    }
    case Open::Details:
    case Open::Create:
        break;
    }
}

QList<LogWindow *> ContainerActions::logWindows() const
{
    QList<LogWindow *> out;
    for (const QPointer<LogWindow> &w : m_logWindows) {
        if (w)
            out.append(w);
    }
    return out;
}

void ContainerActions::showCreateDialog()
{
    if (!m_manager || m_manager->nodes().isEmpty())
        return;
    // On the node the user is looking at, if one is chosen.
    auto *dialog = new CreateContainerDialog(m_manager, m_page->nodeFilter(), m_page->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateContainerDialog::created, this,
            [this](const QString &nodeId, const QString &, const QString &name) {
                NodeService *node = m_manager ? m_manager->node(nodeId) : nullptr;
                m_notifications->post(
                    NoticeBar::Kind::Info,
                    tr("Created %1 on %2.").arg(name, node ? node->name() : nodeId));
            });
    dialog->show();
}

void ContainerActions::runAction(ContainerAction action, const QList<Selected> &selected,
                                 const ContainerActionOptions &options)
{
    if (selected.isEmpty() || !m_manager)
        return;
    QList<ContainerTarget> targets;
    const bool endsIt = action == ContainerAction::Stop || action == ContainerAction::Kill ||
                        action == ContainerAction::Restart || action == ContainerAction::Remove;
    for (const Selected &s : selected) {
        targets.append({m_manager->node(s.nodeId), s.container.id, s.container.name});
        // The user's own stop is no surprise.
        if (endsIt && m_problems)
            m_problems->expectExit(s.nodeId, s.container.id);
    }
    const int notice = m_notifications->post(NoticeBar::Kind::Progress,
                                             targets.size() == 1
                                                 ? progressText(action, 1).arg(targets.first().name)
                                                 : progressText(action, int(targets.size())));
    m_notifications->setProgress(notice, 0, int(targets.size()));
    const int batch = m_runner->run(action, targets, options);
    m_batchNotices.insert(batch, notice);
}

void ContainerActions::onActionProgress(int batch, int done, int total)
{
    m_notifications->setProgress(m_batchNotices.value(batch), done, total);
}

void ContainerActions::onActionFinished(int batch, ContainerAction action,
                                        const QList<ContainerActionResult> &results)
{
    const int notice = m_batchNotices.take(batch);
    QStringList failures;
    for (const ContainerActionResult &r : results) {
        if (!r.error.isError())
            continue;
        QString line = tr("%1 on %2: %3").arg(r.target.name, r.nodeName, r.error.userText());
        if (const QString hint = hintFor(r.error); !hint.isEmpty())
            line += QLatin1Char(' ') + hint;
        failures << line;
    }
    if (failures.isEmpty()) {
        m_notifications->update(
            notice, NoticeBar::Kind::Info,
            doneText(action, results.isEmpty() ? QString() : results.first().target.name,
                     int(results.size())));
        return;
    }
    m_notifications->update(notice, NoticeBar::Kind::Error,
                            failedText(action, int(failures.size()), int(results.size())) +
                                QLatin1Char('\n') + failures.join(QLatin1Char('\n')));
}

QString ContainerActions::progressText(ContainerAction action, int count)
{
    // With one container, %1 is its name.
    switch (action) {
    case ContainerAction::Start:
        return count == 1 ? tr("Starting %1…") : tr("Starting %n container(s)…", nullptr, count);
    case ContainerAction::Stop:
        return count == 1 ? tr("Stopping %1…") : tr("Stopping %n container(s)…", nullptr, count);
    case ContainerAction::Restart:
        return count == 1 ? tr("Restarting %1…")
                          : tr("Restarting %n container(s)…", nullptr, count);
    case ContainerAction::Pause:
        return count == 1 ? tr("Pausing %1…") : tr("Pausing %n container(s)…", nullptr, count);
    case ContainerAction::Unpause:
        return count == 1 ? tr("Resuming %1…") : tr("Resuming %n container(s)…", nullptr, count);
    case ContainerAction::Kill:
        return count == 1 ? tr("Sending the signal to %1…")
                          : tr("Sending the signal to %n container(s)…", nullptr, count);
    case ContainerAction::Rename:
        return tr("Renaming %1…");
    case ContainerAction::Commit:
        return tr("Committing %1 to an image…");
    case ContainerAction::Remove:
        break;
    }
    return count == 1 ? tr("Removing %1…") : tr("Removing %n container(s)…", nullptr, count);
}

QString ContainerActions::doneText(ContainerAction action, const QString &name, int count)
{
    switch (action) {
    case ContainerAction::Start:
        return count == 1 ? tr("Started %1.").arg(name)
                          : tr("Started %n container(s).", nullptr, count);
    case ContainerAction::Stop:
        return count == 1 ? tr("Stopped %1.").arg(name)
                          : tr("Stopped %n container(s).", nullptr, count);
    case ContainerAction::Restart:
        return count == 1 ? tr("Restarted %1.").arg(name)
                          : tr("Restarted %n container(s).", nullptr, count);
    case ContainerAction::Pause:
        return count == 1 ? tr("Paused %1.").arg(name)
                          : tr("Paused %n container(s).", nullptr, count);
    case ContainerAction::Unpause:
        return count == 1 ? tr("Resumed %1.").arg(name)
                          : tr("Resumed %n container(s).", nullptr, count);
    case ContainerAction::Kill:
        return count == 1 ? tr("Sent the signal to %1.").arg(name)
                          : tr("Sent the signal to %n container(s).", nullptr, count);
    case ContainerAction::Rename:
        return tr("Renamed %1.").arg(name);
    case ContainerAction::Commit:
        return tr("Committed %1 to a new image.").arg(name);
    case ContainerAction::Remove:
        break;
    }
    return count == 1 ? tr("Removed %1.").arg(name)
                      : tr("Removed %n container(s).", nullptr, count);
}

QString ContainerActions::failedText(ContainerAction action, int failed, int total)
{
    QString what;
    switch (action) {
    case ContainerAction::Start:
        what = tr("start");
        break;
    case ContainerAction::Stop:
        what = tr("stop");
        break;
    case ContainerAction::Restart:
        what = tr("restart");
        break;
    case ContainerAction::Pause:
        what = tr("pause");
        break;
    case ContainerAction::Unpause:
        what = tr("resume");
        break;
    case ContainerAction::Kill:
        what = tr("signal");
        break;
    case ContainerAction::Rename:
        what = tr("rename");
        break;
    case ContainerAction::Remove:
        what = tr("remove");
        break;
    case ContainerAction::Commit:
        what = tr("commit");
        break;
    }
    return tr("Could not %1 %2 of %n container(s):", nullptr, total).arg(what).arg(failed);
}

QString ContainerActions::hintFor(const EngineError &error)
{
    if (error.kind == EngineError::Kind::NameInUse)
        return tr("Another container on that node has this name: choose another.");
    if (error.kind != EngineError::Kind::Http)
        return {};
    switch (error.httpStatus) {
    case 404:
        return tr("It may have been removed meanwhile; the list updates by itself.");
    case 409:
        return tr("Its state does not allow this now: wait for it to settle, or stop it first.");
    case 500:
        return tr("The engine failed; its log on that node may say more.");
    default:
        break;
    }
    return {};
}
