#pragma once

#include <QString>

namespace PurgeDesk {

// Cloudflare plans as far as purge limits are concerned.
enum class Plan { Free, Pro, Business, Enterprise };

// Purge limits of one plan, per account. Cloudflare changes these: they live in ONE table
// (planlimits.cpp) that the engine, the planner and the sandbox all read.
struct PlanLimits
{
    int filesPerRequest = 0; // URLs in one purge-by-URL request
    int itemsPerRequest = 0; // hosts, tags or prefixes in one request
    double flexRefillPerSecond = 0; // request bucket for hosts/tags/prefixes/everything
    int flexBucketSize = 0;
    int urlsPerSecond = 0; // purge-by-URL throughput (moving average)
};

// The per-user/token API limit that applies to every call, on top of the plan's purge limits.
struct GlobalLimits
{
    int requests = 1200;
    int windowSeconds = 300;
};

PlanLimits limitsFor(Plan plan);
GlobalLimits globalLimits();

struct PlanMatch
{
    Plan plan = Plan::Free;
    bool known = false; // false: the plan was not recognised and the strictest limits apply
};

// The plan from a zone's `plan.legacy_id` ("free", "pro", "business", "enterprise"), else its
// `plan.name` ("Pro Website", "Enterprise Website", ...). Unknown plans fall back to Free.
PlanMatch planFromZone(const QString &legacyId, const QString &name);

QString planId(Plan plan); // "free", "pro", "business", "enterprise"
QString planDisplayName(Plan plan); // "Free", "Pro", ...
bool planFromId(const QString &id, Plan *plan);

} // namespace PurgeDesk
