#pragma once

#include <QIcon>
#include <QString>

namespace PurgeDesk::Gui {

// The application icon in every shipped size (crisp on HiDPI), with the SVG for anything larger.
QIcon applicationIcon();

// The license text shipped inside the binary (shown by the About dialog).
QString licenseText();

} // namespace PurgeDesk::Gui
