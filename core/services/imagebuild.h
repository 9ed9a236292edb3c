#pragma once

#include "core/engine/engineerror.h"
#include "core/engine/imageinfo.h"

#include <QMetaType>
#include <QObject>

class NodeService;

// How far the parts of a build before the engine's own output are.
struct BuildProgress
{
    enum class Phase
    {
        Packing, // the context folder into a tar, on a worker thread
        Sending, // the tar to the engine
        Building // the engine has it; output follows
    };
    Phase phase = Phase::Packing;
    qint64 done = 0;  // bytes
    qint64 total = 0; // 0 while unknown
};

// Builds an image on a node from a context folder, for the GUI thread: packs the folder
// (honouring .dockerignore) on a worker thread, sends it, and streams the engine's build
// output as it comes. Stopped, or deleted, it stops the build and reports nothing more.
class ImageBuild final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageBuild)

public:
    explicit ImageBuild(NodeService *node, QObject *parent = nullptr);
    ~ImageBuild() override;

    void start(const BuildOptions &options);
    void stop();
    bool isRunning() const;

Q_SIGNALS:
    void progressed(const BuildProgress &progress);
    // Build output as the engine wrote it, in pieces that end at line ends where it gave them;
    // `isError` for the engine's error lines.
    void output(const QString &text, bool isError);
    // A new step began: "Step 2/5 : RUN make" (Docker) or "STEP 2/5: RUN make" (Podman).
    void stepStarted(int number, int count, const QString &instruction);
    // No error: the image was built; `imageId` names it. BadInput when the folder cannot be
    // packed; otherwise the engine's refusal or the failed step's error.
    void finished(const EngineError &error, const QString &imageId);

private:
    struct Private;
    Private *d;
};

Q_DECLARE_METATYPE(BuildProgress)
