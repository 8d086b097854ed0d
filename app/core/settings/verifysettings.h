#pragma once

#include <QString>
#include <QStringList>

namespace PurgeDesk {

// Edit > Settings, Verification, stored in settings.ini: whether the window verifies a URL purge by
// itself, up to how many URLs, and whether it warms the cache after verifying.
struct VerifySettings
{
    static constexpr int DefaultAutoVerifyMaxUrls = 100;
    static constexpr int MaxAutoVerifyMaxUrls = 10000;

    // Verify by itself after a URL purge whose accepted URLs are at most autoVerifyMaxUrls.
    bool autoVerify = true;
    int autoVerifyMaxUrls = DefaultAutoVerifyMaxUrls;
    // After verifying, fetch the fresh URLs once more so that the next visitor gets a cached copy.
    bool warm = false;

    // True when a purge of `acceptedUrls` URLs is verified by itself.
    bool verifiesAutomatically(int acceptedUrls) const
    {
        return autoVerify && acceptedUrls > 0 && acceptedUrls <= autoVerifyMaxUrls;
    }

    static VerifySettings load();
    void save() const;

    // The URLs last listed to verify a purge that named none (hostnames, tags, prefixes,
    // everything) in a zone, by the zone's ID: offered again next time. At most MaxListedUrls.
    static constexpr int MaxListedUrls = 500;
    static QStringList listedUrls(const QString &zoneId);
    static void setListedUrls(const QString &zoneId, const QStringList &urls);
};

} // namespace PurgeDesk
