#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

// What a log search looks for: plain text or a regular expression, with or without case. Plain
// text is matched on the line's bytes, without decoding them, so that a million lines are
// searched in a moment.
class LogMatcher final
{
public:
    LogMatcher() = default;
    LogMatcher(const QString &pattern, bool regularExpression, bool caseSensitive);

    bool isEmpty() const { return m_pattern.isEmpty(); }
    // An invalid regular expression matches nothing; errorString() says why.
    bool isValid() const;
    QString errorString() const;
    QString pattern() const { return m_pattern; }
    bool isRegularExpression() const { return m_regex; }
    bool isCaseSensitive() const { return m_caseSensitive; }

    bool matches(QByteArrayView line) const;
    // Where it matches in displayed text: (start, length) pairs.
    QList<std::pair<int, int>> find(const QString &text) const;

    bool operator==(const LogMatcher &other) const;

private:
    QString m_pattern;
    bool m_regex = false;
    bool m_caseSensitive = false;
    QByteArray m_bytes; // plain: the pattern in UTF-8 (lower-cased when caseless ASCII)
    bool m_asciiCaseless = false;
    QRegularExpression m_expression;
};
