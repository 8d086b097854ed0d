#include "historystore.h"

#include "logging.h"
#include "storage/appfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QVariant>

#include <atomic>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Purge;

namespace PurgeDesk::History {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PurgeDesk::History", text);
}

// SQLite's primary result codes, as QSqlError::nativeErrorCode() reports them.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

int sqliteCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt();
}

// How long a statement waits for another process's transaction. Eight purges started at once each
// commit a few small transactions, and a busy disk can take a second per fsync.
constexpr int BusyTimeoutMs = 20000;
// How long open() waits for another process that is creating the file or deciding about a damaged one.
constexpr int SetUpLockTimeoutMs = 60000;

// A file or folder without any write permission is treated as read-only, also for root (who could
// write it anyway): someone made it so on purpose.
bool mayWrite(const QString &path)
{
    const QFileInfo info(path);
    return info.isWritable() && (info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
}

QByteArray fileHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(100) : QByteArray();
}

// Something that is not an SQLite database at all (another program's file, garbage). Decided from
// the header, so SQLite never opens it, nor touches a journal beside it.
bool isForeign(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && info.size() > 0 && !fileHeader(path).startsWith(QByteArrayLiteral("SQLite format 3\0"));
}

// A history in WAL mode, as the first process to open it leaves it. Switching a file to WAL while
// another connection reads it fails at once (SQLITE_BUSY, without waiting), so a file that is not
// ready yet is only touched under the set-up lock.
bool isReady(const QString &path)
{
    const QByteArray header = fileHeader(path);
    return header.size() == 100 && header.startsWith(QByteArrayLiteral("SQLite format 3\0")) && header.at(18) == 2
        && header.at(19) == 2;
}

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QDateTime fromTimestamp(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

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

} // namespace

HistoryStore::HistoryStore(const QString &path)
    : m_path(path)
{
    static std::atomic<int> counter {0};
    m_connection = u"purgedesk-history-%1"_s.arg(++counter);
}

HistoryStore::~HistoryStore()
{
    close();
    m_openMarker.reset(); // a clean close
}

QString HistoryStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"history.sqlite"_s);
}

void HistoryStore::close()
{
    m_runLocks.clear();
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_open = false;
    m_writable = false;
}

