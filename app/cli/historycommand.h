#pragma once

#include <QStringList>

class QTextStream;

namespace PurgeDesk::Cli {

// purgedesk-cli history [--limit N] [--zone Z] [--since DATE] [--json | --csv]
int runHistory(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace PurgeDesk::Cli
