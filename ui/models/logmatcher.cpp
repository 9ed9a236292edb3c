#include "ui/models/logmatcher.h"

namespace {

bool isAscii(QByteArrayView b)
{
    for (char c : b) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}

// `needle` is lower-case ASCII.
bool containsCaseless(QByteArrayView hay, QByteArrayView needle)
{
    const qsizetype n = needle.size();
    if (n > hay.size())
        return false;
    const char first = needle[0];
    const char firstUpper = first >= 'a' && first <= 'z' ? char(first - 32) : first;
    const char *p = hay.data();
    const char *last = hay.data() + hay.size() - n;
    for (; p <= last; ++p) {
        if (*p != first && *p != firstUpper)
            continue;
        qsizetype i = 1;
        while (i < n && lower(p[i]) == needle[i])
            ++i;
        if (i == n)
            return true;
    }
    return false;
}

} // namespace

LogMatcher::LogMatcher(const QString &pattern, bool regularExpression, bool caseSensitive)
    : m_pattern(pattern)
    , m_regex(regularExpression)
    , m_caseSensitive(caseSensitive)
{
    if (m_regex) {
        m_expression.setPattern(pattern);
        m_expression.setPatternOptions(caseSensitive ? QRegularExpression::NoPatternOption
                                                     : QRegularExpression::CaseInsensitiveOption);
        m_expression.optimize();
        return;
    }
    m_bytes = pattern.toUtf8();
    m_asciiCaseless = !caseSensitive && isAscii(m_bytes);
    if (m_asciiCaseless)
        m_bytes = m_bytes.toLower();
}

bool LogMatcher::isValid() const
{
    return !m_regex || m_expression.isValid();
}

QString LogMatcher::errorString() const
{
    return m_regex ? m_expression.errorString() : QString();
}

bool LogMatcher::matches(QByteArrayView line) const
{
    if (m_pattern.isEmpty())
        return false;
    if (m_regex)
        return m_expression.isValid() && m_expression.match(QString::fromUtf8(line)).hasMatch();
    if (m_caseSensitive)
        return line.indexOf(m_bytes) >= 0;
    if (m_asciiCaseless)
        return containsCaseless(line, m_bytes);
    return QString::fromUtf8(line).contains(m_pattern, Qt::CaseInsensitive);
}

QList<std::pair<int, int>> LogMatcher::find(const QString &text) const
{
    QList<std::pair<int, int>> out;
    if (m_pattern.isEmpty())
        return out;
    if (m_regex) {
        if (!m_expression.isValid())
            return out;
        auto it = m_expression.globalMatch(text);
        while (it.hasNext() && out.size() < 1000) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                out.append({int(m.capturedStart()), int(m.capturedLength())});
        }
        return out;
    }
    const Qt::CaseSensitivity cs = m_caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (qsizetype at = text.indexOf(m_pattern, 0, cs); at >= 0 && out.size() < 1000;
         at = text.indexOf(m_pattern, at + m_pattern.size(), cs))
        out.append({int(at), int(m_pattern.size())});
    return out;
}

bool LogMatcher::operator==(const LogMatcher &other) const
{
    return m_pattern == other.m_pattern && m_regex == other.m_regex &&
           m_caseSensitive == other.m_caseSensitive;
}
