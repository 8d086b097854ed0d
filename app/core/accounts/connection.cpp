#include "connection.h"

#include "accounts/credentialstore.h"
#include "accounts/sessionsecrets.h"
#include "cloudflare/apibase.h"
#include "cloudflare/apiclient.h"
#include "logging.h"
#include "sandbox/sandboxserver.h"

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk {

Connection::Connection(QObject *parent)
    : QObject(parent)
    , m_client(new Cloudflare::ApiClient(this))
    , m_keychain(new CredentialStore(CredentialStore::defaultService(), this))
{ }

Connection::~Connection() = default;

void Connection::setNetworkSettings(const NetworkSettings &settings, const QNetworkProxy &proxy)
{
    m_settings = settings;
    m_client->setProxy(proxy);
    m_client->setTimeoutMs(settings.timeoutSeconds * 1000);
}

void Connection::open(const Profile &profile)
{
    const int generation = ++m_generation;
    m_profile = profile;
    m_problem.clear();
    m_client->setCredentials({});

    if (profile.auth == Profile::Auth::Sandbox) {
        if (!m_sandbox) {
            m_sandbox = new Sandbox::SandboxServer(Sandbox::demoConfig(), this);
            if (!m_sandbox->start()) {
                const QString error = m_sandbox->errorString();
                delete m_sandbox;
                m_sandbox = nullptr;
                fail(tr("The local sandbox could not start: %1").arg(error));
                return;
            }
            // A little latency, so that progress looks as it does against Cloudflare.
            m_sandbox->setLatency(40, 40);
        }
        m_client->setApiBase(m_sandbox->baseUrl());
        finishOpening(Sandbox::demoToken());
        return;
    }

    const Cloudflare::ApiBaseChoice base
        = Cloudflare::resolveApiBase(QString(), profile.apiBase.isEmpty() ? m_settings.apiBase : profile.apiBase);
    if (!base.check.ok()) {
        fail(tr("The API address from %1 is not usable: %2").arg(base.source, base.check.error));
        return;
    }
    m_client->setApiBase(base.check.url.toString());

    if (SessionSecrets::instance().contains(profile.id)) {
        finishOpening(SessionSecrets::instance().get(profile.id));
        return;
    }
    m_state = State::Opening;
    Q_EMIT stateChanged();
    const QString key = CredentialStore::profileKey(profile.id);
    CredentialStore::withTimeLimit(
        this, m_keychainTimeoutMs,
        [this, key](const CredentialStore::Callback &reply) { m_keychain->read(key, reply); },
        [this, generation](const CredentialStore::Result &result) {
            if (generation != m_generation)
                return; // another account was chosen meanwhile
            switch (result.outcome) {
            case CredentialStore::Outcome::Ok:
                finishOpening(result.secret);
                return;
            case CredentialStore::Outcome::NotFound:
                fail(tr("The secret of \"%1\" is not in the system keychain. Open Accounts > Manage Accounts and "
                        "paste it again.")
                         .arg(m_profile.name));
                return;
            case CredentialStore::Outcome::Failed:
                fail(result.error);
                return;
            }
        });
}

void Connection::finishOpening(const QString &secret)
{
    if (m_profile.auth == Profile::Auth::GlobalKey)
        m_client->setCredentials(Cloudflare::Credentials::fromGlobalKey(m_profile.email, secret));
    else
        m_client->setCredentials(Cloudflare::Credentials::fromToken(secret));
    m_state = State::Ready;
    qCDebug(lcAccounts) << "connection ready for profile" << m_profile.id;
    Q_EMIT stateChanged();
}

void Connection::fail(const QString &problem)
{
    m_problem = problem;
    m_state = State::Failed;
    Q_EMIT stateChanged();
}

} // namespace PurgeDesk
