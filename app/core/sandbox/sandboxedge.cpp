// The sandbox's edge: plain GETs for a zone's URLs answered from its cache, as purges left it.
#include "sandboxserver.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Sandbox {

namespace {

// The edge's cache key: lower-case host, then the path and query as the URL has them (no scheme).
QString edgeKey(const QString &host, const QByteArray &target)
{
    return host + QString::fromUtf8(target.isEmpty() ? QByteArray("/") : target);
}

QString edgeKey(const QString &url)
{
    const QUrl parsed(url, QUrl::TolerantMode);
    QByteArray target = parsed.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    return edgeKey(parsed.host().toLower(), target);
}

// Copies cached before the sandbox started are this old when it starts.
constexpr qint64 InitialAgeMs = qint64(3600) * 1000;

} // namespace

const Zone *SandboxServer::zoneForHost(const QString &host) const
{
    const Zone *best = nullptr;
    for (const Zone &zone : m_config.zones) {
        const QString name = zone.name.toLower();
        const bool inZone = host == name || host.endsWith(u'.' + name);
        if (inZone && (!best || zone.name.size() > best->name.size()))
            best = &zone;
    }
    return best;
}

bool SandboxServer::purgedBy(
    const PurgeRecord &record, const QString &host, const QString &key, const EdgeUrl *url) const
{
    if (record.selector == u"everything"_s)
        return true;
    for (const QString &item : record.items) {
        if (record.selector == u"files"_s && edgeKey(item) == key)
            return true;
        if (record.selector == u"hosts"_s && item.toLower() == host)
            return true;
        if (record.selector == u"prefixes"_s) {
            const qsizetype slash = item.indexOf(u'/');
            const QString prefix = slash < 0 ? item.toLower() : item.left(slash).toLower() + item.mid(slash);
            if (key.startsWith(prefix))
                return true;
        }
        if (record.selector == u"tags"_s && url && url->tags.contains(item, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

HttpAction SandboxServer::edge(const HttpRequest &request, const QString &host)
{
    ++m_counters.edgeRequests;
    ++m_counters.perEndpoint[u"edge"_s];
    m_edgeRequests.append(EdgeRequest {host, request.target, request.headers});

    const QString key = edgeKey(host, request.target);
    const EdgeUrl *configured = nullptr;
    for (const EdgeUrl &url : std::as_const(m_config.edgeUrls)) {
        if (edgeKey(url.url) == key)
            configured = &url;
    }
    const Zone *zone = zoneForHost(host);
    const EdgeBehaviour behaviour = configured ? configured->behaviour : EdgeBehaviour::Cached;

    HttpAction action;
    const int jitter = m_config.jitterMs > 0 ? int(m_random.bounded(m_config.jitterMs + 1)) : 0;
    action.delayMs = m_config.latencyMs + jitter;
    HttpResponse &response = action.response;
    const auto addHeader = [&response](const QByteArray &name, const QByteArray &value) {
        response.headers.append(qMakePair(name, value));
    };
    response.contentType = "text/plain; charset=utf-8";
    response.body = "The sandbox's edge: " + key.toUtf8() + '\n';
    if (behaviour == EdgeBehaviour::Reset) {
        action.kind = HttpAction::Kind::Reset;
        return action;
    }
    if (behaviour == EdgeBehaviour::Stall) {
        action.kind = HttpAction::Kind::Stall;
        return action;
    }
    if ((!zone && !configured) || behaviour == EdgeBehaviour::NoRay) {
        addHeader("Server", "sandbox-origin");
        return action;
    }
    addHeader("Server", "cloudflare");
    // As Cloudflare's bot management does: a verifier must never send it back.
    addHeader("Set-Cookie", "__cf_bm=sandbox-edge-cookie; Path=/; HttpOnly");
    addHeader("CF-Ray", QByteArray::number(m_random.generate64(), 16).rightJustified(16, '0') + "-SBX");

    if (behaviour == EdgeBehaviour::Dynamic || behaviour == EdgeBehaviour::Bypass) {
        addHeader("CF-Cache-Status", behaviour == EdgeBehaviour::Dynamic ? "DYNAMIC" : "BYPASS");
        return action;
    }
    if (behaviour == EdgeBehaviour::Redirect) {
        response.status = 301;
        addHeader("Location", configured->location.toUtf8());
    }

    const qint64 cachedAt = m_edgeCachedAt.value(key, -InitialAgeMs);
    const PurgeRecord *purge = nullptr;
    if (behaviour != EdgeBehaviour::Variant && zone) {
        for (qsizetype i = m_edgeCachedAfter.value(key, 0); i < m_purges.size(); ++i) {
            const PurgeRecord &record = m_purges.at(i);
            if (record.zoneId == zone->id && purgedBy(record, host, key, configured))
                purge = &record;
        }
    }
    if (!purge) {
        addHeader("CF-Cache-Status", "HIT");
        addHeader("Age", QByteArray::number((now() - cachedAt) / 1000));
        return action;
    }
    // Fetched from the origin again, and cached from now on.
    m_edgeCachedAt.insert(key, now());
    m_edgeCachedAfter.insert(key, m_purges.size());
    QByteArray status = purge->mode == u"invalidate"_s ? "REVALIDATED" : "MISS";
    if (behaviour == EdgeBehaviour::Expired)
        status = "EXPIRED";
    addHeader("CF-Cache-Status", status);
    return action;
}

} // namespace PurgeDesk::Sandbox
