#pragma once

#include "core/message.h"
#include "engine/enginecontext.h"

#include <QJsonObject>

namespace baton {

struct Conversation;

// F5.7: once the rest of a split number arrives, the fragment typed earlier must not survive
// anywhere. Rewrites, inside the running transaction, the stored message, the conversation's
// subject, the agents' stored events and the idempotent replies that quote it, and asks for a WAL
// checkpoint after the commit so the old page images leave the disk too.
class FragmentScrubber {
public:
    explicit FragmentScrubber(EngineContext &context);

    // `before` is the message as stored, `maskedText` its new text (same length). False if a
    // write failed; the caller's transaction must then roll back.
    bool scrub(Conversation &c, const Message &before, const QString &maskedText);

    // Replaces, in every string of `value`, the unmasked text by the masked one; a "subject" that
    // is a cut-off start of the text is replaced by the same cut of the masked text.
    static bool rewriteJson(QJsonValue &value, const QString &before, const QString &after, bool isSubject = false);

private:
    EngineContext &m_ctx;
};

} // namespace baton
