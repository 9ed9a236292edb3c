#include "ui/dialogs/builddialog.h"

#include "core/config/appsettings.h"
#include "core/services/nodemanager.h"
#include "core/services/nodeservice.h"
#include "testengines.h"
#include "ui/widgets/codeeditor.h"
#include "ui/widgets/syntaxrepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

// The Build dialog against real engines: a context with a build argument builds, with the
// argument's value in the streamed log and the image named by `built`; a failing step shows
// the engine's error, names no image and keeps every input; Esc stops a long build and leaves
// nothing of it running (Podman, which finishes every build, is said to go on and does). Edits in
// the editor reach the file before the engine reads it.
class TestBuildDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tagsAndArgsAreCheckedAsTyped();
    void newDockerfileIsWrittenAndFolderRemembered();
    void editsAreNeverLost();
    void buildsWithAnArg_data() { TestBuildDialog::engineRows(); }
    void buildsWithAnArg();
    void failingStepKeepsInputs_data() { TestBuildDialog::engineRows(); }
    void failingStepKeepsInputs();
    void cancelStopsTheBuild_data() { TestBuildDialog::engineRows(); }
    void cancelStopsTheBuild();

private:
    static void engineRows();
    NodeService *nodeFor(bool podman) const;
    static QString baseImage(bool podman);
    static QString socketFor(bool podman);
    static TestEngines::Result cli(bool podman, const QStringList &args);
    static bool writeFile(const QString &path, const QByteArray &content);
    static QByteArray readFile(const QString &path);
    // Whether a process whose command line holds `token` runs on this machine (the engines'
    // containers run here too).
    static bool processRunning(const QString &token);
    static QStringList logLines(const BuildDialog &dialog);
    static bool hasErrorLine(const BuildDialog &dialog);
    static bool hasBoldLine(const BuildDialog &dialog, const QString &containing);
    // Answers the next message box with `button` once it shows; its text goes to `text`.
    static void answerNextMessageBox(QMessageBox::StandardButton button, QString *text);

    QTemporaryDir m_config;
    std::unique_ptr<NodeManager> m_manager;
    QStringList m_images; // podman(0/1)|reference to remove
};

void TestBuildDialog::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Gontainer"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_builddialog"));
}

void TestBuildDialog::init()
{
    QSettings().clear();
    m_manager = std::make_unique<NodeManager>();
    if (!TestEngines::available())
        return;
    QVERIFY(TestEngines::addDockerAndPodmanNodes(*m_manager));
}

void TestBuildDialog::cleanup()
{
    m_manager.reset();
    for (const QString &entry : std::as_const(m_images)) {
        const bool podman = entry.startsWith(QLatin1Char('1'));
        cli(podman, {QStringLiteral("rmi"), QStringLiteral("-f"), entry.mid(2)});
    }
    m_images.clear();
}

void TestBuildDialog::engineRows()
{
    QTest::addColumn<bool>("podman");
    QTest::newRow("docker") << false;
    QTest::newRow("podman") << true;
}

NodeService *TestBuildDialog::nodeFor(bool podman) const
{
    for (NodeService *node : m_manager->nodes()) {
        if ((node->id() != QLatin1String(NodeManager::LocalId)) == podman)
            return node;
    }
    return nullptr;
}

QString TestBuildDialog::baseImage(bool podman)
{
    return podman ? TestEngines::podmanImage() : TestEngines::image();
}

QString TestBuildDialog::socketFor(bool podman)
{
    return podman ? TestEngines::podmanSocket() : TestEngines::dockerSocket();
}

TestEngines::Result TestBuildDialog::cli(bool podman, const QStringList &args)
{
    return podman ? TestEngines::podman(socketFor(true), args)
                  : TestEngines::docker(socketFor(false), args);
}

bool TestBuildDialog::writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray TestBuildDialog::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestBuildDialog::processRunning(const QString &token)
{
    const QByteArray needle = token.toUtf8();
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        bool numeric = false;
        pid.toInt(&numeric);
        if (!numeric)
            continue;
        QByteArray cmdline = readFile(QStringLiteral("/proc/%1/cmdline").arg(pid));
        cmdline.replace('\0', ' ');
        if (cmdline.contains(needle))
            return true;
    }
    return false;
}

