// ContainerdPasswd: /etc/passwd and /etc/group read out of image layers (tar, gzip or not) as
// they stream, whiteouts honoured; users and groups resolved by name or number as runc does.
// The layers are tar archives built here.
#include "core/containerd/containerdpasswd.h"

#include <QTest>

#include <zlib.h>

namespace {

using File = ContainerdPasswd::File;
using Presence = ContainerdPasswd::Presence;

const QByteArray Passwd = "root:x:0:0:root:/root:/bin/sh\n"
                          "daemon:x:1:1:daemon:/usr/sbin:/bin/false\n"
                          "# a comment\n"
                          "app:x:1000:1000::/home/app:/bin/sh\n"
                          "nobody:x:65534:65534:nobody:/home:/bin/false\n";
const QByteArray Group = "root:x:0:\n"
                         "wheel:x:10:root,app\n"
                         "staff:x:50:app\n"
                         "app:x:1000:app\n"
                         "nogroup:x:65534:\n";

// One ustar entry: its header, then its data padded to 512 bytes.
QByteArray entry(const QByteArray &name, const QByteArray &data, char type = '0')
{
    QByteArray header(512, '\0');
    header.replace(0, qMin<qsizetype>(name.size(), 100), name.left(100));
    header.replace(100, 7, "0000644");
    header.replace(108, 7, "0000000");
    header.replace(116, 7, "0000000");
    header.replace(124, 11, QByteArray::number(data.size(), 8).rightJustified(11, '0'));
    header.replace(136, 11, "14000000000");
    header[156] = type;
    header.replace(257, 6, QByteArray("ustar\0", 6));
    header.replace(263, 2, "00");
    header.replace(148, 8, "        ");
    unsigned sum = 0;
    for (const char c : std::as_const(header))
        sum += static_cast<unsigned char>(c);
    header.replace(148, 7, QByteArray(QByteArray::number(sum, 8).rightJustified(6, '0') + '\0'));
    QByteArray out = header + data;
    out.append(QByteArray((512 - data.size() % 512) % 512, '\0'));
    return out;
}

QByteArray tar(const QList<QByteArray> &entries)
{
    QByteArray out;
    for (const QByteArray &e : entries)
        out += e;
    return out + QByteArray(1024, '\0');
}

QByteArray gzip(const QByteArray &data)
{
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))) + 64, '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int status = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return status == Z_STREAM_END ? out : QByteArray();
}

// A file big enough that a layer has to be inflated in several rounds.
QByteArray filler()
{
    QByteArray data;
    for (int i = 0; i < 20000; ++i)
        data += QByteArray::number(i * 7919) + ' ';
    return data;
}

} // namespace

class TestContainerdPasswd : public QObject
{
    Q_OBJECT

private slots:
    void layer_data();
    void layer();
    void paxAndLongNames();
    void decidedEarly();
    void refusedLayers();
    void resolve_data();
    void resolve();
    void needsFiles();
};

void TestContainerdPasswd::layer_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("passwd"); // Presence
    QTest::addColumn<int>("group");

    const QByteArray both =
        tar({entry("bin/", {}, '5'), entry("bin/big", filler()), entry("etc/", {}, '5'),
             entry("etc/passwd", Passwd), entry("etc/group", Group), entry("etc/zzz", filler())});
    QTest::newRow("tar") << both << int(Presence::Present) << int(Presence::Present);
    QTest::newRow("gzip") << gzip(both) << int(Presence::Present) << int(Presence::Present);
    QTest::newRow("dot slash") << tar({entry("./etc/passwd", Passwd)}) << int(Presence::Present)
                               << int(Presence::Untouched);
    QTest::newRow("elsewhere") << gzip(tar({entry("home/etc/passwd", Passwd),
                                            entry("etc/passwd.bak", Passwd)}))
                               << int(Presence::Untouched) << int(Presence::Untouched);
    QTest::newRow("whiteout") << gzip(tar({entry("etc/.wh.passwd", {})})) << int(Presence::Deleted)
                              << int(Presence::Untouched);
    QTest::newRow("opaque etc") << tar({entry("etc/.wh..wh..opq", {}), entry("etc/group", Group)})
                                << int(Presence::Deleted) << int(Presence::Present);
    QTest::newRow("etc whited out")
        << tar({entry(".wh.etc", {})}) << int(Presence::Deleted) << int(Presence::Deleted);
    QTest::newRow("empty layer") << tar({}) << int(Presence::Untouched) << int(Presence::Untouched);
}

