#include "engine/robotscript.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace baton {

namespace {

const QString chinese = QStringLiteral("zh");
const QStringList requiredReplies = {QStringLiteral("greeting"),       QStringLiteral("escalated"),
                                     QStringLiteral("escalatedComplaint"), QStringLiteral("escalatedUrgent"),
                                     QStringLiteral("escalatedGreen"), QStringLiteral("escalatedAfterMisses"),
                                     QStringLiteral("unresolved"),     QStringLiteral("alreadyQueued")};

bool isAsciiWordChar(QChar c) { return c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('_')); }

bool isClauseBreak(QChar c)
{
    static const QString breaks = QStringLiteral("，。,.!?！？；;：:\n");
    return breaks.contains(c);
}

// English words match whole words only ("agent" is not in "management"); Chinese has no spaces.
bool wholeWordAt(QStringView text, qsizetype at, qsizetype length, const QString &word)
{
    if (!isAsciiWordChar(word.front()))
        return true;
    const bool startOk = at == 0 || !isAsciiWordChar(text.at(at - 1));
    const bool endOk = at + length >= text.size() || !isAsciiWordChar(text.at(at + length));
    return startOk && endOk;
}

bool stringList(const QJsonValue &value, QStringList *out)
{
    if (!value.isArray())
        return false;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return false;
        out->append(v.toString().trimmed());
    }
    return true;
}

bool localized(const QJsonValue &value, QHash<QString, QString> *out)
{
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it->isString())
            return false;
        out->insert(it.key(), it->toString());
    }
    return out->contains(chinese);
}

} // namespace

QString escalationReasonName(EscalationReason r)
{
    switch (r) {
    case EscalationReason::None: return QStringLiteral("none");
    case EscalationReason::GreenChannel: return QStringLiteral("green_channel");
    case EscalationReason::Urgent: return QStringLiteral("urgent");
    case EscalationReason::Complaint: return QStringLiteral("complaint");
    case EscalationReason::Asked: return QStringLiteral("asked");
    case EscalationReason::RobotUnresolved: return QStringLiteral("robot_unresolved");
    case EscalationReason::Button: return QStringLiteral("button");
    }
    return QString();
}

RobotScript RobotScript::builtIn()
{
    QString error;
    auto script = fromFile(QStringLiteral(":/baton/robot/robot.json"), &error);
    Q_ASSERT_X(script, "RobotScript::builtIn", qPrintable(error));
    return script ? *script : RobotScript();
}

std::optional<RobotScript> RobotScript::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

