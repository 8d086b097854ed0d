#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace PurgeDesk {

// A small file that several PurgeDesk processes read and rewrite in turn (the rate limits' shared
// buckets), under an advisory lock on the file itself (flock() on Unix; a lock file elsewhere).
// Made for the window's thread, at every request: taking the lock creates, syncs and removes no
// file, and the new contents are written over the old in place (padded with spaces, never cut
// short), so an update costs no disk flush, no truncation and no directory change. A crash may
// leave a half-written file behind: readers must treat what they cannot parse as empty. It is a
// cache; a write lost to a crash or a full disk costs nothing but the knowledge it held.
class SharedStateFile final
{
public:
    explicit SharedStateFile(QString path);

    enum class Update {
        Written, // `change` ran and its result was written
        NotWritten, // `change` ran, but the file could not be written (see error())
        NotLocked, // `change` did not run: the file could not be opened or stayed locked
    };
    // Waits at most `timeoutMs` for the lock, hands the file's contents (empty when it is new) to
    // `change`, and writes back what `change` returns.
    Update update(int timeoutMs, const std::function<QByteArray(const QByteArray &contents)> &change);
    QString error() const { return m_error; }

    // A file larger than this is cut to what is written instead of padded (one that shrank a lot,
    // or that something else made large, does not stay large).
    static constexpr qint64 MaxPaddedBytes = qint64(64) * 1024;

private:
    QString m_path;
    QString m_error;
};

} // namespace PurgeDesk
