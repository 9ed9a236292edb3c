#include "ui/views/execconsole.h"

#include "core/config/terminalcommand.h"
#include "core/docker/dockerengine.h"
#include "core/podman/podmanapi.h"
#include "core/services/nodeserviceimpl.h"
#include "testengines.h"
#include "ui/widgets/terminalview.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The exec console against real engines: a command's output, an interactive shell with
// Ctrl+C, Ctrl+D, colours and resizing, exit codes; and the command "Open in Terminal" runs.
// What a node of that engine, reached as `node` says, answers for its own client.
static EngineInfo client(const NodeConfig &node, bool podman)
{
    EngineInfo info;
    info.clientCommand = podman ? PodmanApi::clientCommand(node.endpoint())
                                : DockerEngine::clientCommand(node.endpoint());
    return info;
}

class TestExecConsole : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void runsACommand_data();
    void runsACommand();
    void interactiveShell();
    void resizeReachesTheProcess();
    void openInTerminalRunsTheEnginesClient_data();
    void openInTerminalRunsTheEnginesClient();
    void terminalCommandForRemoteNodes();

private:
    bool startNode(bool podman);
    std::unique_ptr<NodeServiceImpl> m_node;
    QString m_socket;
    QString m_id;
};

void TestExecConsole::init()
{
    m_id.clear();
}

void TestExecConsole::cleanup()
{
    if (!m_id.isEmpty())
        TestEngines::docker(m_socket, {QStringLiteral("rm"), QStringLiteral("-f"), m_id});
    m_node.reset();
}

bool TestExecConsole::startNode(bool podman)
{
    m_socket = podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
    m_node = std::make_unique<NodeServiceImpl>(podman ? QStringLiteral("podman")
                                                      : QStringLiteral("docker"),
                                               Endpoint::unixSocket(m_socket));
    m_node->start();
    if (!QTest::qWaitFor([this] { return m_node->state() == NodeService::State::Online; }, 30000))
        return false;
    const auto r = TestEngines::runDetached(m_socket, TestEngines::uniqueName(QStringLiteral("ex")),
                                            {QStringLiteral("sleep"), QStringLiteral("300")});
    m_id = r.exitCode == 0 ? r.output.trimmed() : QString();
    return !m_id.isEmpty();
}

void TestExecConsole::runsACommand_data()
{
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << false;
    QTest::newRow("podman") << true;
}

void TestExecConsole::runsACommand()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    QVERIFY(startNode(podman));
    auto *console = new ExecConsole(m_node.get(), m_id, QStringLiteral("box"));
    console->show();
    // The shell first; then a command of the user's.
    QTRY_VERIFY_WITH_TIMEOUT(console->isRunning(), 30000);
    console->commandField()->setText(QStringLiteral("echo hello-from-exec"));
    console->run();
    QTRY_VERIFY_WITH_TIMEOUT(!console->isRunning(), 30000);
    QVERIFY2(console->terminal()->screenText().contains(QStringLiteral("hello-from-exec")),
             qPrintable(console->terminal()->screenText()));
    QVERIFY2(console->statusText().contains(QStringLiteral("code 0")),
             qPrintable(console->statusText()));
    QVERIFY(console->terminal()->isReadOnly());
    console->commandField()->setText(QStringLiteral("sh -c 'exit 5'"));
    console->run();
    QTRY_VERIFY2_WITH_TIMEOUT(console->statusText().contains(QStringLiteral("code 5")),
                              qPrintable(console->statusText()), 30000);
    console->commandField()->setText(QStringLiteral("/no/such/program"));
    console->run();
    QTRY_VERIFY_WITH_TIMEOUT(!console->isRunning(), 30000);
    QVERIFY2(!console->statusText().contains(QStringLiteral("code 0")),
             qPrintable(console->statusText()));
    // A quote left open: the console says where, and nothing runs.
    console->commandField()->setText(QStringLiteral("sh -c 'echo never-run"));
    console->run();
    QVERIFY2(console->statusText().contains(QStringLiteral("character 7")),
             qPrintable(console->statusText()));
    QVERIFY(!console->isRunning());
    QVERIFY(console->openInTerminal().isEmpty());
    QVERIFY(!console->terminal()->screenText().contains(QStringLiteral("never-run")));
    console->close();
}

