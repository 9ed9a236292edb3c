#include "ui/dialogs/preferencesdialog.h"

#include "core/config/appsettings.h"
#include "core/config/autostartentry.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "ui/widgets/dialogfit.h"
#include "ui/widgets/logview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(NodeManager *nodes, bool trayAvailable, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    auto *layout = new QVBoxLayout(this);

    // ---- how it looks
    m_lookGroup = new QGroupBox(this);
    auto *look = new QFormLayout(m_lookGroup);
    m_languageLabel = new QLabel(m_lookGroup);
    m_language = new QComboBox(m_lookGroup);
    m_language->setObjectName(QStringLiteral("language"));
    // Language names are shown in their own language; the first is the system's.
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));
    m_languageLabel->setBuddy(m_language);
    look->addRow(m_languageLabel, m_language);
    m_themeLabel = new QLabel(m_lookGroup);
    m_theme = new QComboBox(m_lookGroup);
    m_theme->setObjectName(QStringLiteral("theme"));
    for (const char *name : {"system", "light", "dark"})
        m_theme->addItem(QString(), QLatin1String(name));
    m_theme->setCurrentIndex(
        qMax(0, m_theme->findData(AppSettings::value(AppSettings::Key::Theme).toString())));
    m_themeLabel->setBuddy(m_theme);
    look->addRow(m_themeLabel, m_theme);
    layout->addWidget(m_lookGroup);
    connect(m_language, &QComboBox::activated, this,
            [this] { Q_EMIT languageRequested(m_language->currentData().toString()); });
    connect(m_theme, &QComboBox::activated, this,
            [this] { Q_EMIT themeRequested(m_theme->currentData().toString()); });

    // ---- closing and starting
    m_runGroup = new QGroupBox(this);
    auto *run = new QVBoxLayout(m_runGroup);
    if (trayAvailable) {
        m_closeToTray = new QCheckBox(m_runGroup);
        m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
        m_closeToTray->setChecked(AppSettings::value(AppSettings::Key::CloseToTray).toBool());
        m_startHidden = new QCheckBox(m_runGroup);
        m_startHidden->setObjectName(QStringLiteral("startHidden"));
        m_startHidden->setChecked(AppSettings::value(AppSettings::Key::StartHidden).toBool());
        m_startHidden->setEnabled(m_closeToTray->isChecked());
        run->addWidget(m_closeToTray);
        run->addWidget(m_startHidden);
        connect(m_closeToTray, &QCheckBox::toggled, this, [this](bool on) {
            AppSettings::setValue(AppSettings::Key::CloseToTray, on);
            m_startHidden->setEnabled(on);
            Q_EMIT trayChoicesChanged();
        });
        connect(m_startHidden, &QCheckBox::toggled, this, [this](bool on) {
            AppSettings::setValue(AppSettings::Key::StartHidden, on);
            Q_EMIT trayChoicesChanged();
        });
    }
    m_startAtLogin = new QCheckBox(m_runGroup);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    m_startAtLogin->setChecked(AutostartEntry::isEnabled());
    run->addWidget(m_startAtLogin);
    connect(m_startAtLogin, &QCheckBox::toggled, this, &PreferencesDialog::onStartAtLogin);
    layout->addWidget(m_runGroup);

    // ---- containers and their logs
    m_workGroup = new QGroupBox(this);
    auto *work = new QFormLayout(m_workGroup);
    m_stopTimeoutLabel = new QLabel(m_workGroup);
    m_stopTimeout = new QSpinBox(m_workGroup);
    m_stopTimeout->setObjectName(QStringLiteral("stopTimeout"));
    m_stopTimeout->setRange(-1, 3600); // -1: each container's own (its special text)
    m_stopTimeout->setValue(AppSettings::stopTimeout());
    m_stopTimeoutLabel->setBuddy(m_stopTimeout);
    work->addRow(m_stopTimeoutLabel, m_stopTimeout);
    connect(m_stopTimeout, &QSpinBox::valueChanged, this,
            [](int secs) { AppSettings::setValue(AppSettings::Key::StopTimeout, secs); });
    // Kept at each change; the open log views take it once the box is left (or Enter, or the
    // dialog closed), not at each digit, arrow or wheel step: the lines a smaller number drops
    // from them are gone.
    m_logLinesLabel = new QLabel(m_workGroup);
    m_logLines = new QSpinBox(m_workGroup);
    m_logLines->setObjectName(QStringLiteral("logLines"));
    m_logLines->setRange(LogView::MinKeptLines, LogView::MaxKeptLines);
    m_logLines->setSingleStep(100000);
    m_logLines->setGroupSeparatorShown(true);
    m_logLines->setKeyboardTracking(false);
    m_logLines->setValue(int(qBound(qint64(LogView::MinKeptLines), AppSettings::logMaxLines(),
                                    qint64(LogView::MaxKeptLines))));
    m_logLinesLabel->setBuddy(m_logLines);
    work->addRow(m_logLinesLabel, m_logLines);
    connect(m_logLines, &QSpinBox::valueChanged, this,
            [](int lines) { AppSettings::setLogMaxLines(lines); });
    connect(m_logLines, &QSpinBox::editingFinished, this,
            [] { LogView::applyKeptFromSettings(LogView::Kept::Lines); });
    constexpr qint64 MiB = 1024 * 1024;
    m_logMemoryLabel = new QLabel(m_workGroup);
    m_logMemory = new QSpinBox(m_workGroup);
    m_logMemory->setObjectName(QStringLiteral("logMemory"));
    m_logMemory->setRange(LogView::MinKeptMiB, LogView::MaxKeptMiB);
    m_logMemory->setSingleStep(64);
    m_logMemory->setKeyboardTracking(false);
    m_logMemory->setValue(int(qBound(qint64(LogView::MinKeptMiB), AppSettings::logMaxBytes() / MiB,
                                     qint64(LogView::MaxKeptMiB))));
    m_logMemoryLabel->setBuddy(m_logMemory);
    work->addRow(m_logMemoryLabel, m_logMemory);
    connect(m_logMemory, &QSpinBox::valueChanged, this,
            [](int mib) { AppSettings::setLogMaxBytes(qint64(mib) * MiB); });
    connect(m_logMemory, &QSpinBox::editingFinished, this,
            [] { LogView::applyKeptFromSettings(LogView::Kept::Bytes); });
    m_confirmRemove = new QCheckBox(m_workGroup);
    m_confirmRemove->setObjectName(QStringLiteral("confirmRemove"));
    m_confirmRemove->setChecked(AppSettings::confirmRemove());
    work->addRow(m_confirmRemove);
    connect(m_confirmRemove, &QCheckBox::toggled, this,
            [](bool on) { AppSettings::setValue(AppSettings::Key::ConfirmRemove, on); });
    layout->addWidget(m_workGroup);

    // ---- notifications
    m_notifyGroup = new QGroupBox(this);
    auto *notify = new QVBoxLayout(m_notifyGroup);
    for (const auto kind : {ProblemWatcher::Kind::Unhealthy, ProblemWatcher::Kind::UnexpectedExit,
                            ProblemWatcher::Kind::NodeOffline}) {
        auto *box = new QCheckBox(m_notifyGroup);
        box->setChecked(ProblemWatcher::notifiesOf(kind));
        connect(box, &QCheckBox::toggled, this,
                [kind](bool on) { ProblemWatcher::setNotifiesOf(kind, on); });
        m_notify.insert(kind, box);
        notify->addWidget(box);
    }
    m_nodesLabel = new QLabel(m_notifyGroup);
    m_nodesLabel->setWordWrap(true);
    notify->addWidget(m_nodesLabel);
    m_nodes = new QListWidget(m_notifyGroup);
    m_nodes->setObjectName(QStringLiteral("notifyNodes"));
    m_nodes->setMaximumHeight(m_nodes->fontMetrics().height() * 8);
    m_nodesLabel->setBuddy(m_nodes);
    notify->addWidget(m_nodes);
    fillNodes(nodes);
    connect(m_nodes, &QListWidget::itemChanged, this, [](QListWidgetItem *item) {
        ProblemWatcher::setNotifiesFor(item->data(Qt::UserRole).toString(),
                                       item->checkState() == Qt::Checked);
    });
    layout->addWidget(m_notifyGroup);

    // Closed with a log box still in focus: the views take what it says.
    connect(this, &QDialog::finished, this, [] {
        LogView::applyKeptFromSettings(LogView::Kept::Lines);
        LogView::applyKeptFromSettings(LogView::Kept::Bytes);
    });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    retranslateUi();
    DialogFit::growToContents(this);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::fillNodes(NodeManager *nodes)
{
    const QSignalBlocker block(m_nodes);
    m_nodes->clear();
    if (!nodes)
        return;
    for (NodeService *node : nodes->nodes()) {
        auto *item = new QListWidgetItem(node->name(), m_nodes);
        item->setData(Qt::UserRole, node->id());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ProblemWatcher::notifiesFor(node->id()) ? Qt::Checked : Qt::Unchecked);
    }
}

