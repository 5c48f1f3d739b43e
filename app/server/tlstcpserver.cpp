#include "server/tlstcpserver.h"

#include "server/coalescingtcpsocket.h"
#include "server/outputflusher.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSslKey>
#include <QSslSocket>

Q_LOGGING_CATEGORY(lcTls, "baton.server.tls")

namespace baton {

bool TlsTcpServer::setCertificate(const QString &certificatePath, const QString &keyPath, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QFile certificateFile(certificatePath);
    if (!certificateFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the TLS certificate %1: %2").arg(certificatePath, certificateFile.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return fail(QStringLiteral("%1 holds no PEM certificate").arg(certificatePath));
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the TLS key %1: %2").arg(keyPath, keyFile.errorString()));
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return fail(QStringLiteral("%1 holds no unencrypted PEM RSA or EC private key").arg(keyPath));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls = tls;
    m_secure = true;
    return true;
}

void TlsTcpServer::incomingConnection(qintptr descriptor)
{
    if (!m_secure) {
        if (!m_flusher) {
            QTcpServer::incomingConnection(descriptor);
            return;
        }
        auto *socket = new CoalescingTcpSocket(m_flusher, this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        addPendingConnection(socket);
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_tls);
    connect(socket, &QSslSocket::sslErrors, socket, [](const QList<QSslError> &errors) {
        qCInfo(lcTls) << "TLS handshake with a client failed:" << errors;
    });
    socket->startServerEncryption();
    addPendingConnection(socket);
}

} // namespace baton
