#include "core/transport/httprequest.h"

QByteArray HttpRequest::serialize(QByteArrayView host) const
{
    QByteArray out = serializeHead(host);
    out.append(body);
    return out;
}

QByteArray HttpRequest::serializeHead(QByteArrayView host) const
{
    QByteArray out;
    out.reserve(512);
    out.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    out.append("Host: ").append(host).append("\r\n");
    out.append("User-Agent: Gontainer/" GONTAINER_VERSION "\r\n");
    bool hasContentType = false;
    for (const auto &[name, value] : headers) {
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            hasContentType = true;
        out.append(name).append(": ").append(value).append("\r\n");
    }
    if (hasBody() && !hasContentType)
        out.append("Content-Type: application/json\r\n");
    if (hasBody() || method == "POST" || method == "PUT")
        out.append("Content-Length: ").append(QByteArray::number(bodySize())).append("\r\n");
    if (upgrade) {
        out.append("Connection: Upgrade\r\nUpgrade: tcp\r\n\r\n");
    } else if (keepAlive) {
        out.append("\r\n"); // HTTP/1.1 keeps the connection open by default
    } else {
        // One exchange per connection: the peer closes after answering.
        out.append("Connection: close\r\n\r\n");
    }
    return out;
}

bool HttpRequest::isIdempotent() const
{
    return method == "GET" || method == "HEAD" || method == "OPTIONS" || method == "PUT" ||
           method == "DELETE";
}
