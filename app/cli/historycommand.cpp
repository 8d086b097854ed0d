#include "historycommand.h"

#include "cli.h"
#include "history/historystore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Cli {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

int runHistory(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Show the purge history, newest first."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"limit"_s, u"Show at most N runs (default 20)."_s, u"N"_s, u"20"_s},
        {u"zone"_s, u"Only runs in this zone (name or ID)."_s, u"ZONE"_s},
        {u"since"_s, u"Only runs started on or after this date (YYYY-MM-DD, or a date and time)."_s, u"DATE"_s},
        {u"json"_s, u"Print JSON."_s},
        {u"csv"_s, u"Print CSV."_s},
    });
    if (!parser.parse(QStringList {u"purgedesk-cli history"_s} + arguments)) {
        err << "purgedesk-cli history: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
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
    if (!store.open(&message)) {
        err << "purgedesk-cli history: " << message << '\n';
        return ExitUsage;
    }
    if (!message.isEmpty())
        err << "Note: " << message << '\n';
    const QList<History::RunRow> runs = store.runs(filter, limit);

    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const History::RunRow &run : runs) {
            QStringList purgeIds;
            for (const History::BatchRow &batch : store.batches(run.id)) {
                if (!batch.purgeId.isEmpty())
                    purgeIds << batch.purgeId;
            }
            array.append(QJsonObject {
                {u"id"_s, run.id},
                {u"started_at"_s, when(run.startedAt)},
                {u"finished_at"_s, when(run.finishedAt)},
                {u"profile"_s, run.profile},
                {u"zone"_s, QJsonObject {{u"id"_s, run.zoneId}, {u"name"_s, run.zoneName}}},
                {u"mode"_s, run.mode},
                {u"action"_s, run.action},
                {u"source"_s, run.source},
                {u"dry_run"_s, run.dryRun},
                {u"outcome"_s, run.outcome},
                {u"requested"_s, run.requested},
                {u"done"_s, run.done},
                {u"failed"_s, run.failed},
                {u"not_sent"_s, run.notSent},
                {u"requests"_s, run.requests},
                {u"purge_ids"_s, QJsonArray::fromStringList(purgeIds)},
            });
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (parser.isSet(u"csv"_s)) {
        out << "id,started_at,finished_at,profile,zone_id,zone_name,mode,action,source,dry_run,outcome,requested,done,"
               "failed,not_sent,requests\r\n";
        for (const History::RunRow &run : runs) {
            const QStringList fields {QString::number(run.id), when(run.startedAt), when(run.finishedAt), run.profile,
                run.zoneId, run.zoneName, run.mode, run.action, run.source, run.dryRun ? u"1"_s : u"0"_s, run.outcome,
                QString::number(run.requested), QString::number(run.done), QString::number(run.failed),
                QString::number(run.notSent), QString::number(run.requests)};
            QStringList quoted;
            for (const QString &field : fields)
                quoted << csvField(field);
            out << quoted.join(u',') << "\r\n";
        }
        return ExitOk;
    }
    if (runs.isEmpty()) {
        out << "No purges recorded" << (filter.zone.isEmpty() && !filter.since.isValid() ? "" : " that match") << ".\n";
        return ExitOk;
    }
    for (const History::RunRow &run : runs) {
        out << run.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) << "  "
            << (run.zoneName.isEmpty() ? run.zoneId : run.zoneName) << "  " << run.mode << ' ' << run.action << "  "
            << run.done << '/' << run.requested << " done";
        if (run.failed)
            out << ", " << run.failed << " failed";
        if (run.notSent)
            out << ", " << run.notSent << " not sent";
        out << "  " << (run.dryRun ? u"dry run"_s : run.outcome) << "  (" << run.source;
        if (!run.profile.isEmpty())
            out << ", " << run.profile;
        out << ")\n";
    }
    return ExitOk;
}

} // namespace PurgeDesk::Cli
