#include "protocol/messagetypes.h"
#include "server/batonserver.h"
#include "support/enginefixture.h"
#include "support/testclient.h"

#include <QProcess>
#include <QSslSocket>
#include <QTest>

using namespace baton;
using namespace baton::test;

// Issue 13.8: wss:// and https:// on batond's one port, with a CA made for the test by openssl.
class TestTls : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void trustedCertificateServesWssAndHttps();
    void untrustedCertificateIsExplained();
    void badFilesAreRefused();

private:
    bool openssl(const QStringList &arguments);
    QTemporaryDir m_dir;
    QSslCertificate m_ca;
    QSslConfiguration m_systemDefault;
    std::unique_ptr<EngineFixture> m_engine;
    std::unique_ptr<BatonServer> m_server;
};

bool TestTls::openssl(const QStringList &arguments)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), arguments);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning() << "openssl" << arguments << p.readAllStandardError();
        return false;
    }
    return true;
}

void TestTls::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    m_systemDefault = QSslConfiguration::defaultConfiguration();
    // A CA, and a server certificate for 127.0.0.1 signed by it.
    QVERIFY(openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
                     "-subj", "/CN=Baton Test CA"}));
    QVERIFY(openssl({"req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1"}));
    QFile ext(m_dir.filePath(QStringLiteral("ext.cnf")));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
    ext.close();
    QVERIFY(openssl({"x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out",
                     "server.pem", "-days", "2", "-extfile", "ext.cnf"}));
    const auto cas = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("ca.pem")));
    QCOMPARE(cas.size(), 1);
    m_ca = cas.first();
}

void TestTls::init()
{
    m_engine = std::make_unique<EngineFixture>();
    m_server = std::make_unique<BatonServer>(m_engine->engine());
    QString error;
    QVERIFY2(m_server->enableTls(m_dir.filePath(QStringLiteral("server.pem")), m_dir.filePath(QStringLiteral("server.key")), &error),
             qPrintable(error));
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

void TestTls::cleanup()
{
    QSslConfiguration::setDefaultConfiguration(m_systemDefault);
    m_server.reset();
    m_engine.reset();
}

void TestTls::trustedCertificateServesWssAndHttps()
{
    QCOMPARE(m_server->agentUrl().scheme(), QStringLiteral("wss"));
    QCOMPARE(m_server->pageUrl().scheme(), QStringLiteral("https"));
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificate(m_ca);
    QSslConfiguration::setDefaultConfiguration(trusting);
    TestClient agent(m_server->agentUrl());
    QVERIFY(agent.isReady());
    QVERIFY(agent.login(QStringLiteral("alice"), QStringLiteral("alice-pw")).ok);
    QVERIFY(agent.call(msg::Ping).ok);
    // The customer page over https on the same port.
    QSslSocket page;
    QByteArray answer;
    connect(&page, &QSslSocket::readyRead, this, [&] { answer += page.readAll(); });
    page.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(QTest::qWaitFor([&] { return page.isEncrypted(); }, 10000));
    page.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(QTest::qWaitFor([&] { return answer.contains("</html>"); }, 10000));
    QVERIFY(answer.startsWith("HTTP/1.1 200"));
}

void TestTls::untrustedCertificateIsExplained()
{
    EngineConnection connection; // the system's CAs only: the test CA is unknown
    QString problem;
    connect(&connection, &EngineConnection::connectionError, this, [&](const QString &m) { problem = m; });
    connection.open(m_server->agentUrl());
    QVERIFY(QTest::qWaitFor([&] { return !problem.isEmpty(); }, 10000));
    QVERIFY2(problem.contains(QLatin1String("certificate is not trusted")), qPrintable(problem));
    QVERIFY(!connection.isReady());
    // A plain ws:// client on the TLS port gets nowhere either.
    QUrl plain = m_server->agentUrl();
    plain.setScheme(QStringLiteral("ws"));
    TestClient client(plain);
    QVERIFY(!client.isReady());
}

void TestTls::badFilesAreRefused()
{
    BatonServer other(m_engine->engine());
    QString error;
    QVERIFY(!other.enableTls(m_dir.filePath(QStringLiteral("missing.pem")), m_dir.filePath(QStringLiteral("server.key")), &error));
    QVERIFY2(error.startsWith(QLatin1String("cannot read the TLS certificate")), qPrintable(error));
    QVERIFY(!other.enableTls(m_dir.filePath(QStringLiteral("server.key")), m_dir.filePath(QStringLiteral("server.key")), &error));
    QVERIFY2(error.contains(QLatin1String("no PEM certificate")), qPrintable(error));
    QVERIFY(!other.enableTls(m_dir.filePath(QStringLiteral("server.pem")), m_dir.filePath(QStringLiteral("server.pem")), &error));
    QVERIFY2(error.contains(QLatin1String("private key")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
