#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QLabel;

namespace PurgeDesk::Gui {

// The application icon in every shipped size (crisp on HiDPI), with the SVG for anything larger.
QIcon applicationIcon();

// The license text shipped inside the binary (shown by the About dialog).
QString licenseText();

// The colour of text that reports a problem (readable on light and dark palettes).
QColor problemColor();

// Shows `text` in `label` (hidden when empty), in problemColor() when it reports a problem, else in
// the colours the label inherits.
void showMessage(QLabel *label, const QString &text, bool problem);

} // namespace PurgeDesk::Gui
