// ContainerdEngine::createContainer against real containerd: a container made from the test image
// runs its command with the environment, working directory and user asked for (by number or by
// name, looked up in the image's /etc/passwd and /etc/group); host and no
// networking; an image given by its id, whole or shortened; the refusals (a missing or not
// unpacked image, an unknown id, a name taken, what containerd cannot do) and nothing left
// behind by a failed create.
#include "core/containerd/containerdengine.h"
#include "core/containerd/containerdids.h"
#include "testengines.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTest>
#include <QUrl>
#include <QVersionNumber>

#include <optional>

namespace {

template<typename T, typename Start>
EngineResult<T> await(Start start)
{
    std::optional<EngineResult<T>> out;
    QObject context;
    start(&context, [&out](const EngineResult<T> &r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 60000))
        return EngineResult<T>::failure(EngineError::make(EngineError::Kind::Timeout, {}));
    return *out;
}

bool identify(ContainerdEngine &engine)
{
    const auto r = await<EngineInfo>([&](QObject *c, auto cb) { engine.identify(c, cb); });
    if (!r.ok())
        qWarning() << "identify failed:" << r.error.userText();
    return r.ok();
}

EngineResult<CreatedObject> create(ContainerdEngine &engine, const ContainerSpec &spec)
{
    return await<CreatedObject>([&](QObject *c, auto cb) { engine.createContainer(spec, c, cb); });
}

// Removes the container, its task and its snapshot (ctr's delete takes the snapshot too).
void removeContainer(const QString &socket, const QString &fullId)
{
    const ContainerdIds::Parts p = ContainerdIds::split(fullId);
    TestEngines::ctrAt(
        socket, p.ns,
        {QStringLiteral("tasks"), QStringLiteral("delete"), QStringLiteral("--force"), p.id});
    TestEngines::ctrAt(socket, p.ns,
                       {QStringLiteral("containers"), QStringLiteral("delete"), p.id});
}

QJsonObject info(const QString &socket, const QString &fullId)
{
    const ContainerdIds::Parts p = ContainerdIds::split(fullId);
    const TestEngines::Result r = TestEngines::ctrAt(
        socket, p.ns, {QStringLiteral("containers"), QStringLiteral("info"), p.id});
    return QJsonDocument::fromJson(r.output.toUtf8()).object();
}

QString logPath(const QString &tag)
{
    return TestEngines::dir() + QLatin1Char('/') + TestEngines::uniqueName(tag) +
           QStringLiteral(".log");
}

// Starts the container's task with its output in `log` (ctr, so that this test needs only the
// create).
bool startWithLog(const QString &fullId, const QString &log)
{
    const ContainerdIds::Parts p = ContainerdIds::split(fullId);
    const TestEngines::Result r =
        TestEngines::ctrAt(TestEngines::containerdSocket(), p.ns,
                           {QStringLiteral("tasks"), QStringLiteral("start"), QStringLiteral("-d"),
                            QStringLiteral("--log-uri"), QStringLiteral("file://") + log, p.id});
    if (r.exitCode != 0)
        qWarning() << "ctr tasks start:" << r.output;
    return r.exitCode == 0;
}

QStringList logLines(const QString &log)
{
    QFile f(log);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The interface names in a /proc/net/dev listing.
QSet<QString> interfaces(const QStringList &lines)
{
    QSet<QString> names;
    for (const QString &line : lines) {
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0 && !line.contains(QLatin1Char('|')) &&
            !line.startsWith(QLatin1String("net:[")))
            names.insert(line.left(colon).trimmed());
    }
    return names;
}

QSet<QString> snapshotKeys(const QString &socket, const QString &ns)
{
    const TestEngines::Result r =
        TestEngines::ctrAt(socket, ns, {QStringLiteral("snapshots"), QStringLiteral("ls")});
    QSet<QString> keys;
    const QStringList lines = r.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(1))
        keys.insert(line.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty));
    return keys;
}

QSet<QString> containerIds(const QString &socket, const QString &ns)
{
    const TestEngines::Result r = TestEngines::ctrAt(
        socket, ns, {QStringLiteral("containers"), QStringLiteral("ls"), QStringLiteral("-q")});
    const QStringList ids = r.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return QSet<QString>(ids.begin(), ids.end());
}

