#include "runner.h"

#include "cloudflare/apiclient.h"
#include "logging.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::Cloudflare::ApiError;

namespace PurgeDesk::Purge {

Runner::Runner(Cloudflare::ApiClient *client, std::shared_ptr<RateLimiter> limiter, PurgeSpec spec, QObject *parent)
    : Runner(client, std::move(limiter), std::move(spec), Options(), parent)
{ }

Runner::Runner(Cloudflare::ApiClient *client, std::shared_ptr<RateLimiter> limiter, PurgeSpec spec, Options options,
    QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_limiter(std::move(limiter))
    , m_spec(std::move(spec))
    , m_plan(planPurge(m_spec))
    , m_options(options)
{
    m_items.resize(m_spec.items.size());
    m_counters.items = int(m_spec.items.size());
    m_counters.pending = m_counters.items;
    for (const Batch &batch : std::as_const(m_plan.batches)) {
        BatchRecord record;
        record.index = int(m_batches.size());
        record.first = batch.first;
        record.count = batch.count;
        m_queue.append(record.index);
        m_batches.append(record);
    }
    m_counters.requestsPlanned = int(m_batches.size());
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &Runner::pump);
}

Runner::~Runner()
{
    for (const QPointer<Cloudflare::PurgeJob> &job : std::as_const(m_inFlight)) {
        if (job)
            delete job.data();
    }
}

qint64 Runner::now() const
{
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

qint64 Runner::elapsedMs() const
{
    return m_finishedMs >= 0 ? m_finishedMs : now();
}

void Runner::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    if (m_caps && m_spec.action == PurgeAction::Files && m_plan.perRequest > RequestCaps::LegacyFilesCap
        && m_batches.size() > 1 && !m_caps->knowsFilesCap(RateLimiter::nowMs()))
        m_probing = true; // the first answer says whether the account takes the plan's cap
    pump();
}

void Runner::cancel()
{
    if (!m_started || m_finishedEmitted || m_stopping)
        return;
    m_outcome = Outcome::Cancelled;
    stopRemaining(tr("Not sent: the run was cancelled."));
    for (const QPointer<Cloudflare::PurgeJob> &job : std::as_const(m_inFlight)) {
        if (job)
            job->cancel();
    }
    maybeFinish();
}

void Runner::abandon(Outcome outcome, const QString &reason)
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    m_outcome = outcome;
    stopRemaining(reason);
    maybeFinish();
}

void Runner::stopRemaining(const QString &reason)
{
    m_stopping = true;
    m_stopReason = reason;
    m_wake.stop();
    const QList<int> queued = m_queue;
    m_queue.clear();
    for (const int index : queued)
        settle(index, ItemState::NotSent, reason, BatchRecord::State::NotSent);
}

qint64 Runner::backoffMs(int attempt)
{
    const qint64 exponential
        = std::min<qint64>(m_options.backoffMaxMs, qint64(m_options.backoffBaseMs) << std::min(attempt - 1, 16));
    // Full jitter between half and all of the exponential delay.
    return exponential / 2 + qint64(QRandomGenerator::global()->bounded(int(exponential / 2) + 1));
}

int Runner::maxInFlight() const
{
    // HTTP/1.1 gives each request its own connection (6 per host); over HTTP/2 they share one, and
    // the rate limiter's tokens decide how many go now (the loop in pump() asks it for each).
    return m_client->http2Seen() ? std::max(m_options.concurrency, m_options.http2Concurrency) : m_options.concurrency;
}

void Runner::pump()
{
    if (m_stopping) {
        maybeFinish();
        return;
    }
    qint64 nextWake = -1;
    bool announced = false;
    const int sentBefore = m_counters.attempts;
    const int concurrency = m_probing ? 1 : maxInFlight();
    while (m_inFlight.size() < concurrency && !m_queue.isEmpty()) {
        // The first batch whose backoff has passed goes next; order is otherwise kept.
        int position = -1;
        for (int i = 0; i < m_queue.size(); ++i) {
            const qint64 notBefore = m_batches[m_queue[i]].notBeforeMs;
            if (notBefore <= now()) {
                position = i;
                break;
            }
            nextWake = nextWake < 0 ? notBefore - now() : std::min(nextWake, notBefore - now());
        }
        if (position < 0)
            break;
        const BatchRecord &batch = m_batches[m_queue[position]];
        const qint64 wait = m_limiter->tryAcquire(m_spec.action, batch.count, m_spec.zone.plan);
        if (wait > 0) {
            nextWake = nextWake < 0 ? wait : std::min(nextWake, wait);
            Q_EMIT waiting(wait);
            announced = true;
            break;
        }
        send(m_queue.takeAt(position));
    }
    if (m_counters.attempts != sentBefore)
        Q_EMIT progress();
    if (nextWake >= 0 && !m_queue.isEmpty()) {
        m_wake.start(int(std::clamp<qint64>(nextWake, 1, std::numeric_limits<int>::max())));
        // Only backoffs (after a 429 or an error) hold the queue and nothing is on the wire.
        if (!announced && m_inFlight.isEmpty())
            Q_EMIT waiting(nextWake);
    }
    maybeFinish();
}

