#pragma once

#include <QPointer>
#include <QWidget>

class EngineStream;
class NodeService;
class QLabel;
class QPlainTextEdit;

// Follows a container's output: the last lines, then new ones as they come; standard error in
// its own colour. Holds a bounded number of lines; new lines keep the view at the end only when
// the reader is there. (The full log viewer is its own window.)
class LogFollowView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFollowView)

public:
    static constexpr int TailLines = 200;
    static constexpr int MaxLines = 5000;

    explicit LogFollowView(QWidget *parent = nullptr);
    ~LogFollowView() override;

    // Starts following (again) this container; a null node stops.
    void follow(NodeService *node, const QString &containerId);
    void stop();
    bool isFollowing() const;
    QString text() const;
    QPlainTextEdit *editor() const { return m_editor; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void append(const QString &line, bool error);
    void retranslateUi();

    QPointer<NodeService> m_node;
    QString m_id;
    QLabel *m_state = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    EngineStream *m_stream = nullptr;
    QByteArray m_pending[2]; // a partial last line, per stream (out, err)
};
