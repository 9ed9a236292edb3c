#include "core/docker/dockerimagejson.h"
#include "core/docker/dockerjson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Image, system and progress payloads recorded from Docker 20.10 and Podman 4.3 (tests/data).
class TestDockerImageJson : public QObject
{
    Q_OBJECT

private slots:
    void imageList();
    void imageInspectAndHistory();
    void removalAndPrune();
    void searchResults();
    void progressStreams();
    void registryAuth();
    void systemInfo();
    void diskUsage();
    void diskUsagePerVolume();
};

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(GONTAINER_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

} // namespace

void TestDockerImageJson::imageList()
{
    const auto docker =
        DockerImageJson::parseList(readData(QStringLiteral("docker-20.10-images.json")));
    QVERIFY(docker);
    QCOMPARE(docker->size(), 1);
    const ImageSummary &i = docker->first();
    QVERIFY(i.id.startsWith(QStringLiteral("sha256:")));
    QVERIFY(i.repoTags.contains(QStringLiteral("gontainer-test/busybox:latest")));
    QCOMPARE(i.size, 1984229);
    QCOMPARE(i.containers, -1); // the list does not count them
    QVERIFY(i.created.isValid());
    QVERIFY(!i.isDangling());

    const auto podman =
        DockerImageJson::parseList(readData(QStringLiteral("podman-4.3-images.json")));
    QVERIFY(podman);
    QCOMPARE(podman->first().repoTags,
             QStringList{QStringLiteral("localhost/gontainer-test/busybox:latest")});
    QCOMPARE(podman->first().containers, 1);

    QVERIFY(!DockerImageJson::parseList("{}"));
    const auto dangling = DockerImageJson::parseList(
        R"([{"Id":"x","RepoTags":["<none>:<none>"]},{"Id":"y","RepoTags":null}])");
    QVERIFY(dangling->at(0).isDangling());
    QVERIFY(dangling->at(1).isDangling());
}

void TestDockerImageJson::imageInspectAndHistory()
{
    for (const QString &engine : {QStringLiteral("docker-20.10"), QStringLiteral("podman-4.3")}) {
        const QByteArray json = readData(engine + QStringLiteral("-image-inspect.json"));
        const auto d = DockerImageJson::parseInspect(json);
        QVERIFY2(d, qPrintable(engine));
        QCOMPARE(d->command, QStringList{QStringLiteral("/bin/sh")});
        QCOMPARE(d->os, QStringLiteral("linux"));
        QCOMPARE(d->architecture, QStringLiteral("amd64"));
        QVERIFY(d->created.isValid());
        QVERIFY(d->size > 0);
        QCOMPARE(d->rawJson, json);
        const auto h =
            DockerImageJson::parseHistory(readData(engine + QStringLiteral("-image-history.json")));
        QVERIFY(h);
        QCOMPARE(h->size(), 1);
        QVERIFY(h->first().size > 0);
    }
    QVERIFY(!DockerImageJson::parseInspect(R"({"message":"No such image"})"));
}

void TestDockerImageJson::searchResults()
{
    const auto d =
        DockerImageJson::parseSearch(readData(QStringLiteral("docker-20.10-image-search.json")));
    QVERIFY(d);
    QCOMPARE(d->size(), 2);
    QCOMPARE(d->at(0).name, QStringLiteral("gontainer-test/busybox"));
    QCOMPARE(d->at(0).description, QStringLiteral("static busybox"));
    QCOMPARE(d->at(0).stars, 7);
    QVERIFY(d->at(0).automated && !d->at(0).official);
    QVERIFY(d->at(1).official && !d->at(1).automated);
    QCOMPARE(d->at(1).stars, 3000);

    const auto p =
        DockerImageJson::parseSearch(readData(QStringLiteral("podman-4.3-image-search.json")));
    QVERIFY(p);
    QCOMPARE(p->size(), 1);
    QVERIFY(p->at(0).name.endsWith(QStringLiteral("/gontainer-test/busybox")));
    QVERIFY(p->at(0).name.startsWith(p->at(0).index + QLatin1Char('/')));
    QVERIFY(!p->at(0).official && !p->at(0).automated);

    // Podman marks an official image with a text, not a boolean.
    const auto marked = DockerImageJson::parseSearch(
        R"([{"Index":"docker.io","Name":"docker.io/library/alpine","Official":"[OK]",)"
        R"("Automated":"","Stars":10000}])");
    QVERIFY(marked);
    QVERIFY(marked->at(0).official && !marked->at(0).automated);
    QCOMPARE(marked->at(0).stars, 10000);

    QVERIFY(!DockerImageJson::parseSearch(R"({"message":"no"})"));
    QCOMPARE(DockerImageJson::parseSearch("[]")->size(), 0);
}

