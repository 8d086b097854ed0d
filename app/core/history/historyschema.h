#pragma once

// The history file's schema: reading a file's format version, migrating it to the current one.

class QSqlDatabase;
class QSqlError;

namespace PurgeDesk::History::Schema {

// The format version of the file open on `db`: 0 for an empty file (new, or being created by
// another process). False (with `failure`) when it cannot be read. `writableFrom` (if given): the
// oldest format that may write it, 0 when the file does not say (formats before 3).
bool readVersion(const QSqlDatabase &db, int *version, QSqlError *failure, int *writableFrom = nullptr);
// Creates or migrates the file to HistoryStore::SchemaVersion, all in one immediate transaction.
bool migrate(const QSqlDatabase &db, QSqlError *failure);
// A file in an older format that can only be read (never migrated): the tables it lacks are made,
// empty, in the connection's own temporary schema, so that it reads as the current format. False
// for a format too old for that (version 1) or when it fails.
bool readOlder(const QSqlDatabase &db, int version, QSqlError *failure);

} // namespace PurgeDesk::History::Schema
