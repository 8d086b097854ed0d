#include "presetspanel.h"

#include "ui_presetspanel.h"

#include "accounts/profile.h"
#include "history/historyservice.h"
#include "presetdelegate.h"
#include "presetlistmodel.h"
#include "presetprompt.h"
#include "presets/presetlibrary.h"
#include "presettexts.h"
#include "presettransfer.h"
#include "purge/validation.h"
#include "savepresetdialog.h"
#include "ui/common/actionicons.h"
#include "ui/common/messageline.h"
#include "ui/common/uiresources.h"

#include <QMenu>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::Presets::Preset;
using PurgeDesk::Presets::PresetStore;

namespace PurgeDesk::Gui {

using PresetText::quoted;

PresetsPanel::PresetsPanel(const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::PresetsPanel>())
    , m_library(new Presets::PresetLibrary(path, this))
    , m_model(new PresetListModel(this))
    , m_filter(new PresetFilterModel(this))
    , m_delegate(new PresetDelegate(this))
{
    m_ui->setupUi(this);
    enableClearButtonOnceTyped(m_ui->presetSearch);
    // The status has a place of its own under the buttons: a message that comes or goes moves
    // nothing; one too long for the panel is cut short, whole in its tooltip. Its width never
    // widens the panel.
    m_ui->presetStatus->setLines(3);
    QSizePolicy statusPolicy = m_ui->presetStatus->sizePolicy();
    statusPolicy.setHorizontalPolicy(QSizePolicy::Ignored);
    m_ui->presetStatus->setSizePolicy(statusPolicy);
    m_model->setObjectName(u"presetModel"_s);
    m_filter->setSourceModel(m_model);
    m_ui->presetList->setModel(m_filter);
    m_ui->presetList->setItemDelegate(m_delegate);
    setupActions();

    connect(m_ui->presetSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearch(text);
        updateState();
    });
    connect(m_ui->presetList, &QListView::activated, this, &PresetsPanel::run);
    connect(m_delegate, &PresetDelegate::runClicked, this, &PresetsPanel::run);
    QItemSelectionModel *selection = m_ui->presetList->selectionModel();
    connect(selection, &QItemSelectionModel::selectionChanged, this, &PresetsPanel::updateState);
    connect(selection, &QItemSelectionModel::currentChanged, this, &PresetsPanel::updateState);
    connect(m_ui->presetRun, &QPushButton::clicked, this, &PresetsPanel::runSelected);
    connect(m_ui->presetOpen, &QPushButton::clicked, this, &PresetsPanel::openSelected);
    connect(m_ui->presetUndo, &QPushButton::clicked, this, &PresetsPanel::undo);
    connect(m_model, &PresetListModel::presetsMoved, this, &PresetsPanel::presetsDragged);
    // purgedesk-cli, or another PurgeDesk window, may change the presets while this one is open.
    connect(m_library, &Presets::PresetLibrary::changedElsewhere, this, &PresetsPanel::changedElsewhere);

    QString message;
    const bool loaded = m_library->load(&message);
    if (!message.isEmpty())
        setStatus(message, true);
    else if (!loaded)
        setStatus(tr("The presets could not be read."), true);
    reload({});
}

PresetsPanel::~PresetsPanel() = default;

