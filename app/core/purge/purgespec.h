#pragma once

#include "cloudflare/types.h"
#include "purge/planlimits.h"
#include "purge/validation.h"

#include <QList>
#include <QString>

namespace PurgeDesk::Purge {

using Cloudflare::PurgeMode;

struct ZoneRef
{
    QString id;
    QString name; // may be empty when only the ID is known
    QString accountId; // rate limits are per account; empty: the zone's own ID stands in
    Plan plan = Plan::Free;
    bool planKnown = false; // false: the plan could not be read and the strictest limits apply

    // A listed zone; `planKnown` false plans it with the strictest limits whatever it says.
    static ZoneRef of(const Cloudflare::Zone &zone, bool planKnown = true)
    {
        const PlanMatch match = zone.plan();
        const bool known = planKnown && match.known;
        return {zone.id, zone.name, zone.accountId, known ? match.plan : Plan::Free, known};
    }
};

// One purge as the user asked for it: where, how, what.
struct PurgeSpec
{
    QString profile; // who (for the history); never a secret
    ZoneRef zone;
    PurgeMode mode = PurgeMode::Purge;
    PurgeAction action = PurgeAction::Files;
    QList<Item> items; // validated; empty for Everything
    int filesCap = 0; // URLs per request learned for the account (RequestCaps); 0: the plan's

    QString limiterKey() const { return zone.accountId.isEmpty() ? QStringLiteral("zone:") + zone.id : zone.accountId; }
};

} // namespace PurgeDesk::Purge
