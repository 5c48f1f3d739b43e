#include "loadstats.h"

#include <QFile>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace baton::load {

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

QString encodeStamp(qint64 ns)
{
    QString text;
    for (int shift = 60; shift >= 0; shift -= 4)
        text.append(QChar(char16_t(u'a' + ((ns >> shift) & 0xf))));
    return text;
}

qint64 decodeStamp(const QString &text, const QString &marker)
{
    const qsizetype at = text.indexOf(marker);
    if (at < 0 || text.size() < at + marker.size() + 16)
        return 0;
    qint64 ns = 0;
    for (qsizetype i = at + marker.size(), end = i + 16; i < end; ++i) {
        const int digit = text.at(i).unicode() - u'a';
        if (digit < 0 || digit > 15)
            return 0;
        ns = (ns << 4) | digit;
    }
    return ns;
}

Percentiles percentiles(std::vector<double> values)
{
    Percentiles p;
    p.count = qsizetype(values.size());
    if (values.empty())
        return p;
    std::sort(values.begin(), values.end());
    p.p50 = values[values.size() / 2];
    p.p99 = values[std::min(values.size() - 1, values.size() * 99 / 100)];
    p.max = values.back();
    return p;
}

qint64 rssKiB(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

double cpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = file.readAll();
    // Fields after the command name, which is in parentheses and may contain spaces.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

void out(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString rate(double perSecond)
{
    return perSecond >= 1000 ? QStringLiteral("%1k").arg(perSecond / 1000, 0, 'f', 1)
                             : QString::number(perSecond, 'f', 0);
}

} // namespace baton::load
