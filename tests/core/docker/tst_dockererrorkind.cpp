#include "core/docker/dockererrorkind.h"

#include <QTest>

// The refusals the UI acts on, read from what Docker 20.10 and Podman 4.3 answer (their words
// recorded from the engines); every other refusal stays a plain HTTP error.
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

    // Refusals that only look alike stay plain HTTP errors.
    QTest::newRow("docker: no such container")
        << 404 << QStringLiteral("No such container: myimage") << K::Http;
    QTest::newRow("docker: pull of a tag the registry has not")
        << 404
        << QStringLiteral("manifest for 127.0.0.1:5000/gontainer-test/absent:nope not found: "
                          "manifest unknown: manifest unknown")
        << K::Http;
    QTest::newRow("docker: image used by a container")
        << 409
        << QStringLiteral("conflict: unable to delete 4a5b (must be forced) - image is being used "
                          "by stopped container 3f2a")
        << K::Http;
    QTest::newRow("podman: image in use, image called name")
        << 500
        << QStringLiteral("image used by 3f2a: localhost/name:1: image is in use by a container")
        << K::Http;
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
    for (const auto &[status, words] :
         {std::pair{404, QStringLiteral("No such image: x")},
          std::pair{500, QStringLiteral("short-name resolution enforced but cannot prompt "
                                        "without a TTY")},
          std::pair{409, QStringLiteral("Conflict. The container name \"/x\" is already in use "
                                        "by container \"y\".")}}) {
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
