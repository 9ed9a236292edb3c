#include "faultreport.h"

#include <QFile>
#include <QLockFile>
#include <QTextStream>

#include <cstdio>

namespace {

void append(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
    const QString path = qEnvironmentVariable("GONTAINER_FAULT_REPORT");
    if (path.isEmpty())
        return;
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.lock();
    QFile file(path);
    if (file.open(QIODevice::Append | QIODevice::Text))
        file.write(line.toUtf8() + '\n');
}

QString clean(QString text)
{
    return text.replace(QLatin1Char('\t'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

namespace FaultReport {

void record(const QString &scenario, const QString &userSees, qint64 boundMs, qint64 measuredMs)
{
    recordValue(scenario, userSees, QString::number(boundMs) + QStringLiteral(" ms"),
                QString::number(measuredMs) + QStringLiteral(" ms"));
}

void recordValue(const QString &scenario, const QString &userSees, const QString &bound,
                 const QString &measured)
{
    append(QStringLiteral("FAULT\t%1\t%2\t%3\t%4")
               .arg(clean(scenario), clean(userSees), clean(bound), clean(measured)));
}

} // namespace FaultReport
