#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

struct HttpRequest
{
    QByteArray method = "GET";
    QByteArray target; // origin-form: path and query, already percent-encoded
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // A stream has no time limit once its headers arrived; a short call has one overall.
    bool stream = false;
    int timeoutMs = 30000;

    QByteArray serialize(QByteArrayView host) const;
};
