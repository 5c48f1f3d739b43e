#include "client/ratinglistmodel.h"

#include "client/recordsclient.h"

#include <QDateTime>

namespace baton {

namespace {
constexpr int pageRows = 100;
}

RatingListModel::RatingListModel(RecordsClient &client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
}

void RatingListModel::setQuery(const request::ReportQuery &query, int maxRating)
{
    beginResetModel();
    m_query = query;
    m_maxRating = maxRating;
    m_rows.clear();
    m_next.clear();
    m_complete = false;
    m_loading = false;
    ++m_generation;
    endResetModel();
    fetchMore({});
}

int RatingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool RatingListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_loading;
}

void RatingListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    emit loadingChanged(true);
    const quint64 generation = m_generation;
    m_client.listRatings(m_query, m_maxRating, m_next, pageRows, this,
                         [this, generation](const Result<reply::RatingPage> &page) {
                             if (generation != m_generation)
                                 return;
                             m_loading = false;
                             if (!page) {
                                 emit loadingChanged(false);
                                 emit failed(page.error());
                                 return;
                             }
                             m_next = page->next; // before the insert: views ask for more from inside it
                             m_complete = m_next.isEmpty();
                             if (!page->ratings.isEmpty()) {
                                 beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->ratings.size()) - 1);
                                 m_rows.append(page->ratings);
                                 endInsertRows();
                             }
                             emit loadingChanged(false);
                         });
}

QVariant RatingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const reply::RatingRecord &r = m_rows.at(index.row());
    switch (role) {
    case ConversationIdRole: return r.conversationId;
    case RatingRole: return r.rating;
    case CommentRole: return r.comment;
    case Qt::DisplayRole: {
        const QString stars = QString(r.rating, QChar(0x2605)) + QString(5 - r.rating, QChar(0x2606));
        const QString who = tr("%1 · served by %2 (%3) · %4")
                                .arg(r.customerName, r.agentName, m_client.agentClient().departmentName(r.department),
                                     QDateTime::fromMSecsSinceEpoch(r.closedMs).toString(QStringLiteral("MM-dd HH:mm")));
        const QString comment = r.comment.isEmpty() ? tr("(no comment)") : tr("“%1”").arg(r.comment);
        return QStringLiteral("%1  %2\n%3").arg(stars, who, comment);
    }
    case Qt::ToolTipRole: return r.subject;
    default: return {};
    }
}

} // namespace baton
