#include "historyexport.h"

#include "purge/runtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::History {

namespace {

constexpr int PageSize = 500;

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
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The verification's columns, after the counters: when, and how many URLs had each verdict (all
// empty for a run that was not verified).
const QStringList kVerificationColumns {u"verified_at"_s, u"fresh"_s, u"still_cached"_s, u"not_cached"_s,
    u"not_cloudflare"_s, u"unreachable"_s, u"not_checked"_s, u"warmed"_s, u"failed_to_warm"_s};

QList<int> verificationCounts(const VerificationSummary &verification)
{
    const Verify::VerdictCounts &v = verification.verdicts;
    const Verify::WarmCounts &w = verification.warms;
    return {v.fresh, v.stillCached, v.notCached, v.notCloudflare, v.unreachable, v.notChecked, w.warmed, w.failed};
}

void writeCsvRow(const RunRow &run, QTextStream &out)
{
    QStringList fields = QStringList {QString::number(run.id), when(run.startedAt), when(run.finishedAt), run.profile,
                             run.zoneId, run.zoneName, Purge::toName(run.mode), Purge::toName(run.action),
                             run.source.toName(), run.dryRun ? u"1"_s : u"0"_s, Purge::toName(run.shownOutcome())}
        + Purge::counterValues(run.counters);
    fields << when(run.verification.checkedAt);
    for (const int count : verificationCounts(run.verification))
        fields << (run.verification.isVerified() ? QString::number(count) : QString());
    QStringList quoted;
    for (const QString &field : fields)
        quoted << csvField(field);
    out << quoted.join(u',') << "\r\n";
}

// A warm-up's counts and their summary (verify.schema.json's), or null for none.
QJsonValue warmJson(const Verify::WarmCounts &w)
{
    if (w.total() == 0)
        return QJsonValue::Null;
    return QJsonObject {
        {u"counts"_s, QJsonObject {{u"warmed"_s, w.warmed}, {u"failed"_s, w.failed}, {u"not_warmed"_s, w.notWarmed}}},
        {u"summary"_s, Verify::warmSummary(w)},
    };
}

// A run's verification: when, its verdicts counted and summed up, and its warm-up's counts (null
// without one); null for a run that was not verified.
QJsonValue verificationJson(const VerificationSummary &verification)
{
    if (!verification.isVerified())
        return QJsonValue::Null;
    const Verify::VerdictCounts &v = verification.verdicts;
    return QJsonObject {
        {u"checked_at"_s, when(verification.checkedAt)},
        {u"all_fresh"_s, v.allFresh()},
        {u"counts"_s,
            QJsonObject {{u"fresh"_s, v.fresh}, {u"still_cached"_s, v.stillCached}, {u"not_cached"_s, v.notCached},
                {u"not_cloudflare"_s, v.notCloudflare}, {u"unreachable"_s, v.unreachable},
                {u"not_checked"_s, v.notChecked}}},
        {u"summary"_s, Verify::summary(v)},
        {u"warm"_s, warmJson(verification.warms)},
    };
}

QJsonObject runJson(const HistoryStore &store, const RunRow &run, bool details)
{
    const QList<BatchRow> batches = store.batches(run.id);
    QStringList purgeIds;
    QJsonArray batchArray;
    for (const BatchRow &batch : batches) {
        if (!batch.purgeId.isEmpty())
            purgeIds << batch.purgeId;
        if (details) {
            batchArray.append(QJsonObject {
                {u"index"_s, batch.index},
                {u"first_item"_s, batch.first},
                {u"items"_s, batch.count},
                {u"state"_s, Purge::toName(batch.state)},
                {u"http_status"_s, batch.httpStatus},
                {u"purge_id"_s, batch.purgeId},
                {u"error_codes"_s, batch.errorCodes},
                {u"error"_s, batch.errorMessage},
                {u"attempts"_s, batch.attempts},
                {u"started_ms"_s, batch.startedMs},
                {u"finished_ms"_s, batch.finishedMs},
            });
        }
    }
    QJsonObject object {
        {u"id"_s, run.id},
        {u"started_at"_s, when(run.startedAt)},
        {u"finished_at"_s, when(run.finishedAt)},
        {u"profile"_s, run.profile},
        {u"account_id"_s, run.accountId},
        {u"zone"_s, QJsonObject {{u"id"_s, run.zoneId}, {u"name"_s, run.zoneName}}},
        {u"mode"_s, Purge::toName(run.mode)},
        {u"action"_s, Purge::toName(run.action)},
        {u"source"_s, run.source.toName()},
        {u"dry_run"_s, run.dryRun},
        {u"outcome"_s, Purge::toName(run.shownOutcome())},
        {u"purge_ids"_s, QJsonArray::fromStringList(purgeIds)},
    };
    Purge::insertCounters(object, run.counters);
    object.insert(u"verification"_s, verificationJson(run.verification));
    if (details) {
        QJsonArray items;
        for (const ItemRow &item : store.items(run.id)) {
            QJsonObject entry {{u"value"_s, item.value}, {u"state"_s, Purge::toName(item.state)}};
            if (!item.headers.isEmpty())
                entry.insert(u"headers"_s, item.headers);
            if (!item.reason.isEmpty())
                entry.insert(u"reason"_s, item.reason);
            if (!item.purgeId.isEmpty())
                entry.insert(u"purge_id"_s, item.purgeId);
            // Its URL's last verdict, when the run was verified (verify.schema.json's words).
            if (item.verification.isVerified()) {
                const Verify::UrlCheck &check = item.verification.check;
                entry.insert(u"verdict"_s, Purge::toName(check.verdict));
                entry.insert(u"checked_at"_s, when(item.verification.checkedAt));
                if (!check.cacheStatus.isEmpty())
                    entry.insert(u"cache_status"_s, check.cacheStatus);
                if (item.verification.warm.outcome != Verify::WarmOutcome::Pending)
                    entry.insert(u"warm"_s, Purge::toName(item.verification.warm.outcome));
            }
            items.append(entry);
        }
        object.insert(u"batches"_s, batchArray);
        object.insert(u"items"_s, items);
    }
    return object;
}

} // namespace

int exportRuns(const HistoryStore &store, RunFilter filter, const ExportOptions &options, QTextStream &out)
{
    const bool json = options.format == ExportFormat::Json;
    if (json)
        out << '[';
    else
        out << u"id,started_at,finished_at,profile,zone_id,zone_name,mode,action,source,dry_run,outcome,"_s
                + (Purge::counterColumns() + kVerificationColumns).join(u',') + u"\r\n"_s;
    int written = 0;
    while (options.limit < 0 || written < options.limit) {
        const int want = options.limit < 0 ? PageSize : qMin(PageSize, options.limit - written);
        const QList<RunRow> page = store.runs(filter, want);
        for (const RunRow &run : page) {
            if (json) {
                out << (written ? ",\n" : "\n")
                    << QJsonDocument(runJson(store, run, options.details)).toJson(QJsonDocument::Compact);
            } else {
                writeCsvRow(run, out);
            }
            ++written;
        }
        if (page.size() < want)
            break;
        filter.afterStartedAt = page.constLast().startedAt;
        filter.afterId = page.constLast().id;
        if (options.progress && !options.progress(written))
            break;
    }
    if (json)
        out << (written ? "\n]\n" : "]\n");
    out.flush();
    return written;
}

} // namespace PurgeDesk::History
