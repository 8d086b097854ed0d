#include "sandboxcommand.h"

#include "cli.h"
#include "clisupport.h"
#include "sandbox/sandboxserver.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Cli {

namespace {

bool readNumber(const QCommandLineParser &parser, const QString &name, int min, int max, int *out, QTextStream &err)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        err << "purgedesk-cli sandbox: --" << name << " must be a whole number from " << min << " to " << max << ".\n";
        return false;
    }
    *out = value;
    return true;
}

} // namespace

int runSandbox(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Serves a local stand-in for Cloudflare's API on 127.0.0.1 until interrupted."_s);
    addHelpOption(parser);
    parser.addOptions({
        {u"port"_s, u"Port to listen on (default: a free one)."_s, u"N"_s},
        {u"token"_s, u"Value of the full-rights demo API token."_s, u"T"_s},
        {u"plan"_s, u"Plan of every zone: free, pro, business or enterprise."_s, u"P"_s},
        {u"zones"_s, u"Replace the demo zones with N generated ones."_s, u"N"_s},
        {u"latency-ms"_s, u"Delay every answer by N milliseconds."_s, u"N"_s},
        {u"files-cap"_s,
            u"Refuse URL purges of more than N URLs per request on every plan, as some accounts still do "
            "with 30."_s,
            u"N"_s},
        {u"scenario"_s, u"Load accounts, zones, tokens, limits and faults from a JSON file."_s, u"FILE"_s},
    });
    if (!parser.parse(QStringList {u"purgedesk-cli sandbox"_s} + arguments)) {
        err << "purgedesk-cli sandbox: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << commandHelp(parser, u"purgedesk-cli sandbox"_s);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "purgedesk-cli sandbox: unexpected argument \"" << parser.positionalArguments().first() << "\".\n";
        return ExitUsage;
    }

    Sandbox::Config config = Sandbox::demoConfig();
    if (parser.isSet(u"scenario"_s)) {
        QFile file(parser.value(u"scenario"_s));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "purgedesk-cli sandbox: cannot read " << file.fileName() << ": " << file.errorString() << '\n';
            return ExitUsage;
        }
        QString error;
        if (!Sandbox::loadScenario(file.readAll(), config, &error)) {
            err << "purgedesk-cli sandbox: " << file.fileName() << ": " << error << '\n';
            return ExitUsage;
        }
    }

    int port = 0;
    int zones = -1;
    int latency = config.latencyMs;
    int filesCap = 0;
    if (!readNumber(parser, u"port"_s, 0, 65535, &port, err) || !readNumber(parser, u"zones"_s, 0, 1000000, &zones, err)
        || !readNumber(parser, u"latency-ms"_s, 0, 600000, &latency, err)
        || !readNumber(parser, u"files-cap"_s, 1, 100000, &filesCap, err))
        return ExitUsage;
    config.latencyMs = latency;
    if (filesCap > 0) {
        for (const Plan each : {Plan::Free, Plan::Pro, Plan::Business, Plan::Enterprise}) {
            PlanLimits limits = config.limitsFor(each);
            limits.filesPerRequest = filesCap;
            config.limits[each] = limits;
        }
    }

    Plan plan = Plan::Free;
    if (parser.isSet(u"plan"_s) && !planFromId(parser.value(u"plan"_s), &plan)) {
        err << "purgedesk-cli sandbox: unknown plan \"" << parser.value(u"plan"_s)
            << "\" (free, pro, business or enterprise).\n";
        return ExitUsage;
    }
    if (zones >= 0)
        Sandbox::generateZones(config, zones, plan);
    else if (parser.isSet(u"plan"_s)) {
        for (Sandbox::Zone &zone : config.zones)
            zone.plan = plan;
    }
    if (parser.isSet(u"token"_s)) {
        const QString token = parser.value(u"token"_s).trimmed();
        if (token.isEmpty() || token.contains(u' ')) {
            err << "purgedesk-cli sandbox: --token must be printable and contain no spaces.\n";
            return ExitUsage;
        }
        for (Sandbox::Token &entry : config.tokens) {
            if (entry.value == Sandbox::demoToken())
                entry.value = token;
        }
    }
    // Announce a token the sandbox really accepts: the demo one, else the scenario's first full-rights one.
    QString demoToken;
    for (const Sandbox::Token &entry : std::as_const(config.tokens)) {
        const bool fullRights
            = entry.zoneRead && entry.cachePurge && entry.zoneIds.isEmpty() && entry.status == u"active"_s;
        if (fullRights
            && (demoToken.isEmpty() || entry.value == Sandbox::demoToken()
                || entry.value == parser.value(u"token"_s).trimmed()))
            demoToken = entry.value;
    }

    Sandbox::SandboxServer server(config);
    if (!server.start(quint16(port))) {
        err << "purgedesk-cli sandbox: cannot listen on 127.0.0.1:" << port << ": " << server.errorString() << '\n';
        return ExitNetwork;
    }

    out << "Sandbox API: " << server.baseUrl() << '\n';
    if (demoToken.isEmpty())
        out << "Demo token: (none: the scenario defines no active full-rights API token)\n";
    else
        out << "Demo token: " << demoToken << '\n';
    out << "This is a local stand-in for Cloudflare's API: nothing reaches Cloudflare.\n";
    out << "Zones: " << config.zones.size();
    if (config.zones.size() <= 10) {
        QStringList names;
        for (const Sandbox::Zone &zone : std::as_const(config.zones))
            names << zone.name + u" ("_s + planId(zone.plan) + u')';
        out << " - " << names.join(u", "_s);
    }
    out << '\n';
    for (const Sandbox::Token &token : std::as_const(config.tokens)) {
        if (token.value == Sandbox::purgeOnlyToken())
            out << "Purge-only token (no Zone:Read, one zone): " << token.value << '\n';
    }
    out << "Edge for verify --edge (PURGEDESK_EDGE): http://127.0.0.1:" << server.port() << '\n';
    out << "Press Ctrl+C to stop.\n";
    out.flush();

    QObject::connect(
        &server, &Sandbox::SandboxServer::purgeAccepted, &server, [&out](const Sandbox::PurgeRecord &record) {
            out << record.mode << ' ' << record.zoneName << ' ' << record.selector;
            if (record.selector != u"everything"_s)
                out << ' ' << record.items.size() << " item(s)";
            out << " id " << record.purgeId << '\n';
            out.flush();
        });

    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::terminationRequested, qApp, [] { QCoreApplication::quit(); });
    QCoreApplication::exec();

    const Sandbox::Counters counters = server.counters();
    out << "Stopped after " << counters.requests << " request(s), " << server.purges().size() << " accepted purge(s), "
        << counters.rateLimited << " rate-limited.\n";
    return ExitOk;
}

} // namespace PurgeDesk::Cli
