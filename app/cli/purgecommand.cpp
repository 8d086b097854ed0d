#include "purgecommand.h"

#include "cli.h"
#include "clisupport.h"
#include "cloudflare/apibase.h"
#include "cloudflare/apiclient.h"
#include "history/historystore.h"
#include "presets/presetstore.h"
#include "purge/planner.h"
#include "purge/runner.h"
#include "purge/validation.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Cloudflare;
using namespace PurgeDesk::Purge;

namespace PurgeDesk::Cli {

namespace {

QString stateName(ItemState state)
{
    switch (state) {
    case ItemState::Done:
        return u"done"_s;
    case ItemState::Failed:
        return u"failed"_s;
    case ItemState::NotSent:
        return u"not sent"_s;
    case ItemState::Pending:
        return u"pending"_s;
    }
    return {};
}

QString modeVerb(PurgeMode mode)
{
    return mode == PurgeMode::Purge ? u"Purged"_s : u"Invalidated"_s;
}

// Finds the zone: a 32-hex ID is used as is (its details read if possible), a name is looked up.
bool resolveZone(ApiClient &client, const QString &zoneArgument, ZoneRef *zone, QTextStream &err, int *exitCode)
{
    static const QRegularExpression hexId(u"^[0-9a-fA-F]{32}$"_s);
    if (hexId.match(zoneArgument).hasMatch()) {
        zone->id = zoneArgument.toLower();
        ZoneJob *job = client.zone(zone->id);
        waitFor(job);
        std::unique_ptr<ZoneJob> owned(job);
        if (job->succeeded()) {
            zone->name = job->zone().name;
            zone->accountId = job->zone().accountId;
            const PlanMatch plan = job->zone().plan();
            zone->plan = plan.plan;
            zone->planKnown = plan.known;
        } else {
            err << "Note: the details of zone " << zone->id << " could not be read (" << job->error().summary()
                << ") Continuing with the strictest limits (Free plan).\n";
            zone->plan = Plan::Free;
            zone->planKnown = false;
        }
        return true;
    }

    ZoneQuery query;
    query.name = zoneArgument.trimmed().toLower();
    ZoneListJob *job = client.listZones(query);
    waitFor(job);
    std::unique_ptr<ZoneListJob> owned(job);
    if (!job->succeeded()) {
        err << "purgedesk-cli: cannot look up the zone \"" << zoneArgument << "\": " << job->error().summary() << '\n';
        if (job->error().isAuthFailure())
            err << "A token without Zone > Zone > Read cannot look zones up by name: pass the zone ID instead "
                   "(--zone <32-character ID>, shown on the zone's overview page in the dashboard).\n";
        *exitCode = exitCodeFor(job->error());
        return false;
    }
    if (job->zones().isEmpty()) {
        err << "purgedesk-cli: no zone named \"" << zoneArgument << "\" is visible with these credentials.\n";
        *exitCode = ExitUsage;
        return false;
    }
    const Zone &found = job->zones().first();
    zone->id = found.id;
    zone->name = found.name;
    zone->accountId = found.accountId;
    zone->plan = found.plan().plan;
    zone->planKnown = found.plan().known;
    return true;
}

bool confirmEverything(const ZoneRef &zone, bool yes, QTextStream &err)
{
    if (yes)
        return true;
    if (!isTerminal(stdin)) {
        err << "purgedesk-cli: purging everything needs --yes when not run from a terminal.\n";
        return false;
    }
    const QString name = zone.name.isEmpty() ? zone.id : zone.name;
    err << "This removes every cached file of " << name << ". Type the zone name to confirm: ";
    err.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed();
    if (answer.compare(name, Qt::CaseInsensitive) != 0) {
        err << "Not confirmed: nothing was purged.\n";
        return false;
    }
    return true;
}

struct PurgeOptions
{
    QString zone;
    PurgeAction action = PurgeAction::Files;
    PurgeMode mode = PurgeMode::Purge;
    QStringList items;
    QString fromFile;
    bool dryRun = false;
    bool yes = false;
    bool json = false;
    QString apiBase;
    QString profileApiBase;
    Credentials credentials;
    QString source = u"cli"_s;
    QString profile; // the saved account used, if any
    qint64 maxWaitMs = ApiClient::DefaultMaxWaitMs;
};

int executePurge(const PurgeOptions &options, QTextStream &out, QTextStream &err)
{
    QString text;
    if (!readItems(options.items, options.fromFile, u"purgedesk-cli"_s, &text, err))
        return ExitUsage;
    if (options.action == PurgeAction::Everything && !text.trimmed().isEmpty()) {
        err << "purgedesk-cli: --everything takes no items.\n";
        return ExitUsage;
    }

    ApiClient client;
    client.setCredentials(options.credentials);
    client.setMaxWaitMs(options.maxWaitMs);
    if (!setUpClient(client, options.apiBase, options.profileApiBase, err))
        return ExitUsage;

    PurgeSpec spec;
    spec.profile = options.profile.isEmpty() ? u"environment"_s : options.profile;
    spec.mode = options.mode;
    spec.action = options.action;
    int exitCode = ExitOk;
    if (!resolveZone(client, options.zone, &spec.zone, err, &exitCode))
        return exitCode;

    const Validation validation = validate(options.action, text, spec.zone.name);
    for (const LineVerdict &line : validation.lines) {
        if (line.ignored || line.reasons.isEmpty())
            continue;
        const char *label = line.verdict == Verdict::Error ? "error"
            : line.verdict == Verdict::Warning             ? "warning"
                                                           : "note";
        for (const QString &reason : line.reasons)
            err << "line " << line.line << ": " << label << ": " << shownLine(line.text.trimmed()) << ": " << reason
                << '\n';
    }
    if (!validation.canPurge()) {
        if (!validation.listError.isEmpty())
            err << "purgedesk-cli: " << validation.listError << '\n';
        else
            err << "purgedesk-cli: nothing was sent; fix or remove the lines with errors ("
                << validation.summary(options.action) << ").\n";
        return ExitUsage;
    }
    spec.items = validation.items;
    const PurgePlan plan = planPurge(spec);

    // Every run is logged, dry runs included; a history that cannot be opened never stops a purge.
    History::HistoryStore history;
    QString historyMessage;
    if (!history.open(&historyMessage) || !historyMessage.isEmpty())
        err << "Note: " << historyMessage << '\n';

    if (options.dryRun) {
        history.finishDryRun(history.beginRun(spec, options.source, true));
        const QList<DryRunRequest> requests = dryRun(spec, plan, client.apiBase());
        if (options.json) {
            QJsonArray array;
            for (const DryRunRequest &request : requests)
                array.append(QJsonObject {{u"method"_s, u"POST"_s}, {u"url"_s, request.url},
                    {u"items"_s, request.items}, {u"body"_s, QJsonDocument::fromJson(request.body).object()}});
            out << QJsonDocument(
                QJsonObject {{u"dry_run"_s, true}, {u"plan"_s, plan.summary()}, {u"requests"_s, array}})
                       .toJson(QJsonDocument::Indented);
        } else {
            out << "Dry run, nothing sent. " << validation.summary(options.action) << "; " << plan.summary() << ".\n";
            for (const DryRunRequest &request : requests)
                out << '\n' << curlCommand(request, options.credentials.kind) << '\n';
        }
        return ExitOk;
    }

    if (options.action == PurgeAction::Everything && !confirmEverything(spec.zone, options.yes, err))
        return ExitUsage;

    Runner::Options runOptions;
    runOptions.maxWaitMs = options.maxWaitMs;
    Runner runner(&client, RateLimiter::forAccount(spec.limiterKey()), spec, runOptions);
    reportWaits(runner, err);
    History::HistoryRecorder recorder(history, options.source);
    runner.setSink(&recorder);
    const bool showProgress = isTerminal(stderr) && !options.json;
    QObject::connect(&runner, &Runner::progress, &runner, [&] {
        if (!showProgress)
            return;
        const RunCounts &c = runner.counts();
        err << "\r" << c.done + c.failed + c.notSent << '/' << c.requested << " items, " << c.requests << " requests"
            << (c.rateLimited ? u", %1 rate-limited"_s.arg(c.rateLimited) : QString()) << "   ";
        err.flush();
    });
    bool interrupted = false;
    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::terminationRequested, &runner, [&] {
        interrupted = true;
        runner.cancel();
    });
    QEventLoop loop;
    QObject::connect(&runner, &Runner::finished, &loop, &QEventLoop::quit);
    runner.start();
    if (!runner.isFinished())
        loop.exec();
    if (showProgress)
        err << '\n';

