#pragma once

#include <QObject>

class QSocketNotifier;

namespace PurgeDesk {

// Turns SIGINT and SIGTERM into a Qt signal delivered on the event loop, so the GUI can close its
// windows (saving their state) and the CLI can cancel a run cleanly. On platforms without POSIX
// signals it does nothing. Create at most one.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace PurgeDesk
