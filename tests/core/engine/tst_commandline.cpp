#include "core/engine/commandline.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

// The command-line splitter, checked against a table and against the system's own sh.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void unclosedQuote_data();
    void unclosedQuote();
    void sameAsShell_data();
    void sameAsShell();
    void joinQuotes_data();
    void joinQuotes();
    void joinReadsBack_data();
    void joinReadsBack();
    void randomArgumentsReadBack();
    void randomLinesNeverBreak();

private:
    // The words sh makes of `line` (nothing in it may expand), or nullopt when sh refuses it.
    static std::optional<QStringList> shellWords(const QString &line);
};

namespace {

QStringList words(std::initializer_list<const char16_t *> list)
{
    QStringList out;
    for (const char16_t *w : list)
        out << QString::fromUtf16(w);
    return out;
}

} // namespace

void TestCommandLine::split_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("blanks only") << QStringLiteral(" \t\n ") << QStringList();
    QTest::newRow("one word") << QStringLiteral("ls") << words({u"ls"});
    QTest::newRow("blanks between")
        << QStringLiteral("  ls \t -l\n/tmp  ") << words({u"ls", u"-l", u"/tmp"});
    QTest::newRow("the issue's command") << QStringLiteral("sh -c 'echo hello; sleep 5'")
                                         << words({u"sh", u"-c", u"echo hello; sleep 5"});
    QTest::newRow("double quotes")
        << QStringLiteral("echo \"a  b\" c") << words({u"echo", u"a  b", u"c"});
    QTest::newRow("single quotes keep backslashes")
        << QStringLiteral("echo 'a\\nb\\'") << words({u"echo", u"a\\nb\\"});
    QTest::newRow("single quotes keep double quotes")
        << QStringLiteral("echo '\"x\"'") << words({u"echo", u"\"x\""});
    QTest::newRow("double quotes keep single quotes")
        << QStringLiteral("echo \"it's\"") << words({u"echo", u"it's"});
    QTest::newRow("escapes in double quotes")
        << QStringLiteral("\"\\$HOME \\` \\\" \\\\\"") << words({u"$HOME ` \" \\"});
    QTest::newRow("other backslashes stay in double quotes")
        << QStringLiteral("\"\\a\\n\\'\"") << words({u"\\a\\n\\'"});
    QTest::newRow("backslash outside quotes") << QStringLiteral("back\\ slash \\'q\\' \\\\ \\a")
                                              << words({u"back slash", u"'q'", u"\\", u"a"});
    QTest::newRow("trailing backslash stays") << QStringLiteral("a\\") << words({u"a\\"});
    QTest::newRow("backslash newline joins")
        << QStringLiteral("ec\\\nho a \\\n b") << words({u"echo", u"a", u"b"});
    QTest::newRow("backslash newline in double quotes")
        << QStringLiteral("\"a\\\nb\"") << words({u"ab"});
    QTest::newRow("newline in single quotes")
        << QStringLiteral("'a\nb' c") << words({u"a\nb", u"c"});
    QTest::newRow("empty arguments")
        << QStringLiteral("a '' \"\" b") << words({u"a", u"", u"", u"b"});
    QTest::newRow("empty argument then continuation")
        << QStringLiteral("''\\\n x") << words({u"", u"x"});
    QTest::newRow("adjacent quoted parts make one word")
        << QStringLiteral("a'b c'\"d e\"f") << words({u"ab cd ef"});
    QTest::newRow("escaped quote inside a word") << QStringLiteral("don\\'t") << words({u"don't"});
    QTest::newRow("single quote closed and reopened")
        << QStringLiteral("'it'\\''s'") << words({u"it's"});
    QTest::newRow("nothing expands")
        << QStringLiteral("echo $HOME ~ *.txt `id` $(id) a;b a|b")
        << words({u"echo", u"$HOME", u"~", u"*.txt", u"`id`", u"$(id)", u"a;b", u"a|b"});
    QTest::newRow("hash is no comment")
        << QStringLiteral("echo # x") << words({u"echo", u"#", u"x"});
    QTest::newRow("carriage return separates") << QStringLiteral("a\r\nb") << words({u"a", u"b"});
    QTest::newRow("non-breaking space is a character")
        << QStringLiteral("a\u00a0b") << words({u"a\u00a0b"});
    QTest::newRow("unicode") << QStringLiteral("echo 'héllo wörld' 日本 🐳")
                             << words({u"echo", u"héllo wörld", u"日本", u"🐳"});
    QTest::newRow("tab inside quotes") << QStringLiteral("'a\tb'") << words({u"a\tb"});
    QTest::newRow("health check style")
        << QStringLiteral("curl -fsS \"http://localhost:8080/health?x=1&y=2\" || exit 1")
        << words({u"curl", u"-fsS", u"http://localhost:8080/health?x=1&y=2", u"||", u"exit", u"1"});
}

