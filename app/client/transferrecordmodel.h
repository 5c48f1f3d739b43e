#pragma once

#include "protocol/reportreplies.h"
#include "protocol/reportrequests.h"
#include "protocol/requesterror.h"

#include <QAbstractTableModel>

namespace baton {

class RecordsClient;

// Transfer records matching one query, newest first, fetched a page at a time as the view scrolls
// (canFetchMore/fetchMore over LIST_TRANSFERS' keyset cursor). Changing the query starts over; a
// page that answers an older query is ignored.
class TransferRecordModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, State, From, To, Reason, Response, Customer, ConversationColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // a value that sorts like the column
        ConversationIdRole,
        CrossDepartmentRole,
    };

    explicit TransferRecordModel(RecordsClient &client, QObject *parent = nullptr);

    void setQuery(const request::ReportQuery &query);
    const request::ReportQuery &query() const { return m_query; }
    void setPageSize(int rows) { m_pageSize = rows; }
    const reply::TransferRecord &record(int row) const { return m_rows.at(row); }
    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_complete; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString stateText(TransferState state);
    static QString durationText(qint64 ms);

signals:
    void loadingChanged(bool loading);
    void failed(const baton::RequestError &error);

private:
    QString departmentName(const QString &id) const;

    RecordsClient &m_client;
    request::ReportQuery m_query;
    QList<reply::TransferRecord> m_rows;
    QString m_next;
    int m_pageSize = 100;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_complete = true;
};

} // namespace baton