void Runner::send(int batchIndex)
{
    BatchRecord &batch = m_batches[batchIndex];
    batch.state = BatchRecord::State::InFlight;
    ++batch.attempts;
    ++m_counters.attempts;
    if (batch.attempts == 1)
        ++m_counters.requestsSent;
    else
        ++m_counters.retries;
    if (batch.startedMs < 0)
        batch.startedMs = now();
    Cloudflare::PurgeJob *job
        = m_client->purge(m_spec.zone.id, m_spec.mode, requestFor(m_spec, {batch.first, batch.count}));
    job->setAutoDelete(false);
    m_inFlight.insert(batchIndex, job);
    m_counters.requestsInFlight = int(m_inFlight.size());
    Q_EMIT batchChanged(batchIndex);
    connect(job, &Cloudflare::ApiJob::finished, this,
        [this, batchIndex, job](Cloudflare::ApiJob *) { onJobFinished(batchIndex, job); });
    // Qt sends a request again by itself when a kept-alive connection drops before any byte of
    // the answer: Cloudflare saw another request, so it is counted as one, when it happens.
    connect(job, &Cloudflare::ApiJob::resent, this, [this, batchIndex] {
        ++m_batches[batchIndex].attempts;
        ++m_counters.attempts;
        ++m_counters.retries;
        Q_EMIT progress();
    });
}

void Runner::onJobFinished(int batchIndex, Cloudflare::PurgeJob *job)
{
    m_inFlight.remove(batchIndex);
    m_counters.requestsInFlight = int(m_inFlight.size());
    job->deleteLater();
    BatchRecord &batch = m_batches[batchIndex];
    batch.httpStatus = job->httpStatus();
    batch.error = job->error();

    m_probing = false; // any answer ends the wait for the first one
    if (job->succeeded()) {
        batch.purgeId = job->purgeId();
        m_identicalRefusals = 0;
        if (m_caps && m_spec.action == PurgeAction::Files)
            m_caps->noteAccepted(batch.count, RateLimiter::nowMs());
        settle(batchIndex, ItemState::Done, QString(), BatchRecord::State::Done);
    } else {
        const ApiError &error = job->error();
        m_lastError = error;
        const bool refused = error.kind == ApiError::Kind::Api && error.httpStatus == 400;
        if (error.kind == ApiError::Kind::Cancelled) {
            settle(batchIndex, ItemState::NotSent,
                tr("Not confirmed: cancelled while the request was on its way; Cloudflare may have received it."),
                BatchRecord::State::NotSent);
        } else if (error.kind == ApiError::Kind::RateLimited) {
            ++m_counters.rateLimited;
            ++batch.rateLimited;
            const qint64 pause
                = error.retryAfterSeconds >= 0 ? qint64(error.retryAfterSeconds) * 1000 : backoffMs(batch.rateLimited);
            // The limiter is shared by every run of the account: never paused longer than a run waits.
            m_limiter->pause(m_spec.action, m_spec.zone.plan, std::min(pause, m_options.maxWaitMs));
            if (pause > m_options.maxWaitMs) {
                const QString reason
                    = tr("Not sent: Cloudflare asked to wait %1 before the next request, longer "
                         "than the %2 this run waits. Try again later.")
                          .arg(Cloudflare::describeWait(pause), Cloudflare::describeWait(m_options.maxWaitMs));
                settle(batchIndex, ItemState::NotSent, reason, BatchRecord::State::NotSent);
                stopRemaining(reason);
            } else if (batch.rateLimited >= m_options.maxRateLimitedAttempts) {
                settle(batchIndex, ItemState::Failed,
                    tr("Failed: still rate limited after %1 attempts. %2").arg(batch.rateLimited).arg(error.summary()),
                    BatchRecord::State::Failed);
            } else {
                requeue(batchIndex, pause);
            }
        } else if (error.isAuthFailure()) {
            m_outcome = Outcome::AuthFailed;
            settle(batchIndex, ItemState::Failed, error.summary(), BatchRecord::State::Failed);
            stopRemaining(tr("Not sent: the credential was refused (%1).").arg(error.summary()));
            for (const QPointer<Cloudflare::PurgeJob> &other : std::as_const(m_inFlight)) {
                if (other)
                    other->cancel();
            }
        } else if (refused && m_caps && m_spec.action == PurgeAction::Files && batch.count > RequestCaps::LegacyFilesCap
            && error.isTooLarge()) {
            // Older accounts cap URLs at 30: straight to 30 (not 50, then 25), for this run's
            // requests still queued too, and for the account's next runs.
            m_caps->learnRefused(RateLimiter::nowMs());
            split(batchIndex, RequestCaps::LegacyFilesCap);
            resplitQueued(RequestCaps::LegacyFilesCap);
        } else if (refused && batch.count > 1 && error.isTooLarge()) {
            // Too large for this account: halve until it fits.
            split(batchIndex);
        } else if (refused && isolateNamedItems(batchIndex, error)) {
            // The items Cloudflare named failed with its words; the rest goes again.
        } else if (const int tries = batch.attempts - batch.rateLimited; // 429s have their own limit
                   error.isRetryable() && tries < m_options.maxAttempts) {
            requeue(batchIndex, backoffMs(tries));
        } else {
            // Refused for a reason that names no item: halving would only repeat the refusal
            // (and spend the account's request budget), so the batch fails with Cloudflare's words.
            const QString reason = error.isRetryable()
                ? tr("Failed after %n attempt(s): %1", nullptr, batch.attempts - batch.rateLimited).arg(error.summary())
                : error.summary();
            settle(batchIndex, ItemState::Failed, reason, BatchRecord::State::Failed);
            if (error.kind == ApiError::Kind::Api)
                noteRefusal(error);
        }
    }
    Q_EMIT progress();
    pump();
}

