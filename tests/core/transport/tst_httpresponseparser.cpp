#include "core/transport/httpresponseparser.h"

#include <QTest>

// A byte array of a literal with NULs in it, whole.
template<qsizetype N>
static QByteArray bin(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void completeResponses_data();
    void completeResponses();
    void upgradeKeepsBufferedBytes();
    void interimResponseIsSkipped();
    void untilCloseBody();
    void eofInsideBodyIsAnError();
    void eofBeforeAnything();
    void malformed_data();
    void malformed();
    void headerLimit();
    void headersAreCaseInsensitiveLastWins();
    void noBodyForHead();
    void reuse_data();
    void reuse();
};

void TestHttpResponseParser::completeResponses_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("content-length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << 200
        << QByteArray("hello");
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
                             << 200 << QByteArray("hello world");
    QTest::newRow("chunked with extension and trailer")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "A;name=x\r\n0123456789\r\n0\r\nX-Trailer: yes\r\n\r\n")
        << 200 << QByteArray("0123456789");
    QTest::newRow("no content") << QByteArray("HTTP/1.1 204 No Content\r\nServer: x\r\n\r\n") << 204
                                << QByteArray();
    QTest::newRow("not modified") << QByteArray(
                                         "HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n")
                                  << 304 << QByteArray();
    QTest::newRow("empty content-length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << 200 << QByteArray();
    QTest::newRow("bare LF line ends")
        << QByteArray("HTTP/1.1 404 Not Found\nContent-Length: 2\n\n{}") << 404 << QByteArray("{}");
    QTest::newRow("binary body") << bin("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n\x00\x01\r\n")
                                 << 200 << bin("\x00\x01\r\n");
    QTest::newRow("HTTP/1.0") << QByteArray("HTTP/1.0 500 Oops\r\nContent-Length: 1\r\n\r\nx")
                              << 500 << QByteArray("x");
}

void TestHttpResponseParser::completeResponses()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    // Every way of cutting the bytes in two, and one byte at a time, gives the same result:
    // nothing may assume that reads line up with lines or chunks.
    for (qsizetype cut = 0; cut <= wire.size(); ++cut) {
        HttpResponseParser parser;
        QVERIFY2(parser.feed(QByteArrayView(wire).first(cut)), parser.errorString().constData());
        QVERIFY2(parser.feed(QByteArrayView(wire).sliced(cut)), parser.errorString().constData());
        QVERIFY2(parser.isComplete(), qPrintable(QStringLiteral("cut at %1").arg(cut)));
        QCOMPARE(parser.statusCode(), status);
        QCOMPARE(parser.takeBody(), body);
    }
    HttpResponseParser bytewise;
    QByteArray collected;
    for (const char c : wire) {
        QVERIFY(bytewise.feed(QByteArrayView(&c, 1)));
        collected += bytewise.takeBody();
    }
    QVERIFY(bytewise.isComplete());
    QCOMPARE(collected, body);
}

void TestHttpResponseParser::upgradeKeepsBufferedBytes()
{
    HttpResponseParser parser;
    QVERIFY(parser.feed(bin("HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n"
                            "\x01\x00\x00\x00\x00\x00\x00\x02hi")));
    QCOMPARE(parser.state(), HttpResponseParser::State::Upgraded);
    QCOMPARE(parser.takeBody(), bin("\x01\x00\x00\x00\x00\x00\x00\x02hi"));
    QVERIFY(parser.feed("more"));
    QCOMPARE(parser.takeBody(), QByteArray("more"));
}

void TestHttpResponseParser::interimResponseIsSkipped()
{
    HttpResponseParser parser;
    QVERIFY(parser.feed("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\n"
                        "Content-Length: 2\r\n\r\nok"));
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.statusCode(), 201);
    QCOMPARE(parser.takeBody(), QByteArray("ok"));
}

void TestHttpResponseParser::untilCloseBody()
{
    HttpResponseParser parser;
    QVERIFY(parser.feed("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\npart one "));
    QVERIFY(!parser.isComplete());
    QVERIFY(parser.feed("part two"));
    parser.finishOnEof();
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.takeBody(), QByteArray("part one part two"));
}

