#pragma once

// What the window benchmarks share (bench_paste, bench_windowpurge): an event-loop latency probe and
// waits that run the event loop the way an application does.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace PurgeDesk::Bench {

// Ticks every 5 ms and keeps when each tick came and how late.
class LatencyProbe final : public QObject
{
public:
    struct Tick
    {
        double atMs;
        double lateMs;
    };

    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_ticks.append({double(now) / 1e6, std::max(0.0, double(now - m_last) / 1e6 - 5.0)});
            m_last = now;
        });
    }
    void start()
    {
        m_ticks.clear();
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double nowMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }
    // The worst and the 99th-percentile wait of the ticks in [fromMs, toMs), and how many; and when
    // the worst one ended (on the probe's clock) if `worstAtMs` is given.
    void waits(double fromMs, double toMs, double *worst, double *p99, int *count, double *worstAtMs = nullptr) const
    {
        QList<double> late;
        double worstSeen = -1;
        for (const Tick &tick : m_ticks) {
            if (tick.atMs < fromMs || tick.atMs >= toMs)
                continue;
            late << tick.lateMs;
            if (tick.lateMs > worstSeen) {
                worstSeen = tick.lateMs;
                if (worstAtMs)
                    *worstAtMs = tick.atMs;
            }
        }
        std::sort(late.begin(), late.end());
        *count = int(late.size());
        *worst = late.isEmpty() ? 0 : late.last();
        *p99
            = late.isEmpty() ? 0 : late.at(std::min<qsizetype>(late.size() - 1, qsizetype(double(late.size()) * 0.99)));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    QList<Tick> m_ticks;
};

// Runs the event loop (sleeping when there is nothing to do, as an application does: a loop of
// processEvents() would spin and show up as the UI thread's CPU) until `done` or `ms` have passed.
inline bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || timer.elapsed() > ms)
            loop.quit();
    });
    poll.start();
    if (!done())
        loop.exec();
    return done();
}

inline void runFor(int ms)
{
    QElapsedTimer timer;
    timer.start();
    waitFor([&] { return timer.elapsed() >= ms; }, ms + 1000);
}

} // namespace PurgeDesk::Bench