    const RunCounts &counts = runner.counts();
    // Failed and unsent items, one per line on stderr, so a script can see exactly what is left.
    QMap<QString, QJsonArray> byReason;
    for (int i = 0; i < runner.items().size(); ++i) {
        const ItemOutcome &item = runner.items().at(i);
        if (item.state == ItemState::Done)
            continue;
        err << stateName(item.state) << ": " << spec.items.at(i).value << ": " << item.reason << '\n';
        byReason[item.reason].append(spec.items.at(i).value);
    }
    if (spec.action == PurgeAction::Everything && runner.outcome() != Runner::Outcome::Done
        && !runner.lastError().summary().isEmpty())
        err << "failed: everything: " << runner.lastError().summary() << '\n';

    if (options.json) {
        QJsonArray errors;
        for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
            errors.append(QJsonObject {{u"reason"_s, it.key()}, {u"items"_s, it.value()}});
        if (spec.action == PurgeAction::Everything && runner.outcome() != Runner::Outcome::Done)
            errors.append(QJsonObject {{u"reason"_s, runner.lastError().summary()}, {u"items"_s, QJsonArray()}});
        const QJsonObject summary {
            {u"zone"_s, QJsonObject {{u"id"_s, spec.zone.id}, {u"name"_s, spec.zone.name}}},
            {u"mode"_s, spec.mode == PurgeMode::Purge ? u"purge"_s : u"invalidate"_s},
            {u"action"_s, selectorKey(spec.action)},
            {u"requested"_s, counts.requested},
            {u"done"_s, counts.done},
            {u"failed"_s, counts.failed},
            {u"not_sent"_s, counts.notSent},
            {u"requests"_s, counts.requests},
            {u"rate_limited"_s, counts.rateLimited},
            {u"elapsed_ms"_s, runner.elapsedMs()},
            {u"purge_ids"_s, QJsonArray::fromStringList(runner.purgeIds())},
            {u"errors"_s, errors},
        };
        out << QJsonDocument(summary).toJson(QJsonDocument::Compact) << '\n';
    } else {
        const QString where = spec.zone.name.isEmpty() ? spec.zone.id : spec.zone.name;
        if (spec.action == PurgeAction::Everything) {
            if (runner.outcome() == Runner::Outcome::Done)
                out << modeVerb(spec.mode) << " everything in " << where;
            else
                out << "Nothing purged in " << where;
        } else {
            out << modeVerb(spec.mode) << ' ' << counts.done << " of " << counts.requested << ' '
                << itemNoun(spec.action, counts.requested) << " in " << where << ": " << counts.failed << " failed, "
                << counts.notSent << " not sent";
        }
        out << " (" << counts.requests << (counts.requests == 1 ? " request" : " requests") << ", "
            << describeDuration(runner.elapsedMs()) << ").\n";
        const QStringList ids = runner.purgeIds();
        if (!ids.isEmpty())
            out << "Purge ids: " << ids.join(u", "_s) << '\n';
    }

