#include "credentialstore.h"

#include <qt6keychain/keychain.h>

namespace baton {

namespace {
const QString service = QStringLiteral("baton-workstation");
}

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

void CredentialStore::save(const QString &account, const QString &password, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(service, this);
    job->setKey(account);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError, j->errorString());
    });
    job->start();
}

void CredentialStore::load(const QString &account, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        done(j->error() == QKeychain::NoError, j->error() == QKeychain::NoError ? read->textData() : j->errorString());
    });
    job->start();
}

} // namespace baton
