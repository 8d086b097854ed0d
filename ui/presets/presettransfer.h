#pragma once

#include "presets/presetstore.h"

#include <QString>
#include <QStringList>

class QWidget;

namespace PurgeDesk::Presets {
class PresetLibrary;
}

// Import and export of preset files in the Presets panel: the file choosers, the questions an import
// asks (which account, what to do with a name that exists), and what the panel says afterwards. The
// decisions themselves are core's PresetImport; questions go through MessageBox, PresetPrompt and
// FileDialog, so tests answer them ahead of time.
namespace PurgeDesk::Gui::PresetTransfer {

// What an import or export did, for the panel to show.
struct Done
{
    bool ok = false;
    bool changed = false; // the saved presets changed (select `select`)
    QString message;
    bool problem = false;
    QString undoWhat; // "the import of shared.json": the change can be undone
    QString select;
};

// The file to import or to export to; empty when cancelled. An export file gets ".json" when it has
// no suffix.
QString chooseImportFile(QWidget *parent);
QString chooseExportFile(QWidget *parent);

// Imports the presets of `path` into `library`, asking first which account to use for each one the
// file's presets use that is not among `accounts` (nor the sandbox), then, for each name that
// exists, whether to keep both, replace, or skip (with "do the same for the others" while more are
// to come). Cancelled at any question: nothing changes. Presets the file held that were not imported
// are listed, line by line, in a report that does not wait.
Done importFile(QWidget *parent, Presets::PresetLibrary &library, const QString &path, const QStringList &accounts);
// Writes `presets` to `path`; `selectionOnly` says what an empty list means.
Done exportFile(const QString &path, const QList<Presets::Preset> &presets, bool selectionOnly);

} // namespace PurgeDesk::Gui::PresetTransfer
