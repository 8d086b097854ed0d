#pragma once

#include <QIcon>
#include <QString>

namespace PurgeDesk::Gui {

// The icon of a frequent action: the system icon theme's `themeName` when the theme has one, else
// PurgeDesk's own drawing (resources/icons/actions/<fallback>.svg), drawn in the palette's button
// text colour at any size and scale, so it is crisp on HiDPI screens and follows a dark palette.
QIcon actionIcon(const QString &themeName, const QString &fallback);

// PurgeDesk's own drawing alone (for tests and for platforms without an icon theme).
QIcon bundledActionIcon(const QString &fallback);

} // namespace PurgeDesk::Gui
