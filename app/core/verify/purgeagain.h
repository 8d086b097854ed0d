#pragma once

#include "purge/purgespec.h"

#include <QStringList>

namespace PurgeDesk::Verify {

// The device types of Cloudflare's "cache by device type": a URL cached per device type has a copy
// for each, purged by naming it in the CF-Device-Type cache-key header.
QStringList deviceTypes();

// Purge Again: the specs that purge `urls` (found still cached by a verification) once more, each
// in the zone it was purged in (`purged`, one spec per zone, as a session ran them), with the same
// mode. Each URL's items come back as they were purged (cache-key headers kept); with
// `deviceVariants`, the URL once more for each device type ("CF-Device-Type: mobile", "tablet",
// "desktop"), unless it was purged with that header already. Zones with none of the URLs are left
// out; only URL purges (PurgeAction::Files) have any.
QList<Purge::PurgeSpec> purgeAgainSpecs(
    const QList<Purge::PurgeSpec> &purged, const QStringList &urls, bool deviceVariants);

} // namespace PurgeDesk::Verify
