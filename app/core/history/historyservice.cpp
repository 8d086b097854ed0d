#include "historyservice.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::History {

HistoryService::HistoryService(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_worker(new QObject)
    , m_store(std::make_unique<HistoryStore>(m_path))
{
    m_thread.setObjectName(u"history"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // The thread starts with the first task (a window that never needs the history has none).
}

HistoryService::~HistoryService()
{
    if (!m_thread.isRunning()) {
        delete m_worker; // no task ever ran: the store was never opened
        return;
    }
    // The store's database connection belongs to the worker thread: close it there.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void HistoryService::post(std::function<void(HistoryStore &)> task)
{
    if (!m_thread.isRunning())
        m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(
        m_worker, [this, task = std::move(task)] { task(*m_store); }, Qt::QueuedConnection);
}

namespace {

// Hands each step of a run to a HistoryRecorder that lives on the history's thread: the steps run
// there in the order they were posted, with copies of what the session published.
class ServiceRecorder final : public Purge::RunRecorder
{
public:
    explicit ServiceRecorder(HistoryService *service)
        : m_service(service)
    { }

    void started(const Purge::PurgeSpec &spec, const Purge::RunSource &source, const QDateTime &startedAt,
        const Purge::Counters &counters) override
    {
        post([spec, source, startedAt, counters](
                 HistoryRecorder &recorder) { recorder.started(spec, source, startedAt, counters); });
    }
    void batchSettled(const Purge::BatchRecord &batch, const QList<Purge::ItemOutcome> &items,
        const Purge::Counters &counters) override
    {
        post([batch, items, counters](HistoryRecorder &recorder) { recorder.batchSettled(batch, items, counters); });
    }
    void finished(Purge::RunOutcome outcome, const Purge::Counters &counters, const QDateTime &finishedAt) override
    {
        post([outcome, counters, finishedAt](
                 HistoryRecorder &recorder) { recorder.finished(outcome, counters, finishedAt); });
    }

private:
    void post(std::function<void(HistoryRecorder &)> step);

    QPointer<HistoryService> m_service;
    // Made on the history's thread by the first step and used only there.
    std::shared_ptr<std::unique_ptr<HistoryRecorder>> m_worker = std::make_shared<std::unique_ptr<HistoryRecorder>>();
};

} // namespace

std::unique_ptr<Purge::RunRecorder> HistoryService::recorder()
{
    if (!isWritable())
        return nullptr;
    return std::make_unique<ServiceRecorder>(this);
}

void HistoryService::recordVerification(const QList<qint64> &runIds, const QList<Verify::UrlCheck> &checks,
    const QList<Verify::UrlWarm> &warms, const QDateTime &checkedAt)
{
    if (!isWritable() || runIds.isEmpty())
        return;
    post([this, runIds, checks, warms, checkedAt](HistoryStore &store) {
        QString problem;
        for (const qint64 runId : runIds) {
            if (!store.recordVerification(runId, checks, warms, checkedAt) && problem.isEmpty())
                problem = store.isOpen() ? store.lastError() : tr("the history is not open.");
        }
        QMetaObject::invokeMethod(
            this, [this, runIds, problem] { Q_EMIT verificationRecorded(runIds, problem); }, Qt::QueuedConnection);
    });
}

void HistoryService::flush()
{
    if (!m_thread.isRunning())
        return; // nothing was posted
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

void HistoryService::ensureOpen(HistoryStore::Check check)
{
    if (m_state != State::Closed)
        return;
    if (!m_retentionSet) {
        if (!m_wanted || check == HistoryStore::Check::Full)
            m_wanted = check;
        return;
    }
    open(m_retentionDays, check);
}

void HistoryService::setRetentionDays(int days)
{
    m_retentionDays = days;
    m_retentionSet = true;
    if (const std::optional<HistoryStore::Check> wanted = std::exchange(m_wanted, std::nullopt))
        ensureOpen(*wanted);
}

void HistoryService::open(int retentionDays, HistoryStore::Check check)
{
    if (m_state == State::Opening)
        return;
    m_state = State::Opening;
    post([this, retentionDays, check](HistoryStore &store) {
        QString message;
        const bool ok = store.open(&message, check, HistoryStore::Use::Browse);
        const bool writable = ok && store.isWritable();
        const bool checkedFully = store.checkedFully();
        int removed = 0;
        if (ok && store.isWritable() && retentionDays > 0)
            removed = store.deleteRunsBefore(QDateTime::currentDateTimeUtc().addDays(-retentionDays));
        QMetaObject::invokeMethod(
            this,
            [this, ok, writable, checkedFully, message, removed] {
                m_state = ok ? State::Open : State::Unavailable;
                m_writable = writable;
                m_checkedFully = checkedFully;
                m_message = message;
                m_removed = removed;
                Q_EMIT opened();
            },
            Qt::QueuedConnection);
    });
}

void ServiceRecorder::post(std::function<void(HistoryRecorder &)> step)
{
    if (!m_service)
        return;
    // The callbacks are the session's: they are called back on the service's thread.
    QPointer<HistoryService> service = m_service;
    auto recorded = onRecorded;
    auto problem = onProblem;
    m_service->post([service, worker = m_worker, step = std::move(step), recorded, problem](HistoryStore &store) {
        if (!*worker) {
            *worker = std::make_unique<HistoryRecorder>(store);
            (*worker)->onRecorded = [service, recorded](qint64 runId) {
                if (service && recorded)
                    QMetaObject::invokeMethod(
                        service, [recorded, runId] { recorded(runId); }, Qt::QueuedConnection);
            };
            (*worker)->onProblem = [service, problem](const QString &text) {
                if (service && problem)
                    QMetaObject::invokeMethod(
                        service, [problem, text] { problem(text); }, Qt::QueuedConnection);
            };
        }
        step(**worker);
    });
}

} // namespace PurgeDesk::History
