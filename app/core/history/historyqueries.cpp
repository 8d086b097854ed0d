// HistoryStore's reads: the run list (filtered, searched, ordered, paged), one run, its requests and items.
#include "historystore.h"

#include "historysql.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Purge;

namespace PurgeDesk::History {

namespace {

// The columns readRun() reads, in its order.
const QString kRunColumns
    = u"SELECT id, started_at, finished_at, profile, account_id, zone_id, zone_name, mode, action,"
      u" source, dry_run, outcome, requested, done, failed, not_sent, requests, requests_sent, attempts,"
      u" rate_limited, elapsed_ms,"
      // The verification (format 3): its time, and its verdicts and warm-ups counted ("fresh=98,still_cached=2").
      u" (SELECT max(checked_at) FROM verdicts WHERE verdicts.run_id = runs.id),"
      u" (SELECT group_concat(verdict || '=' || n) FROM (SELECT verdict, COUNT(*) AS n FROM verdicts"
      u" WHERE verdicts.run_id = runs.id GROUP BY verdict)),"
      u" (SELECT group_concat(warm || '=' || n) FROM (SELECT warm, COUNT(*) AS n FROM verdicts"
      u" WHERE verdicts.run_id = runs.id AND warm IS NOT NULL GROUP BY warm)) FROM runs"_s;

// "fresh=98,still_cached=2" as (verdict, count) pairs, each handed to `add`.
template<typename Enum, typename Add>
void readCounts(const QVariant &value, Add add)
{
    for (const QString &pair : value.toString().split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        Enum key {};
        if (equals > 0 && fromName(QStringView(pair).left(equals), &key))
            add(key, pair.mid(equals + 1).toInt());
    }
}

// The columns of `verdicts` a VerdictRow is read from, from `first` on, in readVerdict()'s order.
const QString kVerdictColumns = u"verdicts.url, verdicts.verdict, verdicts.http_status, verdicts.cache_status,"
                                u" verdicts.age, verdicts.ray, verdicts.location, verdicts.error,"
                                u" verdicts.seconds_since_purge, verdicts.checked_at, verdicts.warm,"
                                u" verdicts.warm_http_status, verdicts.warm_cache_status, verdicts.warm_error"_s;

VerdictRow readVerdict(const QSqlQuery &query, int first)
{
    VerdictRow row;
    const auto value = [&](int column) { return query.value(first + column); };
    row.checkedAt = fromTimestamp(value(9));
    if (!row.checkedAt.isValid())
        return row; // not verified (an item without a verdict)
    Verify::UrlCheck &check = row.check;
    check.url = value(0).toString();
    fromName(value(1).toString(), &check.verdict);
    check.httpStatus = value(2).toInt();
    check.cacheStatus = value(3).toString();
    check.ageSeconds = value(4).isNull() ? -1 : value(4).toLongLong();
    check.ray = value(5).toString();
    check.location = value(6).toString();
    check.error = value(7).toString();
    check.secondsSincePurge = value(8).isNull() ? -1 : value(8).toLongLong();
    if (!value(10).isNull()) {
        row.warm.url = check.url;
        fromName(value(10).toString(), &row.warm.outcome);
        row.warm.httpStatus = value(11).toInt();
        row.warm.cacheStatus = value(12).toString();
        row.warm.error = value(13).toString();
    }
    return row;
}

// WHERE for a filter, its values appended to `values` in their order.
QString whereClause(const RunFilter &filter, QVariantList *values)
{
    QStringList conditions;
    if (!filter.text.isEmpty()) {
        const QString like = u'%' + filter.text + u'%';
        conditions << u"(zone_name LIKE ? OR zone_id LIKE ? OR profile LIKE ? OR source LIKE ? OR outcome LIKE ?"
                      u" OR EXISTS (SELECT 1 FROM items WHERE items.run_id = runs.id AND items.value LIKE ?))"_s;
        for (int i = 0; i < 6; ++i)
            *values << like;
    }
    if (!filter.zone.isEmpty()) {
        // A zone name in any case, and an internationalised one in either form (Cloudflare's names
        // are lower case; "bücher.example" and "xn--bcher-kva.example" are the same zone).
        const QString zone = filter.zone.trimmed().toLower();
        const QString ace = QString::fromLatin1(QUrl::toAce(zone, QUrl::IgnoreIDNWhitelist));
        const QString unicode = ace.isEmpty() ? zone : QUrl::fromAce(ace.toLatin1(), QUrl::IgnoreIDNWhitelist);
        conditions << u"(zone_name IN (?, ?, ?, ?) OR zone_id = ?)"_s;
        *values << filter.zone << zone << (ace.isEmpty() ? zone : ace) << unicode << filter.zone.trimmed().toLower();
    }
    if (filter.action) {
        conditions << u"action = ?"_s;
        *values << toName(*filter.action);
    }
    if (filter.outcome) {
        conditions << u"outcome = ?"_s;
        *values << toName(*filter.outcome);
    }
    if (filter.since.isValid()) {
        conditions << u"started_at >= ?"_s;
        *values << timestamp(filter.since);
    }
    if (filter.until.isValid()) {
        conditions << u"started_at < ?"_s;
        *values << timestamp(filter.until);
    }
    if (!filter.ids.isEmpty()) {
        QStringList marks;
        for (qint64 id : filter.ids) {
            marks << u"?"_s;
            *values << id;
        }
        conditions << u"id IN ("_s + marks.join(u',') + u')';
    }
    if (filter.afterStartedAt.isValid()) {
        conditions << u"(started_at < ? OR (started_at = ? AND id < ?))"_s;
        *values << timestamp(filter.afterStartedAt) << timestamp(filter.afterStartedAt) << filter.afterId;
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

// ORDER BY for a filter's order; the newest first among equals.
QString orderClause(const RunFilter &filter)
{
    QString column;
    switch (filter.order) {
    case RunFilter::Order::StartedAt:
        column = u"started_at"_s;
        break;
    case RunFilter::Order::Profile:
        column = u"profile"_s;
        break;
    case RunFilter::Order::Zone:
        column = u"COALESCE(NULLIF(zone_name, ''), zone_id)"_s;
        break;
    case RunFilter::Order::Mode:
        column = u"mode"_s;
        break;
    case RunFilter::Order::Action:
        column = u"action"_s;
        break;
    case RunFilter::Order::Items:
        column = u"requested"_s;
        break;
    case RunFilter::Order::Outcome:
        column = u"outcome"_s;
        break;
    case RunFilter::Order::Duration:
        column = u"elapsed_ms"_s;
        break;
    case RunFilter::Order::Source:
        column = u"source"_s;
        break;
    }
    return u" ORDER BY "_s + column + (filter.ascending ? u" ASC"_s : u" DESC"_s) + u", started_at DESC, id DESC"_s;
}

} // namespace

QList<RunRow> HistoryStore::runs(const RunFilter &filter, int limit, int offset) const
{
    QVariantList values;
    const QString clauses = whereClause(filter, &values) + orderClause(filter) + u" LIMIT ? OFFSET ?"_s;
    return selectRuns(clauses, values << limit << offset);
}

QList<RunRow> HistoryStore::selectRuns(const QString &clauses, const QVariantList &values) const
{
    QList<RunRow> rows;
    if (!m_open)
        return rows;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!execute(query, kRunColumns + clauses, values))
        return rows;
    while (query.next())
        rows << readRun(query);
    return rows;
}

RunRow HistoryStore::readRun(const QSqlQuery &query) const
{
    RunRow row;
    row.id = query.value(0).toLongLong();
    row.startedAt = fromTimestamp(query.value(1));
    row.finishedAt = fromTimestamp(query.value(2));
    row.profile = query.value(3).toString();
    row.accountId = query.value(4).toString();
    row.zoneId = query.value(5).toString();
    row.zoneName = query.value(6).toString();
    fromName(query.value(7).toString(), &row.mode);
    fromName(query.value(8).toString(), &row.action);
    row.source = RunSource::fromName(query.value(9).toString());
    row.dryRun = query.value(10).toBool();
    fromName(query.value(11).toString(), &row.outcome);
    Counters &counters = row.counters;
    counters.items = query.value(12).toInt();
    counters.done = query.value(13).toInt();
    counters.failed = query.value(14).toInt();
    counters.notSent = query.value(15).toInt();
    counters.pending = counters.items - counters.settled();
    counters.requestsPlanned = query.value(16).toInt();
    counters.requestsSent = query.value(17).toInt();
    counters.attempts = query.value(18).toInt();
    counters.retries = counters.attempts - counters.requestsSent;
    counters.rateLimited = query.value(19).toInt();
    counters.elapsedMs = query.value(20).isNull() ? -1 : query.value(20).toLongLong();
    counters.remainingMs = row.finishedAt.isValid() ? 0 : -1;
    row.interrupted = row.outcome == RunOutcome::Running && !isRecording(row.id);
    VerificationSummary &verification = row.verification;
    verification.checkedAt = fromTimestamp(query.value(21));
    readCounts<Verify::Verdict>(
        query.value(22), [&](Verify::Verdict verdict, int count) { verification.verdicts.add(verdict, count); });
    readCounts<Verify::WarmOutcome>(
        query.value(23), [&](Verify::WarmOutcome outcome, int count) { verification.warms.add(outcome, count); });
    return row;
}

QList<RunRow> HistoryStore::latestPresetRuns() const
{
    const QString prefix = RunSource::ofPreset(QString()).toName();
    // Runs are numbered as they start, so a source's highest id is its newest run.
    return selectRuns(u" WHERE id IN (SELECT max(id) FROM runs WHERE substr(source, 1, ?) = ? GROUP BY source)"
                      u" ORDER BY started_at DESC, id DESC"_s,
        {prefix.size(), prefix});
}

std::optional<RunRow> HistoryStore::run(qint64 runId) const
{
    RunFilter filter;
    filter.ids = {runId};
    const QList<RunRow> rows = runs(filter, 1);
    return rows.isEmpty() ? std::nullopt : std::optional<RunRow>(rows.first());
}

QStringList HistoryStore::zones() const
{
    QStringList zones;
    if (!m_open)
        return zones;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(u"SELECT DISTINCT COALESCE(NULLIF(zone_name, ''), zone_id) FROM runs"_s))
        return zones;
    while (query.next())
        zones << query.value(0).toString();
    zones.sort(Qt::CaseInsensitive);
    return zones;
}

int HistoryStore::countRuns(const RunFilter &filter) const
{
    if (!m_open)
        return 0;
    QVariantList values;
    const QString where = whereClause(filter, &values);
    QSqlQuery query(QSqlDatabase::database(m_connection));
    return execute(query, u"SELECT COUNT(*) FROM runs"_s + where, values) && query.next() ? query.value(0).toInt() : 0;
}

QList<BatchRow> HistoryStore::batches(qint64 runId) const
{
    QList<BatchRow> rows;
    if (!m_open)
        return rows;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!execute(query,
            u"SELECT batch_index, first_item, item_count, state, http_status, purge_id, error_codes, error_message,"
            u" attempts, started_ms, finished_ms FROM batches WHERE run_id = ? ORDER BY batch_index, id"_s,
            {runId}))
        return rows;
    while (query.next()) {
        BatchRow row {query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt(), BatchState::Queued,
            query.value(4).toInt(), query.value(5).toString(), query.value(6).toString(), query.value(7).toString(),
            query.value(8).toInt(), query.value(9).toLongLong(), query.value(10).toLongLong()};
        fromName(query.value(3).toString(), &row.state);
        rows << row;
    }
    return rows;
}