QStringList containersNamed(const QString &socket, const QString &ns, const QString &name)
{
    const TestEngines::Result r = TestEngines::ctrAt(
        socket, ns,
        {QStringLiteral("containers"), QStringLiteral("ls"), QStringLiteral("-q"),
         QStringLiteral("labels.\"nerdctl/name\"==\"%1\"").arg(name)});
    return r.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The create's own leases still in the namespace (it deletes each once done).
int createLeases(const QString &socket, const QString &ns)
{
    const TestEngines::Result r = TestEngines::ctrAt(
        socket, ns, {QStringLiteral("leases"), QStringLiteral("ls"), QStringLiteral("-q")});
    return int(
        r.output.split(QLatin1Char('\n')).filter(QStringLiteral("gontainer-create-")).size());
}

ContainerSpec baseSpec(const QString &name, const QStringList &command)
{
    ContainerSpec spec;
    spec.name = name;
    spec.image = TestEngines::containerdImage();
    spec.command = command;
    return spec;
}

} // namespace

class TestContainerdCreate final : public QObject
{
    Q_OBJECT

private slots:
    void createsAndRuns();
    void userByName_data();
    void userByName();
    void imageUserByName();
    void startsWithTheEngine();
    void shortImageNameAndNamespaceChosen();
    void imageById();
    void hostAndNoNetwork();
    void restartPolicyLabel();
    void missingImage();
    void nameInUse();
    void refusesWhatContainerdCannotDo();
    void failedCreateLeavesNothing();
    void imageNotUnpacked();
};

void TestContainerdCreate::createsAndRuns()
{
    REQUIRE_CONTAINERD();
    const QString socket = TestEngines::containerdSocket();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QVERIFY(identify(engine));
    const QString name = TestEngines::uniqueName(QStringLiteral("c4-run"));
    ContainerSpec spec = baseSpec(
        name, {QStringLiteral("sh"), QStringLiteral("-c"),
               QStringLiteral("echo hi; echo \"$GREETING\"; id -u; id -g; pwd; sleep 100")});
    spec.env = {QStringLiteral("GREETING=hello there")};
    spec.workingDir = QStringLiteral("/tmp");
    spec.user = QStringLiteral("1000:1001");
    spec.labels = {{QStringLiteral("com.example.test"), QStringLiteral("c4")}};
    spec.memoryBytes = 64 * 1024 * 1024;
    const EngineResult<CreatedObject> r = create(engine, spec);
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    auto cleanup = qScopeGuard([&] { removeContainer(socket, r.value.id); });
    const ContainerdIds::Parts parts = ContainerdIds::split(r.value.id);
    QCOMPARE(parts.ns, TestEngines::containerdNamespace());
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(parts.id).hasMatch(),
             qPrintable(r.value.id));

    const QJsonObject c = info(socket, r.value.id);
    const QJsonObject labels = c.value(QLatin1String("Labels")).toObject();
    QCOMPARE(labels.value(QLatin1String("nerdctl/name")).toString(), name);
    QCOMPARE(labels.value(QLatin1String("com.example.test")).toString(), QStringLiteral("c4"));
    QCOMPARE(c.value(QLatin1String("Image")).toString(), TestEngines::containerdImage());
    QCOMPARE(c.value(QLatin1String("Runtime")).toObject().value(QLatin1String("Name")).toString(),
             QStringLiteral("io.containerd.runc.v2"));
    QCOMPARE(c.value(QLatin1String("Snapshotter")).toString(), QStringLiteral("overlayfs"));
    QCOMPARE(c.value(QLatin1String("SnapshotKey")).toString(), parts.id);
    // The lease that kept the snapshot until the record had it is gone.
    QTRY_COMPARE_WITH_TIMEOUT(createLeases(socket, parts.ns), 0, 10000);

    // The engine lists it by its name.
    const auto list = await<QList<ContainerSummary>>(
        [&](QObject *ctx, auto cb) { engine.listContainers({r.value.id}, ctx, cb); });
    QVERIFY2(list.ok(), qPrintable(list.error.userText()));
    QCOMPARE(list.value.size(), 1);
    QCOMPARE(list.value.first().name, name);

    const QString log = logPath(QStringLiteral("c4-run"));
    QVERIFY(startWithLog(r.value.id, log));
    QTRY_COMPARE_WITH_TIMEOUT(logLines(log).size(), 5, 30000);
    QCOMPARE(logLines(log),
             (QStringList{QStringLiteral("hi"), QStringLiteral("hello there"),
                          QStringLiteral("1000"), QStringLiteral("1001"), QStringLiteral("/tmp")}));
    // Its memory limit reached the cgroup (v1 here, v2 elsewhere).
    const TestEngines::Result limit = TestEngines::ctrAt(
        socket, parts.ns,
        {QStringLiteral("tasks"), QStringLiteral("exec"), QStringLiteral("--exec-id"),
         QStringLiteral("limit"), parts.id, QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral("cat /sys/fs/cgroup/memory/memory.limit_in_bytes 2>/dev/null || "
                        "cat /sys/fs/cgroup/memory.max")});
    QCOMPARE(limit.output, QString::number(64 * 1024 * 1024));
}

