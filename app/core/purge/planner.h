#pragma once

#include "cloudflare/types.h"
#include "purge/purgespec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace PurgeDesk::Purge {

// A contiguous run of the spec's items sent in one request.
struct Batch
{
    int first = 0;
    int count = 0; // 0 for Everything
};

struct PurgePlan
{
    Plan plan = Plan::Free;
    bool planKnown = false;
    PlanLimits limits;
    int perRequest = 0; // the cap that shaped the batches
    QList<Batch> batches;
    qint64 estimatedMs = 0; // lower bound under the plan's limits, buckets starting full

    int requests() const { return int(batches.size()); }
    // "3 requests, about 2 s on the Free plan"
    QString summary() const;
};

// Splits the items into batches under the per-request cap of the zone's plan and estimates the
// time the account's rate limits allow.
PurgePlan planPurge(const PurgeSpec &spec);

// The least time `requests` requests carrying `items` items can take under `limits`, with the
// account's buckets full at the start.
qint64 lowerBoundMs(
    PurgeAction action, int items, int requests, const PlanLimits &limits, const GlobalLimits &global = globalLimits());

// "under a second", "about 2 s", "about 3 min", "about 1 h 5 min"
QString describeDuration(qint64 ms);

// The request body for one batch.
Cloudflare::PurgeRequest requestFor(const PurgeSpec &spec, const Batch &batch);

// What the dry run shows: exactly the requests a purge would send.
struct DryRunRequest
{
    QString url;
    QByteArray body;
    int items = 0;
    QString zone; // the zone's name, set by a caller that previews several zones (for the label)
};
QList<DryRunRequest> dryRun(const PurgeSpec &spec, const PurgePlan &plan, const QUrl &apiBase);
// One of them: the request for `batch` (a caller that prints them one at a time never holds them all).
DryRunRequest dryRunRequest(const PurgeSpec &spec, const Batch &batch, const QUrl &apiBase);

// The request as a curl command, with the secret replaced by an environment variable reference
// ($CLOUDFLARE_API_TOKEN, or $CLOUDFLARE_EMAIL and $CLOUDFLARE_API_KEY).
QString curlCommand(const DryRunRequest &request, Cloudflare::Credentials::Kind auth);

} // namespace PurgeDesk::Purge
