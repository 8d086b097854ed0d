#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

class QLabel;

namespace PurgeDesk::Gui {

// The application icon in every shipped size (crisp on HiDPI), with the SVG for anything larger.
QIcon applicationIcon();

// The license text shipped inside the binary (shown by the About dialog).
QString licenseText();

// WCAG 2 contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

// Colours for states, derived from `palette` (the application's by default): each keeps its hue but
// is made dark or light enough to read at 4.5:1 on the palette's window and base colours, in light
// and dark palettes alike.
enum class Status { Problem, Warning, Success };
QColor statusColor(Status status, const QPalette &palette);
// The colour of text that reports a problem.
QColor problemColor();

// Shows `text` in `label` (hidden when empty), in problemColor() when it reports a problem, else in
// the colours the label inherits.
void showMessage(QLabel *label, const QString &text, bool problem);

} // namespace PurgeDesk::Gui
