#include "ui/models/logmodel.h"

#include "ui/models/ansitext.h"
#include "ui/models/logfiltermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The log models under QAbstractItemModelTester: batches, merged order, the ring buffer's cap,
// huge lines, ANSI colours, and search and filters over a million lines.
class TestLogModel : public QObject
{
    Q_OBJECT

private:
    static LogLine line(qint64 t, const QByteArray &text,
                        LogChunk::Source s = LogChunk::Source::Stdout)
    {
        return LogLine{t, s, text, false};
    }
    static QStringList texts(const QAbstractItemModel &m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, 0).data().toString();
        return out;
    }

private slots:
    void batchesArrive()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int s = model.addSource(QStringLiteral("web"), QStringLiteral("local"));
        model.appendLines(s, {line(1, "a"), line(2, "b", LogChunk::Source::Stderr)});
        QCOMPARE(model.rowCount(), 0); // batched
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(texts(model), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(model.index(1).data(LogModel::StreamRole).toInt(), int(LogChunk::Source::Stderr));
        QCOMPARE(model.index(1).data(LogModel::TimeRole).toLongLong(), 2);
    }

    void mergedByTime()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int a = model.addSource(QStringLiteral("a"), QStringLiteral("n1"));
        const int b = model.addSource(QStringLiteral("b"), QStringLiteral("n2"));
        // Source b's earlier lines arrive after a's later ones.
        model.appendLines(a, {line(10, "a10"), line(30, "a30")});
        QTest::qWait(100);
        model.appendLines(b, {line(5, "b5"), line(20, "b20"), line(40, "b40")});
        QTRY_COMPARE(model.rowCount(), 5);
        QCOMPARE(texts(model),
                 (QStringList{QStringLiteral("b5"), QStringLiteral("a10"), QStringLiteral("b20"),
                              QStringLiteral("a30"), QStringLiteral("b40")}));
        QCOMPARE(model.index(0).data(LogModel::SourceRole).toInt(), b);
        QVERIFY(model.source(a).colour != model.source(b).colour);
    }

    void capDropsOldest()
    {
        LogModel model;
        model.setCap(100);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy dropped(&model, &LogModel::linesDropped);
        const int s = model.addSource(QStringLiteral("x"), QStringLiteral("n"));
        for (int batch = 0; batch < 10; ++batch) {
            QList<LogLine> lines;
            for (int i = 0; i < 37; ++i)
                lines << line(batch * 100 + i, QByteArray::number(batch * 37 + i));
            model.appendLines(s, lines);
            model.flush();
            QVERIFY(model.rowCount() <= 100);
        }
        QVERIFY(model.rowCount() > 80);
        QVERIFY(!dropped.isEmpty());
        // The newest line is last; rows are numbered on from the lines dropped.
        QCOMPARE(model.index(model.rowCount() - 1).data().toString(), QStringLiteral("369"));
        QCOMPARE(model.firstNumber() + model.rowCount(), 370);
        QCOMPARE(model.index(0).data(LogModel::NumberRole).toLongLong(), model.firstNumber());
    }

    void byteCapDropsOldest()
    {
        // 16 KiB lines under a 1 MiB cap: far fewer lines than the line cap allows.
        LogModel model;
        model.setByteCap(1024 * 1024);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy dropped(&model, &LogModel::linesDropped);
        const int s = model.addSource(QStringLiteral("x"), QStringLiteral("n"));
        const QByteArray pad(16 * 1024 - 8, 'z');
        for (int batch = 0; batch < 20; ++batch) {
            QList<LogLine> lines;
            for (int i = 0; i < 16; ++i) {
                const int n = batch * 16 + i;
                lines << line(n, QByteArray::number(n).rightJustified(8, '0') + pad);
            }
            model.appendLines(s, lines);
            model.flush();
            QVERIFY(model.buffer().textBytes() <= model.byteCap());
        }
        QVERIFY(!dropped.isEmpty());
        // Whole blocks go: most of the cap stays in use.
        QVERIFY(model.buffer().textBytes() > model.byteCap() * 3 / 4);
        // The newest is last, numbered on from what went.
        QCOMPARE(model.rawText(model.rowCount() - 1).left(8), QByteArray("00000319"));
        QCOMPARE(model.firstNumber() + model.rowCount(), 320);
        QCOMPARE(model.rawText(0).left(8),
                 QByteArray::number(model.firstNumber()).rightJustified(8, '0'));
        // Lowering the cap keeps the newest that fit.
        model.setByteCap(256 * 1024);
        QVERIFY(model.buffer().textBytes() <= 256 * 1024);
        QVERIFY(model.rowCount() >= 8);
        QCOMPARE(model.rawText(model.rowCount() - 1).left(8), QByteArray("00000319"));
    }

    void tinyCapKeepsTheNewest()
    {
        LogModel model;
        model.setCap(10);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int s = model.addSource(QStringLiteral("x"), QStringLiteral("n"));
        for (int i = 0; i < 25; ++i) {
            model.appendLines(s, {line(i, QByteArray::number(i))});
            model.flush();
            QVERIFY(model.rowCount() > 0 && model.rowCount() <= 10);
        }
        QCOMPARE(model.index(model.rowCount() - 1).data().toString(), QStringLiteral("24"));
    }

    void hugeLineCutForDisplayOnly()
    {
        LogModel model;
        const int s = model.addSource(QStringLiteral("x"), QStringLiteral("n"));
        const QByteArray big(1024 * 1024, 'y');
        model.appendLines(s, {line(1, big)});
        model.flush();
        const QString shown = model.index(0).data().toString();
        QVERIFY(shown.size() < LogModel::MaxDisplayChars + 200);
        QVERIFY(shown.startsWith(QString(100, QLatin1Char('y'))));
        QVERIFY(model.index(0).data(LogModel::TruncatedRole).toBool());
        QCOMPARE(model.rawText(0), big);
    }

    void ansiAndControls()
    {
        const AnsiText t = AnsiText::parse(
            u"\x1b[1;31mred\x1b[0m plain \x1b[38;5;82mgreen\x1b[38;2;1;2;3mrgb\x1b[m\x01");
        QCOMPARE(t.text, QStringView(u"red plain greenrgb\u2401").toString());
        QCOMPARE(t.spans.size(), 3);
        QCOMPARE(t.spans.at(0).foreground, 1);
        QVERIFY(t.spans.at(0).bold);
        QCOMPARE(t.spans.at(0).length, 3);
        QCOMPARE(t.spans.at(1).foreground, 82);
        QCOMPARE(t.spans.at(2).foreground, AnsiText::TrueColour | 0x010203);
        QCOMPARE(AnsiText::strip(u"a\x1b]0;title\x07"
                                 "b\x1b[2Kc"),
                 QStringLiteral("abc"));

        LogModel model;
        const int s = model.addSource(QStringLiteral("x"), QStringLiteral("n"));
        model.appendLines(s, {line(1, "\x1b[32mok\x1b[0m")});
        model.flush();
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("ok"));
        QCOMPARE(model.index(0).data(LogModel::AnsiTextRole).toString(),
                 QStringLiteral("\x1b[32mok\x1b[0m"));
    }

    void searchAndFilters()
    {
        LogModel model;
        LogFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int a = model.addSource(QStringLiteral("a"), QStringLiteral("n"));
        const int b = model.addSource(QStringLiteral("b"), QStringLiteral("n"));
        model.appendLines(
            a, {line(1, "GET /index 200"), line(3, "GET /login 500"), line(5, "POST /login 302")});
        model.appendLines(b, {line(2, "error: disk"), line(4, "Error: net")});
        model.flush();
        QCOMPARE(filter.rowCount(), 5);

        filter.setMatcher(LogMatcher(QStringLiteral("error"), false, false));
        QTRY_VERIFY(!filter.isSearching());
        QCOMPARE(filter.matchCount(), 2);
        filter.setMatcher(LogMatcher(QStringLiteral("error"), false, true));
        QTRY_VERIFY(!filter.isSearching());
        QCOMPARE(filter.matchCount(), 1);
        filter.setMatcher(LogMatcher(QStringLiteral("/log[a-z]+ [35]0"), true, true));
        QTRY_VERIFY(!filter.isSearching());
        QCOMPARE(filter.matchCount(), 2);
        // Next and previous wrap around.
        QCOMPARE(filter.nextMatch(-1, true), 2);
        QCOMPARE(filter.nextMatch(2, true), 4);
        QCOMPARE(filter.nextMatch(4, true), 2);
        QCOMPARE(filter.nextMatch(2, false), 4);
        QCOMPARE(filter.matchIndex(4), 2);

        filter.setOnlyMatching(true);
        QCOMPARE(texts(filter), (QStringList{QStringLiteral("GET /login 500"),
                                             QStringLiteral("POST /login 302")}));
        // Live lines are searched as they come.
        model.appendLines(a, {line(6, "GET /login 301"), line(7, "GET /x 200")});
        model.flush();
        QCOMPARE(filter.rowCount(), 3);
        QCOMPARE(filter.matchCount(), 3);

        filter.setOnlyMatching(false);
        filter.setMatcher(LogMatcher(QStringLiteral("("), true, false));
        QVERIFY(!filter.matcher().isValid());
        QVERIFY(!filter.matcher().errorString().isEmpty());
        QCOMPARE(filter.matchCount(), 0);

        // A source switched off.
        filter.setMatcher({});
        filter.setSourceShown(a, false);
        QCOMPARE(texts(filter),
                 (QStringList{QStringLiteral("error: disk"), QStringLiteral("Error: net")}));
        QCOMPARE(filter.sourceRow(1), 3);
        filter.setSourceShown(a, true);
        QCOMPARE(filter.rowCount(), 7);
        Q_UNUSED(b)
    }

    void filterFollowsTheCap()
    {
        LogModel model;
        model.setCap(64);
        LogFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int s = model.addSource(QStringLiteral("x"), QStringLiteral("n"));
        filter.setMatcher(LogMatcher(QStringLiteral("7"), false, true));
        filter.setOnlyMatching(true);
        QTRY_VERIFY(!filter.isSearching());
        for (int i = 0; i < 300; ++i) {
            model.appendLines(s, {line(i, QByteArray::number(i))});
            if (i % 10 == 0)
                model.flush();
        }
        model.flush();
        // Only the matches among the lines still held.
        for (int r = 0; r < filter.rowCount(); ++r) {
            QVERIFY(filter.index(r).data().toString().contains(QLatin1Char('7')));
            QVERIFY(filter.sourceRow(r) >= 0);
        }
        QVERIFY(filter.rowCount() > 0);
        QCOMPARE(filter.matchCount(), filter.rowCount());
    }

    void millionLines()
    {
        LogModel model;
        LogFilterModel filter;
        filter.setSourceModel(&model);
        const int s = model.addSource(QStringLiteral("x"), QStringLiteral("n"));
        QList<LogLine> lines;
        for (int i = 0; i < 1000000; ++i) {
            lines << line(i, "2024-05-01 INFO request " + QByteArray::number(i) +
                                 " served in 12 ms by worker " + QByteArray::number(i % 64));
            if (lines.size() == 50000) {
                model.appendLines(s, lines);
                model.flush();
                lines.clear();
            }
        }
        QCOMPARE(model.rowCount(), 1000000);
        QVERIFY(model.buffer().memoryBytes() < 200ll * 1024 * 1024);
        // The search runs in the background: the call returns at once, the result comes later.
        filter.setMatcher(LogMatcher(QStringLiteral("request 99999[0-9] "), true, false));
        QVERIFY(filter.isSearching());
        QTRY_VERIFY_WITH_TIMEOUT(!filter.isSearching(), 60000);
        QCOMPARE(filter.matchCount(), 10);
        filter.setMatcher(LogMatcher(QStringLiteral("WORKER 63"), false, false));
        QTRY_VERIFY_WITH_TIMEOUT(!filter.isSearching(), 60000);
        QCOMPARE(filter.matchCount(), 1000000 / 64);
        filter.setOnlyMatching(true);
        QCOMPARE(filter.rowCount(), 1000000 / 64);
        QCOMPARE(filter.index(0).data().toString(),
                 QStringLiteral("2024-05-01 INFO request 63 served in 12 ms by worker 63"));
    }
};

QTEST_MAIN(TestLogModel)
#include "tst_logmodel.moc"