void Runner::requeue(int batchIndex, qint64 delayMs)
{
    BatchRecord &batch = m_batches[batchIndex];
    batch.state = BatchRecord::State::Queued;
    batch.notBeforeMs = now() + delayMs;
    enqueueInOrder(batchIndex);
    Q_EMIT batchChanged(batchIndex);
}

void Runner::enqueueInOrder(int batchIndex)
{
    if (m_stopping) { // nothing new goes out once the run stops
        settle(batchIndex, ItemState::NotSent, m_stopReason, BatchRecord::State::NotSent);
        return;
    }
    // The queue stays in item order, so retried and split batches keep their place.
    const int first = m_batches[batchIndex].first;
    auto it = std::find_if(m_queue.begin(), m_queue.end(), [&](int queued) { return m_batches[queued].first > first; });
    m_queue.insert(it, batchIndex);
}

void Runner::split(int batchIndex, int partSize)
{
    BatchRecord &batch = m_batches[batchIndex];
    batch.state = BatchRecord::State::Split;
    batch.finishedMs = now();
    const int first = batch.first;
    const int count = batch.count;
    const int size = partSize > 0 ? partSize : count / 2;
    QList<std::pair<int, int>> parts; // first, count
    if (partSize > 0) {
        for (int start = first; start < first + count; start += size)
            parts.append({start, std::min(size, first + count - start)});
    } else {
        parts = {{first, size}, {first + size, count - size}};
    }
    Q_EMIT batchChanged(batchIndex);
    for (const auto &[start, partCount] : std::as_const(parts))
        enqueueInOrder(addPart(start, partCount));
    qCInfo(lcApp) << "batch" << batchIndex << "refused with" << count << "items; split into parts of" << size;
    Q_EMIT batchFinished(batchIndex);
}

void Runner::resplitQueued(int partSize)
{
    const QList<int> queued = m_queue;
    for (const int index : queued) {
        BatchRecord &batch = m_batches[index];
        if (batch.count <= partSize || batch.attempts > 0)
            continue;
        // Never sent: it keeps its first part, and the rest goes in parts of its own.
        const int first = batch.first;
        const int count = batch.count;
        batch.count = partSize;
        Q_EMIT batchChanged(index);
        for (int start = first + partSize; start < first + count; start += partSize)
            enqueueInOrder(addPart(start, std::min(partSize, first + count - start)));
    }
}

int Runner::addPart(int first, int count)
{
    BatchRecord part;
    part.index = int(m_batches.size());
    part.first = first;
    part.count = count;
    m_batches.append(part);
    ++m_counters.requestsPlanned;
    Q_EMIT batchChanged(part.index);
    return part.index;
}

namespace {

// Whether Cloudflare's text names `item`: it appears with nothing that could continue it on
// either side ("'https://example.com/a.js'" names that URL, not "https://example.com/a").
bool namesItem(const QString &text, const QString &item)
{
    const auto boundary = [&](qsizetype at) {
        if (at < 0 || at >= text.size())
            return true;
        const QChar c = text.at(at);
        if (c.isSpace() || QStringView(u"'\"`<>()[]{}").contains(c))
            return true;
        // Punctuation that ends a sentence or a list, followed by a space or the end.
        return QStringView(u".,:;!").contains(c) && (at + 1 >= text.size() || text.at(at + 1).isSpace());
    };
    for (qsizetype at = text.indexOf(item); at >= 0 && !item.isEmpty(); at = text.indexOf(item, at + 1)) {
        if (boundary(at - 1) && boundary(at + item.size()))
            return true;
    }
    return false;
}

} // namespace

