#include "zonerouting.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Purge {

namespace {

struct RoutingText
{
    Q_DECLARE_TR_FUNCTIONS(PurgeDesk::Purge::Routing)
};

} // namespace

ZoneIndex::ZoneIndex(const QList<Cloudflare::Zone> &zones)
    : m_zones(zones)
{
    for (qsizetype i = 0; i < m_zones.size(); ++i) {
        const QString name = asciiHost(m_zones.at(i).name);
        if (!name.isEmpty() && !m_byName.contains(name))
            m_byName.insert(name, i);
    }
}

QString ZoneIndex::asciiHost(const QString &host)
{
    QString lowered = host.trimmed().toLower();
    if (lowered.endsWith(u'.'))
        lowered.chop(1); // a fully qualified name
    for (const QChar c : std::as_const(lowered)) {
        if (c.unicode() >= 0x80)
            return QString::fromLatin1(QUrl::toAce(lowered));
    }
    return lowered;
}

const Cloudflare::Zone *ZoneIndex::zoneFor(const QString &host) const
{
    QString candidate = asciiHost(host);
    // The host itself, then each shorter suffix that starts after a dot: the first match is the
    // longest zone name.
    while (!candidate.isEmpty()) {
        const auto found = m_byName.constFind(candidate);
        if (found != m_byName.cend())
            return &m_zones.at(*found);
        const qsizetype dot = candidate.indexOf(u'.');
        if (dot < 0)
            break;
        candidate = candidate.mid(dot + 1);
    }
    return nullptr;
}

const Cloudflare::Zone *ZoneIndex::zoneById(const QString &id) const
{
    for (const Cloudflare::Zone &zone : m_zones) {
        if (zone.id == id)
            return &zone;
    }
    return nullptr;
}

QString itemHost(PurgeAction action, const QString &item)
{
    switch (action) {
    case PurgeAction::Files:
        return QUrl(item).host();
    case PurgeAction::Hosts:
        return item;
    case PurgeAction::Prefixes: {
        const qsizetype slash = item.indexOf(u'/');
        return slash < 0 ? item : item.left(slash);
    }
    case PurgeAction::Tags:
    case PurgeAction::Everything:
        break;
    }
    return {};
}

Routing routeItems(PurgeAction action, Validation &validation, const ZoneIndex &zones, const QString &chosen,
    const QList<OtherAccount> &others)
{
    Routing routing;
    if (action == PurgeAction::Tags || action == PurgeAction::Everything)
        return routing;
    QHash<QString, qsizetype> groupOf; // zone id -> group
    QList<qsizetype> itemGroups; // each item's group, -1 for none
    itemGroups.reserve(validation.items.size());
    for (const Item &item : std::as_const(validation.items)) {
        const QString host = itemHost(action, item.value);
        const Cloudflare::Zone *zone = zones.zoneFor(host);
        if (zone) {
            auto group = groupOf.constFind(zone->id);
            if (group == groupOf.cend()) {
                group = groupOf.insert(zone->id, routing.groups.size());
                routing.groups.append({*zone, {}});
            }
            itemGroups.append(*group);
            continue;
        }
        itemGroups.append(-1);
        routing.unroutedLines.append(item.line);
        // The line becomes an error: it is never sent, and its reason says why.
        const qsizetype index = item.line - 1;
        if (index < 0 || index >= validation.lines.size())
            continue;
        LineVerdict &line = validation.lines[index];
        if (line.verdict == Verdict::Fixed)
            --validation.fixed;
        else if (line.verdict == Verdict::Warning)
            --validation.warnings;
        line.verdict = Verdict::Error;
        line.item.clear();
        const QString ascii = ZoneIndex::asciiHost(host);
        line.reasons = {chosen.isEmpty()
                ? RoutingText::tr("%1 is not in any zone of this account: nothing is sent for it.").arg(ascii)
                : RoutingText::tr("%1 is not in %2: nothing is sent for it.").arg(ascii, chosen)};
        for (const OtherAccount &other : others) {
            const Cloudflare::Zone *theirs = other.zones ? other.zones->zoneFor(host) : nullptr;
            if (!theirs)
                continue;
            line.reasons = {RoutingText::tr("%1 is in %2, a zone of the account \u201c%3\u201d, not of this one: "
                                            "nothing is sent for it with this account.")
                                .arg(ascii, theirs->name, other.profile)};
            auto known = std::find_if(routing.elsewhere.begin(), routing.elsewhere.end(),
                [&other](const Routing::Elsewhere &elsewhere) { return elsewhere.profile == other.profile; });
            if (known == routing.elsewhere.end())
                known = routing.elsewhere.insert(routing.elsewhere.end(), {other.profile, {}, 0});
            ++known->lines;
            if (!known->zones.contains(theirs->name))
                known->zones.append(theirs->name);
            break;
        }
        ++validation.errors;
    }
    // Every item in one zone (the usual case): the group shares the validation's items.
    if (routing.groups.size() == 1 && routing.unroutedLines.isEmpty()) {
        routing.groups.first().items = validation.items;
        return routing;
    }
    QList<Item> kept;
    kept.reserve(validation.items.size());
    for (qsizetype i = 0; i < validation.items.size(); ++i) {
        if (itemGroups.at(i) < 0)
            continue;
        routing.groups[itemGroups.at(i)].items.append(validation.items.at(i));
        kept.append(validation.items.at(i));
    }
    validation.items = kept;
    return routing;
}

} // namespace PurgeDesk::Purge
