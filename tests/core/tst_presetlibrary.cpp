// presets.json watched while a window has it open, with real files in a temporary folder: a change
// made by another program (created, replaced as QSaveFile does, written in place, removed) is
// reported, the watcher's owner's own saves and a settings.ini written beside it are not; and the
// PresetLibrary on top: each change saved at once or not made at all, undo, and the presets read
// again when another program changes them.

#include "presets/presetfilewatcher.h"
#include "presets/presetlibrary.h"
#include "presets/presetstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Presets;

namespace {

Preset preset(const QString &name)
{
    Preset preset;
    preset.name = name;
    preset.profile = u"Work"_s;
    preset.zoneName = u"example.com"_s;
    preset.action = Purge::PurgeAction::Tags;
    preset.items = {u"tag"_s};
    return preset;
}

// Saves these presets as another program (purgedesk-cli) would: its own store, QSaveFile.
bool saveElsewhere(const QString &path, const QStringList &names)
{
    PresetStore store(path);
    QString message;
    QString error;
    if (!store.load(&message))
        return false;
    for (const QString &name : names) {
        if (!store.put(preset(name), true, &error))
            return false;
    }
    return store.save(&error);
}

QStringList namesOf(const PresetStore &store)
{
    QStringList names;
    for (const Preset &preset : store.presets())
        names << preset.name;
    return names;
}

} // namespace