bool Runner::isolateNamedItems(int batchIndex, const ApiError &error)
{
    const int first = m_batches[batchIndex].first;
    const int end = first + m_batches[batchIndex].count;
    if (end - first < 2)
        return false;
    QList<int> named;
    for (int i = first; i < end; ++i) {
        for (const Cloudflare::Message &message : error.errors) {
            if (namesItem(message.message, m_spec.items.at(i).value)) {
                named << i;
                break;
            }
        }
    }
    if (named.isEmpty())
        return false;
    m_batches[batchIndex].state = BatchRecord::State::Split;
    m_batches[batchIndex].finishedMs = now();
    qCInfo(lcApp) << "batch" << batchIndex << "refused naming" << named.size() << "of" << end - first
                  << "items; the rest is sent again";
    Q_EMIT batchChanged(batchIndex);
    Q_EMIT batchFinished(batchIndex);
    int start = first;
    for (const int item : std::as_const(named)) {
        if (item > start)
            enqueueInOrder(addPart(start, item - start));
        const int part = addPart(item, 1);
        --m_counters.requestsPlanned; // answered by the refused request, never sent on its own
        m_batches[part].httpStatus = error.httpStatus;
        m_batches[part].error = error;
        settle(part, ItemState::Failed, error.summary(), BatchRecord::State::Failed);
        start = item + 1;
    }
    if (start < end)
        enqueueInOrder(addPart(start, end - start));
    return true;
}

void Runner::noteRefusal(const ApiError &error)
{
    const QString refusal = error.technical();
    m_identicalRefusals = refusal == m_lastRefusal ? m_identicalRefusals + 1 : 1;
    m_lastRefusal = refusal;
    if (m_identicalRefusals < m_options.maxIdenticalRefusals || m_stopping)
        return;
    stopRemaining(tr("Not sent: Cloudflare refused %1 requests in a row with the same answer (%2), so the rest was "
                     "not sent. Fix the cause, then retry the failed items.")
                      .arg(m_identicalRefusals)
                      .arg(error.summary()));
}

void Runner::settle(int batchIndex, ItemState state, const QString &reason, BatchRecord::State batchState)
{
    BatchRecord &batch = m_batches[batchIndex];
    batch.state = batchState;
    batch.finishedMs = now();
    for (int i = batch.first; i < batch.first + batch.count; ++i) {
        ItemOutcome &item = m_items[i];
        if (item.state != ItemState::Pending)
            continue; // already settled (never happens twice; guards the counts)
        item.state = state;
        item.reason = reason;
        item.batch = batchIndex;
        item.purgeId = batch.purgeId;
        switch (state) {
        case ItemState::Done:
            ++m_counters.done;
            break;
        case ItemState::Failed:
            ++m_counters.failed;
            break;
        case ItemState::NotSent:
            ++m_counters.notSent;
            break;
        case ItemState::Pending:
            continue;
        }
        --m_counters.pending;
    }
    Q_EMIT batchChanged(batchIndex);
    Q_EMIT batchFinished(batchIndex);
}

void Runner::maybeFinish()
{
    if (m_finishedEmitted || !m_started || !m_queue.isEmpty() || !m_inFlight.isEmpty())
        return;
    if (m_outcome == Outcome::Running) {
        const bool everythingAction = m_spec.action == PurgeAction::Everything;
        const bool allDone = everythingAction
            ? (!m_batches.isEmpty() && m_batches.first().state == BatchRecord::State::Done)
            : m_counters.done == m_counters.items;
        const bool anyDone = everythingAction ? allDone : m_counters.done > 0;
        m_outcome = allDone ? Outcome::Done : anyDone ? Outcome::Partial : Outcome::Failed;
    }
    m_finishedEmitted = true;
    m_finishedMs = now();
    m_wake.stop();
    Q_EMIT progress();
    Q_EMIT finished();
}

QStringList Runner::purgeIds() const
{
    QStringList ids;
    for (const BatchRecord &batch : m_batches) {
        if (!batch.purgeId.isEmpty())
            ids << batch.purgeId;
    }
    return ids;
}

PurgeSpec Runner::retrySpec() const
{
    PurgeSpec retry = m_spec;
    retry.items.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].state != ItemState::Done)
            retry.items.append(m_spec.items[i]);
    }
    return retry;
}

} // namespace PurgeDesk::Purge
