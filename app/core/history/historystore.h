#pragma once

#include "purge/purgesession.h"
#include "verify/verdict.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <memory>
#include <optional>

class QLockFile;
class QSqlQuery;

namespace PurgeDesk::History {

// How the last verification of a run went (the verdicts of its URLs, counted): empty until it
// was verified.
struct VerificationSummary
{
    QDateTime checkedAt; // the newest verdict's time; invalid when the run was never verified
    Verify::VerdictCounts verdicts;
    Verify::WarmCounts warms; // the URLs warmed after it (all zero without a warm-up)

    bool isVerified() const { return checkedAt.isValid(); }
};

// One URL's verdict as the history keeps it: the edge's answer, when it was checked, and its
// warm-up (warm.outcome Pending: it was not warmed).
struct VerdictRow
{
    Verify::UrlCheck check;
    QDateTime checkedAt; // invalid: never verified
    Verify::UrlWarm warm;

    bool isVerified() const { return checkedAt.isValid(); }
};

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
    Purge::PurgeMode mode = Purge::PurgeMode::Purge;
    Purge::PurgeAction action = Purge::PurgeAction::Files;
    Purge::RunSource source;
    bool dryRun = false;
    Purge::RunOutcome outcome = Purge::RunOutcome::Running;
    // "running", but no process records it any more: it was killed or crashed mid-run.
    bool interrupted = false;
    // As the session published them when the run ended (or at its last recorded request).
    Purge::Counters counters;
    // Its URLs' last verification, if any (format 3).
    VerificationSummary verification;

    QString zoneLabel() const { return zoneName.isEmpty() ? zoneId : zoneName; }
    // The outcome as a person reads it: Interrupted for a run that was cut off.
    Purge::RunOutcome shownOutcome() const { return interrupted ? Purge::RunOutcome::Interrupted : outcome; }
};

// One request of a run, as the history and the window's run view show it.
struct BatchRow
{
    int index = 0;
    int first = 0;
    int count = 0;
    Purge::BatchState state = Purge::BatchState::Queued;
    int httpStatus = 0;
    QString purgeId;
    QString errorCodes; // "10000,9109"
    QString errorMessage; // summary, verbatim codes and messages included
    int attempts = 0;
    qint64 startedMs = -1;
    qint64 finishedMs = -1;

    static BatchRow fromRecord(const Purge::BatchRecord &batch);
};

struct ItemRow
{
    int position = 0;
    QString value;
    QString headers; // "Name: value; Name: value"
    Purge::ItemState state = Purge::ItemState::Pending;
    QString reason;
    QString purgeId;
    // The URL's last verdict (URL purges that were verified; isVerified() false otherwise).
    VerdictRow verification;
};

struct RunFilter
{
    QString text; // matches zone, profile, source, outcome, or an item
    QString zone; // zone name or id
    std::optional<Purge::PurgeAction> action;
    std::optional<Purge::RunOutcome> outcome;
    QDateTime since;
    QDateTime until;
    QList<qint64> ids; // only these runs (an export of a selection)
    // Keyset paging: only runs listed after this one (newest first). Cheaper than an offset deep
    // into a long history.
    QDateTime afterStartedAt;
    qint64 afterId = 0;
    // The order of the list (the History tab sorts by the column clicked): newest first unless
    // said otherwise. Keyset paging (afterStartedAt) is for that order; others page by offset.
    enum class Order { StartedAt, Profile, Zone, Mode, Action, Items, Outcome, Duration, Source };
    Order order = Order::StartedAt;
    bool ascending = false;

    bool isEmpty() const
    {
        return text.isEmpty() && zone.isEmpty() && !action && !outcome && !since.isValid() && !until.isValid()
            && ids.isEmpty();
    }
};

// The purge log: history.sqlite in the data folder (WAL, full sync, a versioned schema with
// migrations). Runs, batches and items are written as the run happens, each step in its own
// transaction, so a crash or a kill loses nothing that was sent. Never a secret.
//
// Several processes may open it at once, a new file included (purges started in parallel by a CI
// job): creation and migration run in an immediate transaction with idempotent statements, and
// every connection waits for the others' transactions (busy timeout). Only a failed integrity check
// counts as damage: such a file is moved aside (with its journal files) under a lock file, so that
// one process decides, and a new history is started. A file or folder that cannot be written, a
// busy file or one from a newer version are never called damaged and never touched.
//
// While a run is recorded its process holds a lock file (<history>.running/<id>.lock), so a run
// left "running" by a process that was killed reads as interrupted.
class HistoryStore final
{
public:
    // 3: each verified URL's verdict (the verdicts table).
    static constexpr int SchemaVersion = 3;
    // The oldest format whose PurgeDesk may write a file of this format (the meta key
    // `writable_from`). A later format that only adds to this one keeps it, so this version goes on
    // recording into a file a newer PurgeDesk has converted; a file without the key, or one that
    // names a later format, is only left alone.
    static constexpr int WritableFrom = 3;

    explicit HistoryStore(const QString &path = defaultPath());
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    static QString defaultPath();

    // How thoroughly open() checks the file. Full reads it all (PRAGMA quick_check: ~0.3 s at
    // 100,000 runs) and moves a damaged file aside; a second connection to a file another one has
    // just checked may skip it. Auto (the command line) runs the full check only when there is
    // reason to: a process that had the file open ended without closing it (its marker in
    // <history>.open/ is stale, or a -wal journal is left with no marker), or SQLite reports damage
    // while opening (a file shorter than its header says, a foreign file: then it is checked and
    // moved aside as under Full). Otherwise the open costs a few file operations whatever the
    // history's size. Damage in pages the open does not read fails the statement that meets it;
    // the window checks in full (on the history's own thread) when the History tab or a preset's
    // last run is the first to open the history in a session (its first purge opens with Auto).
    enum class Check { Full, Auto, Skip };

