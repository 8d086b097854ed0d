#include "sandboxserver.h"

#include "cloudflare/apibase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Sandbox {

// Error codes and messages as Cloudflare sends them where known (see shared/cloudflare-api.md);
// 1012-1014 are the sandbox's own for body validation (Cloudflare publishes no catalogue).
namespace Code {
constexpr int InvalidToken = 1000;
constexpr int PerPage = 1004;
constexpr int Selector = 1012;
constexpr int InvalidItem = 1013;
constexpr int TooManyItems = 1014;
constexpr int InvalidHeaders = 6003;
constexpr int MalformedJson = 6007;
constexpr int BadAuthKeyFormat = 6103;
constexpr int BadAuthorizationFormat = 6111;
constexpr int NoRoute = 7000;
constexpr int MethodNotAllowed = 7001;
constexpr int CouldNotRoute = 7003;
constexpr int RateLimited = 971;
constexpr int UnknownKey = 9103;
constexpr int MissingAuth = 9106;
constexpr int Unauthorized = 9109;
constexpr int AuthenticationError = 10000;
} // namespace Code

struct SandboxServer::Principal
{
    const Token *token = nullptr; // API token auth
    const GlobalKey *key = nullptr; // global key auth
    QString name() const { return token ? u"token:"_s + token->id : u"key:"_s + key->email; }
};

