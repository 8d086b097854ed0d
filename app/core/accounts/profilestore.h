#pragma once

#include "accounts/profile.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace PurgeDesk {

// The saved profiles: profiles.json in the configuration folder, written atomically (QSaveFile),
// with a schema version. An account that cannot be read hides none of the others: it is reported
// and kept in the file as it is (saves write it back). A file that cannot be read as a whole is
// moved aside with a message, never silently replaced. Holds no secret.
class ProfileStore final
{
public:
    static constexpr int SchemaVersion = 1;

    explicit ProfileStore(const QString &path = defaultPath());
    static QString defaultPath();

    // Reads the file. A missing file is an empty store. `message` says what happened to a damaged
    // file (moved aside) or why the store is read-only (written by a newer PurgeDesk).
    bool load(QString *message);
    bool save(QString *error) const;

    const QList<Profile> &profiles() const { return m_profiles; }
    // By id, or by name (case-insensitive).
    const Profile *find(const QString &nameOrId) const;
    bool add(const Profile &profile, QString *error);
    bool update(const Profile &profile);
    bool remove(const QString &id);
    QString path() const { return m_path; }

private:
    QString m_path;
    QList<Profile> m_profiles;
    QJsonArray m_unreadable; // entries of the file that are not accounts, kept as they are
    bool m_readOnly = false;
};

} // namespace PurgeDesk