void PresetsPanel::setupActions()
{
    const std::pair<QAction *, std::function<void()>> slots[] = {
        {m_ui->actionRunPreset, [this] { runSelected(); }},
        {m_ui->actionOpenPreset, [this] { openSelected(); }},
        {m_ui->actionPresetHistory,
            [this] {
                if (const std::optional<Preset> preset = current())
                    Q_EMIT historyRequested(preset->name);
            }},
        {m_ui->actionSavePreset, [this] { saveCurrent(); }},
        {m_ui->actionUpdatePreset, [this] { updateSelected(); }},
        {m_ui->actionRenamePreset, [this] { renameSelected(); }},
        {m_ui->actionDuplicatePreset, [this] { duplicateSelected(); }},
        {m_ui->actionDeletePreset, [this] { removeSelected(); }},
        {m_ui->actionMovePresetUp, [this] { moveSelected(-1); }},
        {m_ui->actionMovePresetDown, [this] { moveSelected(1); }},
        {m_ui->actionImportPresets, [this] { chooseImport(); }},
        {m_ui->actionExportPresets, [this] { chooseExport(true); }},
        {m_ui->actionExportAllPresets, [this] { chooseExport(false); }},
    };
    for (const auto &[action, slot] : slots)
        connect(action, &QAction::triggered, this, slot);
    m_ui->actionSavePreset->setShortcut(QKeySequence::Save);
    addAction(m_ui->actionSavePreset);

    // Keys that mean something else in the purge form only act on presets while the list has focus.
    const std::pair<QAction *, QKeySequence> listKeys[]
        = {{m_ui->actionRenamePreset, QKeySequence(Qt::Key_F2)}, {m_ui->actionDeletePreset, QKeySequence::Delete},
            {m_ui->actionMovePresetUp, QKeySequence(Qt::ALT | Qt::Key_Up)},
            {m_ui->actionMovePresetDown, QKeySequence(Qt::ALT | Qt::Key_Down)}};
    for (const auto &[action, keys] : listKeys) {
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_ui->presetList->addAction(action);
    }

    auto *more = new QMenu(this);
    more->addActions({m_ui->actionSavePreset, m_ui->actionUpdatePreset, m_ui->actionPresetHistory});
    more->addSeparator();
    more->addActions({m_ui->actionRenamePreset, m_ui->actionDuplicatePreset, m_ui->actionDeletePreset,
        m_ui->actionMovePresetUp, m_ui->actionMovePresetDown});
    more->addSeparator();
    more->addActions({m_ui->actionImportPresets, m_ui->actionExportPresets, m_ui->actionExportAllPresets});
    m_ui->presetMore->setMenu(more);

    connect(m_ui->presetList, &QWidget::customContextMenuRequested, this, [this](const QPoint &point) {
        QMenu menu(this);
        menu.addActions(
            {m_ui->actionRunPreset, m_ui->actionOpenPreset, m_ui->actionUpdatePreset, m_ui->actionPresetHistory});
        menu.addSeparator();
        menu.addActions({m_ui->actionRenamePreset, m_ui->actionDuplicatePreset, m_ui->actionDeletePreset});
        menu.addSeparator();
        menu.addActions({m_ui->actionMovePresetUp, m_ui->actionMovePresetDown, m_ui->actionExportPresets});
        menu.exec(m_ui->presetList->viewport()->mapToGlobal(point));
    });
}

QAction *PresetsPanel::saveAction() const
{
    return m_ui->actionSavePreset;
}

QList<QAction *> PresetsPanel::menuActions() const
{
    return {m_ui->actionRunPreset, m_ui->actionOpenPreset, m_ui->actionPresetHistory, nullptr, m_ui->actionSavePreset,
        m_ui->actionUpdatePreset, m_ui->actionRenamePreset, m_ui->actionDuplicatePreset, m_ui->actionDeletePreset,
        m_ui->actionMovePresetUp, m_ui->actionMovePresetDown, nullptr, m_ui->actionImportPresets,
        m_ui->actionExportPresets, m_ui->actionExportAllPresets};
}

const PresetStore &PresetsPanel::store() const
{
    return m_library->store();
}

void PresetsPanel::setAccounts(const QStringList &names)
{
    m_model->setAccounts(names);
    updateState();
}

void PresetsPanel::setHistory(History::HistoryService *history)
{
    m_history = history;
    connect(history, &History::HistoryService::opened, this, &PresetsPanel::refreshLastRuns);
    // The first presets (loaded, imported, saved) want their last runs: the history opens for them.
    const auto presetsArrived = [this] {
        if (m_history->state() == History::HistoryService::State::Closed)
            refreshLastRuns();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, presetsArrived);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, presetsArrived);
    refreshLastRuns();
}

