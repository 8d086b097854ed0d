// purgedesk-cli zones: lists the zones the credentials can read, as a table or JSON.
#include "zonescommand.h"

#include "cli.h"
#include "clisupport.h"
#include "cloudflare/apiclient.h"
#include "purge/planlimits.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Cloudflare;

namespace PurgeDesk::Cli {

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

} // namespace PurgeDesk::Cli
