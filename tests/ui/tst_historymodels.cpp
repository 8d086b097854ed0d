#include "accounts/profile.h"
#include "history/historystore.h"
#include "testsupport.h"
#include "ui/common/batchtablemodel.h"
#include "ui/history/historymodels.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Gui;
using namespace PurgeDesk::Purge;
using History::BatchRow;
using History::ItemRow;
using History::RunRow;

namespace {

RunRow run(qint64 id, RunOutcome outcome, int items, int failed = 0)
{
    RunRow row;
    row.id = id;
    row.startedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0, int(id % 60)));
    row.finishedAt = row.startedAt.addMSecs(20900);
    row.profile = Profile::sandboxId();
    row.zoneId = u"0123456789abcdef0123456789abcdef"_s;
    row.zoneName = u"example.com"_s;
    row.action = PurgeAction::Files;
    row.source = RunSource::ofPreset(u"Deploy"_s);
    row.outcome = outcome;
    row.counters.items = items;
    row.counters.failed = failed;
    row.counters.done = items - failed;
    row.counters.requestsPlanned = row.counters.requestsSent = row.counters.attempts = 1;
    row.counters.elapsedMs = 20900;
    return row;
}

} // namespace

// The History tab's models and the batch table the run view shares, on their own (no window):
// QAbstractItemModelTester checks every change they make against the model contract.
class TestHistoryModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void runsArriveAPageAtATime()
    {
        RunListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy more(&model, &RunListModel::moreRequested);
        model.reset();
        QVERIFY(!model.canFetchMore({})); // the first page is on its way
        model.appendRuns({run(3, RunOutcome::Done, 2), run(2, RunOutcome::Partial, 10, 4)}, false);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(more.count(), 1);
        QVERIFY(!model.canFetchMore({})); // asked once until the page arrives
        model.appendRuns({run(1, RunOutcome::Running, 1)}, true);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.canFetchMore({}));

        const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, RunListModel::Time), u"2026-11-20 10:00:03"_s);
        QCOMPARE(text(0, RunListModel::Account), u"Sandbox"_s);
        QCOMPARE(text(0, RunListModel::Action), u"URLs"_s);
        QCOMPARE(text(0, RunListModel::Items), u"2"_s);
        QCOMPARE(text(0, RunListModel::Outcome), u"Done"_s);
        QCOMPARE(text(0, RunListModel::Duration), u"20.9 s"_s); // the run's own clock
        QCOMPARE(text(0, RunListModel::Source), u"Preset Deploy"_s);
        QCOMPARE(text(1, RunListModel::Outcome), u"Partly failed (4 not purged)"_s);
        QVERIFY(model.index(1, RunListModel::Outcome).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(0, RunListModel::Outcome).data(Qt::ForegroundRole).isValid());

        // Large counts are written as the locale writes numbers: "28,000", not "28000".
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        model.appendRuns({run(9, RunOutcome::Cancelled, 30000, 28000)}, true);
        const QString cancelled = text(int(model.rowCount()) - 1, RunListModel::Outcome);
        QLocale::setDefault(previous);
        QCOMPARE(cancelled, u"Cancelled (28,000 not purged)"_s);

        // A stored run still "running" is this window's run, or one that was cut off.
        QCOMPARE(text(2, RunListModel::Outcome), u"Interrupted"_s);
        model.setActiveRunId(1);
        QCOMPARE(text(2, RunListModel::Outcome), u"Running"_s);
        model.reset();
        QCOMPARE(model.rowCount(), 0);
    }

    void itemsShowTheirOutcome()
    {
        ItemListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(
            {{0, u"https://example.com/a.js"_s, u"CF-Device-Type: mobile"_s, ItemState::Done, {}, u"p1"_s, {}},
                {1, u"https://example.com/b.js"_s, {}, ItemState::Failed, u"HTTP 502"_s, {}, {}},
                {2, u"https://example.com/c.js"_s, {}, ItemState::Pending, {}, {}, {}}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ItemListModel::Position).data().toString(), u"1"_s);
        QCOMPARE(model.index(0, ItemListModel::Value).data().toString(),
            u"https://example.com/a.js  CF-Device-Type: mobile"_s);
        QCOMPARE(model.index(1, ItemListModel::State).data().toString(), u"Failed"_s);
        QCOMPARE(model.index(1, ItemListModel::Reason).data().toString(), u"HTTP 502"_s);
        QCOMPARE(model.index(2, ItemListModel::State).data().toString(), u"Not sent (interrupted)"_s);
        QVERIFY(model.index(1, ItemListModel::State).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(0, ItemListModel::State).data(Qt::ForegroundRole).isValid());
        model.setItems({});
        QCOMPARE(model.rowCount(), 0);
    }

    void batchTableGrowsAsARunGoes()
    {
        BatchTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BatchRecord first;
        first.index = 0;
        first.count = 100;
        model.setRows({BatchRow::fromRecord(first)});
        QCOMPARE(model.index(0, BatchTableModel::Status).data().toString(), u"Queued"_s);
        QCOMPARE(model.index(0, BatchTableModel::Items).data().toString(), u"100 (items 1-100)"_s);

        // Refused as too large: split, and its two halves appended.
        first.state = BatchState::Split;
        first.attempts = 1;
        first.httpStatus = 400;
        model.setRow(0, BatchRow::fromRecord(first));
        BatchRecord half;
        half.index = 1;
        half.count = 50;
        model.setRow(1, BatchRow::fromRecord(half));
        half.index = 2;
        half.first = 50;
        half.state = BatchState::Done;
        half.attempts = 2;
        half.httpStatus = 200;
        half.purgeId = u"purge-2"_s;
        model.setRow(2, BatchRow::fromRecord(half));
        model.setRow(7, BatchRow::fromRecord(half)); // a row past the end is ignored, never a gap
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, BatchTableModel::Status).data().toString(), u"Split in two"_s);
        QCOMPARE(model.index(0, BatchTableModel::Http).data().toString(), u"400"_s);
        QCOMPARE(model.index(2, BatchTableModel::Request).data().toString(), u"3"_s);
        QCOMPARE(model.index(2, BatchTableModel::Items).data().toString(), u"50 (items 51-100)"_s);
        QCOMPARE(model.index(2, BatchTableModel::Attempts).data().toString(), u"2"_s);
        QCOMPARE(model.index(2, BatchTableModel::Result).data().toString(), u"purge-2"_s);

        half.state = BatchState::Failed;
        half.purgeId.clear();
        half.error.kind = Cloudflare::ApiError::Kind::Server;
        half.error.httpStatus = 502;
        model.setRow(2, BatchRow::fromRecord(half));
        QCOMPARE(model.index(2, BatchTableModel::Status).data().toString(), u"Failed"_s);
        QVERIFY(model.index(2, BatchTableModel::Status).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(2, BatchTableModel::Result).data().toString().isEmpty());

        model.setEverything(true);
        QCOMPARE(model.index(0, BatchTableModel::Items).data().toString(), u"everything"_s);
    }
};

QTEST_MAIN(TestHistoryModels)
#include "tst_historymodels.moc"