HistoryStore::Problem HistoryStore::attempt(Check check, bool readOnly, QString *error)
{
    close();
    const auto fail = [error](const QSqlError &failure, const char *step) {
        *error = failure.text().trimmed();
        qCDebug(lcApp) << "history: open failed at" << step << "with SQLite code" << failure.nativeErrorCode()
                       << *error;
        switch (sqliteCode(failure)) {
        case SqliteNotADatabase:
        case SqliteCorrupt:
            return Problem::Damaged;
        case SqliteReadOnly:
            return Problem::ReadOnly;
        case SqliteBusy:
        case SqliteLocked:
            *error = tr("another program kept it busy for more than %1 s (%2)").arg(BusyTimeoutMs / 1000).arg(*error);
            return Problem::Unavailable;
        default:
            return Problem::Unavailable;
        }
    };

    if (isForeign(m_path)) {
        *error = tr("it is not an SQLite database");
        return Problem::Damaged;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    QStringList options {u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs)};
    QString name = m_path;
    if (readOnly) {
        options << u"QSQLITE_OPEN_READONLY"_s;
        // A WAL database is read through its -shm file, which cannot be created in a folder nobody
        // may write. Without a -wal file everything is in the database file: read it as immutable.
        if (!mayWrite(QFileInfo(m_path).absolutePath()) && QFileInfo(m_path + u"-wal"_s).size() <= 0) {
            options << u"QSQLITE_OPEN_URI"_s;
            name = QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) + u"?immutable=1"_s;
        }
    }
    db.setConnectOptions(options.join(u';'));
    db.setDatabaseName(name);
    if (!db.open())
        return fail(db.lastError(), "open");
    QSqlQuery query(db);
    m_checkedFully = check == Check::Full;
    if (check == Check::Full) {
        // quick_check reads the whole file: a damaged or foreign file fails here.
        if (!query.exec(u"PRAGMA quick_check"_s))
            return fail(query.lastError(), "quick_check");
        const QString verdict = query.next() ? query.value(0).toString() : QString();
        // A statement left open holds a read lock; two connections that each hold one and then
        // both want to write would deadlock (SQLite then fails at once instead of waiting).
        query.finish();
        if (verdict != u"ok"_s) {
            *error = verdict;
            return Problem::Damaged;
        }
    }
    int version = 0;
    QSqlError failure;
    if (!readVersion(&version, &failure))
        return fail(failure, "version");
    if (version > SchemaVersion) {
        *error = tr("The history was written by a newer PurgeDesk (format %1); this version leaves it untouched "
                    "and does not record purges.")
                     .arg(version);
        return Problem::Newer;
    }
    if (readOnly) {
        if (version != SchemaVersion && version != 0) {
            *error = tr("it is in an older format that must be updated before it can be read");
            return Problem::Unavailable;
        }
        m_open = true;
        return Problem::None;
    }
    // Only now, with a format this version understands, may anything be written. The journal mode
    // is kept in the file; the other two are per connection.
    for (const QString &pragma :
        {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s}) {
        if (!query.exec(pragma))
            return fail(query.lastError(), "pragma");
    }
    if (version < SchemaVersion && !migrate(&failure))
        return fail(failure, "migration");
    // A file SQLite may not write (a read-only mount, another user's file) says so here, not at the
    // first purge.
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return fail(query.lastError(), "write check");
    const bool probe = query.exec(u"UPDATE meta SET value = value WHERE key = 'schema_version'"_s);
    const QSqlError probeError = query.lastError();
    query.exec(u"ROLLBACK"_s);
    if (!probe)
        return fail(probeError, "write check");
    m_open = true;
    m_writable = true;
    return Problem::None;
}

bool HistoryStore::readVersion(int *version, QSqlError *failure) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    *version = 0;
    // An empty file (new, or being created by another process) has no tables yet.
    if (!query.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"_s) || !query.next()) {
        *failure = query.lastError();
        return false;
    }
    if (query.value(0).toInt() == 0)
        return true;
    if (!query.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s)) {
        *failure = query.lastError();
        return false;
    }
    if (query.next())
        *version = query.value(0).toInt();
    return true;
}

bool HistoryStore::migrate(QSqlError *failure)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
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
    if (!readVersion(&version, &error))
        return rollback(error);
    if (version >= SchemaVersion)
        return query.exec(u"COMMIT"_s) || rollback(query.lastError());
    // Migrations run in order, all in this one transaction. Version 0 is an empty file.
    const auto apply = [&](const auto &statements) {
        for (const char *statement : statements) {
            if (!query.exec(QString::fromLatin1(statement)))
                return false;
        }
        return true;
    };
    if ((version < 1 && !apply(kSchemaV1)) || (version < 2 && !apply(kSchemaV2)))
        return rollback(query.lastError());
    query.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)"_s);
    query.addBindValue(QString::number(SchemaVersion));
    if (!query.exec() || !query.exec(u"COMMIT"_s))
        return rollback(query.lastError());
    return true;
}

HistoryStore::Problem HistoryStore::repair(QString *error, QString *note)
{
    // Another process may have dealt with it while this one waited.
    QString damage;
    const Problem again = attempt(Check::Full, false, &damage);
    if (again != Problem::Damaged) {
        *error = damage;
        return again;
    }
    close();
    const QString aside = moveAside(m_path);
    if (aside.isEmpty()) {
        *error = tr("it is damaged (%1) and could not be moved aside").arg(damage);
        return Problem::Unavailable;
    }
    // The journal files belong to the damaged file: they go with it, for whoever looks at it.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(m_path + suffix))
            QFile::rename(m_path + suffix, aside + suffix);
    }
    const Problem fresh = attempt(Check::Full, false, error);
    if (fresh == Problem::None) {
        *note = tr("The history file was damaged (%1). It was moved to %2 and a new history was started.")
                    .arg(damage, QDir::toNativeSeparators(aside));
        qCWarning(lcApp).noquote() << *note;
    }
    return fresh;
}