void PresetsPanel::refreshLastRuns()
{
    // Without presets there is no last run to show, and no reason to open the history.
    if (!m_history || m_model->rowCount() == 0)
        return;
    m_history->ensureOpen(); // answers with opened(), which calls this again
    if (m_history->state() != History::HistoryService::State::Open)
        return;
    m_history->query<QList<History::RunRow>>(
        this, [](const History::HistoryStore &store) { return store.latestPresetRuns(); },
        [this](const QList<History::RunRow> &runs) {
            QHash<QString, History::RunRow> byName;
            for (const History::RunRow &run : runs)
                byName.insert(run.source.presetName(), run);
            m_model->setLastRuns(byName);
            updateState();
        });
}

void PresetsPanel::setPurgeRunning(bool running)
{
    m_purgeRunning = running;
    m_delegate->setRunEnabled(!running);
    m_ui->presetList->viewport()->update();
    m_ui->presetRun->setToolTip(running ? tr("A purge is running: presets run once it has finished or is cancelled")
                                        : tr("Purge what the selected preset holds (Enter or double-click)"));
    updateState();
}

QString PresetsPanel::lastRunText(const QString &presetName) const
{
    return m_model->lastRunText(presetName);
}

QString PresetsPanel::detailText() const
{
    return m_ui->presetDetail->text();
}

QSize PresetsPanel::sizeHint() const
{
    // With no presets the panel only says how to make one: it stays narrow, the form gets the room.
    const int chars = store().presets().isEmpty() ? 24 : 40;
    return {fontMetrics().averageCharWidth() * chars + 24, QWidget::sizeHint().height()};
}

bool PresetsPanel::isEmpty() const
{
    return store().presets().isEmpty();
}

void PresetsPanel::focusSearch()
{
    m_ui->presetSearch->setFocus(Qt::ShortcutFocusReason);
    m_ui->presetSearch->selectAll();
}

QString PresetsPanel::statusText() const
{
    return m_ui->presetStatus->text();
}

void PresetsPanel::setStatus(const QString &text, bool problem, const QString &undoWhat)
{
    showMessage(m_ui->presetStatus, text, problem);
    if (undoWhat.isEmpty())
        m_library->forgetUndo();
    m_undoWhat = undoWhat;
    m_ui->presetUndo->setToolTip(tr("Undo %1").arg(undoWhat));
    m_ui->presetUndo->setAccessibleDescription(m_ui->presetUndo->toolTip());
    m_ui->presetUndo->setVisible(m_library->canUndo());
}

QStringList PresetsPanel::selectedNames() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->presetList->selectionModel()->selectedRows())
        rows << m_filter->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    QStringList names;
    for (const int row : std::as_const(rows))
        names << m_model->presets().at(row).name;
    return names;
}

void PresetsPanel::selectPreset(const QString &name)
{
    const int row = store().indexOf(name);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row));
    if (index.isValid())
        m_ui->presetList->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    else
        m_ui->presetList->selectionModel()->clearSelection();
    updateState();
}

std::optional<Preset> PresetsPanel::current() const
{
    const QModelIndex index = m_ui->presetList->currentIndex();
    if (!index.isValid() || !m_ui->presetList->selectionModel()->isSelected(index))
        return std::nullopt;
    return m_model->presets().at(m_filter->mapToSource(index).row());
}

void PresetsPanel::reload(const std::optional<QString> &select)
{
    const QString selected = selectedNames().value(0);
    m_model->setPresets(store().presets());
    selectPreset(select.value_or(selected));
}

