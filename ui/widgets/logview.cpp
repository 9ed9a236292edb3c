#include "ui/widgets/logview.h"

#include "core/config/appsettings.h"
#include "core/engine/loglinesplitter.h"
#include "core/services/nodeservice.h"
#include "ui/models/logfiltermodel.h"
#include "ui/models/logmodel.h"
#include "ui/widgets/loglinedelegate.h"
#include "ui/widgets/loglinesview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

constexpr int DefaultTail = 1000;

QToolButton *toggle(QWidget *parent, const QString &objectName, bool checked)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(objectName);
    b->setCheckable(true);
    b->setChecked(checked);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

LogView::LogView(QWidget *parent)
    : QWidget(parent)
{
    buildUi();
    // The reader's choices, as they left them.
    takeKeptFromSettings();
    m_timesButton->setChecked(AppSettings::logTimes());
    m_wrapButton->setChecked(AppSettings::logWrap());
    m_coloursButton->setChecked(AppSettings::logColours());
    retranslateUi();
    updateStatus();
}

LogView::~LogView()
{
    qDeleteAll(m_followers);
    m_followers.clear();
}

void LogView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *bar = new QHBoxLayout;
    m_followButton = toggle(this, QStringLiteral("logFollow"), true);
    connect(m_followButton, &QToolButton::toggled, this, &LogView::setFollowsEnd);
    bar->addWidget(m_followButton);
    m_endButton = new QToolButton(this);
    m_endButton->setObjectName(QStringLiteral("logEnd"));
    m_endButton->setAutoRaise(true);
    connect(m_endButton, &QToolButton::clicked, this, [this] { setFollowsEnd(true); });
    bar->addWidget(m_endButton);
    bar->addSpacing(8);
    m_tail = new QSpinBox(this);
    m_tail->setObjectName(QStringLiteral("logTail"));
    m_tail->setRange(-1, 10000000);
    m_tail->setValue(DefaultTail);
    m_tail->setSingleStep(100);
    m_tail->setAccelerated(true);
    m_tail->setKeyboardTracking(false);
    connect(m_tail, &QSpinBox::valueChanged, this, [this] { restart(); });
    bar->addWidget(m_tail);
    m_sinceCheck = new QCheckBox(this);
    m_sinceCheck->setObjectName(QStringLiteral("logSinceOn"));
    bar->addWidget(m_sinceCheck);
    m_since = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), this);
    m_since->setObjectName(QStringLiteral("logSince"));
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_since->setCalendarPopup(true);
    m_since->setEnabled(false);
    m_since->setVisible(false);
    m_since->setKeyboardTracking(false);
    // The time field shows only when used: the details pane is narrow.
    connect(m_sinceCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_since->setEnabled(on);
        m_since->setVisible(on);
        restart();
    });
    connect(m_since, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_sinceCheck->isChecked())
            restart();
    });
    bar->addWidget(m_since);
    bar->addStretch(1);
    m_timesButton = toggle(this, QStringLiteral("logTimes"), false);
    connect(m_timesButton, &QToolButton::toggled, this, &LogView::setShowTimestamps);
    bar->addWidget(m_timesButton);
    m_wrapButton = toggle(this, QStringLiteral("logWrap"), false);
    connect(m_wrapButton, &QToolButton::toggled, this, &LogView::setWrap);
    bar->addWidget(m_wrapButton);
    m_coloursButton = toggle(this, QStringLiteral("logColours"), true);
    connect(m_coloursButton, &QToolButton::toggled, this, &LogView::setColours);
    bar->addWidget(m_coloursButton);
    m_saveButton = new QToolButton(this);
    m_saveButton->setObjectName(QStringLiteral("logSave"));
    m_saveButton->setAutoRaise(true);
    m_saveButton->setPopupMode(QToolButton::InstantPopup);
    auto *saveMenu = new QMenu(m_saveButton);
    saveMenu->addAction(QString(), this, [this] { saveDialog(false); })
        ->setObjectName(QStringLiteral("saveShown"));
    saveMenu->addAction(QString(), this, [this] { saveDialog(true); })
        ->setObjectName(QStringLiteral("saveAll"));
    m_saveButton->setMenu(saveMenu);
    bar->addWidget(m_saveButton);
    m_moreButton = new QToolButton(this);
    m_moreButton->setObjectName(QStringLiteral("logMore"));
    m_moreButton->setAutoRaise(true);
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    auto *moreMenu = new QMenu(m_moreButton);
    moreMenu->addAction(QString(), this, &LogView::copySelection)
        ->setObjectName(QStringLiteral("copyLines"));
    moreMenu->addAction(QString(), this, &LogView::askCap)->setObjectName(QStringLiteral("setCap"));
    m_moreButton->setMenu(moreMenu);
    bar->addWidget(m_moreButton);
    layout->addLayout(bar);

    auto *searchBar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setClearButtonEnabled(true);
    searchBar->addWidget(m_search, 1);
    m_regexButton = toggle(this, QStringLiteral("logRegex"), false);
    m_regexButton->setText(QStringLiteral(".*"));
    searchBar->addWidget(m_regexButton);
    m_caseButton = toggle(this, QStringLiteral("logCase"), false);
    m_caseButton->setText(QStringLiteral("Aa"));
    searchBar->addWidget(m_caseButton);
    m_prevButton = new QToolButton(this);
    m_prevButton->setObjectName(QStringLiteral("logPrev"));
    m_prevButton->setArrowType(Qt::UpArrow);
    m_prevButton->setAutoRaise(true);
    searchBar->addWidget(m_prevButton);
    m_nextButton = new QToolButton(this);
    m_nextButton->setObjectName(QStringLiteral("logNext"));
    m_nextButton->setArrowType(Qt::DownArrow);
    m_nextButton->setAutoRaise(true);
    searchBar->addWidget(m_nextButton);
    m_onlyMatching = new QCheckBox(this);
    m_onlyMatching->setObjectName(QStringLiteral("logOnlyMatching"));
    searchBar->addWidget(m_onlyMatching);
    m_searchInfo = new QLabel(this);
    m_searchInfo->setObjectName(QStringLiteral("logSearchInfo"));
    m_searchInfo->setMinimumWidth(110);
    searchBar->addWidget(m_searchInfo);
    layout->addLayout(searchBar);
    const auto applySearch = [this] {
        setSearch(m_search->text(), m_regexButton->isChecked(), m_caseButton->isChecked());
    };
    // Typing searches after a pause, so that each key does not start a scan.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(200);
    connect(typing, &QTimer::timeout, this, applySearch);
    connect(m_search, &QLineEdit::textEdited, typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [typing](const QString &t) {
        if (t.isEmpty())
            typing->start(0);
    });
    connect(m_regexButton, &QToolButton::toggled, this, applySearch);
    connect(m_caseButton, &QToolButton::toggled, this, applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this, typing, applySearch] {
        if (typing->isActive()) {
            typing->stop();
            applySearch();
        }
        findNext(!(QApplication::keyboardModifiers() & Qt::ShiftModifier));
    });
    connect(m_prevButton, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_nextButton, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_onlyMatching, &QCheckBox::toggled, this, &LogView::setOnlyMatching);

    m_sourcesRow = new QWidget(this);
    m_sourcesLayout = new QHBoxLayout(m_sourcesRow);
    m_sourcesLayout->setContentsMargins(0, 0, 0, 0);
    m_sourcesLabel = new QLabel(m_sourcesRow);
    m_sourcesLayout->addWidget(m_sourcesLabel);
    m_sourcesLayout->addStretch(1);
    m_sourcesRow->hide();
    layout->addWidget(m_sourcesRow);

    m_model = new LogModel(this);
    m_filter = new LogFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_delegate = new LogLineDelegate(this);
    m_delegate->setLogModel(m_model);
    m_list = new LogLinesView(this);
    m_list->setObjectName(QStringLiteral("logLines"));
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setItemDelegate(m_delegate);
    m_list->setModel(m_filter);
    layout->addWidget(m_list, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    QScrollBar *v = m_list->verticalScrollBar();
    connect(v, &QScrollBar::valueChanged, this, [this, v](int value) {
        if (m_adjusting)
            return;
        const bool atEnd = value >= v->maximum();
        if (atEnd != m_followEnd)
            setFollowsEnd(atEnd);
    });
    connect(v, &QScrollBar::rangeChanged, this, [this, v] {
        if (!m_followEnd)
            return;
        m_adjusting = true;
        v->setValue(v->maximum());
        m_adjusting = false;
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                if (!m_followEnd)
                    m_unseen += last - first + 1;
                onRowsInserted();
            });
    // The oldest lines going leave the view's shown lines in place (LogLinesView keeps its top
    // row); that the scroll bar moves then is not the reader scrolling.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this] { m_adjusting = true; });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_adjusting = false;
        if (m_followEnd)
            scrollToEnd();
    });
    connect(m_filter, &LogFilterModel::matchesChanged, this, &LogView::updateSearchInfo);
    connect(m_filter, &LogFilterModel::searchingChanged, this, [this](bool searching) {
        updateSearchInfo();
        if (!searching && m_pendingFind != 0)
            findNext(std::exchange(m_pendingFind, 0) > 0);
    });

    auto *copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &LogView::copySelection);
    m_list->addAction(copy);
    auto *find =
        new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *next = new QShortcut(QKeySequence::FindNext, this, nullptr, nullptr,
                               Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, [this] { findNext(true); });
    auto *prev = new QShortcut(QKeySequence::FindPrevious, this, nullptr, nullptr,
                               Qt::WidgetWithChildrenShortcut);
    connect(prev, &QShortcut::activated, this, [this] { findNext(false); });
    auto *save =
        new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, [this] { saveDialog(false); });
    auto *end = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_End), this, nullptr, nullptr,
                              Qt::WidgetWithChildrenShortcut);
    connect(end, &QShortcut::activated, this, [this] { setFollowsEnd(true); });
}

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LogView::retranslateUi()
{
    m_followButton->setText(tr("Follow"));
    m_followButton->setToolTip(
        tr("Keep showing new lines. Scrolling up pauses this; scrolling to the end resumes it."));
    m_tail->setPrefix(tr("Last "));
    m_tail->setSuffix(tr(" lines"));
    m_tail->setSpecialValueText(tr("All lines"));
    m_tail->setToolTip(tr("How many of the last lines to read first"));
    m_sinceCheck->setText(tr("Since"));
    m_sinceCheck->setToolTip(tr("Only lines logged from this time on"));
    m_timesButton->setText(tr("Times"));
    m_timesButton->setToolTip(tr("Show when the engine logged each line"));
    m_wrapButton->setText(tr("Wrap"));
    m_wrapButton->setToolTip(tr("Wrap long lines"));
    m_coloursButton->setText(tr("Colours"));
    m_coloursButton->setToolTip(tr("Show the colours the container prints; off shows plain text"));
    m_saveButton->setText(tr("Save"));
    m_moreButton->setText(tr("More"));
    const QList<QAction *> moreActions = m_moreButton->menu()->actions();
    moreActions.at(0)->setText(tr("Copy Selected Lines"));
    moreActions.at(0)->setShortcut(QKeySequence::Copy); // shown; the list's own action acts
    moreActions.at(0)->setShortcutContext(Qt::WidgetShortcut);
    moreActions.at(1)->setText(
        tr("Keep at Most %1 Lines…").arg(QLocale().toString(qlonglong(m_model->cap()))));
    const QList<QAction *> saveActions = m_saveButton->menu()->actions();
    saveActions.at(0)->setText(tr("Save Shown Lines…"));
    saveActions.at(1)->setText(tr("Save All Lines…"));
    m_search->setPlaceholderText(tr("Search the log (Ctrl+F)"));
    m_regexButton->setToolTip(tr("Regular expression"));
    m_caseButton->setToolTip(tr("Match case"));
    m_prevButton->setToolTip(tr("Previous match (Shift+F3)"));
    m_nextButton->setToolTip(tr("Next match (F3 or Enter)"));
    m_onlyMatching->setText(tr("Only matching lines"));
    m_sourcesLabel->setText(tr("Sources:"));
    onRowsInserted();
    rebuildSourceButtons();
    updateSearchInfo();
    updateStatus();
}

