#pragma once

#include "core/engine/systeminfo.h"
#include "core/services/diskoperations.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHash>
#include <QPointer>

class NodeService;
class NotificationArea;
class QGridLayout;
class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;

// One node's disk use on the Disk page: images, containers, volumes and build cache with their
// count, active ones, size and reclaimable space as the engine reports them, a Prune button per
// kind and one for everything unused. Each prune is confirmed in a dialog that names what will
// go, then says what the engine freed, and the figures are asked again. An offline node is
// greyed with its last figures.
class DiskNodePanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiskNodePanel)

public:
    using Kind = DiskOperations::Kind;
    // The figures' columns.
    enum Column
    {
        Count,
        Active,
        Size,
        Reclaimable,
        ColumnCount
    };
    // The kinds shown, in their rows' order (networks take no disk of their own).
    static QList<Kind> shownKinds();
    // At most this many names are listed in a confirmation; more are counted.
    static constexpr int MaxNamesListed = 10;

    DiskNodePanel(NodeService *node, NotificationArea *notifications, QWidget *parent = nullptr);
    ~DiskNodePanel() override;

    NodeService *node() const { return m_node; }
    // Asks the node's engine for its disk use, unless it is offline or asked already.
    void refresh();
    bool isBusy() const { return m_asking || m_pruning; }
    bool hasUsage() const { return m_usedAt.isValid(); }
    DiskUsage usage() const { return m_usage; }
    QDateTime usageTime() const { return m_usedAt; }

    // Opens the confirmation of a prune (not for Networks); it prunes once accepted.
    void prune(Kind kind);
    void pruneEverything();

    QLabel *figure(Kind kind, Column column) const;
    QPushButton *pruneButton(Kind kind) const { return m_pruneButtons.value(kind); }
    QPushButton *pruneEverythingButton() const { return m_everything; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *resultLabel() const { return m_result; }
    QProgressBar *busyBar() const { return m_busy; }
    // The open confirmation, if any; its DestructiveRole button prunes.
    QMessageBox *confirmation() const;
    void retranslateUi();

Q_SIGNALS:
    void usageChanged();
    // A prune answered: what the engine said it freed (failed: it said why in the panel).
    void pruneFinished(qint64 freed, bool failed);

private:
    void build();
    void updateState();
    void showUsage();
    void updateStatus();
    QString kindName(Kind kind) const;
    // What a prune of `kind` would remove, as the confirmation says it; `everything`: as a step
    // of pruneEverything(), after the stopped containers went.
    QString planText(Kind kind, bool allImages, bool everything = false) const;
    QString namesText(const QStringList &names) const;
    QMessageBox *makeConfirmation(const QString &title, const QString &text);
    void runPrune(Kind kind, bool allImages);
    void runEverything();
    void finishPrune(const QString &resultText, qint64 freed, bool failed);

    QPointer<NodeService> m_node;
    NotificationArea *m_notifications = nullptr;
    DiskUsage m_usage;
    QDateTime m_usedAt;
    QString m_error;
    bool m_asking = false;
    bool m_pruning = false;
    QGridLayout *m_grid = nullptr;
    QList<QLabel *> m_headers;
    QHash<Kind, QLabel *> m_kindLabels;
    QHash<Kind, QList<QLabel *>> m_figures;
    QHash<Kind, QPushButton *> m_pruneButtons;
    QPushButton *m_everything = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_result = nullptr;
    QProgressBar *m_busy = nullptr;
    QPointer<QMessageBox> m_confirmation;
};
