#pragma once

#include "cloudflare/types.h"
#include "purge/validation.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace PurgeDesk::Purge {

// The zones an account reaches, to find the zone a URL, host or prefix belongs to: the longest
// zone name that is a suffix of its host on a label boundary (a.b.example.com goes to
// b.example.com when that is a zone, else to example.com). Hosts are compared case-insensitively,
// internationalised names in their ASCII (xn--) form, whichever form either side was written in.
class ZoneIndex final
{
public:
    ZoneIndex() = default;
    explicit ZoneIndex(const QList<Cloudflare::Zone> &zones);

    bool isEmpty() const { return m_zones.isEmpty(); }
    const QList<Cloudflare::Zone> &zones() const { return m_zones; }
    // The zone `host` belongs to, or nullptr when it is in none of them.
    const Cloudflare::Zone *zoneFor(const QString &host) const;
    const Cloudflare::Zone *zoneById(const QString &id) const;

    // A host in its ASCII, lower-case form ("Bücher.Example" -> "xn--bcher-kva.example").
    static QString asciiHost(const QString &host);

private:
    QList<Cloudflare::Zone> m_zones;
    QHash<QString, qsizetype> m_byName; // ASCII name -> index
};

// The host a normalised item of `action` is about: a URL's host, a hostname, a prefix's host;
// empty for tags and everything (they have none).
QString itemHost(PurgeAction action, const QString &item);

// A saved account other than the one in use, with the zones it reached when last listed
// (ZoneDirectory).
struct OtherAccount
{
    QString profile; // its name
    std::shared_ptr<const ZoneIndex> zones;
};

// A validated list split by the zone each item belongs to.
struct Routing
{
    struct Group
    {
        Cloudflare::Zone zone;
        QList<Item> items; // in list order
    };
    QList<Group> groups; // in the order their first item appears
    // Lines whose item is in no zone of the account; they are errors in the validation too.
    QList<int> unroutedLines;
    // Of those, the items in zones of other saved accounts: which account, its zones met, how many lines.
    struct Elsewhere
    {
        QString profile;
        QStringList zones;
        int lines = 0;
    };
    QList<Elsewhere> elsewhere; // in the order their first line appears

    int zoneCount() const { return int(groups.size()); }
};

// Routes the items of `validation` (URLs, hosts, prefixes) to their zones. An item whose host is in
// no zone of `zones` becomes an error on its line ("example.org is not in any zone of this
// account", or, when `chosen` names the zones the user chose, "... is not in example.com"; when it
// is in a zone of one of `others`, the reason names that account), and the validation's counts
// follow. Tags and purge everything are not routed here: they go to the zones the user chose.
Routing routeItems(PurgeAction action, Validation &validation, const ZoneIndex &zones, const QString &chosen = {},
    const QList<OtherAccount> &others = {});

} // namespace PurgeDesk::Purge