std::optional<RobotScript> RobotScript::fromJson(const QJsonObject &json, QString *error)
{
    RobotScript s;
    auto fail = [&](const QString &field, const QString &what) {
        *error = QStringLiteral("robot: %1 %2").arg(field, what);
        return std::nullopt;
    };
    s.m_enabled = json.value(QStringLiteral("enabled")).toBool(true);
    s.m_maxUnresolvedTurns = json.value(QStringLiteral("maxUnresolvedTurns")).toInt(3);
    if (s.m_maxUnresolvedTurns < 1 || s.m_maxUnresolvedTurns > 20)
        return fail(QStringLiteral("maxUnresolvedTurns"), QStringLiteral("must be between 1 and 20"));
    s.m_negationWindow = json.value(QStringLiteral("negationWindow")).toInt(8);
    if (s.m_negationWindow < 0 || s.m_negationWindow > 40)
        return fail(QStringLiteral("negationWindow"), QStringLiteral("must be between 0 and 40"));
    const QJsonObject e = json.value(QStringLiteral("escalation")).toObject();
    const std::pair<const char *, QStringList *> lists[] = {{"human", &s.m_human},         {"negations", &s.m_negations},
                                                            {"lookAlikes", &s.m_lookAlikes}, {"complaint", &s.m_complaint},
                                                            {"urgent", &s.m_urgent}};
    for (const auto &[key, target] : lists) {
        if (!stringList(e.value(QLatin1String(key)), target))
            return fail(QStringLiteral("escalation.%1").arg(QLatin1String(key)),
                        QStringLiteral("must be an array of non-empty strings"));
    }
    if (s.m_human.isEmpty())
        return fail(QStringLiteral("escalation.human"), QStringLiteral("needs at least one word"));
    for (const QJsonValue &v : e.value(QStringLiteral("greenChannel")).toArray()) {
        GreenTopic topic{v.toObject().value(QStringLiteral("topic")).toString(), {}};
        if (topic.topic.isEmpty() || !stringList(v.toObject().value(QStringLiteral("words")), &topic.words))
            return fail(QStringLiteral("escalation.greenChannel"), QStringLiteral("entries need a topic and words"));
        s.m_green.append(topic);
    }
    const QJsonObject replies = json.value(QStringLiteral("replies")).toObject();
    for (const QString &key : requiredReplies) {
        QHash<QString, QString> texts;
        if (!localized(replies.value(key), &texts))
            return fail(QStringLiteral("replies.%1").arg(key), QStringLiteral("needs at least a \"zh\" text"));
        s.m_replies.insert(key, texts);
    }
    for (const QJsonValue &v : json.value(QStringLiteral("faq")).toArray()) {
        const QJsonObject o = v.toObject();
        FaqEntry entry{o.value(QStringLiteral("id")).toString(), {}, {}, o.value(QStringLiteral("skill")).toString()};
        if (entry.id.isEmpty() || !stringList(o.value(QStringLiteral("keywords")), &entry.keywords) ||
            entry.keywords.isEmpty() || !localized(o.value(QStringLiteral("answer")), &entry.answer))
            return fail(QStringLiteral("faq"), QStringLiteral("entries need an id, keywords and a \"zh\" answer"));
        s.m_faq.append(entry);
    }
    for (const QJsonValue &v : json.value(QStringLiteral("skills")).toArray()) {
        SkillWords entry{v[QStringLiteral("skill")].toString(), {}};
        if (entry.skill.isEmpty() || !stringList(v[QStringLiteral("words")], &entry.words) || entry.words.isEmpty())
            return fail(QStringLiteral("skills"), QStringLiteral("entries need a skill and words"));
        s.m_skills.append(entry);
    }
    s.buildIndex();
    return s;
}

void RobotScript::buildIndex()
{
    QStringList words;
    m_entryOf.clear();
    auto add = [&](const QStringList &list, int entry) {
        for (const QString &w : list) {
            words.append(w);
            m_entryOf.append(entry);
        }
    };
    for (int t = 0; t < m_green.size(); ++t)
        add(m_green.at(t).words, t);
    m_urgentFrom = int(words.size());
    add(m_urgent, -1);
    m_complaintFrom = int(words.size());
    add(m_complaint, -1);
    m_humanFrom = int(words.size());
    add(m_human, -1);
    m_skillsFrom = int(words.size());
    for (int i = 0; i < m_skills.size(); ++i)
        add(m_skills.at(i).words, i);
    m_faqFrom = int(words.size());
    for (int i = 0; i < m_faq.size(); ++i)
        add(m_faq.at(i).keywords, i);
    m_lookAlikesFrom = int(words.size());
    add(m_lookAlikes, -1);
    m_index = std::make_shared<const KeywordIndex>(words);
}

KeywordIndex::Hits RobotScript::scan(const QString &text) const
{
    return m_index ? m_index->scan(text) : KeywordIndex::Hits();
}

bool RobotScript::insideLookAlike(const KeywordIndex::Hits &hits, qsizetype at, qsizetype length) const
{
    // Look-alikes are the last words in the index, so their hits (every occurrence) come last.
    const auto first = std::partition_point(
        hits.cbegin(), hits.cend(), [this](const KeywordIndex::Hit &h) { return h.word < m_lookAlikesFrom; });
    for (auto it = first; it != hits.cend(); ++it) {
        if (it->at <= at && at + length <= it->at + m_index->word(it->word).size())
            return true;
    }
    return false;
}

bool RobotScript::negatedBefore(const QString &text, qsizetype at) const
{
    // A negation counts only in the same clause and close before the word: "不用转人工了" is negated,
    // "我不想等了，转人工" is not.
    qsizetype clauseStart = at;
    while (clauseStart > 0 && !isClauseBreak(text.at(clauseStart - 1)) && at - clauseStart < m_negationWindow + 8)
        --clauseStart;
    const QStringView before = QStringView(text).sliced(clauseStart, at - clauseStart);
    for (const QString &negation : m_negations) {
        const qsizetype pos = before.lastIndexOf(negation, -1, Qt::CaseInsensitive);
        if (pos < 0 || !wholeWordAt(before, pos, negation.size(), negation))
            continue;
        if (before.size() - (pos + negation.size()) <= m_negationWindow)
            return true;
    }
    return false;
}

