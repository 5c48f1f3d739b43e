#include "engine/responsehistogram.h"

#include <QStringList>
#include <cmath>

namespace baton {

namespace {
qint64 roundUp(qint64 ms, qint64 step)
{
    return (ms + step - 1) / step * step;
}
} // namespace

qint64 ResponseHistogram::bucketEdge(qint64 ms)
{
    if (ms <= 0)
        return 0;
    if (ms <= 10'000)
        return roundUp(ms, 100);
    if (ms <= 600'000)
        return roundUp(ms, 1000);
    return roundUp(ms, 60'000);
}

void ResponseHistogram::add(const ResponseHistogram &other)
{
    for (const auto &[edge, n] : other.m_counts)
        m_counts[edge] += n;
}

void ResponseHistogram::addText(const QString &text)
{
    for (QStringView part : QStringView(text).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        if (colon > 0)
            m_counts[part.left(colon).toLongLong()] += part.mid(colon + 1).toLongLong();
    }
}

QString ResponseHistogram::text() const
{
    QStringList parts;
    for (const auto &[edge, n] : m_counts)
        parts.append(QStringLiteral("%1:%2").arg(edge).arg(n));
    return parts.join(QLatin1Char(','));
}

qint64 ResponseHistogram::total() const
{
    qint64 sum = 0;
    for (const auto &[edge, n] : m_counts)
        sum += n;
    return sum;
}

qint64 ResponseHistogram::percentile(double fraction) const
{
    const qint64 n = total();
    if (n == 0)
        return 0;
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(fraction * double(n))));
    qint64 seen = 0;
    for (const auto &[edge, count] : m_counts) {
        seen += count;
        if (seen >= rank)
            return edge;
    }
    return m_counts.rbegin()->first;
}

qint64 ResponseHistogram::countUpTo(qint64 edgeMs) const
{
    qint64 sum = 0;
    for (auto it = m_counts.begin(); it != m_counts.end() && it->first <= edgeMs; ++it)
        sum += it->second;
    return sum;
}

} // namespace baton
