#pragma once

#include "cloudflare/types.h"
#include "purge/planlimits.h"
#include "purge/tokenbucket.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <memory>

namespace PurgeDesk::Purge {

// Paces requests before Cloudflare says no: token buckets for one account, per limit class
// (the request bucket for hosts/tags/prefixes/everything, URLs per second for files, and the
// global request limit), sized from the plan limits table. One limiter per account is shared by
// every zone and every run in the process (forAccount()).
class RateLimiter final
{
public:
    RateLimiter();

    // Books one request if the buckets allow it now and returns 0; otherwise books nothing and
    // returns the milliseconds to wait before asking again.
    qint64 tryAcquire(Cloudflare::PurgeAction action, int items, Plan plan)
    {
        return tryAcquireAt(action, items, plan, nowMs());
    }
    qint64 tryAcquireAt(Cloudflare::PurgeAction action, int items, Plan plan, qint64 nowMs);

    // A 429 with Retry-After: nothing of that class goes out for `pauseMs`.
    void pause(Cloudflare::PurgeAction action, Plan plan, qint64 pauseMs) { pauseAt(action, plan, pauseMs, nowMs()); }
    void pauseAt(Cloudflare::PurgeAction action, Plan plan, qint64 pauseMs, qint64 nowMs);

    qint64 nowMs() const { return m_clock.elapsed(); }

    static std::shared_ptr<RateLimiter> forAccount(const QString &accountKey);
    // Cloudflare's buckets and ours start a few milliseconds apart (the first request also opens a
    // connection), so refilling at exactly the documented rate can run a hair ahead and meet a 429
    // whose Retry-After costs a whole second. The margin is on the refill rates only: the bursts
    // are the buckets' real sizes, so a full bucket is used at once. Estimates include it.
    static constexpr double RefillMargin = 0.97;

private:
    TokenBucket &classBucket(Cloudflare::PurgeAction action, Plan plan, qint64 nowMs);
    TokenBucket &globalBucket(qint64 nowMs);

    QElapsedTimer m_clock;
    QHash<QString, TokenBucket> m_buckets;
};

} // namespace PurgeDesk::Purge
