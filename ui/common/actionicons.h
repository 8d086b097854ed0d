#pragma once

#include <QIcon>
#include <QString>

class QLineEdit;
class QObject;
class QWidget;

namespace PurgeDesk::Gui {

// PurgeDesk's own drawing of a frequent action (resources/icons/actions/<fallback>.svg), drawn in
// the palette's button text colour at any size and scale, so it is crisp on HiDPI screens and
// follows a dark palette.
QIcon bundledActionIcon(const QString &fallback);

// The icon of an action or a button the window shows at once: PurgeDesk's own drawing now (none when
// `fallback` is empty), the theme's `themeName` once applyThemeIcons() runs for its window. The
// first look into the icon theme reads the theme's whole index (milliseconds), which the window's
// first frame does without.
void setThemeIconLater(QObject *actionOrButton, const QString &themeName, const QString &fallback);
// Gives the actions and buttons under `window` that wait for one their theme's icon, where the
// theme has it (MainWindow: once its first frame is shown).
void applyThemeIcons(QWidget *window);

// A search field the window shows at once gets its clear button with its first text: the button
// shows only then anyway, and its icon is the theme's (see setThemeIconLater()).
void enableClearButtonOnceTyped(QLineEdit *edit);

} // namespace PurgeDesk::Gui