void LogView::setTargets(const QList<Target> &targets)
{
    m_targets = targets;
    restart();
}

void LogView::stop()
{
    qDeleteAll(m_followers);
    m_followers.clear();
    updateStatus();
}

bool LogView::isFollowing() const
{
    for (const LogFollower *f : m_followers) {
        if (f->state() != LogFollower::State::Idle && f->state() != LogFollower::State::Failed)
            return true;
    }
    return false;
}

LogFollower *LogView::follower(int source) const
{
    return m_followers.value(source);
}

void LogView::restart()
{
    stop();
    // A fresh model: new sources, new line numbers.
    auto *model = new LogModel(this);
    model->setCap(m_model->cap());
    model->setByteCap(m_model->byteCap());
    m_filter->setSourceModel(model);
    m_delegate->setLogModel(model);
    delete m_model;
    m_model = model;
    m_unseen = 0;
    m_followEnd = true;
    m_followButton->setChecked(true);
    LogFollower::Options options;
    options.tail = m_tail->value();
    if (m_sinceCheck->isChecked())
        options.since = m_since->dateTime();
    for (const Target &t : std::as_const(m_targets)) {
        const int source =
            m_model->addSource(t.name, t.node ? t.node->name() : tr("(removed node)"));
        auto *f =
            new LogFollower(t.node, t.containerId, this,
                            t.service ? LogFollower::Of::Service : LogFollower::Of::Container);
        f->setTaskLabels(t.taskLabels);
        connect(
            f, &LogFollower::linesArrived, m_model,
            [model, source](const QList<LogLine> &lines) { model->appendLines(source, lines); });
        connect(f, &LogFollower::stateChanged, this, [this] {
            updateStatus();
            rebuildSourceButtons();
        });
        m_followers.append(f);
        f->start(options);
    }
    m_delegate->setShowSources(m_targets.size() > 1);
    rebuildSourceButtons();
    onRowsInserted();
    updateStatus();
}

