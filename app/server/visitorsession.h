#pragma once

#include "server/session.h"

namespace baton {

class AddressLimits;

// One customer's connection, bound to one conversation by CUSTOMER_START (new, or resumed with the
// token it returned).
class VisitorSession : public Session {
    Q_OBJECT
public:
    VisitorSession(QWebSocket *socket, Engine &engine, const MessageCatalog &catalog, const RequestRate &rate,
                   AddressLimits &addressLimits, QObject *parent = nullptr);
    ~VisitorSession() override;

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

    bool allowedFromAddress(const Envelope &request);

    AddressLimits &m_addressLimits;
    QString m_address;
    bool m_exempt;
    qint64 m_conversationId = 0;
};

} // namespace baton
