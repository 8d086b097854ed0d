#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace PurgeDesk {

// A small cache file that several PurgeDesk processes read and rewrite in turn (the rate limits'
// shared buckets, the learned request caps, the zone directory), under an advisory lock on the file
// itself (flock() on Unix, exclusive to write and shared to read; a lock file elsewhere). Made for
// the window's thread, even at every request: taking the lock creates, flushes and removes no file,
// and new contents are written over the old in place, padded with spaces when shorter (cut only
// when the old file is over MaxPaddedBytes), so an update costs no disk flush and no directory
// change. Unlike an atomic replace, a crash or a full disk in the middle of a write can leave a
// half-written file: readers must treat what they cannot parse as empty (a cache: that costs only
// the knowledge it held).
class SharedStateFile final
{
public:
    explicit SharedStateFile(QString path);

    enum class Update {
        Written, // `change` ran and its result was written
        NotWritten, // `change` ran, but the file could not be written (see error())
        NotRun, // `change` did not run: the file could not be opened, stayed locked, or could not be read
    };
    // Waits at most `timeoutMs` for the lock, hands the file's contents (empty when it is new) to
    // `change`, and writes back what `change` returns.
    Update update(int timeoutMs, const std::function<QByteArray(const QByteArray &contents)> &change);
    // The contents, read under a shared lock (waiting at most `timeoutMs`), so never half-written
    // by another process's update(). Empty when the file is missing or cannot be read (see error()).
    QByteArray read(int timeoutMs);
    QString error() const { return m_error; }

    // A file larger than this is cut to what is written instead of padded (one that shrank a lot,
    // or that something else made large, does not stay large).
    static constexpr qint64 MaxPaddedBytes = qint64(64) * 1024;

private:
    QString m_path;
    QString m_error;
};

} // namespace PurgeDesk
