#pragma once

// A purge as the command line runs it, once its options are read: resolve, dry run or run, report.

#include "cloudflare/apiclient.h"
#include "purge/purgeenums.h"

#include <QStringList>

class QTextStream;

namespace PurgeDesk::Cli {

// What `purge`, a preset run and the Drone plugin's environment ask for.
struct PurgeOptions
{
    QStringList zones; // none: each URL, host or prefix to its own zone among the account's
    Purge::PurgeAction action = Purge::PurgeAction::Files;
    Purge::PurgeMode mode = Purge::PurgeMode::Purge;
    QStringList items;
    QString fromFile;
    bool dryRun = false;
    bool yes = false;
    bool json = false;
    QString apiBase;
    QString profileApiBase;
    Cloudflare::Credentials credentials;
    Purge::RunSource source = Purge::RunSource::cli();
    QString profile; // the saved account used, if any
    qint64 maxWaitMs = Cloudflare::ApiClient::DefaultMaxWaitMs;
    bool verify = false; // --verify: fetch the purged URLs from the edge afterwards
    QString edge; // --edge
    bool warm = false; // --warm (with --verify)
};

// Resolves the zones and items, then prints a dry run's requests or runs the purge (recorded in
// the history) and reports it on `out` (--json: one JSON summary) and `err`. Returns the exit code.
int executePurge(const PurgeOptions &options, QTextStream &out, QTextStream &err);

} // namespace PurgeDesk::Cli
