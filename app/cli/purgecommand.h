#pragma once

#include <QStringList>

class QTextStream;

namespace PurgeDesk::Presets {
struct Preset;
}

namespace PurgeDesk::Cli {

// purgedesk-cli purge --zone NAME|ID (--everything|--files|--hosts|--tags|--prefixes) [ITEM ...]
//                     [--from-file PATH|-] [--invalidate] [--dry-run] [--yes] [--json] [--api-base URL]
//                     [--max-wait SECONDS]
int runPurge(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Runs a saved preset as `purge` would (same checks, output and exit codes); the history records
// it with the source "preset:<name>".
int runPresetPurge(const Presets::Preset &preset, bool yes, bool dryRun, bool json, qint64 maxWaitMs, QTextStream &out,
    QTextStream &err);

// With no arguments and PLUGIN_ACTION set: the old Drone "Cloudflare Caching" plugin's interface
// (PLUGIN_API_TOKEN, PLUGIN_ZONE_IDENTIFIER, PLUGIN_ACTION, PLUGIN_LIST).
bool droneModeRequested();
int runDrone(QTextStream &out, QTextStream &err);

} // namespace PurgeDesk::Cli
