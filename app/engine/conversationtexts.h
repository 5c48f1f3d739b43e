#pragma once

#include <QString>

namespace baton {

// Texts the engine itself writes into a conversation, in the conversation's language ("zh" or
// "en"): what the customer and the agents read must not switch language mid-conversation.
struct ConversationTexts {
    // %1 is the agent's display name. Configurable per language (engine.welcomeTemplate).
    QString welcomeZh = QStringLiteral("您好，我是%1，接下来由我为您服务。");
    QString welcomeEn = QStringLiteral("Hello, I am %1. I will take care of you from here.");

    QString welcome(const QString &language, const QString &agentName) const
    {
        return (isEnglish(language) ? welcomeEn : welcomeZh).arg(agentName);
    }
    // The system line agents see in the history when a transfer is accepted.
    static QString transferLine(const QString &language, const QString &from, const QString &to)
    {
        return isEnglish(language) ? QStringLiteral("Transferred: %1 → %2").arg(from, to)
                                   : QStringLiteral("转接：%1 → %2").arg(from, to);
    }

private:
    static bool isEnglish(const QString &language) { return language.startsWith(QLatin1String("en")); }
};

} // namespace baton
