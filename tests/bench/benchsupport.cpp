#include "benchsupport.h"

#include "core/config/nodestore.h"
#include "core/services/nodemanager.h"
#include "testengines.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace Bench {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int connectUnix(const QString &socketPath)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const QByteArray path = QFile::encodeName(socketPath);
    std::memcpy(addr.sun_path, path.constData(), size_t(qMin<qsizetype>(path.size(), 107)));
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

void say(const QString &line)
{
    out() << line << '\n';
    out().flush();
}

void printTable(const QList<Row> &rows, bool smoke)
{
    out() << "\nGontainer benchmark — " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
          << " — " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount()
          << " cores" << (smoke ? " — SMOKE RUN (figures not meaningful)" : "") << "\n\n";
    out() << "| figure | measured | against the engine | goal |\n|---|---|---|---|\n";
    for (const Row &r : rows)
        out() << "| " << r.figure << " | " << r.measured << " | " << r.against << " | " << r.goal
              << " |\n";
    out().flush();
}

QString fmt(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

qint64 residentKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

bool configureNodes(const QList<QPair<QString, QString>> &nodes, QString *error)
{
    NodeStore::setLocalDefaultRemoved(true);
    NodeManager setup;
    for (const auto &[name, socket] : nodes) {
        NodeConfig config;
        config.name = name;
        config.url = QStringLiteral("unix://") + socket;
        const QString problem = setup.addNode(config);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    return true;
}

double cpuMs(qint64 pid)
{
    QFile f(pid == 0 ? QStringLiteral("/proc/self/stat")
                     : QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // After the command's name in parentheses: state is field 3, utime 14 and stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

QList<qint64> enginePids()
{
    static const QList<QByteArray> names = {"dockerd", "containerd", "containerd-shim", "podman"};
    const QByteArray dir = TestEngines::dir().toLocal8Bit();
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!comm.open(QIODevice::ReadOnly) || !cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray name = comm.readAll().trimmed();
        if (!std::any_of(names.begin(), names.end(),
                         [&](const QByteArray &n) { return name.startsWith(n); }))
            continue;
        if (cmdline.readAll().contains(dir))
            pids.append(pid);
    }
    return pids;
}

QString mib(qint64 kib)
{
    return fmt(double(kib) / 1024.0, 1) + QStringLiteral(" MiB");
}

double percentile(std::vector<double> samples, double percent)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto at = size_t(std::ceil(percent / 100.0 * double(samples.size()))) - 1;
    return samples[std::min(at, samples.size() - 1)];
}

RawReply rawRequest(const QString &socket, const QByteArray &method, const QByteArray &target,
                    const QByteArray &body, bool keepBody)
{
    RawReply reply;
    const Clock::time_point start = Clock::now();
    const int fd = connectUnix(socket);
    if (fd < 0)
        return reply;
    QByteArray request =
        method + ' ' + target + " HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n";
    if (!body.isEmpty() || method == "POST")
        request +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    request += "\r\n" + body;
    if (!writeAll(fd, request)) {
        ::close(fd);
        return reply;
    }
    QByteArray all;
    qint64 bytes = 0;
    static thread_local char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        bytes += n;
        // Thrown away: only the status line of the first read is kept.
        if (keepBody || all.isEmpty())
            all.append(buffer, n);
    }
    ::close(fd);
    reply.seconds = msBetween(start, Clock::now()) / 1000.0;
    reply.bytes = bytes;
    const qsizetype headerEnd = all.indexOf("\r\n\r\n");
    const QList<QByteArray> statusLine = all.left(all.indexOf("\r\n")).split(' ');
    reply.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
    if (keepBody)
        reply.body = headerEnd < 0 ? QByteArray() : all.mid(headerEnd + 4);
    return reply;
}

double rawParallelGet(const QList<QPair<QString, QByteArray>> &requests, int times, qint64 *bytes)
{
    double best = -1;
    for (int round = 0; round < times; ++round) {
        std::vector<RawReply> replies(size_t(requests.size()));
        const Clock::time_point start = Clock::now();
        std::vector<std::thread> threads;
        for (qsizetype i = 0; i < requests.size(); ++i)
            threads.emplace_back([&, i] {
                replies[size_t(i)] = rawRequest(requests.at(i).first, "GET", requests.at(i).second);
            });
        for (std::thread &t : threads)
            t.join();
        const double seconds = msBetween(start, Clock::now()) / 1000.0;
        qint64 total = 0;
        for (const RawReply &r : replies) {
            if (r.status != 200)
                return -1;
            total += r.bytes;
        }
        *bytes = total;
        best = best < 0 ? seconds : std::min(best, seconds);
    }
    return best;
}

QStringList createContainers(const QString &socket, const QString &image, const QString &prefix,
                             int count, const QStringList &command, int parallel, QString *error)
{
    std::vector<QString> ids(static_cast<size_t>(count));
    std::mutex errorMutex;
    parallelFor(count, parallel, [&](int i) {
        QJsonObject hostConfig{{QStringLiteral("NetworkMode"), QStringLiteral("none")}};
        QJsonObject labels{{QStringLiteral("gontainer.bench"), prefix},
                           {QStringLiteral("tier"),
                            i % 3 == 0 ? QStringLiteral("web") : QStringLiteral("worker")}};
        const QJsonObject config{{QStringLiteral("Image"), image},
                                 {QStringLiteral("Cmd"), QJsonArray::fromStringList(command)},
                                 {QStringLiteral("Labels"), labels},
                                 {QStringLiteral("HostConfig"), hostConfig}};
        const QByteArray name =
            prefix.toUtf8() + '-' + QByteArray::number(i).rightJustified(4, '0');
        const RawReply r = rawRequest(socket, "POST", "/containers/create?name=" + name,
                                      QJsonDocument(config).toJson(QJsonDocument::Compact));
        const QString id =
            QJsonDocument::fromJson(r.body).object().value(QStringLiteral("Id")).toString();
        if (r.status != 201 || id.isEmpty()) {
            const std::lock_guard<std::mutex> lock(errorMutex);
            *error = QStringLiteral("create %1 on %2: HTTP %3 %4")
                         .arg(QString::fromUtf8(name), socket)
                         .arg(r.status)
                         .arg(QString::fromUtf8(r.body.left(300)));
            return;
        }
        ids[size_t(i)] = id;
    });
    QStringList made;
    for (const QString &id : ids) {
        if (!id.isEmpty())
            made.append(id);
    }
    return made;
}

QByteArray unchunked(const QByteArray &body)
{
    QJsonParseError plain;
    QJsonDocument::fromJson(body, &plain);
    if (plain.error == QJsonParseError::NoError)
        return body;
    QByteArray joined;
    qsizetype at = 0;
    for (;;) {
        const qsizetype lineEnd = body.indexOf("\r\n", at);
        if (lineEnd < 0)
            break;
        bool ok = false;
        const qsizetype size =
            body.mid(at, lineEnd - at).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || size <= 0 || lineEnd + 2 + size > body.size())
            break;
        joined += body.mid(lineEnd + 2, size);
        at = lineEnd + 2 + size + 2;
    }
    return joined;
}

