#include "client/cannedreply.h"

#include "client/pinyinsearch.h"

namespace baton {

bool CannedReply::fits(const QString &conversationLanguage) const
{
    return language.isEmpty() || language == conversationLanguage;
}

QString CannedReply::expanded(const QString &customerName, const QString &agentName) const
{
    QString out = text;
    out.replace(QLatin1String("{customer}"), customerName);
    out.replace(QLatin1String("{agent}"), agentName);
    return out;
}

QJsonObject CannedReply::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("language"), language},
            {QStringLiteral("title"), title},
            {QStringLiteral("text"), text}};
}

CannedReply CannedReply::fromJson(const QJsonObject &o)
{
    return {o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("language")).toString(),
            o.value(QStringLiteral("title")).toString(), o.value(QStringLiteral("text")).toString()};
}

// Data in the customer's language, deliberately not tr(): a Chinese customer gets Chinese even when
// the agent's window is in English.
QList<CannedReply> CannedReply::builtIns()
{
    const auto zh = [](const char *id, const char *title, const char *text) {
        return CannedReply{QString::fromLatin1(id) + QStringLiteral("-zh"), QStringLiteral("zh"),
                           QString::fromUtf8(title), QString::fromUtf8(text)};
    };
    const auto en = [](const char *id, const char *title, const char *text) {
        return CannedReply{QString::fromLatin1(id) + QStringLiteral("-en"), QStringLiteral("en"),
                           QString::fromUtf8(title), QString::fromUtf8(text)};
    };
    return {
        zh("hello", "问候", "{customer}您好，我是{agent}，很高兴为您服务，请问有什么可以帮您？"),
        zh("wait", "稍等", "好的，请您稍等，我马上为您查询。"),
        zh("thanks", "感谢等待", "感谢您的耐心等待。"),
        zh("more", "还有其他", "请问还有其他可以帮您的吗？"),
        zh("bye", "结束语", "感谢您的咨询，祝您生活愉快！如有问题随时联系我们。"),
        en("hello", "hello", "Hello {customer}, this is {agent}. How can I help you?"),
        en("wait", "wait", "One moment please, I am checking this for you."),
        en("thanks", "thanks for waiting", "Thank you for your patience."),
        en("more", "anything else", "Is there anything else I can help you with?"),
        en("bye", "goodbye", "Thank you for contacting us. Have a nice day!"),
    };
}

QList<CannedReply> CannedReply::matching(const QList<CannedReply> &replies, const QString &query,
                                         const QString &conversationLanguage)
{
    const QString q = query.trimmed();
    QList<CannedReply> byTitle;
    QList<CannedReply> byText;
    for (const CannedReply &r : replies) {
        if (!r.fits(conversationLanguage))
            continue;
        if (q.isEmpty() || PinyinSearch::matches(r.title, q))
            byTitle.append(r);
        else if (r.text.contains(q, Qt::CaseInsensitive))
            byText.append(r);
    }
    return byTitle + byText;
}

} // namespace baton
