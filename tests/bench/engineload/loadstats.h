#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace baton::load {

// CLOCK_MONOTONIC in nanoseconds: one clock for every process on the machine, so a timestamp
// written into a message by one load process can be read by another.
qint64 monotonicNs();

// A timestamp as letters a–p (one per hex digit): digits in a message would be taken for a card or
// phone number and masked by the engine.
QString encodeStamp(qint64 ns);
// The stamp after `marker` in `text`, or 0.
qint64 decodeStamp(const QString &text, const QString &marker);

struct Percentiles {
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    qsizetype count = 0;
};
Percentiles percentiles(std::vector<double> values);

// Resident set of a process in KiB (/proc/<pid>/status VmRSS); 0 if unknown.
qint64 rssKiB(qint64 pid);
// User + system CPU seconds a process has used (/proc/<pid>/stat).
double cpuSeconds(qint64 pid);

// One line of the report on stdout, flushed at once (the coordinator's output is read as it runs).
void out(const QString &line);

// "12.3k" for rates, plain numbers elsewhere.
QString rate(double perSecond);

} // namespace baton::load
