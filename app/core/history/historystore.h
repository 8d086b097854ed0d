#pragma once

#include "purge/runner.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlQuery;

namespace PurgeDesk::History {

// One run as the history keeps it.
struct RunRow
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while running (or if the process died mid-run)
    QString profile;
    QString accountId;
    QString zoneId;
    QString zoneName;
    QString mode; // purge, invalidate
    QString action; // everything, files, hosts, tags, prefixes
    QString source; // gui, cli, drone, preset:<name>
    bool dryRun = false;
    QString outcome; // running, done, partial, failed, cancelled, auth_failed, dry_run, interrupted
    int requested = 0;
    int done = 0;
    int failed = 0;
    int notSent = 0;
    int requests = 0;
    int rateLimited = 0;
};

struct BatchRow
{
    int index = 0;
    int first = 0;
    int count = 0;
    QString state;
    int httpStatus = 0;
    QString purgeId;
    QString errorCodes; // "10000,9109"
    QString errorMessage; // summary, verbatim codes and messages included
    int attempts = 0;
    qint64 startedMs = -1;
    qint64 finishedMs = -1;
};

struct ItemRow
{
    int position = 0;
    QString value;
    QString headers; // "Name: value; Name: value"
    QString state; // pending, done, failed, not_sent
    QString reason;
    QString purgeId;
};

struct RunFilter
{
    QString text; // matches zone, profile, source, outcome, or an item
    QString zone; // zone name or id
    QString action;
    QString outcome;
    QDateTime since;
    QDateTime until;
    QList<qint64> ids; // only these runs (an export of a selection)
    // Keyset paging: only runs listed after this one (newest first). Cheaper than an offset deep
    // into a long history.
    QDateTime afterStartedAt;
    qint64 afterId = 0;

    bool isEmpty() const
    {
        return text.isEmpty() && zone.isEmpty() && action.isEmpty() && outcome.isEmpty() && !since.isValid()
            && !until.isValid() && ids.isEmpty();
    }
};

// The purge log: history.sqlite in the data folder (WAL, full sync, a versioned schema with
// migrations). Runs, batches and items are written as the run happens, each step in its own
// transaction, so a crash or a kill loses nothing that was sent. Never a secret. A file that is
// not a usable database is moved aside with a message and a new one is started; a folder that
// cannot be written leaves the history closed (purging still works) with a message.
class HistoryStore final
{
public:
    static constexpr int SchemaVersion = 1;

    explicit HistoryStore(const QString &path = defaultPath());
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    static QString defaultPath();

    // How thoroughly open() checks the file. Full reads it all (PRAGMA quick_check: ~0.3 s at
    // 100,000 runs) and moves a damaged file aside; a second connection to a file another one has
    // just checked may skip it.
    enum class Check { Full, Skip };

    // Opens (creating or migrating). `message` explains anything the user should know.
    bool open(QString *message, Check check = Check::Full);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    // Writing. Each call is one transaction.
    qint64 beginRun(const Purge::PurgeSpec &spec, const QString &source, bool dryRun);
    void recordBatch(qint64 runId, const Purge::Runner &runner, const Purge::BatchRecord &batch);
    void finishRun(qint64 runId, const Purge::Runner &runner, const QString &outcome);
    void finishDryRun(qint64 runId);

    // Reading.
    QList<RunRow> runs(const RunFilter &filter = {}, int limit = 100, int offset = 0) const;
    int countRuns(const RunFilter &filter = {}) const;
    std::optional<RunRow> run(qint64 runId) const;
    // The newest run of each source that starts with `prefix` ("preset:" gives each preset's last run).
    QList<RunRow> latestRunPerSource(const QString &prefix) const;
    // Zone names (or IDs, for runs whose zone name was unknown) that appear in the history.
    QStringList zones() const;
    QList<BatchRow> batches(qint64 runId) const;
    QList<ItemRow> items(qint64 runId) const;
    QString integrityCheck() const; // "ok" when the file is sound
    // Deletes runs that started before `cutoff` (the retention setting). Returns how many.
    int deleteRunsBefore(const QDateTime &cutoff);

    static QString outcomeName(Purge::Runner::Outcome outcome);

private:
    static RunRow readRun(const QSqlQuery &query);
    bool openAt(QString *error, Check check);
    bool migrate(QString *error);
    void close();

    QString m_path;
    QString m_connection;
    bool m_open = false;
};

// Records a run into the history as it happens (the runner's result sink).
class HistoryRecorder final : public Purge::RunSink
{
public:
    HistoryRecorder(HistoryStore &store, QString source);

    void runStarted(const Purge::Runner &runner) override;
    void batchFinished(const Purge::Runner &runner, const Purge::BatchRecord &batch) override;
    void runFinished(const Purge::Runner &runner) override;
    qint64 runId() const { return m_runId; }

private:
    HistoryStore &m_store;
    QString m_source;
    qint64 m_runId = 0;
};

} // namespace PurgeDesk::History
