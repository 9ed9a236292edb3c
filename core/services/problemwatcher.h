#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

class NodeManager;
class NodeService;

// Turns what the nodes report into problems worth telling the user: a container that turns
// unhealthy, or that exits unexpectedly (non-zero, or killed for memory), on any node, and a
// node that was online and can no longer be reached. Each kind, and each node's problems, can be
// switched off (kept in the settings); exits the user caused from Gontainer (stop, kill,
// restart, remove) are expected and not reported.
class ProblemWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemWatcher)

public:
    // How long after an action of the user a container's exit counts as expected.
    static constexpr int ExpectedExitSecs = 60;

    explicit ProblemWatcher(NodeManager *manager, QObject *parent = nullptr);
    ~ProblemWatcher() override;

    enum class Kind
    {
        Unhealthy,
        UnexpectedExit,
        NodeOffline,
    };

    static bool notifiesFor(const QString &nodeId);
    static void setNotifiesFor(const QString &nodeId, bool notify);
    static bool notifiesOf(Kind kind);
    static void setNotifiesOf(Kind kind, bool notify);

    // The user is stopping, killing, restarting or removing this container.
    void expectExit(const QString &nodeId, const QString &containerId);

Q_SIGNALS:
    // In the user's language: a short title and a sentence with the details.
    void problem(const QString &nodeId, const QString &containerId, const QString &title,
                 const QString &text);

private:
    void watch(NodeService *node);

    QPointer<NodeManager> m_manager;
    QHash<QString, QDateTime> m_expected; // node + container -> until when
    QHash<QString, bool> m_wasUp;         // node id -> last seen online (or degraded)
};
