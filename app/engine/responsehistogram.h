#pragma once

#include <QString>
#include <QtGlobal>
#include <map>

namespace baton {

// Response times (offer → answer) counted by the upper edge of their bucket: 100 ms steps up to
// 10 s, whole seconds up to 10 minutes, whole minutes beyond. Report summaries keep one per row, so a
// 90-day p90 is read from a few thousand histograms instead of a quarter of a million rows; the row
// path counts the same buckets, so both answer alike. Every reported edge (5 s, 10 s, 20 s, 30 s,
// 60 s) lies on a bucket edge, so counts "up to" them are exact.
class ResponseHistogram {
public:
    // The upper edge of the bucket holding `ms`; monotone, so the p90 of the edges is the edge of the p90.
    static qint64 bucketEdge(qint64 ms);

    void add(qint64 ms) { ++m_counts[bucketEdge(ms)]; }
    void add(const ResponseHistogram &other);
    // Adds "edge:count,edge:count…" as stored in the summary tables (any order, empty parts skipped).
    void addText(const QString &text);
    QString text() const;
    bool isEmpty() const { return m_counts.empty(); }
    qint64 total() const;
    // Nearest rank: the edge at position ceil(fraction × n); 0 for none.
    qint64 percentile(double fraction) const;
    qint64 countUpTo(qint64 edgeMs) const;

private:
    std::map<qint64, qint64> m_counts;
};

} // namespace baton
