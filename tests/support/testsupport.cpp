#include "testsupport.h"

#include "translations.h"

#include "appinfo.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace PurgeDesk::Test {

void prepare()
{
    initApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(); // the English plural forms, as the applications load them
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

Sandbox::Fault purgeFault(Sandbox::FaultKind kind, int nth, int count, int retryAfterSeconds)
{
    Sandbox::Fault fault;
    fault.endpoint = QStringLiteral("purge_cache");
    fault.kind = kind;
    fault.nth = nth;
    fault.count = count;
    fault.retryAfterSeconds = retryAfterSeconds;
    return fault;
}

} // namespace PurgeDesk::Test
