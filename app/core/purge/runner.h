#pragma once

#include "cloudflare/apierror.h"
#include "purge/planner.h"
#include "purge/purgespec.h"
#include "purge/ratelimiter.h"
#include "purge/requestcaps.h"
#include "purge/runrecords.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace PurgeDesk::Cloudflare {
class ApiClient;
class PurgeJob;
} // namespace PurgeDesk::Cloudflare

namespace PurgeDesk::Purge {

// Runs one purge: a few requests in flight on the client's network manager, paced by the
// account's rate limiter; retries 429s (after Retry-After, up to Options::maxWaitMs), server
// errors, timeouts and dropped connections with backoff and jitter; halves a batch Cloudflare
// refuses as too large; fails the items a refusal names and sends the rest again; fails a batch
// refused for any other reason with Cloudflare's words (and stops after a few identical
// refusals); cancellable. Every item ends Done, Failed (with the reason) or NotSent, and the
// counts always add up.
class Runner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runner)

public:
    struct Options
    {
        int concurrency = 6; // Qt opens at most 6 HTTP/1.1 connections per host
        // Over HTTP/2 (all requests share one connection), up to this many in flight: as many as
        // the rate limiter lets go now, within a common server stream limit.
        int http2Concurrency = 32;
        int maxAttempts = 5; // per batch, for server errors, timeouts and dropped connections
        int maxRateLimitedAttempts = 30; // per batch, 429s (each waits Retry-After)
        int backoffBaseMs = 500;
        int backoffMaxMs = 30000;
        // The longest a 429's Retry-After is waited for (Cloudflare's own lockout is 5 minutes).
        // Asked to wait longer, the run stops and says so: the rest is not sent.
        qint64 maxWaitMs = 5LL * 60 * 1000;
        // The same refusal (a 400 that names no item) this many times in a row stops the run.
        int maxIdenticalRefusals = 3;
    };

    using Outcome = RunOutcome;

    Runner(Cloudflare::ApiClient *client, std::shared_ptr<RateLimiter> limiter, PurgeSpec spec, Options options,
        QObject *parent = nullptr);
    Runner(
        Cloudflare::ApiClient *client, std::shared_ptr<RateLimiter> limiter, PurgeSpec spec, QObject *parent = nullptr);
    ~Runner() override;

    // Where the account's URL cap is learned and kept (before start()); without it, refusals only
    // halve the request.
    void setRequestCaps(std::shared_ptr<RequestCaps> caps) { m_caps = std::move(caps); }
    void start();
    void cancel();
    // Ends a run that has not started without sending anything: every item is not sent, for
    // `reason`, and the run finishes with `outcome` (a purge across zones stopped before this one).
    void abandon(Outcome outcome, const QString &reason);

    bool isFinished() const { return m_finishedEmitted; }
    Outcome outcome() const { return m_outcome; }
    const PurgeSpec &spec() const { return m_spec; }
    const PurgePlan &plan() const { return m_plan; }
    const QList<ItemOutcome> &items() const { return m_items; }
    const QList<BatchRecord> &batches() const { return m_batches; }
    // Items and requests; the time fields are the session's to fill (see PurgeSession).
    const Counters &counters() const { return m_counters; }
    // The error that decided the outcome (authentication, or the last failure).
    const Cloudflare::ApiError &lastError() const { return m_lastError; }
    // Since start(); frozen when the run finishes.
    qint64 elapsedMs() const;
    QStringList purgeIds() const;

    // A spec with exactly the items that failed or were not sent ("retry failed").
    PurgeSpec retrySpec() const;

Q_SIGNALS:
    void progress();
    // The next request waits for the rate limit (or a backoff) for `ms`.
    void waiting(qint64 ms);
    // A request's row changed: sent, queued again, settled, split, or added by a split.
    void batchChanged(int batchIndex);
    // A request settled (done, failed, not sent) or was split; its items' outcomes are final.
    void batchFinished(int batchIndex);
    void finished();

private:
    void pump();
    void send(int batchIndex);
    void onJobFinished(int batchIndex, Cloudflare::PurgeJob *job);
    void requeue(int batchIndex, qint64 delayMs);
    void enqueueInOrder(int batchIndex);
    // Splits a refused batch in two halves, or, with `partSize`, in parts of that size.
    void split(int batchIndex, int partSize = 0);
    // The account refuses more than RequestCaps::LegacyFilesCap URLs per request: batches still
    // queued are cut to parts that fit before they are sent.
    void resplitQueued(int partSize);
    bool isolateNamedItems(int batchIndex, const Cloudflare::ApiError &error);
    int addPart(int first, int count);
    void noteRefusal(const Cloudflare::ApiError &error);
    void settle(int batchIndex, ItemState state, const QString &reason, BatchRecord::State batchState);
    void stopRemaining(const QString &reason);
    void maybeFinish();
    qint64 backoffMs(int attempt);
    qint64 now() const;
    int maxInFlight() const;

    Cloudflare::ApiClient *m_client;
    std::shared_ptr<RateLimiter> m_limiter;
    PurgeSpec m_spec;
    PurgePlan m_plan;
    Options m_options;

    QList<ItemOutcome> m_items;
    QList<BatchRecord> m_batches;
    QList<int> m_queue; // batch indexes waiting to be sent, in order
    QHash<int, QPointer<Cloudflare::PurgeJob>> m_inFlight;
    Counters m_counters;
    Cloudflare::ApiError m_lastError;
    Outcome m_outcome = Outcome::Running;
    QString m_stopReason; // why the rest is not sent, once stopping
    QString m_lastRefusal; // the last refusal that named no item, and how often in a row
    int m_identicalRefusals = 0;
    std::shared_ptr<RequestCaps> m_caps;
    bool m_probing = false; // the account's URL cap is unknown: one URL request at a time until it is
    bool m_started = false;
    bool m_stopping = false;
    bool m_finishedEmitted = false;
    QTimer m_wake;
    QElapsedTimer m_clock;
    qint64 m_finishedMs = -1;
};

} // namespace PurgeDesk::Purge
