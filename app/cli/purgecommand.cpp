#include "purgecommand.h"

#include "accounts/profile.h"
#include "cli.h"
#include "clisupport.h"
#include "cloudflare/apibase.h"
#include "cloudflare/apiclient.h"
#include "history/historystore.h"
#include "presets/presetstore.h"
#include "purge/planner.h"
#include "purge/purgeorder.h"
#include "purge/purgesession.h"
#include "purge/runtext.h"
#include "purge/validation.h"
#include "signalwatcher.h"
#include "verify/edgeverifier.h"
#include "verifycommand.h"

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

// "failed", "not sent": how stderr names an item's state (scripts read these lines).
QString stateLabel(ItemState state)
{
    return toName(state).replace(u'_', u' ');
}

QString modeVerb(PurgeMode mode)
{
    return mode == PurgeMode::Purge ? u"Purged"_s : u"Invalidated"_s;
}

QString zoneLabel(const ZoneRef &zone)
{
    return zone.name.isEmpty() ? zone.id : zone.name;
}

// Purge everything asks for the zone's name; across several zones, for how many it empties.
bool confirmEverything(const QList<PurgeSpec> &specs, bool yes, QTextStream &err)
{
    if (yes)
        return true;
    if (!isTerminal(stdin)) {
        err << "purgedesk-cli: purging everything needs --yes when not run from a terminal.\n";
        return false;
    }
    QStringList names;
    for (const PurgeSpec &spec : specs)
        names << zoneLabel(spec.zone);
    const QString name = names.size() == 1 ? names.first() : QString::number(names.size());
    if (names.size() == 1)
        err << "This removes every cached file of " << name << ". Type the zone name to confirm: ";
    else
        err << "This removes every cached file of " << names.size() << " zones (" << names.join(u", "_s) << "). Type "
            << names.size() << " to confirm: ";
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
    QStringList zones; // none: each URL, host or prefix to its own zone among the account's
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
    RunSource source = RunSource::cli();
    QString profile; // the saved account used, if any
    qint64 maxWaitMs = ApiClient::DefaultMaxWaitMs;
    bool verify = false; // --verify: fetch the purged URLs from the edge afterwards
    QString edge; // --edge
    bool warm = false; // --warm (with --verify)
};

// The account a run is recorded under: the saved account's name, or "environment".
QString recordedProfile(const PurgeOptions &options)
{
    return options.profile.isEmpty() ? u"environment"_s : options.profile;
}

// What a run's and a dry run's --json summaries share (resources/schemas/purge.schema.json): the
// members that say what was asked, named as the history names them.
QJsonObject zoneJson(const ZoneRef &zone)
{
    return {{u"id"_s, zone.id}, {u"name"_s, zone.name}};
}

