// Drives the History tab of the real main window: runs purged in the window (against the sandbox)
// appear newest first with their requests and items; Retry Failed and Run Again load the purge form
// (and Retry Failed sends exactly what was not purged); filters, lazy paging, export to CSV and
// JSON, retention on start, and a damaged or unreachable history file.

#include "accounts/connection.h"
#include "history/historyservice.h"
#include "history/historystore.h"
#include "sandbox/sandboxserver.h"
#include "storage/appfiles.h"
#include "testsupport.h"
#include "ui/common/batchtablemodel.h"
#include "ui/common/filedialog.h"
#include "ui/history/historymodels.h"
#include "ui/history/historypanel.h"
#include "ui/mainwindow.h"
#include "ui/presets/presetspanel.h"
#include "ui/presets/savepresetdialog.h"
#include "ui/purge/listeditor.h"
#include "ui/purge/zonepicker.h"
#include "windowtestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Gui;

namespace {

using PurgeDesk::Test::child;
using PurgeDesk::Test::setList;
using PurgeDesk::Test::settle;
using PurgeDesk::Test::snapshot;

struct StoredRun
{
    QString zone;
    QString action;
    QString outcome;
    QDateTime startedAt;
    QStringList items;
    QString source = u"cli"_s;
};

// Writes runs straight into a history file (created with the store's own schema).
bool writeHistory(const QList<StoredRun> &runs)
{
    {
        History::HistoryStore create;
        QString message;
        if (!create.open(&message))
            return false;
    }
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fill"_s);
        db.setDatabaseName(History::HistoryStore::defaultPath());
        ok = db.open() && db.transaction();
        QSqlQuery run(db);
        run.prepare(u"INSERT INTO runs (started_at, finished_at, profile, zone_id, zone_name, mode, action, source,"
                    u" dry_run, outcome, requested, done, failed, requests) VALUES (?, ?, 'sandbox', ?, ?, 'purge', ?,"
                    u" ?, ?, ?, ?, ?, ?, 1)"_s);
        QSqlQuery item(db);
        item.prepare(u"INSERT INTO items (run_id, position, value, state) VALUES (?, ?, ?, ?)"_s);
        for (const StoredRun &entry : runs) {
            const QString when = entry.startedAt.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
            const bool done = entry.outcome == u"done"_s;
            const bool failed = entry.outcome == u"failed"_s || entry.outcome == u"partial"_s;
            for (const QVariant &value :
                {QVariant(when), QVariant(when), QVariant(entry.zone + u"-id"_s), QVariant(entry.zone),
                    QVariant(entry.action), QVariant(entry.source), QVariant(entry.outcome == u"dry_run"_s ? 1 : 0),
                    QVariant(entry.outcome), QVariant(entry.items.size()), QVariant(done ? entry.items.size() : 0),
                    QVariant(failed ? entry.items.size() : 0)})
                run.addBindValue(value);
            ok = ok && run.exec();
            const qint64 id = run.lastInsertId().toLongLong();
            for (int i = 0; i < entry.items.size(); ++i) {
                item.addBindValue(id);
                item.addBindValue(i);
                item.addBindValue(entry.items.at(i));
                item.addBindValue(done ? u"done"_s : u"failed"_s);
                ok = ok && item.exec();
            }
        }
        ok = ok && db.commit();
    }
    QSqlDatabase::removeDatabase(u"fill"_s);
    return ok;
}

QList<StoredRun> sixRuns()
{
    const QDateTime now = QDateTime::currentDateTime();
    return {
        {u"example.com"_s, u"files"_s, u"done"_s, now.addDays(-10), {u"https://example.com/old.js"_s}},
        {u"example.com"_s, u"tags"_s, u"failed"_s, now.addDays(-5), {u"t1"_s, u"t2"_s}},
        {u"example.net"_s, u"hosts"_s, u"done"_s, now.addDays(-4), {u"www.example.net"_s}},
        {u"example.net"_s, u"files"_s, u"partial"_s, now.addDays(-3), {u"https://example.net/special.js"_s}},
        {u"example.org"_s, u"everything"_s, u"done"_s, now.addDays(-2), {}, u"gui"_s},
        {u"example.org"_s, u"prefixes"_s, u"dry_run"_s, now.addDays(-1), {u"example.org/blog/"_s}},
    };
}

} // namespace