void TestExecConsole::interactiveShell()
{
    REQUIRE_ENGINES();
    QVERIFY(startNode(false));
    auto *console = new ExecConsole(m_node.get(), m_id, QStringLiteral("shell"));
    console->resize(800, 500);
    console->show();
    QVERIFY(QTest::qWaitForWindowExposed(console));
    TerminalView *term = console->terminal();
    term->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(term->screenText().contains(QLatin1Char('#')), 30000);
    QTest::keyClicks(term, QStringLiteral("echo $((6*7))"));
    QTest::keyClick(term, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(term->screenText().contains(QStringLiteral("\n42")), 30000);
    // Colours reach the screen's cells.
    QTest::keyClicks(term, QStringLiteral("printf '\\033[31mRED\\033[0m\\n'"));
    QTest::keyClick(term, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(term->screenText().contains(QStringLiteral("\nRED")), 30000);
    const TerminalScreen &screen = term->screen();
    bool red = false;
    for (int row = 0; row < screen.rows() && !red; ++row) {
        const QString line = screen.lineText(screen.scrollbackSize() + row);
        if (line == QStringLiteral("RED"))
            red = screen.cell(row, 0).fg == TerminalScreen::Color::indexed(1);
    }
    QVERIFY(red);
    // Ctrl+C interrupts the foreground command, not the shell.
    QTest::keyClicks(term, QStringLiteral("sleep 30"));
    QTest::keyClick(term, Qt::Key_Return);
    QTest::qWait(500);
    QTest::keyClick(term, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClicks(term, QStringLiteral("echo rc=$?"));
    QTest::keyClick(term, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(term->screenText().contains(QStringLiteral("rc=130")), 30000);
    QVERIFY(console->isRunning());
    // Ctrl+D ends the shell; the console says so.
    QTest::keyClick(term, Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!console->isRunning(), 30000);
    QVERIFY2(console->statusText().contains(QStringLiteral("code 0")),
             qPrintable(console->statusText()));
    console->close();
}

void TestExecConsole::resizeReachesTheProcess()
{
    REQUIRE_ENGINES();
    QVERIFY(startNode(true));
    auto *console = new ExecConsole(m_node.get(), m_id, QStringLiteral("sizes"));
    console->resize(700, 400);
    console->show();
    QVERIFY(QTest::qWaitForWindowExposed(console));
    TerminalView *term = console->terminal();
    QTRY_VERIFY_WITH_TIMEOUT(term->screenText().contains(QLatin1Char('#')), 30000);
    console->resize(1000, 600);
    QTRY_VERIFY_WITH_TIMEOUT(term->terminalColumns() > 100, 30000);
    QTest::qWait(300);
    QTest::keyClicks(term, QStringLiteral("stty size"));
    QTest::keyClick(term, Qt::Key_Return);
    const QString expected =
        QStringLiteral("%1 %2").arg(term->terminalRows()).arg(term->terminalColumns());
    QTRY_VERIFY2_WITH_TIMEOUT(term->screenText().contains(expected),
                              qPrintable(term->screenText() + QStringLiteral(" / ") + expected),
                              30000);
    console->close();
}

void TestExecConsole::openInTerminalRunsTheEnginesClient_data()
{
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << false;
    QTest::newRow("podman") << true;
}

void TestExecConsole::openInTerminalRunsTheEnginesClient()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    QVERIFY(startNode(podman));
    QTRY_VERIFY_WITH_TIMEOUT(m_node->engineInfo().kind != EngineInfo::Kind::Unknown, 30000);
    // A stand-in terminal emulator that writes down what it was asked to run.
    QTemporaryDir dir;
    const QString record = dir.filePath(QStringLiteral("argv"));
    const QString fake = dir.filePath(QStringLiteral("fake-terminal"));
    QFile script(fake);
    QVERIFY(script.open(QIODevice::WriteOnly));
    // Written aside and moved into place, so that the test never reads it half written.
    script.write("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > " + record.toUtf8() +
                 ".part && mv " + record.toUtf8() + ".part " + record.toUtf8() + "\n");
    script.close();
    script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
    qputenv("TERMINAL", fake.toUtf8());
    auto *console = new ExecConsole(m_node.get(), m_id, QStringLiteral("term"));
    console->commandField()->setText(QStringLiteral("echo opened-ok"));
    const QStringList argv = console->openInTerminal();
    qunsetenv("TERMINAL");
    QVERIFY2(!argv.isEmpty(), qPrintable(console->statusText()));
    QCOMPARE(argv.first(), fake);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(record) && QFile(record).size() > 0, 30000);
    QFile recorded(record);
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    QStringList got = QString::fromUtf8(recorded.readAll()).split(QLatin1Char('\n'));
    got.removeAll(QString());
    QCOMPARE(got.first(), QStringLiteral("-e"));
    got.removeFirst();
    QCOMPARE(got.first(), podman ? QStringLiteral("podman") : QStringLiteral("docker"));
    QVERIFY(got.contains(m_id));
    QVERIFY(got.join(QLatin1Char(' ')).contains(m_socket));
    // The command works as it is, but without a terminal to attach here.
    got.replace(got.indexOf(QStringLiteral("-it")), QStringLiteral("-i"));
    QProcess client;
    client.start(got.first(), got.mid(1));
    QVERIFY(client.waitForFinished(60000));
    QCOMPARE(QString::fromUtf8(client.readAllStandardOutput()).trimmed(),
             QStringLiteral("opened-ok"));
    console->close();
}

void TestExecConsole::terminalCommandForRemoteNodes()
{
    // The files of a DOCKER_CERT_PATH-style folder (only those present are used).
    QTemporaryDir certs;
    for (const char *name : {"ca.pem", "cert.pem", "key.pem"}) {
        QFile f(certs.filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    NodeConfig tls;
    tls.url = QStringLiteral("tcp://10.0.0.5:2376");
    tls.tls = true;
    tls.tlsCertPath = certs.path();
    const QStringList docker = TerminalCommand::execCommand(
        client(tls, false), QStringLiteral("abc"), {QStringLiteral("sh")});
    QCOMPARE(docker.mid(0, 4),
             (QStringList{QStringLiteral("docker"), QStringLiteral("-H"),
                          QStringLiteral("tcp://10.0.0.5:2376"), QStringLiteral("--tlsverify")}));
    QVERIFY(docker.contains(certs.filePath(QStringLiteral("ca.pem"))));
    QVERIFY(docker.contains(certs.filePath(QStringLiteral("key.pem"))));
    QCOMPARE(docker.mid(docker.size() - 4),
             (QStringList{QStringLiteral("exec"), QStringLiteral("-it"), QStringLiteral("abc"),
                          QStringLiteral("sh")}));
    // Podman's client has no TLS: not offered.
    QVERIFY(TerminalCommand::execCommand(client(tls, true), QStringLiteral("abc"),
                                         {QStringLiteral("sh")})
                .isEmpty());

    NodeConfig ssh;
    ssh.url = QStringLiteral("ssh://ops@build.example:2222/run/podman/podman.sock");
    ssh.sshIdentityFile = QStringLiteral("/home/me/.ssh/id_build");
    QCOMPARE(TerminalCommand::execCommand(client(ssh, false), QStringLiteral("abc"),
                                          {QStringLiteral("sh")})
                 .mid(0, 3),
             (QStringList{QStringLiteral("docker"), QStringLiteral("-H"),
                          QStringLiteral("ssh://ops@build.example:2222")}));
    const QStringList pod = TerminalCommand::execCommand(client(ssh, true), QStringLiteral("abc"),
                                                         {QStringLiteral("sh")});
    QVERIFY(pod.join(QLatin1Char(' '))
                .startsWith(QStringLiteral(
                    "podman --remote --url ssh://ops@build.example:2222/run/podman/podman.sock "
                    "--identity /home/me/.ssh/id_build exec -it abc sh")));
}

QTEST_MAIN(TestExecConsole)
#include "tst_execconsole.moc"