void TestContainerdPasswd::layer()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, passwd);
    QFETCH(int, group);
    // Whole, and in pieces that split headers, the gzip stream and the files.
    for (const qsizetype piece : {bytes.size(), qsizetype(1), qsizetype(7), qsizetype(700)}) {
        ContainerdPasswd::Layer layer;
        for (qsizetype at = 0; at < bytes.size(); at += piece)
            QVERIFY2(layer.feed(bytes.mid(at, piece)), qPrintable(layer.error()));
        QVERIFY2(layer.finish(), qPrintable(layer.error()));
        QCOMPARE(int(layer.presence(File::Passwd)), passwd);
        QCOMPARE(int(layer.presence(File::Group)), group);
        if (passwd == int(Presence::Present))
            QCOMPARE(layer.content(File::Passwd), Passwd);
        if (group == int(Presence::Present))
            QCOMPARE(layer.content(File::Group), Group);
        if (bytes.size() < 64)
            break;
    }
}

// Paths too long for the header come in a PAX record or a GNU long name before the entry.
void TestContainerdPasswd::paxAndLongNames()
{
    const QByteArray record = "19 path=etc/passwd\n";
    QCOMPARE(record.size(), 19);
    const QByteArray bytes =
        tar({entry("PaxHeaders/passwd", record, 'x'), entry("etc/passw", Passwd),
             entry("././@LongLink", "etc/group", 'L'), entry("etc/grou", Group),
             entry("etc/passw", "other")});
    ContainerdPasswd::Layer layer;
    QVERIFY(layer.feed(gzip(bytes)));
    QVERIFY2(layer.finish(), qPrintable(layer.error()));
    QCOMPARE(layer.presence(File::Passwd), Presence::Present);
    QCOMPARE(layer.content(File::Passwd), Passwd);
    QCOMPARE(layer.presence(File::Group), Presence::Present);
    QCOMPARE(layer.content(File::Group), Group);
}

// Once both files are known, the rest of the layer need not be read.
void TestContainerdPasswd::decidedEarly()
{
    const QByteArray bytes =
        tar({entry("etc/passwd", Passwd), entry("etc/.wh.group", {}), entry("usr/big", filler())});
    ContainerdPasswd::Layer layer;
    QVERIFY(layer.feed(bytes.left(512 + 512)));
    QVERIFY(!layer.decided()); // the passwd entry is read, the group's fate is not known
    QVERIFY(layer.feed(bytes.mid(1024, 512)));
    QVERIFY(layer.decided());
    QCOMPARE(layer.content(File::Passwd), Passwd);
    QCOMPARE(layer.presence(File::Group), Presence::Deleted);

    // A file whose data has not all come is not decided.
    ContainerdPasswd::Layer partial;
    QVERIFY(partial.feed(
        tar({entry("etc/group", Group), entry("etc/passwd", Passwd)}).left(1024 + 600)));
    QVERIFY(!partial.decided());
}

void TestContainerdPasswd::refusedLayers()
{
    {
        ContainerdPasswd::Layer layer;
        QVERIFY(!layer.feed(QByteArray("\x28\xb5\x2f\xfd\x00\x00\x00\x00", 8)));
        QVERIFY2(layer.error().contains(QLatin1String("zstd")), qPrintable(layer.error()));
    }
    {
        ContainerdPasswd::Layer layer;
        QVERIFY(layer.feed(tar({entry("etc/passwd", Passwd)}).left(700)));
        QVERIFY(!layer.finish());
        QVERIFY(!layer.error().isEmpty());
    }
    {
        ContainerdPasswd::Layer layer;
        QVERIFY(!layer.feed(QByteArray(600, 'x')));
        QVERIFY(!layer.error().isEmpty());
    }
    {
        ContainerdPasswd::Layer layer;
        QVERIFY(!layer.feed(tar({entry("etc/passwd", {}, '2')})));
        QVERIFY2(layer.error().contains(QLatin1String("/etc/passwd")), qPrintable(layer.error()));
    }
    {
        QByteArray broken = gzip(tar({entry("etc/passwd", Passwd)}));
        broken[12] = char(broken.at(12) ^ 0x55);
        broken[13] = char(broken.at(13) ^ 0x55);
        ContainerdPasswd::Layer layer;
        QVERIFY(!(layer.feed(broken) && layer.finish()));
    }
}

