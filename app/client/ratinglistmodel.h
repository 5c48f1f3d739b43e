#pragma once

#include "protocol/reportreplies.h"
#include "protocol/reportrequests.h"
#include "protocol/requesterror.h"

#include <QAbstractListModel>

namespace baton {

class RecordsClient;

// Low customer ratings with their comments, newest first, fetched a page at a time (LIST_RATINGS).
class RatingListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { ConversationIdRole = Qt::UserRole + 1, RatingRole, CommentRole };

    explicit RatingListModel(RecordsClient &client, QObject *parent = nullptr);
    void setQuery(const request::ReportQuery &query, int maxRating);
    const reply::RatingRecord &rating(int row) const { return m_rows.at(row); }
    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_complete; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    void failed(const baton::RequestError &error);

private:
    RecordsClient &m_client;
    request::ReportQuery m_query;
    int m_maxRating = 2;
    QList<reply::RatingRecord> m_rows;
    QString m_next;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_complete = true;
};

} // namespace baton
