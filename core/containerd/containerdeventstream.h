#pragma once

#include "core/engine/callhandle.h"
#include "core/engine/eventstream.h"

#include <QStringList>

class GrpcChannel;
class GrpcStream;

// containerd's events.v1 Subscribe as an EventStream, on a stream of its own. containerd sends
// nothing when a subscription begins, so opened() comes once a call made after it on the same
// connection has been answered: by then the engine has read the subscription, and a list made
// from then on misses nothing. It ends with an error when the engine goes away.
class ContainerdEventStream final : public EventStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerdEventStream)

public:
    // Which events pass, beyond containerd's own filters: empty lists take all.
    struct Match
    {
        QStringList containers; // "NAMESPACE/ID", ID or name
        QStringList actions;    // containerd's words (exit, start...) or Docker's (die, destroy...)
    };

    // `filters` as containerd reads them (ContainerdEvents::filters); none: no event at all.
    ContainerdEventStream(GrpcChannel &channel, const QStringList &filters, const Match &match,
                          QObject *parent = nullptr);
    ~ContainerdEventStream() override;

    // A container the filter names by its name, found since: its events pass too.
    void matchAlso(const QString &id);
    // opened() waits for as many release() calls as hold() calls (the names looked up).
    void hold() { ++m_holds; }
    void release();
    bool hasEnded() const { return m_ended; }
    // Gives a stream opened before anyone asked for it to `parent`, its reader: opened() comes
    // (again) once the reader can hear it.
    void adopt(QObject *parent);

private:
    bool passes(const EngineEvent &event) const;

    Match m_match;
    GrpcStream *m_stream = nullptr;
    CallHandle m_confirm;
    bool m_ended = false;
    bool m_opened = false;
    int m_holds = 1; // the confirming call
};