QStringList TestBuildDialog::logLines(const BuildDialog &dialog)
{
    return dialog.logView()->toPlainText().split(QLatin1Char('\n'));
}

bool TestBuildDialog::hasErrorLine(const BuildDialog &dialog)
{
    const QColor error = SyntaxRepository::errorColor(dialog.palette());
    for (QTextBlock b = dialog.logView()->document()->firstBlock(); b.isValid(); b = b.next()) {
        for (const QTextLayout::FormatRange &range : b.textFormats()) {
            if (range.format.foreground().color() == error && !b.text().trimmed().isEmpty())
                return true;
        }
    }
    return false;
}

bool TestBuildDialog::hasBoldLine(const BuildDialog &dialog, const QString &containing)
{
    for (QTextBlock b = dialog.logView()->document()->firstBlock(); b.isValid(); b = b.next()) {
        if (!b.text().contains(containing))
            continue;
        for (const QTextLayout::FormatRange &range : b.textFormats()) {
            if (range.format.fontWeight() >= QFont::Bold)
                return true;
        }
    }
    return false;
}

void TestBuildDialog::answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    // Looks for the box as the event loop runs (the box's own loop, once it is open).
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->button(button))
            return;
        timer->stop();
        timer->deleteLater();
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
    timer->start();
}

void TestBuildDialog::tagsAndArgsAreCheckedAsTyped()
{
    QTemporaryDir context;
    QVERIFY(writeFile(context.filePath(QStringLiteral("Dockerfile")), "FROM busybox\n"));
    BuildDialog dialog(m_manager.get());
    dialog.setContextFolder(context.path());
    QCOMPARE(dialog.editor()->toPlainText(), QStringLiteral("FROM busybox\n"));
    QCOMPARE(dialog.editor()->syntaxName(), QStringLiteral("Dockerfile"));
    QVERIFY(dialog.options().has_value());

    const struct
    {
        const char *tags;
        bool valid;
    } tags[] = {
        {"myapp", true},
        {"myapp:1.0, registry.example:5000/team/myapp:latest", true},
        {"127.0.0.1:5000/app", true},
        {"MyApp", false},
        {"myapp:bad tag:", false},
        {"myapp::1", false},
    };
    for (const auto &c : tags) {
        dialog.tagsField()->clear();
        QTest::keyClicks(dialog.tagsField(), QString::fromLatin1(c.tags));
        QString problem;
        QCOMPARE(dialog.options(&problem).has_value(), c.valid);
        QCOMPARE(dialog.problemLabel()->isVisibleTo(&dialog), !c.valid);
        if (!c.valid)
            QVERIFY2(!dialog.problemLabel()->text().isEmpty(), c.tags);
    }
    dialog.tagsField()->setText(QStringLiteral("myapp:1"));

    dialog.addBuildArg(QStringLiteral("GREETING"), QStringLiteral("hi"));
    auto options = dialog.options();
    QVERIFY(options);
    QCOMPARE(options->buildArgs.value(QStringLiteral("GREETING")), QStringLiteral("hi"));
    QCOMPARE(options->tags, QStringList{QStringLiteral("myapp:1")});
    dialog.addBuildArg(QStringLiteral("GREETING"), QStringLiteral("again"));
    QString problem;
    QVERIFY(!dialog.options(&problem));
    QVERIFY(problem.contains(QStringLiteral("GREETING")));
    dialog.buildArgsTable()->item(1, 0)->setText(QStringLiteral("BAD NAME"));
    QVERIFY(!dialog.options());
    dialog.buildArgsTable()->item(1, 0)->setText(QString());
    QVERIFY(!dialog.options()); // a value without a name
    dialog.buildArgsTable()->item(1, 1)->setText(QString());
    QVERIFY(dialog.options()); // an empty row is left out

    dialog.targetField()->setText(QStringLiteral("final"));
    QCOMPARE(dialog.options()->target, QStringLiteral("final"));
}

