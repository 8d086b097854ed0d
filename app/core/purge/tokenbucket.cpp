#include "tokenbucket.h"

#include <algorithm>
#include <cmath>

namespace PurgeDesk {

TokenBucket::TokenBucket(double capacity, double refillPerSecond, qint64 nowMs)
    : m_capacity(capacity)
    , m_refillPerSecond(refillPerSecond)
    , m_tokens(capacity)
    , m_lastMs(nowMs)
{ }

void TokenBucket::refill(qint64 nowMs)
{
    if (nowMs < m_pausedUntilMs) {
        m_lastMs = std::max(m_lastMs, nowMs);
        return; // nothing accrues during a pause
    }
    const qint64 from = std::max(m_lastMs, m_pausedUntilMs);
    if (nowMs > from)
        m_tokens = std::min(m_capacity, m_tokens + double(nowMs - from) * m_refillPerSecond / 1000.0);
    m_lastMs = std::max(m_lastMs, nowMs);
}

bool TokenBucket::tryTake(double cost, qint64 nowMs)
{
    refill(nowMs);
    if (nowMs < m_pausedUntilMs)
        return false;
    if (m_grant) {
        m_grant = false;
        m_tokens = std::max(0.0, m_tokens - cost);
        return true;
    }
    // A tiny tolerance absorbs floating-point drift in the refill arithmetic.
    if (m_tokens + 1e-9 < cost)
        return false;
    m_tokens = std::max(0.0, m_tokens - cost);
    return true;
}

qint64 TokenBucket::waitMs(double cost, qint64 nowMs)
{
    refill(nowMs);
    const qint64 paused = std::max<qint64>(0, m_pausedUntilMs - nowMs);
    if (m_grant)
        return paused;
    const double needed = std::min(cost, m_capacity) - m_tokens;
    if (needed <= 1e-9)
        return paused;
    if (m_refillPerSecond <= 0)
        return -1;
    // Refilling starts again after a pause, or at a start set in the future.
    const qint64 refillFrom = std::max<qint64>(0, std::max(m_lastMs, m_pausedUntilMs) - nowMs);
    return refillFrom + qint64(std::ceil(needed * 1000.0 / m_refillPerSecond));
}

void TokenBucket::pauseUntil(qint64 untilMs)
{
    m_pausedUntilMs = std::max(m_pausedUntilMs, untilMs);
    m_grant = true;
}

void TokenBucket::restore(const State &state)
{
    m_tokens = std::clamp(state.tokens, 0.0, m_capacity);
    m_lastMs = state.lastMs;
    m_pausedUntilMs = state.pausedUntilMs;
    m_grant = state.grant;
}

double TokenBucket::available(qint64 nowMs)
{
    refill(nowMs);
    return m_tokens;
}

} // namespace PurgeDesk