// ... `zone` when the purge has one zone; the `zones` array has each zone's own numbers.
QJsonObject jsonSummary(const PurgeSpec &spec, const PurgeOptions &options, bool dryRun, bool oneZone)
{
    QJsonObject summary {
        {u"schema"_s, JsonSchemaVersion},
        {u"dry_run"_s, dryRun},
        {u"source"_s, options.source.toName()},
        {u"profile"_s, recordedProfile(options)},
        {u"mode"_s, toName(spec.mode)},
        {u"action"_s, toName(spec.action)},
    };
    if (oneZone)
        summary.insert(u"zone"_s, zoneJson(spec.zone));
    return summary;
}

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

    PurgeOrder order;
    order.profile = recordedProfile(options);
    order.allZones = options.zones.isEmpty();
    if (!order.allZones) {
        order.zone = options.zones.first();
        order.moreZones = options.zones.mid(1);
    }
    order.mode = options.mode;
    order.action = options.action;
    if (options.action != PurgeAction::Everything)
        order.lines = text.split(u'\n');
    order.source = options.source;
    OrderResolver resolver(&client, order);
    QEventLoop resolving;
    QObject::connect(&resolver, &OrderResolver::finished, &resolving, &QEventLoop::quit);
    resolver.start();
    resolving.exec();
    if (!resolver.note().isEmpty())
        err << "Note: " << resolver.note() << '\n';

    const Validation &validation = resolver.validation();
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
    if (!resolver.succeeded()) {
        err << "purgedesk-cli: " << resolver.problem() << '\n';
        return resolver.error().isError() ? exitCodeFor(resolver.error()) : ExitUsage;
    }
    const QList<PurgeSpec> &specs = resolver.specs();
    const PurgeSpec &spec = specs.first(); // what all zones share: mode, action

    // Every run is logged, dry runs included; a history that cannot be opened never stops a purge.
    History::HistoryStore history;
    QString historyMessage;
    // Auto: a purge does not read the whole history (a full check only after an unclean close).
    if (!history.open(&historyMessage, History::HistoryStore::Check::Auto) || !historyMessage.isEmpty())
        err << "Note: " << historyMessage << '\n';

    if (options.dryRun) {
        QJsonArray zones;
        Counters all;
        QJsonObject onlyPlan;
        QJsonArray onlyRequests;
        for (const PurgeSpec &zoneSpec : specs) {
            const PurgePlan plan = planPurge(zoneSpec);
            history.recordDryRun(zoneSpec, options.source, plan.requests());
            const QList<DryRunRequest> requests = dryRun(zoneSpec, plan, client.apiBase());
            if (options.json) {
                QJsonArray array;
                for (const DryRunRequest &request : requests)
                    array.append(QJsonObject {{u"method"_s, u"POST"_s}, {u"url"_s, request.url},
                        {u"items"_s, request.items}, {u"body"_s, QJsonDocument::fromJson(request.body).object()}});
                // The counters as the history records a dry run: every item pending, nothing sent.
                Counters counters;
                counters.items = counters.pending = int(zoneSpec.items.size());
                counters.requestsPlanned = plan.requests();
                all.items += counters.items;
                all.pending += counters.pending;
                all.requestsPlanned += counters.requestsPlanned;
                onlyPlan = QJsonObject {{u"id"_s, planId(plan.plan)}, {u"known"_s, plan.planKnown},
                    {u"per_request"_s, plan.perRequest}, {u"estimated_ms"_s, plan.estimatedMs},
                    {u"summary"_s, plan.summary()}};
                onlyRequests = array;
                QJsonObject entry {{u"zone"_s, zoneJson(zoneSpec.zone)}, {u"outcome"_s, toName(RunOutcome::DryRun)},
                    {u"plan"_s, onlyPlan}, {u"planned_requests"_s, array}};
                insertCounters(entry, counters);
                zones.append(entry);
                continue;
            }
            if (specs.size() == 1)
                out << "Dry run, nothing sent. " << validation.summary(options.action) << "; " << plan.summary()
                    << ".\n";
            else
                out << "Dry run, nothing sent. " << zoneLabel(zoneSpec.zone) << ": " << zoneSpec.items.size() << ' '
                    << itemNoun(zoneSpec.action, int(zoneSpec.items.size())) << "; " << plan.summary() << ".\n";
            for (const DryRunRequest &request : requests)
                out << '\n' << curlCommand(request, options.credentials.kind) << '\n';
            out << '\n';
        }
        if (options.json) {
            QJsonObject summary = jsonSummary(spec, options, true, specs.size() == 1);
            summary.insert(u"outcome"_s, toName(RunOutcome::DryRun));
            insertCounters(summary, all);
            if (specs.size() == 1) { // one zone: its plan and requests at the top too
                summary.insert(u"plan"_s, onlyPlan);
                summary.insert(u"planned_requests"_s, onlyRequests);
            }
            summary.insert(u"zones"_s, zones);
            out << QJsonDocument(summary).toJson(QJsonDocument::Indented);
        }
        return ExitOk;
    }

    if (options.action == PurgeAction::Everything && !confirmEverything(specs, options.yes, err))
        return ExitUsage;

    PurgeSession::Options sessionOptions {Runner::Options(), options.source};
    sessionOptions.runner.maxWaitMs = options.maxWaitMs;
    PurgeSession session(&client, specs, sessionOptions);
    reportWaits(session, err);
    if (history.isOpen())
        session.setRecorders([&history] { return std::make_unique<History::HistoryRecorder>(history); });
    QObject::connect(&session, &PurgeSession::recordingFailed, &session, [&err](const QString &problem) {
        err << "Note: this purge is not fully recorded in the history: " << problem << '\n';
    });
    ProgressLine progress(err, isTerminal(stderr) && !options.json);
    QObject::connect(&session, &PurgeSession::progress, &session, [&](const Counters &c) {
        if (session.isFinished())
            return;
        QString line = u"%1/%2 items, %3"_s.arg(c.settled()).arg(c.items).arg(requestsPhrase(c));
        if (c.remainingMs > 0)
            line += u", "_s + describeDuration(c.remainingMs) + u" left"_s;
        progress.show(line);
    });
    bool interrupted = false;
    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::terminationRequested, &session, [&] {
        interrupted = true;
        session.cancel();
    });
    QEventLoop loop;
    QObject::connect(&session, &PurgeSession::finished, &loop, &QEventLoop::quit);
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    session.start();
    if (!session.isFinished())
        loop.exec();
    progress.clear(); // the summary starts on a clean line

    const Counters counters = session.counters();
    const RunOutcome outcome = session.outcome();
    // Failed and unsent items, one per line on stderr, so a script can see exactly what is left.
    QMap<QString, QJsonArray> byReason;
    const QList<ItemOutcome> outcomes = session.items();
    const QList<Item> items = session.allItems();
    for (int i = 0; i < outcomes.size(); ++i) {
        const ItemOutcome &item = outcomes.at(i);
        if (item.state == ItemState::Done)
            continue;
        err << stateLabel(item.state) << ": " << shownLine(items.at(i).value) << ": " << item.reason << '\n';
        byReason[item.reason].append(items.at(i).value);
    }
    const QString everythingError = spec.action == PurgeAction::Everything && outcome != RunOutcome::Done
        ? session.lastError().summary()
        : QString();
    if (!everythingError.isEmpty())
        err << "failed: everything: " << everythingError << '\n';

    // --verify: the URLs Cloudflare accepted, fetched from the edge (not after an interrupted run).
    // Measured from the run's start: a copy cached since then was cached after its purge was sent.
    VerifyOptions verifyOptions;
    verifyOptions.mode = spec.mode;
    verifyOptions.purgedAt = startedAt;
    verifyOptions.edge = options.edge;
    verifyOptions.warm = options.warm;
    verifyOptions.json = options.json;
    for (int i = 0; i < outcomes.size(); ++i) {
        if (outcomes.at(i).state == ItemState::Done)
            verifyOptions.urls << items.at(i).value;
    }
    const bool verifying = options.verify && !interrupted && !verifyOptions.urls.isEmpty();
    int verifyCode = ExitOk;
    QJsonObject verification;

    if (options.json) {
        QJsonArray errors;
        for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
            errors.append(QJsonObject {{u"reason"_s, it.key()}, {u"items"_s, it.value()}});
        if (!everythingError.isEmpty())
            errors.append(QJsonObject {{u"reason"_s, everythingError}, {u"items"_s, QJsonArray()}});
        QJsonObject summary = jsonSummary(spec, options, false, session.zoneCount() == 1);
        summary.insert(u"outcome"_s, toName(outcome));
        // Each zone's own numbers; for one zone, "zone" says where as well.
        QJsonArray zones;
        for (int zone = 0; zone < session.zoneCount(); ++zone) {
            QJsonObject entry {
                {u"zone"_s, zoneJson(session.spec(zone).zone)}, {u"outcome"_s, toName(session.zoneOutcome(zone))}};
            insertCounters(entry, session.zoneCounters(zone));
            zones.append(entry);
        }
        summary.insert(u"zones"_s, zones);
        insertCounters(summary, counters);
        summary.insert(u"purge_ids"_s, QJsonArray::fromStringList(session.purgeIds()));
        summary.insert(u"errors"_s, errors);
        if (verifying) {
            verifyCode = verifyUrls(verifyOptions, &verification, out, err);
            verification.remove(u"schema"_s);
            summary.insert(u"verify"_s, verification);
        }
        out << QJsonDocument(summary).toJson(QJsonDocument::Compact) << '\n';
    } else {
        const QString where
            = session.zoneCount() == 1 ? zoneLabel(spec.zone) : QString::number(session.zoneCount()) + u" zones"_s;
        if (spec.action == PurgeAction::Everything) {
            if (outcome == RunOutcome::Done)
                out << modeVerb(spec.mode) << " everything in " << where;
            else
                out << "Nothing purged in " << where;
        } else {
            out << modeVerb(spec.mode) << ' ' << counters.done << " of " << counters.items << ' '
                << itemNoun(spec.action, counters.items) << " in " << where << ": " << counters.failed << " failed, "
                << counters.notSent << " not sent";
        }
        out << " (" << requestsPhrase(counters) << ", " << formatElapsed(counters.elapsedMs) << ").\n";
        if (session.zoneCount() > 1) { // "  example.net: 30 purged, 2 failed"
            for (int zone = 0; zone < session.zoneCount(); ++zone) {
                const Counters c = session.zoneCounters(zone);
                out << "  " << zoneLabel(session.spec(zone).zone) << ": " << c.done << ' '
                    << modeVerb(spec.mode).toLower();
                if (c.failed)
                    out << ", " << c.failed << " failed";
                if (c.notSent)
                    out << ", " << c.notSent << " not sent";
                out << '\n';
            }
        }
        const QStringList ids = session.purgeIds();
        if (!ids.isEmpty())
            out << "Purge ids: " << ids.join(u", "_s) << '\n';
        if (verifying)
            verifyCode = verifyUrls(verifyOptions, &verification, out, err);
    }
    if (verifyCode == ExitInterrupted)
        return ExitInterrupted;

    switch (outcome) {
    case RunOutcome::Done:
        return verifyCode == ExitOk ? ExitOk : ExitNotFresh;
    case RunOutcome::Cancelled:
        return interrupted ? ExitInterrupted : ExitPartial;
    case RunOutcome::AuthFailed:
        return ExitAuth;
    case RunOutcome::Failed:
        return counters.done == 0 ? exitCodeFor(session.lastError()) : ExitPartial;
    default:
        return ExitPartial;
    }
}

} // namespace

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
    options.fromFile = parser.value(u"from-file"_s);
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

int runZones(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List the zones these credentials can read."_s);
    addHelpOption(parser);
    parser.addOptions({
        {u"json"_s, u"Print the zones as one JSON object."_s},
        {u"profile"_s, u"Use a saved account. Default: PURGEDESK_PROFILE, else the credentials in the environment."_s,
            u"NAME"_s},
        {u"api-base"_s, u"Use another API address (https://, or http:// on this computer)."_s, u"URL"_s},
    });
    parser.addOption(caCertOption());
    parser.addOption(maxWaitOption());
    if (!parser.parse(QStringList {u"purgedesk-cli zones"_s} + arguments)) {
        err << "purgedesk-cli zones: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << commandHelp(parser, u"purgedesk-cli zones"_s);
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
    if (const int code
        = resolveCredentials(accountName(parser.value(u"profile"_s)), &credentials, &profileApiBase, err))
        return code;
    ApiClient client;
    client.setCredentials(credentials);
    client.setMaxWaitMs(maxWaitMs);
    setCaCertFile(parser.value(u"cacert"_s));
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
        const QJsonObject list {
            {u"schema"_s, JsonSchemaVersion}, {u"zones"_s, array}, {u"skipped_zones"_s, job->skippedZones()}};
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
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
