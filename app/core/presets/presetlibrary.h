#pragma once

#include "presets/presetstore.h"

#include <QObject>

#include <functional>
#include <optional>

namespace PurgeDesk::Presets {

class PresetFileWatcher;

// The saved presets of a window: the store, each change saved at once (or not made at all), the last
// change undoable, and presets.json watched so that a change made by another program (purgedesk-cli,
// another PurgeDesk) is read again, while this library's own saves are not taken for one.
class PresetLibrary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetLibrary)

public:
    explicit PresetLibrary(const QString &path = PresetStore::defaultPath(), QObject *parent = nullptr);

    // Reads the file (see PresetStore::load) and watches it from now on.
    bool load(QString *message);
    const PresetStore &store() const { return m_store; }

    // Changes the presets: `edit` changes a copy of the store (or says why it cannot, in `error`), and
    // the copy is saved. Only once it is saved does it become the library's; otherwise nothing
    // changes and `error` says why ("Nothing was changed. The presets could not be written ...").
    // With `undoable`, undo() puts back the presets from before. An edit may ask the user questions
    // (the event loop runs): when the file is read again meanwhile, the change is not made.
    using Edit = std::function<bool(PresetStore &store, QString *error)>;
    bool change(const Edit &edit, bool undoable, QString *error);
    bool canUndo() const { return m_undo.has_value(); }
    // Puts back (and saves) the presets from before the last undoable change.
    bool undo(QString *error);
    // The last change can no longer be undone (the user has moved on).
    void forgetUndo() { m_undo.reset(); }

Q_SIGNALS:
    // presets.json was changed by another program and has been read again; `message` says what was
    // wrong with it, if anything. Nothing can be undone any more.
    void changedElsewhere(const QString &message);

private:
    void reloadChanged();

    PresetStore m_store;
    PresetFileWatcher *m_watcher;
    std::optional<QList<Preset>> m_undo;
    int m_reads = 0; // how often the file has been read
};

} // namespace PurgeDesk::Presets
