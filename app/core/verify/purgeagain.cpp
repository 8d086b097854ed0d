#include "purgeagain.h"

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Verify {

namespace {

// An item's identity: the URL and its headers (names in lower case, in order).
QString itemKey(const Purge::Item &item)
{
    QString key = item.value;
    for (const auto &[name, value] : item.headers)
        key += u'\n' + name.toLower() + u':' + value;
    return key;
}

} // namespace

QStringList deviceTypes()
{
    return {u"mobile"_s, u"tablet"_s, u"desktop"_s};
}

QList<Purge::PurgeSpec> purgeAgainSpecs(
    const QList<Purge::PurgeSpec> &purged, const QStringList &urls, bool deviceVariants)
{
    QList<Purge::PurgeSpec> specs;
    for (const Purge::PurgeSpec &zoneSpec : purged) {
        if (zoneSpec.action != Purge::PurgeAction::Files)
            continue;
        Purge::PurgeSpec spec = zoneSpec;
        spec.items.clear();
        QStringList seen;
        const auto add = [&spec, &seen](const Purge::Item &item) {
            const QString key = itemKey(item);
            if (seen.contains(key))
                return;
            seen << key;
            Purge::Item added = item;
            added.line = int(spec.items.size()) + 1;
            spec.items.append(added);
        };
        for (const QString &url : urls) {
            bool found = false;
            for (const Purge::Item &item : zoneSpec.items) {
                if (item.value == url) {
                    add(item);
                    found = true;
                }
            }
            if (!found || !deviceVariants)
                continue;
            for (const QString &device : deviceTypes()) {
                Purge::Item variant;
                variant.value = url;
                variant.headers = {{u"CF-Device-Type"_s, device}};
                add(variant);
            }
        }
        if (!spec.items.isEmpty())
            specs.append(spec);
    }
    return specs;
}

} // namespace PurgeDesk::Verify