void TestHttpResponseParser::eofInsideBodyIsAnError()
{
    HttpResponseParser parser;
    QVERIFY(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"));
    parser.finishOnEof();
    QVERIFY(parser.hasError());
    QVERIFY(parser.errorString().contains("closed"));

    HttpResponseParser chunked;
    QVERIFY(chunked.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nab"));
    chunked.finishOnEof();
    QVERIFY(chunked.hasError());
}

void TestHttpResponseParser::eofBeforeAnything()
{
    HttpResponseParser parser;
    parser.finishOnEof();
    QVERIFY(parser.hasError());
    QCOMPARE(parser.errorString(), QByteArray("the connection closed without a response"));
}

void TestHttpResponseParser::malformed_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n");
    QTest::newRow("garbage") << bin("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\n");
    QTest::newRow("short status") << QByteArray("HTTP/1.1 20\r\n\r\n");
    QTest::newRow("letters in status") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n");
    QTest::newRow("status out of range") << QByteArray("HTTP/1.1 999 OK\r\n\r\n");
    QTest::newRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nbroken\r\n\r\n");
    QTest::newRow("folded header") << QByteArray("HTTP/1.1 200 OK\r\nA: b\r\n c\r\n\r\n");
    QTest::newRow("bad content-length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n");
    QTest::newRow("huge content-length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n");
    QTest::newRow("bad chunk size")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    // Found by fuzz_httpresponseparser: sixteen hex digits overflowed the size.
    QTest::newRow("chunk size overflows")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n8eeeeeeeeeeeDECD\r\n");
    QTest::newRow("missing chunk CRLF")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabX\r\n");
    QTest::newRow("unknown transfer encoding")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n");
    QTest::newRow("bytes after end")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nxy");
}

void TestHttpResponseParser::malformed()
{
    QFETCH(QByteArray, wire);
    HttpResponseParser parser;
    QVERIFY(!parser.feed(wire));
    QVERIFY(parser.hasError());
    QVERIFY(!parser.errorString().isEmpty());
    // Once failed, it stays failed.
    QVERIFY(!parser.feed("HTTP/1.1 200 OK\r\n\r\n"));
}

void TestHttpResponseParser::headerLimit()
{
    HttpResponseParser parser;
    QVERIFY(parser.feed("HTTP/1.1 200 OK\r\n"));
    const QByteArray line = "X-Filler: " + QByteArray(1000, 'a') + "\r\n";
    bool ok = true;
    for (int i = 0; i < 100 && ok; ++i)
        ok = parser.feed(line);
    QVERIFY(!ok);
    QCOMPARE(parser.errorString(), QByteArray("response headers are too large"));

    HttpResponseParser endless;
    ok = true;
    for (int i = 0; i < 100 && ok; ++i)
        ok = endless.feed(QByteArray(1000, 'H'));
    QVERIFY(!ok);
}

void TestHttpResponseParser::headersAreCaseInsensitiveLastWins()
{
    HttpResponseParser parser;
    QVERIFY(parser.feed("HTTP/1.1 200 OK\r\napi-version: 1.40\r\nAPI-Version:  1.41 \r\n"
                        "Content-Length: 0\r\n\r\n"));
    QCOMPARE(parser.header("Api-Version"), QByteArray("1.41"));
    QCOMPARE(parser.header("Missing"), QByteArray());
    QCOMPARE(parser.headers().size(), 3);
}

void TestHttpResponseParser::noBodyForHead()
{
    HttpResponseParser parser;
    parser.setExpectBody(false);
    QVERIFY(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n"));
    QVERIFY(parser.isComplete());
}

void TestHttpResponseParser::reuse_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("eof");
    QTest::addColumn<bool>("reusable");
    QTest::newRow("length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok") << false
                            << true;
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "0\r\n\r\n")
                             << false << true;
    QTest::newRow("not yet complete")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nok") << false << false;
    QTest::newRow("close token") << QByteArray("HTTP/1.1 200 OK\r\nConnection: Close\r\n"
                                               "Content-Length: 0\r\n\r\n")
                                 << false << false;
    QTest::newRow("keep-alive token") << QByteArray("HTTP/1.1 200 OK\r\nConnection: keep-alive\r\n"
                                                    "Content-Length: 0\r\n\r\n")
                                      << false << true;
    QTest::newRow("http/1.0") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n") << false
                              << false;
    QTest::newRow("ended by close")
        << QByteArray("HTTP/1.1 200 OK\r\n\r\nall of it") << true << false;
    QTest::newRow("upgraded") << QByteArray("HTTP/1.1 101 UPGRADED\r\nUpgrade: tcp\r\n\r\n")
                              << false << false;
}

void TestHttpResponseParser::reuse()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, eof);
    QFETCH(bool, reusable);
    HttpResponseParser parser;
    QVERIFY(parser.feed(wire));
    if (eof)
        parser.finishOnEof();
    QCOMPARE(parser.allowsReuse(), reusable);
}

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
