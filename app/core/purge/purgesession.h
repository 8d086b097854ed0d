#pragma once

#include "purge/runner.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace PurgeDesk::Purge {

// Receives a run as it happens, to keep it (the history implements it). Called in order on the
// session's thread; an implementation copies what it keeps (it may write on another thread).
class RunRecorder
{
public:
    RunRecorder() = default;
    virtual ~RunRecorder();
    Q_DISABLE_COPY_MOVE(RunRecorder)

    virtual void started(
        const PurgeSpec &spec, const RunSource &source, const QDateTime &startedAt, const Counters &counters)
        = 0;
    // `items` are the outcomes of the batch's items (batch.first onwards), final for this batch.
    virtual void batchSettled(const BatchRecord &batch, const QList<ItemOutcome> &items, const Counters &counters) = 0;
    virtual void finished(RunOutcome outcome, const Counters &counters, const QDateTime &finishedAt) = 0;

    // Set by the session; an implementation calls them (on the session's thread) when it knows the
    // record's id, or when the run cannot be recorded (with a sentence saying why).
    std::function<void(qint64 runId)> onRecorded;
    std::function<void(const QString &problem)> onProblem;
};

// One purge from start to end, for every surface (the window, presets, the History tab's Run Again
// and Retry Failed, purgedesk-cli): the plan, the account's rate limiter, the runner, cancel, the
// spec for retrying what failed, and the recording. It publishes the one set of counters that
// everything a user reads comes from; nobody else counts.
class PurgeSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurgeSession)

public:
    struct Options
    {
        Runner::Options runner;
        RunSource source = RunSource::gui();
    };

    // What the next request waits for, if anything.
    struct Wait
    {
        enum class Reason {
            None,
            Pacing, // the account's rate limits, before Cloudflare says no
            RateLimited, // Cloudflare answered 429: its Retry-After
            Retrying, // a failed request is tried again after a backoff
        };
        Reason reason = Reason::None;
        qint64 untilMs = 0; // on the session's clock (Counters::elapsedMs)
    };

    PurgeSession(Cloudflare::ApiClient *client, PurgeSpec spec, Options options, QObject *parent = nullptr);
    ~PurgeSession() override;

    // Before start(): where the run is recorded (none: not recorded).
    void setRecorder(std::unique_ptr<RunRecorder> recorder);

    void start();
    // Stops sending; requests on their way may still be accepted. Finishes as Cancelled.
    void cancel();

    bool isStarted() const { return m_started; }
    bool isRunning() const { return m_started && !m_runner->isFinished(); }
    bool isFinished() const { return m_runner->isFinished(); }
    bool isCancelling() const { return m_cancelling && !isFinished(); }

    const PurgeSpec &spec() const { return m_runner->spec(); }
    const PurgePlan &plan() const { return m_runner->plan(); }
    const RunSource &source() const { return m_options.source; }
    QDateTime startedAt() const { return m_startedAt; }
    Counters counters() const;
    RunOutcome outcome() const { return m_runner->outcome(); }
    const QList<ItemOutcome> &items() const { return m_runner->items(); }
    const QList<BatchRecord> &batches() const { return m_runner->batches(); }
    // The error that decided the outcome (authentication, or the last failure).
    const Cloudflare::ApiError &lastError() const { return m_runner->lastError(); }
    QStringList purgeIds() const { return m_runner->purgeIds(); }
    Wait wait() const { return m_wait; }

    // After the run: items that failed or were not sent, for Retry Failed (none when all are done).
    bool canRetry() const;
    PurgeSpec retrySpec() const { return m_runner->retrySpec(); }

    // The history's id for this run once it is recorded (0 until then, or if it is not).
    qint64 historyRunId() const { return m_historyRunId; }
    QString recordingProblem() const { return m_recordingProblem; }

Q_SIGNALS:
    // Every change of the counters; `counters` is what counters() returns at that moment.
    void progress(const PurgeDesk::Purge::Counters &counters);
    // A request was queued, sent, settled, split (its row changed), or added by a split.
    void batchChanged(int batchIndex);
    void waitChanged();
    void finished();
    void recorded(qint64 runId);
    void recordingFailed(const QString &problem);

private:
    void onWaiting(qint64 ms);
    void onBatchFinished(int batchIndex);
    void onFinished();
    void publish();
    qint64 estimateRemainingMs(const Counters &counters) const;

    Options m_options;
    Runner *m_runner;
    std::unique_ptr<RunRecorder> m_recorder;
    QDateTime m_startedAt;
    Wait m_wait;
    qint64 m_historyRunId = 0;
    QString m_recordingProblem;
    bool m_started = false;
    bool m_cancelling = false;
};

} // namespace PurgeDesk::Purge
