#include "core/docker/dockerlogstream.h"

#include "core/docker/dockerjson.h"
#include "core/transport/httpreply.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QByteArray unixTime(const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    return QByteArray::number(ms / 1000) + '.' +
           QByteArray::number(ms % 1000).rightJustified(3, '0') + "000000";
}

} // namespace

DockerLogStream::DockerLogStream(const Endpoint &endpoint, const QByteArray &path,
                                 const LogOptions &options, QObject *parent, Of of)
    : LogStream(parent)
    , m_endpoint(endpoint)
    , m_containerPath(path)
    , m_of(of)
    , m_options(options)
    , m_where(endpoint.toUrl())
{
    HttpRequest inspect;
    inspect.target = of == Of::Service ? path : path + "/json";
    inspect.timeoutMs = 30000;
    m_reply = new HttpReply(endpoint, inspect, this);
    connect(m_reply, &HttpReply::finished, this, &DockerLogStream::onInspected);
}

DockerLogStream::~DockerLogStream()
{
    m_ended = true;
}

QByteArray DockerLogStream::logsTarget() const
{
    QByteArray t = m_containerPath + "/logs?stdout=" + (m_options.stdoutStream ? "1" : "0") +
                   "&stderr=" + (m_options.stderrStream ? "1" : "0");
    if (m_options.follow)
        t += "&follow=1";
    if (m_options.tail >= 0)
        t += "&tail=" + QByteArray::number(m_options.tail);
    if (m_options.since.isValid())
        t += "&since=" + unixTime(m_options.since);
    if (m_options.until.isValid())
        t += "&until=" + unixTime(m_options.until);
    if (m_options.timestamps)
        t += "&timestamps=1";
    if (m_of == Of::Service)
        t += "&details=1";
    return t;
}

void DockerLogStream::onInspected()
{
    HttpReply *reply = m_reply;
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    if (reply->error().isError()) {
        end(reply->error());
        return;
    }
    if (reply->statusCode() != 200) {
        EngineError e =
            EngineError::make(EngineError::Kind::Http, DockerJson::errorMessage(body), m_where);
        e.httpStatus = reply->statusCode();
        end(e);
        return;
    }
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (m_of == Of::Service) {
        const QJsonObject spec = object.value(QLatin1String("Spec"))
                                     .toObject()
                                     .value(QLatin1String("TaskTemplate"))
                                     .toObject()
                                     .value(QLatin1String("ContainerSpec"))
                                     .toObject();
        openLogs(spec.value(QLatin1String("TTY")).toBool());
        return;
    }
    const QJsonObject config = object.value(QLatin1String("Config")).toObject();
    openLogs(config.value(QLatin1String("Tty")).toBool());
}

void DockerLogStream::openLogs(bool tty)
{
    m_tty = tty;
    HttpRequest request;
    request.target = logsTarget();
    request.stream = true;
    m_reply = new HttpReply(m_endpoint, request, this);
    connect(m_reply, &HttpReply::headersArrived, this, [this] {
        if (m_reply->statusCode() != 200)
            return;
        // From API 1.42 on the engine names the framing; before, it says raw-stream either way.
        if (m_reply->header("Content-Type").contains("multiplexed"))
            m_tty = false;
        Q_EMIT opened();
    });
    connect(m_reply, &HttpReply::readyRead, this, &DockerLogStream::onData);
    connect(m_reply, &HttpReply::finished, this, &DockerLogStream::onFinished);
}

void DockerLogStream::onData()
{
    const QByteArray data = m_reply->readAll();
    if (m_ended)
        return;
    if (m_reply->statusCode() != 200) {
        m_errorBody.append(data.left(4096 - m_errorBody.size()));
        return;
    }
    if (m_tty) {
        if (!data.isEmpty())
            Q_EMIT received({LogChunk{LogChunk::Source::Tty, data, false}});
        return;
    }
    const QList<LogChunk> chunks = m_demuxer.feed(data);
    if (!chunks.isEmpty())
        Q_EMIT received(chunks);
    if (m_ended)
        return;
    if (m_demuxer.hasError()) {
        const QString message = QString::fromUtf8(m_demuxer.errorString());
        end(EngineError::make(m_demuxer.isEngineError() ? EngineError::Kind::Http
                                                        : EngineError::Kind::Protocol,
                              message, m_where));
        if (m_reply)
            m_reply->abort();
    }
}

void DockerLogStream::onFinished()
{
    if (m_ended)
        return;
    EngineError error = m_reply->error();
    if (!error.isError() && m_reply->statusCode() != 200) {
        error = EngineError::make(EngineError::Kind::Http, DockerJson::errorMessage(m_errorBody),
                                  m_where);
        error.httpStatus = m_reply->statusCode();
    } else if (!error.isError() && !m_tty && !m_demuxer.atFrameBoundary()) {
        error = EngineError::make(
            EngineError::Kind::Closed,
            QCoreApplication::translate("DockerLogStream", "the log ended inside a frame"),
            m_where);
    }
    end(error);
}

void DockerLogStream::end(const EngineError &error)
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT ended(error);
}