void TestCommandLine::split()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QString error = QStringLiteral("stale");
    const std::optional<QStringList> got = CommandLine::split(line, &error);
    QVERIFY2(got, qPrintable(error));
    QCOMPARE(*got, expected);
    QVERIFY(error.isEmpty());
    // Without a place for the error, the same.
    QCOMPARE(CommandLine::split(line, nullptr), got);
}

void TestCommandLine::unclosedQuote_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("message"); // says which quote, and where it opened
    QTest::newRow("single") << QStringLiteral("sh -c 'echo hi")
                            << QStringLiteral("single quote at character 7");
    QTest::newRow("double") << QStringLiteral("echo \"hi")
                            << QStringLiteral("double quote at character 6");
    QTest::newRow("lone single") << QStringLiteral("'")
                                 << QStringLiteral("single quote at character 1");
    QTest::newRow("lone double") << QStringLiteral("\"")
                                 << QStringLiteral("double quote at character 1");
    QTest::newRow("escaped closing double")
        << QStringLiteral("\"abc\\\"") << QStringLiteral("double quote at character 1");
    QTest::newRow("after a closed pair")
        << QStringLiteral("'a' \"b\" 'c") << QStringLiteral("single quote at character 9");
    QTest::newRow("double inside single is closed, then a single opens")
        << QStringLiteral("'\"' it's") << QStringLiteral("single quote at character 7");
}

void TestCommandLine::unclosedQuote()
{
    QFETCH(QString, line);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!CommandLine::split(line, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(error.contains(QLatin1String("not closed")));
    QVERIFY(!CommandLine::split(line, nullptr));
    QVERIFY(!shellWords(line)); // sh refuses it too
}

std::optional<QStringList> TestCommandLine::shellWords(const QString &line)
{
    QProcess sh;
    // Each word, NUL-terminated; a line sh cannot parse exits with a syntax error.
    sh.start(QStringLiteral("/bin/sh"),
             {QStringLiteral("-c"), QStringLiteral("printf '%s\\0' -- ") + line});
    if (!sh.waitForFinished(30000))
        return std::nullopt;
    if (sh.exitStatus() != QProcess::NormalExit || sh.exitCode() != 0)
        return std::nullopt;
    const QByteArray out = sh.readAllStandardOutput();
    QStringList words;
    qsizetype start = 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i) == '\0') {
            words << QString::fromUtf8(out.mid(start, i - start));
            start = i + 1;
        }
    }
    // The first is the "--" that keeps printf from running its format once for no words.
    if (words.value(0) != QLatin1String("--"))
        return std::nullopt;
    words.removeFirst();
    return words;
}

// Lines with nothing that sh would expand: it makes the same words.
void TestCommandLine::sameAsShell_data()
{
    QTest::addColumn<QString>("line");
    const char *lines[] = {
        "a b c",
        "sh -c 'echo hello; sleep 5'",
        "'a b' \"c d\" e\\ f",
        "\"\\\\ \\\" \\a \\' \\\\\\\\\"",
        "x\\\ny",
        "\"a\\\nb\" 'c\\\nd'",
        "'' \"\" a''b",
        "'it'\\''s' \"it's\" it\\'s",
        "a\\\\b \\\\",
        "'\\' \"\\\\\"",
        "--opt=\"v 1\" -k 'v 2'",
        "  lead  trail\t ",
        "'new\nline' x",
        "\"dq 'sq' inside\" 'sq \"dq\" inside'",
        "\\\"\\'\\ \\\\",
        "héllo 'wörld' \"日本\"",
    };
    for (const char *l : lines)
        QTest::newRow(
            QString::fromUtf8(l).replace(u'\n', QLatin1String("\\n")).toUtf8().constData())
            << QString::fromUtf8(l);
}

void TestCommandLine::sameAsShell()
{
    QFETCH(QString, line);
    const std::optional<QStringList> shell = shellWords(line);
    QVERIFY(shell);
    QString error;
    const std::optional<QStringList> ours = CommandLine::split(line, &error);
    QVERIFY2(ours, qPrintable(error));
    QCOMPARE(*ours, *shell);
}

