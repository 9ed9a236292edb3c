#include "core/docker/dockererrorkind.h"

#include <QTest>

// The refusals the UI acts on, read from what Docker 20.10 and Podman 4.3 answer (their words
// recorded from the engines and the harness's registries); every other refusal stays a plain
// HTTP error.
class TestDockerErrorKind : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void httpErrorKeepsTheEnginesWords();
    void classifiedLeavesOtherErrorsAlone();
    void userTextOfTheNewKinds();
};

void TestDockerErrorKind::classify_data()
{
    using K = EngineError::Kind;
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<EngineError::Kind>("kind");

    QTest::newRow("docker: no such image")
        << 404 << QStringLiteral("No such image: localhost/gontainer-test/not-there:latest")
        << K::ImageMissing;
    QTest::newRow("podman: image not known")
        << 404 << QStringLiteral("localhost/gontainer-test/not-there:latest: image not known")
        << K::ImageMissing;
    QTest::newRow("podman: short name, no TTY")
        << 500 << QStringLiteral("short-name resolution enforced but cannot prompt without a TTY")
        << K::AmbiguousShortName;
    QTest::newRow("podman: short name without search registries (in a pull)")
        << 200
        << QStringLiteral("short-name \"nginx\" did not resolve to an alias and no "
                          "unqualified-search registries are defined in "
                          "\"/etc/containers/registries.conf\"")
        << K::AmbiguousShortName;
    QTest::newRow("docker: container name in use")
        << 409
        << QStringLiteral("Conflict. The container name \"/web\" is already in use by container "
                          "\"3f2a9c1b\". You have to remove (or rename) that container to be "
                          "able to reuse that name.")
        << K::NameInUse;
    QTest::newRow("podman: container name in use")
        << 500
        << QStringLiteral("creating container storage: the container name \"web\" is already "
                          "in use by 3f2a9c1b. You have to remove that container to be able to "
                          "reuse that name: that name is already in use")
        << K::NameInUse;
    QTest::newRow("podman: pod name in use")
        << 409 << QStringLiteral("adding pod to state: name \"web\" is in use: pod already exists")
        << K::NameInUse;

    QTest::newRow("docker: pull of a tag the registry has not")
        << 404
        << QStringLiteral("manifest for 127.0.0.1:5000/gontainer-test/absent:nope not found: "
                          "manifest unknown: manifest unknown")
        << K::ImageMissing;
    QTest::newRow("podman: pull of a tag the registry has not (in a pull)")
        << 200
        << QStringLiteral(
               "initializing source docker://127.0.0.1:5000/gontainer-test/busybox:nope: "
               "reading manifest nope in 127.0.0.1:5000/gontainer-test/busybox: "
               "manifest unknown: manifest unknown")
        << K::ImageMissing;
    QTest::newRow("docker: push of an image it has not (in a push)")
        << 200
        << QStringLiteral("An image does not exist locally with the tag: 127.0.0.1:5000/nothere")
        << K::ImageMissing;
    QTest::newRow("podman: push of an image it has not")
        << 404
        << QStringLiteral("failed to find image 127.0.0.1:5000/nothere:v1: "
                          "127.0.0.1:5000/nothere:v1: image not known")
        << K::ImageMissing;

    // A registry that wants a login, or refused the one given.
    QTest::newRow("docker: pull without a login")
        << 500
        << QStringLiteral("Head \"http://127.0.0.1:5000/v2/probe/manifests/v1\": no basic auth "
                          "credentials")
        << K::Unauthorized;
    QTest::newRow("docker: pull with a wrong password")
        << 500 << QStringLiteral("unauthorized: authentication required") << K::Unauthorized;
    QTest::newRow("docker: push without a login (in a push)")
        << 200 << QStringLiteral("no basic auth credentials") << K::Unauthorized;
    QTest::newRow("docker: login check with a wrong password")
        << 500
        << QStringLiteral("login attempt to http://127.0.0.1:5000/v2/ failed with status: 401 "
                          "Unauthorized")
        << K::Unauthorized;
    QTest::newRow("podman: login check with a wrong password")
        << 500
        << QStringLiteral("login attempt to localhost:5000 failed with status: 401 Unauthorized")
        << K::Unauthorized;
    QTest::newRow("podman: pull without a login (in a pull)")
        << 200
        << QStringLiteral("initializing source docker://127.0.0.1:5000/probe:v1: reading manifest "
                          "v1 in 127.0.0.1:5000/probe: unauthorized: authentication required")
        << K::Unauthorized;
    QTest::newRow("podman: push without a login (in a push)")
        << 200
        << QStringLiteral("trying to reuse blob sha256:6ea3 at destination: checking whether a "
                          "blob sha256:6ea3 exists in 127.0.0.1:5000/probe: unauthorized: "
                          "authentication required")
        << K::Unauthorized;

    // An image containers use.
    QTest::newRow("docker: image used by a stopped container")
        << 409
        << QStringLiteral("conflict: unable to delete 4a5b (must be forced) - image is being used "
                          "by stopped container 3f2a")
        << K::InUse;
    QTest::newRow("docker: image used by a running container, forced")
        << 409
        << QStringLiteral("conflict: unable to delete 4a5b (cannot be forced) - image is being "
                          "used by running container 3f2a")
        << K::InUse;
    QTest::newRow("docker: name of an image a container uses")
        << 409
        << QStringLiteral("conflict: unable to remove repository reference \"probe/used:v1\" "
                          "(must force) - container f1c2 is using its referenced image 95be")
        << K::InUse;
    // A network containers are attached to (words from Docker 28 and Podman 4.3).
    QTest::newRow("docker: network with endpoints")
        << 403
        << QStringLiteral("error while removing network: network exp1 id 330bc310 has active "
                          "endpoints")
        << K::InUse;
    QTest::newRow("podman: network in use")
        << 500
        << QStringLiteral("\"exp1\" has associated containers with it. Use -f to forcibly "
                          "delete containers and pods: network is being used")
        << K::InUse;
    QTest::newRow("docker: volume in use")
        << 409 << QStringLiteral("remove data: volume is in use - [3f2a9c1b]") << K::InUse;
    QTest::newRow("podman: volume in use")
        << 409
        << QStringLiteral("volume data is being used by the following container(s): 3f2a9c1b: "
                          "volume is being used")
        << K::InUse;
    QTest::newRow("podman: image in use, image called name")
        << 500
        << QStringLiteral("image used by 3f2a: localhost/name:1: image is in use by a container")
        << K::InUse;

    // Refusals that only look alike stay plain HTTP errors.
    QTest::newRow("docker: no such container")
        << 404 << QStringLiteral("No such container: myimage") << K::Http;
    QTest::newRow("docker: removing a running container")
        << 409
        << QStringLiteral("You cannot remove a running container 3f2a. Stop the container before "
                          "attempting removal or force remove")
        << K::Http;
    QTest::newRow("no such image but not a 404")
        << 500 << QStringLiteral("No such image: x") << K::Http;
    QTest::newRow("name in use but a 404")
        << 404 << QStringLiteral("that name is already in use") << K::Http;
}

