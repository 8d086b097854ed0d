#include "purgesession.h"

#include "cloudflare/apiclient.h"
#include "logging.h"

#include <algorithm>

namespace PurgeDesk::Purge {

RunRecorder::~RunRecorder() = default;

PurgeSession::PurgeSession(Cloudflare::ApiClient *client, PurgeSpec spec, Options options, QObject *parent)
    : PurgeSession(client, QList<PurgeSpec> {std::move(spec)}, std::move(options), parent)
{ }

PurgeSession::PurgeSession(Cloudflare::ApiClient *client, QList<PurgeSpec> specs, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{
    Q_ASSERT(!specs.isEmpty());
    for (PurgeSpec &spec : specs) {
        // Buckets belong to an account at one API address: a sandbox on another port starts full.
        const QString limiterKey = client->apiBase().toString() + u'|' + spec.limiterKey();
        auto caps = RequestCaps::forAccount(limiterKey);
        if (spec.action == PurgeAction::Files)
            spec.filesCap = caps->filesCap(RateLimiter::nowMs());
        auto *runner = new Runner(client, RateLimiter::forAccount(limiterKey), std::move(spec), m_options.runner, this);
        runner->setRequestCaps(std::move(caps));
        const int zone = int(m_runners.size());
        m_runners.append(runner);
        m_rowOf.append(QList<int>());
        for (int local = 0; local < runner->batches().size(); ++local) {
            m_rowOf[zone].append(int(m_rows.size()));
            m_rows.append({zone, local});
        }
        connect(runner, &Runner::progress, this, &PurgeSession::publish);
        connect(runner, &Runner::waiting, this, &PurgeSession::onWaiting);
        connect(runner, &Runner::batchChanged, this, [this, zone](int local) { onBatchChanged(zone, local); });
        connect(runner, &Runner::batchFinished, this, [this, zone](int local) { onBatchFinished(zone, local); });
        connect(runner, &Runner::finished, this, [this, zone] { onZoneFinished(zone); });
    }
}

PurgeSession::~PurgeSession() = default;

void PurgeSession::setRecorders(RecorderFactory factory)
{
    if (!m_started)
        m_recorderFactory = std::move(factory);
}

std::unique_ptr<RunRecorder> PurgeSession::makeRecorder()
{
    std::unique_ptr<RunRecorder> recorder = m_recorderFactory ? m_recorderFactory() : nullptr;
    if (!recorder)
        return nullptr;
    const QPointer<PurgeSession> guard(this);
    recorder->onRecorded = [guard](qint64 runId) {
        if (!guard)
            return;
        if (guard->m_historyRunId == 0)
            guard->m_historyRunId = runId;
        guard->m_historyRunIds.append(runId);
        Q_EMIT guard->recorded(runId);
    };
    recorder->onProblem = [guard](const QString &problem) {
        if (!guard || !guard->m_recordingProblem.isEmpty())
            return;
        guard->m_recordingProblem = problem;
        qCWarning(lcApp).noquote() << "history:" << problem;
        Q_EMIT guard->recordingFailed(problem);
    };
    return recorder;
}

void PurgeSession::start()
{
    if (m_started)
        return;
    m_started = true;
    m_startedAt = QDateTime::currentDateTimeUtc();
    startZone(0);
    publish();
}

void PurgeSession::startZone(int zone)
{
    m_current = zone;
    Runner *runner = m_runners.at(zone);
    m_recorders.push_back(makeRecorder());
    m_zoneStarted.append(QDateTime::currentDateTimeUtc());
    if (RunRecorder *recorder = m_recorders.back().get())
        recorder->started(runner->spec(), m_options.source, m_zoneStarted.last(), runner->counters());
    runner->start();
}

void PurgeSession::cancel()
{
    if (!isRunning() || m_cancelling)
        return;
    m_cancelling = true;
    m_runners.at(m_current)->cancel(); // the zones after it are abandoned when it finishes
}

void PurgeSession::onZoneFinished(int zone)
{
    if (zone != m_current || m_finished)
        return;
    Runner *runner = m_runners.at(zone);
    if (RunRecorder *recorder = m_recorders.at(std::size_t(zone)).get()) {
        Counters counters = runner->counters();
        counters.elapsedMs = runner->elapsedMs();
        counters.remainingMs = 0;
        recorder->finished(runner->outcome(), counters, m_zoneStarted.at(zone).addMSecs(counters.elapsedMs));
    }
    const int next = zone + 1;
    if (next < m_runners.size()) {
        // A cancel, or a credential Cloudflare refused, stops the zones still to come too: they are
        // recorded with nothing sent, so every item of the purge ends somewhere.
        const RunOutcome outcome = runner->outcome();
        if (m_cancelling || outcome == RunOutcome::Cancelled || outcome == RunOutcome::AuthFailed) {
            const bool auth = outcome == RunOutcome::AuthFailed;
            const QString reason = auth
                ? tr("Not sent: the credential was refused (%1).").arg(runner->lastError().summary())
                : tr("Not sent: the run was cancelled.");
            for (int later = next; later < m_runners.size(); ++later) {
                m_current = later;
                m_recorders.push_back(makeRecorder());
                m_zoneStarted.append(QDateTime::currentDateTimeUtc());
                Runner *abandoned = m_runners.at(later);
                if (RunRecorder *recorder = m_recorders.back().get())
                    recorder->started(abandoned->spec(), m_options.source, m_zoneStarted.last(), abandoned->counters());
                abandoned->abandon(auth ? RunOutcome::AuthFailed : RunOutcome::Cancelled, reason);
            }
            return; // the last one's finished() ends the session
        }
        startZone(next);
        return;
    }
    m_finished = true;
    m_wait = {};
    const Counters final = counters();
    Q_EMIT waitChanged();
    Q_EMIT progress(final);
    Q_EMIT finished();
}

QList<PurgeSpec> PurgeSession::specs() const
{
    QList<PurgeSpec> all;
    for (const Runner *runner : m_runners)
        all.append(runner->spec());
    return all;
}

qint64 PurgeSession::estimatedMs() const
{
    qint64 total = 0;
    for (const Runner *runner : m_runners)
        total += runner->plan().estimatedMs;
    return total;
}

Counters PurgeSession::zoneCounters(int zone) const
{
    const Runner *runner = m_runners.at(zone);
    Counters counters = runner->counters();
    counters.elapsedMs = runner->elapsedMs();
    counters.remainingMs = runner->isFinished() ? 0 : -1;
    return counters;
}

Counters PurgeSession::counters() const
{
    Counters total;
    for (const Runner *runner : m_runners) {
        const Counters &c = runner->counters();
        total.items += c.items;
        total.done += c.done;
        total.failed += c.failed;
        total.notSent += c.notSent;
        total.pending += c.pending;
        total.requestsPlanned += c.requestsPlanned;
        total.requestsSent += c.requestsSent;
        total.requestsInFlight += c.requestsInFlight;
        total.attempts += c.attempts;
        total.retries += c.retries;
        total.rateLimited += c.rateLimited;
        // The zones run one after the other: the purge took their times together.
        total.elapsedMs += runner->elapsedMs();
    }
    total.remainingMs = estimateRemainingMs(total);
    return total;
}

RunOutcome PurgeSession::outcome() const
{
    if (!m_finished)
        return RunOutcome::Running;
    if (m_runners.size() == 1)
        return m_runners.first()->outcome();
    bool allDone = true;
    bool anyDone = false;
    for (const Runner *runner : m_runners) {
        const RunOutcome zone = runner->outcome();
        if (zone == RunOutcome::AuthFailed)
            return RunOutcome::AuthFailed;
        if (zone == RunOutcome::Cancelled && m_cancelling)
            return RunOutcome::Cancelled;
        allDone = allDone && zone == RunOutcome::Done;
        anyDone = anyDone || zone == RunOutcome::Done || zone == RunOutcome::Partial;
    }
    return allDone ? RunOutcome::Done : anyDone ? RunOutcome::Partial : RunOutcome::Failed;
}

QList<ItemOutcome> PurgeSession::items() const
{
    if (m_runners.size() == 1)
        return m_runners.first()->items();
    QList<ItemOutcome> all;
    for (const Runner *runner : m_runners)
        all.append(runner->items());
    return all;
}

QList<Item> PurgeSession::allItems() const
{
    if (m_runners.size() == 1)
        return m_runners.first()->spec().items;
    QList<Item> all;
    for (const Runner *runner : m_runners)
        all.append(runner->spec().items);
    return all;
}

const BatchRecord &PurgeSession::batch(int row) const
{
    const auto [zone, local] = m_rows.at(row);
    return m_runners.at(zone)->batches().at(local);
}

QList<BatchRecord> PurgeSession::batches() const
{
    QList<BatchRecord> all;
    all.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        all.append(batch(row));
    return all;
}

Cloudflare::ApiError PurgeSession::lastError() const
{
    Cloudflare::ApiError last;
    for (const Runner *runner : m_runners) {
        if (runner->lastError().isAuthFailure())
            return runner->lastError();
        if (runner->lastError().isError())
            last = runner->lastError();
    }
    return last;
}

QStringList PurgeSession::purgeIds() const
{
    QStringList ids;
    for (const Runner *runner : m_runners)
        ids.append(runner->purgeIds());
    return ids;
}

bool PurgeSession::canRetry() const
{
    if (!m_finished || outcome() == RunOutcome::Done)
        return false;
    return std::any_of(m_runners.cbegin(), m_runners.cend(), [](const Runner *runner) {
        const Counters &c = runner->counters();
        return runner->outcome() != RunOutcome::Done
            && (runner->spec().action == PurgeAction::Everything || c.failed + c.notSent > 0);
    });
}

QList<PurgeSpec> PurgeSession::retrySpecs() const
{
    QList<PurgeSpec> rest;
    for (const Runner *runner : m_runners) {
        if (runner->outcome() == RunOutcome::Done)
            continue;
        const PurgeSpec spec = runner->retrySpec();
        if (spec.action == PurgeAction::Everything || !spec.items.isEmpty())
            rest.append(spec);
    }
    return rest;
}

qint64 PurgeSession::estimateRemainingMs(const Counters &counters) const
{
    if (!m_started)
        return estimatedMs();
    if (m_finished)
        return 0;
    // Requests are the unit of work: the plans' estimate until a tenth of them have settled, then
    // the pace this run has shown. A known wait (a 429's Retry-After) is never hidden.
    const int planned = std::max(1, counters.requestsPlanned);
    int settledRequests = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        const BatchState state = batch(row).state;
        if (state != BatchState::Queued && state != BatchState::InFlight)
            ++settledRequests;
    }
    qint64 estimate = std::max<qint64>(0, estimatedMs() - counters.elapsedMs);
    if (settledRequests * 10 >= planned && settledRequests > 0)
        estimate = counters.elapsedMs * (planned - settledRequests) / settledRequests;
    if (m_wait.reason != Wait::Reason::None)
        estimate = std::max(estimate, m_wait.untilMs - counters.elapsedMs);
    return std::max<qint64>(0, estimate);
}

void PurgeSession::onWaiting(qint64 ms)
{
    if (m_current < 0)
        return;
    Wait wait;
    wait.untilMs = counters().elapsedMs + ms;
    const QList<BatchRecord> &batches = m_runners.at(m_current)->batches();
    const auto queuedWith = [&batches](auto predicate) {
        return std::any_of(batches.cbegin(), batches.cend(), [&predicate](const BatchRecord &batch) {
            return batch.state == BatchState::Queued && batch.error.isError() && predicate(batch.error);
        });
    };
    using Kind = Cloudflare::ApiError::Kind;
    if (queuedWith([](const Cloudflare::ApiError &error) { return error.kind == Kind::RateLimited; }))
        wait.reason = Wait::Reason::RateLimited;
    else if (queuedWith([](const Cloudflare::ApiError &error) { return error.kind != Kind::RateLimited; }))
        wait.reason = Wait::Reason::Retrying;
    else
        wait.reason = Wait::Reason::Pacing;
    m_wait = wait;
    Q_EMIT waitChanged();
    publish();
}

void PurgeSession::publish()
{
    if (m_finished)
        return; // the end is published once, by onZoneFinished()
    const Counters now = counters();
    if (m_wait.reason != Wait::Reason::None && now.elapsedMs >= m_wait.untilMs) {
        m_wait = {};
        Q_EMIT waitChanged();
    }
    Q_EMIT progress(now);
}

void PurgeSession::onBatchChanged(int zone, int local)
{
    QList<int> &rows = m_rowOf[zone];
    while (rows.size() <= local) { // halves of a split request: new rows at the end
        rows.append(int(m_rows.size()));
        m_rows.append({zone, int(rows.size()) - 1});
    }
    Q_EMIT batchChanged(rows.at(local));
}

void PurgeSession::onBatchFinished(int zone, int local)
{
    RunRecorder *recorder = std::size_t(zone) < m_recorders.size() ? m_recorders.at(std::size_t(zone)).get() : nullptr;
    if (!recorder)
        return;
    const Runner *runner = m_runners.at(zone);
    const BatchRecord &batch = runner->batches().at(local);
    Counters counters = runner->counters();
    counters.elapsedMs = runner->elapsedMs();
    recorder->batchSettled(batch, runner->items().mid(batch.first, batch.count), counters);
}

} // namespace PurgeDesk::Purge