void TestBuildDialog::newDockerfileIsWrittenAndFolderRemembered()
{
    QTemporaryDir context;
    BuildDialog dialog(m_manager.get());
    dialog.setContextFolder(context.path());
    QVERIFY(dialog.editor()->toPlainText().isEmpty());
    QVERIFY(!dialog.hasUnsavedEdits());
    QString problem;
    QVERIFY(!dialog.options(&problem)); // nothing to build yet
    dialog.editor()->setFocus();
    QTest::keyClicks(dialog.editor(), QStringLiteral("FROM busybox"));
    QVERIFY(dialog.hasUnsavedEdits());
    QVERIFY(dialog.options().has_value());
    // The Dockerfile field names a file in a subfolder: the editor's text goes there.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.editor()->setFocus();
    QTest::keyClick(dialog.editor(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(readFile(context.filePath(QStringLiteral("Dockerfile"))), QByteArray("FROM busybox"));
    QVERIFY(!dialog.hasUnsavedEdits());

    // Another folder, with a Dockerfile of another name; one outside the folder is refused.
    QTemporaryDir other;
    QVERIFY(writeFile(other.filePath(QStringLiteral("build.Dockerfile")), "FROM other\n"));
    dialog.setContextFolder(other.path());
    QVERIFY(dialog.editor()->toPlainText().isEmpty());
    dialog.setDockerfile(QStringLiteral("build.Dockerfile"));
    QCOMPARE(dialog.editor()->toPlainText(), QStringLiteral("FROM other\n"));
    QCOMPARE(dialog.options()->dockerfile, QStringLiteral("build.Dockerfile"));
    dialog.setDockerfile(QStringLiteral("../outside/Dockerfile"));
    QVERIFY(!dialog.options());
    // The folder a build used last opens the next dialog.
    AppSettings::setBuildContextFolder(other.path());
    BuildDialog next(m_manager.get());
    QCOMPARE(next.contextFolder(), QDir::cleanPath(other.path()));
}

void TestBuildDialog::editsAreNeverLost()
{
    QTemporaryDir a;
    QTemporaryDir b;
    const QString fileA = a.filePath(QStringLiteral("Dockerfile"));
    const QString fileB = b.filePath(QStringLiteral("Dockerfile"));
    QVERIFY(writeFile(fileA, "FROM a\n"));
    QVERIFY(writeFile(fileB, "FROM b\n"));
    BuildDialog dialog(m_manager.get());
    dialog.setContextFolder(a.path());
    const auto append = [&dialog](const QString &text) {
        QTextCursor end = dialog.editor()->textCursor();
        end.movePosition(QTextCursor::End);
        end.insertText(text);
    };
    append(QStringLiteral("RUN echo edited\n"));
    QVERIFY(dialog.hasUnsavedEdits());

    // Another folder while edited: the user keeps the edits, and the folder goes back.
    QString asked;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    dialog.setContextFolder(b.path());
    QVERIFY(asked.contains(QDir::toNativeSeparators(fileA)));
    QCOMPARE(dialog.contextFolder(), QDir::cleanPath(a.path()));
    QCOMPARE(dialog.editor()->toPlainText(), QStringLiteral("FROM a\nRUN echo edited\n"));
    QCOMPARE(readFile(fileA), QByteArray("FROM a\n"));
    QVERIFY(dialog.hasUnsavedEdits());

    // Saved: the edits go into the first folder's file, and the second one's is shown.
    answerNextMessageBox(QMessageBox::Save, nullptr);
    dialog.setContextFolder(b.path());
    QCOMPARE(readFile(fileA), QByteArray("FROM a\nRUN echo edited\n"));
    QCOMPARE(dialog.contextFolder(), QDir::cleanPath(b.path()));
    QCOMPARE(dialog.editor()->toPlainText(), QStringLiteral("FROM b\n"));
    QVERIFY(!dialog.hasUnsavedEdits());

    // The file changes on disk while it is edited here: saving asks before replacing it.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    append(QStringLiteral("RUN echo mine\n"));
    QVERIFY(writeFile(fileB, "FROM theirs\n"));
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    QTest::keyClick(dialog.editor(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(asked.contains(QDir::toNativeSeparators(fileB)));
    QCOMPARE(readFile(fileB), QByteArray("FROM theirs\n"));
    QCOMPARE(dialog.editor()->toPlainText(), QStringLiteral("FROM b\nRUN echo mine\n"));

    // Closing with edits asks too; kept, the dialog stays; let go, it closes and the file is
    // as it was.
    answerNextMessageBox(QMessageBox::Cancel, nullptr);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    answerNextMessageBox(QMessageBox::Discard, nullptr);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(readFile(fileB), QByteArray("FROM theirs\n"));
}

void TestBuildDialog::buildsWithAnArg()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    NodeService *node = nodeFor(podman);
    QVERIFY(node);
    QTemporaryDir context;
    const QString value = TestEngines::uniqueName(QStringLiteral("hello"));
    const QString tag =
        TestEngines::uniqueName(QStringLiteral("gontainer-build")) + QStringLiteral(":v1");
    m_images << QStringLiteral("%1|%2").arg(int(podman)).arg(tag);
    QVERIFY(writeFile(context.filePath(QStringLiteral("Dockerfile")),
                      "FROM " + baseImage(podman).toUtf8() +
                          "\nARG GREETING=unset\nRUN echo \"greeting is $GREETING\"\n"));
    QVERIFY(writeFile(context.filePath(QStringLiteral("data.txt")), "some context\n"));

    BuildDialog dialog(m_manager.get());
    dialog.setNode(node->id());
    QCOMPARE(dialog.selectedNode(), node);
    dialog.setContextFolder(context.path());
    QVERIFY(dialog.editor()->toPlainText().startsWith(QStringLiteral("FROM ")));
    dialog.tagsField()->setText(tag);
    dialog.addBuildArg(QStringLiteral("GREETING"), value);
    // An edit in the editor: saved into the file before the engine reads it.
    QTextCursor end = dialog.editor()->textCursor();
    end.movePosition(QTextCursor::End);
    end.insertText(QStringLiteral("RUN echo edited-in-the-dialog\n"));
    QVERIFY(dialog.hasUnsavedEdits());
    QVERIFY(dialog.buildButton()->isEnabled());

    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QSignalSpy built(&dialog, &BuildDialog::built);
    QSignalSpy finished(&dialog, &BuildDialog::buildFinished);
    // Ctrl+Return builds, even from inside the editor, and types nothing there.
    const QString typed = dialog.editor()->toPlainText();
    dialog.editor()->setFocus();
    QTest::keyClick(dialog.editor(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog.isBuilding() || !finished.isEmpty());
    QCOMPARE(dialog.editor()->toPlainText(), typed);
    QVERIFY(readFile(context.filePath(QStringLiteral("Dockerfile")))
                .contains("RUN echo edited-in-the-dialog"));
    QVERIFY(!dialog.hasUnsavedEdits());

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 180000);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(built.size(), 1);
    QCOMPARE(built.at(0).at(0).toString(), node->id());
    const QString imageId = built.at(0).at(1).toString();
    QVERIFY(!imageId.isEmpty());
    // The engine knows the image, by its id and by the tag.
    const auto inspected = cli(podman, {QStringLiteral("image"), QStringLiteral("inspect"),
                                        QStringLiteral("-f"), QStringLiteral("{{.Id}}"), imageId});
    QCOMPARE(inspected.exitCode, 0);
    const auto byTag = cli(podman, {QStringLiteral("image"), QStringLiteral("inspect"),
                                    QStringLiteral("-f"), QStringLiteral("{{.Id}}"), tag});
    QCOMPARE(byTag.exitCode, 0);
    QCOMPARE(byTag.output.trimmed(), inspected.output.trimmed());

    // The argument's value came through in the streamed log; steps are marked.
    const QString log = dialog.logView()->toPlainText();
    QVERIFY2(log.contains(QStringLiteral("greeting is ") + value), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("edited-in-the-dialog")), qPrintable(log));
    QVERIFY2(hasBoldLine(dialog, QStringLiteral("RUN echo \"greeting is")), qPrintable(log));
    QVERIFY(!hasErrorLine(dialog));
    QVERIFY(dialog.statusLabel()->isVisible());
    QVERIFY(dialog.statusLabel()->text().contains(tag));
    QVERIFY(!dialog.statusLabel()->property("error").toBool());
    QVERIFY(dialog.stepLabel()->text().contains(QLatin1Char('4')));
    // Remembered for the next build.
    QCOMPARE(AppSettings::buildContextFolder(), QDir::cleanPath(context.path()));
    // The dialog stays, ready for another build.
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.buildButton()->isEnabled());
    // A look at it, when asked for (GONTAINER_SCREENSHOTS=folder).
    if (const QString folder = qEnvironmentVariable("GONTAINER_SCREENSHOTS"); !folder.isEmpty())
        QVERIFY(dialog.grab().save(
            folder +
            QStringLiteral("/build-dialog-%1.png").arg(QLatin1String(QTest::currentDataTag()))));
}

void TestBuildDialog::failingStepKeepsInputs()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    NodeService *node = nodeFor(podman);
    QVERIFY(node);
    QTemporaryDir context;
    const QString tag = TestEngines::uniqueName(QStringLiteral("gontainer-fail"));
    m_images << QStringLiteral("%1|%2").arg(int(podman)).arg(tag);
    const QByteArray dockerfile = "FROM " + baseImage(podman).toUtf8() +
                                  "\nARG WHO=nobody\nRUN echo \"about to fail for $WHO\"\n"
                                  "RUN exit 3\n";
    QVERIFY(writeFile(context.filePath(QStringLiteral("Dockerfile")), dockerfile));

    BuildDialog dialog(m_manager.get());
    dialog.setNode(node->id());
    dialog.setContextFolder(context.path());
    dialog.tagsField()->setText(tag);
    dialog.addBuildArg(QStringLiteral("WHO"), QStringLiteral("tester"));
    dialog.noCacheBox()->setChecked(true);
    dialog.show();
    QSignalSpy built(&dialog, &BuildDialog::built);
    QSignalSpy finished(&dialog, &BuildDialog::buildFinished);
    QTest::mouseClick(dialog.buildButton(), Qt::LeftButton);
    QVERIFY(dialog.isBuilding());
    // Inputs wait while the build runs.
    QVERIFY(!dialog.tagsField()->isEnabled());
    QVERIFY(dialog.editor()->isReadOnly());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 180000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(built.size(), 0);

    // The error is shown, in the error colour, in the log and under it.
    QVERIFY(dialog.statusLabel()->isVisible());
    QVERIFY(dialog.statusLabel()->property("error").toBool());
    QVERIFY(!dialog.statusLabel()->text().isEmpty());
    QVERIFY2(hasErrorLine(dialog), qPrintable(dialog.logView()->toPlainText()));
    // In a dark palette, in the dark theme's error colour.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    dark.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    QVERIFY(SyntaxRepository::errorColor(dark) != SyntaxRepository::errorColor(dialog.palette()));
    dialog.setPalette(dark);
    QTRY_VERIFY(hasErrorLine(dialog));
    QCOMPARE(dialog.statusLabel()->palette().color(QPalette::WindowText),
             SyntaxRepository::errorColor(dark));
    QVERIFY(dialog.logView()->toPlainText().contains(QStringLiteral("about to fail for tester")));
    QVERIFY2(dialog.stepLabel()->text().contains(QStringLiteral("exit 3")),
             qPrintable(dialog.stepLabel()->text()));
    // No image of that name came of it.
    QVERIFY(cli(podman, {QStringLiteral("image"), QStringLiteral("inspect"), tag}).exitCode != 0);

    // Everything typed is still there, and can be built again.
    QCOMPARE(dialog.tagsField()->text(), tag);
    QCOMPARE(dialog.buildArgsTable()->rowCount(), 1);
    QCOMPARE(dialog.buildArgsTable()->item(0, 1)->text(), QStringLiteral("tester"));
    QVERIFY(dialog.noCacheBox()->isChecked());
    QCOMPARE(dialog.contextFolder(), QDir::cleanPath(context.path()));
    QCOMPARE(dialog.editor()->toPlainText(), QString::fromUtf8(dockerfile));
    QVERIFY(!dialog.editor()->isReadOnly());
    QVERIFY(dialog.tagsField()->isEnabled());
    QVERIFY(dialog.buildButton()->isEnabled());
    QVERIFY(dialog.isVisible());
}

