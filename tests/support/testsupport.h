#pragma once

#include "sandbox/sandboxconfig.h"

#include <QByteArray>
#include <QString>

namespace PurgeDesk::Test {

// Call first in every test's initTestCase(): sets the application identity and turns on
// QStandardPaths' test mode, so nothing can reach the user's real configuration or data.
void prepare();

// Runs a program to completion and returns its exit code (-1 if it could not start or timed out).
struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Writes `data` to `path` (replacing it); false if the file cannot be written.
bool writeFile(const QString &path, const QByteArray &data);

ProcessResult runProcess(const QString &program, const QStringList &arguments, int timeoutMs = 30000);

// A sandbox fault on purge requests number `nth` to `nth + count - 1` (a 429 waits
// `retryAfterSeconds`; an HTML error page answers 502).
Sandbox::Fault purgeFault(Sandbox::FaultKind kind, int nth, int count, int retryAfterSeconds = 0);

} // namespace PurgeDesk::Test
