// Drives the Presets panel of the real main window against the built-in sandbox: today's purge
// saved with Ctrl+S and run again with one click (recorded in the history as the preset's run),
// purge everything still asking for the zone's name, a preset whose account or zone is gone,
// rename / duplicate / reorder / delete and undo, Update from the form, import with its questions
// and line-by-line report, export without secrets, a damaged presets file, and preset runs greyed
// while a purge runs. Dialogs are answered ahead of time through their seams (MessageBox,
// FileDialog, PresetPrompt, SavePresetDialog), never by a timer.

#include "accounts/profilestore.h"
#include "history/historystore.h"
#include "presets/presetfilewatcher.h"
#include "presets/presetstore.h"
#include "storage/appfiles.h"
#include "testsupport.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/common/filedialog.h"
#include "ui/history/historymodels.h"
#include "ui/history/historypanel.h"
#include "ui/presets/presetdelegate.h"
#include "ui/presets/presetprompt.h"
#include "ui/presets/presetspanel.h"
#include "ui/presets/savepresetdialog.h"
#include "ui/purge/confirmzonedialog.h"
#include "windowtestsupport.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Gui;
using PurgeDesk::Presets::Preset;
using PurgeDesk::Presets::PresetStore;
using PurgeDesk::Test::child;
using PurgeDesk::Test::setList;
using PurgeDesk::Test::settle;
using PurgeDesk::Test::snapshot;
using PurgeDesk::Test::waitForRun;

namespace {

Preset makePreset(const QString &name, const QString &action, const QStringList &items,
    const QString &zoneName = u"example.com"_s, const QString &profile = u"sandbox"_s)
{
    Preset preset;
    preset.name = name;
    preset.profile = profile;
    preset.zoneName = zoneName;
    Purge::fromName(action, &preset.action);
    preset.items = items;
    return preset;
}

bool storePresets(const QList<Preset> &presets)
{
    QDir().mkpath(QFileInfo(PresetStore::defaultPath()).absolutePath());
    QString error;
    return Presets::writePresetFile(PresetStore::defaultPath(), presets, &error);
}

QStringList savedNames()
{
    PresetStore store;
    QString message;
    store.load(&message);
    QStringList names;
    for (const Preset &preset : store.presets())
        names << preset.name;
    return names;
}

} // namespace

