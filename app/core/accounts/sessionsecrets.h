#pragma once

#include <QHash>
#include <QString>

namespace PurgeDesk {

// Secrets the user chose to keep for this session only, because the system keychain could not
// take them. Held in memory, never written anywhere, gone when PurgeDesk exits.
class SessionSecrets final
{
public:
    static SessionSecrets &instance();

    void set(const QString &profileId, const QString &secret) { m_secrets.insert(profileId, secret); }
    QString get(const QString &profileId) const { return m_secrets.value(profileId); }
    bool contains(const QString &profileId) const { return m_secrets.contains(profileId); }
    void remove(const QString &profileId) { m_secrets.remove(profileId); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace PurgeDesk
