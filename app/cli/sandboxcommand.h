#pragma once

#include <QStringList>

class QTextStream;

namespace PurgeDesk::Cli {

// purgedesk-cli sandbox [--port N] [--token T] [--plan P] [--zones N] [--latency-ms N] [--scenario FILE]
int runSandbox(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace PurgeDesk::Cli
