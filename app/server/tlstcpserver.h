#pragma once

#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>

namespace baton {

class OutputFlusher;

// Issue 13.8: the listening socket of batond. With a certificate set, every accepted connection is
// a QSslSocket that starts the TLS handshake at once; what follows (the HTTP head, the WebSocket
// upgrade) reads the decrypted stream, so wss:// and https:// share the one port.
class TlsTcpServer : public QTcpServer {
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

    // Loads a PEM certificate (chain: the server's first) and its PEM private key.
    bool setCertificate(const QString &certificatePath, const QString &keyPath, QString *error);
    bool isSecure() const { return m_secure; }
    // Plain connections accepted afterwards coalesce their output through this flusher.
    void setOutputFlusher(OutputFlusher *flusher) { m_flusher = flusher; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslConfiguration m_tls;
    bool m_secure = false;
    QPointer<OutputFlusher> m_flusher;
};

} // namespace baton
