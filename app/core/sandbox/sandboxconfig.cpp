#include "sandboxconfig.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Sandbox {

PlanLimits Config::limitsFor(Plan plan) const
{
    const auto it = limits.find(plan);
    return it != limits.end() ? it->second : PurgeDesk::limitsFor(plan);
}

QString hexId(const QString &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Md5).toHex());
}

QString demoToken()
{
    return u"sandbox-demo-token"_s;
}

QString purgeOnlyToken()
{
    return u"sandbox-purge-only-token"_s;
}

Config demoConfig()
{
    Config config;
    const QString account = hexId(u"account:demo"_s);
    config.accounts.append({account, u"Demo Account"_s});

    const auto zone = [&](const QString &name, Plan plan, const QString &status = u"active"_s) {
        Zone z;
        z.id = hexId(u"zone:"_s + name);
        z.name = name;
        z.accountId = account;
        z.plan = plan;
        z.status = status;
        config.zones.append(z);
    };
    zone(u"example.com"_s, Plan::Free);
    zone(u"example.net"_s, Plan::Pro);
    zone(u"example.org"_s, Plan::Business);
    zone(u"shop.example"_s, Plan::Enterprise);
    zone(u"staging.example"_s, Plan::Free, u"pending"_s);

    Token full;
    full.value = demoToken();
    full.id = hexId(u"token:demo"_s);
    config.tokens.append(full);

    Token purgeOnly;
    purgeOnly.value = purgeOnlyToken();
    purgeOnly.id = hexId(u"token:purge-only"_s);
    purgeOnly.zoneRead = false;
    purgeOnly.zoneIds = {hexId(u"zone:example.com"_s)};
    config.tokens.append(purgeOnly);

    Token readOnly; // can list zones, cannot purge: "missing permission"
    readOnly.value = u"sandbox-read-only-token"_s;
    readOnly.id = hexId(u"token:read-only"_s);
    readOnly.cachePurge = false;
    config.tokens.append(readOnly);

    Token expired;
    expired.value = u"sandbox-expired-token"_s;
    expired.id = hexId(u"token:expired"_s);
    expired.status = u"expired"_s;
    expired.expiresOn = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    config.tokens.append(expired);

    Token disabled;
    disabled.value = u"sandbox-disabled-token"_s;
    disabled.id = hexId(u"token:disabled"_s);
    disabled.status = u"disabled"_s;
    config.tokens.append(disabled);

    config.globalKeys.append({u"demo@example.com"_s, u"sandbox-demo-global-key"_s});
    return config;
}

void generateZones(Config &config, int count, Plan plan)
{
    const QString account = config.accounts.isEmpty() ? hexId(u"account:demo"_s) : config.accounts.first().id;
    config.zones.clear();
    config.zones.reserve(count);
    for (int i = 1; i <= count; ++i) {
        Zone z;
        z.name = u"zone-%1.example"_s.arg(i, 5, 10, QLatin1Char('0'));
        z.id = hexId(u"zone:"_s + z.name);
        z.accountId = account;
        z.plan = plan;
        config.zones.append(z);
    }
}

namespace {

class ScenarioReader
{
public:
    explicit ScenarioReader(Config &config)
        : m_config(config)
    { }

    bool read(const QJsonObject &root)
    {
        static const QSet<QString> known = {u"accounts"_s, u"zones"_s, u"generate_zones"_s, u"tokens"_s,
            u"global_keys"_s, u"latency_ms"_s, u"jitter_ms"_s, u"limits"_s, u"faults"_s, u"seed"_s, u"edge"_s};
        if (!onlyKeys(root, known, u"the scenario"_s))
            return false;
        if (root.contains(u"accounts"_s) && !readAccounts(root.value(u"accounts"_s)))
            return false;
        if (root.contains(u"zones"_s) && !readZones(root.value(u"zones"_s)))
            return false;
        if (root.contains(u"generate_zones"_s) && !readGenerate(root.value(u"generate_zones"_s)))
            return false;
        if (root.contains(u"tokens"_s) && !readTokens(root.value(u"tokens"_s)))
            return false;
        if (root.contains(u"global_keys"_s) && !readKeys(root.value(u"global_keys"_s)))
            return false;
        if (!readInt(root, u"latency_ms"_s, 0, 600000, &m_config.latencyMs)
            || !readInt(root, u"jitter_ms"_s, 0, 600000, &m_config.jitterMs))
            return false;
        int seed = int(m_config.seed);
        if (!readInt(root, u"seed"_s, 0, std::numeric_limits<int>::max(), &seed))
            return false;
        m_config.seed = quint32(seed);
        if (root.contains(u"limits"_s) && !readLimits(root.value(u"limits"_s)))
            return false;
        if (root.contains(u"faults"_s) && !readFaults(root.value(u"faults"_s)))
            return false;
        if (root.contains(u"edge"_s) && !readEdge(root.value(u"edge"_s)))
            return false;
        return true;
    }

