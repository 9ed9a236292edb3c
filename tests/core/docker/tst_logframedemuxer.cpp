#include "core/docker/logframedemuxer.h"

#include <QFile>
#include <QTest>

#include <algorithm>

class TestLogFrameDemuxer : public QObject
{
    Q_OBJECT

private slots:
    void splitsAtAnyBoundary();
    void recordedDockerStream();
    void hugeFrameIsStreamedNotHeld();
    void engineErrorFrame();
    void garbageHeader();
    void absurdSize();
};

namespace {

QByteArray frame(char type, const QByteArray &payload)
{
    QByteArray h(8, '\0');
    h[0] = type;
    const quint32 n = quint32(payload.size());
    h[4] = char(n >> 24);
    h[5] = char(n >> 16);
    h[6] = char(n >> 8);
    h[7] = char(n);
    return h + payload;
}

QString sourceName(LogChunk::Source s)
{
    return s == LogChunk::Source::Stderr ? QStringLiteral("err") : QStringLiteral("out");
}

// Joins neighbouring chunks of one source, as a reader would see the text.
QStringList flatten(const QList<LogChunk> &chunks)
{
    QStringList out;
    LogChunk::Source last{};
    for (const LogChunk &c : chunks) {
        if (!out.isEmpty() && c.source == last)
            out.last() += QString::fromUtf8(c.data);
        else
            out << sourceName(c.source) + QLatin1Char(':') + QString::fromUtf8(c.data);
        last = c.source;
    }
    return out;
}

} // namespace

void TestLogFrameDemuxer::splitsAtAnyBoundary()
{
    const QByteArray stream = frame(1, "one\n") + frame(1, "two\n") + frame(2, "bad\n") +
                              frame(0, "") + frame(1, "three");
    const QStringList expected = {QStringLiteral("out:one\ntwo\n"), QStringLiteral("err:bad\n"),
                                  QStringLiteral("out:three")};
    for (qsizetype step = 1; step <= stream.size(); ++step) {
        LogFrameDemuxer demuxer;
        QList<LogChunk> chunks;
        for (qsizetype i = 0; i < stream.size(); i += step) {
            chunks += demuxer.feed(QByteArrayView(stream).sliced(i, qMin(step, stream.size() - i)));
            // Inside the first frame's header or payload, the stream may not end.
            if (i + step < 12)
                QVERIFY(!demuxer.atFrameBoundary());
        }
        QVERIFY(demuxer.atFrameBoundary());
        QVERIFY(!demuxer.hasError());
        QCOMPARE(flatten(chunks), expected);
        // Where each record starts is kept, however the bytes came (timestamps need it).
        QCOMPARE(std::count_if(chunks.cbegin(), chunks.cend(),
                               [](const LogChunk &c) { return c.recordStart; }),
                 4);
    }
    // Whole, each frame is a chunk of its own, marked as a record's start.
    LogFrameDemuxer whole;
    const QList<LogChunk> frames = whole.feed(stream);
    QCOMPARE(frames.size(), 4);
    for (const LogChunk &c : frames)
        QVERIFY(c.recordStart);
}

void TestLogFrameDemuxer::recordedDockerStream()
{
    // GET /containers/{id}/logs?stdout=1&stderr=1 from dockerd 20.10 for
    // sh -c 'echo out1; echo err1 >&2; echo out2; printf "no newline"' (the engine reads the
    // two pipes apart, so stderr's line came after stdout's second).
    QFile file(QStringLiteral(GONTAINER_TEST_DATA "/docker-20.10-logs-multiplexed.bin"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    LogFrameDemuxer demuxer;
    const QList<LogChunk> chunks = demuxer.feed(file.readAll());
    QVERIFY(!demuxer.hasError());
    QVERIFY(demuxer.atFrameBoundary());
    QCOMPARE(flatten(chunks),
             (QStringList{QStringLiteral("out:out1\nout2\n"), QStringLiteral("err:err1\n"),
                          QStringLiteral("out:no newline")}));
}

void TestLogFrameDemuxer::hugeFrameIsStreamedNotHeld()
{
    const QByteArray payload(8 * 1024 * 1024, 'x');
    const QByteArray stream = frame(1, payload);
    LogFrameDemuxer demuxer;
    qsizetype total = 0;
    for (qsizetype i = 0; i < stream.size(); i += 65536) {
        const QList<LogChunk> chunks = demuxer.feed(
            QByteArrayView(stream).sliced(i, qMin<qsizetype>(65536, stream.size() - i)));
        for (const LogChunk &c : chunks) {
            QVERIFY(c.data.size() <= 65536);
            total += c.data.size();
        }
    }
    QCOMPARE(total, payload.size());
    QVERIFY(demuxer.atFrameBoundary());
}

void TestLogFrameDemuxer::engineErrorFrame()
{
    LogFrameDemuxer demuxer;
    const QList<LogChunk> chunks = demuxer.feed(
        QByteArray(frame(1, "before\n") + frame(3, "error from daemon: log file gone\n") +
                   frame(1, "after\n")));
    QCOMPARE(flatten(chunks), QStringList{QStringLiteral("out:before\n")});
    QVERIFY(demuxer.hasError());
    QVERIFY(demuxer.isEngineError());
    QCOMPARE(demuxer.errorString(), QByteArray("error from daemon: log file gone"));
    QVERIFY(demuxer.feed(frame(1, "more")).isEmpty());
}

void TestLogFrameDemuxer::garbageHeader()
{
    LogFrameDemuxer demuxer;
    QVERIFY(demuxer.feed("HTTP/1.1 200 OK\r\n").isEmpty());
    QVERIFY(demuxer.hasError());
    QVERIFY(!demuxer.isEngineError());
}

void TestLogFrameDemuxer::absurdSize()
{
    LogFrameDemuxer demuxer;
    QByteArray header = frame(1, {});
    header[4] = char(0x7f);
    QVERIFY(demuxer.feed(QByteArray(header + "abc")).isEmpty());
    QVERIFY(demuxer.hasError());
    QVERIFY(demuxer.errorString().contains("bytes"));
}

QTEST_GUILESS_MAIN(TestLogFrameDemuxer)
#include "tst_logframedemuxer.moc"