class TestHistoryPanel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

    MainWindow &openWindow()
    {
        m_window = PurgeDesk::Test::openWindow(PurgeDesk::Test::oneAttempt());
        return *m_window;
    }

    static bool purgeNow(MainWindow &window)
    {
        auto *purge = child<QPushButton>(window, u"purgeButton"_s);
        if (!QTest::qWaitFor([&] { return purge->isEnabled(); }, 10000))
            return false;
        QTest::mouseClick(purge, Qt::LeftButton);
        return QTest::qWaitFor(
            [&] { return PurgeDesk::Test::currentRun(window) && PurgeDesk::Test::currentRun(window)->isFinished(); },
            20000);
    }

    // Shows the History tab and waits for its list and count.
    static QTableView *showHistory(MainWindow &window)
    {
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_H));
        auto *panel = window.historyPanel();
        if (!QTest::qWaitFor([&] { return panel->isVisible() && !panel->isLoading(); }, 10000))
            qWarning("history did not load: %s", qPrintable(panel->statusText()));
        return child<QTableView>(window, u"historyRuns"_s);
    }

    static bool waitForList(HistoryPanel *panel)
    {
        return QTest::qWaitFor([&] { return !panel->isLoading(); }, 10000);
    }

    // Selects one row, as a click does.
    static void selectRun(QTableView *table, int row)
    {
        const QModelIndex index = table->model()->index(row, 0);
        table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    static QString cell(QTableView *table, int row, int column)
    {
        return table->model()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void init()
    {
        QFile::remove(settingsFilePath());
        const QString history = History::HistoryStore::defaultPath();
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(history + suffix);
    }

    void cleanup() { m_window.reset(); }

    void windowRunsAreListedWithDetailAndRetryFailedSendsOnlyWhatFailed()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        Sandbox::SandboxServer *sandbox = window.context()->connection()->sandbox();
        child<QRadioButton>(window, u"actionTags"_s)->setChecked(true);
        setList(window, u"product-1\nproduct-2"_s);
        QVERIFY(purgeNow(window));
        // Then a purge that fails: Cloudflare answers with an HTML error page.
        Sandbox::Fault outage;
        outage.endpoint = u"purge_cache"_s;
        outage.kind = Sandbox::FaultKind::HtmlError;
        outage.status = 502;
        outage.share = 1.0;
        sandbox->setFaults({outage});
        child<QRadioButton>(window, u"actionUrls"_s)->setChecked(true);
        setList(window, u"https://example.com/a.js\nhttps://example.com/b.css"_s);
        QVERIFY(purgeNow(window));
        QCOMPARE(sandbox->purges().size(), 1);

        QTableView *runs = showHistory(window);
        auto *panel = window.historyPanel();
        QCOMPARE(runs->model()->rowCount(), 2);
        QCOMPARE(panel->statusText(), u"2 purges"_s);
        QCOMPARE(cell(runs, 0, RunListModel::Zone), u"example.com"_s);
        QCOMPARE(cell(runs, 0, RunListModel::Action), u"URLs"_s);
        QCOMPARE(cell(runs, 0, RunListModel::Items), u"2"_s);
        QCOMPARE(cell(runs, 0, RunListModel::Outcome), u"Failed (2 not purged)"_s);
        QCOMPARE(cell(runs, 0, RunListModel::Source), u"Window"_s);
        QCOMPARE(cell(runs, 0, RunListModel::Account), u"Sandbox"_s);
        QCOMPARE(cell(runs, 1, RunListModel::Action), u"Cache tags"_s);
        QCOMPARE(cell(runs, 1, RunListModel::Outcome), u"Done"_s);

        // The newest run is selected: its requests (HTTP 502) and items (failed) are shown.
        auto *headline = child<QLabel>(window, u"historyDetailHeadline"_s);
        QTRY_VERIFY(headline->text().startsWith(u"Purge of 2 URLs in example.com: Failed."_s));
        auto *items = child<QTableView>(window, u"historyItems"_s);
        QCOMPARE(items->model()->rowCount(), 2);
        QCOMPARE(items->model()->index(1, ItemListModel::Value).data().toString(), u"https://example.com/b.css"_s);
        QCOMPARE(items->model()->index(1, ItemListModel::State).data().toString(), u"Failed"_s);
        auto *requests = child<QTableView>(window, u"historyRequests"_s)->model();
        QCOMPARE(requests->rowCount(), 1);
        QCOMPARE(requests->index(0, BatchTableModel::Http).data().toString(), u"502"_s);
        QCOMPARE(requests->index(0, BatchTableModel::Status).data().toString(), u"Failed"_s);
        QVERIFY(requests->index(0, BatchTableModel::Result).data().toString().contains(u"502"_s));
        // The same request as the run view showed it, in the same words.
        auto *shown = child<QTableView>(window, u"batchTable"_s)->model();
        for (int column = 0; column < BatchTableModel::ColumnCount; ++column)
            QCOMPARE(requests->index(0, column).data().toString(), shown->index(0, column).data().toString());
        snapshot(window, u"history"_s);

        // The tags run: done, with Cloudflare's purge ID on its request; nothing to retry.
        selectRun(runs, 1);
        QTRY_VERIFY2(
            headline->text().startsWith(u"Purge of 2 tags in example.com: Done."_s), qPrintable(headline->text()));
        QTRY_COMPARE(requests->rowCount(), 1);
        QCOMPARE(requests->index(0, BatchTableModel::Result).data().toString(), sandbox->purges().first().purgeId);
        QVERIFY(!child<QPushButton>(window, u"historyRetryFailed"_s)->isEnabled());

        // Cloudflare is back: Retry Failed on the failed run purges exactly its two URLs.
        sandbox->setFaults({});
        selectRun(runs, 0);
        auto *retry = child<QPushButton>(window, u"historyRetryFailed"_s);
        QTRY_VERIFY(retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(child<QWidget>(window, u"listEditor"_s)->isVisible()); // back on the purge form
        QTRY_COMPARE(sandbox->purges().size(), 2);
        QTRY_VERIFY(PurgeDesk::Test::currentRun(window) && PurgeDesk::Test::currentRun(window)->isFinished());
        QCOMPARE(sandbox->purges().last().items,
            (QStringList {u"https://example.com/a.js"_s, u"https://example.com/b.css"_s}));
        QVERIFY(child<QLabel>(window, u"noticeLabel"_s)->text().startsWith(u"Retrying the 2 items"_s));

        History::HistoryStore store;
        QString message;
        QVERIFY(store.open(&message));
        QCOMPARE(store.countRuns(), 3);
        QCOMPARE(store.runs(History::RunFilter(), 1).first().outcome, Purge::RunOutcome::Done);
    }

    void runAgainLoadsTheFormWithoutPurging()
    {
        QVERIFY(writeHistory(sixRuns()));
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        setList(window, u"https://example.com/kept-by-undo"_s);
        QTableView *runs = showHistory(window);
        QCOMPARE(runs->model()->rowCount(), 6);
        selectRun(runs, 4); // the failed tags run in example.com, five days ago
        auto *again = child<QPushButton>(window, u"historyRunAgain"_s);
        QTRY_VERIFY2(child<QLabel>(window, u"historyDetailHeadline"_s)
                         ->text()
                         .startsWith(u"Purge of 2 tags in example.com: Failed."_s),
            qPrintable(child<QLabel>(window, u"historyDetailHeadline"_s)->text()));
        QVERIFY(again->isEnabled());
        // Stored runs name zones the sandbox does not have: the list still loads, and the window says
        // which zone to choose instead of purging somewhere else.
        QTest::mouseClick(again, Qt::LeftButton);
        auto *editor = child<ListEditor>(window, u"listEditor"_s);
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->toPlainText(), u"t1\nt2"_s);
        QVERIFY(child<QRadioButton>(window, u"actionTags"_s)->isChecked());
        QVERIFY(child<QRadioButton>(window, u"modePurge"_s)->isChecked());
        QCOMPARE(child<QLabel>(window, u"noticeLabel"_s)->text(),
            u"The list is loaded, but the zone example.com is not among this account's zones. Choose the zone to "
            u"purge in."_s);
        QVERIFY(window.context()->connection()->sandbox()->purges().isEmpty());
        editor->undo();
        QCOMPARE(editor->toPlainText(), u"https://example.com/kept-by-undo"_s);

        // A run from an account that is gone: the list loads, and the window says so.
        History::RunRow gone;
        gone.profile = u"Old agency account"_s;
        gone.zoneId = u"0123456789abcdef0123456789abcdef"_s;
        gone.zoneName = u"example.com"_s;
        gone.action = Purge::PurgeAction::Hosts;
        gone.mode = Purge::PurgeMode::Invalidate;
        gone.startedAt = QDateTime::currentDateTime();
        window.loadRun(gone, {u"www.example.com"_s}, true);
        QCOMPARE(editor->toPlainText(), u"www.example.com"_s);
        QVERIFY(child<QRadioButton>(window, u"modeInvalidate"_s)->isChecked());
        QVERIFY(child<QLabel>(window, u"noticeLabel"_s)
                    ->text()
                    .contains(u"\u201cOld agency account\u201d, which is no longer in PurgeDesk"_s));
        // Nothing waits to be purged, and nothing was.
        QVERIFY(!window.purgePage()->hasPendingOrder());
        QVERIFY(!PurgeDesk::Test::currentRun(window));
        QVERIFY(window.context()->connection()->sandbox()->purges().isEmpty());
    }

    void runAgainSelectsTheRunsZone()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *picker = child<ZonePicker>(window, u"zonePicker"_s);
        // Purge in the second sandbox zone, then switch back to the first.
        auto *combo = picker->comboBox();
        combo->setCurrentIndex(1);
        const QString zoneName = combo->currentText();
        QVERIFY(zoneName != u"example.com"_s);
        child<QRadioButton>(window, u"actionHosts"_s)->setChecked(true);
        setList(window, u"www."_s + zoneName);
        QVERIFY(purgeNow(window));
        combo->setCurrentIndex(0);
        QTRY_COMPARE(picker->currentZone()->name, u"example.com"_s);
        child<QRadioButton>(window, u"actionUrls"_s)->setChecked(true);

        QTableView *runs = showHistory(window);
        QCOMPARE(runs->model()->rowCount(), 1);
        QTRY_VERIFY(child<QPushButton>(window, u"historyRunAgain"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"historyRunAgain"_s), Qt::LeftButton);
        QTRY_COMPARE(picker->currentZone()->name, zoneName);
        QVERIFY(child<QRadioButton>(window, u"actionHosts"_s)->isChecked());
        QTRY_COMPARE(child<QPushButton>(window, u"purgeButton"_s)->text(), u"Purge 1 hostname"_s);
        QCOMPARE(window.context()->connection()->sandbox()->purges().size(), 1); // loaded, not sent
    }

    void filtersNarrowTheList()
    {
        QVERIFY(writeHistory(sixRuns()));
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        QTableView *runs = showHistory(window);
        auto *panel = window.historyPanel();
        QCOMPARE(runs->model()->rowCount(), 6);
        QCOMPARE(panel->statusText(), u"6 purges"_s);
        QCOMPARE(cell(runs, 0, RunListModel::Outcome), u"Dry run"_s);
        QCOMPARE(cell(runs, 5, RunListModel::Zone), u"example.com"_s);

        // Text matches an item of a run.
        QTest::keyClicks(child<QLineEdit>(window, u"historySearch"_s), u"special.js"_s);
        QTRY_COMPARE(panel->statusText(), u"1 purge matches"_s);
        QVERIFY(waitForList(panel));
        QCOMPARE(runs->model()->rowCount(), 1);
        QCOMPARE(cell(runs, 0, RunListModel::Outcome), u"Partly failed (1 not purged)"_s);
        QTest::mouseClick(child<QPushButton>(window, u"historyClearFilters"_s), Qt::LeftButton);
        QTRY_COMPARE(panel->statusText(), u"6 purges"_s);

        auto *zone = child<QComboBox>(window, u"historyZone"_s);
        QCOMPARE(zone->count(), 4); // All zones + three
        zone->setCurrentIndex(zone->findText(u"example.net"_s));
        QTRY_COMPARE(panel->statusText(), u"2 purges match"_s);
        auto *outcome = child<QComboBox>(window, u"historyOutcome"_s);
        outcome->setCurrentIndex(outcome->findText(u"Done"_s));
        QTRY_COMPARE(panel->statusText(), u"1 purge matches"_s);
        QVERIFY(waitForList(panel));
        QCOMPARE(cell(runs, 0, RunListModel::Action), u"Hostnames"_s);
        QTest::mouseClick(child<QPushButton>(window, u"historyClearFilters"_s), Qt::LeftButton);

        auto *action = child<QComboBox>(window, u"historyAction"_s);
        action->setCurrentIndex(action->findText(u"URLs"_s));
        QTRY_COMPARE(panel->statusText(), u"2 purges match"_s);
        action->setCurrentIndex(0);

        // Dates: from four days ago to two days ago (whole days).
        const QDate today = QDate::currentDate();
        child<QDateEdit>(window, u"historyFrom"_s)->setDate(today.addDays(-4));
        QTRY_COMPARE(panel->statusText(), u"4 purges match"_s);
        child<QDateEdit>(window, u"historyTo"_s)->setDate(today.addDays(-2));
        QTRY_COMPARE(panel->statusText(), u"3 purges match"_s);
        child<QDateEdit>(window, u"historyTo"_s)->setDate(today.addDays(-20));
        QTRY_COMPARE(panel->statusText(), u"No purge matches the filters."_s);
        QVERIFY(waitForList(panel));
        QCOMPARE(runs->model()->rowCount(), 0);
        QVERIFY(!child<QPushButton>(window, u"historyRunAgain"_s)->isEnabled());
    }

    void aClickOnAHeaderSortsTheWholeHistory()
    {
        // More runs than a page, so that a sort of the rows loaded would show the wrong ones.
        QList<StoredRun> runs;
        const QDateTime start = QDateTime::currentDateTime().addDays(-2);
        for (int i = 0; i < 450; ++i)
            runs << StoredRun {u"zone-%1.example"_s.arg(i, 3, 10, QLatin1Char('0')), u"files"_s, u"done"_s,
                start.addSecs(qint64(i) * 60), QStringList(i % 7 + 1, u"https://example.com/x"_s)};
        QVERIFY(writeHistory(runs));
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        QTableView *table = showHistory(window);
        QHeaderView *header = table->horizontalHeader();
        // Newest first, as the indicator on Time says.
        QCOMPARE(header->sortIndicatorSection(), int(RunListModel::Time));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QTRY_COMPARE(cell(table, 0, RunListModel::Zone), u"zone-449.example"_s);

        // Zone, A to Z: the first is the first zone of all (not of the first page).
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(RunListModel::Zone) + 5, header->height() / 2));
        QTRY_VERIFY(!window.historyPanel()->isLoading());
        QCOMPARE(header->sortIndicatorSection(), int(RunListModel::Zone));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QTRY_COMPARE(cell(table, 0, RunListModel::Zone), u"zone-000.example"_s);
        QCOMPARE(cell(table, 1, RunListModel::Zone), u"zone-001.example"_s);
        // Scrolling down fetches the next page in the same order.
        table->scrollToBottom();
        QTRY_VERIFY(table->model()->rowCount() > 200);
        QTRY_VERIFY(!window.historyPanel()->isLoading());
        QCOMPARE(cell(table, 200, RunListModel::Zone), u"zone-200.example"_s);

        // Again: Z to A.
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(RunListModel::Zone) + 5, header->height() / 2));
        QTRY_COMPARE(cell(table, 0, RunListModel::Zone), u"zone-449.example"_s);

        // Items, most first: ties are newest first.
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(RunListModel::Items) + 5, header->height() / 2));
        QTRY_VERIFY(!window.historyPanel()->isLoading());
        if (header->sortIndicatorOrder() == Qt::AscendingOrder)
            QTRY_COMPARE(cell(table, 0, RunListModel::Items), u"1"_s);
        else
            QTRY_COMPARE(cell(table, 0, RunListModel::Items), u"7"_s);
    }

    void theItemsOfAPurgeCanShowOnlyWhatWasNotPurged()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        Sandbox::SandboxServer *sandbox = window.context()->connection()->sandbox();
        const QStringList lines {u"https://example.com/1"_s, u"https://example.com/2"_s, u"https://example.com/3"_s};
        setList(window, lines.join(u'\n'));
        // The one request fails (an edge's error page): every item of this purge failed.
        sandbox->setFaults({PurgeDesk::Test::purgeFault(Sandbox::FaultKind::HtmlError, 1, 1)});
        QVERIFY(purgeNow(window));
        QTableView *table = showHistory(window);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        selectRun(table, 0);
        auto *items = child<QTableView>(window, u"historyItems"_s);
        QTRY_COMPARE(items->model()->rowCount(), 3);
        auto *onlyFailed = child<QCheckBox>(window, u"historyOnlyNotPurged"_s);
        QVERIFY(onlyFailed->isVisible());
        auto *tabs = child<QTabWidget>(window, u"historyDetailTabs"_s);
        QCOMPARE(tabs->tabText(0), u"Items (3)"_s);
        onlyFailed->click();
        // Every item of this run failed: all three stay; a done run shows none.
        QCOMPARE(items->model()->rowCount(), 3);
        sandbox->setFaults({});
        window.showPurgePage();
        QVERIFY(purgeNow(window));
        table = showHistory(window);
        QTRY_COMPARE(table->model()->rowCount(), 2);
        selectRun(table, 0); // the newest: done
        QTRY_COMPARE(tabs->tabText(0), u"Items (0 of 3)"_s);
        QCOMPARE(items->model()->rowCount(), 0);
        onlyFailed->click();
        QCOMPARE(tabs->tabText(0), u"Items (3)"_s);
        QCOMPARE(items->model()->rowCount(), 3);
    }

    void theDateFiltersOpenOnThisMonth()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        showHistory(window);
        // No calendar is made before a date field is used (each holds about 230 KiB).
        QTest::qWait(50);
        QVERIFY(window.findChildren<QCalendarWidget *>().isEmpty());
        auto *from = child<QDateEdit>(window, u"historyFrom"_s);
        QCOMPARE(from->text(), u"Any"_s);
        // Open the calendar as a click on the arrow does.
        QTest::mouseClick(from, Qt::LeftButton, {}, QPoint(from->width() - 6, from->height() / 2));
        QCalendarWidget *calendar = from->calendarWidget();
        QTRY_VERIFY(calendar->isVisible());
        const QDate today = QDate::currentDate();
        QCOMPARE(calendar->yearShown(), today.year());
        QCOMPARE(calendar->monthShown(), today.month());
        QCOMPARE(calendar->selectedDate(), today); // today is selected: Enter takes it
        QCOMPARE(from->text(), u"Any"_s); // opening it chose nothing
        calendar->window()->close();
        QTRY_VERIFY(!calendar->isVisible());
        QCOMPARE(from->text(), u"Any"_s); // nor did closing it
        QCOMPARE(from->date(), from->minimumDate());

        // The other one, reached with Tab first (its calendar is made when the edit is first used:
        // here when it takes the focus, before the click that opens it).
        auto *to = child<QDateEdit>(window, u"historyTo"_s);
        to->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(to->hasFocus());
        QTest::mouseClick(to, Qt::LeftButton, {}, QPoint(to->width() - 6, to->height() / 2));
        QCalendarWidget *toCalendar = to->calendarWidget();
        QTRY_VERIFY(toCalendar->isVisible());
        QCOMPARE(toCalendar->selectedDate(), today);
        QCOMPARE(toCalendar->monthShown(), today.month());
        QCOMPARE(to->text(), u"Any"_s);
        toCalendar->window()->close();
        QTRY_VERIFY(!toCalendar->isVisible());
    }

    void fileChoosersOpenInDocumentsElseHome()
    {
        // A home with no Documents folder (a fresh account): the chooser opens in the home folder.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QByteArray realHome = qgetenv("HOME");
        qputenv("HOME", home.path().toLocal8Bit());
        const QString withoutDocuments = FileDialog::startFolder();
        QDir(home.path()).mkdir(u"Documents"_s);
        const QString withDocuments = FileDialog::startFolder();
        qputenv("HOME", realHome);
        QCOMPARE(withoutDocuments, home.path());
        QCOMPARE(withDocuments, home.path() + u"/Documents"_s);
    }

    void aPurgeFromTheHistoryIsSavedAsAPreset()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        child<QRadioButton>(window, u"actionTags"_s)->setChecked(true);
        setList(window, u"product-1\nproduct-2"_s);
        QVERIFY(purgeNow(window));
        QTableView *table = showHistory(window);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        selectRun(table, 0);
        auto *save = child<QPushButton>(window, u"historySaveAsPreset"_s);
        QTRY_VERIFY(save->isEnabled());
        SavePresetDialog::setNextAnswer(u"Product tags"_s);
        QTest::mouseClick(save, Qt::LeftButton);
        const auto preset = window.presetsPanel()->store().find(u"Product tags"_s);
        QVERIFY(preset);
        QCOMPARE(preset->items, (QStringList {u"product-1"_s, u"product-2"_s}));
        QCOMPARE(preset->action, Purge::PurgeAction::Tags);
        QCOMPARE(preset->zoneName, u"example.com"_s);
        QCOMPARE(preset->profile, Profile::sandboxId());
        QVERIFY(window.presetsPanel()->statusText().startsWith(u"Saved “Product tags”."_s));
    }

    void everyControlHasAnAccessibleName()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        showHistory(window);
        QStringList missing;
        for (QWidget *widget : window.historyPanel()->findChildren<QWidget *>()) {
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || widget->objectName().isEmpty()
                || widget->objectName().startsWith(u"qt_"_s))
                continue;
            if (widget->accessibleName().isEmpty() && !qobject_cast<QAbstractButton *>(widget))
                missing << widget->objectName();
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
        // The search field has the focus when the tab opens (Ctrl+H), and Ctrl+1 goes back.
        QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(window, u"historySearch"_s));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_1));
        QVERIFY(child<QWidget>(window, u"listEditor"_s)->isVisible());
    }

    void aLongHistoryLoadsAPageAtATime()
    {
        QList<StoredRun> many;
        const QDateTime start = QDateTime::currentDateTime().addDays(-1);
        for (int i = 0; i < 1000; ++i)
            many.append({u"zone-%1.example"_s.arg(i % 7), u"files"_s, u"done"_s, start.addSecs(i),
                {u"https://zone.example/%1.js"_s.arg(i)}});
        QVERIFY(writeHistory(many));
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        QTableView *runs = showHistory(window);
        QAbstractItemModelTester tester(runs->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(window.historyPanel()->statusText(), u"1,000 purges"_s);
        QCOMPARE(runs->model()->rowCount(), 200);
        QCOMPARE(cell(runs, 0, RunListModel::Items), u"1"_s);
        QCOMPARE(runs->model()->index(0, 0).data().toString(),
            start.addSecs(999).toString(u"yyyy-MM-dd HH:mm:ss"_s)); // newest first
        // Scrolling to the end asks for the next page, and the order carries on.
        runs->scrollToBottom();
        QTRY_VERIFY(runs->model()->rowCount() >= 400);
        QCOMPARE(runs->model()->index(200, 0).data().toString(), start.addSecs(799).toString(u"yyyy-MM-dd HH:mm:ss"_s));
        while (runs->model()->rowCount() < 1000) {
            const int before = runs->model()->rowCount();
            runs->scrollToBottom();
            QTRY_VERIFY(runs->model()->rowCount() > before);
        }
        QCOMPARE(runs->model()->index(999, 0).data().toString(), start.toString(u"yyyy-MM-dd HH:mm:ss"_s));
        runs->scrollToBottom(); // the last page was full: one more (empty) page says the list is complete
        QTRY_VERIFY(!runs->model()->canFetchMore({}));
        QCOMPARE(runs->model()->rowCount(), 1000);
    }

    void exportsTheSelectionAndEverything()
    {
        QVERIFY(writeHistory(sixRuns()));
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        QTableView *runs = showHistory(window);
        auto *panel = window.historyPanel();
        QSignalSpy finished(panel, &HistoryPanel::exportFinished);
        QTemporaryDir dir;

        runs->selectionModel()->clearSelection();
        selectRun(runs, 1);
        QTest::mouseClick(runs->viewport(), Qt::LeftButton, Qt::ControlModifier,
            runs->visualRect(runs->model()->index(2, 0)).center());
        QCOMPARE(runs->selectionModel()->selectedRows().size(), 2);
        const QString json = dir.filePath(u"two.json"_s);
        panel->exportTo(json, true);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(finished.at(0).at(1).toString().startsWith(u"Exported 2 purges to "_s));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(jsonFile.readAll()).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(u"zone"_s).toObject().value(u"name"_s).toString(), u"example.org"_s);
        QCOMPARE(array.at(1).toObject().value(u"outcome"_s).toString(), u"partial"_s);
        const QJsonArray items = array.at(1).toObject().value(u"items"_s).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(u"value"_s).toString(), u"https://example.net/special.js"_s);
        QCOMPARE(items.at(0).toObject().value(u"state"_s).toString(), u"failed"_s);

        const QString csv = dir.filePath(u"all.csv"_s);
        panel->exportTo(csv, false);
        QTRY_COMPARE(finished.size(), 2);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csvFile.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7);
        QVERIFY(lines.at(0).startsWith(u"id,started_at,finished_at,profile,zone_id,zone_name"_s));
        QVERIFY(lines.at(6).contains(u",example.com-id,example.com,purge,files,cli,0,done,1,1,0"_s));

        // A folder that does not exist: a clear message, and nothing half-written.
        const QString nowhere = dir.filePath(u"missing/folder/out.csv"_s);
        panel->exportTo(nowhere, false);
        QTRY_COMPARE(finished.size(), 3);
        QCOMPARE(finished.at(2).at(0).toBool(), false);
        QVERIFY(finished.at(2).at(1).toString().startsWith(u"The export to "_s));
        QVERIFY(panel->statusText().contains(u"Nothing was written."_s));
        QVERIFY(!QFile::exists(nowhere));
    }

    void retentionRemovesOldPurgesWhenTheHistoryOpens()
    {
        const QDateTime now = QDateTime::currentDateTime();
        QVERIFY(
            writeHistory({{u"example.com"_s, u"files"_s, u"done"_s, now.addDays(-100), {u"https://example.com/a"_s}},
                {u"example.com"_s, u"files"_s, u"done"_s, now.addDays(-40), {u"https://example.com/b"_s}},
                {u"example.com"_s, u"files"_s, u"done"_s, now.addDays(-1), {u"https://example.com/c"_s}}}));
        QSettings(settingsFilePath(), QSettings::IniFormat).setValue(u"History/retentionDays"_s, 30);
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        QTableView *runs = showHistory(window);
        QCOMPARE(runs->model()->rowCount(), 1);
        QCOMPARE(
            window.historyPanel()->statusText(), u"2 purges older than the retention setting were removed. 1 purge"_s);
        History::HistoryStore store;
        QString message;
        QVERIFY(store.open(&message));
        QCOMPARE(store.countRuns(), 1);
        QCOMPARE(store.items(store.runs().first().id).first().value, u"https://example.com/c"_s);
    }

    void aDamagedHistoryIsMovedAsideAndPurgingGoesOn()
    {
        const QString path = History::HistoryStore::defaultPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QVERIFY(Test::writeFile(path, QByteArray(8192, 'x')));
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        // The history is read when something first needs it: a saved preset's last run, or at the
        // latest the first purge.
        auto *notice = child<QLabel>(window, u"noticeLabel"_s);
        setList(window, u"https://example.com/after-damage.js"_s);
        QVERIFY(purgeNow(window));
        QTRY_VERIFY(notice->text().startsWith(u"The history file was damaged"_s));
        QTableView *runs = showHistory(window);
        QCOMPARE(runs->model()->rowCount(), 1);
        QVERIFY(window.historyPanel()->statusText().startsWith(u"The history file was damaged"_s));
        const QStringList aside
            = QDir(QFileInfo(path).absolutePath()).entryList({u"history.sqlite.damaged-*"_s}, QDir::Files);
        QVERIFY(!aside.isEmpty());
        for (const QString &name : aside)
            QFile::remove(QFileInfo(path).absoluteDir().filePath(name));
    }

    void aReadOnlyHistoryIsShownAndPurgesSayTheyAreNotRecorded()
    {
        QVERIFY(writeHistory({{u"example.com"_s, u"files"_s, u"done"_s, QDateTime::currentDateTime().addDays(-1),
            {u"https://example.com/kept.js"_s}}}));
        const QString path = History::HistoryStore::defaultPath();
        const Test::ReadOnly readOnly(path);
        QVERIFY(readOnly.ok());

        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *notice = child<QLabel>(window, u"noticeLabel"_s);
        setList(window, u"https://example.com/not-recorded.js"_s);
        QVERIFY(purgeNow(window));
        // The first purge opened the history: the window says it cannot record, and so does the run.
        QTRY_VERIFY2(notice->text().startsWith(u"The history is read-only (the file"_s), qPrintable(notice->text()));
        QVERIFY(notice->text().contains(u"purges are not recorded"_s));
        QCOMPARE(window.context()->connection()->sandbox()->purges().size(), 1);
        const QString note = child<QLabel>(window, u"historyNote"_s)->text();
        QVERIFY2(note.startsWith(u"This purge is not recorded in the history: The history is read-only"_s),
            qPrintable(note));
        // What it holds is still listed, and it is not mistaken for a damaged file.
        QTableView *runs = showHistory(window);
        QCOMPARE(runs->model()->rowCount(), 1);
        QVERIFY(window.historyPanel()->statusText().startsWith(u"The history is read-only"_s));
        QVERIFY(QDir(QFileInfo(path).absolutePath()).entryList({u"*.damaged-*"_s}).isEmpty());
    }

    void anUnreachableHistoryIsExplainedAndPurgingGoesOn()
    {
        // A file where the data folder should be: the history cannot be created.
        const QString folder = QFileInfo(History::HistoryStore::defaultPath()).absolutePath();
        QVERIFY(QDir(folder).removeRecursively());
        QVERIFY(Test::writeFile(folder, "not a folder"));
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        setList(window, u"https://example.com/unrecorded.js"_s);
        QVERIFY(purgeNow(window));
        QCOMPARE(window.context()->connection()->sandbox()->purges().size(), 1);
        QVERIFY(child<QLabel>(window, u"historyNote"_s)
                    ->text()
                    .startsWith(u"This purge is not recorded in the history: The history cannot be kept"_s));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_H));
        QTRY_VERIFY(window.historyPanel()->statusText().contains(u"cannot be created"_s));
        m_window.reset();
        QVERIFY(QFile::remove(folder));
    }
};

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
