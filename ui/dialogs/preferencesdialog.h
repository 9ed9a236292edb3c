#pragma once

#include "core/services/problemwatcher.h"

#include <QDialog>
#include <QHash>

class NodeManager;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QSpinBox;

// Settings > Preferences (Ctrl+,): the language and theme, what happens on closing the window
// and at login, how containers stop, what log views keep, whether removals are confirmed, and
// which problems are notified, for which nodes. Every choice takes effect as
// it is made and is kept in the settings; Close only closes.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    // `trayAvailable`: whether the tray choices apply (the desktop has a tray).
    PreferencesDialog(NodeManager *nodes, bool trayAvailable, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QCheckBox *closeToTrayBox() const { return m_closeToTray; }
    QCheckBox *startHiddenBox() const { return m_startHidden; }
    QCheckBox *startAtLoginBox() const { return m_startAtLogin; }
    QSpinBox *stopTimeoutBox() const { return m_stopTimeout; }
    QSpinBox *logLinesBox() const { return m_logLines; }
    QSpinBox *logMemoryBox() const { return m_logMemory; }
    QCheckBox *confirmRemoveBox() const { return m_confirmRemove; }
    QCheckBox *notifyBox(ProblemWatcher::Kind kind) const { return m_notify.value(kind); }
    // A checkable row per node, its id in Qt::UserRole.
    QListWidget *nodeList() const { return m_nodes; }

Q_SIGNALS:
    void languageRequested(const QString &code);
    void themeRequested(const QString &name);
    // Close to tray or start hidden changed.
    void trayChoicesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillNodes(NodeManager *nodes);
    void onStartAtLogin(bool on);

    QGroupBox *m_lookGroup = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_themeLabel = nullptr;
    QComboBox *m_theme = nullptr;
    QGroupBox *m_runGroup = nullptr;
    QCheckBox *m_closeToTray = nullptr;
    QCheckBox *m_startHidden = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
    QGroupBox *m_workGroup = nullptr;
    QLabel *m_stopTimeoutLabel = nullptr;
    QSpinBox *m_stopTimeout = nullptr;
    QLabel *m_logLinesLabel = nullptr;
    QSpinBox *m_logLines = nullptr;
    QLabel *m_logMemoryLabel = nullptr;
    QSpinBox *m_logMemory = nullptr;
    QCheckBox *m_confirmRemove = nullptr;
    QGroupBox *m_notifyGroup = nullptr;
    QHash<ProblemWatcher::Kind, QCheckBox *> m_notify;
    QLabel *m_nodesLabel = nullptr;
    QListWidget *m_nodes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
