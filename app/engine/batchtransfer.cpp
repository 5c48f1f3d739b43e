#include "engine/batchtransfer.h"

#include "core/jsonvalues.h"
#include "engine/transferdesk.h"

#include <QSet>

namespace baton {

namespace {
// The protocol's error code names (docs/protocol.md, "Errors"), for the per-item results.
QString codeName(EngineError::Kind kind)
{
    switch (kind) {
    case EngineError::InvalidArgument: return QStringLiteral("INVALID_FIELD");
    case EngineError::PermissionDenied: return QStringLiteral("PERMISSION_DENIED");
    case EngineError::NotFound: return QStringLiteral("NOT_FOUND");
    case EngineError::Conflict: return QStringLiteral("CONFLICT");
    case EngineError::TargetUnavailable: return QStringLiteral("TARGET_UNAVAILABLE");
    case EngineError::AuthFailed: return QStringLiteral("AUTH_FAILED");
    case EngineError::Internal: break;
    }
    return QStringLiteral("INTERNAL");
}

QJsonObject failed(qint64 conversationId, const EngineError &error)
{
    return {{QStringLiteral("conversationId"), conversationId},
            {QStringLiteral("ok"), false},
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), codeName(error.kind)}, {QStringLiteral("message"), error.message}}}};
}
} // namespace

BatchTransfer::BatchTransfer(TransferDesk &transfers) : m_transfers(transfers) {}

EngineResult BatchTransfer::run(const AgentState &actor, const QJsonArray &items)
{
    if (items.isEmpty() || items.size() > maxItems)
        return EngineResult::fail(EngineError::InvalidArgument,
                                  QStringLiteral("items must hold 1 to %1 transfers").arg(maxItems));
    QJsonArray results;
    int succeeded = 0;
    QSet<qint64> seen;
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        const qint64 id = jsonInteger(item, QLatin1String("conversationId"));
        const QString to = item.value(QStringLiteral("to")).toString();
        if (!v.isObject() || id <= 0 || to.isEmpty() || to.size() > 64 ||
            (item.contains(QStringLiteral("note")) && !item.value(QStringLiteral("note")).isObject())) {
            results.append(failed(id, {EngineError::InvalidArgument,
                                       QStringLiteral("each item needs conversationId, to and an optional note object")}));
            continue;
        }
        if (seen.contains(id)) {
            results.append(failed(id, {EngineError::Conflict,
                                       QStringLiteral("conversation %1 is in the batch twice").arg(id)}));
            continue;
        }
        seen.insert(id);
        const EngineResult r = m_transfers.request(actor, id, to, item.value(QStringLiteral("note")).toObject());
        if (!r.ok() && r.error->kind == EngineError::Internal)
            return r; // the store failed: the whole batch rolls back
        if (!r.ok()) {
            results.append(failed(id, *r.error));
            continue;
        }
        ++succeeded;
        QJsonObject ok{{QStringLiteral("conversationId"), id}, {QStringLiteral("ok"), true}};
        ok.insert(QStringLiteral("transfer"), r.payload.value(QStringLiteral("transfer")));
        results.append(ok);
    }
    return EngineResult::success({{QStringLiteral("results"), results},
                                  {QStringLiteral("succeeded"), succeeded},
                                  {QStringLiteral("failed"), int(results.size()) - succeeded}});
}

} // namespace baton
