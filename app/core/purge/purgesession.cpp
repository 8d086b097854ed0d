#include "purgesession.h"

#include "cloudflare/apiclient.h"
#include "logging.h"

#include <algorithm>

namespace PurgeDesk::Purge {

RunRecorder::~RunRecorder() = default;

PurgeSession::PurgeSession(Cloudflare::ApiClient *client, PurgeSpec spec, Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_runner(nullptr)
{
    // Buckets belong to an account at one API address: a sandbox on another port starts full.
    const QString limiterKey = client->apiBase().toString() + u'|' + spec.limiterKey();
    m_runner = new Runner(client, RateLimiter::forAccount(limiterKey), std::move(spec), m_options.runner, this);
    connect(m_runner, &Runner::progress, this, &PurgeSession::publish);
    connect(m_runner, &Runner::waiting, this, &PurgeSession::onWaiting);
    connect(m_runner, &Runner::batchChanged, this, &PurgeSession::batchChanged);
    connect(m_runner, &Runner::batchFinished, this, &PurgeSession::onBatchFinished);
    connect(m_runner, &Runner::finished, this, &PurgeSession::onFinished);
}

PurgeSession::~PurgeSession() = default;

void PurgeSession::setRecorder(std::unique_ptr<RunRecorder> recorder)
{
    if (m_started)
        return;
    m_recorder = std::move(recorder);
    if (!m_recorder)
        return;
    const QPointer<PurgeSession> guard(this);
    m_recorder->onRecorded = [guard](qint64 runId) {
        if (!guard)
            return;
        guard->m_historyRunId = runId;
        Q_EMIT guard->recorded(runId);
    };
    m_recorder->onProblem = [guard](const QString &problem) {
        if (!guard || !guard->m_recordingProblem.isEmpty())
            return;
        guard->m_recordingProblem = problem;
        qCWarning(lcApp).noquote() << "history:" << problem;
        Q_EMIT guard->recordingFailed(problem);
    };
}

void PurgeSession::start()
{
    if (m_started)
        return;
    m_started = true;
    m_startedAt = QDateTime::currentDateTimeUtc();
    if (m_recorder)
        m_recorder->started(spec(), m_options.source, m_startedAt, m_runner->counters());
    m_runner->start();
    publish();
}

void PurgeSession::cancel()
{
    if (!isRunning() || m_cancelling)
        return;
    m_cancelling = true;
    m_runner->cancel();
}

bool PurgeSession::canRetry() const
{
    if (!isFinished() || m_runner->outcome() == RunOutcome::Done)
        return false;
    const Counters &counters = m_runner->counters();
    return spec().action == PurgeAction::Everything || counters.failed + counters.notSent > 0;
}

Counters PurgeSession::counters() const
{
    Counters counters = m_runner->counters();
    counters.elapsedMs = m_runner->elapsedMs();
    counters.remainingMs = estimateRemainingMs(counters);
    return counters;
}

qint64 PurgeSession::estimateRemainingMs(const Counters &counters) const
{
    if (!m_started)
        return plan().estimatedMs;
    if (isFinished())
        return 0;
    // Requests are the unit of work: the plan's estimate until a tenth of them have settled, then
    // the pace this run has shown. A known wait (a 429's Retry-After) is never hidden.
    const int planned = std::max(1, counters.requestsPlanned);
    int settledRequests = 0;
    for (const BatchRecord &batch : m_runner->batches()) {
        if (batch.state != BatchState::Queued && batch.state != BatchState::InFlight)
            ++settledRequests;
    }
    qint64 estimate = std::max<qint64>(0, plan().estimatedMs - counters.elapsedMs);
    if (settledRequests * 10 >= planned && settledRequests > 0)
        estimate = counters.elapsedMs * (planned - settledRequests) / settledRequests;
    if (m_wait.reason != Wait::Reason::None)
        estimate = std::max(estimate, m_wait.untilMs - counters.elapsedMs);
    return std::max<qint64>(0, estimate);
}

void PurgeSession::onWaiting(qint64 ms)
{
    Wait wait;
    wait.untilMs = m_runner->elapsedMs() + ms;
    const QList<BatchRecord> &batches = m_runner->batches();
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
    const Counters now = counters();
    if (m_wait.reason != Wait::Reason::None && (now.elapsedMs >= m_wait.untilMs || isFinished())) {
        m_wait = {};
        Q_EMIT waitChanged();
    }
    Q_EMIT progress(now);
}

void PurgeSession::onBatchFinished(int batchIndex)
{
    if (!m_recorder)
        return;
    const BatchRecord &batch = m_runner->batches().at(batchIndex);
    m_recorder->batchSettled(batch, m_runner->items().mid(batch.first, batch.count), counters());
}

void PurgeSession::onFinished()
{
    m_wait = {};
    const Counters final = counters();
    if (m_recorder)
        m_recorder->finished(m_runner->outcome(), final, m_startedAt.addMSecs(final.elapsedMs));
    Q_EMIT waitChanged();
    Q_EMIT progress(final);
    Q_EMIT finished();
}

} // namespace PurgeDesk::Purge
