#pragma once

#include "core/services/logfollower.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class LogFilterModel;
class LogLineDelegate;
class LogLinesView;
class LogModel;
class NodeService;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;
class QDateTimeEdit;

// The log viewer: one container's log, or several merged by time across nodes. Follows live,
// pausing while the reader scrolls up and going on at the end; tail, since, timestamps, wrap,
// colours; search (plain or regular expression, case, next/previous, only matching lines);
// per-source switches; save and copy. Followers resume after a node comes back.
class LogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    struct Target
    {
        QPointer<NodeService> node;
        QString containerId; // or a swarm service's id, with `service`
        QString name;
        bool service = false;
        QHash<QString, QString> taskLabels = {}; // a service's: LogFollower::setTaskLabels
    };

    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    // Starts reading (and following) these containers; none stops.
    void setTargets(const QList<Target> &targets);
    QList<Target> targets() const { return m_targets; }
    void stop();
    bool isFollowing() const;

    // Whether new lines keep the view at the end (off while the reader looks further up).
    bool followsEnd() const { return m_followEnd; }
    void setFollowsEnd(bool follow);
    void setTail(int lines); // -1: all
    int tail() const;
    void setSince(const QDateTime &since); // invalid: from the start
    void setShowTimestamps(bool show);
    void setWrap(bool wrap);
    void setColours(bool colours);
    void setCap(qsizetype lines);
    qsizetype cap() const;
    qsizetype byteCap() const;

    // What a log view may keep, as Preferences and "Lines Kept" offer it.
    static constexpr int MinKeptLines = 1000;
    static constexpr int MaxKeptLines = 20000000;
    static constexpr int MinKeptMiB = 16;
    static constexpr int MaxKeptMiB = 16384;
    // Every open log view takes the lines (or the bytes) kept from the settings (Preferences);
    // the other cap each keeps.
    enum class Kept
    {
        Lines,
        Bytes
    };
    static void applyKeptFromSettings(Kept which);

    void setSearch(const QString &text, bool regularExpression, bool caseSensitive);
    void setOnlyMatching(bool only);
    // Selects the next (previous) match and scrolls to it.
    void findNext(bool forward = true);
    void setSourceShown(int source, bool shown);

    // The shown lines' text (whole), or the selected ones, as copied.
    QString selectedText() const;
    void copySelection() const;
    // Writes the shown lines (or all lines held) to a file in the background; false if it
    // cannot be opened. `done` reports the result.
    bool save(const QString &path, bool all, std::function<void(const QString &error)> done);

    LogModel *model() const { return m_model; }
    LogFilterModel *filterModel() const { return m_filter; }
    LogLinesView *listView() const { return m_list; }
    QString statusText() const;
    LogFollower *follower(int source) const;

Q_SIGNALS:
    void statusChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void takeKeptFromSettings();
    static qsizetype keptLinesSetting();
    static qsizetype keptBytesSetting();
    void buildUi();
    void restart();
    void retranslateUi();
    void updateStatus();
    void updateSearchInfo();
    void rebuildSourceButtons();
    void onRowsInserted();
    void onRowsRemoved(int count);
    void scrollToEnd();
    void saveDialog(bool all);
    void askCap();
    void relayout();

    QList<Target> m_targets;
    QList<LogFollower *> m_followers;
    LogModel *m_model = nullptr;
    LogFilterModel *m_filter = nullptr;
    LogLineDelegate *m_delegate = nullptr;
    LogLinesView *m_list = nullptr;
    QToolButton *m_followButton = nullptr;
    QToolButton *m_endButton = nullptr;
    QSpinBox *m_tail = nullptr;
    QCheckBox *m_sinceCheck = nullptr;
    QDateTimeEdit *m_since = nullptr;
    QToolButton *m_timesButton = nullptr;
    QToolButton *m_wrapButton = nullptr;
    QToolButton *m_coloursButton = nullptr;
    QToolButton *m_saveButton = nullptr;
    QToolButton *m_moreButton = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_regexButton = nullptr;
    QToolButton *m_caseButton = nullptr;
    QToolButton *m_prevButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QCheckBox *m_onlyMatching = nullptr;
    QLabel *m_searchInfo = nullptr;
    QWidget *m_sourcesRow = nullptr;
    QHBoxLayout *m_sourcesLayout = nullptr;
    QLabel *m_sourcesLabel = nullptr;
    QList<QToolButton *> m_sourceButtons;
    QLabel *m_status = nullptr;
    bool m_followEnd = true;
    bool m_adjusting = false;
    int m_unseen = 0;      // lines that came while the reader was further up
    int m_pendingFind = 0; // a find asked for while the search ran: 1 next, -1 previous
};
