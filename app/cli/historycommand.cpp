#include "historycommand.h"

#include "cli.h"
#include "clisupport.h"
#include "history/historyexport.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Cli {

int runHistory(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Show the purge history, newest first."_s);
    addHelpOption(parser);
    parser.addOptions({
        {u"limit"_s, u"Show at most N runs (default 20)."_s, u"N"_s, u"20"_s},
        {u"zone"_s, u"Only runs in this zone (name or ID)."_s, u"ZONE"_s},
        {u"since"_s, u"Only runs started on or after this date (YYYY-MM-DD, or a date and time)."_s, u"DATE"_s},
        {u"json"_s, u"Print JSON."_s},
        {u"csv"_s, u"Print CSV."_s},
        {u"details"_s,
            u"With --json: each run's requests and items too (an item of a verified URL purge with its verdict)."_s},
    });
    if (!parser.parse(QStringList {u"purgedesk-cli history"_s} + arguments)) {
        err << "purgedesk-cli history: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << commandHelp(parser, u"purgedesk-cli history"_s);
        return ExitOk;
    }
    bool ok = false;
    const int limit = parser.value(u"limit"_s).toInt(&ok);
    if (!ok || limit < 1) {
        err << "purgedesk-cli history: --limit must be a whole number of at least 1.\n";
        return ExitUsage;
    }
    if (parser.isSet(u"json"_s) && parser.isSet(u"csv"_s)) {
        err << "purgedesk-cli history: choose --json or --csv, not both.\n";
        return ExitUsage;
    }
    if (parser.isSet(u"details"_s) && !parser.isSet(u"json"_s)) {
        err << "purgedesk-cli history: --details needs --json.\n";
        return ExitUsage;
    }
    History::RunFilter filter;
    filter.zone = parser.value(u"zone"_s);
    if (parser.isSet(u"since"_s)) {
        const QString text = parser.value(u"since"_s);
        filter.since = QDateTime::fromString(text, Qt::ISODate);
        if (!filter.since.isValid()) {
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (date.isValid())
                filter.since = date.startOfDay();
        }
        if (!filter.since.isValid()) {
            err << "purgedesk-cli history: --since takes a date such as 2026-11-22.\n";
            return ExitUsage;
        }
    }

    History::HistoryStore store;
    QString message;
    if (!store.open(&message, History::HistoryStore::Check::Auto, History::HistoryStore::Use::Browse)) {
        err << "purgedesk-cli history: " << message << '\n';
        return ExitUsage;
    }
    if (!message.isEmpty())
        err << "Note: " << message << '\n';
    if (parser.isSet(u"json"_s) || parser.isSet(u"csv"_s)) {
        History::ExportOptions options;
        options.format = parser.isSet(u"json"_s) ? History::ExportFormat::Json : History::ExportFormat::Csv;
        options.limit = limit;
        options.details = parser.isSet(u"details"_s);
        // The runs are written as they are read, a page at a time, inside one JSON object.
        if (options.format == History::ExportFormat::Json)
            out << "{\"schema\": " << JsonSchemaVersion << ", \"runs\": ";
        History::exportRuns(store, filter, options, out);
        if (options.format == History::ExportFormat::Json)
            out << "}\n";
        return ExitOk;
    }
    const QList<History::RunRow> runs = store.runs(filter, limit);
    if (runs.isEmpty()) {
        out << "No purges recorded" << (filter.zone.isEmpty() && !filter.since.isValid() ? "" : " that match") << ".\n";
        return ExitOk;
    }
    for (const History::RunRow &run : runs) {
        out << run.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) << "  " << run.zoneLabel() << "  "
            << Purge::toName(run.mode) << ' ' << Purge::toName(run.action) << "  " << run.counters.done << '/'
            << run.counters.items << " done";
        if (run.counters.failed)
            out << ", " << run.counters.failed << " failed";
        if (run.counters.notSent)
            out << ", " << run.counters.notSent << " not sent";
        out << "  " << Purge::toName(run.shownOutcome()).replace(u'_', u' ') << "  (" << run.source.toName();
        if (!run.profile.isEmpty())
            out << ", " << run.profile;
        out << ")\n";
        // "    verified 2026-11-27 19:00:05: 98 fresh, 2 still cached; 98 warmed"
        const History::VerificationSummary &verification = run.verification;
        if (verification.isVerified()) {
            out << "    verified " << verification.checkedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) << ": "
                << Verify::summary(verification.verdicts);
            if (verification.warms.total() > 0)
                out << "; " << Verify::warmSummary(verification.warms);
            out << '\n';
        }
    }
    return ExitOk;
}

} // namespace PurgeDesk::Cli
