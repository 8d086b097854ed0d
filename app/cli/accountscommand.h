#pragma once

#include <QStringList>

class QTextStream;

namespace PurgeDesk::Cli {

// purgedesk-cli accounts add --name NAME (--token-stdin | --email E --key-stdin) [--api-base URL] [--no-verify]
// purgedesk-cli accounts list [--json]
// purgedesk-cli accounts verify NAME [--api-base URL]
// purgedesk-cli accounts remove NAME
int runAccounts(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace PurgeDesk::Cli