void TestCommandLine::joinQuotes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("line");
    QTest::newRow("none") << QStringList() << QString();
    QTest::newRow("plain") << words({u"ls", u"-la", u"/tmp/x_y.z", u"a=b", u"user@host:8080"})
                           << QStringLiteral("ls -la /tmp/x_y.z a=b user@host:8080");
    QTest::newRow("spaces") << words({u"sh", u"-c", u"echo hello; sleep 5"})
                            << QStringLiteral("sh -c 'echo hello; sleep 5'");
    QTest::newRow("empty") << words({u"a", u""}) << QStringLiteral("a ''");
    QTest::newRow("single quote") << words({u"it's"}) << QStringLiteral("'it'\\''s'");
    QTest::newRow("specials") << words({u"$HOME", u"*", u"~", u"a\"b", u"\\"})
                              << QStringLiteral("'$HOME' '*' '~' 'a\"b' '\\'");
    QTest::newRow("unicode letters stay plain")
        << words({u"héllo", u"日本"}) << QStringLiteral("héllo 日本");
    QTest::newRow("non-breaking space is quoted")
        << words({u"a\u00a0b"}) << QStringLiteral("'a\u00a0b'");
}

void TestCommandLine::joinQuotes()
{
    QFETCH(QStringList, args);
    QFETCH(QString, line);
    QCOMPARE(CommandLine::join(args), line);
}

void TestCommandLine::joinReadsBack_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("none") << QStringList();
    QTest::newRow("one empty") << words({u""});
    QTest::newRow("empties") << words({u"", u"", u"x", u""});
    QTest::newRow("quotes") << words({u"'", u"\"", u"''", u"'\"'", u"\\'", u"'\\"});
    QTest::newRow("blanks") << words({u" ", u"\t", u"\n", u"\r\n", u"a b  c"});
    QTest::newRow("backslashes") << words({u"\\", u"\\\\", u"a\\", u"\\\n"});
    QTest::newRow("shell words") << words({u"$(rm -rf /)", u"`id`", u"a;b", u"|", u"&&", u"#"});
    QTest::newRow("typical") << words({u"/bin/sh", u"-c", u"echo \"$PATH\" | tr : '\\n'"});
}

void TestCommandLine::joinReadsBack()
{
    QFETCH(QStringList, args);
    const QString line = CommandLine::join(args);
    QString error;
    const std::optional<QStringList> back = CommandLine::split(line, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, args);
    // And sh reads it the same (join quotes everything sh would expand).
    const std::optional<QStringList> shell = shellWords(line);
    QVERIFY(shell);
    QCOMPARE(*shell, args);
}

void TestCommandLine::randomArgumentsReadBack()
{
    // Characters that matter to quoting, weighted so that most arguments have several.
    const QString alphabet = QStringLiteral(" \t\n'\"\\$`;|&#*?~ab=/-é日\u00a0");
    QRandomGenerator random(19);
    for (int round = 0; round < 2000; ++round) {
        QStringList args;
        const int count = random.bounded(6);
        for (int a = 0; a < count; ++a) {
            QString arg;
            const int length = random.bounded(8);
            for (int c = 0; c < length; ++c)
                arg += alphabet.at(random.bounded(int(alphabet.size())));
            args << arg;
        }
        const QString line = CommandLine::join(args);
        QString error;
        const std::optional<QStringList> back = CommandLine::split(line, &error);
        QVERIFY2(back, qPrintable(line + QLatin1String(": ") + error));
        QCOMPARE(*back, args);
    }
}

// Any text either splits or says why, and a line that split always reads back through join.
void TestCommandLine::randomLinesNeverBreak()
{
    const QString alphabet = QStringLiteral(" '\"\\\nab");
    QRandomGenerator random(7);
    int refused = 0;
    for (int round = 0; round < 20000; ++round) {
        QString line;
        const int length = random.bounded(12);
        for (int c = 0; c < length; ++c)
            line += alphabet.at(random.bounded(int(alphabet.size())));
        QString error;
        const std::optional<QStringList> got = CommandLine::split(line, &error);
        if (!got) {
            QVERIFY(!error.isEmpty());
            ++refused;
            continue;
        }
        QCOMPARE(CommandLine::split(CommandLine::join(*got), nullptr), got);
        // A sample against sh (a process each); an unquoted newline ends sh's command, where
        // it only separates words here, so lines with newlines are left to the table above.
        if (round % 50 == 0 && !line.contains(u'\n')) {
            const std::optional<QStringList> shell = shellWords(line);
            QVERIFY2(shell == got, qPrintable(line + QLatin1String(" -> ") +
                                              (shell ? shell->join(u'|') : QString()) +
                                              QLatin1String(" vs ") + got->join(u'|')));
        }
    }
    QVERIFY(refused > 0 && refused < 20000);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
