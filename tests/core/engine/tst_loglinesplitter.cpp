#include "core/engine/loglinesplitter.h"

#include <QTest>

// Lines out of the engine's log pieces: records with times, long lines in parts, terminals.
class TestLogLineSplitter : public QObject
{
    Q_OBJECT

private:
    static LogChunk out(const QByteArray &data, bool recordStart = true)
    {
        return LogChunk{LogChunk::Source::Stdout, data, recordStart};
    }

private Q_SLOTS:
    void parseTime_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("ns");
        QTest::addColumn<int>("length");
        QTest::newRow("nanos") << QByteArray("2024-05-01T10:00:00.123456789Z rest")
                               << qint64(1714557600123456789) << 30;
        QTest::newRow("millis") << QByteArray("2024-05-01T10:00:00.5Z ")
                                << qint64(1714557600500000000) << 22;
        QTest::newRow("whole") << QByteArray("2024-05-01T10:00:00Z ") << qint64(1714557600000000000)
                               << 20;
        QTest::newRow("offset") << QByteArray("2024-05-01T19:00:00.000000001+09:00 ")
                                << qint64(1714557600000000001) << 35;
        QTest::newRow("not a time") << QByteArray("hello world") << qint64(0) << 0;
        QTest::newRow("bad month") << QByteArray("2024-13-01T10:00:00Z ") << qint64(0) << 0;
        QTest::newRow("no such day") << QByteArray("2023-02-29T10:00:00Z ") << qint64(0) << 0;
        QTest::newRow("leap day") << QByteArray("2024-02-29T00:00:00Z ")
                                  << qint64(1709164800000000000) << 20;
        QTest::newRow("bad offset") << QByteArray("2024-05-01T10:00:00+01:75 ") << qint64(0) << 0;
        QTest::newRow("cut") << QByteArray("2024-05-01T10:0") << qint64(0) << 0;
        // Nanoseconds since 1970 end in 2262: a later year is text, not an overflowed time.
        QTest::newRow("past 2262") << QByteArray("3024-05-01T10:00:00Z ") << qint64(0) << 0;
    }
    void parseTime()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, ns);
        QFETCH(int, length);
        qsizetype used = -1;
        QCOMPARE(LogLineSplitter::parseTime(text, &used), ns);
        QCOMPARE(used, qsizetype(length));
        if (ns != 0) {
            qsizetype again = 0;
            QCOMPARE(LogLineSplitter::parseTime(LogLineSplitter::formatTime(ns), &again), ns);
        }
    }

    void plainLines()
    {
        LogLineSplitter s;
        QList<LogLine> lines = s.feed({out("one\ntw", false), out("o\r\nthree", false)});
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).text, QByteArray("one"));
        QCOMPARE(lines.at(1).text, QByteArray("two"));
        QCOMPARE(lines.at(1).timeNs, 0);
        lines = s.finish();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).text, QByteArray("three"));
    }

    void streamsApart()
    {
        LogLineSplitter s;
        const QList<LogLine> lines =
            s.feed({out("out-a", false), LogChunk{LogChunk::Source::Stderr, "err\n", false},
                    out("-b\n", false)});
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).source, LogChunk::Source::Stderr);
        QCOMPARE(lines.at(0).text, QByteArray("err"));
        QCOMPARE(lines.at(1).text, QByteArray("out-a-b"));
    }

    void recordsWithTimes()
    {
        LogLineSplitter s(true);
        // A time split across pieces, and a line in two records (Docker's 16 KiB parts).
        QList<LogLine> lines =
            s.feed({out("2024-05-01T10:00:0"), out("0.000000001Z first\n", false),
                    out("2024-05-01T10:00:01.000000000Z long "),
                    out("2024-05-01T10:00:02.000000000Z line\n")});
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).text, QByteArray("first"));
        QCOMPARE(lines.at(0).timeNs, qint64(1714557600000000001));
        QCOMPARE(lines.at(1).text, QByteArray("long line"));
        QCOMPARE(lines.at(1).timeNs, qint64(1714557601000000000));
    }

    void recordWithoutTime()
    {
        LogLineSplitter s(true);
        const QList<LogLine> lines = s.feed({out("no time here\n")});
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).text, QByteArray("no time here"));
        QCOMPARE(lines.at(0).timeNs, 0);
    }

    void terminalLinesWithTimes()
    {
        LogLineSplitter s(true);
        const LogChunk::Source tty = LogChunk::Source::Tty;
        QList<LogLine> lines = s.feed(
            {LogChunk{tty, "2024-05-01T10:00:00Z a\r\n2024-05-01T10:00:01Z b", false},
             LogChunk{tty, "c\r\n2024-05-01T10:00:02Z", false}, LogChunk{tty, " d\r\n", false}});
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).text, QByteArray("a"));
        QCOMPARE(lines.at(1).text, QByteArray("bc"));
        QCOMPARE(lines.at(1).timeNs, qint64(1714557601000000000));
        QCOMPARE(lines.at(2).text, QByteArray("d"));
        QCOMPARE(lines.at(2).source, tty);
    }

    void hugeLine()
    {
        LogLineSplitter s;
        const QByteArray big(LogLineSplitter::MaxLineBytes + 10, 'x');
        const QList<LogLine> lines = s.feed({out(big + "\nafter\n", false)});
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).continued);
        QCOMPARE(lines.at(0).text.size(), LogLineSplitter::MaxLineBytes);
        QCOMPARE(lines.at(1).text.size(), 10);
        QVERIFY(!lines.at(1).continued);
        QCOMPARE(lines.at(2).text, QByteArray("after"));
    }

    void wholeSecondsRefinedOnArrival()
    {
        const qint64 second = qint64(1714557600) * 1000000000;
        QList<LogLine> lines{LogLine{second, LogChunk::Source::Stdout, "a", false},
                             LogLine{second + 5, LogChunk::Source::Stdout, "precise", false},
                             LogLine{second - 3000000000, LogChunk::Source::Stdout, "old", false}};
        LogLineSplitter::refineWholeSeconds(lines, second + 250000000);
        QCOMPARE(lines.at(0).timeNs, second + 250000000);  // arrived within its second
        QCOMPARE(lines.at(1).timeNs, second + 5);          // the engine's own precision stays
        QCOMPARE(lines.at(2).timeNs, second - 3000000000); // history keeps its second
        lines[0].timeNs = second;
        LogLineSplitter::refineWholeSeconds(lines, second + 1200000000);
        QCOMPARE(lines.at(0).timeNs, second + 999999999); // never past its second
    }

    void binaryKept()
    {
        LogLineSplitter s;
        QByteArray bytes;
        for (int i = 0; i < 256; ++i) {
            if (i != '\n')
                bytes.append(char(i));
        }
        const QList<LogLine> lines = s.feed({out(bytes + '\n', false)});
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).text, bytes.endsWith('\r') ? bytes.chopped(1) : bytes);
    }
};

QTEST_GUILESS_MAIN(TestLogLineSplitter)
#include "tst_loglinesplitter.moc"