void TestContainerdCreate::userByName_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("uid"); // -1: refused
    QTest::addColumn<int>("gid");
    // The test image's /etc/passwd has root and nobody (65534), its /etc/group root and nobody.
    QTest::newRow("name") << "nobody" << 65534 << 65534;
    QTest::newRow("name:group") << "nobody:root" << 65534 << 0;
    QTest::newRow("uid:group") << "1000:nobody" << 1000 << 65534;
    QTest::newRow("unknown user") << "postgres" << -1 << -1;
    QTest::newRow("unknown group") << "nobody:staff" << -1 << -1;
}

// A user given by name is looked up in the image's own /etc/passwd and /etc/group, read from
// its layers in the content store.
void TestContainerdCreate::userByName()
{
    REQUIRE_CONTAINERD();
    QFETCH(QString, user);
    QFETCH(int, uid);
    QFETCH(int, gid);
    const QString socket = TestEngines::containerdSocket();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QVERIFY(identify(engine));
    const QString name = TestEngines::uniqueName(QStringLiteral("c4-user"));
    ContainerSpec spec = baseSpec(name, {QStringLiteral("sh"), QStringLiteral("-c"),
                                         QStringLiteral("id -u; id -g; echo done; sleep 100")});
    spec.user = user;
    const EngineResult<CreatedObject> r = create(engine, spec);
    if (uid < 0) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, EngineError::Kind::BadInput);
        QVERIFY2(r.error.message.contains(TestEngines::containerdImage()),
                 qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(user.section(QLatin1Char(':'), -1)),
                 qPrintable(r.error.message));
        QVERIFY(containersNamed(socket, TestEngines::containerdNamespace(), name).isEmpty());
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    auto cleanup = qScopeGuard([&] { removeContainer(socket, r.value.id); });
    const QJsonObject process = info(socket, r.value.id)
                                    .value(QLatin1String("Spec"))
                                    .toObject()
                                    .value(QLatin1String("process"))
                                    .toObject();
    const QJsonObject u = process.value(QLatin1String("user")).toObject();
    QCOMPARE(u.value(QLatin1String("uid")).toInt(-1), uid);
    QCOMPARE(u.value(QLatin1String("gid")).toInt(-1), gid);
    QCOMPARE(u.value(QLatin1String("additionalGids")).toArray().first().toInt(-1), gid);

    const QString log = logPath(QStringLiteral("c4-user"));
    QVERIFY(startWithLog(r.value.id, log));
    QTRY_COMPARE_WITH_TIMEOUT(logLines(log).size(), 3, 30000);
    QCOMPARE(logLines(log),
             (QStringList{QString::number(uid), QString::number(gid), QStringLiteral("done")}));
}