bool HistoryStore::takeSetUpLock(std::unique_ptr<QLockFile> *lock, QString *error) const
{
    const QString path = m_path + u".lock"_s;
    *lock = std::make_unique<QLockFile>(path);
    (*lock)->setStaleLockTime(0); // only a dead process leaves it stale
    if ((*lock)->tryLock(SetUpLockTimeoutMs))
        return true;
    *error = (*lock)->error() == QLockFile::LockFailedError
        ? tr("another PurgeDesk has been setting it up for more than %1 s").arg(SetUpLockTimeoutMs / 1000)
        : tr("the lock file %1 cannot be created").arg(QDir::toNativeSeparators(path));
    lock->reset();
    return false;
}

HistoryStore::Check HistoryStore::resolveCheck(Check check)
{
    if (check != Check::Auto)
        return check;
    if (!QFileInfo::exists(m_path))
        return Check::Skip; // nothing to check yet
    const QDir markers(m_path + u".open"_s);
    const QStringList names = markers.entryList({u"*.lock"_s}, QDir::Files);
    bool unclean = false;
    for (const QString &name : names) {
        QLockFile marker(markers.filePath(name));
        marker.setStaleLockTime(0); // only a dead process leaves it stale
        // Taken: its process ended without closing the history (tryLock() clears a dead one's).
        if (marker.tryLock(0)) {
            unclean = true;
            marker.unlock();
        } else if (marker.error() != QLockFile::LockFailedError) {
            unclean = true; // cannot tell: check rather than guess
        }
    }
    // A journal left behind with nobody recording it: a process that kept no marker ended uncleanly.
    if (!unclean && names.isEmpty() && QFileInfo(m_path + u"-wal"_s).size() > 0)
        unclean = true;
    if (unclean)
        qCDebug(lcApp) << "history: the last process to use it did not close it; checking it in full";
    return unclean ? Check::Full : Check::Skip;
}

void HistoryStore::markOpen()
{
    static std::atomic<int> counter {0};
    const QString folder = m_path + u".open"_s;
    QDir().mkpath(folder);
    auto marker = std::make_unique<QLockFile>(
        u"%1/%2-%3.lock"_s.arg(folder).arg(QCoreApplication::applicationPid()).arg(++counter));
    marker->setStaleLockTime(0);
    if (marker->tryLock(0))
        m_openMarker = std::move(marker);
    else
        qCWarning(lcApp) << "history: cannot mark the history as open:" << marker->error();
}

