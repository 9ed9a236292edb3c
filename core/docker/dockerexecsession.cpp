#include "core/docker/dockerexecsession.h"

#include "core/docker/dockerjson.h"
#include "core/transport/httpreply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

namespace {
constexpr int ExitCodeAttempts = 20;
constexpr int ExitCodeRetryMs = 50;
} // namespace

DockerExecSession::DockerExecSession(const Endpoint &endpoint, const QByteArray &apiPrefix,
                                     const QString &containerId, const ExecOptions &options,
                                     QObject *parent)
    : ExecSession(parent)
    , m_endpoint(endpoint)
    , m_api(apiPrefix)
    , m_options(options)
    , m_where(endpoint.toUrl())
{
    QJsonObject body{{QStringLiteral("AttachStdin"), options.interactive},
                     {QStringLiteral("AttachStdout"), true},
                     {QStringLiteral("AttachStderr"), true},
                     {QStringLiteral("Tty"), options.tty},
                     {QStringLiteral("Cmd"), QJsonArray::fromStringList(options.command)},
                     {QStringLiteral("Privileged"), options.privileged}};
    if (!options.env.isEmpty())
        body.insert(QStringLiteral("Env"), QJsonArray::fromStringList(options.env));
    if (!options.workingDir.isEmpty())
        body.insert(QStringLiteral("WorkingDir"), options.workingDir);
    if (!options.user.isEmpty())
        body.insert(QStringLiteral("User"), options.user);
    if (options.tty && options.rows > 0 && options.columns > 0)
        body.insert(QStringLiteral("ConsoleSize"), QJsonArray{options.rows, options.columns});
    HttpReply *create =
        shortCall("POST", m_api + "/containers/" + QUrl::toPercentEncoding(containerId) + "/exec",
                  QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(create, &HttpReply::finished, this, &DockerExecSession::onCreated);
}

DockerExecSession::DockerExecSession(const Endpoint &endpoint, const QByteArray &apiPrefix,
                                     const QString &containerId, bool tty, bool input,
                                     QObject *parent)
    : ExecSession(parent)
    , m_endpoint(endpoint)
    , m_api(apiPrefix)
    , m_where(endpoint.toUrl())
    , m_containerId(containerId)
{
    m_options.tty = tty;
    m_options.interactive = input;
    // Queued, so that the caller can connect first, as for an exec.
    QMetaObject::invokeMethod(
        this,
        [this, input] {
            openStream(m_api + "/containers/" + QUrl::toPercentEncoding(m_containerId) +
                           "/attach?stream=1&stdout=1&stderr=1" + (input ? "&stdin=1" : ""),
                       {});
        },
        Qt::QueuedConnection);
}

DockerExecSession::~DockerExecSession()
{
    m_done = true;
}

HttpReply *DockerExecSession::shortCall(const QByteArray &method, const QByteArray &target,
                                        const QByteArray &body)
{
    HttpRequest request;
    request.method = method;
    request.target = target;
    request.body = body;
    auto *reply = new HttpReply(m_endpoint, request, this);
    connect(reply, &HttpReply::finished, reply, &QObject::deleteLater);
    return reply;
}

EngineError DockerExecSession::httpError(HttpReply *reply, const QByteArray &body) const
{
    if (reply->error().isError())
        return reply->error();
    EngineError e =
        EngineError::make(EngineError::Kind::Http, DockerJson::errorMessage(body), m_where);
    e.httpStatus = reply->statusCode();
    return e;
}

void DockerExecSession::fail(const EngineError &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(-1, error);
}

void DockerExecSession::onCreated()
{
    auto *reply = qobject_cast<HttpReply *>(sender());
    const QByteArray body = reply->readAll();
    if (reply->error().isError() || reply->statusCode() >= 300) {
        fail(httpError(reply, body));
        return;
    }
    m_execId = QJsonDocument::fromJson(body).object().value(QLatin1String("Id")).toString();
    if (m_execId.isEmpty()) {
        fail(EngineError::make(
            EngineError::Kind::Protocol,
            QCoreApplication::translate("DockerExecSession", "the engine did not name the exec"),
            m_where));
        return;
    }
    openStream(m_api + "/exec/" + m_execId.toLatin1() + "/start",
               QJsonDocument(QJsonObject{{QStringLiteral("Detach"), false},
                                         {QStringLiteral("Tty"), m_options.tty}})
                   .toJson(QJsonDocument::Compact));
}

void DockerExecSession::openStream(const QByteArray &target, const QByteArray &body)
{
    HttpRequest start;
    start.method = "POST";
    start.target = target;
    start.body = body;
    start.stream = true;
    start.upgrade = true;
    m_stream = new HttpReply(m_endpoint, start, this);
    connect(m_stream, &HttpReply::headersArrived, this, [this] {
        const int status = m_stream->statusCode();
        if (status != 101 && status != 200)
            return; // the body says why; onStreamEnded reports it
        m_started = true;
        // ConsoleSize at create needs API 1.42; like the docker CLI, size it once started.
        if (m_options.tty && m_options.rows > 0 && m_options.columns > 0)
            resize(m_options.rows, m_options.columns);
        Q_EMIT started();
        if (!m_pendingInput.isEmpty())
            m_stream->write(std::exchange(m_pendingInput, {}));
        if (m_inputClosed)
            m_stream->closeWrite();
    });
    connect(m_stream, &HttpReply::readyRead, this, &DockerExecSession::onStreamData);
    connect(m_stream, &HttpReply::finished, this, &DockerExecSession::onStreamEnded);
}

void DockerExecSession::onStreamData()
{
    const QByteArray data = m_stream->readAll();
    if (m_done)
        return;
    if (!m_started) {
        m_errorBody.append(data.left(4096 - m_errorBody.size()));
        return;
    }
    if (m_options.tty) {
        if (!data.isEmpty())
            Q_EMIT output({LogChunk{LogChunk::Source::Tty, data, false}});
        return;
    }
    const QList<LogChunk> chunks = m_demuxer.feed(data);
    if (!chunks.isEmpty())
        Q_EMIT output(chunks);
    if (m_demuxer.hasError() && !m_done) {
        fail(EngineError::make(EngineError::Kind::Protocol,
                               QString::fromUtf8(m_demuxer.errorString()), m_where));
        m_stream->abort();
    }
}

void DockerExecSession::onStreamEnded()
{
    if (m_done)
        return;
    HttpReply *stream = m_stream;
    if (!m_started || stream->error().isError()) {
        fail(httpError(stream, m_errorBody));
        return;
    }
    readExitCode(0);
}

void DockerExecSession::readExitCode(int attempt)
{
    const bool attached = !m_containerId.isEmpty();
    HttpReply *inspect = shortCall(
        "GET",
        attached
            ? QByteArray(m_api + "/containers/" + QUrl::toPercentEncoding(m_containerId) + "/json")
            : QByteArray(m_api + "/exec/" + m_execId.toLatin1() + "/json"),
        {});
    connect(inspect, &HttpReply::finished, this, [this, inspect, attempt, attached] {
        const QByteArray body = inspect->readAll();
        if (m_done)
            return;
        // An attached container that removed itself on exit: its code is the waiter's to tell.
        if (attached && inspect->statusCode() == 404) {
            m_done = true;
            Q_EMIT finished(-1, {});
            return;
        }
        if (inspect->error().isError() || inspect->statusCode() >= 300) {
            fail(httpError(inspect, body));
            return;
        }
        QJsonObject o = QJsonDocument::fromJson(body).object();
        if (attached)
            o = o.value(QLatin1String("State")).toObject();
        // The stream can end a moment before the engine records the exit.
        if (o.value(QLatin1String("Running")).toBool() && attempt < ExitCodeAttempts) {
            QTimer::singleShot(ExitCodeRetryMs, this,
                               [this, attempt] { readExitCode(attempt + 1); });
            return;
        }
        m_done = true;
        Q_EMIT finished(o.value(QLatin1String("ExitCode")).toInt(-1), {});
    });
}

void DockerExecSession::write(const QByteArray &data)
{
    if (m_started && m_stream)
        m_stream->write(data);
    else
        m_pendingInput.append(data);
}

bool DockerExecSession::closeInput()
{
    m_inputClosed = true;
    if (m_started && m_stream)
        return m_stream->closeWrite();
    // Decided once started; only TLS cannot, which the endpoint already tells.
    return !m_endpoint.tls;
}

void DockerExecSession::resize(int rows, int columns)
{
    m_options.rows = rows;
    m_options.columns = columns;
    if (!m_started)
        return;
    const QByteArray size =
        "/resize?h=" + QByteArray::number(rows) + "&w=" + QByteArray::number(columns);
    if (!m_containerId.isEmpty())
        shortCall("POST", m_api + "/containers/" + QUrl::toPercentEncoding(m_containerId) + size,
                  {});
    else if (!m_execId.isEmpty())
        shortCall("POST", m_api + "/exec/" + m_execId.toLatin1() + size, {});
}
