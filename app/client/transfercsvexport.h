#pragma once

#include "protocol/reportrequests.h"
#include "protocol/requesterror.h"

#include <QFile>
#include <QObject>

namespace baton {

class RecordsClient;
namespace reply {
struct TransferRecord;
}

// Exports every transfer record matching a query to a CSV file (RFC 4180, UTF-8 with BOM), page by
// page without blocking the window. It first asks how many rows match, so progress has a maximum.
// Cancel stops and removes the partial file; a failed page does too and says why.
class TransferCsvExport : public QObject {
    Q_OBJECT
public:
    TransferCsvExport(RecordsClient &client, QObject *parent = nullptr);

    // False (and nothing started) when the file cannot be written.
    bool start(const request::ReportQuery &query, const QString &path);
    void cancel();
    bool isRunning() const { return m_running; }
    int written() const { return m_written; }

    static QStringList header();
    QStringList fields(const reply::TransferRecord &r) const;

signals:
    void totalKnown(int rows);
    void progress(int written);
    void finished(int written);
    void failed(const baton::RequestError &error);
    void writeFailed(const QString &path); // the disk refused; the partial file is removed
    void cancelled();

private:
    void nextPage();
    void stop();

    RecordsClient &m_client;
    request::ReportQuery m_query;
    QFile m_file;
    QString m_cursor;
    int m_written = 0;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace baton
