#pragma once

#include "cloudflare/types.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace PurgeDesk::Purge {

using Cloudflare::PurgeAction;

enum class Verdict {
    Ok,
    Fixed, // accepted after a safe correction (the reason says what changed)
    Warning, // accepted, but probably not what the user wants (the reason says why)
    Error, // refused: the list cannot be purged until this line is fixed or removed
};

// One item ready to send: a URL (with cache-key headers), host, tag or prefix.
struct Item
{
    QString value;
    QList<QPair<QString, QString>> headers; // files only
    int line = 0; // 1-based line it came from
};

// The verdict on one input line.
struct LineVerdict
{
    int line = 0; // 1-based
    QString text; // as typed, without the line ending
    bool ignored = false; // blank or a # comment: not an item
    Verdict verdict = Verdict::Ok;
    QString item; // the normalised value, empty for errors and ignored lines
    QStringList reasons; // sentences a person understands
    int duplicateOf = 0; // > 0: the same item as that line; removed from the list
};

struct Validation
{
    QList<LineVerdict> lines;
    QList<Item> items; // accepted, de-duplicated, in input order
    int fixed = 0;
    int warnings = 0;
    int errors = 0;
    int duplicates = 0;
    QString listError; // a problem with the list as a whole (empty list)

    bool canPurge() const { return errors == 0 && listError.isEmpty(); }
    // "120 URLs, 2 errors, 3 duplicates removed"
    QString summary(PurgeAction action) const;
};

// Validates and normalises raw text, one item per line. CRLF, a BOM, blank lines, surrounding
// spaces and lines starting with '#' are fine. `zoneName` (may be empty) lets hosts outside the
// zone be flagged. An empty list is an error for every action but Everything; it never turns
// into purge-everything. File lines may carry cache-key headers after the URL:
//   https://example.com/app.js  CF-Device-Type: mobile  CF-IPCountry: ES
// `text` is released once split into lines: a caller that moves a long list in does not keep it
// twice while it is checked.
Validation validate(PurgeAction action, QString text, const QString &zoneName = {});

// "URL"/"URLs", "hostname"/"hostnames", ... for messages.
QString itemNoun(PurgeAction action, int count);
// Whether a lower-case hostname is the zone's name or a subdomain of it; any host when `zone` is empty.
bool inZone(const QString &host, const QString &zone);

} // namespace PurgeDesk::Purge
