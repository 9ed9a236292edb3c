#include "core/docker/jsonstreamsplitter.h"

#include <QTest>

class TestJsonStreamSplitter : public QObject
{
    Q_OBJECT

private slots:
    void splitsAtAnyBoundary();
    void bracesInStrings();
    void arraysAndWhitespace();
    void garbageIsAnError();
    void mismatchedBracketsAreAnError();
    void nestingIsBounded();
};

void TestJsonStreamSplitter::splitsAtAnyBoundary()
{
    const QByteArray stream = R"({"status":"start","id":"a"})"
                              "\n"
                              R"({"status":"die","id":"b","Actor":{"Attributes":{"x":"}"}}})"
                              R"({"status":"destroy"})"
                              "\n";
    const QList<QByteArray> expected = {
        R"({"status":"start","id":"a"})",
        R"({"status":"die","id":"b","Actor":{"Attributes":{"x":"}"}}})", R"({"status":"destroy"})"};
    for (qsizetype step = 1; step <= stream.size(); ++step) {
        JsonStreamSplitter splitter;
        QList<QByteArray> values;
        for (qsizetype i = 0; i < stream.size(); i += step)
            values +=
                splitter.feed(QByteArrayView(stream).sliced(i, qMin(step, stream.size() - i)));
        QCOMPARE(values, expected);
        QVERIFY(!splitter.hasError());
        QCOMPARE(splitter.pendingBytes(), 0);
    }
}

void TestJsonStreamSplitter::bracesInStrings()
{
    JsonStreamSplitter splitter;
    const QByteArray value = R"({"a":"{[\"}\\","b":"\\\""})";
    const QList<QByteArray> values = splitter.feed(value);
    QCOMPARE(values, QList<QByteArray>{value});
}

void TestJsonStreamSplitter::arraysAndWhitespace()
{
    JsonStreamSplitter splitter;
    QCOMPARE(splitter.feed(" \r\n[1,[2]]\t{\"x\":[]}  "),
             (QList<QByteArray>{"[1,[2]]", "{\"x\":[]}"}));
}

void TestJsonStreamSplitter::garbageIsAnError()
{
    JsonStreamSplitter splitter;
    QVERIFY(splitter.feed("{\"ok\":1}<html>").size() == 1);
    QVERIFY(splitter.hasError());
    QVERIFY(splitter.feed("{\"later\":1}").isEmpty());
}

void TestJsonStreamSplitter::mismatchedBracketsAreAnError()
{
    // Found by fuzz_jsonstreamsplitter: braces and brackets used to share one depth count.
    JsonStreamSplitter splitter;
    QVERIFY(splitter.feed(R"({"a":[1}])").isEmpty());
    QVERIFY(splitter.hasError());
}

void TestJsonStreamSplitter::nestingIsBounded()
{
    JsonStreamSplitter splitter;
    splitter.feed(QByteArray(JsonStreamSplitter::MaxDepth + 1, '['));
    QVERIFY(splitter.hasError());
    JsonStreamSplitter deepButFine;
    const QByteArray value = QByteArray(100, '[') + QByteArray(100, ']');
    QCOMPARE(deepButFine.feed(value), QList<QByteArray>{value});
}

QTEST_GUILESS_MAIN(TestJsonStreamSplitter)
#include "tst_jsonstreamsplitter.moc"