void TestContainerdPasswd::resolve_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("files"); // the image has /etc/passwd and /etc/group
    QTest::addColumn<int>("uid");    // -1: refused
    QTest::addColumn<int>("gid");
    QTest::addColumn<QList<quint32>>("additional");

    using L = QList<quint32>;
    QTest::newRow("nobody") << "nobody" << true << 65534 << 65534 << L{65534};
    QTest::newRow("member of groups") << "app" << true << 1000 << 1000 << L{1000, 10, 50};
    QTest::newRow("name:group") << "app:staff" << true << 1000 << 50 << L{50, 10, 1000};
    QTest::newRow("name:gid") << "nobody:7" << true << 65534 << 7 << L{7};
    QTest::newRow("uid:group") << "65534:nogroup" << true << 65534 << 65534 << L{65534};
    QTest::newRow("uid of a known user") << "1000" << true << 1000 << 1000 << L{1000, 10, 50};
    QTest::newRow("unknown uid") << "4242" << true << 4242 << 0 << L{0};
    QTest::newRow("uid:gid") << "4242:42" << true << 4242 << 42 << L{42};
    QTest::newRow("root") << "root" << true << 0 << 0 << L{0, 10};
    QTest::newRow("no files: numbers") << "4242:42" << false << 4242 << 42 << L{42};
    QTest::newRow("no files: root") << "root:root" << false << 0 << 0 << L{0};
    QTest::newRow("empty") << "" << true << 0 << 0 << L{0};
    QTest::newRow("unknown user") << "postgres" << true << -1 << -1 << L{};
    QTest::newRow("unknown group") << "nobody:docker" << true << -1 << -1 << L{};
    QTest::newRow("no passwd") << "nobody" << false << -1 << -1 << L{};
    QTest::newRow("no group") << "1:staff" << false << -1 << -1 << L{};
    QTest::newRow("three parts") << "a:b:c" << true << -1 << -1 << L{};
    QTest::newRow("empty group") << "nobody:" << true << -1 << -1 << L{};
}

void TestContainerdPasswd::resolve()
{
    QFETCH(QString, user);
    QFETCH(bool, files);
    QFETCH(int, uid);
    QFETCH(int, gid);
    QFETCH(QList<quint32>, additional);
    const QString image = QStringLiteral("docker.io/library/app:1");
    const auto r =
        ContainerdPasswd::resolve(user, files ? std::optional<QByteArray>(Passwd) : std::nullopt,
                                  files ? std::optional<QByteArray>(Group) : std::nullopt, image);
    if (uid < 0) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, EngineError::Kind::BadInput);
        QVERIFY2(r.error.message.contains(user.section(QLatin1Char(':'), -1)) ||
                     r.error.message.contains(user.section(QLatin1Char(':'), 0, 0)),
                 qPrintable(r.error.message));
        if (user.count(QLatin1Char(':')) < 2 && !user.endsWith(QLatin1Char(':')))
            QVERIFY2(r.error.message.contains(image), qPrintable(r.error.message));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(int(r.value.uid), uid);
    QCOMPARE(int(r.value.gid), gid);
    QCOMPARE(r.value.additionalGids, additional);
}

void TestContainerdPasswd::needsFiles()
{
    QVERIFY(!ContainerdPasswd::needsFiles(QString()));
    QVERIFY(!ContainerdPasswd::needsFiles(QStringLiteral("1000")));
    QVERIFY(!ContainerdPasswd::needsFiles(QStringLiteral("1000:100")));
    QVERIFY(!ContainerdPasswd::needsFiles(QStringLiteral("root:0")));
    QVERIFY(ContainerdPasswd::needsFiles(QStringLiteral("nobody")));
    QVERIFY(ContainerdPasswd::needsFiles(QStringLiteral("1000:staff")));
    QVERIFY(ContainerdPasswd::needsFiles(QStringLiteral("app:100")));
}

QTEST_GUILESS_MAIN(TestContainerdPasswd)
#include "tst_containerdpasswd.moc"
