#include "ui/widgets/logfollowview.h"

#include "core/engine/engine.h"
#include "core/services/enginestream.h"
#include "core/services/nodeservice.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

LogFollowView::LogFollowView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("logState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("logText"));
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setMaximumBlockCount(MaxLines);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_editor, 1);
}

LogFollowView::~LogFollowView() = default;

void LogFollowView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LogFollowView::retranslateUi()
{
    if (isFollowing())
        m_state->setText(tr("Following the last %n line(s) and what comes.", nullptr, TailLines));
}

bool LogFollowView::isFollowing() const
{
    return m_stream && m_stream->isRunning();
}

QString LogFollowView::text() const
{
    return m_editor->toPlainText();
}

void LogFollowView::stop()
{
    delete m_stream;
    m_stream = nullptr;
}

void LogFollowView::append(const QString &line, bool error)
{
    QScrollBar *bar = m_editor->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor cursor(m_editor->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_editor->document()->isEmpty())
        cursor.insertBlock();
    QTextCharFormat format;
    if (error)
        format.setForeground(QColor(0xcf, 0x22, 0x2e));
    // A single huge line is cut for display; the full log viewer keeps it whole.
    constexpr int MaxShown = 4000;
    cursor.insertText(line.size() > MaxShown ? line.left(MaxShown) + QStringLiteral(" […]") : line,
                      format);
    // New lines never move what the reader is looking at.
    if (atEnd)
        bar->setValue(bar->maximum());
}

void LogFollowView::follow(NodeService *node, const QString &containerId)
{
    stop();
    m_node = node;
    m_id = containerId;
    m_editor->clear();
    m_pending[0].clear();
    m_pending[1].clear();
    if (!node) {
        m_state->clear();
        return;
    }
    m_stream = new EngineStream(node, this);
    connect(m_stream, &EngineStream::value, this, [this](const QVariant &v) {
        for (const LogChunk &chunk : v.value<QList<LogChunk>>()) {
            const int which = chunk.source == LogChunk::Source::Stderr ? 1 : 0;
            QByteArray &pending = m_pending[which];
            pending += chunk.data;
            qsizetype start = 0;
            for (qsizetype nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n', start)) {
                QByteArray line = pending.mid(start, nl - start);
                if (line.endsWith('\r'))
                    line.chop(1);
                append(QString::fromUtf8(line), which == 1);
                start = nl + 1;
            }
            pending.remove(0, start);
        }
    });
    connect(m_stream, &EngineStream::ended, this, [this](const EngineError &error) {
        for (int i = 0; i < 2; ++i) {
            if (!m_pending[i].isEmpty())
                append(QString::fromUtf8(std::exchange(m_pending[i], {})), i == 1);
        }
        m_state->setText(error.isError()
                             ? tr("The log stopped: %1").arg(error.userText())
                             : tr("The container is not running; this is the end of its log."));
    });
    const QString id = containerId;
    m_stream->start([id](Engine &engine, QObject *parent, EngineStream::Emit emitValue,
                         EngineStream::End end) -> QObject * {
        LogOptions options;
        options.follow = true;
        options.tail = TailLines;
        LogStream *s = engine.readLogs(id, options, parent);
        QObject::connect(s, &LogStream::received, s, [emitValue](const QList<LogChunk> &chunks) {
            emitValue(QVariant::fromValue(chunks));
        });
        QObject::connect(s, &LogStream::ended, s, end);
        return s;
    });
    retranslateUi();
}
