#pragma once

#include "purge/purgespec.h"

#include <QList>
#include <QString>
#include <QStringList>

// The URLs a person lists to verify a purge that named no URLs (hostnames, cache tags, prefixes,
// everything): reading such a list, and the URLs worth suggesting for it. Pure functions, shared by
// the window and the command line.
namespace PurgeDesk::Verify {

// Empty when `text` (one trimmed line) is an absolute http:// or https:// URL with a host; else why
// not, in words (translated).
QString urlProblem(const QString &text);

// A line of a list that is not a URL to verify.
struct UrlListProblem
{
    int line = 0; // 1-based
    QString text;
    QString reason;
};

// The URLs in `text`, one per line, each once and in order. Blank lines, comments (#) and a byte
// order mark are skipped; any other line that is not a URL lands in `problems` (nothing is dropped
// silently).
QStringList parseUrlList(const QString &text, QList<UrlListProblem> *problems);

// URLs that show whether these purges took effect, to start the list with: each hostname's home page
// (https://host/), each prefix as a URL (https://prefix), the zone's home page for a purge of
// everything; none for cache tags (only the user knows which pages carry them). Each once.
QStringList suggestedUrls(const QList<Purge::PurgeSpec> &specs);

// Purge Again after such a purge: the specs that purge the still-cached `urls` as URLs, each in the
// zone it belongs to among `purged` (the zone whose hostname or prefix covers it, or, when that
// cannot tell, the only zone purged). URLs no zone can be found for are left out.
QList<Purge::PurgeSpec> listedPurgeAgainSpecs(
    const QList<Purge::PurgeSpec> &purged, const QStringList &urls, bool deviceVariants);

} // namespace PurgeDesk::Verify
