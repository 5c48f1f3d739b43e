#pragma once

#include "core/conversationview.h"
#include "core/transfer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace baton {

// A transfer-note template (F1.4): the four of 004 built in, and the agent's own. The body is a
// TransferNote, the same structure the engine receives.
struct NoteTemplate {
    Q_DECLARE_TR_FUNCTIONS(NoteTemplate)
public:
    QString id; // technical, complaint, vip, after_sales, or "user:<name>"
    QString title;
    TransferNote note;
    bool builtIn = false;

    QJsonObject toJson() const;
    static NoteTemplate fromJson(const QJsonObject &object);
    static QList<NoteTemplate> builtIns();
    // The note for a conversation: the template's text with the customer's situation filled in.
    TransferNote noteFor(const ConversationView &conversation) const;
};

} // namespace baton
