#include "verifier.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::Cloudflare::ApiError;

namespace PurgeDesk {

namespace {
QString date(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

void Verification::applyTo(Profile *profile) const
{
    profile->verifiedAt = QDateTime::currentDateTimeUtc();
    profile->tokenStatus = token.status;
    profile->tokenExpiresOn = token.expiresOn;
    profile->canListZones = canListZones;
    profile->zones.clear();
    for (const Cloudflare::Zone &zone : zones) {
        const PlanMatch plan = zone.plan();
        profile->zones.append(
            {zone.id, zone.name, zone.accountId, zone.accountName, plan.known ? planId(plan.plan) : QString()});
    }
}

ProfileVerifier::ProfileVerifier(Cloudflare::ApiClient *client, Profile::Auth auth, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_auth(auth)
{ }

ProfileVerifier::~ProfileVerifier()
{
    if (m_verifyJob)
        delete m_verifyJob.data();
    if (m_listJob)
        delete m_listJob.data();
}

void ProfileVerifier::start()
{
    if (m_auth == Profile::Auth::GlobalKey) {
        // Global keys cannot use the verify endpoint: a zone listing is the cheap authenticated call.
        listZones();
        return;
    }
    Cloudflare::VerifyTokenJob *job = m_client->verifyToken();
    m_verifyJob = job;
    connect(job, &Cloudflare::ApiJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            m_result.error = job->error();
            m_result.complete = job->error().isAuthFailure();
            m_result.lines << (job->error().isAuthFailure()
                    ? tr("Cloudflare does not accept this token: %1").arg(job->error().summary())
                    : tr("The token could not be checked: %1").arg(job->error().summary()));
            finish();
            return;
        }
        m_result.token = job->status();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Cloudflare::TokenStatus &token = m_result.token;
        if (token.status == u"expired"_s || (token.expiresOn.isValid() && token.expiresOn < now)) {
            m_result.lines << (token.expiresOn.isValid() ? tr("This token expired on %1.").arg(date(token.expiresOn))
                                                         : tr("This token has expired."));
        } else if (token.status == u"disabled"_s) {
            m_result.lines << tr(
                "This token is disabled. Enable it again in the Cloudflare dashboard, or create a new one.");
        } else if (token.notBefore.isValid() && token.notBefore > now) {
            m_result.lines << tr("This token is not valid before %1.").arg(date(token.notBefore));
        } else if (token.status == u"active"_s) {
            m_result.credentialValid = true;
            m_result.lines << (token.expiresOn.isValid()
                    ? tr("The token is active until %1.").arg(date(token.expiresOn))
                    : tr("The token is active and does not expire."));
        } else {
            m_result.lines << tr("Cloudflare reports this token as \"%1\".").arg(token.status);
        }
        if (!m_result.credentialValid) {
            m_result.complete = true;
            finish();
            return;
        }
        listZones();
    });
}

void ProfileVerifier::listZones()
{
    Cloudflare::ZoneListJob *job = m_client->listZones();
    m_listJob = job;
    connect(job, &Cloudflare::ZoneListJob::finished, this, [this, job] {
        const ApiError error = job->error();
        if (job->succeeded()) {
            m_result.credentialValid = true;
            m_result.complete = true;
            m_result.canListZones = true;
            m_result.zones = job->zones();
            Profile probe;
            m_result.applyTo(&probe);
            const QStringList accounts = probe.accountNames();
            if (m_result.zones.isEmpty())
                m_result.lines << tr("It can list zones, but sees none.");
            else
                m_result.lines << (m_result.zones.size() == 1 ? tr("It can list 1 zone")
                                                              : tr("It can list %1 zones").arg(m_result.zones.size()))
                        + (accounts.isEmpty() ? u"."_s : tr(" in %1.").arg(accounts.join(u", "_s)));
        } else if (error.isAuthFailure() && m_auth == Profile::Auth::Token) {
            // Valid, but without Zone > Zone > Read (or scoped to single zones).
            m_result.complete = true;
            m_result.lines << tr("It cannot list zones (it lacks Zone > Zone > Read, or is limited to single zones). "
                                 "You can still purge by entering a zone ID.");
        } else if (error.isAuthFailure()) {
            m_result.error = error;
            m_result.complete = true;
            m_result.lines << tr("Cloudflare does not accept this email and global API key: %1").arg(error.summary());
        } else {
            m_result.error = error;
            m_result.lines << tr("The zones could not be listed: %1").arg(error.summary());
        }
        if (m_result.credentialValid)
            m_result.lines << tr("Purging needs Zone > Cache Purge > Purge; Cloudflare checks it on the first purge.");
        finish();
    });
}

void ProfileVerifier::cancel()
{
    if (m_verifyJob)
        m_verifyJob->cancel();
    if (m_listJob)
        m_listJob->cancel();
}

void ProfileVerifier::finish()
{
    m_finished = true;
    Q_EMIT finished();
}

} // namespace PurgeDesk