namespace {

struct ApiError
{
    int code;
    QString message;
    QJsonArray chain = {};
};

QByteArray envelope(bool success, const QJsonValue &result, const QList<ApiError> &errors = {},
    const QJsonObject &resultInfo = {}, const QJsonArray &messages = {})
{
    QJsonArray errorArray;
    for (const ApiError &error : errors) {
        QJsonObject object {{u"code"_s, error.code}, {u"message"_s, error.message}};
        if (!error.chain.isEmpty())
            object.insert(u"error_chain"_s, error.chain);
        errorArray.append(object);
    }
    QJsonObject root {
        {u"success"_s, success}, {u"errors"_s, errorArray}, {u"messages"_s, messages}, {u"result"_s, result}};
    if (!resultInfo.isEmpty())
        root.insert(u"result_info"_s, resultInfo);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

HttpResponse ok(const QJsonValue &result, const QJsonObject &resultInfo = {}, const QJsonArray &messages = {})
{
    return {200, "application/json", {}, envelope(true, result, {}, resultInfo, messages)};
}

HttpResponse failure(int status, const QList<ApiError> &errors)
{
    return {status, "application/json", {}, envelope(false, QJsonValue::Null, errors)};
}

QString isoDate(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

bool isHex32(const QString &id)
{
    static const QRegularExpression pattern(u"^[0-9a-f]{32}$"_s);
    return pattern.match(id).hasMatch();
}

QString planName(Plan plan)
{
    return planDisplayName(plan) + u" Website"_s;
}

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

QString htmlErrorPage(int status)
{
    return u"<!DOCTYPE html>\n<html><head><title>%1 %2 | sandbox.cloudflare.invalid</title></head>"
           u"<body><h1>Error %1</h1><p>%2</p><p>The origin web server is not reachable.</p></body></html>\n"_s
               .arg(status)
               .arg(QString::fromLatin1(HttpServer::reasonPhrase(status)));
}

} // namespace

SandboxServer::SandboxServer(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_random(m_config.seed)
{
    m_clock.start();
    m_http.setHandler([this](const HttpRequest &request) { return handle(request); });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(quint16 port)
{
    return m_http.listen(QHostAddress::LocalHost, port);
}

quint16 SandboxServer::port() const
{
    return m_http.port();
}

QString SandboxServer::baseUrl() const
{
    return u"http://127.0.0.1:%1/client/v4"_s.arg(port());
}

QString SandboxServer::errorString() const
{
    return m_http.errorString();
}

void SandboxServer::setFaults(const QList<Fault> &faults)
{
    m_config.faults = faults;
    m_endpointCount.clear();
}

void SandboxServer::setLatency(int fixedMs, int jitterMs)
{
    m_config.latencyMs = fixedMs;
    m_config.jitterMs = jitterMs;
}

Counters SandboxServer::counters() const
{
    Counters counters = m_counters;
    counters.maxInFlight = m_http.maxInFlight();
    return counters;
}

void SandboxServer::reset()
{
    m_http.resetMaxInFlight();
    m_purges.clear();
    m_edgeRequests.clear();
    m_edgeCachedAt.clear();
    m_counters = {};
    m_buckets.clear();
    m_endpointCount.clear();
}

HttpAction SandboxServer::handle(const HttpRequest &request)
{
    static const QRegularExpression zonePath(u"^/client/v4/zones/([^/]+)(?:/(purge_cache|invalidate_cache))?/?$"_s);
    if (request.method == "GET") {
        // The edge: a GET for a host other than this loopback server's own address.
        QString host = QString::fromLatin1(request.header("host")).toLower();
        if (const qsizetype colon = host.lastIndexOf(u':'); colon > 0 && !host.endsWith(u']'))
            host.truncate(colon);
        if (!host.isEmpty() && !Cloudflare::isLoopbackHost(host) && host != u"[::1]"_s)
            return edge(request, host);
    }
    QString endpoint = u"other"_s;
    QString zoneId;
    const QString &path = request.path;
    if (path == u"/client/v4/user/tokens/verify"_s) {
        endpoint = u"verify"_s;
    } else if (path == u"/client/v4/zones"_s || path == u"/client/v4/zones/"_s) {
        endpoint = u"zones"_s;
    } else if (const auto match = zonePath.match(path); match.hasMatch()) {
        zoneId = match.captured(1);
        endpoint = match.captured(2).isEmpty() ? u"zone"_s : match.captured(2);
    }

    ++m_counters.requests;
    ++m_counters.perEndpoint[endpoint];

    HttpAction action;
    const int jitter = m_config.jitterMs > 0 ? int(m_random.bounded(m_config.jitterMs + 1)) : 0;
    action.delayMs = m_config.latencyMs + jitter;
    m_afterRouting.reset();
    if (injectFault(endpoint, &action))
        return action;

    action.response = route(request, endpoint, zoneId);
    if (m_afterRouting)
        applyAfterRouting(*m_afterRouting, &action);
    ++m_counters.perStatus[action.response.status];
    if (action.response.status == 429)
        ++m_counters.rateLimited;
    return action;
}

bool SandboxServer::injectFault(const QString &endpoint, HttpAction *action)
{
    const int nthOnEndpoint = ++m_endpointCount[endpoint];
    const int nthOverall = ++m_endpointCount[u"*"_s];
    for (const Fault &fault : std::as_const(m_config.faults)) {
        if (fault.endpoint != u"*"_s && fault.endpoint != endpoint)
            continue;
        const int nth = fault.endpoint == u"*"_s ? nthOverall : nthOnEndpoint;
        const bool byCount = fault.nth > 0 && nth >= fault.nth && nth < fault.nth + fault.count;
        const bool byShare = fault.share > 0 && m_random.generateDouble() < fault.share;
        if (!byCount && !byShare)
            continue;

        ++m_counters.faults;
        switch (fault.kind) {
        case FaultKind::HtmlError: {
            const int status = fault.status ? fault.status : 502;
            action->response = {status, "text/html; charset=UTF-8", {}, htmlErrorPage(status).toUtf8()};
            ++m_counters.perStatus[status];
            break;
        }
        case FaultKind::MalformedJson:
            action->response = {200, "application/json", {}, R"({"success":true,"errors":[],"result":{"id":)"};
            action->response.body += "\"abc\",, ]}";
            ++m_counters.perStatus[200];
            break;
        case FaultKind::TruncatedBody:
            action->kind = HttpAction::Kind::Truncate;
            action->response = ok(QJsonObject {{u"id"_s, u"truncated"_s}, {u"padding"_s, QString(200, u'x')}});
            break;
        case FaultKind::ConnectionReset:
            action->kind = HttpAction::Kind::Reset;
            break;
        case FaultKind::Stall:
            action->kind = HttpAction::Kind::Stall;
            action->stallMs = fault.stallMs;
            break;
        case FaultKind::RateLimited:
            action->response = rateLimited(qint64(fault.retryAfterSeconds) * 1000);
            ++m_counters.perStatus[429];
            ++m_counters.rateLimited;
            break;
        case FaultKind::EndlessHeaders:
            action->kind = HttpAction::Kind::EndlessHeaders;
            break;
        case FaultKind::EndlessBody:
            action->kind = HttpAction::Kind::EndlessBody;
            break;
        case FaultKind::Refused: {
            const int status = fault.status ? fault.status : 400;
            action->response = failure(status, {{fault.code, fault.message}});
            ++m_counters.perStatus[status];
            break;
        }
        case FaultKind::Drip:
        case FaultKind::AbsurdPagination:
            m_afterRouting = fault; // the real answer, changed once it is known
            return false;
        }
        return true;
    }
    return false;
}

void SandboxServer::applyAfterRouting(const Fault &fault, HttpAction *action)
{
    if (fault.kind == FaultKind::Drip) {
        action->kind = HttpAction::Kind::Drip;
        action->dripMs = fault.dripMs;
        return;
    }
    // AbsurdPagination: the zones are real, the page count is not.
    QJsonObject root = QJsonDocument::fromJson(action->response.body).object();
    if (!root.value(u"result_info"_s).isObject())
        return;
    QJsonObject info = root.value(u"result_info"_s).toObject();
    info.insert(u"total_pages"_s, fault.totalPages);
    info.insert(u"total_count"_s, fault.totalCount);
    root.insert(u"result_info"_s, info);
    action->response.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
}

HttpResponse SandboxServer::rateLimited(qint64 waitMs)
{
    const qint64 seconds = std::max<qint64>(1, (waitMs + 999) / 1000);
    HttpResponse response
        = failure(429, {{Code::RateLimited, u"Please wait and consider throttling your request speed"_s}});
    response.headers.append({"Retry-After", QByteArray::number(seconds)});
    return response;
}

HttpResponse SandboxServer::route(const HttpRequest &request, const QString &endpoint, const QString &zoneId)
{
    if (endpoint == u"other"_s)
        return failure(400, {{Code::NoRoute, u"No route for that URI"_s}});
    const QByteArray expected = (endpoint == u"purge_cache"_s || endpoint == u"invalidate_cache"_s) ? "POST" : "GET";
    if (request.method != expected)
        return failure(405,
            {{Code::MethodNotAllowed,
                u"Method %1 not allowed for this route"_s.arg(QString::fromLatin1(request.method))}});
    if (!zoneId.isEmpty() && !isHex32(zoneId)) {
        return failure(400,
            {{Code::CouldNotRoute,
                 u"Could not route to /zones/%1, perhaps your object identifier is invalid?"_s.arg(zoneId)},
                {Code::NoRoute, u"No route for that URI"_s}});
    }

    // Authentication.
    Principal principal;
    const QByteArray authorization = request.header("authorization");
    const QByteArray authKey = request.header("x-auth-key");
    const QByteArray authEmail = request.header("x-auth-email");
    if (!authorization.isEmpty()) {
        if (!authorization.startsWith("Bearer ") || authorization.size() <= 7 || authorization.mid(7).contains(' ')) {
            return failure(400,
                {{Code::InvalidHeaders, u"Invalid request headers"_s,
                    QJsonArray {QJsonObject {{u"code"_s, Code::BadAuthorizationFormat},
                        {u"message"_s, u"Invalid format for Authorization header"_s}}}}});
        }
        const QString value = QString::fromUtf8(authorization.mid(7));
        for (const Token &token : std::as_const(m_config.tokens)) {
            if (token.value == value)
                principal.token = &token;
        }
        if (!principal.token) {
            if (endpoint == u"verify"_s)
                return failure(401, {{Code::InvalidToken, u"Invalid API Token"_s}});
            return failure(403, {{Code::AuthenticationError, u"Authentication error"_s}});
        }
    } else if (!authKey.isEmpty() || !authEmail.isEmpty()) {
        if (authKey.isEmpty() || authEmail.isEmpty()) {
            return failure(400,
                {{Code::InvalidHeaders, u"Invalid request headers"_s,
                    QJsonArray {QJsonObject {{u"code"_s, Code::BadAuthKeyFormat},
                        {u"message"_s, u"Invalid format for X-Auth-Key header"_s}}}}});
        }
        for (const GlobalKey &key : std::as_const(m_config.globalKeys)) {
            if (key.key == QString::fromUtf8(authKey)
                && key.email.compare(QString::fromUtf8(authEmail), Qt::CaseInsensitive) == 0)
                principal.key = &key;
        }
        if (!principal.key)
            return failure(403, {{Code::UnknownKey, u"Unknown X-Auth-Key or X-Auth-Email"_s}});
        if (endpoint == u"verify"_s) {
            return failure(400,
                {{Code::InvalidHeaders, u"Invalid request headers"_s,
                    QJsonArray {QJsonObject {{u"code"_s, Code::BadAuthorizationFormat},
                        {u"message"_s, u"Invalid format for Authorization header"_s}}}}});
        }
    } else {
        return failure(400, {{Code::MissingAuth, u"Missing X-Auth-Key, X-Auth-Email or Authorization headers"_s}});
    }

    // The global request limit applies to every authenticated call.
    const GlobalLimits &global = m_config.global;
    const QString globalKey = u"global:"_s + principal.name();
    if (!m_buckets.contains(globalKey))
        m_buckets.insert(
            globalKey, TokenBucket(global.requests, double(global.requests) / global.windowSeconds, now()));
    TokenBucket &globalBucket = m_buckets[globalKey];
    if (!globalBucket.tryTake(1, now())) {
        // Exceeding the global limit blocks calls for a whole window.
        if (globalBucket.waitMs(1, now()) < qint64(global.windowSeconds) * 1000 / 2)
            globalBucket.pauseUntil(now() + qint64(global.windowSeconds) * 1000);
        return rateLimited(globalBucket.waitMs(1, now()));
    }

    if (endpoint == u"verify"_s)
        return verify(principal);

    if (principal.token) {
        const Token &token = *principal.token;
        const QDateTime current = QDateTime::currentDateTimeUtc();
        const bool expired = token.status == u"expired"_s || (token.expiresOn.isValid() && token.expiresOn < current);
        const bool notYet = token.notBefore.isValid() && token.notBefore > current;
        if (token.status != u"active"_s || expired || notYet)
            return failure(403, {{Code::Unauthorized, u"Invalid access token"_s}});
    }

    if (endpoint == u"zones"_s)
        return listZones(request, principal);
    if (endpoint == u"zone"_s)
        return getZone(zoneId, principal);
    return purge(request, zoneId, endpoint == u"purge_cache"_s ? u"purge"_s : u"invalidate"_s, principal);
}

HttpResponse SandboxServer::verify(const Principal &principal)
{
    const Token &token = *principal.token;
    const QDateTime current = QDateTime::currentDateTimeUtc();
    QString status = token.status;
    if (token.expiresOn.isValid() && token.expiresOn < current)
        status = u"expired"_s;
    QJsonObject result {{u"id"_s, token.id}, {u"status"_s, status}};
    if (token.expiresOn.isValid())
        result.insert(u"expires_on"_s, isoDate(token.expiresOn));
    if (token.notBefore.isValid())
        result.insert(u"not_before"_s, isoDate(token.notBefore));
    const QString message
        = status == u"active"_s ? u"This API Token is valid and active"_s : u"This API Token is %1"_s.arg(status);
    return ok(result, {},
        QJsonArray {QJsonObject {{u"code"_s, 10000}, {u"message"_s, message}, {u"type"_s, QJsonValue::Null}}});
}

const Zone *SandboxServer::findZone(const QString &id) const
{
    for (const Zone &zone : m_config.zones) {
        if (zone.id == id)
            return &zone;
    }
    return nullptr;
}

bool SandboxServer::canSee(const Principal &principal, const Zone &zone) const
{
    if (principal.key)
        return true;
    return principal.token->zoneIds.isEmpty() || principal.token->zoneIds.contains(zone.id);
}

QJsonObject SandboxServer::zoneJson(const Zone &zone) const
{
    QString accountName;
    for (const Account &account : m_config.accounts) {
        if (account.id == zone.accountId)
            accountName = account.name;
    }
    const QString created = u"2024-03-01T09:00:00Z"_s;
    return QJsonObject {
        {u"id"_s, zone.id},
        {u"name"_s, zone.name},
        {u"status"_s, zone.status},
        {u"paused"_s, zone.paused},
        {u"type"_s, u"full"_s},
        {u"development_mode"_s, 0},
        {u"name_servers"_s, QJsonArray {u"ada.ns.cloudflare.com"_s, u"bob.ns.cloudflare.com"_s}},
        {u"account"_s, QJsonObject {{u"id"_s, zone.accountId}, {u"name"_s, accountName}}},
        {u"plan"_s,
            QJsonObject {{u"id"_s, hexId(u"plan:"_s + planId(zone.plan))}, {u"name"_s, planName(zone.plan)},
                {u"price"_s, 0}, {u"currency"_s, u"USD"_s}, {u"is_subscribed"_s, true}, {u"can_subscribe"_s, false},
                {u"legacy_id"_s, planId(zone.plan)}, {u"legacy_discount"_s, false}, {u"externally_managed"_s, false}}},
        {u"created_on"_s, created},
        {u"modified_on"_s, created},
        {u"activated_on"_s, zone.status == u"active"_s ? QJsonValue(created) : QJsonValue(QJsonValue::Null)},
    };
}

HttpResponse SandboxServer::listZones(const HttpRequest &request, const Principal &principal)
{
    const QUrlQuery &query = request.query;
    const QString nameFilter = query.queryItemValue(u"name"_s, QUrl::FullyDecoded);
    const bool exactName = !nameFilter.isEmpty() && !nameFilter.contains(u':');

    if (principal.token && !principal.token->zoneRead)
        return failure(403, {{Code::Unauthorized, u"Unauthorized to access requested resource"_s}});
    if (principal.token && !principal.token->zoneIds.isEmpty() && !exactName) {
        return failure(403,
            {{Code::Unauthorized,
                u"Actor 'com.cloudflare.api.token.%1' requires permission "
                u"'com.cloudflare.api.account.zone.list' to list zones"_s.arg(principal.token->id)}});
    }

    int page = 1;
    int perPage = 20;
    if (query.hasQueryItem(u"page"_s)) {
        bool okNumber = false;
        page = query.queryItemValue(u"page"_s).toInt(&okNumber);
        if (!okNumber || page < 1)
            return failure(400, {{Code::PerPage, u"page must be a number greater than or equal to 1"_s}});
    }
    if (query.hasQueryItem(u"per_page"_s)) {
        bool okNumber = false;
        perPage = query.queryItemValue(u"per_page"_s).toInt(&okNumber);
        if (!okNumber || perPage < 5 || perPage > 50)
            return failure(400, {{Code::PerPage, u"per_page must be a number between 5 and 50"_s}});
    }

    const auto nameMatches = [&](const QString &name) {
        if (nameFilter.isEmpty())
            return true;
        if (nameFilter.startsWith(u"contains:"_s))
            return name.contains(nameFilter.mid(9), Qt::CaseInsensitive);
        if (nameFilter.startsWith(u"starts_with:"_s))
            return name.startsWith(nameFilter.mid(12), Qt::CaseInsensitive);
        if (nameFilter.startsWith(u"ends_with:"_s))
            return name.endsWith(nameFilter.mid(10), Qt::CaseInsensitive);
        return name.compare(nameFilter, Qt::CaseInsensitive) == 0;
    };
    const QString status = query.queryItemValue(u"status"_s);
    const QString accountId = query.queryItemValue(u"account.id"_s);

    QList<const Zone *> matches;
    for (const Zone &zone : m_config.zones) {
        if (canSee(principal, zone) && nameMatches(zone.name) && (status.isEmpty() || zone.status == status)
            && (accountId.isEmpty() || zone.accountId == accountId))
            matches.append(&zone);
    }
    const bool byStatus = query.queryItemValue(u"order"_s) == u"status"_s;
    const bool descending = query.queryItemValue(u"direction"_s) == u"desc"_s;
    std::stable_sort(matches.begin(), matches.end(), [&](const Zone *a, const Zone *b) {
        const QString &left = byStatus ? a->status : a->name;
        const QString &right = byStatus ? b->status : b->name;
        return descending ? right < left : left < right;
    });

    const int total = int(matches.size());
    const int totalPages = (total + perPage - 1) / perPage;
    QJsonArray result;
    for (int i = (page - 1) * perPage; i < std::min(total, page * perPage); ++i)
        result.append(zoneJson(*matches[i]));
    const QJsonObject info {{u"page"_s, page}, {u"per_page"_s, perPage}, {u"count"_s, result.size()},
        {u"total_count"_s, total}, {u"total_pages"_s, totalPages}};
    return ok(result, info);
}

HttpResponse SandboxServer::getZone(const QString &zoneId, const Principal &principal)
{
    const Zone *zone = findZone(zoneId);
    if (!zone || !canSee(principal, *zone) || (principal.token && !principal.token->zoneRead))
        return failure(403, {{Code::Unauthorized, u"Unauthorized to access requested resource"_s}});
    return ok(zoneJson(*zone));
}

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

// --- The edge -------------------------------------------------------------------------------

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
        for (const PurgeRecord &record : std::as_const(m_purges)) {
            if (record.zoneId == zone->id && record.atMs >= cachedAt && purgedBy(record, host, key, configured))
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
    QByteArray status = purge->mode == u"invalidate"_s ? "REVALIDATED" : "MISS";
    if (behaviour == EdgeBehaviour::Expired)
        status = "EXPIRED";
    addHeader("CF-Cache-Status", status);
    return action;
}

} // namespace PurgeDesk::Sandbox
