#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace PurgeDesk::Gui {

// Help > PurgeDesk Help: a purge in four steps and the window's shortcuts, in a box that stays open
// beside the window (a second F1 brings it to the front).
class HelpBox final
{
    Q_DECLARE_TR_FUNCTIONS(PurgeDesk::Gui::HelpBox)

public:
    // Shows the help over `parent`, with a table of the shortcuts of `actions` (null ones skipped).
    static void show(QWidget *parent, const QList<QAction *> &actions);
    // That table, as HTML: the keys, then what they do.
    static QString shortcutTable(const QList<QAction *> &actions);
};

} // namespace PurgeDesk::Gui
