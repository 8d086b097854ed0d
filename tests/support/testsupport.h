#pragma once

#include "sandbox/sandboxconfig.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTcpServer>

namespace PurgeDesk::Test {

// Call first in every test's initTestCase(): sets the application identity and turns on
// QStandardPaths' test mode, so nothing can reach the user's real configuration or data.
void prepare();

// Forgets what earlier runs learnt about their accounts' limits (paused rate-limit buckets, the
// URL cap): call between sandboxes. It is kept per API address and account, and a new sandbox may
// get the port of one a test before it paused for minutes.
void forgetAccountLimits();

// Runs a program to completion and returns its exit code (-1 if it could not start or timed out).
struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Writes `data` to `path` (replacing it); false if the file cannot be written.
bool writeFile(const QString &path, const QByteArray &data);

// Takes every write permission from a file or folder while it lives, and gives them back after:
// what a user does to keep PurgeDesk from changing something (honoured even when tests run as root).
class ReadOnly final
{
public:
    explicit ReadOnly(const QString &path);
    ~ReadOnly();
    ReadOnly(const ReadOnly &) = delete;
    ReadOnly &operator=(const ReadOnly &) = delete;
    bool ok() const { return m_ok; }

private:
    QString m_path;
    int m_permissions = 0;
    bool m_ok = false;
};

ProcessResult runProcess(const QString &program, const QStringList &arguments, int timeoutMs = 30000);

// A sandbox fault on purge requests number `nth` to `nth + count - 1` (a 429 waits
// `retryAfterSeconds`; an HTML error page answers 502).
Sandbox::Fault purgeFault(Sandbox::FaultKind kind, int nth, int count, int retryAfterSeconds = 0);

// An HTTP proxy on 127.0.0.1 that forwards nothing: it records the head of every request it
// receives (a CONNECT for an https:// address) and refuses it. It first asks for credentials
// (407) when a request carries none, so a test sees whether a client has a proxy password to send.
class RecordingProxy final : public QObject
{
public:
    RecordingProxy();
    bool start();
    quint16 port() const { return m_server.serverPort(); }
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    void answer(QTcpSocket *socket);

    QTcpServer m_server;
    QList<QByteArray> m_requests;
};

} // namespace PurgeDesk::Test
