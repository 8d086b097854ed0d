#pragma once

#include "purge/planlimits.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>

namespace PurgeDesk::Sandbox {

struct Account
{
    QString id;
    QString name;
};

struct Zone
{
    QString id; // 32 hex
    QString name;
    QString accountId;
    Plan plan = Plan::Free;
    QString status = QStringLiteral("active"); // initializing, pending, active, moved
    bool paused = false;
};

// An API token and what it may do.
struct Token
{
    QString value;
    QString id;
    bool zoneRead = true; // Zone > Zone > Read
    bool cachePurge = true; // Zone > Cache Purge > Purge
    QStringList zoneIds; // empty: every zone of every account
    QString status = QStringLiteral("active"); // active, disabled, expired
    QDateTime expiresOn; // invalid: never
    QDateTime notBefore; // invalid: always
};

// A legacy Global API Key: full rights on every account.
struct GlobalKey
{
    QString email;
    QString key;
};

enum class FaultKind {
    HtmlError, // an HTML error page with `status` (default 502), as an edge sends
    MalformedJson, // 200 with a body that is not valid JSON
    TruncatedBody, // the body stops halfway and the connection closes
    ConnectionReset,
    Stall, // no answer for stallMs, then the connection closes
    RateLimited, // 429 with Retry-After (retryAfterSeconds, up to 2147483647)
    EndlessHeaders, // a status line, then header lines that never end
    EndlessBody, // a huge Content-Length, then body bytes as fast as the client takes them
    Drip, // the real answer, one byte every dripMs
    AbsurdPagination, // the real zone list, but result_info claims totalPages pages of totalCount zones
    Refused, // `status` (400 unless given) with Cloudflare's envelope: error `code`, `message`
};

// Misbehaviour on one endpoint ("verify", "zones", "zone", "purge_cache", "invalidate_cache" or "*"):
// for requests nth .. nth+count-1 on that endpoint (1-based), or for a share (0..1) of requests.
struct Fault
{
    QString endpoint = QStringLiteral("*");
    FaultKind kind = FaultKind::HtmlError;
    int nth = 0;
    int count = 1;
    double share = 0;
    int status = 0;
    int retryAfterSeconds = 1;
    int stallMs = 60000;
    int dripMs = 100;
    int totalPages = 2000000000;
    int totalCount = 2000000000;
    int code = 1016;
    QString message = QStringLiteral("The request could not be processed");
};

// How the sandbox's edge answers a plain GET of one URL (see SandboxServer's edge). Every URL in
// a sandbox zone starts as Cached; the others are what a scenario sets for a URL.
enum class EdgeBehaviour {
    Cached, // HIT with a growing Age; a purge makes the next GET a MISS, an invalidate REVALIDATED
    Variant, // always HIT: the cached copy is another cache-key variant the purge did not name
    Dynamic, // DYNAMIC: Cloudflare does not cache it
    Bypass, // BYPASS: a cache rule or a cookie bypasses the cache
    Redirect, // 301 to `location`, cached like Cached
    NoRay, // no CF-Ray: the answer did not come through Cloudflare
    Expired, // as Cached, but EXPIRED after a purge or an invalidate (Tiered Cache; no validators)
    Reset, // the connection is reset without an answer
    Stall, // no answer until the client gives up
};

struct EdgeUrl
{
    QString url; // http(s)://host/path?query; the scheme is not part of the sandbox's cache key
    EdgeBehaviour behaviour = EdgeBehaviour::Cached;
    QString location; // Redirect: where to
    QStringList tags; // Cache-Tag values: a tag purge removes the URLs that carry one of them
};

struct Config
{
    QList<Account> accounts;
    QList<Zone> zones;
    QList<Token> tokens;
    QList<GlobalKey> globalKeys;
    int latencyMs = 0;
    int jitterMs = 0;
    std::map<Plan, PlanLimits> limits; // overrides per plan; missing plans use PurgeDesk::limitsFor()
    GlobalLimits global;
    QList<Fault> faults;
    QList<EdgeUrl> edgeUrls; // the edge's URLs that are not simply cached, or that carry tags
    quint32 seed = 1;

    PlanLimits limitsFor(Plan plan) const;
};

// The demo data: one account, zones on every plan, a full-rights token, a zone-scoped
// purge-only token without Zone:Read, an expired and a disabled token, and a global key.
Config demoConfig();

QString demoToken();
QString purgeOnlyToken();

// Replaces the zones with `count` generated ones (zone-00001.example, ...) on `plan`.
void generateZones(Config &config, int count, Plan plan);

// A stable 32-hex identifier derived from a name, as Cloudflare's ids look.
QString hexId(const QString &seed);

// Reads a JSON scenario (format in README, "Sandbox scenarios"). Starts from the demo data;
// the file's sections replace the matching parts. Returns false with a message on bad input.
bool loadScenario(const QByteArray &json, Config &config, QString *error);

} // namespace PurgeDesk::Sandbox
