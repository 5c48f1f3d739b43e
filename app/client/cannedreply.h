#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace baton {

// A ready answer the agent inserts with one pick (the composer's `/` or the Replies button). It is
// written in the customer's language, not the agent's: "zh", "en", or empty for any conversation.
// {customer} and {agent} are filled with the customer's and the agent's names.
struct CannedReply {
    QString id;
    QString language; // zh | en | empty: every conversation
    QString title;    // short, what `/` searches first
    QString text;

    bool fits(const QString &conversationLanguage) const;
    QString expanded(const QString &customerName, const QString &agentName) const;
    QJsonObject toJson() const;
    static CannedReply fromJson(const QJsonObject &object);

    // What a new workstation starts with, in both customer languages.
    static QList<CannedReply> builtIns();
    // The replies for this conversation's language that `query` finds (title first, then text;
    // pinyin too where the title's characters are in the name table). An empty query lists them all.
    static QList<CannedReply> matching(const QList<CannedReply> &replies, const QString &query,
                                       const QString &conversationLanguage);
};

} // namespace baton
