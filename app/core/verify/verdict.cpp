#include "verdict.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Verify {

namespace {
// The translation context of these words.
struct VerifyText
{
    Q_DECLARE_TR_FUNCTIONS(PurgeDesk::VerifyText)
};
} // namespace

Verdict classify(
    Purge::PurgeMode mode, const QString &cacheStatus, qint64 ageSeconds, bool hasRay, qint64 secondsSincePurge)
{
    if (!hasRay)
        return Verdict::NotCloudflare;
    const QString status = cacheStatus.trimmed().toUpper();
    if (status == u"MISS"_s || status == u"EXPIRED"_s || status == u"REVALIDATED"_s) {
        // Both modes: MISS and REVALIDATED mean the origin was asked; EXPIRED follows either
        // (Tiered Cache after a purge, a stale copy without validators after an invalidate).
        Q_UNUSED(mode)
        return Verdict::Fresh;
    }
    if (status == u"HIT"_s) {
        if (secondsSincePurge >= 0 && ageSeconds >= 0 && ageSeconds <= secondsSincePurge)
            return Verdict::Fresh;
        return Verdict::StillCached;
    }
    if (status == u"STALE"_s || status == u"UPDATING"_s)
        return Verdict::StillCached;
    return Verdict::NotCached;
}

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pending:
        return VerifyText::tr("waiting");
    case Verdict::Fresh:
        return VerifyText::tr("fresh");
    case Verdict::StillCached:
        return VerifyText::tr("still cached");
    case Verdict::NotCached:
        return VerifyText::tr("not cached");
    case Verdict::NotCloudflare:
        return VerifyText::tr("not served by Cloudflare");
    case Verdict::Unreachable:
        return VerifyText::tr("unreachable");
    case Verdict::NotChecked:
        return VerifyText::tr("not checked");
    }
    return {};
}

QString advice(const UrlCheck &check)
{
    switch (check.verdict) {
    case Verdict::Pending:
    case Verdict::Fresh:
        return {};
    case Verdict::StillCached: {
        QString text = check.secondsSincePurge < 0
            ? VerifyText::tr("Cloudflare serves a cached copy (%1, Age %2 s); with no purge time to compare, "
                             "it may be older than the purge.")
                  .arg(check.cacheStatus)
                  .arg(check.ageSeconds)
            : VerifyText::tr("Cloudflare still serves a copy cached before the purge (%1, Age %2 s).")
                  .arg(check.cacheStatus)
                  .arg(check.ageSeconds);
        if (!check.location.isEmpty())
            text += u' '
                + VerifyText::tr("The URL redirects to %1: the purge removed the cached redirect at most; "
                                 "purge and check the target too.")
                      .arg(check.location);
        text += u' '
            + VerifyText::tr("Likely causes: another cache-key variant (device type, language, country or a "
                             "custom cache key) that the purge did not name; a Transform Rule that rewrites the "
                             "URL; or the purge went to another zone.");
        return text;
    }
    case Verdict::NotCached:
        if (check.cacheStatus == u"BYPASS"_s)
            return VerifyText::tr("Cloudflare bypassed its cache for this request (a cache rule, a cookie or "
                                  "a header): there was nothing to purge.");
        if (check.cacheStatus.isEmpty())
            return VerifyText::tr("Cloudflare answered without a cache status: it does not cache this URL, "
                                  "so there was nothing to purge.");
        return VerifyText::tr("Cloudflare does not cache this URL (%1): there was nothing to purge.")
            .arg(check.cacheStatus);
    case Verdict::NotCloudflare:
        return VerifyText::tr("The answer has no CF-Ray header: it did not come through Cloudflare (the host "
                              "is not proxied by Cloudflare, or something else answered).");
    case Verdict::Unreachable:
        return VerifyText::tr("No answer: %1").arg(check.error);
    case Verdict::NotChecked:
        return VerifyText::tr("The verification was cancelled before this URL was checked.");
    }
    return {};
}

