#pragma once

#include "cloudflare/types.h"
#include "purge/planlimits.h"
#include "purge/tokenbucket.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>

namespace PurgeDesk::Purge {

// Paces requests before Cloudflare says no: token buckets for one account, per limit class (the
// request bucket for hosts/tags/prefixes/everything, URLs per second for files, and the global
// request limit), sized from the plan limits table. Cloudflare shares the purge buckets among the
// zones of one plan within an account, so they are keyed by plan; one limiter per account is
// shared by every zone and run in the process (forAccount()), and, through a small state file
// under a lock, by every PurgeDesk process of this user (a deploy script's purges one after the
// other, the command line while the window is open): a second run does not start from a full
// bucket that Cloudflare has already emptied.
class RateLimiter final
{
public:
    RateLimiter() = default;

    // Cloudflare's buckets and ours start a few milliseconds apart (the first request also opens a
    // connection), so refilling at exactly the documented rate can run a hair ahead and meet a 429
    // whose Retry-After costs a whole second. The margin is on the refill rates only: the bursts
    // are the buckets' real sizes, so a full bucket is used at once. Estimates include it.
    static constexpr double RefillMargin = 0.97;
    // Cloudflare's bucket starts draining when our first request reaches it, ours when we send it:
    // after a burst from a full bucket, refilling is counted from this much later, so the burst
    // never runs ahead of Cloudflare's.
    static constexpr qint64 RefillStartDelayMs = 250;

    // Keep the buckets in this file too (read and written under a lock at each request, without a
    // disk flush: SharedStateFile), so other processes pace with the same state. Empty: this
    // process only.
    void setStatePath(const QString &path) { m_statePath = path; }
    QString statePath() const { return m_statePath; }

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

    // Wall-clock milliseconds: the state is shared with other processes.
    static qint64 nowMs();

    // The account's limiter (its state kept in the cache folder, see defaultStatePath()).
    static std::shared_ptr<RateLimiter> forAccount(const QString &accountKey);
    static QString defaultStatePath(const QString &accountKey);

private:
    TokenBucket &bucket(const QString &key, qint64 nowMs);
    static QString classKey(Cloudflare::PurgeAction action, Plan plan);
    // Runs `change` on the buckets as the state file has them, and writes them back.
    void withSharedState(qint64 nowMs, const std::function<void()> &change);

    QHash<QString, TokenBucket> m_buckets;
    QString m_statePath;
};

} // namespace PurgeDesk::Purge
