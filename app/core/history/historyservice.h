#pragma once

#include "history/historystore.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace PurgeDesk::History {

// The history for a window: the file is opened (when first needed), checked, trimmed to the
// retention setting and queried on a worker thread of its own, so a long history never blocks the
// window. Answers come back on the thread that owns the service, to a context object, and are
// dropped if that object is gone by then.
class HistoryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryService)

public:
    enum class State { Closed, Opening, Open, Unavailable };

    explicit HistoryService(QString path = HistoryStore::defaultPath(), QObject *parent = nullptr);
    ~HistoryService() override;

    // Opens the file in the background (`check`: see HistoryStore::open()) and deletes runs older
    // than `retentionDays` (0 keeps all).
    void open(int retentionDays, HistoryStore::Check check = HistoryStore::Check::Full);
    // Opens the file, as open() does, unless it is open, opening or was found unavailable. The
    // window calls it when something first needs the history: the History tab shown, or the
    // presets' last runs (Check::Full), a purge to record (Check::Auto: a purge does not wait for a
    // read of the whole file; see HistoryStore). A window that never does reads no history.
    // Until setRetentionDays() has been called, it only remembers that the history is wanted.
    void ensureOpen(HistoryStore::Check check = HistoryStore::Check::Full);
    // The retention ensureOpen() opens with (AppContext, once the settings are read).
    void setRetentionDays(int days);
    // Whether the last open read the whole file (HistoryStore::checkedFully()).
    bool checkedFully() const { return m_checkedFully; }
    State state() const { return m_state; }
    QString path() const { return m_path; }
    // Why the history is unavailable, or what happened while opening (a damaged file moved aside,
    // old runs removed); empty when there is nothing to say.
    QString message() const { return m_message; }
    // False when the history is open but can only be read (purges are not recorded; message() says why).
    bool isWritable() const { return m_state == State::Open && m_writable; }
    int removedByRetention() const { return m_removed; }

    // Runs `work` on the worker thread with the store (closed if the history is unavailable) and
    // hands its result to `done` on this object's thread, unless `context` is gone.
    template<typename Result>
    void query(
        QObject *context, std::function<Result(const HistoryStore &)> work, std::function<void(const Result &)> done)
    {
        QPointer<QObject> guard(context);
        post([this, guard, work = std::move(work), done = std::move(done)](HistoryStore &store) {
            Result result = work(store);
            QMetaObject::invokeMethod(
                this,
                [guard, done, result = std::move(result)] {
                    if (guard)
                        done(result);
                },
                Qt::QueuedConnection);
        });
    }

    // Records a purge session on the history's thread (the session's own thread never waits for
    // the file). Null while the history is not open.
    std::unique_ptr<Purge::RunRecorder> recorder();
    // Records a verification of a purge's runs (PurgeSession::historyRunIds()) on the history's
    // thread, each run keeping the verdicts of its own URLs; verificationRecorded() answers. Nothing
    // is done while the history cannot be written, or without a run.
    void recordVerification(const QList<qint64> &runIds, const QList<Verify::UrlCheck> &checks,
        const QList<Verify::UrlWarm> &warms, const QDateTime &checkedAt);
    // Waits until everything posted so far (recordings included) has been done. For shutdown.
    void flush();

    // Runs `task` on the history's thread, after everything posted before it.
    void post(std::function<void(HistoryStore &)> task);

Q_SIGNALS:
    void opened();
    // A verification was recorded (`problem` empty) or could not be (`problem` says why).
    void verificationRecorded(const QList<qint64> &runIds, const QString &problem);

private:
    QString m_path;
    QThread m_thread;
    QObject *m_worker; // lives on m_thread
    std::unique_ptr<HistoryStore> m_store; // used on m_thread only
    State m_state = State::Closed;
    QString m_message;
    int m_removed = 0;
    int m_retentionDays = 0;
    bool m_retentionSet = false;
    // Asked for (ensureOpen()) before the retention was known: opened once it is, with this check.
    std::optional<HistoryStore::Check> m_wanted;
    bool m_checkedFully = false;
    bool m_writable = false;
};

} // namespace PurgeDesk::History