void VerdictCounts::add(Verdict verdict, int count)
{
    switch (verdict) {
    case Verdict::Pending:
        pending += count;
        break;
    case Verdict::Fresh:
        fresh += count;
        break;
    case Verdict::StillCached:
        stillCached += count;
        break;
    case Verdict::NotCached:
        notCached += count;
        break;
    case Verdict::NotCloudflare:
        notCloudflare += count;
        break;
    case Verdict::Unreachable:
        unreachable += count;
        break;
    case Verdict::NotChecked:
        notChecked += count;
        break;
    }
}

VerdictCounts countVerdicts(const QList<UrlCheck> &checks)
{
    VerdictCounts counts;
    for (const UrlCheck &check : checks)
        counts.add(check.verdict);
    return counts;
}

QString summary(const VerdictCounts &counts)
{
    // Each phrase carries its count, so that languages with several plural forms can say it.
    QStringList parts;
    if (counts.fresh)
        parts << VerifyText::tr("%n fresh", nullptr, counts.fresh);
    if (counts.stillCached)
        parts << VerifyText::tr("%n still cached", nullptr, counts.stillCached);
    if (counts.notCached)
        parts << VerifyText::tr("%n not cached", nullptr, counts.notCached);
    if (counts.notCloudflare)
        parts << VerifyText::tr("%n not served by Cloudflare", nullptr, counts.notCloudflare);
    if (counts.unreachable)
        parts << VerifyText::tr("%n unreachable", nullptr, counts.unreachable);
    if (counts.notChecked)
        parts << VerifyText::tr("%n not checked", nullptr, counts.notChecked);
    if (counts.pending)
        parts << VerifyText::tr("%n waiting", nullptr, counts.pending);
    if (parts.isEmpty())
        return VerifyText::tr("no URL");
    return parts.join(VerifyText::tr(", "));
}

QStringList freshUrls(const QList<UrlCheck> &checks)
{
    QStringList urls;
    for (const UrlCheck &check : checks) {
        if (check.verdict == Verdict::Fresh)
            urls << check.url;
    }
    return urls;
}

QString warmProblem(int httpStatus, const QString &cacheStatus, bool hasRay)
{
    if (!hasRay)
        return VerifyText::tr("the answer did not come through Cloudflare (no CF-Ray header)");
    if (httpStatus >= 400)
        return VerifyText::tr("the edge answered HTTP %1").arg(httpStatus);
    if (classify(Purge::PurgeMode::Purge, cacheStatus, -1, true, -1) == Verdict::NotCached) {
        return cacheStatus.isEmpty() ? VerifyText::tr("Cloudflare answered without a cache status: it keeps no copy")
                                     : VerifyText::tr("Cloudflare keeps no copy (%1)").arg(cacheStatus);
    }
    return {};
}

void WarmCounts::add(WarmOutcome outcome, int count)
{
    switch (outcome) {
    case WarmOutcome::Pending:
        pending += count;
        break;
    case WarmOutcome::Warmed:
        warmed += count;
        break;
    case WarmOutcome::Failed:
        failed += count;
        break;
    case WarmOutcome::NotWarmed:
        notWarmed += count;
        break;
    }
}

WarmCounts countWarms(const QList<UrlWarm> &warms)
{
    WarmCounts counts;
    for (const UrlWarm &warm : warms)
        counts.add(warm.outcome);
    return counts;
}

QString warmSummary(const WarmCounts &counts)
{
    QStringList parts;
    if (counts.warmed)
        parts << VerifyText::tr("%n warmed", nullptr, counts.warmed);
    if (counts.failed)
        parts << VerifyText::tr("%n failed to warm", nullptr, counts.failed);
    if (counts.notWarmed)
        parts << VerifyText::tr("%n not warmed", nullptr, counts.notWarmed);
    if (counts.pending)
        parts << VerifyText::tr("%n waiting", nullptr, counts.pending);
    if (parts.isEmpty())
        return VerifyText::tr("no URL");
    return parts.join(VerifyText::tr(", "));
}

} // namespace PurgeDesk::Verify