// An image whose config names its user ("USER nobody") runs as that user, looked up through
// the image's layers: the image is the test image with an empty layer on top, made by Docker and
// imported into containerd.
void TestContainerdCreate::imageUserByName()
{
    REQUIRE_CONTAINERD();
    const QString socket = TestEngines::containerdSocket();
    const QString ns = TestEngines::containerdNamespace();
    const QString dockerSocket = TestEngines::dockerSocket();
    const QString tag = QStringLiteral("gontainer-test/%1:latest")
                            .arg(TestEngines::uniqueName(QStringLiteral("user")).toLower());
    const QString builder = TestEngines::uniqueName(QStringLiteral("c4-user-builder"));
    TestEngines::Result made =
        TestEngines::docker(dockerSocket, {QStringLiteral("create"), QStringLiteral("--name"),
                                           builder, TestEngines::image(), QStringLiteral("true")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    made = TestEngines::docker(dockerSocket, {QStringLiteral("commit"), QStringLiteral("--change"),
                                              QStringLiteral("USER nobody"), builder, tag});
    TestEngines::docker(dockerSocket, {QStringLiteral("rm"), QStringLiteral("-f"), builder});
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    auto removeDockerImage = qScopeGuard([&] {
        TestEngines::docker(dockerSocket, {QStringLiteral("rmi"), QStringLiteral("-f"), tag});
    });
    const QString archive = TestEngines::dir() + QLatin1Char('/') +
                            TestEngines::uniqueName(QStringLiteral("user-image")) +
                            QStringLiteral(".tar");
    made = TestEngines::docker(dockerSocket,
                               {QStringLiteral("save"), QStringLiteral("-o"), archive, tag});
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    const QString name = QStringLiteral("docker.io/") + tag;
    made = TestEngines::ctrAt(
        socket, ns, {QStringLiteral("images"), QStringLiteral("import"), archive}, 120000);
    QFile::remove(archive);
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    auto removeImage = qScopeGuard([&] {
        TestEngines::ctrAt(socket, ns, {QStringLiteral("images"), QStringLiteral("rm"), name});
    });

    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QVERIFY(identify(engine));
    ContainerSpec spec =
        baseSpec(TestEngines::uniqueName(QStringLiteral("c4-image-user")),
                 {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("id -u; id -g")});
    spec.image = name;
    const EngineResult<CreatedObject> r = create(engine, spec);
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    auto cleanup = qScopeGuard([&] { removeContainer(socket, r.value.id); });
    const QJsonObject u = info(socket, r.value.id)
                              .value(QLatin1String("Spec"))
                              .toObject()
                              .value(QLatin1String("process"))
                              .toObject()
                              .value(QLatin1String("user"))
                              .toObject();
    QCOMPARE(u.value(QLatin1String("uid")).toInt(-1), 65534);
    QCOMPARE(u.value(QLatin1String("gid")).toInt(-1), 65534);
    const QString log = logPath(QStringLiteral("c4-image-user"));
    QVERIFY(startWithLog(r.value.id, log));
    QTRY_COMPARE_WITH_TIMEOUT(
        logLines(log), (QStringList{QStringLiteral("65534"), QStringLiteral("65534")}), 30000);
}

void TestContainerdCreate::startsWithTheEngine()
{
    REQUIRE_CONTAINERD();
    const QString socket = TestEngines::containerdSocket();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QVERIFY(identify(engine));
    ContainerSpec spec = baseSpec(TestEngines::uniqueName(QStringLiteral("c4-start")),
                                  {QStringLiteral("sh"), QStringLiteral("-c"),
                                   QStringLiteral("echo \"started as $(id -u) in $(pwd)\"; "
                                                  "sleep 100")});
    spec.user = QStringLiteral("4242");
    spec.workingDir = QStringLiteral("/etc");
    const EngineResult<CreatedObject> r = create(engine, spec);
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    auto cleanup = qScopeGuard([&] { removeContainer(socket, r.value.id); });
    std::optional<EngineError> started;
    QObject context;
    engine.startContainer(r.value.id, &context, [&started](const EngineError &e) { started = e; });
    QTRY_VERIFY_WITH_TIMEOUT(started.has_value(), 30000);
    QVERIFY2(!started->isError(), qPrintable(started->userText()));
    const auto list = await<QList<ContainerSummary>>(
        [&](QObject *ctx, auto cb) { engine.listContainers({r.value.id}, ctx, cb); });
    QVERIFY2(list.ok(), qPrintable(list.error.userText()));
    QCOMPARE(list.value.size(), 1);
    QCOMPARE(list.value.first().state, ContainerSummary::State::Running);
    // Its process runs as the user asked (the harness's engines share this PID namespace).
    const TestEngines::Result tasks =
        TestEngines::ctrAt(socket, TestEngines::containerdNamespace(),
                           {QStringLiteral("tasks"), QStringLiteral("ls")});
    int pid = 0;
    for (const QString &line : tasks.output.split(QLatin1Char('\n'))) {
        if (line.startsWith(ContainerdIds::split(r.value.id).id))
            pid = line.section(QLatin1Char(' '), 1, 1, QString::SectionSkipEmpty).toInt();
    }
    QVERIFY2(pid > 0, qPrintable(tasks.output));
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    QVERIFY(status.open(QIODevice::ReadOnly));
    QVERIFY2(status.readAll().contains("\nUid:\t4242\t"), "not user 4242");
    // Its log, where the start keeps it: a file this process sees, except in the matrix's run,
    // whose engine writes it in its chroot.
    if (!qEnvironmentVariableIsEmpty("GONTAINER_TEST_MATRIX"))
        return;
    const QString uri = info(socket, r.value.id)
                            .value(QLatin1String("Labels"))
                            .toObject()
                            .value(QLatin1String("gontainer/log-uri"))
                            .toString();
    QVERIFY2(uri.startsWith(QStringLiteral("file://")), qPrintable(uri));
    const QString log = QUrl(uri).toLocalFile();
    QTRY_COMPARE_WITH_TIMEOUT(logLines(log).size(), 1, 30000);
    QVERIFY2(logLines(log).first().endsWith(QStringLiteral("started as 4242 in /etc")),
             qPrintable(logLines(log).first()));
}

void TestContainerdCreate::shortImageNameAndNamespaceChosen()
{
    REQUIRE_CONTAINERD();
    const QString socket = TestEngines::containerdSocket();
    // A node that shows every namespace: the spec says which one.
    ContainerdEngine engine(Endpoint::fromUrl(QStringLiteral("containerd://") + socket));
    QVERIFY(identify(engine));
    // docker.io/gontainer-test/busybox:latest as people write it.
    const QString shortName = QStringLiteral("gontainer-test/busybox");
    QCOMPARE(TestEngines::containerdImage(),
             QStringLiteral("docker.io/gontainer-test/busybox:latest"));
    ContainerSpec spec = baseSpec(QString(), {QStringLiteral("true")});
    spec.image = shortName;
    EngineResult<CreatedObject> r = create(engine, spec);
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    QCOMPARE(ContainerdIds::split(r.value.id).ns, QStringLiteral("default"));
    // Named as nerdctl names a container that was given none.
    QCOMPARE(info(socket, r.value.id)
                 .value(QLatin1String("Labels"))
                 .toObject()
                 .value(QLatin1String("nerdctl/name"))
                 .toString(),
             QStringLiteral("busybox-") + ContainerdIds::split(r.value.id).id.left(5));
    removeContainer(socket, r.value.id);

    spec.containerdNamespace = TestEngines::containerdNamespace();
    r = create(engine, spec);
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    QCOMPARE(ContainerdIds::split(r.value.id).ns, TestEngines::containerdNamespace());
    removeContainer(socket, r.value.id);

    // Docker's namespace is Docker's.
    spec.containerdNamespace = QStringLiteral("moby");
    r = create(engine, spec);
    QCOMPARE(r.error.kind, EngineError::Kind::Unsupported);

    // A node that shows one namespace makes nothing in another.
    ContainerdEngine one(TestEngines::containerdEndpoint());
    QVERIFY(identify(one));
    spec.containerdNamespace = QStringLiteral("default");
    r = create(one, spec);
    QCOMPARE(r.error.kind, EngineError::Kind::Unsupported);
    QVERIFY2(r.error.message.contains(TestEngines::containerdNamespace()),
             qPrintable(r.error.message));
}

// The Images page's Run gives the image's id ("NAMESPACE/sha256:<target digest>", or shortened
// as the page shows it): the create finds it among the namespace's images.
void TestContainerdCreate::imageById()
{
    REQUIRE_CONTAINERD();
    const QString socket = TestEngines::containerdSocket();
    const QString ns = TestEngines::containerdNamespace();
    // A node that shows every namespace: the id's namespace is the container's.
    ContainerdEngine engine(Endpoint::fromUrl(QStringLiteral("containerd://") + socket));
    QVERIFY(identify(engine));
    const auto images =
        await<QList<ImageSummary>>([&](QObject *c, auto cb) { engine.listImages(false, c, cb); });
    QVERIFY2(images.ok(), qPrintable(images.error.userText()));
    QString id;
    for (const ImageSummary &image : images.value) {
        if (image.namespaceName == ns && image.repoTags.contains(TestEngines::containerdImage()))
            id = image.id;
    }
    QVERIFY2(id.startsWith(ns + QStringLiteral("/sha256:")), qPrintable(id));
    const QString hex = ContainerdIds::split(id).id.mid(7);

    // The whole id, no namespace asked for: made in the image's namespace from its name.
    ContainerSpec spec = baseSpec(QString(), {QStringLiteral("sh"), QStringLiteral("-c"),
                                              QStringLiteral("echo made from the id; sleep 100")});
    spec.image = id;
    EngineResult<CreatedObject> r = create(engine, spec);
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    {
        auto cleanup = qScopeGuard([&] { removeContainer(socket, r.value.id); });
        QCOMPARE(ContainerdIds::split(r.value.id).ns, ns);
        const QJsonObject c = info(socket, r.value.id);
        QCOMPARE(c.value(QLatin1String("Image")).toString(), TestEngines::containerdImage());
        // Named after the image's name, not its id.
        QCOMPARE(c.value(QLatin1String("Labels"))
                     .toObject()
                     .value(QLatin1String("nerdctl/name"))
                     .toString(),
                 QStringLiteral("busybox-") + ContainerdIds::split(r.value.id).id.left(5));
        const QString log = logPath(QStringLiteral("c4-byid"));
        QVERIFY(startWithLog(r.value.id, log));
        QTRY_COMPARE_WITH_TIMEOUT(logLines(log), QStringList{QStringLiteral("made from the id")},
                                  30000);
    }

    // The short form the Images page shows, with the namespace the create dialog chose.
    spec =
        baseSpec(TestEngines::uniqueName(QStringLiteral("c4-shortid")), {QStringLiteral("true")});
    spec.image = ns + QLatin1Char('/') + hex.left(12);
    spec.containerdNamespace = ns;
    r = create(engine, spec);
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    removeContainer(socket, r.value.id);
    // "sha256:<hex>" in the namespace asked for.
    spec.image = QStringLiteral("sha256:") + hex;
    r = create(engine, spec);
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    removeContainer(socket, r.value.id);

    // An id no image has is refused as such (not offered for a pull), and nothing is made.
    const QString zeros(64, QLatin1Char('0'));
    spec.image = ns + QStringLiteral("/sha256:") + zeros;
    r = create(engine, spec);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, EngineError::Kind::BadInput);
    QCOMPARE(r.error.message,
             QStringLiteral("Namespace %1 has no image with the id %2.").arg(ns, spec.image));
    spec.image = ns + QLatin1Char('/') + zeros.left(12);
    r = create(engine, spec);
    QCOMPARE(r.error.kind, EngineError::Kind::BadInput);
    QCOMPARE(
        r.error.message,
        QStringLiteral("Namespace %1 has no image with the id or name %2.").arg(ns, spec.image));
    QVERIFY(containersNamed(socket, ns, spec.name).isEmpty());

    // The id of another namespace's image is not made into a container of this one.
    if (ns != QLatin1String("default")) {
        spec.image = id;
        spec.containerdNamespace = QStringLiteral("default");
        r = create(engine, spec);
        QCOMPARE(r.error.kind, EngineError::Kind::BadInput);
        QVERIFY2(r.error.message.contains(id) && r.error.message.contains(ns) &&
                     r.error.message.contains(QStringLiteral("default")),
                 qPrintable(r.error.message));
        QVERIFY(containersNamed(socket, QStringLiteral("default"), spec.name).isEmpty());
    }
}

void TestContainerdCreate::hostAndNoNetwork()
{
    REQUIRE_CONTAINERD();
    const QString socket = TestEngines::containerdSocket();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QVERIFY(identify(engine));

    // The machine's network namespace and interfaces, as a container ctr makes on it sees them
    // (the harness's network namespace may have only lo, so the namespace tells them apart).
    const QString reference = TestEngines::uniqueName(QStringLiteral("c4-ref"));
    const TestEngines::Result host = TestEngines::ctr(
        {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--net-host"),
         TestEngines::containerdImage(), reference, QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral("readlink /proc/self/ns/net; cat /proc/net/dev")});
    QVERIFY2(host.exitCode == 0, qPrintable(host.output));
    const QStringList hostLines = host.output.split(QLatin1Char('\n'));
    const QString hostNetns = hostLines.first();
    QVERIFY2(hostNetns.startsWith(QStringLiteral("net:[")), qPrintable(host.output));
    const QSet<QString> hostInterfaces = interfaces(hostLines);
    QVERIFY2(hostInterfaces.contains(QStringLiteral("lo")), qPrintable(host.output));

    for (const QString &mode : {QStringLiteral("host"), QStringLiteral("none"), QString()}) {
        ContainerSpec spec = baseSpec(
            TestEngines::uniqueName(QStringLiteral("c4-net")),
            {QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("readlink /proc/self/ns/net; cat /proc/net/dev; echo; hostname; "
                            "echo end; sleep 100")});
        spec.network = mode;
        const EngineResult<CreatedObject> r = create(engine, spec);
        QVERIFY2(r.ok(), qPrintable(r.error.userText()));
        auto cleanup = qScopeGuard([&] { removeContainer(socket, r.value.id); });
        const QString log = logPath(QStringLiteral("c4-net"));
        QVERIFY(startWithLog(r.value.id, log));
        QTRY_VERIFY_WITH_TIMEOUT(logLines(log).contains(QStringLiteral("end")), 30000);
        const QStringList lines = logLines(log);
        const QString hostname = lines.at(lines.size() - 2);
        if (mode == QLatin1String("host")) {
            QCOMPARE(lines.first(), hostNetns);
            QCOMPARE(interfaces(lines), hostInterfaces);
        } else {
            QVERIFY2(lines.first() != hostNetns, qPrintable(lines.first()));
            QVERIFY2(lines.first().startsWith(QStringLiteral("net:[")), qPrintable(lines.first()));
            QCOMPARE(interfaces(lines), QSet<QString>{QStringLiteral("lo")});
            QCOMPARE(hostname, ContainerdIds::split(r.value.id).id.left(12));
        }
    }
}

void TestContainerdCreate::restartPolicyLabel()
{
    REQUIRE_CONTAINERD();
    const QString socket = TestEngines::containerdSocket();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QVERIFY(identify(engine));
    ContainerSpec spec = baseSpec(TestEngines::uniqueName(QStringLiteral("c4-restart")),
                                  {QStringLiteral("sleep"), QStringLiteral("100")});
    spec.restart.mode = RestartPolicy::Mode::Always;
    EngineResult<CreatedObject> r = create(engine, spec);
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    {
        auto cleanup = qScopeGuard([&] { removeContainer(socket, r.value.id); });
        const QJsonObject labels =
            info(socket, r.value.id).value(QLatin1String("Labels")).toObject();
        QCOMPARE(labels.value(QLatin1String("containerd.io/restart.policy")).toString(),
                 QStringLiteral("always"));
        // Only created: containerd's restart monitor must not start it.
        QVERIFY(!labels.contains(QLatin1String("containerd.io/restart.status")));
    }

    // On failure only where the engine's monitor knows that policy (containerd 1.7).
    spec.name = TestEngines::uniqueName(QStringLiteral("c4-restart"));
    spec.restart = {RestartPolicy::Mode::OnFailure, 3};
    r = create(engine, spec);
    const bool knows = QVersionNumber::fromString(engine.info().version) >= QVersionNumber(1, 7);
    if (!knows) {
        QCOMPARE(r.error.kind, EngineError::Kind::Unsupported);
        QVERIFY2(r.error.message.contains(QStringLiteral("failure")), qPrintable(r.error.message));
        QVERIFY(containersNamed(socket, TestEngines::containerdNamespace(), spec.name).isEmpty());
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.error.userText()));
    auto cleanup = qScopeGuard([&] { removeContainer(socket, r.value.id); });
    QCOMPARE(info(socket, r.value.id)
                 .value(QLatin1String("Labels"))
                 .toObject()
                 .value(QLatin1String("containerd.io/restart.policy"))
                 .toString(),
             QStringLiteral("on-failure:3"));
}