void LogView::setFollowsEnd(bool follow)
{
    m_followEnd = follow;
    if (m_followButton->isChecked() != follow) {
        const QSignalBlocker block(m_followButton);
        m_followButton->setChecked(follow);
    }
    if (follow) {
        m_unseen = 0;
        scrollToEnd();
    }
    onRowsInserted();
}

void LogView::scrollToEnd()
{
    m_adjusting = true;
    m_list->scrollToBottom();
    m_adjusting = false;
}

void LogView::onRowsInserted()
{
    if (m_followEnd) {
        m_unseen = 0;
        m_endButton->setText(tr("End"));
        m_endButton->setEnabled(false);
    } else {
        m_endButton->setEnabled(true);
        // Short, for a narrow pane; the tooltip says the rest.
        m_endButton->setText(m_unseen > 0 ? tr("%n new line(s) ↓", nullptr, m_unseen)
                                          : tr("End ↓"));
    }
    m_endButton->setToolTip(tr("Go to the newest line and follow (Ctrl+End)"));
}

void LogView::setTail(int lines)
{
    m_tail->setValue(lines);
}

int LogView::tail() const
{
    return m_tail->value();
}

void LogView::setSince(const QDateTime &since)
{
    const QSignalBlocker b1(m_sinceCheck);
    const QSignalBlocker b2(m_since);
    m_sinceCheck->setChecked(since.isValid());
    m_since->setEnabled(since.isValid());
    m_since->setVisible(since.isValid());
    if (since.isValid())
        m_since->setDateTime(since.toLocalTime());
    restart();
}

