#include "profile.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk {

QString Profile::authName() const
{
    switch (auth) {
    case Auth::Token:
        return u"token"_s;
    case Auth::GlobalKey:
        return u"global_key"_s;
    case Auth::Sandbox:
        return u"sandbox"_s;
    }
    return {};
}

QStringList Profile::accountNames() const
{
    QStringList names;
    for (const ZoneEntry &zone : zones) {
        const QString name = zone.accountName.isEmpty() ? zone.accountId : zone.accountName;
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

QString Profile::newId()
{
    QString id;
    for (int i = 0; i < 4; ++i)
        id += u"%1"_s.arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return id;
}

QString Profile::sandboxId()
{
    return u"sandbox"_s;
}

Profile Profile::sandbox()
{
    Profile profile;
    profile.id = sandboxId();
    profile.name = u"Sandbox"_s;
    profile.auth = Auth::Sandbox;
    return profile;
}

QJsonObject Profile::toJson() const
{
    // Field by field: nothing that is not listed here can reach the file (and no secret is listed).
    QJsonObject object {{u"id"_s, id}, {u"name"_s, name}, {u"auth"_s, authName()}};
    if (!email.isEmpty())
        object.insert(u"email"_s, email);
    if (!apiBase.isEmpty())
        object.insert(u"api_base"_s, apiBase);
    if (verifiedAt.isValid()) {
        QJsonArray zoneArray;
        for (const ZoneEntry &zone : zones) {
            zoneArray.append(QJsonObject {{u"id"_s, zone.id}, {u"name"_s, zone.name}, {u"account_id"_s, zone.accountId},
                {u"account_name"_s, zone.accountName}, {u"plan"_s, zone.plan}});
        }
        QJsonObject verification {{u"at"_s, verifiedAt.toUTC().toString(Qt::ISODate)},
            {u"can_list_zones"_s, canListZones}, {u"zones"_s, zoneArray}};
        if (!tokenStatus.isEmpty())
            verification.insert(u"token_status"_s, tokenStatus);
        if (tokenExpiresOn.isValid())
            verification.insert(u"token_expires_on"_s, tokenExpiresOn.toUTC().toString(Qt::ISODate));
        object.insert(u"verification"_s, verification);
    }
    if (!defaultZoneId.isEmpty())
        object.insert(u"default_zone"_s, QJsonObject {{u"id"_s, defaultZoneId}, {u"name"_s, defaultZoneName}});
    return object;
}

bool Profile::fromJson(const QJsonObject &object, Profile *profile, QString *error)
{
    Profile result;
    result.id = object.value(u"id"_s).toString();
    result.name = object.value(u"name"_s).toString().trimmed();
    static const QRegularExpression hexId(u"^[0-9a-f]{32}$"_s);
    if (!hexId.match(result.id).hasMatch()) {
        *error = u"a profile has no valid id"_s;
        return false;
    }
    if (result.name.isEmpty()) {
        *error = u"profile %1 has no name"_s.arg(result.id);
        return false;
    }
    const QString auth = object.value(u"auth"_s).toString();
    if (auth == u"token"_s)
        result.auth = Auth::Token;
    else if (auth == u"global_key"_s)
        result.auth = Auth::GlobalKey;
    else {
        *error = u"profile \"%1\" has an unknown kind of authentication \"%2\""_s.arg(result.name, auth);
        return false;
    }
    result.email = object.value(u"email"_s).toString();
    if (result.auth == Auth::GlobalKey && result.email.isEmpty()) {
        *error = u"profile \"%1\" uses a global key but has no email"_s.arg(result.name);
        return false;
    }
    result.apiBase = object.value(u"api_base"_s).toString();
    const QJsonObject verification = object.value(u"verification"_s).toObject();
    result.verifiedAt = QDateTime::fromString(verification.value(u"at"_s).toString(), Qt::ISODate);
    result.canListZones = verification.value(u"can_list_zones"_s).toBool();
    result.tokenStatus = verification.value(u"token_status"_s).toString();
    result.tokenExpiresOn = QDateTime::fromString(verification.value(u"token_expires_on"_s).toString(), Qt::ISODate);
    for (const auto &value : verification.value(u"zones"_s).toArray()) {
        const QJsonObject zone = value.toObject();
        result.zones.append(
            {zone.value(u"id"_s).toString(), zone.value(u"name"_s).toString(), zone.value(u"account_id"_s).toString(),
                zone.value(u"account_name"_s).toString(), zone.value(u"plan"_s).toString()});
    }
    const QJsonObject defaultZone = object.value(u"default_zone"_s).toObject();
    result.defaultZoneId = defaultZone.value(u"id"_s).toString();
    result.defaultZoneName = defaultZone.value(u"name"_s).toString();
    *profile = result;
    return true;
}

} // namespace PurgeDesk
