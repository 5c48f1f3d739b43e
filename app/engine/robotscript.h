#pragma once

#include "engine/keywordindex.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

namespace baton {

// What a customer's words ask for, most pressing first.
enum class EscalationReason { None, GreenChannel, Urgent, Complaint, Asked, RobotUnresolved, Button };

QString escalationReasonName(EscalationReason r);

struct Escalation {
    EscalationReason reason = EscalationReason::None;
    QString topic; // green channel: fraud, account_frozen, minor_refund, …
    QString word;  // the word that decided, shown to the agent
    bool escalates() const { return reason != EscalationReason::None; }
};

// F5.2–F5.4: the robot tier's data (FAQ, escalation words, replies in zh and en), loaded from an
// editable JSON file (resources/robot/robot.json) and the rules that read it.
class RobotScript {
public:
    struct FaqEntry {
        QString id;
        QStringList keywords;
        QHash<QString, QString> answer; // by language
        QString skill;                  // the skill a question on this topic needs; may be empty
    };
    struct SkillWords {
        QString skill;
        QStringList words;
    };
    // The skill some words ask for and the word that decided (empty when the FAQ topic did).
    struct SkillMatch {
        QString skill;
        QString word;
    };
    struct GreenTopic {
        QString topic;
        QStringList words;
    };

    // The copy built into the engine.
    static RobotScript builtIn();
    // Validates; on error returns nullopt and says which field is wrong.
    static std::optional<RobotScript> fromJson(const QJsonObject &json, QString *error);
    static std::optional<RobotScript> fromFile(const QString &path, QString *error);

    bool enabled() const { return m_enabled; }
    int maxUnresolvedTurns() const { return m_maxUnresolvedTurns; }

    // A text with its scan: a customer's turn is asked several questions (skill, hint, escalation,
    // FAQ) and scanned once for all of them (issue 12). Only for the script that read it: the hits
    // are positions in that script's index.
    struct Reading {
        QString text;
        KeywordIndex::Hits hits;
    };
    Reading read(const QString &text) const { return {text, scan(text)}; }

    // Escalation words, with negations ("不用转人工了") and look-alikes ("人工智能") ruled out.
    Escalation detect(const Reading &reading) const;
    Escalation detect(const QString &text) const { return detect(read(text)); }
    // The best FAQ answer in `language` (falls back to Chinese), or nullopt.
    std::optional<QString> answer(const Reading &reading, const QString &language) const;
    std::optional<QString> answer(const QString &text, const QString &language) const
    {
        return answer(read(text), language);
    }
    QString reply(const QString &key, const QString &language) const;
    // F2: the skill the customer's words ask for (退款 → after_sales, 发票 → billing, …): the first
    // skill whose word appears (not negated, not inside a look-alike), else the FAQ topic's skill.
    QString skillFor(const QString &text) const { return skillMatch(read(text)).skill; }
    SkillMatch skillMatch(const Reading &reading) const;
    SkillMatch skillMatch(const QString &text) const { return skillMatch(read(text)); }
    QString replyFor(const Escalation &e, const QString &language) const;

private:
    // Whether `word` (an index id), found at `at`, counts: a whole word, not inside a look-alike,
    // not negated just before. `hits` is the text's scan.
    bool triggersAt(const QString &text, const KeywordIndex::Hits &hits, int word, qsizetype at) const;
    bool insideLookAlike(const KeywordIndex::Hits &hits, qsizetype at, qsizetype length) const;
    bool negatedBefore(const QString &text, qsizetype at) const;
    const FaqEntry *bestFaq(const QString &text, const KeywordIndex::Hits &hits) const;
    KeywordIndex::Hits scan(const QString &text) const;
    void buildIndex();

    bool m_enabled = true;
    int m_maxUnresolvedTurns = 3;
    int m_negationWindow = 8;
    QStringList m_human;
    QStringList m_negations;
    QStringList m_lookAlikes;
    QStringList m_complaint;
    QStringList m_urgent;
    QList<GreenTopic> m_green;
    QHash<QString, QHash<QString, QString>> m_replies; // key → language → text
    QList<FaqEntry> m_faq;
    QList<SkillWords> m_skills;
    // Every word detect(), skillMatch() and bestFaq() look for, numbered in the order they check
    // them: green-channel words topic by topic, urgent, complaint, human, skill words skill by
    // skill, FAQ keywords entry by entry, then the look-alikes hits are checked against. So walking
    // a scan's hits (ordered by word) is walking the lists in priority order. Immutable and shared:
    // the script is copied with the configuration.
    std::shared_ptr<const KeywordIndex> m_index;
    QList<int> m_entryOf; // word → its green topic, skill or FAQ entry; -1 for the other lists
    int m_urgentFrom = 0;
    int m_complaintFrom = 0;
    int m_humanFrom = 0;
    int m_skillsFrom = 0;
    int m_faqFrom = 0;
    int m_lookAlikesFrom = 0;
};

} // namespace baton