void PresetsPanel::updateState()
{
    const bool any = !store().presets().isEmpty();
    // Run and Open have nothing to act on until there is a preset; More still imports some.
    m_ui->presetRun->setVisible(any);
    m_ui->presetOpen->setVisible(any);
    if (any != m_hadPresets) {
        m_hadPresets = any;
        updateGeometry();
        Q_EMIT emptyChanged(!any);
    }
    const bool shown = m_filter->rowCount() > 0;
    if (!any && store().isReadOnly()) {
        m_ui->presetEmpty->setTexts(tr("The presets cannot be shown (see below)."), {});
    } else if (!any) {
        // Squeezed by a small window, the panel says it in fewer words.
        const QString keys = m_ui->actionSavePreset->shortcut().toString(QKeySequence::NativeText);
        m_ui->presetEmpty->setTexts(tr("No presets yet.\n\nSet up a purge, then press %1 to keep it here: a "
                                       "preset runs again in one click.")
                                        .arg(keys),
            tr("No presets yet.\n\n%1 keeps one.").arg(keys));
    } else if (!shown) {
        m_ui->presetEmpty->setTexts(tr("No preset matches %1.").arg(quoted(m_filter->search())), {});
    }
    m_ui->presetStack->setCurrentWidget(
        shown ? static_cast<QWidget *>(m_ui->presetList) : static_cast<QWidget *>(m_ui->presetEmpty));

    const bool writable = !store().isReadOnly();
    const std::optional<Preset> preset = current();
    const bool selected = !m_ui->presetList->selectionModel()->selectedRows().isEmpty();
    const bool unfiltered = !m_filter->isFiltering();
    const int row = preset ? store().indexOf(preset->name) : -1;
    m_model->setReorderable(writable && unfiltered);
    m_ui->presetRun->setEnabled(preset && !m_purgeRunning);
    m_ui->actionRunPreset->setEnabled(preset && !m_purgeRunning);
    m_ui->presetOpen->setEnabled(preset.has_value());
    m_ui->actionOpenPreset->setEnabled(preset.has_value());
    m_ui->actionPresetHistory->setEnabled(preset.has_value());
    m_ui->actionSavePreset->setEnabled(writable);
    m_ui->actionUpdatePreset->setEnabled(writable && preset);
    m_ui->actionRenamePreset->setEnabled(writable && preset);
    m_ui->actionDuplicatePreset->setEnabled(writable && preset);
    m_ui->actionDeletePreset->setEnabled(writable && selected);
    m_ui->actionMovePresetUp->setEnabled(writable && preset && unfiltered && row > 0);
    m_ui->actionMovePresetDown->setEnabled(writable && preset && unfiltered && row + 1 < store().presets().size());
    m_ui->actionImportPresets->setEnabled(writable);
    m_ui->actionExportPresets->setEnabled(selected);
    m_ui->actionExportAllPresets->setEnabled(any);

    QStringList detail;
    if (preset && shown) {
        if (!preset->note.isEmpty())
            detail << preset->note;
        if (const QString last = lastRunText(preset->name); !last.isEmpty())
            detail << last;
    }
    m_ui->presetDetail->setText(detail.join(u'\n'));
    m_ui->presetDetail->setVisible(!detail.isEmpty());
}

bool PresetsPanel::change(const std::function<bool(PresetStore &, QString *)> &edit, bool undoable)
{
    QString error;
    if (m_library->change(edit, undoable, &error))
        return true;
    reload(); // a drag has moved the rows already
    if (!error.isEmpty()) // else the edit had nothing to change
        setStatus(error, true);
    return false;
}

void PresetsPanel::undo()
{
    QString error;
    if (!m_library->canUndo())
        return;
    if (!m_library->undo(&error)) {
        setStatus(error, true);
        return;
    }
    reload();
    setStatus(tr("Undid %1.").arg(m_undoWhat), false);
}

void PresetsPanel::changedElsewhere(const QString &message)
{
    reload();
    setStatus(message.isEmpty() ? tr("The presets were changed outside this window (by purgedesk-cli, for example); "
                                     "the list shows them as they are now.")
                                : message,
        !message.isEmpty());
}

void PresetsPanel::renameAccount(const QString &from, const QString &to)
{
    int count = 0;
    if (store().isReadOnly() || !change([&](PresetStore &presets, QString *) {
            count = presets.renameAccount(from, to);
            return count > 0;
        }))
        return;
    reload();
    setStatus(tr("%Ln preset(s) now use the renamed account %1.", nullptr, count).arg(quoted(to)), false);
}

