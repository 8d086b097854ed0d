#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace PurgeDesk {

// The only place secrets are stored: the operating system's keychain, through QtKeychain.
// Every call is asynchronous and reports exactly once through its callback. Jobs run on the heap,
// delete themselves, and are never deleted or disconnected while running (QtKeychain serialises
// jobs and waits for the running one). The insecure plaintext fallback stays off.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    enum class Outcome {
        Ok, // stored, read or removed
        NotFound, // no secret under that key: not a failure
        Failed, // the keychain could not do it; error says why in a user's words
    };

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QString secret; // only for a successful read
        QString error;
        bool timedOut = false; // the keychain did not answer within the caller's time limit
    };
    using Callback = std::function<void(const Result &)>;

    // Calls `call` with a reply callback and then `done` exactly once: with the keychain's answer,
    // or, after `timeoutMs`, with Failed, timedOut and a sentence saying the keychain did not answer
    // (it may be locked behind a prompt). The job itself is never cancelled; a late answer is dropped.
    static void withTimeLimit(
        QObject *context, int timeoutMs, const std::function<void(Callback)> &call, const Callback &done);

    explicit CredentialStore(const QString &service = defaultService(), QObject *parent = nullptr);
    ~CredentialStore() override;

    static QString defaultService();
    static QString profileKey(const QString &profileId);
    // A pasted secret without the surrounding spaces, line endings or quotes that pasting brings.
    static QString cleanPastedSecret(QString text);
    // Empty if the secret looks usable, else a sentence saying what is wrong with it.
    static QString checkSecret(const QString &secret);

    QString service() const { return m_service; }

    void write(const QString &key, const QString &secret, Callback done);
    void read(const QString &key, Callback done);
    void remove(const QString &key, Callback done);

private:
    void start(QKeychain::Job *job, const QString &action, Callback done);

    QString m_service;
};

} // namespace PurgeDesk