QJsonDocument jsonOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(unchunked(body));
}

void removeContainers(const QString &socket, const QStringList &ids, int parallel)
{
    parallelFor(int(ids.size()), parallel, [&](int i) {
        rawRequest(socket, "DELETE", "/containers/" + ids.at(i).toLatin1() + "?force=1");
    });
}

EventClock::EventClock(const QString &socket, const QString &type)
    : m_socket(socket)
    , m_type(type)
{
    m_thread = std::thread([this] { run(); });
}

EventClock::~EventClock()
{
    m_stop = true;
    if (m_fd >= 0)
        ::shutdown(m_fd, SHUT_RDWR);
    m_thread.join();
}

bool EventClock::waitConnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_connected.load(); }, timeoutMs);
}

Clock::time_point EventClock::arrival(const QString &id, const QString &action,
                                      Clock::time_point since) const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    for (const Arrival &a : m_arrivals) {
        if (a.at >= since && a.id == id && a.action == action)
            return a.at;
    }
    return {};
}

// Docker writes each event as one chunk: a JSON object and a newline. Lines that start with
// '{' are the events; the chunk sizes between them are skipped.
void EventClock::run()
{
    m_fd = connectUnix(m_socket);
    if (m_fd < 0)
        return;
    const QByteArray filters =
        QJsonDocument(QJsonObject{{QStringLiteral("type"), QJsonArray{m_type}}})
            .toJson(QJsonDocument::Compact);
    const QByteArray request =
        "GET /events?filters=" + QUrl::toPercentEncoding(QString::fromUtf8(filters)) +
        " HTTP/1.1\r\nHost: docker\r\n\r\n";
    if (!writeAll(m_fd, request))
        return;
    QByteArray pending;
    char buffer[1 << 16];
    bool headersDone = false;
    while (!m_stop) {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0)
            continue;
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        const Clock::time_point now = Clock::now();
        pending.append(buffer, n);
        if (!headersDone) {
            const qsizetype end = pending.indexOf("\r\n\r\n");
            if (end < 0)
                continue;
            pending.remove(0, end + 4);
            headersDone = true;
            m_connected = true;
        }
        qsizetype lineEnd;
        while ((lineEnd = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(lineEnd).trimmed();
            pending.remove(0, lineEnd + 1);
            if (!line.startsWith('{'))
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString action = o.value(QStringLiteral("Action")).toString();
            const QString id =
                o.value(QStringLiteral("Actor")).toObject().value(QStringLiteral("ID")).toString();
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_arrivals.push_back({id, action, now});
        }
    }
    ::close(m_fd);
    m_fd = -1;
}