void PresetsPanel::run(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (m_purgeRunning) {
        setStatus(tr("A purge is running: wait for it to finish, or cancel it, then run the preset."), true);
        return;
    }
    const Preset preset = m_model->presets().at(m_filter->mapToSource(index).row());
    const QString why = PresetText::problem(preset, m_model->accounts());
    if (!why.isEmpty()) {
        setStatus(why + u' ' + tr("Nothing was purged."), true);
        return;
    }
    setStatus({}, false); // the purge form says how the run goes
    Q_EMIT runRequested(preset);
}

void PresetsPanel::runSelected()
{
    const QModelIndex index = m_ui->presetList->currentIndex();
    if (index.isValid() && m_ui->presetList->selectionModel()->isSelected(index))
        run(index);
}

void PresetsPanel::openSelected()
{
    if (const std::optional<Preset> preset = current()) {
        setStatus(tr("Opened %1 in the purge form. Change it there, then Update it here (More > Update from "
                     "Purge Form).")
                      .arg(quoted(preset->name)),
            false);
        Q_EMIT openRequested(*preset);
    }
}

void PresetsPanel::saveCurrent()
{
    if (store().isReadOnly()) {
        setStatus(tr("Presets cannot be saved: the presets file cannot be changed by this version."), true);
        return;
    }
    Preset preset;
    QString why;
    if (!m_readForm || !m_readForm(&preset, &why)) {
        setStatus(tr("The purge form cannot be saved as a preset yet: %1").arg(why), true);
        return;
    }
    savePreset(preset);
}

void PresetsPanel::savePreset(Preset preset)
{
    if (store().isReadOnly()) {
        setStatus(tr("Presets cannot be saved: the presets file cannot be changed by this version."), true);
        return;
    }
    const QString suggestion = preset.action == Purge::PurgeAction::Everything
        ? tr("%1 everything").arg(preset.zoneLabel())
        : tr("%1 %2").arg(preset.zoneLabel(), Purge::itemNoun(preset.action, 2));
    SavePresetDialog dialog(PresetText::describe(preset), store().freeName(suggestion), this);
    const std::optional<SavePresetDialog::Answer> answer = dialog.ask(store(), preset);
    if (!answer)
        return;
    preset.name = answer->name;
    preset.note = answer->note;
    if (!change([&](PresetStore &presets, QString *error) { return presets.put(preset, answer->replacing, error); },
            answer->replacing))
        return;
    QString done = tr("Saved %1.").arg(quoted(preset.name));
    if (preset.profile != Profile::sandboxId())
        done += u' ' + tr("It also runs from a script: purgedesk-cli preset run \"%1\"").arg(preset.name);
    m_ui->presetSearch->clear();
    reload(preset.name);
    setStatus(done, false, answer->replacing ? tr("replacing %1").arg(quoted(preset.name)) : QString());
}

void PresetsPanel::updateSelected()
{
    const std::optional<Preset> preset = current();
    if (!preset || store().isReadOnly())
        return;
    Preset updated;
    QString why;
    if (!m_readForm || !m_readForm(&updated, &why)) {
        setStatus(tr("%1 was not updated: %2").arg(quoted(preset->name), why), true);
        return;
    }
    updated.name = preset->name;
    updated.note = preset->note;
    if (updated == *preset) {
        setStatus(tr("%1 already holds what the purge form holds.").arg(quoted(preset->name)), false);
        return;
    }
    if (!change([&](PresetStore &presets, QString *error) { return presets.put(updated, true, error); }, true))
        return;
    reload(updated.name);
    setStatus(tr("Updated %1: %2.").arg(quoted(updated.name), PresetText::describe(updated)), false,
        tr("the update of %1").arg(quoted(updated.name)));
}

