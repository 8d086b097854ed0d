#pragma once

#include "purge/purgeenums.h"
#include "verify/verdict.h"

#include <QDateTime>
#include <QStringList>

#include <functional>

class QJsonObject;
class QTextStream;

namespace PurgeDesk::Cli {

// purgedesk-cli verify [URL ...] [--from-file PATH|-] [--mode purge|invalidate] [--purged-at TIME]
//                      [--edge URL] [--warm] [--json]
int runVerify(const QStringList &arguments, QTextStream &out, QTextStream &err);

struct VerifyOptions
{
    QStringList urls;
    Purge::PurgeMode mode = Purge::PurgeMode::Purge;
    QDateTime purgedAt; // invalid: unknown (any HIT counts as still cached)
    QString edge; // --edge; empty: PURGEDESK_EDGE, else each URL's own host
    bool warm = false; // --warm: fetch the fresh URLs once more afterwards
    bool json = false;
    // Called once the verification (and warm-up) ended, before anything is printed: purge --verify
    // records the verdicts in the history with it. What it returns (a problem, in words) is noted
    // on the error stream.
    std::function<QString(const QList<Verify::UrlCheck> &, const QList<Verify::UrlWarm> &)> concluded;
};

// Fetches each URL from the edge and reports: with `json`, into *json (resources/schemas/
// verify.schema.json), else a line per URL and a summary on `out`. With `warm`, the fresh URLs are
// then fetched once more, and the warm-up's outcome is reported too (it does not change the exit
// code). Returns ExitOk when every URL that Cloudflare caches came back fresh, ExitNotFresh when
// one is still cached, unreachable or not checked, ExitUsage for an edge address that is refused,
// ExitInterrupted after Ctrl+C.
int verifyUrls(const VerifyOptions &options, QJsonObject *json, QTextStream &out, QTextStream &err);

// --edge's and --warm's help texts, shared by verify and purge.
QString edgeOptionHelp();
QString warmOptionHelp();

} // namespace PurgeDesk::Cli
