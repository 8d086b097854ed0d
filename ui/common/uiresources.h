#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

class QLabel;
class QTableView;

namespace PurgeDesk::Gui {

// The application icon in the sizes a window icon is shown at, 16 to 128 pixels (crisp on HiDPI).
QIcon applicationIcon();
// Starts decoding the application icon on a worker thread (main(), right after the QApplication):
// applicationIcon() then takes the decoded images. The first PNG a process reads also loads Qt's
// image format plugins, which the menu bar's own icons would otherwise wait for on the window's
// thread while the window is built.
void prepareApplicationIcon();

// The license text shipped inside the binary (shown by the About dialog).
QString licenseText();

// WCAG 2 contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

// Colours for states, derived from `palette` (the application's by default): each keeps its hue but
// is made dark or light enough to read at 4.5:1 on the palette's window and base colours, in light
// and dark palettes alike.
enum class Status { Problem, Warning, Success };
QColor statusColor(Status status, const QPalette &palette);
// The colour of the ring around the control with the keyboard focus: the palette's highlight, made
// dark or light enough to stand out at 3:1 from the window and base colours.
QColor focusRingColor(const QPalette &palette);
// The colour of text that reports a problem.
QColor problemColor();

// Sizes a table's columns to its width: each as wide as what it shows (measuring the rows in view, so
// long tables stay fast) when there is room; else the `stretched` (long) ones share what the others
// leave (the short ones first giving up the room their headers take beyond their rows), the narrower
// whole and the widest cut to the same width (eliding), none below its header's width while the short
// ones can give way. No sideways scrolling; spare room goes to the long ones.
void fitColumns(QTableView *table, const QList<int> &stretched);

// Shows `text` in `label` (hidden when empty), in problemColor() when it reports a problem, else in
// the colours the label inherits.
void showMessage(QLabel *label, const QString &text, bool problem);

// Resizes the window `dialog` to `wanted`, or less where its screen has less room (its title bar and
// frame included): on a small screen its buttons stay on the screen and its contents scroll.
void resizeWithinScreen(QWidget *dialog, const QSize &wanted);

} // namespace PurgeDesk::Gui
