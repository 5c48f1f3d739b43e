#include "client/conversationsummary.h"

#include <QJsonDocument>

namespace baton {

QJsonObject ConversationSummary::conversation() const
{
    return QJsonDocument::fromJson(data).object();
}

} // namespace baton