void LogView::setShowTimestamps(bool show)
{
    if (m_timesButton->isChecked() != show)
        m_timesButton->setChecked(show);
    m_delegate->setShowTimestamps(show);
    m_list->viewport()->update();
    AppSettings::setLogTimes(show);
}

void LogView::setWrap(bool wrap)
{
    if (m_wrapButton->isChecked() != wrap)
        m_wrapButton->setChecked(wrap);
    m_delegate->setWrap(wrap);
    m_list->setWrap(wrap);
    relayout();
    AppSettings::setLogWrap(wrap);
}

void LogView::setColours(bool colours)
{
    if (m_coloursButton->isChecked() != colours)
        m_coloursButton->setChecked(colours);
    m_delegate->setColours(colours);
    relayout();
    AppSettings::setLogColours(colours);
}

void LogView::relayout()
{
    m_list->relayout();
    if (m_followEnd)
        QTimer::singleShot(0, this, [this] {
            if (m_followEnd)
                scrollToEnd();
        });
}

qsizetype LogView::keptLinesSetting()
{
    return qsizetype(
        qBound(qint64(MinKeptLines), AppSettings::logMaxLines(), qint64(MaxKeptLines)));
}

qsizetype LogView::keptBytesSetting()
{
    constexpr qint64 MiB = 1024 * 1024;
    // At least 16 MiB: a few hundred of the longest lines.
    return qsizetype(
        qBound(qint64(MinKeptMiB) * MiB, AppSettings::logMaxBytes(), qint64(MaxKeptMiB) * MiB));
}

