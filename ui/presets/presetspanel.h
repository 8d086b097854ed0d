#pragma once

#include "presets/presetstore.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QModelIndex;

namespace Ui {
class PresetsPanel;
}

namespace PurgeDesk::History {
class HistoryService;
}

namespace PurgeDesk::Presets {
class PresetLibrary;
}

namespace PurgeDesk::Gui {

class PresetDelegate;
class PresetFilterModel;
class PresetListModel;

// The saved presets, beside the purge form: search, one-click Run (through the window's normal
// purge path, so purge everything still asks for the zone's name), Open into the form, Save the
// form as a preset (Ctrl+S), Update from the form, rename, duplicate, delete (undoable), reorder,
// and import and export of preset files. The presets are kept by a PresetStore; every change is
// saved at once, and a change another program makes to the file shows up in the list.
class PresetsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetsPanel)

public:
    explicit PresetsPanel(const QString &path = Presets::PresetStore::defaultPath(), QWidget *parent = nullptr);
    ~PresetsPanel() override;

    // Reads the purge form as a preset without a name or note; false (with the reason) when the
    // form cannot be saved as it is.
    using FormReader = std::function<bool(Presets::Preset *, QString *)>;
    void setFormReader(FormReader reader) { m_readForm = std::move(reader); }
    // The saved accounts' names: a preset whose account is not among them says so, and an
    // imported one asks which account to use.
    void setAccounts(const QStringList &names);
    // Where each preset's last run is looked up (on the history's thread).
    void setHistory(History::HistoryService *history);
    // Looks up each preset's last run again (after a purge).
    void refreshLastRuns();
    // While a purge runs, presets do not run (their Run buttons are greyed): one purge at a time.
    void setPurgeRunning(bool running);
    // The selected preset's note and last run.
    QString detailText() const;
    // "Last run 2026-11-22 14:05:09: Done", or that it has not run; empty while unknown.
    QString lastRunText(const QString &presetName) const;
    // An account was renamed: its presets follow it (they name their account).
    void renameAccount(const QString &from, const QString &to);

    const Presets::PresetStore &store() const;
    QString statusText() const;
    // The selected presets' names, in the list's order.
    QStringList selectedNames() const;
    void selectPreset(const QString &name);
    // The actions, for the window's Presets menu.
    QList<QAction *> menuActions() const;
    QAction *saveAction() const;
    QSize sizeHint() const override;
    bool isEmpty() const;

    // Import and export of a file chosen already (the menu asks for it).
    bool importFrom(const QString &path);
    bool exportTo(const QString &path, bool selectionOnly);

public Q_SLOTS:
    void focusSearch();
    void saveCurrent();
    // Asks for a name and note and keeps `preset` (say, a purge from the history).
    void savePreset(PurgeDesk::Presets::Preset preset);
    void runSelected();
    void openSelected();
    void updateSelected();
    void renameSelected();
    void duplicateSelected();
    void removeSelected();
    void moveSelected(int delta);
    void undo();

Q_SIGNALS:
    // A preset to purge now, or to load into the form without purging.
    void runRequested(const PurgeDesk::Presets::Preset &preset);
    void openRequested(const PurgeDesk::Presets::Preset &preset);
    // The history's runs of this preset.
    void historyRequested(const QString &presetName);
    // The first preset was saved, or the last one deleted.
    void emptyChanged(bool empty);

private:
    void setupActions();
    void run(const QModelIndex &index);
    std::optional<Presets::Preset> current() const;
    // Changes the saved presets (see PresetLibrary::change); when that fails, shows them as they are
    // and says why (an edit may also decline without a reason: nothing to change).
    bool change(const std::function<bool(Presets::PresetStore &, QString *)> &edit, bool undoable = false);
    // Shows the saved presets and selects `select` (by default the first one selected before).
    void reload(const std::optional<QString> &select = std::nullopt);
    void updateState();
    void changedElsewhere(const QString &message);
    void presetsDragged(const QStringList &names);
    // A message under the list. With `undoWhat` ("the deletion of ..."), Undo is offered beside it;
    // any later message withdraws the offer.
    void setStatus(const QString &text, bool problem, const QString &undoWhat = {});
    void chooseImport();
    void chooseExport(bool selectionOnly);

    std::unique_ptr<::Ui::PresetsPanel> m_ui;
    Presets::PresetLibrary *m_library;
    PresetListModel *m_model;
    PresetFilterModel *m_filter;
    PresetDelegate *m_delegate;
    FormReader m_readForm;
    QString m_undoWhat;
    History::HistoryService *m_history = nullptr;
    bool m_purgeRunning = false;
    bool m_hadPresets = true;
};

} // namespace PurgeDesk::Gui