void TestContainerdCreate::missingImage()
{
    REQUIRE_CONTAINERD();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QVERIFY(identify(engine));
    ContainerSpec spec =
        baseSpec(TestEngines::uniqueName(QStringLiteral("c4-missing")), {QStringLiteral("true")});
    spec.image = QStringLiteral("docker.io/gontainer-test/no-such-image:latest");
    const EngineResult<CreatedObject> r = create(engine, spec);
    QCOMPARE(r.error.kind, EngineError::Kind::ImageMissing);
    QVERIFY2(r.error.message.contains(spec.image), qPrintable(r.error.message));
    QVERIFY2(r.error.message.contains(QStringLiteral("pull")), qPrintable(r.error.message));
    QVERIFY(containersNamed(TestEngines::containerdSocket(), TestEngines::containerdNamespace(),
                            spec.name)
                .isEmpty());
}

void TestContainerdCreate::nameInUse()
{
    REQUIRE_CONTAINERD();
    const QString socket = TestEngines::containerdSocket();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QVERIFY(identify(engine));
    const ContainerSpec spec =
        baseSpec(TestEngines::uniqueName(QStringLiteral("c4-twice")), {QStringLiteral("true")});
    const EngineResult<CreatedObject> first = create(engine, spec);
    QVERIFY2(first.ok(), qPrintable(first.error.userText()));
    auto cleanup = qScopeGuard([&] { removeContainer(socket, first.value.id); });
    const EngineResult<CreatedObject> second = create(engine, spec);
    QCOMPARE(second.error.kind, EngineError::Kind::NameInUse);
    QVERIFY2(second.error.message.contains(spec.name), qPrintable(second.error.message));
    QCOMPARE(containersNamed(socket, TestEngines::containerdNamespace(), spec.name),
             QStringList{ContainerdIds::split(first.value.id).id});

    // The name is the namespace's: another namespace may have it too.
    ContainerdEngine all(Endpoint::fromUrl(QStringLiteral("containerd://") + socket));
    QVERIFY(identify(all));
    ContainerSpec elsewhere = spec;
    elsewhere.containerdNamespace = QStringLiteral("default");
    const EngineResult<CreatedObject> third = create(all, elsewhere);
    QVERIFY2(third.ok(), qPrintable(third.error.userText()));
    removeContainer(socket, third.value.id);
}

