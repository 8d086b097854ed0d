#include "credentialstore.h"

#include "logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PurgeDesk::CredentialStore", text);
}

QString describeFailure(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
        return tr("No system keychain is available. On Linux, install and start a Secret Service "
                  "such as GNOME Keyring or KWallet, then try again.");
    case QKeychain::AccessDeniedByUser:
        return tr("Access to the system keychain was declined.");
    case QKeychain::AccessDenied:
        return tr("The system keychain refused access. Unlock it, or allow PurgeDesk to use it, then try again.");
    case QKeychain::NotImplemented:
        return tr("The system keychain does not support this operation.");
    default:
        break;
    }
    // Debian's QtKeychain reports most backend failures as OtherError: its text is the only clue.
    const QString lowered = detail.toLower();
    if (lowered.contains(u"autolaunch"_s) || lowered.contains(u"could not connect"_s)
        || lowered.contains(u"org.freedesktop.secrets"_s) || lowered.contains(u"serviceunknown"_s)) {
        return tr("No system keychain is running (%1). On Linux, install and start a Secret Service such as "
                  "GNOME Keyring or KWallet, then try again.")
            .arg(detail);
    }
    if (lowered.contains(u"collection"_s) || lowered.contains(u"locked"_s) || lowered.contains(u"prompt"_s)) {
        return tr("The keyring is locked or has no default collection (%1). Unlock it, or create a default "
                  "keyring, in your keyring manager, then try again.")
            .arg(detail);
    }
    return tr("The system keychain reported an error: %1").arg(detail.isEmpty() ? tr("unknown error") : detail);
}

} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

CredentialStore::~CredentialStore() = default;

void CredentialStore::withTimeLimit(
    QObject *context, int timeoutMs, const std::function<void(Callback)> &call, const Callback &done)
{
    auto answered = std::make_shared<bool>(false);
    QTimer::singleShot(timeoutMs, context, [timeoutMs, answered, done] {
        if (*answered)
            return;
        *answered = true;
        Result result;
        result.timedOut = true;
        result.error = tr("The system keychain did not answer within %1 s. It may be locked and waiting for its "
                          "password; unlock it and try again.")
                           .arg(qMax(1, timeoutMs / 1000));
        done(result);
    });
    call([answered, done](const Result &result) {
        if (*answered)
            return; // too late: the caller already told the user
        *answered = true;
        done(result);
    });
}

QString CredentialStore::defaultService()
{
    return u"PurgeDesk"_s;
}

QString CredentialStore::profileKey(const QString &profileId)
{
    return u"profile/"_s + profileId;
}

QString CredentialStore::cleanPastedSecret(QString text)
{
    text = text.trimmed();
    while (text.size() >= 2
        && ((text.startsWith(u'"') && text.endsWith(u'"')) || (text.startsWith(u'\'') && text.endsWith(u'\''))))
        text = text.mid(1, text.size() - 2).trimmed();
    return text;
}

QString CredentialStore::checkSecret(const QString &secret)
{
    if (secret.isEmpty())
        return tr("The secret is empty.");
    // Token formats vary: only "printable, no spaces" is checked.
    for (const QChar c : secret) {
        if (c.isSpace() || !c.isPrint())
            return tr("The secret contains spaces or unprintable characters; check what was pasted.");
    }
    return {};
}

void CredentialStore::write(const QString &key, const QString &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    start(job, u"write"_s, std::move(done));
}

void CredentialStore::read(const QString &key, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    start(job, u"read"_s, std::move(done));
}

void CredentialStore::remove(const QString &key, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    start(job, u"delete"_s, std::move(done));
}

void CredentialStore::start(QKeychain::Job *job, const QString &action, Callback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    const QString key = job->key();
    // The job has no parent: if this store goes away first, the job still finishes and deletes
    // itself; the connection (context `this`) is dropped with the store.
    connect(job, &QKeychain::Job::finished, this, [action, key, done = std::move(done)](QKeychain::Job *finished) {
        Result result;
        const QKeychain::Error error = finished->error();
        if (error == QKeychain::NoError) {
            result.outcome = Outcome::Ok;
            if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                result.secret = reader->textData();
        } else if (error == QKeychain::EntryNotFound) {
            result.outcome = Outcome::NotFound;
        } else {
            result.outcome = Outcome::Failed;
            result.error = describeFailure(error, finished->errorString());
            qCWarning(lcAccounts).noquote()
                << "keychain" << action << "failed for" << key << ':' << finished->errorString();
        }
        qCDebug(lcAccounts).noquote() << "keychain" << action << key << "finished with code" << int(error);
        if (done)
            done(result);
    });
    job->start();
}

} // namespace PurgeDesk
