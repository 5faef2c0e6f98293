// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace TokenConsole {

// Where token secrets live: the OS keychain and nowhere else. Asynchronous; every call reports
// once through its callback, which runs only while `context` is alive.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        enum class Status {
            Ok,
            NotFound,
            Unavailable,   // no backend, no session bus, locked, or timed out
            AccessDenied,  // the user refused access
            Failed,
        };
        Status status = Status::Failed;
        QString secret;   // only for a successful read
        QString message;  // what happened, for people (never contains the secret)

        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result&)>;

    using QObject::QObject;

    // `account` is the keychain entry's name: accountName(profile, tokenKey).
    virtual void store(const QString& account, const QString& secret, QObject* context,
                       Callback done) = 0;
    virtual void read(const QString& account, QObject* context, Callback done) = 0;
    virtual void remove(const QString& account, QObject* context, Callback done) = 0;
    // The name people see for the entry in their keychain's own manager, so that entries can
    // be told apart ("Token Console: Salesforce (Acme Webinars)"). Applies to the entry as it
    // is and to later stores of it; stores without labels ignore it.
    virtual void setLabel(const QString& account, const QString& label);

    // "token-console:<profile>:<token key>" (Windows ignores the service name).
    static QString accountName(const QString& profile, const QString& tokenKey);
    // "token-console:<profile>:password": a remembered sign-in password.
    static QString passwordAccountName(const QString& profile);
    static QString serviceName() { return QStringLiteral("org.tokenconsole.TokenConsole"); }
    // "Token Console: <what> (<where>)", e.g. a token's name and its account's name.
    static QString entryLabel(const QString& what, const QString& where);
    // The label of an entry nobody named: from its account name ("Token Console: token
    // A119E95B… (Production)", "Token Console: password (Production)").
    static QString defaultLabel(const QString& account);

    // A token secret is 128 lower-case hexadecimal characters (D1).
    static bool isTokenSecret(const QString& secret);
    // For a token secret read back from the keychain. The keychain returns whatever the entry
    // holds (edited by hand, written by another program); that must not be used as a secret.
    // Returns `read` as it is when it failed or holds a token secret, else a Failed result that
    // says so (and never contains what the entry held).
    static Result checkTokenSecret(const Result& read);
};

} // namespace TokenConsole
