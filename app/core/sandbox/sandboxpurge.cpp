// The sandbox's purge_cache and invalidate_cache endpoint: the body checked as Cloudflare does, rate limits.
#include "sandboxapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Sandbox {

namespace {

// Cloudflare-like validation of single purge items. Returns an empty string when acceptable.
QString checkFile(const QString &url)
{
    // Cloudflare takes URLs as typed (characters such as & < > included), but not relative ones.
    const QUrl parsed(url, QUrl::TolerantMode);
    const QString scheme = parsed.scheme().toLower();
    bool whitespace = false;
    for (const QChar c : url)
        whitespace = whitespace || c.isSpace();
    if (whitespace || !parsed.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || parsed.host().isEmpty())
        return u"Unable to purge '%1', which is an invalid URL"_s.arg(url);
    return {};
}

QString checkHost(const QString &host)
{
    static const QRegularExpression pattern(
        u"^(?=.{1,253}$)[A-Za-z0-9_*]([A-Za-z0-9_-]{0,62})(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,62}))*$"_s);
    if (!pattern.match(host).hasMatch())
        return u"Unable to purge host '%1': give a bare host name without scheme, path or port"_s.arg(host);
    return {};
}

QString checkTag(const QString &tag)
{
    bool printable = !tag.isEmpty() && tag.size() <= 1024;
    for (const QChar c : tag)
        printable = printable && c.unicode() > 0x20 && c.unicode() < 0x7f;
    if (!printable)
        return u"Unable to purge tag '%1': tags are 1 to 1024 printable ASCII characters without spaces"_s.arg(tag);
    return {};
}

QString checkPrefix(const QString &prefix)
{
    if (prefix.isEmpty() || prefix.contains(u"://"_s) || prefix.contains(u'?') || prefix.contains(u'#')
        || prefix.contains(u' ') || prefix.startsWith(u'/'))
        return u"Unable to purge prefix '%1': give a host and path without scheme, query or fragment"_s.arg(prefix);
    if (prefix.count(u'/') > 31)
        return u"Unable to purge prefix '%1': a prefix may have at most 31 path separators"_s.arg(prefix);
    return {};
}

} // namespace

HttpResponse SandboxServer::purge(
    const HttpRequest &request, const QString &zoneId, const QString &mode, const Principal &principal)
{
    const Zone *zone = findZone(zoneId);
    if (!zone || !canSee(principal, *zone) || (principal.token && !principal.token->cachePurge))
        return failure(403, {{Code::AuthenticationError, u"Authentication error"_s}});

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return failure(400, {{Code::MalformedJson, u"Malformed JSON in request body"_s}});
    const QJsonObject body = document.object();

    static const QStringList selectors = {u"purge_everything"_s, u"files"_s, u"hosts"_s, u"tags"_s, u"prefixes"_s};
    QStringList present;
    for (const QString &key : body.keys()) {
        if (!selectors.contains(key))
            return failure(400, {{Code::Selector, u"Unknown field '%1' in the purge request"_s.arg(key)}});
        present.append(key);
    }
    if (present.size() != 1) {
        return failure(400,
            {{Code::Selector,
                u"Request must contain exactly one of \"purge_everything\", \"files\", "
                u"\"tags\", \"hosts\" or \"prefixes\""_s}});
    }

    PurgeRecord record;
    record.zoneId = zone->id;
    record.zoneName = zone->name;
    record.accountId = zone->accountId;
    record.mode = mode;
    record.body = request.body;
    const QString selector = present.first();
    const PlanLimits limits = m_config.limitsFor(zone->plan);

    if (selector == u"purge_everything"_s) {
        if (body.value(selector) != QJsonValue(true))
            return failure(400, {{Code::Selector, u"\"purge_everything\" must be true"_s}});
        record.selector = u"everything"_s;
    } else {
        record.selector = selector;
        const QJsonValue list = body.value(selector);
        if (!list.isArray() || list.toArray().isEmpty())
            return failure(400, {{Code::Selector, u"\"%1\" must be a non-empty list"_s.arg(selector)}});
        const QJsonArray items = list.toArray();
        const int cap = selector == u"files"_s ? limits.filesPerRequest : limits.itemsPerRequest;
        if (items.size() > cap) {
            return failure(400,
                {{Code::TooManyItems,
                    u"Too many items in \"%1\": %2 were sent, the maximum is %3 per request"_s.arg(selector)
                        .arg(items.size())
                        .arg(cap)}});
        }
        for (const auto &item : items) {
            QString text;
            QString problem;
            if (selector == u"files"_s) {
                if (item.isObject()) {
                    const QJsonObject object = item.toObject();
                    text = object.value(u"url"_s).toString();
                    const QJsonValue headers = object.value(u"headers"_s);
                    if (!object.value(u"url"_s).isString() || (!headers.isUndefined() && !headers.isObject()))
                        problem = u"Each file must be a URL string or an object with \"url\" and \"headers\""_s;
                    for (const auto &header : headers.toObject()) {
                        if (!header.isString())
                            problem = u"Cache-key header values must be strings"_s;
                    }
                } else {
                    text = item.toString();
                    if (!item.isString())
                        problem = u"Each file must be a URL string or an object with \"url\" and \"headers\""_s;
                }
                if (problem.isEmpty())
                    problem = checkFile(text);
            } else if (!item.isString()) {
                problem = u"Each entry of \"%1\" must be a string"_s.arg(selector);
            } else {
                text = item.toString();
                problem = selector == u"hosts"_s ? checkHost(text)
                    : selector == u"tags"_s      ? checkTag(text)
                                                 : checkPrefix(text);
            }
            if (!problem.isEmpty())
                return failure(400, {{Code::InvalidItem, problem}});
            record.items.append(text);
        }
    }

    // Per-account purge rate limits: URLs per second for files, a request bucket for the rest.
    const QString scope = zone->accountId + u':' + planId(zone->plan);
    if (record.selector == u"files"_s) {
        const QString key = u"urls:"_s + scope;
        if (!m_buckets.contains(key))
            m_buckets.insert(key, TokenBucket(limits.urlsPerSecond, limits.urlsPerSecond, now()));
        TokenBucket &bucket = m_buckets[key];
        if (!bucket.tryTake(record.items.size(), now()))
            return rateLimited(bucket.waitMs(record.items.size(), now()));
    } else {
        const QString key = u"flex:"_s + scope;
        if (!m_buckets.contains(key))
            m_buckets.insert(key, TokenBucket(limits.flexBucketSize, limits.flexRefillPerSecond, now()));
        TokenBucket &bucket = m_buckets[key];
        if (!bucket.tryTake(1, now()))
            return rateLimited(bucket.waitMs(1, now()));
    }

    record.atMs = now();
    record.purgeId = QString::fromLatin1(QByteArray::number(m_random.generate64(), 16).rightJustified(16, '0')
        + QByteArray::number(m_random.generate64(), 16).rightJustified(16, '0'));
    m_purges.append(record);
    Q_EMIT purgeAccepted(record);
    return ok(QJsonObject {{u"id"_s, record.purgeId}});
}

} // namespace PurgeDesk::Sandbox