void LogView::takeKeptFromSettings()
{
    m_model->setCaps(keptLinesSetting(), keptBytesSetting());
}

void LogView::applyKeptFromSettings(Kept which)
{
    for (QWidget *widget : QApplication::allWidgets()) {
        if (auto *view = qobject_cast<LogView *>(widget)) {
            if (which == Kept::Lines)
                view->m_model->setCaps(keptLinesSetting(), view->m_model->byteCap());
            else
                view->m_model->setCaps(view->m_model->cap(), keptBytesSetting());
            view->retranslateUi();
        }
    }
}

qsizetype LogView::cap() const
{
    return m_model->cap();
}

qsizetype LogView::byteCap() const
{
    return m_model->byteCap();
}

void LogView::setCap(qsizetype lines)
{
    m_model->setCap(lines);
    retranslateUi();
}

void LogView::askCap()
{
    bool ok = false;
    const int lines = QInputDialog::getInt(
        this, tr("Lines Kept"),
        tr("Keep at most this many lines; the oldest go when more come. A million lines take "
           "about 130 MiB."),
        int(m_model->cap()), MinKeptLines, MaxKeptLines, 100000, &ok);
    if (!ok)
        return;
    setCap(lines);
    AppSettings::setLogMaxLines(lines);
}

void LogView::setSearch(const QString &text, bool regularExpression, bool caseSensitive)
{
    if (m_search->text() != text)
        m_search->setText(text);
    {
        const QSignalBlocker b1(m_regexButton);
        const QSignalBlocker b2(m_caseButton);
        m_regexButton->setChecked(regularExpression);
        m_caseButton->setChecked(caseSensitive);
    }
    const LogMatcher matcher(text, regularExpression, caseSensitive);
    m_filter->setMatcher(matcher);
    m_delegate->setMatcher(matcher.isValid() ? matcher : LogMatcher());
    m_list->viewport()->update();
    updateSearchInfo();
}

void LogView::setOnlyMatching(bool only)
{
    if (m_onlyMatching->isChecked() != only)
        m_onlyMatching->setChecked(only);
    m_filter->setOnlyMatching(only);
    if (m_followEnd)
        scrollToEnd();
}

void LogView::findNext(bool forward)
{
    if (m_filter->isSearching()) {
        m_pendingFind = forward ? 1 : -1; // when the scan is done
        return;
    }
    const QModelIndex current = m_list->currentIndex();
    const int row = m_filter->nextMatch(current.isValid() ? current.row() : -1, forward);
    if (row < 0)
        return;
    setFollowsEnd(false);
    m_adjusting = true;
    const QModelIndex index = m_filter->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index, LogLinesView::ScrollHint::PositionAtCenter);
    m_adjusting = false;
    updateSearchInfo();
}

