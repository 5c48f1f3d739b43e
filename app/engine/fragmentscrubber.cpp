#include "engine/fragmentscrubber.h"

#include "core/conversation.h"
#include "engine/enginestate.h"
#include "engine/store.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcScrub, "baton.engine.masking")

namespace baton {

namespace {
// A piece of the unmasked fragment short enough to survive a subject's cut, for the SQL filter.
QString needleOf(const QString &before, const QString &after)
{
    qsizetype first = 0;
    while (first < before.size() && before.at(first) == after.at(first))
        ++first;
    return before.mid(first, 4);
}
} // namespace

FragmentScrubber::FragmentScrubber(EngineContext &context)
    : m_ctx(context)
{
}

bool FragmentScrubber::rewriteJson(QJsonValue &value, const QString &before, const QString &after, bool isSubject)
{
    if (value.isString()) {
        QString s = value.toString();
        if (s.contains(before))
            s.replace(before, after);
        else if (isSubject && !s.isEmpty() && before.startsWith(s))
            s = after.left(s.size());
        else
            return false;
        value = s;
        return true;
    }
    bool changed = false;
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue item = array.at(i);
            if (rewriteJson(item, before, after)) {
                array.replace(i, item);
                changed = true;
            }
        }
        if (changed)
            value = array;
    } else if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QJsonValue item = it.value();
            if (rewriteJson(item, before, after, it.key() == QLatin1String("subject"))) {
                it.value() = item;
                changed = true;
            }
        }
        if (changed)
            value = object;
    }
    return changed;
}

bool FragmentScrubber::scrub(Conversation &c, const Message &before, const QString &maskedText)
{
    if (!m_ctx.store.updateMessageText(before.conversationId, before.seq, maskedText))
        return false;
    if (!c.subject.isEmpty() && before.text.startsWith(c.subject)) {
        c.subject = maskedText.left(c.subject.size());
        if (!m_ctx.store.updateSubject(c.id, c.subject))
            return false;
    }
    // Who may have been told: the visitor's own replies, the owner, and everyone a transfer touched.
    QStringList owners{QStringLiteral("visitor:%1").arg(c.id)};
    if (!c.ownerId.isEmpty())
        owners.append(c.ownerId);
    for (const Transfer &t : m_ctx.store.transfersOf(c.id))
        owners << t.fromAgent << t.toAgent;
    owners.removeDuplicates();
    const QString needle = needleOf(before.text, maskedText);
    QList<StoredDocument> documents = m_ctx.store.documentsQuoting(owners, before.timeMs, needle);
    for (StoredDocument &d : documents) {
        QJsonValue json = d.json;
        if (!rewriteJson(json, before.text, maskedText))
            continue;
        d.json = json.toObject();
        if (!m_ctx.store.replaceDocument(d))
            return false;
    }
    m_ctx.state.checkpointAfterCommit = true;
    qCInfo(lcScrub) << "masked a split number in conversation" << c.id << "message" << before.seq << "and"
                    << documents.size() << "stored copies";
    return true;
}

} // namespace baton
