#include "core/passwordhasher.h"

#include <QTest>

using namespace baton;

class TestPasswordHasher : public QObject {
    Q_OBJECT
private slots:
    void knownVectors_data();
    void knownVectors();
    void verify_data();
    void verify();
    void saltsDiffer();
};

void TestPasswordHasher::knownVectors_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<int>("length");
    QTest::addColumn<QByteArray>("hex");
    // Published PBKDF2-HMAC-SHA256 test vectors.
    QTest::newRow("c=1") << QByteArray("password") << QByteArray("salt") << 1 << 32
                         << QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    QTest::newRow("c=2") << QByteArray("password") << QByteArray("salt") << 2 << 32
                         << QByteArray("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    QTest::newRow("c=4096") << QByteArray("password") << QByteArray("salt") << 4096 << 32
                            << QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
    QTest::newRow("two blocks") << QByteArray("passwordPASSWORDpassword")
                                << QByteArray("saltSALTsaltSALTsaltSALTsaltSALTsalt") << 4096 << 40
                                << QByteArray("348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9");
}

void TestPasswordHasher::knownVectors()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(int, length);
    QFETCH(QByteArray, hex);
    QCOMPARE(PasswordHasher::pbkdf2Sha256(password, salt, iterations, length).toHex(), hex);
}

void TestPasswordHasher::verify_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("encoded");
    QTest::addColumn<bool>("expected");
    const QString good = PasswordHasher::hash(QStringLiteral("密码-secret"), 1000);
    QTest::newRow("right") << QStringLiteral("密码-secret") << good << true;
    QTest::newRow("wrong") << QStringLiteral("密码-secreT") << good << false;
    QTest::newRow("empty") << QString() << good << false;
    QTest::newRow("garbage") << QStringLiteral("x") << QStringLiteral("nonsense") << false;
    QTest::newRow("other scheme") << QStringLiteral("x") << QStringLiteral("md5$1$AA==$AA==") << false;
    QTest::newRow("bad iterations") << QStringLiteral("x") << QStringLiteral("pbkdf2-sha256$0$AA==$AA==") << false;
    QTest::newRow("empty hash") << QStringLiteral("x") << QStringLiteral("pbkdf2-sha256$10$AA==$") << false;
}

void TestPasswordHasher::verify()
{
    QFETCH(QString, password);
    QFETCH(QString, encoded);
    QFETCH(bool, expected);
    QCOMPARE(PasswordHasher::verify(password, encoded), expected);
}

void TestPasswordHasher::saltsDiffer()
{
    QVERIFY(PasswordHasher::hash(QStringLiteral("a"), 1000) != PasswordHasher::hash(QStringLiteral("a"), 1000));
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