void TestDockerErrorKind::classify()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(EngineError::Kind, kind);
    QCOMPARE(DockerErrorKind::classify(status, message), kind);
}

void TestDockerErrorKind::httpErrorKeepsTheEnginesWords()
{
    const QString words = QStringLiteral("No such image: busybox:nope");
    const EngineError e =
        DockerErrorKind::httpError(404, words, QStringLiteral("unix:///run/docker.sock"));
    QCOMPARE(e.kind, EngineError::Kind::ImageMissing);
    QCOMPARE(e.httpStatus, 404);
    QCOMPARE(e.message, words);
    QCOMPARE(e.where, QStringLiteral("unix:///run/docker.sock"));
    QVERIFY(e.isError());
    QVERIFY2(e.userText().contains(words), qPrintable(e.userText()));
    // As a plain refusal reads, for texts that say what the kind means themselves.
    QCOMPARE(e.refusalText(),
             QStringLiteral("The engine refused the request (HTTP 404): ") + words);
}

void TestDockerErrorKind::classifiedLeavesOtherErrorsAlone()
{
    EngineError http = EngineError::make(EngineError::Kind::Http,
                                         QStringLiteral("Conflict. The container name \"/a\" is "
                                                        "already in use by container \"b\"."));
    http.httpStatus = 409;
    QCOMPARE(DockerErrorKind::classified(http).kind, EngineError::Kind::NameInUse);
    QCOMPARE(DockerErrorKind::classified(http).httpStatus, 409);
    QCOMPARE(DockerErrorKind::classified(http).message, http.message);

    // The transport's own failures are not the engine's words.
    const EngineError closed =
        EngineError::make(EngineError::Kind::Closed, QStringLiteral("the name is already in use"));
    QCOMPARE(DockerErrorKind::classified(closed).kind, EngineError::Kind::Closed);
    QCOMPARE(DockerErrorKind::classified(EngineError()).kind, EngineError::Kind::None);
}

void TestDockerErrorKind::userTextOfTheNewKinds()
{
    // A login refused inside a progress stream has no HTTP status worth telling: the registry's
    // words, and what to do.
    const EngineError unauthorized =
        DockerErrorKind::httpError(200, QStringLiteral("no basic auth credentials"), {});
    QCOMPARE(unauthorized.kind, EngineError::Kind::Unauthorized);
    QVERIFY2(unauthorized.userText().contains(QStringLiteral("no basic auth credentials")) &&
                 unauthorized.userText().contains(QStringLiteral("Log in")),
             qPrintable(unauthorized.userText()));

    for (const auto &[status, words] :
         {std::pair{404, QStringLiteral("No such image: x")},
          std::pair{500, QStringLiteral("short-name resolution enforced but cannot prompt "
                                        "without a TTY")},
          std::pair{409, QStringLiteral("Conflict. The container name \"/x\" is already in use "
                                        "by container \"y\".")},
          std::pair{409, QStringLiteral("conflict: unable to delete 4a5b (must be forced) - image "
                                        "is being used by stopped container 3f2a")}}) {
        const EngineError e = DockerErrorKind::httpError(status, words, {});
        QVERIFY(e.kind != EngineError::Kind::Http);
        const QString text = e.userText();
        QVERIFY2(text.contains(words), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("HTTP ") + QString::number(status)),
                 qPrintable(text));
        QVERIFY2(text != e.refusalText(), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestDockerErrorKind)
#include "tst_dockererrorkind.moc"
