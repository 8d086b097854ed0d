#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace PurgeDesk::Presets {

// Notices that presets.json was changed by another program (purgedesk-cli, another PurgeDesk) and
// not by its owner's own saves: the owner says what the file holds after each load and save
// (expect()), and a change is reported only when the file then holds something else. Watches the
// file while it exists (a save replaces it, so the watch starts afresh each time) and its folder
// only until it is created, so that settings.ini writes beside it cost a look, never a reload.
class PresetFileWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetFileWatcher)

public:
    explicit PresetFileWatcher(const QString &path, QObject *parent = nullptr);

    QString path() const { return m_path; }
    // The file holds `content` as far as the owner knows (it has just read or written it; empty: no
    // file). Watching starts, or starts again, here.
    void expect(const QByteArray &content);
    // Compares the file with what the owner knows, now: changedElsewhere() when it differs. Runs by
    // itself a moment after the file system reports a change (a writer may need more than one step).
    void check();

Q_SIGNALS:
    // The file holds what its owner neither read nor wrote: read it again, then expect() what was read.
    void changedElsewhere();

private:
    void watch();
    QByteArray read() const;

    QString m_path;
    QByteArray m_expected;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
};

} // namespace PurgeDesk::Presets
