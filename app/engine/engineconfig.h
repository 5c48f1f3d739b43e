#pragma once

#include "engine/accesspolicy.h"
#include "engine/conversationtexts.h"
#include "engine/queuedefinition.h"
#include "engine/recommenderweights.h"
#include "engine/robotscript.h"
#include "engine/shiftplan.h"

#include <QString>

namespace baton {

struct EngineConfig {
    qint64 transferTimeoutMs = 30'000;  // 004: default 30 s; departments may override
    qint64 offlineGraceMs = 5'000;      // a dropped connection has this long to come back
    qint64 visitorLeaveGraceMs = 60'000; // a waiting customer whose page went away may come back this long
    qint64 sessionTtlMs = 7LL * 24 * 3600 * 1000;
    int passwordIterations = 120'000;   // for passwords given in plain text in the configuration
    int eventRetention = 10'000;        // events kept per agent for resume
    int maxNoteFieldLength = 2'000;
    RecommenderWeights weights;
    qint64 queueStatusIntervalMs = 20'000; // F5.5: waiting customers hear where they stand at least this often
    qint64 fallbackHandlingMs = 240'000;   // assumed handling time until conversations have closed
    int handlingSamples = 50;              // recent conversations the wait estimate is drawn from
    qint64 splitNumberWindowMs = 120'000;  // a number split across messages is joined within this time
    // Shared with the host site that signs customer ids (CUSTOMER_START identifierHash); empty: no
    // claimed id is believed.
    QString identitySecret;
    ClientLimits limits;
    WebPolicy web;
    RobotScript robot = RobotScript::builtIn();
    // Sent to the customer when an agent takes over, in the conversation's language.
    ConversationTexts texts;
    // F2.1: the team's queues in matching order; empty: QueueConfig::defaults for the team.
    QList<QueueDefinition> queues;
    // F2.4 response-time rule: warn the agent / tell their team lead after the customer waited this
    // long for a reply; 0 turns that step off.
    qint64 replyWarnAfterMs = 0;
    qint64 replyLeadAfterMs = 0;
    // F2.4 end of shift: the team's shifts (empty: everyone always on duty), and whether an agent
    // who goes offline with chats open hands them over too.
    QList<Shift> shifts;
    bool handoverOnOffline = true;
};

} // namespace baton