void LogView::updateSearchInfo()
{
    const LogMatcher matcher = m_filter->matcher();
    QString info;
    if (!matcher.isValid()) {
        info = tr("Not a valid expression: %1").arg(matcher.errorString());
    } else if (matcher.isEmpty()) {
        info.clear();
    } else if (m_filter->isSearching()) {
        info = tr("Searching…");
    } else if (m_filter->matchCount() == 0) {
        info = tr("No matches");
    } else {
        const qsizetype at = m_filter->matchIndex(m_list->currentIndex().row());
        info = at > 0 ? tr("%1 of %2")
                            .arg(QLocale().toString(at), QLocale().toString(m_filter->matchCount()))
                      : tr("%n match(es)", nullptr, int(m_filter->matchCount()));
    }
    m_searchInfo->setText(info);
    m_searchInfo->setStyleSheet(matcher.isValid() ? QString() : QStringLiteral("color: #c01c28;"));
    m_prevButton->setEnabled(m_filter->matchCount() > 0);
    m_nextButton->setEnabled(m_filter->matchCount() > 0);
}

void LogView::setSourceShown(int source, bool shown)
{
    m_filter->setSourceShown(source, shown);
    if (QToolButton *b = m_sourceButtons.value(source)) {
        const QSignalBlocker block(b);
        b->setChecked(shown);
    }
    if (m_followEnd)
        scrollToEnd();
}

namespace {

QString stateText(const LogFollower *f)
{
    switch (f->state()) {
    case LogFollower::State::Idle:
        return LogView::tr("stopped");
    case LogFollower::State::Reading:
        return LogView::tr("reading");
    case LogFollower::State::Following:
        return LogView::tr("following");
    case LogFollower::State::Waiting:
        if (f->node() && f->node()->state() == NodeService::State::Offline)
            return LogView::tr("node offline: resumes where it left off when the node is back");
        return LogView::tr("waiting for the engine");
    case LogFollower::State::Exited:
        return LogView::tr("exited with code %1: follows again if it starts").arg(f->exitCode());
    case LogFollower::State::Ended:
        return LogView::tr("end of the log");
    case LogFollower::State::Failed:
        return LogView::tr("stopped: %1").arg(f->error().userText());
    }
    return {};
}

} // namespace

void LogView::rebuildSourceButtons()
{
    const bool several = m_targets.size() > 1;
    m_sourcesRow->setVisible(several);
    if (!several)
        return;
    if (m_sourceButtons.size() != m_model->sourceCount()) {
        qDeleteAll(m_sourceButtons);
        m_sourceButtons.clear();
        for (int i = 0; i < m_model->sourceCount(); ++i) {
            auto *b = new QToolButton(m_sourcesRow);
            b->setObjectName(QStringLiteral("logSource%1").arg(i));
            b->setCheckable(true);
            b->setChecked(m_filter->isSourceShown(i));
            b->setAutoRaise(true);
            connect(b, &QToolButton::toggled, this, [this, i](bool on) { setSourceShown(i, on); });
            m_sourcesLayout->insertWidget(m_sourcesLayout->count() - 1, b);
            m_sourceButtons.append(b);
        }
    }
    for (int i = 0; i < m_sourceButtons.size(); ++i) {
        const LogModel::Source s = m_model->source(i);
        QToolButton *b = m_sourceButtons.at(i);
        QPixmap dot(10, 10);
        dot.fill(s.colour);
        b->setIcon(QIcon(dot));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        const LogFollower *f = m_followers.value(i);
        b->setText(tr("%1 on %2").arg(s.name, s.nodeName));
        b->setToolTip(f ? tr("%1 on %2: %3").arg(s.name, s.nodeName, stateText(f)) : QString());
    }
}

QString LogView::statusText() const
{
    return m_status->text();
}