ExtraDockerd::ExtraDockerd() = default;

ExtraDockerd::~ExtraDockerd()
{
    if (!m_process)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(30000))
        m_process->kill();
    m_process->waitForFinished(5000);
    delete m_process;
}

bool ExtraDockerd::start(const QString &name, QString *error)
{
    const QString base = TestEngines::dir() + QLatin1Char('/') + name;
    QDir().mkpath(base);
    m_socket = TestEngines::dir() + QLatin1Char('/') + name + QStringLiteral(".sock");
    const QString ns =
        QStringLiteral("gt-%1-%2")
            .arg(QFileInfo(TestEngines::dir()).fileName().remove(QLatin1Char('.')), name);
    m_process = new QProcess;
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(base + QStringLiteral("/dockerd.log"));
    m_process->start(
        QStringLiteral("dockerd"),
        {QStringLiteral("--data-root"), base + QStringLiteral("/root"),
         QStringLiteral("--exec-root"), base + QStringLiteral("/exec"), QStringLiteral("--pidfile"),
         base + QStringLiteral("/docker.pid"), QStringLiteral("-H"),
         QStringLiteral("unix://") + m_socket, QStringLiteral("--containerd-namespace"), ns,
         QStringLiteral("--containerd-plugins-namespace"), ns + QStringLiteral("-plugins"),
         QStringLiteral("--bridge=none"), QStringLiteral("--iptables=false"),
         QStringLiteral("--ip-masq=false"), QStringLiteral("--ip-forward=false"),
         QStringLiteral("--shutdown-timeout"), QStringLiteral("2")});
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("dockerd did not start: ") + m_process->errorString();
        return false;
    }
    const bool up = QTest::qWaitFor(
        [this] {
            return m_process->state() == QProcess::Running &&
                   rawRequest(m_socket, "GET", "/_ping").status == 200;
        },
        60000);
    if (!up) {
        QFile log(base + QStringLiteral("/dockerd.log"));
        log.open(QIODevice::ReadOnly);
        *error = QStringLiteral("a second dockerd did not answer: ") +
                 QString::fromUtf8(log.readAll().right(2000));
        return false;
    }
    // The test image, copied from the harness's dockerd.
    QProcess copy;
    copy.setProcessChannelMode(QProcess::MergedChannels);
    copy.start(
        QStringLiteral("sh"),
        {QStringLiteral("-c"),
         QStringLiteral("docker -H \"unix://$1\" save \"$3\" | docker -H \"unix://$2\" load"),
         QStringLiteral("sh"), TestEngines::dockerSocket(), m_socket, TestEngines::image()});
    if (!copy.waitForFinished(120000) || copy.exitCode() != 0) {
        *error = QStringLiteral("could not copy the test image: ") +
                 QString::fromLocal8Bit(copy.readAll());
        return false;
    }
    return true;
}

} // namespace Bench