class TestPresetLibrary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void changesMadeElsewhereAreReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config/presets.json"_s);
        PresetFileWatcher watcher(path);
        QSignalSpy changed(&watcher, &PresetFileWatcher::changedElsewhere);
        watcher.expect({}); // no file yet: its folder is watched (and made)
        QVERIFY(QDir(dir.filePath(u"config"_s)).exists());

        // settings.ini, written beside it, is looked at and is no change.
        QVERIFY(Test::writeFile(dir.filePath(u"config/settings.ini"_s), "[General]\n"));
        watcher.check();
        QCOMPARE(changed.count(), 0);

        // Created by another program.
        QVERIFY(saveElsewhere(path, {u"Alpha"_s}));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 1);
        watcher.check(); // reported once, not again for the same change
        QCOMPARE(changed.count(), 1);
        watcher.expect(readAll(path)); // the owner read it again

        // Replaced (QSaveFile renames a new file over it): the watch follows the new file.
        QVERIFY(saveElsewhere(path, {u"Beta"_s}));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 2);
        watcher.expect(readAll(path));
        QVERIFY(saveElsewhere(path, {u"Gamma"_s}));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 3);
        watcher.expect(readAll(path));

        // Written in place, as an editor may.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
        QVERIFY(file.write("\n") == 1);
        file.close();
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 4);
        watcher.expect(readAll(path));

        // Removed, then created again: the folder is watched while the file is gone.
        QVERIFY(QFile::remove(path));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 5);
        watcher.expect({});
        QVERIFY(saveElsewhere(path, {u"Delta"_s}));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 6);
    }

    void ownSavesAreNotChangesMadeElsewhere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"presets.json"_s);
        QVERIFY(saveElsewhere(path, {u"Alpha"_s}));
        PresetStore store(path);
        QString message;
        QString error;
        QVERIFY(store.load(&message));
        QCOMPARE(store.fileContent(), readAll(path));
        PresetFileWatcher watcher(path);
        QSignalSpy changed(&watcher, &PresetFileWatcher::changedElsewhere);
        watcher.expect(store.fileContent());

        QVERIFY(store.put(preset(u"Beta"_s), false, &error));
        QVERIFY(store.save(&error));
        QCOMPARE(store.fileContent(), readAll(path));
        watcher.expect(store.fileContent());
        watcher.check(); // as when the file system reports the save
        QCOMPARE(changed.count(), 0);

        // Still watched after its own save: another program's save is seen.
        QVERIFY(saveElsewhere(path, {u"Gamma"_s}));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 1);
    }

    void aChangeBeforeExpectIsNotLost()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"presets.json"_s);
        QVERIFY(saveElsewhere(path, {u"Alpha"_s}));
        const QByteArray read = readAll(path);
        QVERIFY(saveElsewhere(path, {u"Beta"_s})); // between the owner's read and its expect()
        PresetFileWatcher watcher(path);
        QSignalSpy changed(&watcher, &PresetFileWatcher::changedElsewhere);
        watcher.expect(read);
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 1);
    }

    void libraryChangesAreSavedOrNotMade()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"presets.json"_s);
        PresetLibrary library(path);
        QString message;
        QVERIFY(library.load(&message));
        QVERIFY(message.isEmpty());
        QString error;
        QVERIFY(library.change(
            [](PresetStore &store, QString *why) { return store.put(preset(u"Alpha"_s), false, why); }, false, &error));
        QVERIFY(!library.canUndo());
        PresetStore onDisk(path);
        QVERIFY(onDisk.load(&message));
        QCOMPARE(namesOf(onDisk), QStringList {u"Alpha"_s});

        // An edit that says no changes nothing.
        QVERIFY(!library.change(
            [](PresetStore &store, QString *why) { return store.put(preset(u"alpha"_s), false, why); }, true, &error));
        QCOMPARE(error, u"There is already a preset named \u201cAlpha\u201d."_s);
        QCOMPARE(namesOf(library.store()), QStringList {u"Alpha"_s});

        // Undoable: the presets from before come back, saved.
        QVERIFY(library.change([](PresetStore &store, QString *) { return store.remove(u"Alpha"_s); }, true, &error));
        QVERIFY(library.canUndo());
        QVERIFY(onDisk.load(&message));
        QVERIFY(onDisk.presets().isEmpty());
        QVERIFY(library.undo(&error));
        QVERIFY(!library.canUndo());
        QCOMPARE(namesOf(library.store()), QStringList {u"Alpha"_s});
        QVERIFY(onDisk.load(&message));
        QCOMPARE(namesOf(onDisk), QStringList {u"Alpha"_s});
        QVERIFY(library.change([](PresetStore &store, QString *) { return store.remove(u"Alpha"_s); }, true, &error));
        library.forgetUndo();
        QVERIFY(!library.canUndo());
        QVERIFY(!library.undo(&error));
    }

    void aChangeThatCannotBeSavedIsNotMade()
    {
        QTemporaryDir dir;
        QVERIFY(Test::writeFile(dir.filePath(u"not-a-folder"_s), "x"));
        PresetLibrary library(dir.filePath(u"not-a-folder/presets.json"_s));
        QString message;
        QVERIFY(library.load(&message));
        QString error;
        QVERIFY(!library.change(
            [](PresetStore &store, QString *why) { return store.put(preset(u"Alpha"_s), false, why); }, true, &error));
        QVERIFY2(error.startsWith(u"Nothing was changed. The presets could not be written to "_s), qPrintable(error));
        QVERIFY(library.store().presets().isEmpty());
        QVERIFY(!library.canUndo());
    }

    void libraryReadsChangesMadeElsewhere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"presets.json"_s);
        PresetLibrary library(path);
        QSignalSpy elsewhere(&library, &PresetLibrary::changedElsewhere);
        QString message;
        QVERIFY(library.load(&message));
        QString error;
        QVERIFY(library.change(
            [](PresetStore &store, QString *why) { return store.put(preset(u"Alpha"_s), false, why); }, true, &error));
        auto *watcher = library.findChild<PresetFileWatcher *>(u"presetFileWatcher"_s);
        QVERIFY(watcher);
        watcher->check(); // its own save
        QCOMPARE(elsewhere.count(), 0);
        QVERIFY(library.canUndo());

        QVERIFY(saveElsewhere(path, {u"Beta"_s}));
        QVERIFY(elsewhere.wait(5000));
        QCOMPARE(elsewhere.first().first().toString(), QString());
        QCOMPARE(namesOf(library.store()), (QStringList {u"Alpha"_s, u"Beta"_s}));
        QVERIFY(!library.canUndo()); // undo would throw away what the other program saved

        // Changed by another program while a change asks its questions: that change is not made.
        QVERIFY(!library.change(
            [&](PresetStore &store, QString *why) {
                if (!saveElsewhere(path, {u"Gamma"_s}))
                    return false;
                watcher->check(); // as the file system reports it while a question waits for its answer
                return store.put(preset(u"Delta"_s), false, why);
            },
            true, &error));
        QCOMPARE(error, u"The presets were changed outside this window meanwhile; nothing was changed."_s);
        QCOMPARE(elsewhere.count(), 2);
        QCOMPARE(namesOf(library.store()), (QStringList {u"Alpha"_s, u"Beta"_s, u"Gamma"_s}));
        PresetStore onDisk(path);
        QVERIFY(onDisk.load(&message));
        QCOMPARE(namesOf(onDisk), (QStringList {u"Alpha"_s, u"Beta"_s, u"Gamma"_s}));

        // Damaged by another program: moved aside, and said.
        QVERIFY(Test::writeFile(path, "{\"schema\": 1, \"presets\": [ {\"na"));
        QVERIFY(elsewhere.wait(5000));
        QVERIFY2(elsewhere.last().first().toString().startsWith(u"The presets file was damaged"_s),
            qPrintable(elsewhere.last().first().toString()));
        QVERIFY(library.store().presets().isEmpty());
        QCOMPARE(QDir(dir.path()).entryList({u"presets.json.damaged-*"_s}, QDir::Files).size(), 1);
        // Moved aside, the file is gone: that is what the library knows, not another change.
        watcher->check();
        QCOMPARE(elsewhere.count(), 3);
    }

private:
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

QTEST_GUILESS_MAIN(TestPresetLibrary)
#include "tst_presetlibrary.moc"