    // What the caller needs. Record: fails (with why, in `message`) when purges cannot be recorded.
    // Browse: also opens a history that can only be read (isWritable() false; `message` says so).
    enum class Use { Record, Browse };

    // Opens (creating or migrating). `message` explains anything the user should know.
    bool open(QString *message, Check check = Check::Full, Use use = Use::Record);
    // Whether the last open() ran the full check (tests and benchmarks ask).
    bool checkedFully() const { return m_checkedFully; }
    bool isOpen() const { return m_open; }
    bool isWritable() const { return m_writable; }
    QString path() const { return m_path; }

    // Writing, as a PurgeSession publishes the run. Each call is one transaction; false (with
    // lastError()) when it could not be written.
    qint64 beginRun(const Purge::PurgeSpec &spec, const Purge::RunSource &source, const QDateTime &startedAt,
        const Purge::Counters &counters, bool dryRun);
    bool recordBatch(qint64 runId, const Purge::BatchRecord &batch, const QList<Purge::ItemOutcome> &items,
        const Purge::Counters &counters);
    bool finishRun(
        qint64 runId, Purge::RunOutcome outcome, const Purge::Counters &counters, const QDateTime &finishedAt);
    // A dry run: recorded as one finished run that sent nothing.
    qint64 recordDryRun(const Purge::PurgeSpec &spec, const Purge::RunSource &source, int requestsPlanned);
    // A verification of the run's URLs (and the warm-up after it, if any), checked at `checkedAt`,
    // in one transaction. Only the run's own URLs are kept (a purge across zones is several runs:
    // each keeps its own): a URL purge's items, or after a host, tag, prefix or everything purge the
    // listed URLs in the run's zone (its name or a subdomain). One verdict per URL: verifying again replaces a URL's
    // verdict and warm-up, except that a URL left unchecked (a cancelled verification) keeps the
    // verdict an earlier verification gave it. False (with lastError()) when it could not be
    // written or the run does not exist.
    bool recordVerification(qint64 runId, const QList<Verify::UrlCheck> &checks, const QList<Verify::UrlWarm> &warms,
        const QDateTime &checkedAt);
    QString lastError() const { return m_lastError; }

    // Reading.
    QList<RunRow> runs(const RunFilter &filter = {}, int limit = 100, int offset = 0) const;
    int countRuns(const RunFilter &filter = {}) const;
    std::optional<RunRow> run(qint64 runId) const;
    // The newest run of each preset (by the preset's name), from the window or the command line.
    QList<RunRow> latestPresetRuns() const;
    // Zone names (or IDs, for runs whose zone name was unknown) that appear in the history.
    QStringList zones() const;
    QList<BatchRow> batches(qint64 runId) const;
    QList<ItemRow> items(qint64 runId) const;
    // The run's verdicts, one per verified URL, by URL.
    QList<VerdictRow> verdicts(qint64 runId) const;
    QString integrityCheck() const; // "ok" when the file is sound
    // A run whose outcome is "running" is still being recorded by a live process (this one or another).
    bool isRecording(qint64 runId) const;
    // Deletes runs that started before `cutoff` (the retention setting). Returns how many.
    int deleteRunsBefore(const QDateTime &cutoff);

private:
    enum class Problem { None, Damaged, Newer, ReadOnly, Unavailable };
    // The runs `SELECT <every column> FROM runs <clauses>` finds, `values` bound in order.
    QList<RunRow> selectRuns(const QString &clauses, const QVariantList &values) const;
    RunRow readRun(const QSqlQuery &query) const;
    Problem attempt(Check check, bool readOnly, QString *error);
    Problem repair(QString *error, QString *note);
    bool takeSetUpLock(std::unique_ptr<QLockFile> *lock, QString *error) const;
    void close();
    bool failed(const QString &what, const QString &error);
    QString runLockPath(qint64 runId) const;
    Check resolveCheck(Check check);
    void markOpen();

    QString m_path;
    QString m_connection;
    bool m_open = false;
    QString m_lastError;
    bool m_writable = false;
    bool m_checkedFully = false;
    // Held while the file is open for writing: one left by a dead process means an unclean close.
    std::unique_ptr<QLockFile> m_openMarker;
    std::map<qint64, std::unique_ptr<QLockFile>> m_runLocks; // the runs this store is recording
};

// Records a run into a store as it happens, on the calling thread (the command line's purge, and
// tests). The window records through HistoryService::recorder(), on the history's own thread.
class HistoryRecorder final : public Purge::RunRecorder
{
public:
    explicit HistoryRecorder(HistoryStore &store);

    void started(const Purge::PurgeSpec &spec, const Purge::RunSource &source, const QDateTime &startedAt,
        const Purge::Counters &counters) override;
    void batchSettled(const Purge::BatchRecord &batch, const QList<Purge::ItemOutcome> &items,
        const Purge::Counters &counters) override;
    void finished(Purge::RunOutcome outcome, const Purge::Counters &counters, const QDateTime &finishedAt) override;
    qint64 runId() const { return m_runId; }

private:
    void check(bool ok);

    HistoryStore &m_store;
    qint64 m_runId = 0;
};

} // namespace PurgeDesk::History
