#include "connection.h"

#include "accounts/credentialstore.h"
#include "accounts/sessionsecrets.h"
#include "cloudflare/apibase.h"
#include "cloudflare/apiclient.h"
#include "logging.h"
#include "purge/zonedirectory.h"
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
    m_client->setHttp2Enabled(Cloudflare::ApiClient::http2AllowedByEnvironment());
    // A private certificate authority (a corporate gateway, a TLS-inspecting proxy), as the
    // command line reads it.
    const QString bundle = qEnvironmentVariable("PURGEDESK_CA_BUNDLE").trimmed();
    if (!bundle.isEmpty()) {
        QString error;
        QList<QSslCertificate> certificates = Cloudflare::ApiClient::loadCaCertificates(bundle, &error);
        if (certificates.isEmpty())
            qCWarning(lcAccounts).noquote() << "PURGEDESK_CA_BUNDLE:" << error;
        m_client->setCaCertificates(std::move(certificates));
    }
}

void Connection::open(const Profile &profile)
{
    const int generation = ++m_generation;
    m_profile = profile;
    m_problem.clear();
    m_client->setCredentials({});
    if (m_zoneJob)
        m_zoneJob->cancel();
    setZones(Zones::None, {}, {});

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
    loadZones();
}

void Connection::loadZones()
{
    if (m_state != State::Ready) {
        if (m_state == State::Failed)
            open(m_profile); // after a keychain problem: try again
        return;
    }
    if (m_zoneJob)
        m_zoneJob->cancel();
    if (!isSandbox() && m_profile.verifiedAt.isValid() && !m_profile.canListZones) {
        setZones(Zones::NotAllowed, {},
            tr("This account's token cannot list zones (it has no Zone > Zone > Read permission). Paste the zone ID "
               "from the zone's Overview page in Cloudflare's dashboard."));
        return;
    }
    Cloudflare::ZoneListJob *job = m_client->listZones();
    m_zoneJob = job;
    setZones(Zones::Loading, {}, {});
    connect(job, &Cloudflare::ZoneListJob::progress, this, [this, job](int loaded, int total) {
        if (m_zoneJob == job)
            Q_EMIT zonesProgress(loaded, total);
    });
    connect(job, &Cloudflare::ZoneListJob::finished, this, [this, job] {
        if (m_zoneJob != job || job->error().kind == Cloudflare::ApiError::Kind::Cancelled)
            return;
        m_skippedZones = job->skippedZones();
        if (job->succeeded()) {
            if (!isSandbox())
                Purge::ZoneDirectory().remember(m_profile.name, job->zones());
            setZones(Zones::Loaded, job->zones(), {});
            return;
        }
        const Cloudflare::ApiError &error = job->error();
        QString text = tr("The zones could not be listed. %1").arg(error.summary());
        if (error.isAuthFailure())
            text += u' ' + error.advice() + u' '
                + tr("If the token only has the Cache Purge permission, paste the zone ID instead.");
        else if (!error.advice().isEmpty())
            text += u' ' + error.advice();
        setZones(Zones::Failed, {}, text);
    });
}

void Connection::setZones(Zones state, const QList<Cloudflare::Zone> &zones, const QString &problem)
{
    m_zonesState = state;
    m_zones = zones;
    m_zonesProblem = problem;
    if (state != Zones::Loaded)
        m_skippedZones = 0;
    Q_EMIT zonesChanged();
}

void Connection::fail(const QString &problem)
{
    m_problem = problem;
    m_state = State::Failed;
    Q_EMIT stateChanged();
}

} // namespace PurgeDesk
