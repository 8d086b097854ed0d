#pragma once

// The history file's schema: reading a file's format version, migrating it to the current one.

class QSqlDatabase;
class QSqlError;

namespace PurgeDesk::History::Schema {

// The format version of the file open on `db`: 0 for an empty file (new, or being created by
// another process). False (with `failure`) when it cannot be read.
bool readVersion(const QSqlDatabase &db, int *version, QSqlError *failure);
// Creates or migrates the file to HistoryStore::SchemaVersion, all in one immediate transaction.
bool migrate(const QSqlDatabase &db, QSqlError *failure);

} // namespace PurgeDesk::History::Schema
