#pragma once

#include "cloudflare/types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace PurgeDesk {

// A saved way to reach Cloudflare: a name, how it authenticates, and what it could reach when it
// was last verified. Never the secret itself: that lives only in the keychain, under
// CredentialStore::profileKey(id).
struct Profile
{
    enum class Auth { Token, GlobalKey, Sandbox };

    struct ZoneEntry
    {
        QString id;
        QString name;
        QString accountId;
        QString accountName;
        QString plan; // planId(), "" when unknown
    };

    QString id; // stable, 32 hex; the keychain key is derived from it
    QString name; // unique, compared case-insensitively
    Auth auth = Auth::Token;
    QString email; // global key only
    QString apiBase; // empty: Cloudflare's (or the environment's)

    // Last verification.
    QDateTime verifiedAt;
    QString tokenStatus; // active, expired, disabled (tokens only)
    QDateTime tokenExpiresOn;
    bool canListZones = false;
    QList<ZoneEntry> zones;
    QString defaultZoneId;
    QString defaultZoneName;

    bool needsSecret() const { return auth != Auth::Sandbox; }
    QString authName() const; // "token", "global_key", "sandbox"
    QStringList accountNames() const;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &object, Profile *profile, QString *error);
    static QString newId();
    // The built-in profile for the local sandbox: no secret, not Cloudflare.
    static Profile sandbox();
    // Its id, which is also its name in the history and in presets.
    static QString sandboxId();
};

} // namespace PurgeDesk