void TestContainerdCreate::refusesWhatContainerdCannotDo()
{
    REQUIRE_CONTAINERD();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QVERIFY(identify(engine));
    ContainerSpec spec =
        baseSpec(TestEngines::uniqueName(QStringLiteral("c4-refused")), {QStringLiteral("true")});
    spec.ports = {PortBinding{80, QStringLiteral("tcp"), {}, 8080}};
    EngineResult<CreatedObject> r = create(engine, spec);
    QCOMPARE(r.error.kind, EngineError::Kind::Unsupported);
    QVERIFY2(r.error.message.contains(QStringLiteral("ports")), qPrintable(r.error.message));
    spec.ports.clear();
    spec.network = QStringLiteral("bridge");
    r = create(engine, spec);
    QCOMPARE(r.error.kind, EngineError::Kind::Unsupported);
    spec.network.clear();
    // A user name is looked up in the image (userByName); one it does not have is refused.
    spec.user = QStringLiteral("no-such-user");
    r = create(engine, spec);
    if (r.ok())
        removeContainer(TestEngines::containerdSocket(), r.value.id);
    QCOMPARE(r.error.kind, EngineError::Kind::BadInput);
    QVERIFY2(r.error.message.contains(QStringLiteral("no-such-user")), qPrintable(r.error.message));
    QVERIFY(containersNamed(TestEngines::containerdSocket(), TestEngines::containerdNamespace(),
                            spec.name)
                .isEmpty());
}

