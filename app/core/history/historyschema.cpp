// The history file's tables, one list of statements per format version, and the migrations.
#include "historyschema.h"

#include "historystore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::History::Schema {

namespace {

const char *const kSchemaV1[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, profile TEXT,"
    " account_id TEXT, zone_id TEXT NOT NULL, zone_name TEXT, mode TEXT NOT NULL, action TEXT NOT NULL,"
    " source TEXT NOT NULL, dry_run INTEGER NOT NULL DEFAULT 0, outcome TEXT NOT NULL, requested INTEGER NOT NULL,"
    " done INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0, not_sent INTEGER NOT NULL DEFAULT 0,"
    " requests INTEGER NOT NULL DEFAULT 0, rate_limited INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS batches (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE "
    "CASCADE,"
    " batch_index INTEGER NOT NULL, first_item INTEGER NOT NULL, item_count INTEGER NOT NULL, state TEXT NOT NULL,"
    " http_status INTEGER, purge_id TEXT, error_codes TEXT, error_message TEXT, attempts INTEGER NOT NULL,"
    " started_ms INTEGER, finished_ms INTEGER)",
    "CREATE TABLE IF NOT EXISTS items (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, position INTEGER "
    "NOT NULL,"
    " value TEXT NOT NULL, headers TEXT, state TEXT NOT NULL, reason TEXT, purge_id TEXT,"
    " PRIMARY KEY (run_id, position)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS runs_started ON runs(started_at)",
    "CREATE INDEX IF NOT EXISTS runs_zone ON runs(zone_name)",
    "CREATE INDEX IF NOT EXISTS batches_run ON batches(run_id)",
};

// Version 2: the counters a PurgeSession publishes. `requests` now counts requests (one per batch
// row, however often each was retried) instead of HTTP attempts, which get their own column.
const char *const kSchemaV2[] = {
    "ALTER TABLE runs ADD COLUMN requests_sent INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE runs ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE runs ADD COLUMN elapsed_ms INTEGER",
    "UPDATE runs SET attempts = requests,"
    " requests = (SELECT COUNT(*) FROM batches WHERE batches.run_id = runs.id),"
    " requests_sent = (SELECT COUNT(*) FROM batches WHERE batches.run_id = runs.id AND batches.attempts > 0),"
    " elapsed_ms = CASE WHEN finished_at IS NULL THEN NULL"
    " ELSE CAST(ROUND((julianday(finished_at) - julianday(started_at)) * 86400000) AS INTEGER) END",
};

// Version 3: each verified URL's last verdict (and warm-up), one row per run and URL: verifying a
// run again replaces its URLs' rows. Deleting a run deletes its verdicts. A version 2 file that can
// only be read gets an empty one in its connection's temporary schema.
QString createVerdicts(bool temporary)
{
    return (temporary ? u"CREATE TEMP TABLE IF NOT EXISTS verdicts"_s : u"CREATE TABLE IF NOT EXISTS verdicts"_s)
        + u" (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, url TEXT NOT NULL,"
          u" verdict TEXT NOT NULL, http_status INTEGER, cache_status TEXT, age INTEGER, ray TEXT, location TEXT,"
          u" error TEXT, seconds_since_purge INTEGER, checked_at TEXT NOT NULL, warm TEXT, warm_http_status INTEGER,"
          u" warm_cache_status TEXT, warm_error TEXT, PRIMARY KEY (run_id, url)) WITHOUT ROWID"_s;
}

} // namespace

bool readVersion(const QSqlDatabase &db, int *version, QSqlError *failure, int *writableFrom)
{
    QSqlQuery query(db);
    *version = 0;
    if (writableFrom)
        *writableFrom = 0;
    // An empty file (new, or being created by another process) has no tables yet.
    if (!query.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"_s) || !query.next()) {
        *failure = query.lastError();
        return false;
    }
    if (query.value(0).toInt() == 0)
        return true;
    if (!query.exec(u"SELECT key, value FROM meta WHERE key IN ('schema_version', 'writable_from')"_s)) {
        *failure = query.lastError();
        return false;
    }
    while (query.next()) {
        if (query.value(0).toString() == u"schema_version"_s)
            *version = query.value(1).toInt();
        else if (writableFrom)
            *writableFrom = query.value(1).toInt();
    }
    return true;
}

bool migrate(const QSqlDatabase &db, QSqlError *failure)
{
    QSqlQuery query(db);
    // BEGIN IMMEDIATE takes the write lock first (waiting for another process that holds it), so
    // two processes starting on a new file create it one after the other, never both at once.
    if (!query.exec(u"BEGIN IMMEDIATE"_s)) {
        *failure = query.lastError();
        return false;
    }
    const auto rollback = [&](const QSqlError &error) {
        *failure = error;
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return false;
    };
    // The process that held the lock may have created or migrated the file meanwhile.
    int version = 0;
    QSqlError error;
    if (!readVersion(db, &version, &error))
        return rollback(error);
    if (version >= HistoryStore::SchemaVersion)
        return query.exec(u"COMMIT"_s) || rollback(query.lastError());
    // Migrations run in order, all in this one transaction. Version 0 is an empty file.
    const auto apply = [&](const auto &statements) {
        for (const char *statement : statements) {
            if (!query.exec(QString::fromLatin1(statement)))
                return false;
        }
        return true;
    };
    if ((version < 1 && !apply(kSchemaV1)) || (version < 2 && !apply(kSchemaV2))
        || (version < 3 && !query.exec(createVerdicts(false))))
        return rollback(query.lastError());
    query.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?), ('writable_from', ?)"_s);
    query.addBindValue(QString::number(HistoryStore::SchemaVersion));
    query.addBindValue(QString::number(HistoryStore::WritableFrom));
    if (!query.exec() || !query.exec(u"COMMIT"_s))
        return rollback(query.lastError());
    return true;
}

bool readOlder(const QSqlDatabase &db, int version, QSqlError *failure)
{
    if (version != 2)
        return false;
    QSqlQuery query(db);
    if (!query.exec(createVerdicts(true))) {
        *failure = query.lastError();
        return false;
    }
    return true;
}

} // namespace PurgeDesk::History::Schema
