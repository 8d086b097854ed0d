#pragma once

#include "purge/purgeenums.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

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

    void add(Verdict verdict);
    int total() const { return fresh + stillCached + notCached + notCloudflare + unreachable + notChecked + pending; }
    // True when every URL that Cloudflare caches came back fresh (no still cached, unreachable or
    // unchecked URL); not-cached and not-Cloudflare URLs had nothing to purge.
    bool allFresh() const { return stillCached == 0 && unreachable == 0 && notChecked == 0 && pending == 0; }
};
VerdictCounts countVerdicts(const QList<UrlCheck> &checks);
// "98 fresh, 2 still cached" (only the verdicts that occur; "no URL" for none).
QString summary(const VerdictCounts &counts);

} // namespace PurgeDesk::Verify
