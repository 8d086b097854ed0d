#include "purgeorder.h"

#include "cloudflare/apiclient.h"
#include "purge/zonedirectory.h"
#include "purge/zonerouting.h"

#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <utility>

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
    if (m_order.allZones) {
        listAll();
        return;
    }
    m_wanted = QStringList {m_order.zone} + m_order.moreZones;
    // Always asynchronous, so callers connect first and are answered once.
    QTimer::singleShot(0, this, &OrderResolver::resolveNext);
}

void OrderResolver::resolveNext()
{
    if (m_wanted.isEmpty()) {
        allFound();
        return;
    }
    static const QRegularExpression hexId(u"^[0-9a-fA-F]{32}$"_s);
    const QString named = m_wanted.takeFirst().trimmed();
    const bool byId = hexId.match(named).hasMatch();
    const QString wanted = byId ? named.toLower() : named;
    for (const Zone &zone : std::as_const(m_knownZones)) {
        if (byId ? zone.id == wanted : zone.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            zoneFound(zone, zone.plan().known);
            return;
        }
    }
    if (m_zonesKnown) {
        const QString label = named == m_order.zone ? m_order.zoneLabel() : named;
        fail(tr("The zone %1 is not among this account's zones.").arg(label));
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
            // Cloudflare answers an unknown or expired token and a token without Zone > Zone > Read
            // alike (403, code 10000 or 9109): both are said.
            if (job->error().isAuthFailure())
                problem += u' '
                    + tr("Either the token is not valid (wrong, expired or disabled), or it lacks Zone > Zone > Read, "
                         "which looking a zone up by name needs: then use the zone ID instead (shown on the zone's "
                         "overview page in the dashboard).");
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
    if (std::none_of(
            m_found.cbegin(), m_found.cend(), [&zone](const Found &found) { return found.zone.id == zone.id; }))
        m_found.append({zone, planKnown});
    resolveNext();
}

void OrderResolver::listAll()
{
    if (m_order.action == PurgeAction::Tags || m_order.action == PurgeAction::Everything) {
        QTimer::singleShot(0, this, [this] {
            fail(tr("Tags and purge everything go to the zones you name: name the zone (several, for several "
                    "zones)."));
        });
        return;
    }
    if (m_zonesKnown) {
        for (const Zone &zone : std::as_const(m_knownZones))
            m_found.append({zone, zone.plan().known});
        QTimer::singleShot(0, this, &OrderResolver::allFound);
        return;
    }
    Cloudflare::ZoneListJob *job = m_client->listZones();
    m_job = job;
    connect(job, &Cloudflare::ZoneListJob::finished, this, [this, job] {
        if (job->error().kind == ApiError::Kind::Cancelled)
            return;
        if (!job->succeeded()) {
            QString problem
                = tr("The account's zones cannot be listed to find each item's zone: %1").arg(job->error().summary());
            if (job->error().isAuthFailure())
                problem += u' '
                    + tr("Either the token is not valid (wrong, expired or disabled), or it lacks Zone > Zone > Read, "
                         "which listing zones needs: then name the zone by its ID (shown on the zone's overview page "
                         "in the dashboard).");
            fail(problem, job->error());
            return;
        }
        for (const Zone &zone : job->zones())
            m_found.append({zone, zone.plan().known});
        if (m_rememberZones)
            ZoneDirectory().remember(m_order.profile, job->zones());
        allFound();
    });
}

PurgeSpec OrderResolver::specFor(const Found &found) const
{
    PurgeSpec spec;
    spec.profile = m_order.profile;
    spec.zone = ZoneRef::of(found.zone, found.planKnown);
    spec.mode = m_order.mode;
    spec.action = m_order.action;
    return spec;
}

void OrderResolver::allFound()
{
    if (m_order.action == PurgeAction::Everything) {
        if (!m_order.text.trimmed().isEmpty()
            || std::any_of(m_order.lines.cbegin(), m_order.lines.cend(),
                [](const QString &line) { return !line.trimmed().isEmpty(); })) {
            fail(tr("A purge of everything takes no items."));
            return;
        }
        for (const Found &found : std::as_const(m_found))
            m_specs.append(specFor(found));
        finish();
        return;
    }
    // Handed over, not copied: a list of 1,000,000 URLs is not held as one text while its lines are.
    m_validation = validate(m_order.action,
        m_order.lines.isEmpty() ? std::exchange(m_order.text, QString()) : m_order.lines.join(u'\n'), QString());
    // URLs, hosts and prefixes go to the zone each belongs to. Not when the one zone's name could not
    // be read (a purge-only token): its items cannot be checked, and go to it as given.
    const bool routed
        = m_order.action != PurgeAction::Tags && !(m_found.size() == 1 && m_found.first().zone.name.isEmpty());
    if (routed) {
        QList<Zone> zones;
        QStringList names;
        for (const Found &found : std::as_const(m_found)) {
            zones.append(found.zone);
            names << found.zone.name;
        }
        const Routing routing = routeItems(m_order.action, m_validation, ZoneIndex(zones),
            m_order.allZones ? QString() : names.join(u", "_s), m_others);
        for (const Routing::Group &group : routing.groups) {
            const auto found = std::find_if(m_found.cbegin(), m_found.cend(),
                [&group](const Found &candidate) { return candidate.zone.id == group.zone.id; });
            PurgeSpec spec = specFor(*found);
            spec.items = group.items;
            m_specs.append(spec);
        }
    } else {
        for (const Found &found : std::as_const(m_found)) {
            PurgeSpec spec = specFor(found);
            spec.items = m_validation.items;
            m_specs.append(spec);
        }
    }
    if (!m_validation.canPurge()) {
        m_specs.clear();
        fail(m_validation.listError.isEmpty() ? tr("Nothing was sent; fix or remove the lines with errors (%1).")
                                                    .arg(m_validation.summary(m_order.action))
                                              : m_validation.listError);
        return;
    }
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
