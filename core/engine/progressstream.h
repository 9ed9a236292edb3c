#pragma once

#include "core/engine/engineerror.h"

#include <QMetaType>
#include <QObject>
#include <QString>

// One step of a pull, push or build: a layer's state and bytes, or a line of build output.
struct ProgressEvent
{
    // Where a build is before the engine's own output: packing its context (current/total
    // bytes of files read), or sending it (bytes of the request sent).
    enum class Stage
    {
        Engine,
        Packing,
        Sending
    };
    Stage stage = Stage::Engine;
    QString id;     // the layer (pull, push); empty for whole-image messages
    QString status; // "Downloading", "Pull complete", "Pushed", ...
    qint64 current = 0;
    qint64 total = 0; // 0 when unknown
    QString output;   // build output text, as the builder wrote it
    QString imageId;  // set once the engine names the image it made (build) or pushed (digest)
};

// A pull, push or build on a connection of its own. Engines report failures inside a successful
// answer; those end the stream with an error too. Deleting it cancels the operation's
// stream (the engine may finish it anyway).
class ProgressStream : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressStream)

public:
    using QObject::QObject;
    ~ProgressStream() override = default;

Q_SIGNALS:
    void progressed(const ProgressEvent &event);
    // No error when the operation succeeded.
    void ended(const EngineError &error);
};

Q_DECLARE_METATYPE(ProgressEvent)