void TestBuildDialog::cancelStopsTheBuild()
{
    REQUIRE_ENGINES();
    QFETCH(bool, podman);
    NodeService *node = nodeFor(podman);
    QVERIFY(node);
    // Podman 4 cannot interrupt a running step when the client goes: the dialog says so.
    const bool canStop = node->engineInfo().capabilities.buildCancel;
    QCOMPARE(canStop, !podman);
    QTemporaryDir context;
    // The token marks the build's own process, so it can be found while it runs.
    const QString token = TestEngines::uniqueName(QStringLiteral("build-sleeps"));
    const QString tag = TestEngines::uniqueName(QStringLiteral("gontainer-stopped"));
    m_images << QStringLiteral("%1|%2").arg(int(podman)).arg(tag);
    // Where the step cannot be interrupted, short enough to wait for its end.
    const QByteArray seconds = canStop ? "600" : "15";
    QVERIFY(writeFile(context.filePath(QStringLiteral("Dockerfile")),
                      "FROM " + baseImage(podman).toUtf8() + "\nRUN sleep " + seconds +
                          " && echo " + token.toUtf8() + "\n"));

    BuildDialog dialog(m_manager.get());
    dialog.setNode(node->id());
    dialog.setContextFolder(context.path());
    dialog.tagsField()->setText(tag);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QSignalSpy built(&dialog, &BuildDialog::built);
    QSignalSpy finished(&dialog, &BuildDialog::buildFinished);
    dialog.build();
    QVERIFY(dialog.isBuilding());
    QVERIFY(dialog.closeButton()->text().contains(QStringLiteral("Stop")));
    // The step runs on the engine.
    QTRY_VERIFY_WITH_TIMEOUT(processRunning(token), 120000);
    QTRY_VERIFY(dialog.stepLabel()->text().contains(QStringLiteral("sleep ") +
                                                    QString::fromLatin1(seconds)));

    // Esc stops the build (or following it), says so, and leaves the dialog open.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isBuilding());
    QVERIFY(dialog.isVisible());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(dialog.statusLabel()->isVisible());
    QVERIFY(!dialog.statusLabel()->text().isEmpty());
    QCOMPARE(dialog.statusLabel()->property("buildGoesOn").toBool(), !canStop);
    QVERIFY(!dialog.closeButton()->text().contains(QStringLiteral("Stop")));
    QVERIFY(dialog.buildButton()->isEnabled());

    // Nothing of the build is left running on the engine: stopped, or (Podman) the step run
    // to its end; and no image came of it.
    QTRY_VERIFY_WITH_TIMEOUT(!processRunning(token), canStop ? 60000 : 180000);
    if (canStop) {
        // Nor its container runs: the engine stops it once the step is killed.
        const auto listed = [&token] {
            const auto ps =
                cli(false, {QStringLiteral("ps"), QStringLiteral("--no-trunc"),
                            QStringLiteral("--format"), QStringLiteral("{{.Command}}")});
            return ps.exitCode != 0 || ps.output.contains(token);
        };
        QTRY_VERIFY_WITH_TIMEOUT(!listed(), 60000);
    }
    QVERIFY(cli(podman, {QStringLiteral("image"), QStringLiteral("inspect"), tag}).exitCode != 0);
    // A stopped build reports nothing later.
    QCOMPARE(built.size(), 0);
    QCOMPARE(finished.size(), 1);

    // A second Esc closes the dialog.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog.isVisible());
}

QTEST_MAIN(TestBuildDialog)
#include "tst_builddialog.moc"
