#include "testsupport.h"

#include "translations.h"

#include "appinfo.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Test {

void prepare()
{
    initApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(); // the English plural forms, as the applications load them
    forgetAccountLimits(); // a run started by hand keeps ~/.qttest between runs
}

void forgetAccountLimits()
{
    const QDir cache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    for (const QString &folder : {u"ratelimits"_s, u"requestcaps"_s})
        QDir(cache.filePath(folder)).removeRecursively();
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

RecordingProxy::RecordingProxy()
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool RecordingProxy::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void RecordingProxy::answer(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    qsizetype end = 0;
    while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        m_requests.append(head);
        if (!head.contains("\r\nProxy-Authorization:")) {
            socket->write("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                          "Content-Length: 0\r\n\r\n");
            continue;
        }
        socket->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    socket->setProperty("buffer", buffer);
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
