#include "presetlibrary.h"

#include "presets/presetfilewatcher.h"

#include <QCoreApplication>

namespace PurgeDesk::Presets {

PresetLibrary::PresetLibrary(const QString &path, QObject *parent)
    : QObject(parent)
    , m_store(path)
    , m_watcher(new PresetFileWatcher(path, this))
{
    m_watcher->setObjectName(QStringLiteral("presetFileWatcher"));
    connect(m_watcher, &PresetFileWatcher::changedElsewhere, this, &PresetLibrary::reloadChanged);
}

bool PresetLibrary::load(QString *message)
{
    ++m_reads;
    const bool loaded = m_store.load(message);
    m_undo.reset();
    m_watcher->expect(m_store.fileContent());
    return loaded;
}

bool PresetLibrary::change(const Edit &edit, bool undoable, QString *error)
{
    PresetStore changed = m_store;
    const int reads = m_reads;
    if (!edit(changed, error))
        return false;
    if (reads != m_reads) { // read again while the edit asked its questions: the copy is out of date
        *error = QCoreApplication::translate(
            "PurgeDesk::Presets", "The presets were changed outside this window meanwhile; nothing was changed.");
        return false;
    }
    QString saveError;
    if (!changed.save(&saveError)) {
        *error = QCoreApplication::translate("PurgeDesk::Presets", "Nothing was changed. %1").arg(saveError);
        return false;
    }
    if (undoable)
        m_undo = m_store.presets();
    else
        m_undo.reset();
    m_store = changed;
    m_watcher->expect(m_store.fileContent());
    return true;
}

bool PresetLibrary::undo(QString *error)
{
    if (!m_undo)
        return false;
    const QList<Preset> before = *m_undo;
    return change(
        [&before](PresetStore &store, QString *) {
            store.setPresets(before);
            return true;
        },
        false, error);
}

void PresetLibrary::reloadChanged()
{
    QString message;
    load(&message);
    Q_EMIT changedElsewhere(message);
}

} // namespace PurgeDesk::Presets
