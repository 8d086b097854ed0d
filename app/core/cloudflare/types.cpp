#include "types.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Cloudflare {

std::optional<Zone> zoneFromJson(const QJsonObject &object)
{
    Zone zone;
    zone.id = object.value(u"id"_s).toString();
    zone.name = object.value(u"name"_s).toString();
    if (zone.id.isEmpty() || zone.name.isEmpty())
        return std::nullopt;
    zone.status = object.value(u"status"_s).toString();
    zone.paused = object.value(u"paused"_s).toBool();
    zone.type = object.value(u"type"_s).toString();
    const QJsonObject plan = object.value(u"plan"_s).toObject();
    zone.planLegacyId = plan.value(u"legacy_id"_s).toString();
    zone.planName = plan.value(u"name"_s).toString();
    const QJsonObject account = object.value(u"account"_s).toObject();
    zone.accountId = account.value(u"id"_s).toString();
    zone.accountName = account.value(u"name"_s).toString();
    return zone;
}

std::optional<TokenStatus> tokenStatusFromJson(const QJsonObject &object)
{
    TokenStatus status;
    status.id = object.value(u"id"_s).toString();
    status.status = object.value(u"status"_s).toString();
    if (status.status.isEmpty())
        return std::nullopt;
    status.expiresOn = QDateTime::fromString(object.value(u"expires_on"_s).toString(), Qt::ISODate);
    status.notBefore = QDateTime::fromString(object.value(u"not_before"_s).toString(), Qt::ISODate);
    return status;
}

QString selectorKey(PurgeAction action)
{
    switch (action) {
    case PurgeAction::Everything:
        return u"purge_everything"_s;
    case PurgeAction::Files:
        return u"files"_s;
    case PurgeAction::Hosts:
        return u"hosts"_s;
    case PurgeAction::Tags:
        return u"tags"_s;
    case PurgeAction::Prefixes:
        return u"prefixes"_s;
    }
    return {};
}

QByteArray purgeBody(const PurgeRequest &request)
{
    // QJsonDocument writes strings as UTF-8 and escapes only quotes, backslashes and control
    // characters: '&', '<', '>' and '/' reach Cloudflare unchanged (tests/core/tst_cloudflare.cpp).
    return QJsonDocument(purgeBodyObject(request)).toJson(QJsonDocument::Compact);
}

QJsonObject purgeBodyObject(const PurgeRequest &request)
{
    QJsonObject root;
    if (request.action == PurgeAction::Everything) {
        root.insert(u"purge_everything"_s, true);
    } else if (request.action == PurgeAction::Files) {
        QJsonArray files;
        for (const PurgeFile &file : request.files) {
            if (file.headers.isEmpty()) {
                files.append(file.url);
                continue;
            }
            QJsonObject headers;
            for (const auto &[name, value] : file.headers)
                headers.insert(name, value);
            files.append(QJsonObject {{u"url"_s, file.url}, {u"headers"_s, headers}});
        }
        root.insert(u"files"_s, files);
    } else {
        root.insert(selectorKey(request.action), QJsonArray::fromStringList(request.items));
    }
    return root;
}

QString purgePath(const QString &zoneId, PurgeMode mode)
{
    return u"/zones/"_s + zoneId + (mode == PurgeMode::Purge ? u"/purge_cache"_s : u"/invalidate_cache"_s);
}

} // namespace PurgeDesk::Cloudflare
