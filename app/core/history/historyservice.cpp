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
    m_thread.start(QThread::LowPriority);
}

HistoryService::~HistoryService()
{
    // The store's database connection belongs to the worker thread: close it there.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void HistoryService::post(std::function<void(HistoryStore &)> task)
{
    QMetaObject::invokeMethod(
        m_worker, [this, task = std::move(task)] { task(*m_store); }, Qt::QueuedConnection);
}

void HistoryService::open(int retentionDays)
{
    if (m_state == State::Opening)
        return;
    m_state = State::Opening;
    post([this, retentionDays](HistoryStore &store) {
        QString message;
        const bool ok = store.open(&message, HistoryStore::Check::Full, HistoryStore::Use::Browse);
        int removed = 0;
        if (ok && store.isWritable() && retentionDays > 0)
            removed = store.deleteRunsBefore(QDateTime::currentDateTimeUtc().addDays(-retentionDays));
        QMetaObject::invokeMethod(
            this,
            [this, ok, message, removed] {
                m_state = ok ? State::Open : State::Unavailable;
                m_message = message;
                m_removed = removed;
                Q_EMIT opened();
            },
            Qt::QueuedConnection);
    });
}

} // namespace PurgeDesk::History
