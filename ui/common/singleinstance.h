#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace PurgeDesk::Gui {

// One PurgeDesk window per user: the first instance listens on a local socket in the user's runtime
// folder; a second one hands it the files it was given (to import) and quits, and the first raises
// its window. A socket left behind by a crash is replaced.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &socketPath = defaultSocketPath(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket of this user's PurgeDesk (in XDG_RUNTIME_DIR, or the temporary folder).
    static QString defaultSocketPath();

    // Gives `files` (absolute paths) to the instance that is running; true when it took them.
    bool sendToRunning(const QStringList &files, int timeoutMs = 3000);
    // Answers the instances started after this one; false when the socket cannot be made.
    bool listen();
    QString socketPath() const { return m_path; }

Q_SIGNALS:
    // Another instance was started, with these files (possibly none).
    void activated(const QStringList &files);

private:
    void answer();

    QString m_path;
    QLocalServer *m_server = nullptr;
};

} // namespace PurgeDesk::Gui
