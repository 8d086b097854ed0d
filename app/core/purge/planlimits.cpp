#include "planlimits.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk {

namespace {

struct PlanRow
{
    Plan plan;
    const char16_t *id;
    const char *displayName;
    PlanLimits limits;
};

// Source: Cloudflare's purge limits (2026-11), see shared/cloudflare-api.md.
// files/request, items/request, flex refill per second, flex bucket, URLs per second.
const PlanRow kPlans[] = {
    {Plan::Free, u"free", QT_TRANSLATE_NOOP("PurgeDesk::Plan", "Free"), {100, 100, 5.0 / 60.0, 25, 800}},
    {Plan::Pro, u"pro", QT_TRANSLATE_NOOP("PurgeDesk::Plan", "Pro"), {100, 100, 5.0, 25, 1500}},
    {Plan::Business, u"business", QT_TRANSLATE_NOOP("PurgeDesk::Plan", "Business"), {100, 100, 10.0, 50, 1500}},
    {Plan::Enterprise, u"enterprise", QT_TRANSLATE_NOOP("PurgeDesk::Plan", "Enterprise"), {500, 100, 50.0, 500, 3000}},
};

const PlanRow &rowFor(Plan plan)
{
    for (const PlanRow &row : kPlans) {
        if (row.plan == plan)
            return row;
    }
    return kPlans[0];
}

} // namespace

PlanLimits limitsFor(Plan plan)
{
    return rowFor(plan).limits;
}

GlobalLimits globalLimits()
{
    return {};
}

QString planId(Plan plan)
{
    return QString::fromUtf16(rowFor(plan).id);
}

QString planDisplayName(Plan plan)
{
    return QCoreApplication::translate("PurgeDesk::Plan", rowFor(plan).displayName);
}

bool planFromId(const QString &id, Plan *plan)
{
    for (const PlanRow &row : kPlans) {
        if (id.compare(QString::fromUtf16(row.id), Qt::CaseInsensitive) == 0) {
            *plan = row.plan;
            return true;
        }
    }
    return false;
}

PlanMatch planFromZone(const QString &legacyId, const QString &name)
{
    PlanMatch match;
    if (planFromId(legacyId.trimmed(), &match.plan)) {
        match.known = true;
        return match;
    }
    // Names read like "Free Website", "Pro Website", "Business Website", "Enterprise Website".
    const QString lowered = name.trimmed().toLower();
    for (const PlanRow &row : kPlans) {
        const QString id = QString::fromUtf16(row.id);
        if (lowered == id || lowered == id + u" website"_s) {
            match.plan = row.plan;
            match.known = true;
            return match;
        }
    }
    match.plan = Plan::Free;
    match.known = false;
    return match;
}

} // namespace PurgeDesk
