// HistoryStore's writes: a run recorded as it happens (HistoryRecorder), run locks, deleting old runs.
#include "historystore.h"

#include "historysql.h"
#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Purge;

namespace PurgeDesk::History {

namespace {

// NULL in the file for an empty text.
QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

bool HistoryStore::failed(const QString &what, const QString &error)
{
    m_lastError = tr("%1: %2").arg(what, error);
    qCWarning(lcApp).noquote() << "history:" << m_lastError;
    return false;
}

qint64 HistoryStore::beginRun(
    const PurgeSpec &spec, const RunSource &source, const QDateTime &startedAt, const Counters &counters, bool dryRun)
{
    if (!m_writable)
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO runs (started_at, finished_at, profile, account_id, zone_id, zone_name, mode, action, source,"
        u" dry_run, outcome, requested, requests, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(timestamp(startedAt));
    query.addBindValue(dryRun ? QVariant(timestamp(startedAt)) : QVariant());
    query.addBindValue(spec.profile);
    query.addBindValue(spec.zone.accountId);
    query.addBindValue(spec.zone.id);
    query.addBindValue(spec.zone.name);
    query.addBindValue(toName(spec.mode));
    query.addBindValue(toName(spec.action));
    query.addBindValue(source.toName());
    query.addBindValue(dryRun ? 1 : 0);
    query.addBindValue(toName(dryRun ? RunOutcome::DryRun : RunOutcome::Running));
    query.addBindValue(counters.items);
    query.addBindValue(counters.requestsPlanned);
    query.addBindValue(dryRun ? QVariant(0) : QVariant());
    if (!query.exec()) {
        db.rollback();
        failed(tr("The run could not be recorded"), query.lastError().text());
        return 0;
    }
    const qint64 runId = query.lastInsertId().toLongLong();
    // 100 rows a statement, not one, with the run and the state (the same for every row) written in
    // it: a list of 1,000,000 URLs takes about a quarter less time. (Qt binds ? in order only, not ?NNN.)
    constexpr int RowsPerInsert = 100;
    const QString row = u"(%1, ?, ?, ?, '%2')"_s.arg(runId).arg(toName(ItemState::Pending));
    const auto insertItems = [&db, &row](int rows) {
        QStringList values;
        for (int i = 0; i < rows; ++i)
            values << row;
        auto query = std::make_unique<QSqlQuery>(db);
        query->prepare(u"INSERT INTO items (run_id, position, value, headers, state) VALUES "_s + values.join(u", "_s));
        return query;
    };
    std::unique_ptr<QSqlQuery> many;
    for (int first = 0; first < spec.items.size(); first += RowsPerInsert) {
        const int rows = std::min<int>(RowsPerInsert, int(spec.items.size()) - first);
        std::unique_ptr<QSqlQuery> fewer = rows < RowsPerInsert ? insertItems(rows) : nullptr;
        if (!fewer && !many)
            many = insertItems(RowsPerInsert);
        QSqlQuery &item = fewer ? *fewer : *many;
        for (int i = 0; i < rows; ++i) {
            const Item &entry = spec.items.at(first + i);
            QStringList headers;
            for (const auto &[name, value] : entry.headers)
                headers << name + u": "_s + value;
            item.bindValue(3 * i, first + i);
            item.bindValue(3 * i + 1, entry.value);
            item.bindValue(3 * i + 2, nullIfEmpty(headers.join(u"; "_s)));
        }
        if (!item.exec()) {
            db.rollback();
            failed(tr("The run's items could not be recorded"), item.lastError().text());
            return 0;
        }
    }
    // Held until finishRun(): readers tell a run being recorded from one cut off by a kill. Taken
    // before the commit, so no reader sees the run without it.
    if (!dryRun) {
        QDir().mkpath(QFileInfo(runLockPath(runId)).absolutePath());
        auto lock = std::make_unique<QLockFile>(runLockPath(runId));
        lock->setStaleLockTime(0); // a run may take hours; only a dead process makes it stale
        if (lock->tryLock(0))
            m_runLocks[runId] = std::move(lock);
        else
            qCWarning(lcApp) << "history: cannot mark run" << runId << "as being recorded:" << lock->error();
    }
    if (!db.commit()) {
        m_runLocks.erase(runId);
        failed(tr("The run could not be recorded"), db.lastError().text());
        return 0;
    }
    return runId;
}

namespace {

// The columns of `runs` that hold a run's counters, in the order counterValues() gives them.
const QString kCounterColumns = u"requested = ?, done = ?, failed = ?, not_sent = ?, requests = ?,"
                                u" requests_sent = ?, attempts = ?, rate_limited = ?, elapsed_ms = ?"_s;

QVariantList counterValues(const Counters &counters)
{
    return {counters.items, counters.done, counters.failed, counters.notSent, counters.requestsPlanned,
        counters.requestsSent, counters.attempts, counters.rateLimited, counters.elapsedMs};
}

} // namespace

bool HistoryStore::recordBatch(
    qint64 runId, const BatchRecord &batch, const QList<ItemOutcome> &items, const Counters &counters)
{
    if (!m_writable || runId == 0)
        return false;
    const BatchRow row = BatchRow::fromRecord(batch);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery query(db);
    bool ok = execute(query,
        u"INSERT INTO batches (run_id, batch_index, first_item, item_count, state, http_status, purge_id,"
        u" error_codes, error_message, attempts, started_ms, finished_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {runId, row.index, row.first, row.count, toName(row.state),
            row.httpStatus ? QVariant(row.httpStatus) : QVariant(), nullIfEmpty(row.purgeId),
            nullIfEmpty(row.errorCodes), nullIfEmpty(row.errorMessage), row.attempts, row.startedMs, row.finishedMs});
    QString error = query.lastError().text();

    // A split batch's items went on in the two new batches: their rows are written with those.
    QSqlQuery item(db);
    item.prepare(u"UPDATE items SET state = ?, reason = ?, purge_id = ? WHERE run_id = ? AND position = ?"_s);
    for (int i = 0; ok && batch.state != BatchState::Split && i < items.size(); ++i) {
        const ItemOutcome &outcome = items.at(i);
        item.addBindValue(toName(outcome.state));
        item.addBindValue(nullIfEmpty(outcome.reason));
        item.addBindValue(nullIfEmpty(outcome.purgeId));
        item.addBindValue(runId);
        item.addBindValue(batch.first + i);
        ok = item.exec();
        if (!ok)
            error = item.lastError().text();
    }
    QSqlQuery run(db);
    const QString update = u"UPDATE runs SET "_s + kCounterColumns + u" WHERE id = ?"_s;
    if (ok && !execute(run, update, counterValues(counters) << runId)) {
        ok = false;
        error = run.lastError().text();
    }
    if (!ok || !db.commit()) {
        db.rollback();
        return failed(tr("A request of the run could not be recorded"), ok ? db.lastError().text() : error);
    }
    return true;
}

bool HistoryStore::finishRun(qint64 runId, RunOutcome outcome, const Counters &counters, const QDateTime &finishedAt)
{
    if (!m_writable || runId == 0)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    const QString update = u"UPDATE runs SET finished_at = ?, outcome = ?, "_s + kCounterColumns + u" WHERE id = ?"_s;
    const bool ok = execute(query, update,
        QVariantList {timestamp(finishedAt), toName(outcome)} + counterValues(counters) + QVariantList {runId});
    m_runLocks.erase(runId);
    if (!ok)
        return failed(tr("The end of the run could not be recorded"), query.lastError().text());
    return true;
}

qint64 HistoryStore::recordDryRun(const PurgeSpec &spec, const RunSource &source, int requestsPlanned)
{
    Counters counters;
    counters.items = int(spec.items.size());
    counters.pending = counters.items;
    counters.requestsPlanned = requestsPlanned;
    return beginRun(spec, source, QDateTime::currentDateTimeUtc(), counters, true);
}

bool HistoryStore::recordVerification(qint64 runId, const QList<Verify::UrlCheck> &checks,
    const QList<Verify::UrlWarm> &warms, const QDateTime &checkedAt)
{
    if (!m_writable || runId == 0)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    // Immediate: it reads, then writes. A deferred transaction that read before another process
    // wrote could not take the write lock at all (SQLite answers busy at once, without waiting).
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return failed(tr("The verification could not be recorded"), query.lastError().text());
    const auto fail = [&](const QString &error) {
        db.rollback();
        return failed(tr("The verification could not be recorded"), error);
    };
    // The run's own URLs: a verification across zones names the other runs' URLs too. A URL
    // purge's are its items; after a host, tag, prefix or everything purge the URLs were listed by
    // hand, and the run keeps those in its zone (its name, or a subdomain of it; all of them when
    // the zone's name is unknown, as with a token that may only purge).
    if (!execute(query, u"SELECT action, zone_name FROM runs WHERE id = ?"_s, {runId}) || !query.next())
        return fail(
            query.lastError().isValid() ? query.lastError().text() : tr("run %1 is not in the history").arg(runId));
    PurgeAction action = PurgeAction::Files;
    fromName(query.value(0).toString(), &action);
    const QString zone = query.value(1).toString().toLower();
    query.finish();
    QSet<QString> items;
    if (action == PurgeAction::Files) {
        if (!execute(query, u"SELECT value FROM items WHERE run_id = ?"_s, {runId}))
            return fail(query.lastError().text());
        while (query.next())
            items.insert(query.value(0).toString());
        query.finish();
    }
    const auto isOwn = [&](const QString &url) {
        if (action == PurgeAction::Files)
            return items.contains(url);
        const QString host = QUrl(url).host().toLower();
        return inZone(host, zone);
    };
    QHash<QString, const Verify::UrlWarm *> warmOf;
    for (const Verify::UrlWarm &warm : warms) {
        if (warm.outcome != Verify::WarmOutcome::Pending)
            warmOf.insert(warm.url, &warm);
    }
    // One row per URL, replaced by a later verification, but for a URL it left unchecked (it was
    // cancelled first): that keeps the verdict it had.
    const QString notChecked = toName(Verify::Verdict::NotChecked);
    query.prepare(u"INSERT INTO verdicts (run_id, url, verdict, http_status, cache_status, age, ray, location, error,"
                  u" seconds_since_purge, checked_at, warm, warm_http_status, warm_cache_status, warm_error)"
                  u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, url) DO UPDATE SET"
                  u" verdict = excluded.verdict, http_status = excluded.http_status,"
                  u" cache_status = excluded.cache_status, age = excluded.age, ray = excluded.ray,"
                  u" location = excluded.location, error = excluded.error,"
                  u" seconds_since_purge = excluded.seconds_since_purge, checked_at = excluded.checked_at,"
                  u" warm = excluded.warm, warm_http_status = excluded.warm_http_status,"
                  u" warm_cache_status = excluded.warm_cache_status, warm_error = excluded.warm_error"
                  u" WHERE excluded.verdict <> '"_s
        + notChecked + u"' OR verdicts.verdict = '"_s + notChecked + u"'"_s);
    const QString when = timestamp(checkedAt);
    for (const Verify::UrlCheck &check : checks) {
        if (check.verdict == Verify::Verdict::Pending || !isOwn(check.url))
            continue;
        const Verify::UrlWarm *warm = warmOf.value(check.url);
        const QVariantList values {runId, check.url, toName(check.verdict),
            check.httpStatus > 0 ? QVariant(check.httpStatus) : QVariant(), nullIfEmpty(check.cacheStatus),
            check.ageSeconds >= 0 ? QVariant(check.ageSeconds) : QVariant(), nullIfEmpty(check.ray),
            nullIfEmpty(check.location), nullIfEmpty(check.error),
            check.secondsSincePurge >= 0 ? QVariant(check.secondsSincePurge) : QVariant(), when,
            warm ? QVariant(toName(warm->outcome)) : QVariant(),
            warm && warm->httpStatus > 0 ? QVariant(warm->httpStatus) : QVariant(),
            warm ? nullIfEmpty(warm->cacheStatus) : QVariant(), warm ? nullIfEmpty(warm->error) : QVariant()};
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return fail(query.lastError().text());
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

QString HistoryStore::runLockPath(qint64 runId) const
{
    return m_path + u".running/%1.lock"_s.arg(runId);
}

bool HistoryStore::isRecording(qint64 runId) const
{
    if (m_runLocks.count(runId))
        return true;
    QLockFile lock(runLockPath(runId));
    lock.setStaleLockTime(0);
    // Free (or left by a dead process, which tryLock() clears): nobody records it. A lock this
    // process cannot even try (a folder nobody may write) means no writer either.
    if (lock.tryLock(0))
        return false;
    return lock.error() == QLockFile::LockFailedError;
}

int HistoryStore::deleteRunsBefore(const QDateTime &cutoff)
{
    if (!m_writable)
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    return execute(query, u"DELETE FROM runs WHERE started_at < ?"_s, {timestamp(cutoff)}) ? query.numRowsAffected()
                                                                                           : 0;
}

BatchRow BatchRow::fromRecord(const BatchRecord &batch)
{
    BatchRow row;
    row.index = batch.index;
    row.first = batch.first;
    row.count = batch.count;
    row.state = batch.state;
    row.httpStatus = batch.httpStatus;
    row.purgeId = batch.purgeId;
    QStringList codes;
    for (const Cloudflare::Message &message : batch.error.errors)
        codes << QString::number(message.code);
    row.errorCodes = codes.join(u',');
    if (batch.error.isError())
        row.errorMessage = batch.error.technical().isEmpty()
            ? batch.error.summary()
            : batch.error.summary() + u" ["_s + batch.error.technical() + u']';
    row.attempts = batch.attempts;
    row.startedMs = batch.startedMs;
    row.finishedMs = batch.finishedMs;
    return row;
}

HistoryRecorder::HistoryRecorder(HistoryStore &store)
    : m_store(store)
{ }

void HistoryRecorder::check(bool ok)
{
    if (!ok && onProblem)
        onProblem(m_store.isOpen() ? m_store.lastError() : tr("the history is not open."));
}

void HistoryRecorder::started(
    const PurgeSpec &spec, const RunSource &source, const QDateTime &startedAt, const Counters &counters)
{
    m_runId = m_store.beginRun(spec, source, startedAt, counters, false);
    check(m_runId != 0);
    if (m_runId != 0 && onRecorded)
        onRecorded(m_runId);
}

void HistoryRecorder::batchSettled(const BatchRecord &batch, const QList<ItemOutcome> &items, const Counters &counters)
{
    if (m_runId != 0)
        check(m_store.recordBatch(m_runId, batch, items, counters));
}

void HistoryRecorder::finished(RunOutcome outcome, const Counters &counters, const QDateTime &finishedAt)
{
    if (m_runId != 0)
        check(m_store.finishRun(m_runId, outcome, counters, finishedAt));
}

} // namespace PurgeDesk::History