class TestPresetsPanel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

    MainWindow &openWindow()
    {
        m_window = PurgeDesk::Test::openWindow(PurgeDesk::Test::oneAttempt());
        return *m_window;
    }

    static PresetsPanel *panel(MainWindow &window) { return window.presetsPanel(); }
    static QListView *list(MainWindow &window) { return child<QListView>(window, u"presetList"_s); }

    // Selects the preset and gives the list the keyboard focus (in an active window: keys that act
    // on presets only do so while the list has the focus).
    static void select(MainWindow &window, const QString &name)
    {
        panel(window)->selectPreset(name);
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            qWarning("window not active");
        list(window)->setFocus();
    }

    // The centre of the Run button drawn at the right of a preset's row.
    static QPoint runButton(MainWindow &window, int row)
    {
        QListView *view = list(window);
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        return {rect.right() - 30, rect.center().y()};
    }

    static QString notice(MainWindow &window) { return child<QLabel>(window, u"noticeLabel"_s)->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        PurgeDesk::Test::prepare();
        // A question no test answered is cancelled (and listed) instead of waiting for a user.
        MessageBox::setTestMode(true);
        PresetPrompt::setTestMode(true);
        SavePresetDialog::setTestMode(true);
    }

    void init()
    {
        QFile::remove(settingsFilePath());
        QFile::remove(PresetStore::defaultPath());
        QFile::remove(ProfileStore::defaultPath());
        const QString history = History::HistoryStore::defaultPath();
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(history + suffix);
    }

    void cleanup()
    {
        m_window.reset();
        MessageBox::takeAsked();
        PresetPrompt::takeAsked();
    }

    void savedWithCtrlSAndRunInOneClick()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        QListView *view = list(window);
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A first-time user sees how presets are made.
        QVERIFY(child<QLabel>(window, u"presetEmpty"_s)->isVisible());
        QVERIFY(child<QLabel>(window, u"presetEmpty"_s)->text().contains(u"Ctrl+S"_s));
        QVERIFY(!child<QPushButton>(window, u"presetRun"_s)->isEnabled());

        child<QRadioButton>(window, u"actionTags"_s)->setChecked(true);
        // A duplicate is left out, as the purge leaves it out: the preset says it purges 2 tags.
        setList(window, u"product-1\n\n  product-2  \nproduct-1\n# a comment"_s);
        QVERIFY(settle(window));
        SavePresetDialog::setNextAnswer(u"Product tags"_s, u"after each deploy"_s);
        QTest::keySequence(&window, QKeySequence::Save);
        QCOMPARE(savedNames(), QStringList {u"Product tags"_s});
        PresetStore store;
        QString message;
        QVERIFY(store.load(&message));
        const Preset saved = store.presets().first();
        QCOMPARE(saved.profile, u"sandbox"_s);
        QCOMPARE(saved.zoneName, u"example.com"_s);
        QCOMPARE(saved.zoneId.size(), 32);
        QCOMPARE(saved.action, Purge::PurgeAction::Tags);
        QCOMPARE(saved.mode, Purge::PurgeMode::Purge);
        QCOMPARE(saved.items, (QStringList {u"product-1"_s, u"product-2"_s}));
        QCOMPARE(saved.note, u"after each deploy"_s);
        QVERIFY(window.context()->connection()->sandbox()->purges().isEmpty()); // saving purges nothing
        QCOMPARE(view->model()->rowCount(), 1);
        QVERIFY(view->isVisible());
        QCOMPARE(panel(window)->statusText(), u"Saved \u201cProduct tags\u201d."_s);
        QCOMPARE(view->model()->index(0, 0).data(Qt::AccessibleDescriptionRole).toString(),
            u"Purge 2 tags in example.com · Sandbox"_s);
        // The selected preset's note and last run (from the history) show under the list.
        QTRY_COMPARE(panel(window)->detailText(), u"after each deploy\nNot run yet."_s);

        // Tomorrow: the form holds something else; one click on the row's Run button purges the preset.
        child<QRadioButton>(window, u"actionUrls"_s)->setChecked(true);
        setList(window, u"https://example.com/other.js"_s);
        QVERIFY(settle(window));
        snapshot(window, u"presets"_s);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, runButton(window, 0));
        QTRY_COMPARE(window.context()->connection()->sandbox()->purges().size(), 1);
        QVERIFY(waitForRun(window));
        QCOMPARE(window.context()->connection()->sandbox()->purges().first().items,
            (QStringList {u"product-1"_s, u"product-2"_s}));
        QVERIFY(child<QRadioButton>(window, u"actionTags"_s)->isChecked());
        QVERIFY(notice(window).startsWith(
            u"The preset \u201cProduct tags\u201d (zone example.com): its run is shown below."_s));
        QTRY_VERIFY2(panel(window)->detailText().startsWith(u"after each deploy\nLast run "_s)
                && panel(window)->detailText().endsWith(u": Done."_s),
            qPrintable(panel(window)->detailText()));

        // The history names the preset as the run's source.
        History::HistoryStore history;
        QVERIFY(history.open(&message));
        const QList<History::RunRow> runs = history.runs(History::RunFilter(), 5);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().source, Purge::RunSource::ofPreset(u"Product tags"_s));
        QCOMPARE(runs.first().outcome, Purge::RunOutcome::Done);

        // Enter on the selected preset runs it too.
        select(window, u"Product tags"_s);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(window.context()->connection()->sandbox()->purges().size(), 2);
        QVERIFY(waitForRun(window));

        // A purge of the form itself, then the preset's runs in the History tab: only those two.
        setList(window, u"product-3"_s);
        QVERIFY(settle(window));
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QTRY_COMPARE(window.context()->connection()->sandbox()->purges().size(), 3);
        QVERIFY(waitForRun(window));
        select(window, u"Product tags"_s);
        child<QAction>(window, u"actionPresetHistory"_s)->trigger();
        HistoryPanel *historyPanel = window.historyPanel();
        QVERIFY(historyPanel->isVisible());
        QCOMPARE(child<QLineEdit>(window, u"historySearch"_s)->text(), u"preset:Product tags"_s);
        auto *runTable = child<QTableView>(window, u"historyRuns"_s);
        QTRY_VERIFY2(!historyPanel->isLoading() && historyPanel->statusText() == u"2 purges match"_s,
            qPrintable(historyPanel->statusText()));
        QCOMPARE(runTable->model()->rowCount(), 2);
        QCOMPARE(runTable->model()->index(0, RunListModel::Source).data().toString(), u"Preset Product tags"_s);
    }

    void purgeEverythingStillAsksForTheZoneName()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        child<ZonePicker>(window, u"zonePicker"_s)->selectZone(u"example.net"_s);
        child<QRadioButton>(window, u"actionEverything"_s)->setChecked(true);
        QVERIFY(settle(window));
        SavePresetDialog::setNextAnswer(u"Wipe example.net"_s);
        panel(window)->saveCurrent();
        QCOMPARE(savedNames(), QStringList {u"Wipe example.net"_s});
        QCOMPARE(panel(window)->store().presets().first().items, QStringList());

        child<ZonePicker>(window, u"zonePicker"_s)->selectZone(u"example.com"_s);
        child<QRadioButton>(window, u"actionUrls"_s)->setChecked(true);
        select(window, u"Wipe example.net"_s);
        QTest::mouseClick(child<QPushButton>(window, u"presetRun"_s), Qt::LeftButton);
        ConfirmZoneDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = window.findChild<ConfirmZoneDialog *>()) && confirm->isVisible());
        QVERIFY(!confirm->confirmButton()->isEnabled());
        QVERIFY(window.context()->connection()->sandbox()->purges().isEmpty());
        QTest::keyClicks(confirm->nameEdit(), u"example.net"_s);
        QVERIFY(confirm->confirmButton()->isEnabled());
        QTest::mouseClick(confirm->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE(window.context()->connection()->sandbox()->purges().size(), 1);
        QVERIFY(waitForRun(window));
        QCOMPARE(window.context()->connection()->sandbox()->purges().first().selector, u"everything"_s);
        QCOMPARE(child<ZonePicker>(window, u"zonePicker"_s)->currentZone()->name, u"example.net"_s);

        // Cancelling the question sends nothing.
        QTest::mouseClick(child<QPushButton>(window, u"presetRun"_s), Qt::LeftButton);
        QTRY_VERIFY((confirm = window.findChild<ConfirmZoneDialog *>()) && confirm->isVisible());
        QSignalSpy started(window.purgePage(), &PurgePage::sessionStarted);
        confirm->reject();
        QTRY_VERIFY(!window.findChild<ConfirmZoneDialog *>()); // closed and gone
        QCOMPARE(started.count(), 0);
        QVERIFY(!window.purgePage()->isRunning());
        QCOMPARE(window.context()->connection()->sandbox()->purges().size(), 1);
    }

    void goneAccountOrZoneIsExplainedAndNothingIsPurged()
    {
        QVERIFY(storePresets({makePreset(u"Agency tags"_s, u"tags"_s, {u"t1"_s}, u"example.com"_s, u"Agency"_s),
            makePreset(u"Old site"_s, u"files"_s, {u"https://gone.example/a.js"_s}, u"gone.example"_s),
            makePreset(u"Blog by name"_s, u"prefixes"_s, {u"example.org/blog/"_s}, u"EXAMPLE.ORG"_s)}));
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        QListView *view = list(window);
        QCOMPARE(view->model()->rowCount(), 3);
        QVERIFY(view->model()
                    ->index(0, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"uses the account \u201cAgency\u201d, which is not in PurgeDesk"_s));

        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, runButton(window, 0));
        QVERIFY2(
            panel(window)->statusText().endsWith(u"Nothing was purged."_s), qPrintable(panel(window)->statusText()));
        QVERIFY(panel(window)->statusText().contains(u"Agency"_s));

        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, runButton(window, 1));
        QTRY_VERIFY2(
            notice(window).startsWith(u"The preset \u201cOld site\u201d did not start. The zone gone.example is "
                                      u"not among this account's zones."_s),
            qPrintable(notice(window)));
        QCOMPARE(child<ListEditor>(window, u"listEditor"_s)->toPlainText(), u"https://gone.example/a.js"_s);

        // Opened, a preset of a gone account still loads its list, and says which account it needs.
        select(window, u"Agency tags"_s);
        QTest::mouseClick(child<QPushButton>(window, u"presetOpen"_s), Qt::LeftButton);
        QCOMPARE(child<ListEditor>(window, u"listEditor"_s)->toPlainText(), u"t1"_s);
        QVERIFY2(notice(window).startsWith(u"The preset \u201cAgency tags\u201d uses the account \u201cAgency\u201d, "
                                           u"which is not in PurgeDesk."_s),
            qPrintable(notice(window)));
        QVERIFY(window.context()->connection()->sandbox()->purges().isEmpty());

        // A preset that names its zone (saved on the command line without the ID) finds it by name.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, runButton(window, 2));
        QTRY_COMPARE(window.context()->connection()->sandbox()->purges().size(), 1);
        QVERIFY(waitForRun(window));
        QCOMPARE(
            window.context()->connection()->sandbox()->purges().first().items, QStringList {u"example.org/blog/"_s});
        QCOMPARE(child<ZonePicker>(window, u"zonePicker"_s)->currentZone()->name, u"example.org"_s);
    }

    void renameDuplicateReorderDeleteAndUndo()
    {
        QVERIFY(storePresets({makePreset(u"Alpha"_s, u"tags"_s, {u"a"_s}), makePreset(u"Beta"_s, u"tags"_s, {u"b"_s}),
            makePreset(u"Gamma"_s, u"hosts"_s, {u"www.example.com"_s})}));
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        QListView *view = list(window);
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        select(window, u"Beta"_s);
        PresetPrompt::setNextAnswer(u"Beta tags"_s);
        QTest::keyClick(view, Qt::Key_F2);
        QCOMPARE(PresetPrompt::takeAsked(), QStringList {u"New name for \u201cBeta\u201d:"_s});
        QCOMPARE(savedNames(), (QStringList {u"Alpha"_s, u"Beta tags"_s, u"Gamma"_s}));
        QCOMPARE(panel(window)->statusText(), u"Renamed \u201cBeta\u201d to \u201cBeta tags\u201d."_s);
        // A name another preset has is refused, and says so; cancelling changes nothing.
        PresetPrompt::setNextAnswer(u"alpha"_s);
        QTest::keyClick(view, Qt::Key_F2);
        QVERIFY2(panel(window)->statusText().startsWith(u"\u201cBeta tags\u201d was not renamed: There is already a "
                                                        u"preset named \u201cAlpha\u201d."_s),
            qPrintable(panel(window)->statusText()));
        PresetPrompt::setNextAnswer(std::nullopt);
        QTest::keyClick(view, Qt::Key_F2);
        QCOMPARE(savedNames(), (QStringList {u"Alpha"_s, u"Beta tags"_s, u"Gamma"_s}));
        QCOMPARE(PresetPrompt::takeAsked().size(), 2);

        child<QAction>(window, u"actionDuplicatePreset"_s)->trigger();
        QCOMPARE(savedNames(), (QStringList {u"Alpha"_s, u"Beta tags"_s, u"Beta tags (2)"_s, u"Gamma"_s}));
        QCOMPARE(panel(window)->selectedNames(), QStringList {u"Beta tags (2)"_s});
        select(window, u"Beta tags (2)"_s); // and the keyboard focus in the list

        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(savedNames(), (QStringList {u"Beta tags (2)"_s, u"Alpha"_s, u"Beta tags"_s, u"Gamma"_s}));
        QVERIFY(!child<QAction>(window, u"actionMovePresetUp"_s)->isEnabled()); // already first
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(savedNames(), (QStringList {u"Alpha"_s, u"Beta tags (2)"_s, u"Beta tags"_s, u"Gamma"_s}));

        // Dragged and dropped: Gamma to the top, then Alpha and Gamma together to the end.
        QAbstractItemModel *model = view->model();
        QVERIFY(model->flags(model->index(3, 0)) & Qt::ItemIsDragEnabled);
        QVERIFY(!(model->flags(model->index(3, 0)) & Qt::ItemIsDropEnabled)); // between presets, not onto one
        std::unique_ptr<QMimeData> dragged(model->mimeData({model->index(3, 0)}));
        QVERIFY(model->canDropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {}));
        QVERIFY(model->dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(savedNames(), (QStringList {u"Gamma"_s, u"Alpha"_s, u"Beta tags (2)"_s, u"Beta tags"_s}));
        dragged.reset(model->mimeData({model->index(1, 0), model->index(0, 0)}));
        QVERIFY(model->dropMimeData(dragged.get(), Qt::MoveAction, -1, 0, {}));
        QCOMPARE(savedNames(), (QStringList {u"Beta tags (2)"_s, u"Beta tags"_s, u"Gamma"_s, u"Alpha"_s}));
        QCOMPARE(panel(window)->statusText(), u"Moved 2 presets."_s);
        dragged.reset(model->mimeData({model->index(1, 0)}));
        QVERIFY(model->dropMimeData(dragged.get(), Qt::MoveAction, 4, 0, {}));
        QVERIFY(model->dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {}));
        QVERIFY(model->dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {}) == false); // already there
        QCOMPARE(savedNames(), (QStringList {u"Beta tags"_s, u"Beta tags (2)"_s, u"Gamma"_s, u"Alpha"_s}));
        dragged.reset(model->mimeData({model->index(3, 0)}));
        QVERIFY(model->dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {}));
        dragged.reset(model->mimeData({model->index(1, 0)}));
        QVERIFY(model->dropMimeData(dragged.get(), Qt::MoveAction, 3, 0, {})); // down, before Gamma
        QCOMPARE(savedNames(), (QStringList {u"Alpha"_s, u"Beta tags (2)"_s, u"Beta tags"_s, u"Gamma"_s}));
        select(window, u"Beta tags (2)"_s);

        // Delete in the list removes the preset, and Undo brings it back where it was.
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(savedNames(), (QStringList {u"Alpha"_s, u"Beta tags"_s, u"Gamma"_s}));
        QCOMPARE(panel(window)->statusText(), u"Deleted \u201cBeta tags (2)\u201d."_s);
        auto *undo = child<QPushButton>(window, u"presetUndo"_s);
        QVERIFY(undo->isVisible());
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(savedNames(), (QStringList {u"Alpha"_s, u"Beta tags (2)"_s, u"Beta tags"_s, u"Gamma"_s}));
        QVERIFY(!undo->isVisible());

        // Delete in the purge form's list edits the list; it never deletes a preset.
        auto *editor = child<ListEditor>(window, u"listEditor"_s);
        setList(window, u"abc"_s);
        editor->setFocus();
        editor->moveCursor(QTextCursor::Start);
        QTest::keyClick(editor, Qt::Key_Delete);
        QCOMPARE(editor->toPlainText(), u"bc"_s);
        QCOMPARE(savedNames().size(), 4);

        // Search by name, zone, note or item; moving is off while the list is filtered.
        auto *search = child<QLineEdit>(window, u"presetSearch"_s);
        QVERIFY(!search->isClearButtonEnabled()); // it comes with the first text (its icon is the theme's)
        QTest::keyClicks(search, u"www.example"_s);
        QVERIFY(search->isClearButtonEnabled());
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), u"Gamma"_s);
        search->setText(u"nothing like this"_s);
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(
            child<QLabel>(window, u"presetEmpty"_s)->text(), u"No preset matches \u201cnothing like this\u201d."_s);
        search->setText(u"beta"_s);
        QCOMPARE(view->model()->rowCount(), 2);
        select(window, u"Beta tags"_s);
        QVERIFY(!child<QAction>(window, u"actionMovePresetUp"_s)->isEnabled());
        std::unique_ptr<QMimeData> filtered(view->model()->mimeData({view->model()->index(1, 0)}));
        QVERIFY(!view->model()->dropMimeData(filtered.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(savedNames(), (QStringList {u"Alpha"_s, u"Beta tags (2)"_s, u"Beta tags"_s, u"Gamma"_s}));
    }

    void openLoadsTheFormAndUpdateSavesItBack()
    {
        QVERIFY(storePresets({makePreset(u"Assets"_s, u"files"_s, {u"https://example.com/app.js"_s})}));
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *editor = child<ListEditor>(window, u"listEditor"_s);
        setList(window, u"www.example.com"_s);
        child<QRadioButton>(window, u"actionHosts"_s)->setChecked(true);
        select(window, u"Assets"_s);
        QTest::mouseClick(child<QPushButton>(window, u"presetOpen"_s), Qt::LeftButton);
        QCOMPARE(editor->toPlainText(), u"https://example.com/app.js"_s);
        QVERIFY(child<QRadioButton>(window, u"actionUrls"_s)->isChecked());
        QVERIFY(settle(window));
        QVERIFY(window.context()->connection()->sandbox()->purges().isEmpty());

        setList(window, u"https://example.com/app.js\nhttps://example.com/app.css  CF-Device-Type: mobile"_s);
        child<QRadioButton>(window, u"modeInvalidate"_s)->setChecked(true);
        QVERIFY(settle(window));
        child<QAction>(window, u"actionUpdatePreset"_s)->trigger();
        PresetStore store;
        QString message;
        QVERIFY(store.load(&message));
        QCOMPARE(store.presets().first().items,
            (QStringList {u"https://example.com/app.js"_s, u"https://example.com/app.css  CF-Device-Type: mobile"_s}));
        QCOMPARE(store.presets().first().mode, Purge::PurgeMode::Invalidate);
        QCOMPARE(
            panel(window)->statusText(), u"Updated \u201cAssets\u201d: Invalidate 2 URLs in example.com · Sandbox."_s);
        QTest::mouseClick(child<QPushButton>(window, u"presetUndo"_s), Qt::LeftButton);
        QVERIFY(store.load(&message));
        QCOMPARE(store.presets().first().items, QStringList {u"https://example.com/app.js"_s});

        // A form that cannot be purged cannot be saved either; the panel says why.
        setList(window, u"not a url"_s);
        QVERIFY(settle(window));
        panel(window)->saveCurrent();
        QVERIFY2(
            panel(window)->statusText().startsWith(u"The purge form cannot be saved as a preset yet: Fix or remove "
                                                   u"the line marked as an error"_s),
            qPrintable(panel(window)->statusText()));
        QCOMPARE(savedNames(), QStringList {u"Assets"_s});

        // Saving under a name that exists asks; Cancel goes back to the name, and Replace keeps the one
        // name.
        setList(window, u"https://example.com/new.js"_s);
        QVERIFY(settle(window));
        MessageBox::takeAsked();
        SavePresetDialog::setNextAnswer(u"assets"_s);
        MessageBox::setNextAnswer(u"Cancel"_s);
        SavePresetDialog::setNextAnswer(u"assets"_s);
        MessageBox::setNextAnswer(u"Replace"_s);
        panel(window)->saveCurrent();
        QCOMPARE(MessageBox::takeAsked(), QStringList(2, u"There is already a preset named \u201cAssets\u201d."_s));
        QVERIFY(store.load(&message));
        QCOMPARE(store.presets().size(), 1);
        QCOMPARE(store.presets().first().name, u"assets"_s);
        QCOMPARE(store.presets().first().items, QStringList {u"https://example.com/new.js"_s});
        QVERIFY(child<QPushButton>(window, u"presetUndo"_s)->isVisible()); // replacing can be undone

        // Cancelled: nothing is saved.
        SavePresetDialog::setNextCancel();
        panel(window)->saveCurrent();
        QVERIFY(store.load(&message));
        QCOMPARE(store.presets().size(), 1);
    }

    void importAsksAndReportsAndExportHoldsNoSecret()
    {
        QTemporaryDir dir;
        QVERIFY(storePresets({makePreset(u"Assets"_s, u"files"_s, {u"https://example.com/app.js"_s})}));
        const QString incoming = dir.filePath(u"shared.json"_s);
        QVERIFY(PurgeDesk::Test::writeFile(incoming, R"({"schema": 1, "presets": [
            {"name": "Assets", "profile": "sandbox", "zone": {"name": "example.com"}, "mode": "purge",
             "action": "tags", "items": ["shared"]},
            {"name": "Agency hosts", "profile": "Agency", "zone": {"name": "example.net"}, "mode": "purge",
             "action": "hosts", "items": ["www.example.net"]},
            {"name": "Broken", "profile": "sandbox", "zone": {"name": "example.com"}, "mode": "purge",
             "action": "nuke", "items": []},
            {"name": "Blog", "profile": "sandbox", "zone": {"name": "example.org"}, "mode": "invalidate",
             "action": "prefixes", "items": ["example.org/blog/"]}
        ]})"));
        MainWindow &window = openWindow();
        QVERIFY(settle(window));

        // Cancelling at the first question changes nothing.
        PresetPrompt::setNextAnswer(std::nullopt);
        QVERIFY(!panel(window)->importFrom(incoming));
        QCOMPARE(savedNames(), QStringList {u"Assets"_s});
        QCOMPARE(panel(window)->statusText(), u"The import was cancelled; nothing was changed."_s);
        const QString accountQuestion = u"1 preset in this file uses the account \u201cAgency\u201d, which is not in "
                                        u"PurgeDesk. Which account should it use?"_s;
        QCOMPARE(PresetPrompt::takeAsked(), QStringList {accountQuestion});
        QCOMPARE(MessageBox::takeAsked(), QStringList());

        // Chosen through the menu's file chooser: the account, then keep both for the name that exists.
        FileDialog::setNextFileName(incoming);
        PresetPrompt::setNextAnswer(u"Sandbox (local, not Cloudflare)"_s);
        MessageBox::setNextAnswer(u"Keep Both"_s);
        child<QAction>(window, u"actionImportPresets"_s)->trigger();
        QCOMPARE(PresetPrompt::takeAsked(), QStringList {accountQuestion});
        QCOMPARE(MessageBox::takeAsked(), QStringList {u"There is already a preset named \u201cAssets\u201d."_s});
        QCOMPARE(savedNames(), (QStringList {u"Assets"_s, u"Assets (2)"_s, u"Agency hosts"_s, u"Blog"_s}));
        PresetStore store;
        QString message;
        QVERIFY(store.load(&message));
        QCOMPARE(store.find(u"Agency hosts"_s)->profile, u"sandbox"_s);
        QCOMPARE(store.find(u"Assets"_s)->action, Purge::PurgeAction::Files); // yours is kept
        QCOMPARE(panel(window)->statusText(),
            u"Imported 3 presets from shared.json (1 kept both under a new name). 1 preset in the file was "
            u"rejected."_s);
        QCOMPARE(panel(window)->selectedNames(), QStringList {u"Blog"_s}); // the last one imported
        QPointer<QMessageBox> report = window.findChild<QMessageBox *>(u"presetImportReport"_s);
        QVERIFY(report && report->isVisible());
        QVERIFY2(report->informativeText().startsWith(u"preset 3 (\u201cBroken\u201d): "_s),
            qPrintable(report->informativeText()));
        report->accept();
        QTRY_VERIFY(!report); // closed and deleted

        // Undo takes the whole import back.
        QTest::mouseClick(child<QPushButton>(window, u"presetUndo"_s), Qt::LeftButton);
        QCOMPARE(savedNames(), QStringList {u"Assets"_s});

        // Replace.
        PresetPrompt::setNextAnswer(u"Sandbox (local, not Cloudflare)"_s);
        MessageBox::setNextAnswer(u"Replace"_s);
        QVERIFY(panel(window)->importFrom(incoming));
        QVERIFY(store.load(&message));
        QCOMPARE(savedNames(), (QStringList {u"Assets"_s, u"Agency hosts"_s, u"Blog"_s}));
        QCOMPARE(store.find(u"Assets"_s)->action, Purge::PurgeAction::Tags);
        QCOMPARE(panel(window)->statusText(),
            u"Imported 3 presets from shared.json (1 replaced). 1 preset in the file was rejected."_s);
        QTRY_VERIFY((report = window.findChild<QMessageBox *>(u"presetImportReport"_s)));
        report->accept();
        QTRY_VERIFY(!report);

        // Skip, for every name that exists: three names exist, one question is asked.
        MessageBox::takeAsked();
        PresetPrompt::setNextAnswer(u"Keep \u201cAgency\u201d (add that account later)"_s);
        MessageBox::setNextAnswer(u"Skip"_s, true);
        QVERIFY(panel(window)->importFrom(incoming));
        QCOMPARE(MessageBox::takeAsked().size(), 1);
        QCOMPARE(savedNames(), (QStringList {u"Assets"_s, u"Agency hosts"_s, u"Blog"_s}));
        QVERIFY(store.load(&message));
        QCOMPARE(store.find(u"Agency hosts"_s)->profile, u"sandbox"_s); // skipped, so not the kept "Agency"
        QCOMPARE(panel(window)->statusText(),
            u"Imported 0 presets from shared.json (3 skipped). 1 preset in the file was rejected."_s);
        QTRY_VERIFY((report = window.findChild<QMessageBox *>(u"presetImportReport"_s)));
        report->accept();
        QTRY_VERIFY(!report);
        QVERIFY(child<QPushButton>(window, u"presetUndo"_s)->isHidden()); // nothing to undo

        // Export: the selected presets, accounts by name, nothing secret.
        select(window, u"Blog"_s);
        const QString exported = dir.filePath(u"out.json"_s);
        QVERIFY(panel(window)->exportTo(exported, true));
        const Presets::ImportResult back = Presets::readPresetFile(exported);
        QCOMPARE(back.presets.size(), 1);
        QCOMPARE(back.presets.first(), *store.find(u"Blog"_s));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll().toLower();
        QVERIFY(!text.contains("token") && !text.contains("secret") && !text.contains("key"));
        QVERIFY(panel(window)->statusText().startsWith(u"Exported 1 preset to "_s));
        QVERIFY(!panel(window)->exportTo(dir.filePath(u"missing-folder/out.json"_s), true));
        QVERIFY(panel(window)->statusText().startsWith(u"The presets could not be written"_s));
        // Through the menu, all of them, to a file named without ".json".
        FileDialog::setNextFileName(dir.filePath(u"all"_s));
        child<QAction>(window, u"actionExportAllPresets"_s)->trigger();
        QCOMPARE(Presets::readPresetFile(dir.filePath(u"all.json"_s)).presets, store.presets());

        // A file that is not presets is refused as a whole.
        QVERIFY(PurgeDesk::Test::writeFile(dir.filePath(u"notes.json"_s), "{\"hello\": 1}"));
        QVERIFY(!panel(window)->importFrom(dir.filePath(u"notes.json"_s)));
        QCOMPARE(panel(window)->statusText(),
            u"Nothing was imported: %1 is not a PurgeDesk presets file (no \"schema\" and \"presets\")."_s.arg(
                dir.filePath(u"notes.json"_s)));
    }

    void damagedFileIsMovedAsideAndSavingStillWorks()
    {
        QDir().mkpath(QFileInfo(PresetStore::defaultPath()).absolutePath());
        QVERIFY(PurgeDesk::Test::writeFile(PresetStore::defaultPath(), "{\"schema\": 1, \"presets\": [ {\"na"));
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        QVERIFY2(panel(window)->statusText().startsWith(u"The presets file was damaged"_s),
            qPrintable(panel(window)->statusText()));
        const QStringList aside = QDir(QFileInfo(PresetStore::defaultPath()).absolutePath())
                                      .entryList({u"presets.json.damaged-*"_s}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile::remove(QFileInfo(PresetStore::defaultPath()).absolutePath() + u'/' + aside.first());
        setList(window, u"https://example.com/a.js"_s);
        QVERIFY(settle(window));
        SavePresetDialog::setNextAnswer(u"After the damage"_s);
        panel(window)->saveCurrent();
        QCOMPARE(savedNames(), QStringList {u"After the damage"_s});
    }

    void fileFromANewerVersionIsShownReadOnly()
    {
        QDir().mkpath(QFileInfo(PresetStore::defaultPath()).absolutePath());
        const QByteArray newer = R"({"schema": 99, "presets": [], "workspaces": {}})";
        QVERIFY(PurgeDesk::Test::writeFile(PresetStore::defaultPath(), newer));
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        QVERIFY2(panel(window)->statusText().contains(u"written by a newer PurgeDesk"_s),
            qPrintable(panel(window)->statusText()));
        QVERIFY(!child<QAction>(window, u"actionSavePreset"_s)->isEnabled());
        QVERIFY(!child<QAction>(window, u"actionImportPresets"_s)->isEnabled());
        setList(window, u"https://example.com/a.js"_s);
        QVERIFY(settle(window));
        panel(window)->saveCurrent(); // as the menu would, were it enabled
        QVERIFY(panel(window)->statusText().startsWith(u"Presets cannot be saved"_s));
        QFile file(PresetStore::defaultPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), newer); // left untouched
    }

    void renamingAnAccountKeepsItsPresets()
    {
        ProfileStore profiles;
        QString message;
        QVERIFY(profiles.load(&message));
        Profile agency;
        agency.id = Profile::newId();
        agency.name = u"Agency"_s;
        agency.auth = Profile::Auth::Token;
        QString error;
        QVERIFY(profiles.add(agency, &error) && profiles.save(&error));
        QSettings(settingsFilePath(), QSettings::IniFormat).setValue(u"MainWindow/account"_s, u"sandbox"_s);
        QVERIFY(storePresets({makePreset(u"Agency tags"_s, u"tags"_s, {u"t1"_s}, u"example.com"_s, u"Agency"_s),
            makePreset(u"Sandbox tags"_s, u"tags"_s, {u"t2"_s})}));
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        QListView *view = list(window);
        QVERIFY(view->model()->index(0, 0).data(Qt::ToolTipRole).toString().indexOf(u"not in PurgeDesk"_s) < 0);

        // Renamed in Accounts > Manage Accounts: the preset follows, and still runs with that account.
        child<QAction>(window, u"actionManageAccounts"_s)->trigger();
        AccountsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<AccountsDialog *>()) != nullptr);
        agency.name = u"Agency Ltd"_s;
        QVERIFY(profiles.update(agency) && profiles.save(&error));
        Q_EMIT dialog->accountsChanged(); // as its Save does
        PresetStore store;
        QVERIFY(store.load(&message));
        QCOMPARE(store.find(u"Agency tags"_s)->profile, u"Agency Ltd"_s);
        QCOMPARE(store.find(u"Sandbox tags"_s)->profile, u"sandbox"_s);
        QCOMPARE(panel(window)->statusText(), u"1 preset now uses the renamed account \u201cAgency Ltd\u201d."_s);
        QVERIFY(view->model()->index(0, 0).data(Qt::ToolTipRole).toString().indexOf(u"not in PurgeDesk"_s) < 0);
        dialog->reject();
    }

    void changesMadeElsewhereShowUp()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        QListView *view = list(window);
        QCOMPARE(view->model()->rowCount(), 0);
        // The first preset ever, saved by another program: the file appears, and so does the preset.
        QVERIFY(storePresets({makePreset(u"Alpha"_s, u"tags"_s, {u"a"_s})}));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QVERIFY(panel(window)->statusText().startsWith(u"The presets were changed outside this window"_s));
        // A save in the window is not taken for a change made elsewhere: the watcher looks at the file
        // (as it does when the file system reports the save) and finds what the window wrote.
        auto *watcher = panel(window)->findChild<Presets::PresetFileWatcher *>(u"presetFileWatcher"_s);
        QVERIFY(watcher);
        QSignalSpy elsewhereSpy(watcher, &Presets::PresetFileWatcher::changedElsewhere);
        SavePresetDialog::setNextAnswer(u"Beta"_s);
        setList(window, u"https://example.com/b.js"_s);
        QVERIFY(settle(window));
        panel(window)->saveCurrent();
        QCOMPARE(panel(window)->statusText(), u"Saved \u201cBeta\u201d."_s);
        watcher->check();
        QCOMPARE(elsewhereSpy.count(), 0);
        QCOMPARE(panel(window)->statusText(), u"Saved \u201cBeta\u201d."_s);
        QCOMPARE(view->model()->rowCount(), 2);

        // Another program saves a preset (as purgedesk-cli preset save does) while the window is open:
        // the list follows.
        PresetStore elsewhere;
        QString message;
        QVERIFY(elsewhere.load(&message));
        QString error;
        QVERIFY(
            elsewhere.put(makePreset(u"Gamma"_s, u"hosts"_s, {u"www.example.net"_s}, u"example.net"_s), false, &error));
        QVERIFY(elsewhere.save(&error));
        QTRY_COMPARE(view->model()->rowCount(), 3);
        QCOMPARE(view->model()->index(2, 0).data().toString(), u"Gamma"_s);
        QVERIFY(panel(window)->statusText().startsWith(u"The presets were changed outside this window"_s));
    }

    void presetRunsWaitWhileAPurgeRuns()
    {
        QVERIFY(storePresets({makePreset(u"Alpha"_s, u"tags"_s, {u"a"_s}), makePreset(u"Beta"_s, u"tags"_s, {u"b"_s}),
            makePreset(u"Gamma"_s, u"tags"_s, {u"c"_s})}));
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        QListView *view = list(window);
        auto *delegate = qobject_cast<PresetDelegate *>(view->itemDelegate());
        QVERIFY(delegate);
        auto *runButtonBelow = child<QPushButton>(window, u"presetRun"_s);
        auto *runAction = child<QAction>(window, u"actionRunPreset"_s);
        auto *undo = child<QPushButton>(window, u"presetUndo"_s);
        QSignalSpy runs(panel(window), &PresetsPanel::runRequested);
        QSignalSpy started(window.purgePage(), &PurgePage::sessionStarted);

        select(window, u"Gamma"_s);
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(undo->isVisible());

        // A long purge from the form: the presets' Run buttons are greyed, and clicks on them do nothing.
        window.context()->connection()->sandbox()->setLatency(300, 0);
        QStringList urls;
        for (int i = 0; i < 2000; ++i)
            urls << u"https://example.com/p/%1"_s.arg(i);
        setList(window, urls.join(u'\n'));
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QTRY_VERIFY(window.purgePage()->isRunning());
        select(window, u"Alpha"_s);
        QVERIFY(!runButtonBelow->isEnabled());
        QVERIFY(!runAction->isEnabled());
        QVERIFY(!delegate->isRunEnabled());
        QVERIFY(child<QPushButton>(window, u"presetOpen"_s)->isEnabled()); // opening a preset purges nothing
        snapshot(window, u"presets-while-purging"_s);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, runButton(window, 0));
        QCOMPARE(runs.count(), 0);
        // The deletion's message and its Undo stay together.
        QCOMPARE(panel(window)->statusText(), u"Deleted \u201cGamma\u201d."_s);
        QVERIFY(undo->isVisible());
        // Enter on a preset says why it does not run (and the Undo goes with the message it belonged to).
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(runs.count(), 0);
        QVERIFY2(
            panel(window)->statusText().startsWith(u"A purge is running"_s), qPrintable(panel(window)->statusText()));
        QVERIFY(undo->isHidden());

        // Once the purge has ended, presets run again.
        QTest::mouseClick(child<QPushButton>(window, u"cancelButton"_s), Qt::LeftButton);
        QVERIFY(waitForRun(window));
        QTRY_VERIFY(runButtonBelow->isEnabled());
        QVERIFY(runAction->isEnabled());
        QVERIFY(delegate->isRunEnabled());
        window.context()->connection()->sandbox()->setLatency(0, 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, runButton(window, 0));
        QCOMPARE(runs.count(), 1);
        QCOMPARE(runs.first().first().value<Preset>().name, u"Alpha"_s);
        QTRY_COMPARE(started.count(), 2);
        QVERIFY(waitForRun(window));
        QCOMPARE(window.context()->connection()->sandbox()->purges().constLast().items, QStringList {u"a"_s});
    }

    void saveDialogShowsWhatItSaves()
    {
        SavePresetDialog dialog(u"Purge 2 tags in example.com \u00b7 Sandbox"_s, u"example.com tags"_s);
        QCOMPARE(dialog.objectName(), u"presetSaveDialog"_s);
        QCOMPARE(dialog.summary(), u"Purge 2 tags in example.com \u00b7 Sandbox"_s);
        auto *name = dialog.findChild<QLineEdit *>(u"presetName"_s);
        QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QCOMPARE(name->text(), u"example.com tags"_s);
        QCOMPARE(name->selectedText(), name->text()); // typing replaces the suggestion
        QVERIFY(save->isEnabled());
        name->clear();
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(name, u"   "_s);
        QVERIFY(!save->isEnabled()); // a blank name cannot be saved
        QTest::keyClicks(name, u"Tags"_s);
        QVERIFY(save->isEnabled());
        QVERIFY(!dialog.findChild<QLineEdit *>(u"presetNote"_s)->placeholderText().isEmpty());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        snapshot(dialog, u"preset-save"_s);
    }

    void accessibleNamesAndTabOrder()
    {
        QVERIFY(storePresets({makePreset(u"Alpha"_s, u"tags"_s, {u"a"_s})}));
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        for (const char *name : {"presetSearch", "presetList", "presetMore"}) {
            auto *widget = child<QWidget>(window, QString::fromLatin1(name));
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *search = child<QWidget>(window, u"presetSearch"_s);
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(window, u"presetList"_s));
    }
};

QTEST_MAIN(TestPresetsPanel)
#include "tst_presetspanel.moc"
