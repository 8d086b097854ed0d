#pragma once

#include <QtGlobal>

namespace PurgeDesk {

// A token bucket on a caller-supplied monotonic clock (milliseconds), so it can be driven by
// QElapsedTimer in production and by exact times in tests.
class TokenBucket final
{
public:
    TokenBucket() = default;
    TokenBucket(double capacity, double refillPerSecond, qint64 nowMs);

    // Takes `cost` tokens if available and returns true; otherwise takes nothing.
    bool tryTake(double cost, qint64 nowMs);
    // Milliseconds until `cost` tokens are available (0 if they are now). A cost above the
    // capacity can never be met: it reports the time to fill the bucket completely.
    qint64 waitMs(double cost, qint64 nowMs);
    // Nothing is taken before `untilMs` (a server's Retry-After); at `untilMs` one request is
    // granted whatever the level, since the server said it may be retried then.
    void pauseUntil(qint64 untilMs);

    double available(qint64 nowMs);
    double capacity() const { return m_capacity; }

    // What the bucket holds, to be kept between processes (the capacity and rate come from the
    // limits table, not from the saved state).
    struct State
    {
        double tokens = 0;
        qint64 lastMs = 0;
        qint64 pausedUntilMs = 0;
        bool grant = false;
    };
    State state() const { return {m_tokens, m_lastMs, m_pausedUntilMs, m_grant}; }
    void restore(const State &state);

private:
    void refill(qint64 nowMs);

    double m_capacity = 0;
    double m_refillPerSecond = 0;
    double m_tokens = 0;
    qint64 m_lastMs = 0;
    qint64 m_pausedUntilMs = 0;
    bool m_grant = false; // one request allowed when the pause ends
};

} // namespace PurgeDesk