void TestContainerdCreate::failedCreateLeavesNothing()
{
    REQUIRE_CONTAINERD();
    const QString socket = TestEngines::containerdSocket();
    const QString ns = TestEngines::containerdNamespace();
    ContainerdEngine engine(TestEngines::containerdEndpoint());
    QVERIFY(identify(engine));
    const QSet<QString> before = snapshotKeys(socket, ns);
    QVERIFY(!before.isEmpty()); // the image's own
    // containerd refuses a label past 4 KiB, after the snapshot was prepared.
    ContainerSpec spec =
        baseSpec(TestEngines::uniqueName(QStringLiteral("c4-fail")), {QStringLiteral("true")});
    spec.labels = {{QStringLiteral("com.example.big"), QString(5000, QLatin1Char('x'))}};
    const EngineResult<CreatedObject> r = create(engine, spec);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.message.contains(QStringLiteral("label"), Qt::CaseInsensitive),
             qPrintable(r.error.userText()));
    QVERIFY(containersNamed(socket, ns, spec.name).isEmpty());
    // Every snapshot made meanwhile is a container's (other tests may be making some).
    const QSet<QString> containers = containerIds(socket, ns);
    const QSet<QString> added = snapshotKeys(socket, ns) - before;
    for (const QString &key : added)
        QVERIFY2(containers.contains(key), qPrintable(key + QStringLiteral(" was left behind")));
    QTRY_COMPARE_WITH_TIMEOUT(createLeases(socket, ns), 0, 10000);
}

