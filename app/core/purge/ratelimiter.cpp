#include "ratelimiter.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Purge {

RateLimiter::RateLimiter()
{
    m_clock.start();
}

std::shared_ptr<RateLimiter> RateLimiter::forAccount(const QString &accountKey)
{
    static QHash<QString, std::weak_ptr<RateLimiter>> registry;
    std::shared_ptr<RateLimiter> limiter = registry.value(accountKey).lock();
    if (!limiter) {
        limiter = std::make_shared<RateLimiter>();
        registry.insert(accountKey, limiter);
    }
    return limiter;
}

TokenBucket &RateLimiter::classBucket(Cloudflare::PurgeAction action, Plan plan, qint64 nowMs)
{
    const PlanLimits limits = limitsFor(plan);
    const bool files = action == Cloudflare::PurgeAction::Files;
    const QString key = (files ? u"urls:"_s : u"flex:"_s) + planId(plan);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        // URLs: a bucket of one second's worth, refilled at the plan's rate (less the margin).
        it = files
            ? m_buckets.insert(key, TokenBucket(limits.urlsPerSecond, limits.urlsPerSecond * RefillMargin, nowMs))
            : m_buckets.insert(
                key, TokenBucket(limits.flexBucketSize, limits.flexRefillPerSecond * RefillMargin, nowMs));
    }
    return it.value();
}

TokenBucket &RateLimiter::globalBucket(qint64 nowMs)
{
    const GlobalLimits global = globalLimits();
    auto it = m_buckets.find(u"global"_s);
    if (it == m_buckets.end())
        it = m_buckets.insert(
            u"global"_s, TokenBucket(global.requests, RefillMargin * global.requests / global.windowSeconds, nowMs));
    return it.value();
}

qint64 RateLimiter::tryAcquireAt(Cloudflare::PurgeAction action, int items, Plan plan, qint64 nowMs)
{
    const double cost = action == Cloudflare::PurgeAction::Files ? std::max(1, items) : 1;
    TokenBucket &perClass = classBucket(action, plan, nowMs);
    TokenBucket &global = globalBucket(nowMs);
    const qint64 wait = std::max(perClass.waitMs(cost, nowMs), global.waitMs(1, nowMs));
    if (wait > 0)
        return wait;
    perClass.tryTake(cost, nowMs);
    global.tryTake(1, nowMs);
    return 0;
}

void RateLimiter::pauseAt(Cloudflare::PurgeAction action, Plan plan, qint64 pauseMs, qint64 nowMs)
{
    classBucket(action, plan, nowMs).pauseUntil(nowMs + pauseMs);
}

} // namespace PurgeDesk::Purge
