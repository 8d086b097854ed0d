#include "historystore.h"

#include "historyschema.h"
#include "historysql.h"
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

namespace PurgeDesk::History {

namespace {

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
    int writableFrom = 0;
    QSqlError failure;
    if (!Schema::readVersion(db, &version, &failure, &writableFrom))
        return fail(failure, "version");
    // A newer format that says this version may still write it holds everything this version
    // reads and writes, as it is: it is used as this version's own (and never converted back).
    if (version > SchemaVersion && writableFrom > 0 && writableFrom <= SchemaVersion)
        version = SchemaVersion;
    if (version > SchemaVersion) {
        *error = tr("The history was written by a newer PurgeDesk (format %1); this version leaves it untouched "
                    "and does not record purges.")
                     .arg(version);
        return Problem::Newer;
    }
    if (readOnly) {
        if (version != SchemaVersion && version != 0 && !Schema::readOlder(db, version, &failure)) {
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
    if (version < SchemaVersion && !Schema::migrate(db, &failure))
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

QString HistoryStore::integrityCheck() const
{
    if (!m_open)
        return u"closed"_s;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    return query.exec(u"PRAGMA integrity_check"_s) && query.next() ? query.value(0).toString()
                                                                   : query.lastError().text();
}

} // namespace PurgeDesk::History