void PresetsPanel::renameSelected()
{
    const std::optional<Preset> preset = current();
    if (!preset || store().isReadOnly())
        return;
    const std::optional<QString> answer = PresetPrompt::text(this, tr("Rename Preset"),
        tr("New name for %1:").arg(quoted(preset->name)), preset->name, u"presetRenameQuestion"_s);
    const QString name = answer.value_or(QString()).trimmed();
    if (!answer || name == preset->name)
        return;
    if (!change([&](PresetStore &presets, QString *error) {
            if (presets.rename(preset->name, name, error))
                return true;
            *error = tr("%1 was not renamed: %2").arg(quoted(preset->name), *error);
            return false;
        }))
        return;
    reload(name);
    setStatus(tr("Renamed %1 to %2.").arg(quoted(preset->name), quoted(name)), false);
}

void PresetsPanel::duplicateSelected()
{
    const std::optional<Preset> preset = current();
    if (!preset || store().isReadOnly())
        return;
    Preset copy = *preset;
    copy.name = store().freeName(preset->name);
    if (!change([&](PresetStore &presets, QString *error) {
            return presets.put(copy, false, error)
                && presets.move(int(presets.presets().size()) - 1, presets.indexOf(preset->name) + 1);
        }))
        return;
    reload(copy.name);
    setStatus(tr("Duplicated %1 as %2.").arg(quoted(preset->name), quoted(copy.name)), false);
}

void PresetsPanel::removeSelected()
{
    const QStringList names = selectedNames();
    if (names.isEmpty() || store().isReadOnly())
        return;
    const int firstRow = store().indexOf(names.first());
    if (!change(
            [&names](PresetStore &presets, QString *) {
                for (const QString &name : names)
                    presets.remove(name);
                return true;
            },
            true))
        return;
    const QList<Preset> &left = store().presets();
    reload(left.isEmpty() ? QString() : left.at(std::min(firstRow, int(left.size()) - 1)).name);
    const QString what = names.size() == 1 ? quoted(names.first()) : PresetText::presetsCount(int(names.size()));
    setStatus(tr("Deleted %1.").arg(what), false, tr("the deletion of %1").arg(what));
}

void PresetsPanel::presetsDragged(const QStringList &names)
{
    const QList<Preset> order = m_model->presets();
    if (!change([&order](PresetStore &presets, QString *) {
            presets.setPresets(order);
            return true;
        }))
        return;
    selectPreset(names.value(0));
    setStatus(
        tr("Moved %1.").arg(names.size() == 1 ? quoted(names.first()) : PresetText::presetsCount(int(names.size()))),
        false);
}

void PresetsPanel::moveSelected(int delta)
{
    const std::optional<Preset> preset = current();
    if (!preset || store().isReadOnly() || m_filter->isFiltering())
        return;
    const int from = store().indexOf(preset->name);
    if (!change([&](PresetStore &presets, QString *) { return presets.move(from, from + delta); }))
        return;
    reload(preset->name);
    setStatus(tr("Moved %1 %2.").arg(quoted(preset->name), delta < 0 ? tr("up") : tr("down")), false);
}

void PresetsPanel::chooseImport()
{
    if (const QString path = PresetTransfer::chooseImportFile(this); !path.isEmpty())
        importFrom(path);
}

void PresetsPanel::chooseExport(bool selectionOnly)
{
    if (const QString path = PresetTransfer::chooseExportFile(this); !path.isEmpty())
        exportTo(path, selectionOnly);
}

bool PresetsPanel::exportTo(const QString &path, bool selectionOnly)
{
    QList<Preset> chosen = store().presets();
    if (selectionOnly) {
        chosen.clear();
        for (const QString &name : selectedNames())
            chosen << *store().find(name);
    }
    const PresetTransfer::Done done = PresetTransfer::exportFile(path, chosen, selectionOnly);
    setStatus(done.message, done.problem);
    return done.ok;
}

bool PresetsPanel::importFrom(const QString &path)
{
    const PresetTransfer::Done done = PresetTransfer::importFile(this, *m_library, path, m_model->accounts());
    if (done.changed) {
        m_ui->presetSearch->clear();
        reload(done.select);
    }
    setStatus(done.message, done.problem, done.undoWhat);
    return done.ok;
}

} // namespace PurgeDesk::Gui
