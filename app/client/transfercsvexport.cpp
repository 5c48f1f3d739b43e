#include "client/transfercsvexport.h"

#include "client/csvwriter.h"
#include "client/recordsclient.h"
#include "client/transferrecordmodel.h"

#include <QDateTime>

namespace baton {

namespace {
constexpr int pageRows = 500;

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
} // namespace

TransferCsvExport::TransferCsvExport(RecordsClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QStringList TransferCsvExport::header()
{
    return {tr("Transfer"),  tr("Chat"),          tr("Offered"),          tr("Answered"),   tr("Result"),
            tr("From"),      tr("From department"), tr("To"),             tr("To department"),
            tr("Cross-department"), tr("Reason"), tr("Response (s)"), tr("Customer"), tr("Skill"),
            tr("Problem"),   tr("Steps taken"),   tr("Customer situation"), tr("Remarks"), tr("Rating")};
}

QStringList TransferCsvExport::fields(const reply::TransferRecord &r) const
{
    AgentClient &a = m_client.agentClient();
    return {QString::number(r.id),
            QString::number(r.conversationId),
            timeText(r.createdMs),
            r.resolvedMs ? timeText(*r.resolvedMs) : QString(),
            TransferRecordModel::stateText(r.state),
            r.fromName,
            a.departmentName(r.fromDepartment),
            r.toName,
            a.departmentName(r.toDepartment),
            r.crossDepartment ? tr("yes") : tr("no"),
            r.reason,
            r.responseMs ? QString::number(double(*r.responseMs) / 1000.0, 'f', 1) : QString(),
            r.customerName,
            r.skill,
            r.note.problem,
            r.note.stepsTaken,
            r.note.customerSituation,
            r.note.remarks,
            r.rating ? QString::number(*r.rating) : QString()};
}

bool TransferCsvExport::start(const request::ReportQuery &query, const QString &path)
{
    stop();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    CsvWriter writer(m_file);
    if (!writer.writeBom() || !writer.writeRecord(header())) {
        m_file.close();
        m_file.remove();
        return false;
    }
    m_query = query;
    m_cursor.clear();
    m_written = 0;
    m_running = true;
    const quint64 generation = ++m_generation;
    // One grouping over all matching rows gives the total for the progress bar.
    m_client.transferMetrics(m_query, QStringLiteral("crossDepartment"), this,
                             [this, generation](const Result<reply::TransferMetrics> &metrics) {
                                 if (generation != m_generation || !metrics)
                                     return;
                                 int total = 0;
                                 for (const auto &row : metrics->rows)
                                     total += row.count;
                                 emit totalKnown(total);
                             });
    nextPage();
    return true;
}

void TransferCsvExport::nextPage()
{
    const quint64 generation = m_generation;
    m_client.listTransfers(m_query, m_cursor, pageRows, this,
                           [this, generation](const Result<reply::TransferRecordPage> &page) {
                               if (generation != m_generation || !m_running)
                                   return;
                               if (!page) {
                                   stop();
                                   m_file.remove();
                                   emit failed(page.error());
                                   return;
                               }
                               CsvWriter writer(m_file);
                               for (const reply::TransferRecord &r : page->transfers) {
                                   if (!writer.writeRecord(fields(r))) {
                                       stop();
                                       m_file.remove();
                                       emit writeFailed(m_file.fileName());
                                       return;
                                   }
                                   ++m_written;
                               }
                               emit progress(m_written);
                               m_cursor = page->next;
                               if (m_cursor.isEmpty()) {
                                   stop();
                                   emit finished(m_written);
                                   return;
                               }
                               nextPage();
                           });
}

void TransferCsvExport::cancel()
{
    if (!m_running)
        return;
    stop();
    m_file.remove();
    emit cancelled();
}

void TransferCsvExport::stop()
{
    ++m_generation;
    m_running = false;
    if (m_file.isOpen())
        m_file.close();
}

} // namespace baton