void TestDockerImageJson::removalAndPrune()
{
    const auto r = DockerImageJson::parseRemoval(
        R"([{"Untagged":"a:1"},{"Untagged":"a@sha256:1"},{"Deleted":"sha256:2"}])");
    QVERIFY(r);
    QCOMPARE(r->untagged.size(), 2);
    QCOMPARE(r->deleted, QStringList{QStringLiteral("sha256:2")});
    const auto p = DockerImageJson::parsePrune(
        R"({"ImagesDeleted":[{"Untagged":"x"},{"Deleted":"sha256:3"}],"SpaceReclaimed":77})");
    QVERIFY(p);
    QCOMPARE(p->deleted, QStringList{QStringLiteral("sha256:3")});
    QCOMPARE(p->spaceReclaimed, 77);
    // Podman answers an empty prune with null.
    QCOMPARE(
        DockerImageJson::parsePrune(R"({"ImagesDeleted":null,"SpaceReclaimed":0})")->deleted.size(),
        0);
}

void TestDockerImageJson::progressStreams()
{
    // docker push to the harness's registry.
    const QList<QByteArray> push =
        readData(QStringLiteral("docker-20.10-push.jsonl")).trimmed().split('\n');
    QList<ProgressEvent> events;
    for (const QByteArray &line : push) {
        QString error;
        const auto e = DockerImageJson::parseProgress(line, &error);
        QVERIFY2(e, line.constData());
        QVERIFY(error.isEmpty());
        events << *e;
    }
    QCOMPARE(events.at(1).status, QStringLiteral("Preparing"));
    QCOMPARE(events.at(1).id, QStringLiteral("3c4619244a68"));
    QVERIFY(events.last().imageId.startsWith(QStringLiteral("sha256:")));

    // A Podman pull that fails inside its 200 answer.
    QString error;
    QVERIFY(!DockerImageJson::parseProgress(
        readData(QStringLiteral("podman-4.3-pull-error.jsonl")).trimmed(), &error));
    QVERIFY2(error.contains(QStringLiteral("pinging container registry")), qPrintable(error));
    // Only the old "error" field.
    error.clear();
    QVERIFY(!DockerImageJson::parseProgress(R"({"error":"denied"})", &error));
    QCOMPARE(error, QStringLiteral("denied"));

    const auto downloading = DockerImageJson::parseProgress(
        R"({"status":"Downloading","progressDetail":{"current":1024,"total":4096},"id":"abc"})",
        &error);
    QCOMPARE(downloading->current, 1024);
    QCOMPARE(downloading->total, 4096);
    const auto build =
        DockerImageJson::parseProgress(R"({"stream":"Step 1/2 : FROM x\n"})", &error);
    QCOMPARE(build->output, QStringLiteral("Step 1/2 : FROM x\n"));
    const auto built = DockerImageJson::parseProgress(R"({"aux":{"ID":"sha256:abc"}})", &error);
    QCOMPARE(built->imageId, QStringLiteral("sha256:abc"));
}

void TestDockerImageJson::registryAuth()
{
    // "{}", base64url with padding as the docker CLI sends it.
    QCOMPARE(DockerImageJson::registryAuthHeader({}), QByteArray("e30="));
    RegistryAuth auth{
        QStringLiteral("me"), QStringLiteral("s3cr?t>"), QStringLiteral("reg.example:5000"), {}};
    const QByteArray header = DockerImageJson::registryAuthHeader(auth);
    QVERIFY(!header.contains('+') && !header.contains('/'));
    const QJsonObject o =
        QJsonDocument::fromJson(QByteArray::fromBase64(header, QByteArray::Base64UrlEncoding))
            .object();
    QCOMPARE(o.value(QLatin1String("username")).toString(), auth.username);
    QCOMPARE(o.value(QLatin1String("password")).toString(), auth.password);
    QCOMPARE(o.value(QLatin1String("serveraddress")).toString(), auth.serverAddress);
}

