#include "sandboxserver.h"

#include "cloudflare/apibase.h"
#include "sandboxapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Sandbox {

namespace {

QString isoDate(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

bool isHex32(const QString &id)
{
    static const QRegularExpression pattern(u"^[0-9a-f]{32}$"_s);
    return pattern.match(id).hasMatch();
}

QString htmlErrorPage(int status)
{
    return u"<!DOCTYPE html>\n<html><head><title>%1 %2 | sandbox.cloudflare.invalid</title></head>"
           u"<body><h1>Error %1</h1><p>%2</p><p>The origin web server is not reachable.</p></body></html>\n"_s
               .arg(status)
               .arg(QString::fromLatin1(HttpServer::reasonPhrase(status)));
}

} // namespace

QString SandboxServer::Principal::name() const
{
    return token ? u"token:"_s + token->id : u"key:"_s + key->email;
}

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
    m_edgeCachedAfter.clear();
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

} // namespace PurgeDesk::Sandbox
