#pragma once

#include "purge/tokenbucket.h"
#include "sandbox/httpserver.h"
#include "sandbox/sandboxconfig.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>

#include <optional>

namespace PurgeDesk::Sandbox {

// One purge or invalidation that "Cloudflare" accepted.
struct PurgeRecord
{
    QString zoneId;
    QString zoneName;
    QString accountId;
    QString mode; // "purge" or "invalidate"
    QString selector; // "everything", "files", "hosts", "tags" or "prefixes"
    QStringList items; // for files: the URLs
    QByteArray body; // the request body exactly as received
    QString purgeId;
    qint64 atMs = 0; // when it was accepted, on the server's clock (the edge compares it with its copies)
};

// One plain GET that the sandbox's edge answered, as received: tests check that a verification
// request carries no credential of any kind.
struct EdgeRequest
{
    QString host; // from the Host header, lower case, without the port
    QByteArray target; // path and query as sent
    QHash<QByteArray, QByteArray> headers; // names lower-cased
};

struct Counters
{
    int requests = 0;
    QHash<QString, int> perEndpoint; // "verify", "zones", "zone", "purge_cache", "invalidate_cache", "other"
    QHash<int, int> perStatus; // answered statuses (faults that send no status are not counted)
    int rateLimited = 0; // 429s, from limits or injected
    int faults = 0; // injected faults of any kind
    int maxInFlight = 0; // most requests waiting for their answer at one time
    int edgeRequests = 0; // plain GETs answered as the edge (not counted in `requests`)
};

// A local stand-in for the parts of Cloudflare's API v4 that PurgeDesk uses, served over real
// HTTP on 127.0.0.1 under /client/v4. It authenticates like Cloudflare (API tokens with
// permissions and zone scope, global key + email), validates purge bodies, enforces the
// per-account purge rate limits and the global request limit with 429 + Retry-After, injects
// configured faults, and records every accepted purge.
//
// It also plays Cloudflare's edge: a GET whose Host header names a host that is not a loopback
// address (a verification request sent with an "edge" address, like curl --resolve) is answered
// as the edge would answer it. Each zone has a cache: every URL of a sandbox zone starts cached
// (HIT, with an Age that starts at an hour and grows); an accepted purge (files, hosts, prefixes,
// tags, everything) of the URL's own zone makes the next GET a MISS (an invalidate: REVALIDATED),
// and the GET after it a HIT with Age 0 again. Config::edgeUrls changes single URLs (another
// cache-key variant that stays HIT, DYNAMIC, BYPASS, a redirect, no CF-Ray, EXPIRED, a reset or a
// stall) and gives them cache tags. A host in no sandbox zone is answered without CF-Ray (the
// origin, not Cloudflare). The cache key is host, path and query; the scheme is not part of it.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(Config config = demoConfig(), QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(quint16 port = 0);
    quint16 port() const;
    QString baseUrl() const; // http://127.0.0.1:PORT/client/v4
    QString errorString() const;

    const Config &config() const { return m_config; }
    void setFaults(const QList<Fault> &faults);
    // Replaces the edge's special URLs (Config::edgeUrls); cached copies stay as they are.
    void setEdgeUrls(const QList<EdgeUrl> &urls) { m_config.edgeUrls = urls; }
    void setLatency(int fixedMs, int jitterMs);

    // Answers one request as the server does (routing, authentication, validation, limits,
    // faults); the HTTP server calls it, and the fuzzer calls it directly.
    HttpAction handle(const HttpRequest &request);

    QList<PurgeRecord> purges() const { return m_purges; }
    QList<EdgeRequest> edgeRequests() const { return m_edgeRequests; }
    Counters counters() const;
    // Forgets recorded purges, edge requests and cached copies, counters, rate-limit state and fault counts.
    void reset();

Q_SIGNALS:
    void purgeAccepted(const PurgeDesk::Sandbox::PurgeRecord &record);

private:
    // Routing, authentication, faults and limits are in sandboxserver.cpp; the endpoints in
    // sandboxzones.cpp, sandboxpurge.cpp and sandboxedge.cpp; Principal in sandboxapi.h.
    struct Principal;
    HttpResponse route(const HttpRequest &request, const QString &endpoint, const QString &zoneId);
    bool injectFault(const QString &endpoint, HttpAction *action);
    void applyAfterRouting(const Fault &fault, HttpAction *action);
    HttpResponse verify(const Principal &principal);
    HttpResponse listZones(const HttpRequest &request, const Principal &principal);
    HttpResponse getZone(const QString &zoneId, const Principal &principal);
    HttpResponse purge(
        const HttpRequest &request, const QString &zoneId, const QString &mode, const Principal &principal);
    const Zone *findZone(const QString &id) const;
    bool canSee(const Principal &principal, const Zone &zone) const;
    QJsonObject zoneJson(const Zone &zone) const;
    HttpResponse rateLimited(qint64 waitMs);
    qint64 now() const { return m_clock.elapsed(); }
    HttpAction edge(const HttpRequest &request, const QString &host);
    const Zone *zoneForHost(const QString &host) const;
    bool purgedBy(const PurgeRecord &record, const QString &host, const QString &key, const EdgeUrl *url) const;

    Config m_config;
    HttpServer m_http;
    QElapsedTimer m_clock;
    QRandomGenerator m_random;
    QHash<QString, TokenBucket> m_buckets; // "global:<principal>", "flex:<account>:<plan>", "urls:<account>:<plan>"
    QHash<QString, int> m_endpointCount; // per endpoint and "*", for nth-request faults
    std::optional<Fault> m_afterRouting; // a fault that changes the real answer of this request
    QList<PurgeRecord> m_purges;
    QList<EdgeRequest> m_edgeRequests;
    QHash<QString, qint64> m_edgeCachedAt; // "host/path?query" -> when the edge cached it (server clock)
    // ... and how many purges there were then: only later ones evict it (two in one millisecond too).
    QHash<QString, qsizetype> m_edgeCachedAfter;
    Counters m_counters;
};

} // namespace PurgeDesk::Sandbox