    switch (runner.outcome()) {
    case Runner::Outcome::Done:
        return ExitOk;
    case Runner::Outcome::Cancelled:
        return interrupted ? ExitInterrupted : ExitPartial;
    case Runner::Outcome::AuthFailed:
        return ExitAuth;
    case Runner::Outcome::Failed:
        return counts.done == 0 ? exitCodeFor(runner.lastError()) : ExitPartial;
    default:
        return ExitPartial;
    }
}

} // namespace

int runPurge(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Purge or invalidate Cloudflare's cache for one zone."_s);
    parser.addHelpOption();
    parser.addOption({u"zone"_s, u"Zone name (looked up) or 32-character zone ID."_s, u"NAME|ID"_s});
    parser.addOptions(itemOptions(u"Purge everything in the zone (asks for the zone name, or needs --yes)."_s));
    parser.addOptions({
        {u"invalidate"_s, u"Mark as stale (revalidate with the origin) instead of deleting."_s},
        {u"dry-run"_s, u"Show the exact requests (and curl commands) without sending them."_s},
        {u"yes"_s, u"Do not ask before purging everything."_s},
        {u"json"_s, u"Print one JSON summary object on standard output."_s},
        {u"profile"_s, u"Use a saved account (purgedesk-cli accounts add) instead of the environment."_s, u"NAME"_s},
        {u"api-base"_s, u"Use another API address (https://, or http:// on this computer)."_s, u"URL"_s},
    });
    parser.addOption(maxWaitOption());
    parser.addPositionalArgument(u"items"_s, u"Items to purge, in addition to --from-file."_s, u"[ITEM...]"_s);
    if (!parser.parse(QStringList {u"purgedesk-cli purge"_s} + arguments)) {
        err << "purgedesk-cli purge: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitOk;
    }

    PurgeOptions options;
    if (!chosenAction(parser, u"purgedesk-cli purge"_s, &options.action, err))
        return ExitUsage;
    if (!parser.isSet(u"zone"_s)) {
        err << "purgedesk-cli purge: --zone is required (a zone name or its 32-character ID).\n";
        return ExitUsage;
    }
    options.zone = parser.value(u"zone"_s);
    options.mode = parser.isSet(u"invalidate"_s) ? PurgeMode::Invalidate : PurgeMode::Purge;
    options.items = parser.positionalArguments();
    options.fromFile = parser.value(u"from-file"_s);
    options.dryRun = parser.isSet(u"dry-run"_s);
    options.yes = parser.isSet(u"yes"_s);
    options.json = parser.isSet(u"json"_s);
    options.apiBase = parser.value(u"api-base"_s);
    if (!readMaxWait(parser, u"purgedesk-cli purge"_s, &options.maxWaitMs, err))
        return ExitUsage;
    if (const int code
        = resolveCredentials(parser.value(u"profile"_s), &options.credentials, &options.profileApiBase, err))
        return code;
    options.profile = parser.value(u"profile"_s);
    return executePurge(options, out, err);
}

