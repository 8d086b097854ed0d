#pragma once

// purgedesk-cli zones: the zones the credentials can read, as a table or JSON.

#include <QStringList>

class QTextStream;

namespace PurgeDesk::Cli {

// purgedesk-cli zones [--json] [--api-base URL]
int runZones(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace PurgeDesk::Cli