    QString error;

private:
    bool fail(const QString &message)
    {
        error = message;
        return false;
    }

    bool onlyKeys(const QJsonObject &object, const QSet<QString> &known, const QString &where)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                return fail(u"unknown key \"%1\" in %2"_s.arg(it.key(), where));
        }
        return true;
    }

    bool readInt(const QJsonObject &object, const QString &key, int min, int max, int *out)
    {
        if (!object.contains(key))
            return true;
        const QJsonValue value = object.value(key);
        const double number = value.toDouble(-1e300);
        // Range first: converting a number out of range to an integer would be undefined behaviour.
        if (!value.isDouble() || number < min || number > max || number != std::floor(number))
            return fail(u"\"%1\" must be a whole number from %2 to %3"_s.arg(key).arg(min).arg(max));
        *out = int(number);
        return true;
    }

    bool readDouble(const QJsonObject &object, const QString &key, double min, double max, double *out)
    {
        if (!object.contains(key))
            return true;
        const QJsonValue value = object.value(key);
        if (!value.isDouble() || value.toDouble() < min || value.toDouble() > max)
            return fail(u"\"%1\" must be a number from %2 to %3"_s.arg(key).arg(min).arg(max));
        *out = value.toDouble();
        return true;
    }

    bool readString(const QJsonObject &object, const QString &key, QString *out, bool required = false)
    {
        if (!object.contains(key))
            return required ? fail(u"\"%1\" is required"_s.arg(key)) : true;
        if (!object.value(key).isString())
            return fail(u"\"%1\" must be a string"_s.arg(key));
        *out = object.value(key).toString();
        return true;
    }

    bool readBool(const QJsonObject &object, const QString &key, bool *out)
    {
        if (!object.contains(key))
            return true;
        if (!object.value(key).isBool())
            return fail(u"\"%1\" must be true or false"_s.arg(key));
        *out = object.value(key).toBool();
        return true;
    }

    bool readPlan(const QJsonObject &object, Plan *plan)
    {
        QString id;
        if (!readString(object, u"plan"_s, &id))
            return false;
        if (!id.isEmpty() && !planFromId(id, plan))
            return fail(u"unknown plan \"%1\" (free, pro, business or enterprise)"_s.arg(id));
        return true;
    }

    bool readAccounts(const QJsonValue &value)
    {
        if (!value.isArray())
            return fail(u"\"accounts\" must be a list"_s);
        m_config.accounts.clear();
        for (const auto &item : value.toArray()) {
            const QJsonObject object = item.toObject();
            if (!onlyKeys(object, {u"id"_s, u"name"_s}, u"an account"_s))
                return false;
            Account account;
            if (!readString(object, u"name"_s, &account.name, true) || !readString(object, u"id"_s, &account.id))
                return false;
            if (account.id.isEmpty())
                account.id = hexId(u"account:"_s + account.name);
            m_config.accounts.append(account);
        }
        if (m_config.accounts.isEmpty())
            return fail(u"\"accounts\" must not be empty"_s);
        return true;
    }

    bool readZones(const QJsonValue &value)
    {
        if (!value.isArray())
            return fail(u"\"zones\" must be a list"_s);
        m_config.zones.clear();
        for (const auto &item : value.toArray()) {
            const QJsonObject object = item.toObject();
            if (!onlyKeys(object, {u"id"_s, u"name"_s, u"account"_s, u"plan"_s, u"status"_s, u"paused"_s}, u"a zone"_s))
                return false;
            Zone zone;
            zone.accountId = m_config.accounts.isEmpty() ? QString() : m_config.accounts.first().id;
            if (!readString(object, u"name"_s, &zone.name, true) || !readString(object, u"id"_s, &zone.id)
                || !readString(object, u"account"_s, &zone.accountId) || !readPlan(object, &zone.plan)
                || !readString(object, u"status"_s, &zone.status) || !readBool(object, u"paused"_s, &zone.paused))
                return false;
            if (zone.id.isEmpty())
                zone.id = hexId(u"zone:"_s + zone.name);
            static const QRegularExpression hex32(u"^[0-9a-f]{32}$"_s);
            if (!hex32.match(zone.id).hasMatch())
                return fail(u"zone id \"%1\" must be 32 lower-case hex digits"_s.arg(zone.id));
            m_config.zones.append(zone);
        }
        return true;
    }

    bool readGenerate(const QJsonValue &value)
    {
        const QJsonObject object = value.toObject();
        if (!value.isObject() || !onlyKeys(object, {u"count"_s, u"plan"_s}, u"\"generate_zones\""_s))
            return fail(error.isEmpty() ? u"\"generate_zones\" must be an object"_s : error);
        int count = 0;
        Plan plan = Plan::Free;
        if (!readInt(object, u"count"_s, 0, 1000000, &count) || !readPlan(object, &plan))
            return false;
        generateZones(m_config, count, plan);
        return true;
    }

    bool readDate(const QJsonObject &object, const QString &key, QDateTime *out)
    {
        QString text;
        if (!readString(object, key, &text))
            return false;
        if (text.isEmpty())
            return true;
        *out = QDateTime::fromString(text, Qt::ISODate);
        if (!out->isValid())
            return fail(u"\"%1\" must be an ISO 8601 date and time"_s.arg(key));
        return true;
    }

    bool readTokens(const QJsonValue &value)
    {
        if (!value.isArray())
            return fail(u"\"tokens\" must be a list"_s);
        m_config.tokens.clear();
        for (const auto &item : value.toArray()) {
            const QJsonObject object = item.toObject();
            if (!onlyKeys(object,
                    {u"value"_s, u"id"_s, u"zone_read"_s, u"cache_purge"_s, u"zones"_s, u"status"_s, u"expires_on"_s,
                        u"not_before"_s},
                    u"a token"_s))
                return false;
            Token token;
            if (!readString(object, u"value"_s, &token.value, true) || !readString(object, u"id"_s, &token.id)
                || !readBool(object, u"zone_read"_s, &token.zoneRead)
                || !readBool(object, u"cache_purge"_s, &token.cachePurge)
                || !readString(object, u"status"_s, &token.status)
                || !readDate(object, u"expires_on"_s, &token.expiresOn)
                || !readDate(object, u"not_before"_s, &token.notBefore))
                return false;
            if (token.id.isEmpty())
                token.id = hexId(u"token:"_s + token.value);
            for (const auto &zone : object.value(u"zones"_s).toArray()) {
                // A zone may be named or given by id.
                QString id = zone.toString();
                for (const Zone &known : std::as_const(m_config.zones)) {
                    if (known.name == id)
                        id = known.id;
                }
                token.zoneIds.append(id);
            }
            m_config.tokens.append(token);
        }
        return true;
    }

    bool readKeys(const QJsonValue &value)
    {
        if (!value.isArray())
            return fail(u"\"global_keys\" must be a list"_s);
        m_config.globalKeys.clear();
        for (const auto &item : value.toArray()) {
            const QJsonObject object = item.toObject();
            GlobalKey key;
            if (!onlyKeys(object, {u"email"_s, u"key"_s}, u"a global key"_s)
                || !readString(object, u"email"_s, &key.email, true) || !readString(object, u"key"_s, &key.key, true))
                return false;
            m_config.globalKeys.append(key);
        }
        return true;
    }

    bool readLimits(const QJsonValue &value)
    {
        if (!value.isObject())
            return fail(u"\"limits\" must be an object"_s);
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonObject entry = it.value().toObject();
            if (it.key() == u"global"_s) {
                if (!onlyKeys(entry, {u"requests"_s, u"window_seconds"_s}, u"\"limits.global\""_s)
                    || !readInt(entry, u"requests"_s, 1, 1000000, &m_config.global.requests)
                    || !readInt(entry, u"window_seconds"_s, 1, 86400, &m_config.global.windowSeconds))
                    return false;
                continue;
            }
            Plan plan;
            if (!planFromId(it.key(), &plan))
                return fail(u"unknown plan \"%1\" in \"limits\""_s.arg(it.key()));
            PlanLimits limits = m_config.limitsFor(plan);
            if (!onlyKeys(entry,
                    {u"files_per_request"_s, u"items_per_request"_s, u"flex_refill_per_second"_s, u"flex_bucket_size"_s,
                        u"urls_per_second"_s},
                    u"\"limits.%1\""_s.arg(it.key()))
                || !readInt(entry, u"files_per_request"_s, 1, 100000, &limits.filesPerRequest)
                || !readInt(entry, u"items_per_request"_s, 1, 100000, &limits.itemsPerRequest)
                || !readDouble(entry, u"flex_refill_per_second"_s, 0.0001, 100000, &limits.flexRefillPerSecond)
                || !readInt(entry, u"flex_bucket_size"_s, 1, 1000000, &limits.flexBucketSize)
                || !readInt(entry, u"urls_per_second"_s, 1, 1000000, &limits.urlsPerSecond))
                return false;
            m_config.limits[plan] = limits;
        }
        return true;
    }

    bool readFaults(const QJsonValue &value)
    {
        if (!value.isArray())
            return fail(u"\"faults\" must be a list"_s);
        static const QHash<QString, FaultKind> kinds = {
            {u"html"_s, FaultKind::HtmlError},
            {u"malformed_json"_s, FaultKind::MalformedJson},
            {u"truncated_body"_s, FaultKind::TruncatedBody},
            {u"connection_reset"_s, FaultKind::ConnectionReset},
            {u"stall"_s, FaultKind::Stall},
            {u"rate_limited"_s, FaultKind::RateLimited},
            {u"endless_headers"_s, FaultKind::EndlessHeaders},
            {u"endless_body"_s, FaultKind::EndlessBody},
            {u"drip"_s, FaultKind::Drip},
            {u"absurd_pagination"_s, FaultKind::AbsurdPagination},
            {u"refused"_s, FaultKind::Refused},
        };
        static const QSet<QString> endpoints
            = {u"*"_s, u"verify"_s, u"zones"_s, u"zone"_s, u"purge_cache"_s, u"invalidate_cache"_s};
        m_config.faults.clear();
        for (const auto &item : value.toArray()) {
            const QJsonObject object = item.toObject();
            if (!onlyKeys(object,
                    {u"endpoint"_s, u"kind"_s, u"nth"_s, u"count"_s, u"share"_s, u"status"_s, u"retry_after"_s,
                        u"stall_ms"_s, u"drip_ms"_s, u"total_pages"_s, u"total_count"_s, u"code"_s, u"message"_s},
                    u"a fault"_s))
                return false;
            Fault fault;
            QString kind;
            if (!readString(object, u"endpoint"_s, &fault.endpoint) || !readString(object, u"kind"_s, &kind, true)
                || !readInt(object, u"nth"_s, 0, 100000000, &fault.nth)
                || !readInt(object, u"count"_s, 1, 100000000, &fault.count)
                || !readDouble(object, u"share"_s, 0, 1, &fault.share)
                || !readInt(object, u"status"_s, 100, 599, &fault.status)
                || !readInt(object, u"retry_after"_s, 0, std::numeric_limits<int>::max(), &fault.retryAfterSeconds)
                || !readInt(object, u"stall_ms"_s, 0, 3600000, &fault.stallMs)
                || !readInt(object, u"drip_ms"_s, 1, 60000, &fault.dripMs)
                || !readInt(object, u"total_pages"_s, 0, std::numeric_limits<int>::max(), &fault.totalPages)
                || !readInt(object, u"total_count"_s, 0, std::numeric_limits<int>::max(), &fault.totalCount)
                || !readInt(object, u"code"_s, 0, std::numeric_limits<int>::max(), &fault.code)
                || !readString(object, u"message"_s, &fault.message))
                return false;
            if (!kinds.contains(kind))
                return fail(u"unknown fault kind \"%1\" (html, malformed_json, truncated_body, connection_reset, "
                            u"stall, rate_limited, endless_headers, endless_body, drip, absurd_pagination or "
                            u"refused)"_s.arg(kind));
            if (!endpoints.contains(fault.endpoint))
                return fail(u"unknown endpoint \"%1\" in a fault"_s.arg(fault.endpoint));
            if (fault.nth == 0 && fault.share == 0)
                return fail(u"a fault needs \"nth\" or \"share\""_s);
            fault.kind = kinds.value(kind);
            m_config.faults.append(fault);
        }
        return true;
    }

    bool readEdge(const QJsonValue &value)
    {
        if (!value.isArray())
            return fail(u"\"edge\" must be a list"_s);
        static const QHash<QString, EdgeBehaviour> behaviours = {
            {u"cached"_s, EdgeBehaviour::Cached},
            {u"variant"_s, EdgeBehaviour::Variant},
            {u"dynamic"_s, EdgeBehaviour::Dynamic},
            {u"bypass"_s, EdgeBehaviour::Bypass},
            {u"redirect"_s, EdgeBehaviour::Redirect},
            {u"no_ray"_s, EdgeBehaviour::NoRay},
            {u"expired"_s, EdgeBehaviour::Expired},
            {u"reset"_s, EdgeBehaviour::Reset},
            {u"stall"_s, EdgeBehaviour::Stall},
        };
        m_config.edgeUrls.clear();
        for (const auto &item : value.toArray()) {
            const QJsonObject object = item.toObject();
            if (!onlyKeys(object, {u"url"_s, u"behaviour"_s, u"location"_s, u"tags"_s}, u"an edge URL"_s))
                return false;
            EdgeUrl edge;
            QString behaviour = u"cached"_s;
            if (!readString(object, u"url"_s, &edge.url, true) || !readString(object, u"behaviour"_s, &behaviour)
                || !readString(object, u"location"_s, &edge.location))
                return false;
            const QUrl url(edge.url);
            if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
                return fail(u"edge URL \"%1\" must be an absolute http(s) URL"_s.arg(edge.url));
            if (!behaviours.contains(behaviour))
                return fail(u"unknown edge behaviour \"%1\" (cached, variant, dynamic, bypass, redirect, no_ray, "
                            u"expired, reset or stall)"_s.arg(behaviour));
            edge.behaviour = behaviours.value(behaviour);
            if (edge.behaviour == EdgeBehaviour::Redirect && edge.location.isEmpty())
                return fail(u"edge URL \"%1\" redirects: give its \"location\""_s.arg(edge.url));
            if (object.contains(u"tags"_s)) {
                if (!object.value(u"tags"_s).isArray())
                    return fail(u"\"tags\" must be a list of strings"_s);
                for (const auto &tag : object.value(u"tags"_s).toArray()) {
                    if (!tag.isString())
                        return fail(u"\"tags\" must be a list of strings"_s);
                    edge.tags.append(tag.toString());
                }
            }
            m_config.edgeUrls.append(edge);
        }
        return true;
    }

    Config &m_config;
};

} // namespace

bool loadScenario(const QByteArray &json, Config &config, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? u"not valid JSON: %1 at byte %2"_s.arg(parseError.errorString()).arg(parseError.offset)
            : u"the scenario must be a JSON object"_s;
        return false;
    }
    Config result = config;
    ScenarioReader reader(result);
    if (!reader.read(document.object())) {
        *error = reader.error;
        return false;
    }
    config = result;
    return true;
}

} // namespace PurgeDesk::Sandbox