bool HistoryStore::open(QString *message, Check requested, Use use)
{
    close();
    m_openMarker.reset();
    message->clear();
    m_checkedFully = false;
    // (A history that can only be read is checked in full under Auto: no marker can be kept for it.)
    const Check check = resolveCheck(requested);
    // Marked before SQLite opens the file, so that another process never sees this one's journal
    // without its marker. Released again unless the history opens for writing.
    const auto unmark = qScopeGuard([this] {
        if (!m_writable)
            m_openMarker.reset();
    });
    const QFileInfo info(m_path);
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder)) {
        *message = tr("The history cannot be kept: the folder %1 cannot be created. Purging still works.")
                       .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QString readOnly;
    if (!mayWrite(folder))
        readOnly = tr("the folder %1 cannot be written").arg(QDir::toNativeSeparators(folder));
    else if (info.exists() && !mayWrite(m_path))
        readOnly = tr("the file %1 is read-only").arg(QDir::toNativeSeparators(m_path));

    if (readOnly.isEmpty()) {
        // One process at a time creates the file, switches it to WAL or decides that it is damaged:
        // another that finds it new or unusable waits here, then finds it ready (or repaired).
        std::unique_ptr<QLockFile> lock;
        QString error;
        markOpen();
        if (!isReady(m_path) && !takeSetUpLock(&lock, &error)) {
            *message = tr("The history cannot be kept (%1): %2. Purging still works.")
                           .arg(QDir::toNativeSeparators(m_path), error);
            return false;
        }
        Problem problem = attempt(check, false, &error);
        if (problem == Problem::Damaged) {
            if (lock || takeSetUpLock(&lock, &error))
                problem = repair(&error, message);
            else
                problem = Problem::Unavailable;
        }
        switch (problem) {
        case Problem::None:
            return true;
        case Problem::Newer:
            close();
            *message = error;
            return false;
        case Problem::ReadOnly: // SQLite may not write it (a read-only mount, another user's file)
            readOnly = tr("SQLite cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), error);
            break;
        case Problem::Damaged:
        case Problem::Unavailable:
            close();
            *message = tr("The history cannot be kept (%1): %2. Purging still works.")
                           .arg(QDir::toNativeSeparators(m_path), error);
            return false;
        }
    }

    // The history can at most be read: nothing is recorded, and nothing about the file is changed.
    close();
    if (!QFileInfo::exists(m_path)) {
        *message = tr("The history cannot be kept: %1. Purging still works.").arg(readOnly);
        return false;
    }
    const QString readOnlyNote
        = tr("The history is read-only (%1): it can be read, but purges are not recorded until it can be written "
             "again.")
              .arg(readOnly);
    if (use == Use::Record) {
        *message = readOnlyNote;
        return false;
    }
    QString error;
    const Problem problem = attempt(requested == Check::Auto ? Check::Full : check, true, &error);
    if (problem == Problem::Newer) {
        close();
        *message = error;
        return false;
    }
    if (problem != Problem::None) {
        close();
        *message = problem == Problem::Damaged
            ? tr("The history cannot be read: %1, and it is damaged (%2). Purging still works.").arg(readOnly, error)
            : tr("The history cannot be read: %1 (%2). Purging still works.").arg(readOnly, error);
        return false;
    }
    *message = readOnlyNote;
    return true;
}

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
    QSqlQuery item(db);
    item.prepare(u"INSERT INTO items (run_id, position, value, headers, state) VALUES (?, ?, ?, ?, ?)"_s);
    const QString pending = toName(ItemState::Pending);
    for (int i = 0; i < spec.items.size(); ++i) {
        const Item &entry = spec.items.at(i);
        QStringList headers;
        for (const auto &[name, value] : entry.headers)
            headers << name + u": "_s + value;
        item.addBindValue(runId);
        item.addBindValue(i);
        item.addBindValue(entry.value);
        item.addBindValue(headers.isEmpty() ? QVariant() : QVariant(headers.join(u"; "_s)));
        item.addBindValue(pending);
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
    query.prepare(
        u"INSERT INTO batches (run_id, batch_index, first_item, item_count, state, http_status, purge_id,"
        u" error_codes, error_message, attempts, started_ms, finished_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value : {QVariant(runId), QVariant(row.index), QVariant(row.first), QVariant(row.count),
             QVariant(toName(row.state)), row.httpStatus ? QVariant(row.httpStatus) : QVariant(),
             row.purgeId.isEmpty() ? QVariant() : QVariant(row.purgeId),
             row.errorCodes.isEmpty() ? QVariant() : QVariant(row.errorCodes),
             row.errorMessage.isEmpty() ? QVariant() : QVariant(row.errorMessage), QVariant(row.attempts),
             QVariant(row.startedMs), QVariant(row.finishedMs)})
        query.addBindValue(value);
    bool ok = query.exec();
    QString error = query.lastError().text();

    // A split batch's items went on in the two new batches: their rows are written with those.
    QSqlQuery item(db);
    item.prepare(u"UPDATE items SET state = ?, reason = ?, purge_id = ? WHERE run_id = ? AND position = ?"_s);
    for (int i = 0; ok && batch.state != BatchState::Split && i < items.size(); ++i) {
        const ItemOutcome &outcome = items.at(i);
        item.addBindValue(toName(outcome.state));
        item.addBindValue(outcome.reason.isEmpty() ? QVariant() : QVariant(outcome.reason));
        item.addBindValue(outcome.purgeId.isEmpty() ? QVariant() : QVariant(outcome.purgeId));
        item.addBindValue(runId);
        item.addBindValue(batch.first + i);
        ok = item.exec();
        if (!ok)
            error = item.lastError().text();
    }
    QSqlQuery run(db);
    run.prepare(u"UPDATE runs SET "_s + kCounterColumns + u" WHERE id = ?"_s);
    for (const QVariant &value : counterValues(counters))
        run.addBindValue(value);
    run.addBindValue(runId);
    if (ok && !run.exec()) {
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
    query.prepare(u"UPDATE runs SET finished_at = ?, outcome = ?, "_s + kCounterColumns + u" WHERE id = ?"_s);
    query.addBindValue(timestamp(finishedAt));
    query.addBindValue(toName(outcome));
    for (const QVariant &value : counterValues(counters))
        query.addBindValue(value);
    query.addBindValue(runId);
    const bool ok = query.exec();
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

namespace {

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
        conditions << u"(zone_name = ? OR zone_id = ?)"_s;
        *values << filter.zone << filter.zone;
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

} // namespace

// The columns readRun() reads, in its order.
const QString kRunColumns
    = u"SELECT id, started_at, finished_at, profile, account_id, zone_id, zone_name, mode, action,"
      u" source, dry_run, outcome, requested, done, failed, not_sent, requests, requests_sent, attempts,"
      u" rate_limited, elapsed_ms FROM runs"_s;

namespace {

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
    QList<RunRow> rows;
    if (!m_open)
        return rows;
    QVariantList values;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(kRunColumns + whereClause(filter, &values) + orderClause(filter) + u" LIMIT ? OFFSET ?"_s);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
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
    return row;
}

QList<RunRow> HistoryStore::latestPresetRuns() const
{
    QList<RunRow> rows;
    if (!m_open)
        return rows;
    const QString prefix = RunSource::ofPreset(QString()).toName();
    QSqlQuery query(QSqlDatabase::database(m_connection));
    // Runs are numbered as they start, so a source's highest id is its newest run.
    query.prepare(kRunColumns
        + u" WHERE id IN (SELECT max(id) FROM runs WHERE substr(source, 1, ?) = ? GROUP BY source)"
          u" ORDER BY started_at DESC, id DESC"_s);
    query.addBindValue(prefix.size());
    query.addBindValue(prefix);
    if (!query.exec())
        return rows;
    while (query.next())
        rows << readRun(query);
    return rows;
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
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"SELECT COUNT(*) FROM runs"_s + whereClause(filter, &values));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QList<BatchRow> HistoryStore::batches(qint64 runId) const
{
    QList<BatchRow> rows;
    if (!m_open)
        return rows;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        u"SELECT batch_index, first_item, item_count, state, http_status, purge_id, error_codes, error_message,"
        u" attempts, started_ms, finished_ms FROM batches WHERE run_id = ? ORDER BY id"_s);
    query.addBindValue(runId);
    if (!query.exec())
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
    query.prepare(
        u"SELECT position, value, headers, state, reason, purge_id FROM items WHERE run_id = ? ORDER BY position"_s);
    query.addBindValue(runId);
    if (!query.exec())
        return rows;
    while (query.next()) {
        ItemRow row {query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(), ItemState::Pending,
            query.value(4).toString(), query.value(5).toString()};
        fromName(query.value(3).toString(), &row.state);
        rows << row;
    }
    return rows;
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

QString HistoryStore::integrityCheck() const
{
    if (!m_open)
        return u"closed"_s;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    return query.exec(u"PRAGMA integrity_check"_s) && query.next() ? query.value(0).toString()
                                                                   : query.lastError().text();
}

int HistoryStore::deleteRunsBefore(const QDateTime &cutoff)
{
    if (!m_writable)
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"DELETE FROM runs WHERE started_at < ?"_s);
    query.addBindValue(timestamp(cutoff));
    return query.exec() ? query.numRowsAffected() : 0;
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
