#pragma once

#include "purge/purgeenums.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

// What Cloudflare's edge says about one purged URL, and the words for it. Pure functions: the
// verifier (edgeverifier.h) fetches, these decide and explain.
namespace PurgeDesk::Verify {
Q_NAMESPACE

// A URL's verdict. Names (Purge::toName) are the --json words: "fresh", "still_cached", ...
enum class Verdict {
    Pending, // not answered yet
    Fresh, // the edge went to the origin since the purge (or cached it again since)
    StillCached, // the edge serves a copy older than the purge
    NotCached, // Cloudflare does not cache it (DYNAMIC, BYPASS, no cache status): nothing to purge
    NotCloudflare, // no CF-Ray: the answer did not come through Cloudflare
    Unreachable, // no answer: a network error or no answer in time
    NotChecked, // the verification was cancelled before this URL was answered
};
Q_ENUM_NS(Verdict)

// One URL's check: what the edge answered and the verdict on it.
struct UrlCheck
{
    QString url;
    Verdict verdict = Verdict::Pending;
    int httpStatus = 0; // 0: no answer
    QString cacheStatus; // CF-Cache-Status, upper case; empty when absent
    qint64 ageSeconds = -1; // Age; -1 when absent
    QString ray; // CF-Ray; empty when absent
    QString location; // a redirect's Location (redirects are reported, never followed)
    QString error; // Unreachable: the network error in words
    qint64 secondsSincePurge = -1; // at the answer, rounded up; -1 when the purge time is unknown
};

// The verdict on an answer. After a purge MISS and EXPIRED are fresh, after an invalidate
// REVALIDATED and EXPIRED (MISS and REVALIDATED are fresh after either: the origin was asked). A
// HIT is fresh only when its Age fits in the time since the purge (the copy was cached again
// since); with no purge time (`secondsSincePurge` < 0) or no Age, a HIT is still cached, and so are
// STALE and UPDATING. DYNAMIC, BYPASS, NONE, UNKNOWN, an unknown word or no status: not cached.
Verdict classify(
    Purge::PurgeMode mode, const QString &cacheStatus, qint64 ageSeconds, bool hasRay, qint64 secondsSincePurge);

// "fresh", "still cached", ... for a person (translated).
QString verdictText(Verdict verdict);
// One or two sentences on what the answer means and what to do; empty for a fresh URL.
QString advice(const UrlCheck &check);

// The number of URLs with each verdict.
struct VerdictCounts
{
    int fresh = 0;
    int stillCached = 0;
    int notCached = 0;
    int notCloudflare = 0;
    int unreachable = 0;
    int notChecked = 0;
    int pending = 0;

    void add(Verdict verdict, int count = 1);
    int total() const { return fresh + stillCached + notCached + notCloudflare + unreachable + notChecked + pending; }
    // True when every URL that Cloudflare caches came back fresh (no still cached, unreachable or
    // unchecked URL); not-cached and not-Cloudflare URLs had nothing to purge.
    bool allFresh() const { return stillCached == 0 && unreachable == 0 && notChecked == 0 && pending == 0; }
};
VerdictCounts countVerdicts(const QList<UrlCheck> &checks);
// "98 fresh, 2 still cached" (only the verdicts that occur; "no URL" for none).
QString summary(const VerdictCounts &counts);
// The URLs whose verdict is fresh, in order: the ones a warm-up fetches.
QStringList freshUrls(const QList<UrlCheck> &checks);

// How a URL's warm-up went: a second GET once it verified fresh, its body read to the end and
// discarded, so that the edge holds a copy for the next visitor. Names (Purge::toName) are the
// --json words: "warmed", "failed", "not_warmed".
enum class WarmOutcome {
    Pending, // not answered yet
    Warmed, // Cloudflare answered with a copy it caches
    Failed, // no answer, an error status, not Cloudflare, or not cached: UrlWarm::error says which
    NotWarmed, // the warm-up was cancelled before this URL was fetched
};
Q_ENUM_NS(WarmOutcome)

// One URL's warm-up: what the edge answered.
struct UrlWarm
{
    QString url;
    WarmOutcome outcome = WarmOutcome::Pending;
    int httpStatus = 0; // 0: no answer
    QString cacheStatus; // CF-Cache-Status, upper case; empty when absent
    bool hasRay = false;
    qint64 bytes = 0; // body bytes read (and discarded)
    QString error; // Failed: why, in words
};

// Why an answer did not warm the URL (translated), or empty when it did: an error status (400 and
// up), no CF-Ray (not Cloudflare), or a cache status that says Cloudflare keeps no copy (DYNAMIC,
// BYPASS, none).
QString warmProblem(int httpStatus, const QString &cacheStatus, bool hasRay);

struct WarmCounts
{
    int warmed = 0;
    int failed = 0;
    int notWarmed = 0;
    int pending = 0;

    void add(WarmOutcome outcome, int count = 1);
    int total() const { return warmed + failed + notWarmed + pending; }
};
WarmCounts countWarms(const QList<UrlWarm> &warms);
// "98 warmed, 2 failed" (only the outcomes that occur; "no URL" for none).
QString warmSummary(const WarmCounts &counts);

} // namespace PurgeDesk::Verify