void PreferencesDialog::onStartAtLogin(bool on)
{
    QString error;
    if (AutostartEntry::setEnabled(on, &error))
        return;
    QMessageBox::warning(this, tr("Start at Login"),
                         tr("%1 Check that the folder can be written to.").arg(error));
    const QSignalBlocker block(m_startAtLogin);
    m_startAtLogin->setChecked(AutostartEntry::isEnabled());
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_lookGroup->setTitle(tr("Appearance"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setItemText(0, tr("Follow the desktop"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_runGroup->setTitle(tr("Closing and starting"));
    if (m_closeToTray) {
        m_closeToTray->setText(tr("&Keep running in the tray when the window is closed"));
        m_closeToTray->setToolTip(
            tr("The nodes are still watched and problems notified; quit from the tray's menu"));
        m_startHidden->setText(tr("Start &hidden in the tray"));
    }
    m_startAtLogin->setText(tr("Start Gontainer when I log &in"));
    m_workGroup->setTitle(tr("Containers and logs"));
    m_stopTimeoutLabel->setText(tr("&Default stop timeout:"));
    m_stopTimeout->setSpecialValueText(tr("Each container's own"));
    m_stopTimeout->setSuffix(tr(" s", "seconds"));
    m_stopTimeout->setToolTip(
        tr("How long Stop and Restart wait for a container to end before killing it"));
    m_logLinesLabel->setText(tr("Log &buffer (lines):"));
    m_logLines->setToolTip(tr("Each log view keeps at most this many lines; the oldest go when "
                              "more come. A million lines take about 130 MiB."));
    m_logMemoryLabel->setText(tr("Log &memory limit:"));
    m_logMemory->setSuffix(tr(" MiB"));
    m_logMemory->setToolTip(tr("Each log view keeps at most this much text, whatever the lines"));
    m_confirmRemove->setText(tr("Ask before &removing containers, pods, images, volumes and "
                                "networks"));
    m_confirmRemove->setToolTip(tr("Removing what is running or used, whole projects, pruning "
                                   "and swarm changes are always confirmed. Without asking, a "
                                   "container's volumes are kept."));
    m_notifyGroup->setTitle(tr("Notifications"));
    m_notify.value(ProblemWatcher::Kind::Unhealthy)->setText(tr("A container turns &unhealthy"));
    m_notify.value(ProblemWatcher::Kind::UnexpectedExit)
        ->setText(tr("A container &stops unexpectedly"));
    m_notify.value(ProblemWatcher::Kind::NodeOffline)->setText(tr("A node goes &offline"));
    m_nodesLabel->setText(tr("&For the problems of these nodes:"));
}
