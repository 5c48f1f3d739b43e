#include "protocol/messagecatalog.h"

#include "protocol/messagetypes.h"
#include "protocol/protocolversion.h"

#include <QJsonArray>
#include <cmath>

namespace baton {

namespace {

constexpr int agentOnly = int(Endpoint::Agent);
constexpr int visitorOnly = int(Endpoint::Visitor);
constexpr int bothEndpoints = int(Endpoint::Agent) | int(Endpoint::Visitor);
constexpr qint64 maxId = (qint64(1) << 53) - 1; // the largest integer a JSON double holds exactly

FieldSpec str(const char *name, bool required, qint64 maxLength, qint64 minLength = 0)
{
    return {QString::fromLatin1(name), FieldKind::String, required, minLength, maxLength};
}
FieldSpec integer(const char *name, bool required, qint64 min, qint64 max)
{
    return {QString::fromLatin1(name), FieldKind::Integer, required, min, max};
}
FieldSpec boolean(const char *name) { return {QString::fromLatin1(name), FieldKind::Boolean, false, 0, 0}; }
FieldSpec object(const char *name, bool required) { return {QString::fromLatin1(name), FieldKind::Object, required, 0, 0}; }
FieldSpec array(const char *name, qint64 maxItems) { return {QString::fromLatin1(name), FieldKind::Array, false, 0, maxItems}; }

FieldSpec conversationId() { return integer("conversationId", true, 1, maxId); }
FieldSpec transferId() { return integer("transferId", true, 1, maxId); }

MessageSpec request(QLatin1String type, int endpoints, bool needsLogin, bool idempotent, QList<FieldSpec> fields)
{
    return {QString(type), Direction::Request, endpoints, needsLogin, idempotent, std::move(fields)};
}
MessageSpec event(QLatin1String type, int endpoints)
{
    return {QString(type), Direction::Event, endpoints, false, false, {}};
}

QList<MessageSpec> buildCatalog()
{
    const FieldSpec filters[] = {str("query", false, 64), str("department", false, 64), str("skill", false, 64),
                                 str("status", false, 16)};
    QList<FieldSpec> recommendFields{conversationId(), integer("limit", false, 1, 100)};
    QList<FieldSpec> listAgentFields{integer("limit", false, 1, 500)};
    for (const FieldSpec &f : filters) {
        recommendFields.append(f);
        listAgentFields.append(f);
    }
    QList<FieldSpec> reportFilters{integer("fromMs", false, 0, maxId),
                                   integer("toMs", false, 0, maxId),
                                   array("states", 5),
                                   str("agent", false, 64),
                                   str("department", false, 64),
                                   boolean("crossDepartment"),
                                   str("reasonContains", false, 100),
                                   str("skill", false, 64),
                                   integer("conversationId", false, 1, maxId),
                                   integer("utcOffsetMinutes", false, -14 * 60, 14 * 60)};
    QList<FieldSpec> listTransferFields = reportFilters;
    listTransferFields << str("before", false, 64) << integer("limit", false, 1, 500);
    QList<FieldSpec> ratingFields = reportFilters;
    ratingFields << integer("maxRating", false, 1, 5) << str("before", false, 64) << integer("limit", false, 1, 500);
    QList<FieldSpec> metricFields = reportFilters;
    metricFields << str("groupBy", true, 16, 1);
    return {
        request(msg::Hello, bothEndpoints, false, false,
                {integer("protocol", true, 0, 1000), str("client", false, 128), array("features", 64)}),
        request(msg::Login, agentOnly, false, false,
                {str("user", true, 64, 1), str("password", false, 256), str("token", false, 128)}),
        request(msg::Resume, agentOnly, true, false, {integer("afterSeq", true, 0, maxId)}),
        request(msg::Logout, agentOnly, true, false, {}),
        request(msg::Ping, bothEndpoints, false, false, {}),
        request(msg::SetStatus, agentOnly, true, true, {str("status", true, 16, 1)}),
        request(msg::SetTags, agentOnly, true, true, {array("tags", 20)}),
        request(msg::ListConversations, agentOnly, true, false, {}),
        request(msg::GetConversation, agentOnly, true, false, {conversationId()}),
        request(msg::GetHistory, agentOnly, true, false,
                {conversationId(), integer("afterSeq", false, 0, maxId), integer("limit", false, 1, 1000)}),
        request(msg::SendMessage, agentOnly, true, true,
                {conversationId(), str("text", true, protocol::maxTextLength, 1)}),
        request(msg::CloseConversation, agentOnly, true, true, {conversationId(), boolean("resolved"), str("reason", false, 500)}),
        request(msg::ListAgents, agentOnly, true, false, listAgentFields),
        request(msg::Recommend, agentOnly, true, false, recommendFields),
        request(msg::GetChain, agentOnly, true, false, {conversationId()}),
        request(msg::Transfer, agentOnly, true, true,
                {conversationId(), str("to", true, 64, 1), object("note", false)}),
        request(msg::TransferAccept, agentOnly, true, true, {transferId()}),
        request(msg::TransferReject, agentOnly, true, true, {transferId(), str("reason", false, 500)}),
        request(msg::TransferCancel, agentOnly, true, true, {transferId()}),
        request(msg::ListTransfers, agentOnly, true, false, listTransferFields),
        request(msg::TransferMetrics, agentOnly, true, false, metricFields),
        request(msg::ServiceMetrics, agentOnly, true, false, metricFields),
        request(msg::TeamWatch, agentOnly, true, false, {}),
        request(msg::TeamUnwatch, agentOnly, true, false, {}),
        request(msg::Reassign, agentOnly, true, true,
                {conversationId(), str("to", true, 64, 1), str("note", false, 500)}),
        request(msg::SetAgentStatus, agentOnly, true, true, {str("agent", true, 64, 1), str("status", true, 16, 1)}),
        request(msg::BatchTransfer, agentOnly, true, true, {array("items", 50)}),
        request(msg::OpenOverflow, agentOnly, true, true,
                {str("department", false, 64), integer("extraSessions", false, 1, 10), str("toDepartment", false, 64),
                 integer("durationMs", true, 60 * 1000, 8 * 60 * 60 * 1000)}),
        request(msg::ListRatings, agentOnly, true, false, ratingFields),
        request(msg::CustomerStart, visitorOnly, false, false,
                {str("name", false, 64), str("customerId", false, 64), str("skill", false, 64),
                 str("text", false, protocol::maxTextLength), str("resumeToken", false, 128), boolean("human"),
                 str("language", false, 8), str("identifierHash", false, 128)}),
        request(msg::CustomerEscalate, visitorOnly, true, true, {}),
        request(msg::CustomerRate, visitorOnly, true, true,
                {integer("rating", true, 1, 5), str("comment", false, 500)}),
        request(msg::CustomerMessage, visitorOnly, true, true, {str("text", true, protocol::maxTextLength, 1)}),
        request(msg::CustomerHistory, visitorOnly, true, false,
                {integer("afterSeq", false, 0, maxId), integer("limit", false, 1, 1000)}),

        event(msg::ConversationAssigned, agentOnly),
        event(msg::ConversationUpdated, agentOnly),
        event(msg::Message, bothEndpoints),
        event(msg::MessageUpdated, bothEndpoints),
        event(msg::Transfer, agentOnly),
        event(msg::TransferAccept, agentOnly),
        event(msg::TransferReject, agentOnly),
        event(msg::TransferTimeout, agentOnly),
        event(msg::TransferCancel, agentOnly),
        event(msg::Status, visitorOnly),
        event(msg::AgentStatus, agentOnly),
        event(msg::TeamStats, agentOnly),
        event(msg::ReplyOverdue, agentOnly),
        event(msg::OverloadWarning, agentOnly),
        event(msg::TransferHint, agentOnly),
    };
}

std::optional<ProtocolError> validateField(const FieldSpec &spec, const QJsonValue &value)
{
    auto invalid = [&spec](const QString &why) {
        return ProtocolError{ErrorCode::InvalidField, QStringLiteral("field \"%1\" %2").arg(spec.name, why)};
    };
    switch (spec.kind) {
    case FieldKind::String: {
        if (!value.isString())
            return invalid(QStringLiteral("must be a string"));
        const qsizetype length = value.toString().size();
        if (length < spec.min)
            return invalid(QStringLiteral("must not be empty"));
        if (spec.max > 0 && length > spec.max)
            return invalid(QStringLiteral("must be at most %1 characters").arg(spec.max));
        return std::nullopt;
    }
    case FieldKind::Integer: {
        const double d = value.toDouble();
        if (!value.isDouble() || std::trunc(d) != d)
            return invalid(QStringLiteral("must be an integer"));
        if (d < double(spec.min) || d > double(spec.max))
            return invalid(QStringLiteral("must be between %1 and %2").arg(spec.min).arg(spec.max));
        return std::nullopt;
    }
    case FieldKind::Boolean:
        if (!value.isBool())
            return invalid(QStringLiteral("must be true or false"));
        return std::nullopt;
    case FieldKind::Object:
        if (!value.isObject())
            return invalid(QStringLiteral("must be an object"));
        return std::nullopt;
    case FieldKind::Array:
        if (!value.isArray())
            return invalid(QStringLiteral("must be an array"));
        if (spec.max > 0 && value.toArray().size() > spec.max)
            return invalid(QStringLiteral("must have at most %1 elements").arg(spec.max));
        return std::nullopt;
    }
    Q_UNREACHABLE();
    return std::nullopt;
}

} // namespace

MessageCatalog::MessageCatalog()
    : m_specs(buildCatalog())
{
    for (qsizetype i = 0; i < m_specs.size(); ++i) {
        auto &index = m_specs[i].direction == Direction::Request ? m_requestIndex : m_eventIndex;
        Q_ASSERT_X(!index.contains(m_specs[i].type), "MessageCatalog", "duplicate message type");
        index.insert(m_specs[i].type, i);
    }
}

const MessageSpec *MessageCatalog::find(const QString &type, Direction direction) const
{
    const auto &index = direction == Direction::Request ? m_requestIndex : m_eventIndex;
    const auto it = index.constFind(type);
    return it == index.cend() ? nullptr : &m_specs[*it];
}

std::optional<ProtocolError> MessageCatalog::validateRequest(const Envelope &envelope, Endpoint endpoint) const
{
    const MessageSpec *spec = find(envelope.type, Direction::Request);
    if (!spec || !spec->servesEndpoint(endpoint))
        return ProtocolError{ErrorCode::UnknownType,
                             QStringLiteral("unknown message type \"%1\" on this endpoint").arg(envelope.type)};
    if (envelope.id.isEmpty())
        return ProtocolError{ErrorCode::BadFrame, QStringLiteral("requests need a non-empty \"id\"")};
    if (!envelope.idempotencyKey.isEmpty() && !spec->idempotent)
        return ProtocolError{ErrorCode::InvalidField,
                             QStringLiteral("\"%1\" does not take an idempotency key").arg(spec->type)};
    for (const FieldSpec &field : spec->fields) {
        const QJsonValue value = envelope.payload.value(field.name);
        if (value.isUndefined() || value.isNull()) {
            if (field.required)
                return ProtocolError{ErrorCode::MissingField,
                                     QStringLiteral("field \"%1\" is required for %2").arg(field.name, spec->type)};
            continue;
        }
        if (auto error = validateField(field, value))
            return error;
    }
    return std::nullopt;
}

} // namespace baton
