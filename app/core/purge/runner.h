#pragma once

#include "cloudflare/apierror.h"
#include "purge/planner.h"
#include "purge/purgespec.h"
#include "purge/ratelimiter.h"

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

enum class ItemState {
    Pending,
    Done, // Cloudflare accepted the request that carried it
    Failed, // Cloudflare refused it, or it could not be sent after the retries; see reason
    NotSent, // the run stopped (cancel, authentication failure) before it was accepted; see reason
};

struct ItemOutcome
{
    ItemState state = ItemState::Pending;
    QString reason;
    QString purgeId;
    int batch = -1; // the last request that carried it
};

// One request of the run. A batch Cloudflare calls too large is split into two new batches.
struct BatchRecord
{
    enum class State { Queued, InFlight, Done, Failed, NotSent, Split };
    int index = 0;
    int first = 0;
    int count = 0;
    State state = State::Queued;
    int attempts = 0; // requests sent for it
    int rateLimited = 0; // 429s it met
    int httpStatus = 0; // of the last answer
    QString purgeId;
    Cloudflare::ApiError error; // of the last attempt
    qint64 startedMs = -1; // first send, on the runner's clock
    qint64 finishedMs = -1;
    qint64 notBeforeMs = 0; // backoff
};

struct RunCounts
{
    int requested = 0;
    int done = 0;
    int failed = 0;
    int notSent = 0;
    int requests = 0; // HTTP requests made
    int rateLimited = 0; // 429s met
    int retries = 0;

    int pending() const { return requested - done - failed - notSent; }
};

class Runner;

// Receives a run as it happens (the history implements it). Every method has a no-op default.
class RunSink
{
public:
    virtual ~RunSink();
    virtual void runStarted(const Runner &runner);
    virtual void batchFinished(const Runner &runner, const BatchRecord &batch);
    virtual void runFinished(const Runner &runner);
};

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
        int maxAttempts = 5; // per batch, for server errors, timeouts and dropped connections
        int maxRateLimitedAttempts = 30; // per batch, 429s (each waits Retry-After)
        int backoffBaseMs = 500;
        int backoffMaxMs = 30000;
        // The longest a 429's Retry-After is waited for (Cloudflare's own lockout is 5 minutes).
        // Asked to wait longer, the run stops and says so: the rest is not sent.
        qint64 maxWaitMs = 5 * 60 * 1000;
        // The same refusal (a 400 that names no item) this many times in a row stops the run.
        int maxIdenticalRefusals = 3;
    };

    enum class Outcome {
        Running,
        Done, // every item done
        Partial, // some items done, some failed or not sent
        Failed, // nothing done
        Cancelled,
        AuthFailed, // the credential was refused; the rest was not sent
    };

    Runner(Cloudflare::ApiClient *client, std::shared_ptr<RateLimiter> limiter, PurgeSpec spec, Options options,
        QObject *parent = nullptr);
    Runner(
        Cloudflare::ApiClient *client, std::shared_ptr<RateLimiter> limiter, PurgeSpec spec, QObject *parent = nullptr);
    ~Runner() override;

    void setSink(RunSink *sink) { m_sink = sink; }
    void start();
    void cancel();

    bool isFinished() const { return m_finishedEmitted; }
    Outcome outcome() const { return m_outcome; }
    const PurgeSpec &spec() const { return m_spec; }
    const PurgePlan &plan() const { return m_plan; }
    const QList<ItemOutcome> &items() const { return m_items; }
    const QList<BatchRecord> &batches() const { return m_batches; }
    const RunCounts &counts() const { return m_counts; }
    // The error that decided the outcome (authentication, or the last failure).
    const Cloudflare::ApiError &lastError() const { return m_lastError; }
    qint64 elapsedMs() const;
    QStringList purgeIds() const;

    // A spec with exactly the items that failed or were not sent ("retry failed").
    PurgeSpec retrySpec() const;

Q_SIGNALS:
    void progress();
    // The next request waits for the rate limit (or a backoff) for `ms`.
    void waiting(qint64 ms);
    void batchFinished(int batchIndex);
    void finished();

private:
    void pump();
    void send(int batchIndex);
    void onJobFinished(int batchIndex, Cloudflare::PurgeJob *job);
    void requeue(int batchIndex, qint64 delayMs);
    void enqueueInOrder(int batchIndex);
    void split(int batchIndex);
    bool isolateNamedItems(int batchIndex, const Cloudflare::ApiError &error);
    int addPart(int first, int count);
    void noteRefusal(const Cloudflare::ApiError &error);
    void settle(int batchIndex, ItemState state, const QString &reason, BatchRecord::State batchState);
    void stopRemaining(const QString &reason);
    void maybeFinish();
    qint64 backoffMs(int attempt);
    qint64 now() const;

    Cloudflare::ApiClient *m_client;
    std::shared_ptr<RateLimiter> m_limiter;
    PurgeSpec m_spec;
    PurgePlan m_plan;
    Options m_options;
    RunSink *m_sink = nullptr;

    QList<ItemOutcome> m_items;
    QList<BatchRecord> m_batches;
    QList<int> m_queue; // batch indexes waiting to be sent, in order
    QHash<int, QPointer<Cloudflare::PurgeJob>> m_inFlight;
    RunCounts m_counts;
    Cloudflare::ApiError m_lastError;
    Outcome m_outcome = Outcome::Running;
    QString m_stopReason; // why the rest is not sent, once stopping
    QString m_lastRefusal; // the last refusal that named no item, and how often in a row
    int m_identicalRefusals = 0;
    bool m_started = false;
    bool m_stopping = false;
    bool m_finishedEmitted = false;
    QTimer m_wake;
    QElapsedTimer m_clock;
};

} // namespace PurgeDesk::Purge
