// purgedesk-cli purge, a preset run and the Drone plugin's environment, each read into PurgeOptions.
#include "purgecommand.h"

#include "accounts/profile.h"
#include "cli.h"
#include "clisupport.h"
#include "presets/presetstore.h"
#include "purgerun.h"
#include "verify/edgeverifier.h"
#include "verifycommand.h"

#include <QCommandLineParser>
#include <QHash>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Cloudflare;
using namespace PurgeDesk::Purge;

namespace PurgeDesk::Cli {

int runPurge(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Purge or invalidate Cloudflare's cache for one zone."_s);
    addHelpOption(parser);
    parser.addOption({u"zone"_s,
        u"Zone name (looked up) or 32-character zone ID; give it again for several zones. Without it, each URL, "
        u"host or prefix goes to the zone it belongs to."_s,
        u"NAME|ID"_s});
    parser.addOptions(itemOptions(u"Purge everything in the zone (asks for the zone name, or needs --yes)."_s));
    parser.addOptions({
        {u"invalidate"_s, u"Mark as stale (revalidate with the origin) instead of deleting."_s},
        {u"dry-run"_s, u"Show the exact requests (and curl commands) without sending them."_s},
        {u"yes"_s, u"Do not ask before purging everything."_s},
        {u"json"_s, u"Print one JSON summary object on standard output."_s},
        {u"verify"_s,
            u"After a URL purge (--files), fetch each purged URL from Cloudflare's edge and say whether it is "
            u"fresh (exit code 5 when one is not)."_s},
        {u"edge"_s, edgeOptionHelp(), u"URL"_s},
        {u"warm"_s, warmOptionHelp() + u" Needs --verify."_s},
        {u"profile"_s,
            u"Use a saved account (purgedesk-cli accounts add). Default: PURGEDESK_PROFILE, else the "
            u"credentials in the environment."_s,
            u"NAME"_s},
        {u"api-base"_s, u"Use another API address (https://, or http:// on this computer)."_s, u"URL"_s},
    });
    parser.addOption(caCertOption());
    parser.addOption(maxWaitOption());
    parser.addPositionalArgument(u"items"_s, u"Items to purge, in addition to --from-file."_s, u"[ITEM...]"_s);
    if (!parser.parse(QStringList {u"purgedesk-cli purge"_s} + arguments)) {
        err << "purgedesk-cli purge: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << commandHelp(parser, u"purgedesk-cli purge"_s);
        return ExitOk;
    }

    PurgeOptions options;
    if (!chosenAction(parser, u"purgedesk-cli purge"_s, &options.action, err))
        return ExitUsage;
    options.zones = parser.values(u"zone"_s);
    if (options.zones.isEmpty() && (options.action == PurgeAction::Tags || options.action == PurgeAction::Everything)) {
        err << "purgedesk-cli purge: --zone is required for tags and purge everything (a zone name or its "
               "32-character ID; give it again for several zones).\n";
        return ExitUsage;
    }
    options.mode = parser.isSet(u"invalidate"_s) ? PurgeMode::Invalidate : PurgeMode::Purge;
    options.items = parser.positionalArguments();
    if (!fromFileOption(parser, u"purgedesk-cli purge"_s, &options.fromFile, err))
        return ExitUsage;
    options.dryRun = parser.isSet(u"dry-run"_s);
    options.yes = parser.isSet(u"yes"_s);
    options.json = parser.isSet(u"json"_s);
    options.apiBase = parser.value(u"api-base"_s);
    options.verify = parser.isSet(u"verify"_s);
    options.edge = parser.value(u"edge"_s);
    options.warm = parser.isSet(u"warm"_s);
    if (options.warm && !options.verify) {
        err << "purgedesk-cli purge: --warm fetches the URLs that --verify found fresh: give --verify too.\n";
        return ExitUsage;
    }
    if (options.verify && options.action != PurgeAction::Files) {
        err << "purgedesk-cli purge: --verify checks the URLs of a URL purge (--files); for hosts, tags, prefixes "
               "and everything, list the URLs to check with purgedesk-cli verify.\n";
        return ExitUsage;
    }
    if (options.verify) {
        const QString edge = options.edge.isEmpty() ? qEnvironmentVariable("PURGEDESK_EDGE") : options.edge;
        const Verify::EdgeCheck check = Verify::checkEdge(edge);
        if (!edge.isEmpty() && !check.ok()) { // refused before anything is purged
            err << "purgedesk-cli purge: " << check.error << '\n';
            return ExitUsage;
        }
    }
    if (options.verify && options.dryRun)
        err << "Note: --verify has nothing to check in a dry run.\n";
    setCaCertFile(parser.value(u"cacert"_s));
    if (!readMaxWait(parser, u"purgedesk-cli purge"_s, &options.maxWaitMs, err))
        return ExitUsage;
    options.profile = accountName(parser.value(u"profile"_s));
    if (const int code = resolveCredentials(options.profile, &options.credentials, &options.profileApiBase, err))
        return code;
    return executePurge(options, out, err);
}

int runPresetPurge(const Presets::Preset &preset, bool yes, bool dryRun, bool json, qint64 maxWaitMs, QTextStream &out,
    QTextStream &err)
{
    if (preset.profile == Profile::sandboxId()) {
        err << "purgedesk-cli: the preset \"" << preset.name
            << "\" uses the window's built-in sandbox, which the command line does not have. Save it with an "
               "account (--profile), or run it in the window.\n";
        return ExitUsage;
    }
    PurgeOptions options;
    options.zones = {preset.zoneId.isEmpty() ? preset.zoneName : preset.zoneId};
    for (const Presets::Preset::Zone &zone : preset.moreZones)
        options.zones << (zone.id.isEmpty() ? zone.name : zone.id);
    options.action = preset.action;
    options.mode = preset.mode;
    options.items = preset.items;
    options.dryRun = dryRun;
    options.yes = yes;
    options.json = json;
    options.source = RunSource::ofPreset(preset.name);
    options.maxWaitMs = maxWaitMs;
    options.profile = accountName(preset.profile);
    if (const int code = resolveCredentials(options.profile, &options.credentials, &options.profileApiBase, err))
        return code;
    return executePurge(options, out, err);
}
bool droneModeRequested()
{
    return !qEnvironmentVariable("PLUGIN_ACTION").isEmpty();
}

int runDrone(QTextStream &out, QTextStream &err)
{
    static const QHash<QString, PurgeAction> actions = {{u"purge_everything"_s, PurgeAction::Everything},
        {u"purge_files"_s, PurgeAction::Files}, {u"purge_hosts"_s, PurgeAction::Hosts},
        {u"purge_tags"_s, PurgeAction::Tags}, {u"purge_prefixes"_s, PurgeAction::Prefixes}};
    const QString action = qEnvironmentVariable("PLUGIN_ACTION").trimmed().toLower();
    if (!actions.contains(action)) {
        err << "purgedesk-cli: PLUGIN_ACTION must be purge_everything, purge_files, purge_hosts, purge_tags or "
               "purge_prefixes, not \""
            << qEnvironmentVariable("PLUGIN_ACTION") << "\".\n";
        return ExitUsage;
    }
    PurgeOptions options;
    options.source = RunSource::drone();
    options.action = actions.value(action);
    options.zones = {qEnvironmentVariable("PLUGIN_ZONE_IDENTIFIER").trimmed()};
    if (options.zones.first().isEmpty()) {
        err << "purgedesk-cli: PLUGIN_ZONE_IDENTIFIER is not set.\n";
        return ExitUsage;
    }
    const QString token = qEnvironmentVariable("PLUGIN_API_TOKEN").trimmed();
    if (token.isEmpty()) {
        err << "purgedesk-cli: PLUGIN_API_TOKEN is not set.\n";
        return ExitAuth;
    }
    options.credentials = Credentials::fromToken(token);
    for (const QString &item : qEnvironmentVariable("PLUGIN_LIST").split(u','))
        if (!item.trimmed().isEmpty())
            options.items << item.trimmed();
    options.yes = true; // pipelines cannot answer a prompt; the old plugin never asked
    options.apiBase = QString();
    return executePurge(options, out, err);
}

} // namespace PurgeDesk::Cli
