#pragma once

#include "server/session.h"

namespace baton {

// One customer's connection, bound to one conversation by CUSTOMER_START (new, or resumed with the
// token it returned).
class VisitorSession : public Session {
    Q_OBJECT
public:
    VisitorSession(QWebSocket *socket, Engine &engine, const MessageCatalog &catalog, const RequestRate &rate,
                       QObject *parent = nullptr);

    qint64 conversationId() const { return m_conversationId; }

signals:
    void bound(qint64 conversationId);

protected:
    void handle(const Envelope &request) override;
    bool isAuthenticated() const override { return m_conversationId != 0; }

private:
    void start(const Envelope &request);
    // The claimed customerId if the host site signed it (identifierHash), else empty: anonymous.
    QString verifiedCustomerId(const QJsonObject &start) const;

    qint64 m_conversationId = 0;
};

} // namespace baton
