#pragma once

#include <QStringList>

class QTextStream;

namespace PurgeDesk::Cli {

// Process exit codes shared by every command (documented in the README).
enum ExitCode : int {
    ExitOk = 0,
    ExitPartial = 1, // some items failed or were not sent
    ExitUsage = 2, // usage error or invalid input
    ExitAuth = 3, // authentication or permission
    ExitNetwork = 4, // network or server unavailable after retries
    ExitNotFresh = 5, // verify: some URL is still cached, unreachable or not checked (a purge itself went well)
    ExitInterrupted = 130,
};

// Runs purgedesk-cli. `arguments` includes the program name, as QCoreApplication::arguments() does.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace PurgeDesk::Cli
