// The purge a command line asked for: resolved, then a dry run's requests or the run and its summary.
#include "purgerun.h"

#include "accounts/profilestore.h"
#include "cli.h"
#include "clisupport.h"
#include "history/historystore.h"
#include "jsonstream.h"
#include "purge/planner.h"
#include "purge/purgeorder.h"
#include "purge/purgesession.h"
#include "purge/runtext.h"
#include "purge/validation.h"
#include "purge/zonedirectory.h"
#include "signalwatcher.h"
#include "verifycommand.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <utility>

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

// Records each zone's dry run in the history, then prints its requests: curl commands, or (--json)
// the summary with each request. One request at a time is made and written, so that a list of
// 1,000,000 URLs never has all its request bodies in memory.
void printDryRun(const QList<PurgeSpec> &specs, const Validation &validation, const PurgeOptions &options,
    const QUrl &apiBase, History::HistoryStore &history, QTextStream &out)
{
    QList<PurgePlan> plans;
    for (const PurgeSpec &zoneSpec : specs) {
        plans.append(planPurge(zoneSpec));
        history.recordDryRun(zoneSpec, options.source, plans.last().requests());
    }
    if (!options.json) {
        for (qsizetype zone = 0; zone < specs.size(); ++zone) {
            const PurgeSpec &zoneSpec = specs.at(zone);
            const PurgePlan &plan = plans.at(zone);
            if (specs.size() == 1)
                out << "Dry run, nothing sent. " << validation.summary(options.action) << "; " << plan.summary()
                    << ".\n";
            else
                out << "Dry run, nothing sent. " << zoneLabel(zoneSpec.zone) << ": " << zoneSpec.items.size() << ' '
                    << itemNoun(zoneSpec.action, int(zoneSpec.items.size())) << "; " << plan.summary() << ".\n";
            for (const Batch &batch : plan.batches)
                out << '\n' << curlCommand(dryRunRequest(zoneSpec, batch, apiBase), options.credentials.kind) << '\n';
            out << '\n';
        }
        return;
    }

    // The planned requests of a zone, made one at a time as they are written.
    QList<JsonElements> requests;
    const auto requestsOf = [&](qsizetype zone) {
        return JsonElements([&specs, &plans, apiBase, zone, next = qsizetype(0)](QJsonObject *element) mutable {
            const PurgePlan &plan = plans.at(zone);
            if (next == plan.batches.size())
                return false;
            const PurgeSpec &spec = specs.at(zone);
            const Batch &batch = plan.batches.at(next++);
            // The body as dryRunRequest() has it, without its text being written and read back.
            *element = QJsonObject {{u"method"_s, u"POST"_s},
                {u"url"_s, QString(apiBase.toString(QUrl::StripTrailingSlash) + purgePath(spec.zone.id, spec.mode))},
                {u"items"_s, batch.count}, {u"body"_s, purgeBodyObject(requestFor(spec, batch))}};
            return true;
        });
    };
    QJsonArray zones;
    Counters all;
    QJsonObject onlyPlan;
    for (qsizetype zone = 0; zone < specs.size(); ++zone) {
        const PurgeSpec &zoneSpec = specs.at(zone);
        const PurgePlan &plan = plans.at(zone);
        // The counters as the history records a dry run: every item pending, nothing sent.
        Counters counters;
        counters.items = counters.pending = int(zoneSpec.items.size());
        counters.requestsPlanned = plan.requests();
        all.items += counters.items;
        all.pending += counters.pending;
        all.requestsPlanned += counters.requestsPlanned;
        onlyPlan = QJsonObject {{u"id"_s, planId(plan.plan)}, {u"known"_s, plan.planKnown},
            {u"per_request"_s, plan.perRequest}, {u"estimated_ms"_s, plan.estimatedMs}, {u"summary"_s, plan.summary()}};
        QJsonObject entry {{u"zone"_s, zoneJson(zoneSpec.zone)}, {u"outcome"_s, toName(RunOutcome::DryRun)},
            {u"plan"_s, onlyPlan}, {u"planned_requests"_s, streamedArray(int(requests.size()))}};
        requests.append(requestsOf(zone));
        insertCounters(entry, counters);
        zones.append(entry);
    }
    QJsonObject summary = jsonSummary(specs.first(), options, true, specs.size() == 1);
    summary.insert(u"outcome"_s, toName(RunOutcome::DryRun));
    insertCounters(summary, all);
    if (specs.size() == 1) { // one zone: its plan and requests at the top too
        summary.insert(u"plan"_s, onlyPlan);
        summary.insert(u"planned_requests"_s, streamedArray(int(requests.size())));
        requests.append(requestsOf(0));
    }
    summary.insert(u"zones"_s, zones);
    writeStreamed(summary, requests, out);
}

} // namespace

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
        order.text = std::move(text); // the resolver lets go of it once the lines are checked
    order.source = options.source;
    OrderResolver resolver(&client, std::move(order));
    if (!options.profile.isEmpty()) {
        // An item in a zone of another saved account says which one (zones as they were last listed).
        ProfileStore profiles;
        QString ignored;
        QStringList saved;
        if (profiles.load(&ignored)) {
            for (const Profile &profile : profiles.profiles())
                saved << profile.name;
        }
        resolver.setOtherAccounts(ZoneDirectory().others(options.profile, saved));
        resolver.setRememberZones(true);
    }
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
    // The notes and the lines' verdicts go out now, before anything is sent: in a pipe (a CI log)
    // they would otherwise wait in the buffer and come after the summary.
    err.flush();

    if (options.dryRun) {
        printDryRun(specs, validation, options, client.apiBase(), history, out);
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
        err.flush();
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
    // The history keeps each URL's verdict with the run (each zone's run, its own URLs).
    const QList<qint64> runIds = session.historyRunIds();
    if (history.isWritable() && !runIds.isEmpty()) {
        verifyOptions.concluded = [&history, runIds](const QList<Verify::UrlCheck> &checks,
                                      const QList<Verify::UrlWarm> &warms) -> QString {
            const QDateTime checkedAt = QDateTime::currentDateTimeUtc();
            for (const qint64 runId : runIds) {
                if (!history.recordVerification(runId, checks, warms, checkedAt))
                    return u"the verdicts are not recorded in the history: "_s + history.lastError();
            }
            return QString();
        };
    }
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

} // namespace PurgeDesk::Cli