int runPresetPurge(const Presets::Preset &preset, bool yes, bool dryRun, bool json, qint64 maxWaitMs, QTextStream &out,
    QTextStream &err)
{
    if (preset.profile == u"sandbox"_s) {
        err << "purgedesk-cli: the preset \"" << preset.name
            << "\" uses the window's built-in sandbox, which the command line does not have. Save it with an "
               "account (--profile), or run it in the window.\n";
        return ExitUsage;
    }
    PurgeOptions options;
    options.zone = preset.zoneId.isEmpty() ? preset.zoneName : preset.zoneId;
    actionFromName(preset.action, &options.action); // checked when the preset was read
    options.mode = preset.mode == u"invalidate"_s ? PurgeMode::Invalidate : PurgeMode::Purge;
    options.items = preset.items;
    options.dryRun = dryRun;
    options.yes = yes;
    options.json = json;
    options.source = u"preset:"_s + preset.name;
    options.maxWaitMs = maxWaitMs;
    if (const int code = resolveCredentials(preset.profile, &options.credentials, &options.profileApiBase, err))
        return code;
    options.profile = preset.profile;
    return executePurge(options, out, err);
}

int runZones(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List the zones these credentials can read."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"json"_s, u"Print the zones as a JSON array."_s},
        {u"profile"_s, u"Use a saved account instead of the environment."_s, u"NAME"_s},
        {u"api-base"_s, u"Use another API address (https://, or http:// on this computer)."_s, u"URL"_s},
    });
    parser.addOption(maxWaitOption());
    if (!parser.parse(QStringList {u"purgedesk-cli zones"_s} + arguments)) {
        err << "purgedesk-cli zones: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "purgedesk-cli zones: unexpected argument \"" << parser.positionalArguments().first() << "\".\n";
        return ExitUsage;
    }
    qint64 maxWaitMs = 0;
    if (!readMaxWait(parser, u"purgedesk-cli zones"_s, &maxWaitMs, err))
        return ExitUsage;
    Credentials credentials;
    QString profileApiBase;
    if (const int code = resolveCredentials(parser.value(u"profile"_s), &credentials, &profileApiBase, err))
        return code;
    ApiClient client;
    client.setCredentials(credentials);
    client.setMaxWaitMs(maxWaitMs);
    if (!setUpClient(client, parser.value(u"api-base"_s), profileApiBase, err))
        return ExitUsage;
    ZoneListJob *job = client.listZones();
    waitFor(job);
    std::unique_ptr<ZoneListJob> owned(job);
    if (!job->succeeded()) {
        err << "purgedesk-cli zones: " << job->error().summary() << '\n';
        if (job->error().isAuthFailure())
            err << "Listing zones needs the Zone > Zone > Read permission. A token without it can still purge: "
                   "pass the zone ID to purgedesk-cli purge --zone.\n";
        return exitCodeFor(job->error());
    }
    // Nothing is left out silently: zones Cloudflare answered without an id or name are counted.
    if (job->skippedZones() > 0)
        err << "Note: " << job->skippedZones()
            << " zone(s) in Cloudflare's answer had no id or name and are not listed.\n";
    if (job->duplicateZones() > 0)
        err << "Note: " << job->duplicateZones() << " zone(s) were listed twice by Cloudflare; each is shown once.\n";
    if (job->reportedTotal() > job->zones().size() + job->skippedZones())
        err << "Note: Cloudflare counted " << job->reportedTotal() << " zones, but its pages listed "
            << job->zones().size() << "; the listing stopped where the pages did.\n";
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Zone &zone : job->zones()) {
            array.append(QJsonObject {{u"id"_s, zone.id}, {u"name"_s, zone.name}, {u"status"_s, zone.status},
                {u"plan"_s, planId(zone.plan().plan)}, {u"plan_known"_s, zone.plan().known},
                {u"account_id"_s, zone.accountId}, {u"account_name"_s, zone.accountName}});
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    int width = 4;
    for (const Zone &zone : job->zones())
        width = std::max(width, int(zone.name.size()));
    out << u"ID"_s.leftJustified(34) << u"NAME"_s.leftJustified(width + 2) << u"PLAN"_s.leftJustified(12) << "STATUS\n";
    for (const Zone &zone : job->zones()) {
        const PlanMatch plan = zone.plan();
        out << zone.id.leftJustified(34) << zone.name.leftJustified(width + 2)
            << (plan.known ? planDisplayName(plan.plan) : u"unknown"_s).leftJustified(12) << zone.status << '\n';
    }
    return ExitOk;
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
    options.source = u"drone"_s;
    options.action = actions.value(action);
    options.zone = qEnvironmentVariable("PLUGIN_ZONE_IDENTIFIER").trimmed();
    if (options.zone.isEmpty()) {
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
