#include "core/engine/commandline.h"

#include <algorithm>

#include <QCoreApplication>

namespace CommandLine {

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// Characters a shell reads as themselves anywhere in a word.
bool isPlain(QChar c)
{
    if (c.unicode() > 127)
        return c.isPrint() && !c.isSpace();
    return c.isLetterOrNumber() || QStringView(u"_-+=.,/:@%").contains(c);
}

} // namespace

std::optional<QStringList> split(const QString &line, QString *error)
{
    QStringList words;
    QString word;
    bool inWord = false; // a word has begun, if only with '' (an empty argument)
    const qsizetype size = line.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = line.at(i);
        if (isBlank(c)) {
            if (inWord)
                words << std::exchange(word, {});
            inWord = false;
            continue;
        }
        const bool began = inWord;
        inWord = true;
        if (c == u'\\') {
            if (i + 1 >= size) {
                word += c; // nothing to escape: kept, as sh -c does
            } else if (line.at(i + 1) == u'\n') {
                ++i; // the line goes on
                inWord = began;
            } else {
                word += line.at(++i);
            }
        } else if (c == u'\'') {
            const qsizetype end = line.indexOf(u'\'', i + 1);
            if (end < 0) {
                if (error)
                    *error = QCoreApplication::translate(
                                 "CommandLine", "The single quote at character %1 is not closed.")
                                 .arg(i + 1);
                return std::nullopt;
            }
            word += QStringView(line).mid(i + 1, end - i - 1);
            i = end;
        } else if (c == u'"') {
            const qsizetype open = i;
            bool closed = false;
            for (++i; i < size; ++i) {
                const QChar d = line.at(i);
                if (d == u'"') {
                    closed = true;
                    break;
                }
                if (d == u'\\' && i + 1 < size) {
                    const QChar next = line.at(i + 1);
                    if (next == u'\n') {
                        ++i;
                        continue;
                    }
                    if (QStringView(u"$`\"\\").contains(next)) {
                        word += next;
                        ++i;
                        continue;
                    }
                }
                word += d;
            }
            if (!closed) {
                if (error)
                    *error = QCoreApplication::translate(
                                 "CommandLine", "The double quote at character %1 is not closed.")
                                 .arg(open + 1);
                return std::nullopt;
            }
        } else {
            word += c;
        }
    }
    if (inWord)
        words << word;
    if (error)
        error->clear();
    return words;
}

QString quote(const QString &arg)
{
    if (arg.isEmpty())
        return QStringLiteral("''");
    if (std::all_of(arg.cbegin(), arg.cend(), isPlain))
        return arg;
    QString out = arg;
    out.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString join(const QStringList &args)
{
    QStringList out;
    out.reserve(args.size());
    for (const QString &a : args)
        out << quote(a);
    return out.join(QLatin1Char(' '));
}

} // namespace CommandLine
