#pragma once

#include "purge/planlimits.h"
#include "purge/purgeenums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace PurgeDesk::Cloudflare {

// How PurgeDesk authenticates. Secrets are held only in memory here and never logged.
struct Credentials
{
    enum class Kind { None, Token, GlobalKey };
    Kind kind = Kind::None;
    QString token;
    QString email;
    QString key;

    static Credentials fromToken(const QString &token) { return {Kind::Token, token, {}, {}}; }
    static Credentials fromGlobalKey(const QString &email, const QString &key)
    {
        return {Kind::GlobalKey, {}, email, key};
    }
    bool isSet() const { return kind != Kind::None; }
};

struct Zone
{
    QString id;
    QString name;
    QString status; // initializing, pending, active, moved
    bool paused = false;
    QString type;
    QString planLegacyId;
    QString planName;
    QString accountId;
    QString accountName;

    PlanMatch plan() const { return planFromZone(planLegacyId, planName); }
};

// Reads a zone object; tolerates every field missing but id and name.
std::optional<Zone> zoneFromJson(const QJsonObject &object);

struct ZoneQuery
{
    QString name; // exact, or with contains:/starts_with:/ends_with:
    QString status;
    QString accountId;
    int perPage = 50; // 5..50
};

struct TokenStatus
{
    QString id;
    QString status; // active, disabled, expired
    QDateTime expiresOn;
    QDateTime notBefore;
};

std::optional<TokenStatus> tokenStatusFromJson(const QJsonObject &object);

using Purge::PurgeAction;
using Purge::PurgeMode;

// One URL with optional cache-key headers (CF-Device-Type, CF-IPCountry, Accept-Language, Origin, ...).
struct PurgeFile
{
    QString url;
    QList<QPair<QString, QString>> headers;
};

// The body of one purge or invalidate request: one selector.
struct PurgeRequest
{
    PurgeAction action = PurgeAction::Files;
    QList<PurgeFile> files; // for Files
    QStringList items; // for Hosts, Tags, Prefixes
};

// The JSON body, with every URL, host, tag and prefix byte for byte as given.
QByteArray purgeBody(const PurgeRequest &request);
// The same body as a JSON object (purgeBody() is its compact text).
QJsonObject purgeBodyObject(const PurgeRequest &request);
// "/zones/<id>/purge_cache" or "/zones/<id>/invalidate_cache".
QString purgePath(const QString &zoneId, PurgeMode mode);

// The body's key: "purge_everything", "files", "hosts", "tags", "prefixes". (Elsewhere an action is
// named with Purge::toName(): "everything", "files", ...)
QString selectorKey(PurgeAction action);

} // namespace PurgeDesk::Cloudflare
