#include "sharedstatefile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/file.h>
#else
#include <QLockFile>
#endif

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk {

namespace {

#ifdef Q_OS_UNIX
// Held until the file is closed (or the object goes): flock() belongs to this open file.
class FileLock final
{
public:
    FileLock(QFile &file, int timeoutMs)
        : m_fd(file.handle())
    {
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0) {
                m_locked = true;
                return;
            }
            if (errno != EWOULDBLOCK && errno != EINTR)
                return; // no locks on this file system: not shared
            if (deadline.hasExpired())
                return;
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

private:
    int m_fd;
    bool m_locked = false;
};
#else
class FileLock final
{
public:
    FileLock(const QFile &file, int timeoutMs)
        : m_lock(file.fileName() + u".lock"_s)
    {
        m_lock.setStaleLockTime(10000);
        m_locked = m_lock.tryLock(timeoutMs);
    }
    bool isLocked() const { return m_locked; }

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
            return Update::NotLocked;
        }
    }
    const FileLock lock(file, timeoutMs);
    if (!lock.isLocked()) {
        m_error = u"the file stayed locked"_s;
        return Update::NotLocked;
    }
    const qint64 oldSize = file.size();
    const QByteArray contents = file.readAll();
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

} // namespace PurgeDesk
