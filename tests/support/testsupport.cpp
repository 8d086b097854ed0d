#include "testsupport.h"

#include "appinfo.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace PurgeDesk::Test {

void prepare()
{
    initApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

ProcessResult runProcess(const QString &program, const QStringList &arguments, int timeoutMs)
{
    ProcessResult result;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs))
        return result;
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

ReadOnly::ReadOnly(const QString &path)
    : m_path(path)
    , m_permissions(int(QFile::permissions(path)))
{
    const QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteUser | QFile::WriteGroup | QFile::WriteOther;
    m_ok = QFile::exists(path) && QFile::setPermissions(path, QFile::Permissions(m_permissions) & ~anyWrite);
}

ReadOnly::~ReadOnly()
{
    if (m_ok)
        QFile::setPermissions(m_path, QFile::Permissions(m_permissions));
}

} // namespace PurgeDesk::Test
