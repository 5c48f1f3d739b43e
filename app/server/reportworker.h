#pragma once

#include <QObject>
#include <QSqlDatabase>

namespace baton {

// Owns the read-only report connection on the report thread: QSqlDatabase connections belong to
// the thread that opened them, so it is opened lazily by the first report and closed on that thread.
class ReportWorker : public QObject {
    Q_OBJECT
public:
    explicit ReportWorker(const QString &path);
    ~ReportWorker() override;
    QSqlDatabase *connection();

private:
    QString m_path;
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace baton
