#include "sharedstatefile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/file.h>
#else
#include <QLockFile>
#endif

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk {

namespace {

enum class LockMode { Shared, Exclusive };

#ifdef Q_OS_UNIX
// Held until released here or the file is closed: flock() belongs to this open file, so two
// QFile objects exclude each other even in one process.
class FileLock final
{
public:
    FileLock(QFile &file, LockMode mode, int timeoutMs)
        : m_fd(file.handle())
    {
        const QDeadlineTimer deadline(std::max(0, timeoutMs));
        const int operation = (mode == LockMode::Shared ? LOCK_SH : LOCK_EX) | LOCK_NB;
        for (;;) {
            if (::flock(m_fd, operation) == 0) {
                m_locked = true;
                return;
            }
            if (errno == EINTR)
                continue;
            if (errno != EWOULDBLOCK) {
                // No locks on this file system (some FUSE and CIFS mounts): not shared.
                m_error = QString::fromLocal8Bit(std::strerror(errno));
                return;
            }
            if (deadline.hasExpired()) {
                m_error = u"another process kept the file locked"_s;
                return;
            }
            QThread::msleep(2); // another process holds it for a read and a write
        }
    }
    ~FileLock()
    {
        if (m_locked)
            ::flock(m_fd, LOCK_UN);
    }
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;
    bool isLocked() const { return m_locked; }
    QString error() const { return m_error; }

private:
    int m_fd;
    bool m_locked = false;
    QString m_error;
};
#else
class FileLock final
{
public:
    FileLock(const QFile &file, LockMode, int timeoutMs)
        : m_lock(file.fileName() + u".lock"_s)
    {
        m_lock.setStaleLockTime(10000);
        m_locked = m_lock.tryLock(std::max(0, timeoutMs));
    }
    bool isLocked() const { return m_locked; }
    QString error() const { return m_locked ? QString() : u"another process kept the file locked"_s; }

private:
    QLockFile m_lock;
    bool m_locked = false;
};
#endif

} // namespace

SharedStateFile::SharedStateFile(QString path)
    : m_path(std::move(path))
{ }

SharedStateFile::Update SharedStateFile::update(
    int timeoutMs, const std::function<QByteArray(const QByteArray &contents)> &change)
{
    m_error.clear();
    // ReadWrite makes the file when it is missing, and never truncates it.
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        if (!file.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
            m_error = file.errorString();
            return Update::NotRun;
        }
    }
    const FileLock lock(file, LockMode::Exclusive, timeoutMs);
    if (!lock.isLocked()) {
        m_error = lock.error();
        return Update::NotRun;
    }
    const qint64 oldSize = file.size();
    const QByteArray contents = file.readAll();
    if (contents.size() != oldSize) {
        // Written back from what could not be read, another account's part of it would be lost.
        m_error = file.errorString();
        return Update::NotRun;
    }
    QByteArray written = change(contents);
    if (written.size() < oldSize && oldSize <= MaxPaddedBytes)
        written.append(QByteArray(oldSize - written.size(), ' '));
    const bool ok = file.seek(0) && file.write(written) == written.size()
        && (oldSize <= written.size() || file.resize(written.size()));
    if (!ok) {
        m_error = file.errorString();
        return Update::NotWritten;
    }
    return Update::Written;
}

QByteArray SharedStateFile::read(int timeoutMs)
{
    m_error.clear();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        if (file.exists())
            m_error = file.errorString();
        return {};
    }
    const FileLock lock(file, LockMode::Shared, timeoutMs);
    if (!lock.isLocked()) {
        m_error = lock.error();
        return {};
    }
    const qint64 size = file.size();
    QByteArray contents = file.readAll();
    if (contents.size() != size) {
        m_error = file.errorString();
        return {};
    }
    return contents;
}

} // namespace PurgeDesk
