#pragma once

#include "engine/enginecontext.h"
#include "engine/robotscript.h"

#include <QHash>
#include <QStringList>

namespace baton {

struct Conversation;

// F2.4 keyword rule: when a customer, mid-conversation, names a topic (退款, 发票, 报错 … — the
// robot script's skill words) that the owning agent knows at most at "general" level while a
// colleague knows it better, the owner gets a TRANSFER_HINT naming the specialist skill and who
// has room for it. A hint, never a move: the owner decides. Once per conversation and skill.
class SkillHintRule {
public:
    explicit SkillHintRule(EngineContext &context);

    // After the customer's message was stored; `c` is active with an owner.
    void customerWrote(const Conversation &c, const RobotScript::Reading &reading);

private:
    EngineContext &m_ctx;
    struct Hinted {
        qint64 createdMs = 0; // which conversation of that id: an id given out in a rolled-back batch comes again
        QStringList skills;
    };
    QHash<qint64, Hinted> m_hinted; // conversation → skills already hinted
    qsizetype m_sweepAbove = 16;    // closed conversations leave m_hinted when it grows past this
};

} // namespace baton
