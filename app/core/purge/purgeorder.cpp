#include "purgeorder.h"

#include "cloudflare/apiclient.h"

#include <QRegularExpression>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::Cloudflare::ApiError;
using PurgeDesk::Cloudflare::Zone;

namespace PurgeDesk::Purge {

bool PurgeOrder::zoneIsId() const
{
    static const QRegularExpression hexId(u"^[0-9a-fA-F]{32}$"_s);
    return hexId.match(zone).hasMatch();
}

OrderResolver::OrderResolver(Cloudflare::ApiClient *client, PurgeOrder order, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_order(std::move(order))
{ }

OrderResolver::~OrderResolver()
{
    if (auto *job = qobject_cast<Cloudflare::ApiJob *>(m_job.data()))
        job->cancel();
    else if (auto *list = qobject_cast<Cloudflare::ZoneListJob *>(m_job.data()))
        list->cancel();
}

void OrderResolver::start()
{
    const bool byId = m_order.zoneIsId();
    const QString wanted = byId ? m_order.zone.toLower() : m_order.zone.trimmed();
    for (const Zone &zone : std::as_const(m_knownZones)) {
        if (byId ? zone.id == wanted : zone.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            // Always asynchronous, so callers connect first and are answered once.
            QTimer::singleShot(0, this, [this, found = zone] { zoneFound(found, found.plan().known); });
            return;
        }
    }
    if (m_zonesKnown) {
        const QString label = m_order.zoneLabel();
        QTimer::singleShot(
            0, this, [this, label] { fail(tr("the zone %1 is not among this account's zones.").arg(label)); });
        return;
    }
    if (byId) {
        Cloudflare::ZoneJob *job = m_client->zone(wanted);
        m_job = job;
        connect(job, &Cloudflare::ApiJob::finished, this, [this, job, wanted] {
            if (job->succeeded()) {
                zoneFound(job->zone(), job->zone().plan().known);
                return;
            }
            if (job->error().kind == ApiError::Kind::Cancelled)
                return;
            m_note = tr("The details of zone %1 could not be read (%2). Continuing with the strictest limits (Free "
                        "plan).")
                         .arg(wanted, job->error().summary());
            Zone zone;
            zone.id = wanted;
            zoneFound(zone, false);
        });
        return;
    }
    Cloudflare::ZoneQuery query;
    query.name = wanted.toLower();
    Cloudflare::ZoneListJob *job = m_client->listZones(query);
    m_job = job;
    connect(job, &Cloudflare::ZoneListJob::finished, this, [this, job, wanted] {
        if (job->error().kind == ApiError::Kind::Cancelled)
            return;
        if (!job->succeeded()) {
            QString problem = tr("The zone \"%1\" cannot be looked up: %2").arg(wanted, job->error().summary());
            if (job->error().isAuthFailure())
                problem += u' '
                    + tr("A token without Zone > Zone > Read cannot look zones up by name: use the zone ID instead "
                         "(shown on the zone's overview page in the dashboard).");
            fail(problem, job->error());
            return;
        }
        if (job->zones().isEmpty()) {
            fail(tr("No zone named \"%1\" is visible with these credentials.").arg(wanted));
            return;
        }
        const Zone found = job->zones().first();
        zoneFound(found, found.plan().known);
    });
}

void OrderResolver::zoneFound(const Zone &zone, bool planKnown)
{
    m_spec.profile = m_order.profile;
    m_spec.zone.id = zone.id;
    m_spec.zone.name = zone.name;
    m_spec.zone.accountId = zone.accountId;
    m_spec.zone.plan = planKnown ? zone.plan().plan : Plan::Free;
    m_spec.zone.planKnown = planKnown;
    m_spec.mode = m_order.mode;
    m_spec.action = m_order.action;
    if (m_order.action == PurgeAction::Everything) {
        if (!m_order.lines.isEmpty()) {
            fail(tr("A purge of everything takes no items."));
            return;
        }
        finish();
        return;
    }
    m_validation = validate(m_order.action, m_order.lines.join(u'\n'), zone.name);
    if (!m_validation.canPurge()) {
        fail(m_validation.listError.isEmpty() ? tr("Nothing was sent; fix or remove the lines with errors (%1).")
                                                    .arg(m_validation.summary(m_order.action))
                                              : m_validation.listError);
        return;
    }
    m_spec.items = m_validation.items;
    finish();
}

void OrderResolver::fail(const QString &problem, const ApiError &error)
{
    m_problem = problem;
    m_error = error;
    finish();
}

void OrderResolver::finish()
{
    m_finished = true;
    Q_EMIT finished();
}

} // namespace PurgeDesk::Purge
