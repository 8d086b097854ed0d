#pragma once

#include "purge/runner.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

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
// and Retry Failed, purgedesk-cli): the plan, the account's rate limiter, the runners, cancel, the
// specs for retrying what failed, and the recording. A purge may span several zones (a list whose
// items belong to different zones, or tags purged in several zones): one spec per zone, run one
// zone after the other, each recorded as its own run. The session publishes the one set of
// counters that everything a user reads comes from, for all zones and for each; nobody else counts.
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

    // Makes the recorder of one zone's run (called as each zone starts); null: not recorded.
    using RecorderFactory = std::function<std::unique_ptr<RunRecorder>()>;

    PurgeSession(Cloudflare::ApiClient *client, PurgeSpec spec, Options options, QObject *parent = nullptr);
    // One spec per zone, in the order they run.
    PurgeSession(Cloudflare::ApiClient *client, QList<PurgeSpec> specs, Options options, QObject *parent = nullptr);
    ~PurgeSession() override;

    // Before start(): where each zone's run is recorded (none: not recorded).
    void setRecorders(RecorderFactory factory);

    void start();
    // Stops sending; requests on their way may still be accepted; zones not started yet send
    // nothing. Finishes as Cancelled.
    void cancel();

    bool isStarted() const { return m_started; }
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    bool isCancelling() const { return m_cancelling && !m_finished; }

    int zoneCount() const { return int(m_runners.size()); }
    const PurgeSpec &spec(int zone = 0) const { return m_runners.at(zone)->spec(); }
    const PurgePlan &plan(int zone = 0) const { return m_runners.at(zone)->plan(); }
    QList<PurgeSpec> specs() const;
    // The plans' estimate for every zone together.
    qint64 estimatedMs() const;
    const RunSource &source() const { return m_options.source; }
    QDateTime startedAt() const { return m_startedAt; }
    // The client the run uses (its API address and proxy tell a verification where to go).
    const Cloudflare::ApiClient *client() const { return m_client; }
    // All zones together, and one zone's.
    Counters counters() const;
    Counters zoneCounters(int zone) const;
    RunOutcome outcome() const;
    RunOutcome zoneOutcome(int zone) const { return m_runners.at(zone)->outcome(); }
    // Every item of every zone, zone after zone (items() and allItems() line up).
    QList<ItemOutcome> items() const;
    QList<Item> allItems() const;
    // Every request, one row each: the zones' planned requests in order, then the halves of any
    // request split on the way, as they come.
    int batchCount() const { return int(m_rows.size()); }
    const BatchRecord &batch(int row) const;
    int batchZone(int row) const { return m_rows.at(row).first; }
    QList<BatchRecord> batches() const;
    // The error that decided the outcome (authentication, or the last failure).
    Cloudflare::ApiError lastError() const;
    QStringList purgeIds() const;
    Wait wait() const { return m_wait; }

    // After the run: the items that failed or were not sent, per zone, for Retry Failed.
    bool canRetry() const;
    QList<PurgeSpec> retrySpecs() const;

    // The history's id of the first zone's run once it is recorded (0 until then, or if not).
    qint64 historyRunId() const { return m_historyRunId; }
    // Every zone's run in the history, in the order they were recorded (a purge across zones is
    // several runs); empty until recorded, or if not.
    QList<qint64> historyRunIds() const { return m_historyRunIds; }
    QString recordingProblem() const { return m_recordingProblem; }

Q_SIGNALS:
    // Every change of the counters; `counters` is what counters() returns at that moment.
    void progress(const PurgeDesk::Purge::Counters &counters);
    // A request was queued, sent, settled, split (its row changed), or added by a split.
    void batchChanged(int row);
    void waitChanged();
    void finished();
    void recorded(qint64 runId);
    void recordingFailed(const QString &problem);

private:
    void startZone(int zone);
    void onWaiting(qint64 ms);
    void onBatchChanged(int zone, int local);
    void onBatchFinished(int zone, int local);
    void onZoneFinished(int zone);
    void publish();
    qint64 estimateRemainingMs(const Counters &counters) const;
    std::unique_ptr<RunRecorder> makeRecorder();

    Cloudflare::ApiClient *m_client;
    Options m_options;
    QList<Runner *> m_runners;
    std::vector<std::unique_ptr<RunRecorder>> m_recorders; // one per zone, made as it starts
    RecorderFactory m_recorderFactory;
    QList<QPair<int, int>> m_rows; // row -> (zone, the runner's batch index)
    QList<QList<int>> m_rowOf; // zone -> the runner's batch index -> row
    int m_current = -1; // the zone running
    QDateTime m_startedAt;
    QList<QDateTime> m_zoneStarted;
    Wait m_wait;
    qint64 m_historyRunId = 0;
    QList<qint64> m_historyRunIds;
    QString m_recordingProblem;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelling = false;
};

} // namespace PurgeDesk::Purge
