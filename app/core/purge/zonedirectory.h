#pragma once

#include "purge/zonerouting.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace PurgeDesk::Purge {

// The zones each saved account reached when they were last listed (IDs and names; never a secret),
// kept in the cache folder (zone-directory.json), so that an item in no zone of the account in use
// can say which other saved account holds its zone. Written whenever an account's zones are listed
// (the window, the command line); a cache: a write that loses a race is taught again by the next
// listing. The sandbox is never kept.
class ZoneDirectory final
{
public:
    explicit ZoneDirectory(QString path = defaultPath());
    static QString defaultPath();

    // `zones` is what the account named `profile` reaches now.
    void remember(const QString &profile, const QList<Cloudflare::Zone> &zones) const;
    // The zones of each account in `saved` but `current`, as last listed (accounts never listed, or
    // no longer saved, are left out).
    QList<OtherAccount> others(const QString &current, const QStringList &saved) const;

private:
    QString m_path;
};

} // namespace PurgeDesk::Purge