QList<ItemRow> HistoryStore::items(qint64 runId) const
{
    QList<ItemRow> rows;
    if (!m_open)
        return rows;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    // Each item with its URL's verdict, if the run was verified.
    if (!execute(query,
            u"SELECT items.position, items.value, items.headers, items.state, items.reason, items.purge_id, "_s
                + kVerdictColumns
                + u" FROM items LEFT JOIN verdicts ON verdicts.run_id = items.run_id AND verdicts.url = items.value"
                  u" WHERE items.run_id = ? ORDER BY items.position"_s,
            {runId}))
        return rows;
    while (query.next()) {
        ItemRow row {query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(), ItemState::Pending,
            query.value(4).toString(), query.value(5).toString(), readVerdict(query, 6)};
        fromName(query.value(3).toString(), &row.state);
        rows << row;
    }
    return rows;
}

QList<VerdictRow> HistoryStore::verdicts(qint64 runId) const
{
    QList<VerdictRow> rows;
    if (!m_open)
        return rows;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!execute(query, u"SELECT "_s + kVerdictColumns + u" FROM verdicts WHERE run_id = ? ORDER BY url"_s, {runId}))
        return rows;
    while (query.next())
        rows << readVerdict(query, 0);
    return rows;
}
} // namespace PurgeDesk::History