void TestContainerdCreate::imageNotUnpacked()
{
    REQUIRE_CONTAINERD();
    // A containerd of this test's own, with the image imported but not unpacked in a namespace.
    const QString dir = TestEngines::dir() + QStringLiteral("/c4own");
    QProcess *own = TestEngines::startOwnContainerd(dir);
    QVERIFY(own);
    auto stop = qScopeGuard([own] { TestEngines::stopOwnContainerd(own); });
    const QString socket = dir + QStringLiteral("/containerd.sock");
    const QString ns = QStringLiteral("packed");
    const TestEngines::Result imported = TestEngines::ctrAt(
        socket, ns,
        {QStringLiteral("images"), QStringLiteral("import"), QStringLiteral("--no-unpack"),
         qEnvironmentVariable("GONTAINER_TEST_CONTAINERD_ARCHIVE")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.output));
    ContainerdEngine engine(
        Endpoint::fromUrl(QStringLiteral("containerd://%1?namespace=%2").arg(socket, ns)));
    QVERIFY(identify(engine));
    const QSet<QString> before = snapshotKeys(socket, ns);
    const ContainerSpec spec =
        baseSpec(TestEngines::uniqueName(QStringLiteral("c4-packed")), {QStringLiteral("true")});
    const EngineResult<CreatedObject> r = create(engine, spec);
    QCOMPARE(r.error.kind, EngineError::Kind::ImageMissing);
    QVERIFY2(r.error.message.contains(QStringLiteral("not unpacked")), qPrintable(r.error.message));
    QVERIFY2(r.error.message.contains(QStringLiteral("ctr images unpack")),
             qPrintable(r.error.message));
    QCOMPARE(snapshotKeys(socket, ns), before);
    QVERIFY(containerIds(socket, ns).isEmpty());
}

QTEST_GUILESS_MAIN(TestContainerdCreate)
#include "tst_containerd_create.moc"