bool RobotScript::triggersAt(const QString &text, const KeywordIndex::Hits &hits, int word,
                             qsizetype at) const
{
    const QString &w = m_index->word(word);
    return wholeWordAt(text, at, w.size(), w) && !insideLookAlike(hits, at, w.size()) &&
           !negatedBefore(text, at);
}

Escalation RobotScript::detect(const Reading &reading) const
{
    const QString &text = reading.text;
    // Hits come in word order, which is the check order (buildIndex): green-channel topics, then
    // urgent, complaint and human words. The first hit that triggers is the first word, in that
    // order, with any occurrence that triggers.
    const KeywordIndex::Hits &hits = reading.hits;
    for (const KeywordIndex::Hit &h : hits) {
        if (h.word >= m_skillsFrom)
            break;
        if (!triggersAt(text, hits, h.word, h.at))
            continue;
        const QString &w = m_index->word(h.word);
        if (h.word < m_urgentFrom)
            return {EscalationReason::GreenChannel, m_green.at(m_entryOf.at(h.word)).topic, w};
        const EscalationReason reason = h.word < m_complaintFrom ? EscalationReason::Urgent
                                        : h.word < m_humanFrom   ? EscalationReason::Complaint
                                                                 : EscalationReason::Asked;
        return {reason, QString(), w};
    }
    return {};
}

std::optional<QString> RobotScript::answer(const Reading &reading, const QString &language) const
{
    const FaqEntry *best = bestFaq(reading.text, reading.hits);
    if (!best)
        return std::nullopt;
    return best->answer.value(language, best->answer.value(chinese));
}

RobotScript::SkillMatch RobotScript::skillMatch(const Reading &reading) const
{
    const QString &text = reading.text;
    const KeywordIndex::Hits &hits = reading.hits;
    for (const KeywordIndex::Hit &h : hits) {
        if (h.word < m_skillsFrom)
            continue;
        if (h.word >= m_faqFrom)
            break;
        if (triggersAt(text, hits, h.word, h.at))
            return {m_skills.at(m_entryOf.at(h.word)).skill, m_index->word(h.word)};
    }
    const FaqEntry *topic = bestFaq(text, hits);
    return {topic ? topic->skill : QString(), QString()};
}

const RobotScript::FaqEntry *RobotScript::bestFaq(const QString &text, const KeywordIndex::Hits &hits) const
{
    // The entry with the most keywords present, the first of equals. A keyword counts when its
    // first occurrence is a whole word (only that one is looked at, as the rule always did).
    const FaqEntry *best = nullptr;
    int bestHits = 0;
    int entry = -1;
    int entryHits = 0;
    int previousWord = -1;
    auto closeEntry = [&] {
        if (entry >= 0 && entryHits > bestHits) {
            best = &m_faq.at(entry);
            bestHits = entryHits;
        }
    };
    for (const KeywordIndex::Hit &h : hits) {
        if (h.word >= m_lookAlikesFrom)
            break;
        if (h.word < m_faqFrom || h.word == previousWord)
            continue;
        previousWord = h.word;
        if (const int e = m_entryOf.at(h.word); e != entry) {
            closeEntry();
            entry = e;
            entryHits = 0;
        }
        const QString &k = m_index->word(h.word);
        if (wholeWordAt(text, h.at, k.size(), k))
            ++entryHits;
    }
    closeEntry();
    return best;
}

QString RobotScript::reply(const QString &key, const QString &language) const
{
    const QHash<QString, QString> texts = m_replies.value(key);
    return texts.value(language, texts.value(chinese));
}

QString RobotScript::replyFor(const Escalation &e, const QString &language) const
{
    switch (e.reason) {
    case EscalationReason::GreenChannel: return reply(QStringLiteral("escalatedGreen"), language);
    case EscalationReason::Urgent: return reply(QStringLiteral("escalatedUrgent"), language);
    case EscalationReason::Complaint: return reply(QStringLiteral("escalatedComplaint"), language);
    case EscalationReason::RobotUnresolved: return reply(QStringLiteral("escalatedAfterMisses"), language);
    case EscalationReason::Asked:
    case EscalationReason::Button:
    case EscalationReason::None: break;
    }
    return reply(QStringLiteral("escalated"), language);
}

} // namespace baton
