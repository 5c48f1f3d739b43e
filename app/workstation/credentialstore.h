#pragma once

#include <QObject>
#include <functional>

namespace baton {

// Remembers a remote engine's password in the system keychain (QtKeychain). Where no keychain
// service exists (a headless or minimal desktop) nothing is written to disk: the engine's session
// token in the local cache keeps the agent signed in for 7 days instead.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString &passwordOrError)>;
    explicit CredentialStore(QObject *parent = nullptr);

    void save(const QString &account, const QString &password, Done done);
    void load(const QString &account, Done done);
};

} // namespace baton
