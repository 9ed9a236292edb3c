#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// Splits a stream of concatenated JSON values ({...}{...} or one per line) into whole values,
// whatever the pieces the bytes arrive in. Strings and escapes are honoured, so braces inside
// strings do not confuse it.
class JsonStreamSplitter final
{
public:
    // Appends bytes and returns the values they completed.
    QList<QByteArray> feed(QByteArrayView data);
    bool hasError() const { return m_error; }
    qsizetype pendingBytes() const { return m_buffer.size(); }

    static constexpr qsizetype MaxValueBytes = 16 * 1024 * 1024;
    static constexpr qsizetype MaxDepth = 512;

private:
    void fail();
    QByteArray m_buffer;
    qsizetype m_scanned = 0; // bytes of m_buffer already scanned
    QByteArray m_open;       // the brackets open at the scan position, innermost last
    bool m_inString = false;
    bool m_escape = false;
    bool m_error = false;
};
