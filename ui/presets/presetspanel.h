#pragma once

#include "history/historystore.h"
#include "presets/presetstore.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QToolButton;

namespace PurgeDesk::History {
class HistoryService;
}

namespace PurgeDesk::Gui {

class PresetListModel;

// The saved presets, beside the purge form: search, one-click Run (through the window's normal
// purge path, so purge everything still asks for the zone's name), Open into the form, Save the
// form as a preset (Ctrl+S), Update from the form, rename, duplicate, delete (undoable), reorder,
// and import and export of preset files. The presets are kept by a PresetStore; every change is
// saved at once.
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
    // The selected preset's note and last run.
    QString detailText() const;
    // "Last run 2026-11-22 14:05:09: Done", or that it has not run; empty while unknown.
    QString lastRunText(const QString &presetName) const;
    // An account was renamed: its presets follow it (they name their account).
    void renameAccount(const QString &from, const QString &to);

    const Presets::PresetStore &store() const { return m_store; }
    QString statusText() const;
    // The selected presets' names, in the list's order.
    QStringList selectedNames() const;
    void selectPreset(const QString &name);
    // The actions, for the window's Presets menu.
    QList<QAction *> menuActions() const;
    QAction *saveAction() const { return m_saveAction; }
    // "Purge 3 URLs in example.com · Sandbox"; brief: "3 URLs · example.com · Sandbox".
    QString describe(const Presets::Preset &preset, bool brief = false) const;
    QSize sizeHint() const override;
    // Why the preset cannot run as it is (its account is not in PurgeDesk); empty when it can.
    QString problem(const Presets::Preset &preset) const;

    // Import and export without the file dialogs (tests use these; the menu asks for the file).
    bool importFrom(const QString &path);
    bool exportTo(const QString &path, bool selectionOnly);

public Q_SLOTS:
    void focusSearch();
    void saveCurrent();
    void runSelected();
    void openSelected();
    void updateSelected();
    void renameSelected();
    void duplicateSelected();
    void removeSelected();
    void moveSelected(int delta);
    // Moves these presets, in their order, to before the one at `row` (to the end when -1): a drag
    // and drop in the list. False when nothing moved.
    bool movePresets(const QStringList &names, int row);
    void undo();

Q_SIGNALS:
    // A preset to purge now, or to load into the form without purging.
    void runRequested(const PurgeDesk::Presets::Preset &preset);
    void openRequested(const PurgeDesk::Presets::Preset &preset);
    // The history's runs of this preset.
    void historyRequested(const QString &presetName);

private:
    void setupActions();
    void run(const QModelIndex &index);
    std::optional<Presets::Preset> current() const;
    // Saves the store; on failure puts `before` back and says why. With `undoWhat` ("the deletion
    // of ..."), the change can be undone.
    bool commit(const QList<Presets::Preset> &before, const QString &done, const QString &undoWhat = {});
    void reload(const QString &select);
    void updateState();
    // Notes what the file holds now, so that only changes made elsewhere reload the list.
    void rememberFile();
    QByteArray fileData() const;
    void fileChanged();
    void setStatus(const QString &text, bool problem);
    void chooseImport();
    void chooseExport(bool selectionOnly);
    // Import questions: which account an unknown one becomes; keep both, replace or skip a name
    // that exists. False when the user cancels the import.
    bool chooseAccounts(QList<Presets::Preset> &presets);
    bool resolveConflicts(QList<Presets::Preset> &presets, int *renamed, int *replaced, int *skipped);

    Presets::PresetStore m_store;
    QStringList m_accounts;
    FormReader m_readForm;
    PresetListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QStackedWidget *m_stack;
    QListView *m_list;
    QLabel *m_empty;
    QLabel *m_detail;
    QPushButton *m_run;
    QPushButton *m_open;
    QToolButton *m_more;
    QLabel *m_status;
    QPushButton *m_undo;
    std::optional<QList<Presets::Preset>> m_undoState;
    QString m_undoWhat;
    QFileSystemWatcher *m_watcher;
    QTimer m_fileTimer;
    QByteArray m_fileData; // what presets.json held when this panel last read or wrote it
    History::HistoryService *m_history = nullptr;
    std::optional<QHash<QString, History::RunRow>> m_lastRuns; // by preset name, once looked up
    QAction *m_runAction;
    QAction *m_openAction;
    QAction *m_historyAction;
    QAction *m_saveAction;
    QAction *m_updateAction;
    QAction *m_renameAction;
    QAction *m_duplicateAction;
    QAction *m_removeAction;
    QAction *m_moveUpAction;
    QAction *m_moveDownAction;
    QAction *m_importAction;
    QAction *m_exportAction;
    QAction *m_exportAllAction;
};

} // namespace PurgeDesk::Gui
