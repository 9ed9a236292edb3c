#include "core/docker/jsonstreamsplitter.h"

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
        if (m_depth == 0) {
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                start = i + 1;
                continue;
            }
            if (c != '{' && c != '[') {
                m_error = true;
                m_buffer.clear();
                m_scanned = 0;
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
            ++m_depth;
            break;
        case '}':
        case ']':
            if (--m_depth == 0) {
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
    if (m_buffer.size() > MaxValueBytes) {
        m_error = true;
        m_buffer.clear();
        m_scanned = 0;
    }
    return values;
}