void TestDockerImageJson::systemInfo()
{
    const auto d = DockerJson::parseInfo(readData(QStringLiteral("docker-20.10-info.json")));
    QVERIFY(d);
    QCOMPARE(d->cpus, 2);
    QCOMPARE(d->storageDriver, QStringLiteral("overlay2"));
    QCOMPARE(d->cgroupVersion, QStringLiteral("1"));
    QCOMPARE(d->running, 1);
    QVERIFY(d->serverVersion.startsWith(QStringLiteral("20.10")));
    QCOMPARE(d->warnings.size(), 1);
    const auto p = DockerJson::parseInfo(readData(QStringLiteral("podman-4.3-info.json")));
    QVERIFY(p);
    QCOMPARE(p->serverVersion, QStringLiteral("4.3.1"));
    QCOMPARE(p->storageDriver, QStringLiteral("overlay"));
    QVERIFY(!DockerJson::parseInfo(R"({"message":"x"})"));
}

void TestDockerImageJson::diskUsage()
{
    // One image used by one running container, one unused empty volume.
    const auto d = DockerJson::parseDiskUsage(readData(QStringLiteral("docker-20.10-df.json")));
    QVERIFY(d);
    QCOMPARE(d->images.count, 1);
    QCOMPARE(d->images.active, 1);
    QCOMPARE(d->images.size, 1984229); // LayersSize
    QCOMPARE(d->images.reclaimable, 0);
    QCOMPARE(d->containers.count, 1);
    QCOMPARE(d->containers.active, 1);
    QCOMPARE(d->volumes.count, 1);
    QCOMPARE(d->volumes.active, 0);
    // Podman leaves LayersSize at 0: the images' sizes stand in.
    const auto p = DockerJson::parseDiskUsage(readData(QStringLiteral("podman-4.3-df.json")));
    QVERIFY(p);
    QCOMPARE(p->images.size, 2131032);
    QCOMPARE(p->containers.size, 12);
    QCOMPARE(p->containers.reclaimable, 0); // running
    const auto cache = DockerJson::parseDiskUsage(
        R"({"BuildCache":[{"Size":10,"InUse":true},{"Size":20,"Shared":true},{"Size":30}]})");
    QCOMPARE(cache->buildCache.count, 3);
    QCOMPARE(cache->buildCache.size, 60);
    QCOMPARE(cache->buildCache.reclaimable, 30);
    QCOMPARE(cache->buildCache.active, 1);
}

void TestDockerImageJson::diskUsagePerVolume()
{
    // Each volume's size and the containers using it, by name, on both engines' answers.
    for (const char *file : {"docker-20.10-df.json", "podman-4.3-df.json"}) {
        const auto d = DockerJson::parseDiskUsage(readData(QString::fromLatin1(file)));
        QVERIFY(d);
        QCOMPARE(d->volumeUsage.size(), 1);
        QCOMPARE(d->volumeUsage.value(QStringLiteral("recvol")), (VolumeUsage{0, 0}));
    }
    // Docker answers -1 for what it did not count (a volume of another driver); a volume without
    // usage data stays unknown.
    const auto d = DockerJson::parseDiskUsage(R"({"Volumes":[
        {"Name":"big","UsageData":{"Size":4096,"RefCount":2}},
        {"Name":"remote","UsageData":{"Size":-1,"RefCount":-1}},
        {"Name":"bare"}]})");
    QVERIFY(d);
    QCOMPARE(d->volumeUsage.value(QStringLiteral("big")), (VolumeUsage{4096, 2}));
    QCOMPARE(d->volumeUsage.value(QStringLiteral("remote")), (VolumeUsage{-1, -1}));
    QCOMPARE(d->volumeUsage.value(QStringLiteral("bare")), (VolumeUsage{-1, -1}));
    QVERIFY(!d->volumeUsage.contains(QStringLiteral("absent")));
    QCOMPARE(d->volumes.count, 3);
    QCOMPARE(d->volumes.active, 1);
    QCOMPARE(d->volumes.size, 4096);
}

QTEST_GUILESS_MAIN(TestDockerImageJson)
#include "tst_dockerimagejson.moc"
