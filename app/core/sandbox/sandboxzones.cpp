// The sandbox's zone endpoints: listing zones (filters, order, pages) and reading one zone.
#include "sandboxapi.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Sandbox {

namespace {

QString planName(Plan plan)
{
    return planDisplayName(plan) + u" Website"_s;
}

} // namespace

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
    // route() sets the token when there is no key (checked here too: clang-analyzer cannot tell).
    const Token *token = principal.token;
    return token && (token->zoneIds.isEmpty() || token->zoneIds.contains(zone.id));
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

} // namespace PurgeDesk::Sandbox