void LogView::updateStatus()
{
    QStringList parts;
    for (int i = 0; i < m_followers.size(); ++i) {
        const LogFollower *f = m_followers.at(i);
        const LogModel::Source s = m_model->source(i);
        parts << (m_followers.size() == 1 ? stateText(f) : tr("%1: %2").arg(s.name, stateText(f)));
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (m_followers.isEmpty())
        text = tr("Not reading a log.");
    if (m_status->text() != text) {
        m_status->setText(text);
        Q_EMIT statusChanged();
    }
}

QString LogView::selectedText() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_list->selectionModel()->selectedIndexes())
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const int row : std::as_const(rows)) {
        const QModelIndex i = m_filter->index(row);
        QString line = QString::fromUtf8(i.data(LogModel::RawTextRole).toByteArray());
        if (m_timesButton->isChecked())
            line = LogLineDelegate::timeText(i.data(LogModel::TimeRole).toLongLong()) +
                   QLatin1Char(' ') + line;
        if (m_targets.size() > 1)
            line = m_model->source(i.data(LogModel::SourceRole).toInt()).name +
                   QStringLiteral(" | ") + line;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void LogView::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

bool LogView::save(const QString &path, bool all, std::function<void(const QString &)> done)
{
    m_model->flush();
    // Asked here, so that a place that cannot be written is said at once.
    const QFileInfo dir(QFileInfo(path).absolutePath());
    if (!dir.isDir() || !dir.isWritable()) {
        done(tr("%1 is not a folder that can be written to").arg(dir.filePath()));
        return false;
    }
    const LogBuffer::Snapshot snapshot = m_model->buffer().snapshot();
    std::vector<qint64> numbers;
    if (!all) {
        numbers.reserve(size_t(m_filter->rowCount()));
        for (int row = 0; row < m_filter->rowCount(); ++row)
            numbers.push_back(m_model->firstNumber() + m_filter->sourceRow(row));
    }
    const bool times = m_timesButton->isChecked();
    QList<QByteArray> sourceNames;
    if (m_targets.size() > 1) {
        for (int i = 0; i < m_model->sourceCount(); ++i)
            sourceNames << m_model->source(i).name.toUtf8() + " | ";
    }
    // The file is written away from the window, by a file object of the worker's own: a
    // million lines take a moment.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(
        [path, snapshot, numbers = std::move(numbers), all, times, sourceNames]() -> QString {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return file.errorString();
            size_t next = 0;
            LogBuffer::forEach(snapshot,
                               [&](qint64 number, const LogBuffer::Meta &m, QByteArrayView text) {
                                   if (!all) {
                                       if (next >= numbers.size())
                                           return false;
                                       if (numbers[next] != number)
                                           return true;
                                       ++next;
                                   }
                                   if (!sourceNames.isEmpty())
                                       file.write(sourceNames.value(m.source));
                                   if (times)
                                       file.write(LogLineSplitter::formatTime(m.timeNs) + ' ');
                                   file.write(text.data(), text.size());
                                   if (!m.continued)
                                       file.write("\n", 1);
                                   return true;
                               });
            if (!file.commit())
                return file.errorString();
            return {};
        }));
    return true;
}

void LogView::saveDialog(bool all)
{
    const QString name = m_targets.size() == 1 ? m_targets.first().name : QStringLiteral("logs");
    const QString path = QFileDialog::getSaveFileName(
        this, all ? tr("Save All Lines") : tr("Save Shown Lines"),
        QDir::home().filePath(name + QStringLiteral(".log")), tr("Log files (*.log *.txt)"));
    if (path.isEmpty())
        return;
    m_status->setText(tr("Saving to %1…").arg(QDir::toNativeSeparators(path)));
    save(path, all, [this, path](const QString &error) {
        m_status->setText(error.isEmpty() ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path))
                                          : tr("Could not save to %1: %2. Choose another place.")
                                                .arg(QDir::toNativeSeparators(path), error));
        QTimer::singleShot(8000, this, &LogView::updateStatus);
    });
}
