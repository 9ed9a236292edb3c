#include "core/docker/jsonstreamsplitter.h"

void JsonStreamSplitter::fail()
{
    m_error = true;
    m_buffer.clear();
    m_open.clear();
    m_scanned = 0;
}

QList<QByteArray> JsonStreamSplitter::feed(QByteArrayView data)
{
    QList<QByteArray> values;
    if (m_error)
        return values;
    m_buffer.append(data);
    qsizetype start = 0;
    for (qsizetype i = m_scanned; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (m_inString) {
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_inString = false;
            continue;
        }
        if (m_open.isEmpty()) {
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                start = i + 1;
                continue;
            }
            if (c != '{' && c != '[') {
                fail();
                return values;
            }
            start = i;
        }
        switch (c) {
        case '"':
            m_inString = true;
            break;
        case '{':
        case '[':
            if (m_open.size() >= MaxDepth) {
                fail();
                return values;
            }
            m_open.append(c);
            break;
        case '}':
        case ']':
            // A closer must match the innermost opener: "{ ]" is not JSON.
            if (m_open.back() != (c == '}' ? '{' : '[')) {
                fail();
                return values;
            }
            m_open.chop(1);
            if (m_open.isEmpty()) {
                values.append(m_buffer.mid(start, i + 1 - start));
                start = i + 1;
            }
            break;
        default:
            break;
        }
    }
    m_buffer.remove(0, start);
    m_scanned = m_buffer.size();
    if (m_buffer.size() > MaxValueBytes)
        fail();
    return values;
}
