// The Presets panel's list model and its search filter on their own, without a window, checked by
// QAbstractItemModelTester: the texts each row shows, presets inserted, removed, moved and renamed
// as row changes (not resets, so a view keeps its selection), drag and drop, and the search.

#include "accounts/profile.h"
#include "presets/presetstore.h"
#include "testsupport.h"
#include "ui/presets/presetlistmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using PurgeDesk::Gui::PresetFilterModel;
using PurgeDesk::Gui::PresetListModel;
using PurgeDesk::Presets::Preset;

namespace {

Preset preset(const QString &name, const QStringList &items = {u"tag-a"_s, u"tag-b"_s},
    const QString &profile = Profile::sandboxId())
{
    Preset preset;
    preset.name = name;
    preset.profile = profile;
    preset.zoneName = u"example.com"_s;
    preset.action = Purge::PurgeAction::Tags;
    preset.items = items;
    return preset;
}

QList<Preset> presets(const QStringList &names)
{
    QList<Preset> list;
    for (const QString &name : names)
        list << preset(name);
    return list;
}

QStringList shownNames(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, 0).data().toString();
    return names;
}

// Counts what a model says while its list changes.
struct ChangeSpy
{
    explicit ChangeSpy(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
    { }
    QString summary() const
    {
        return u"inserted %1, removed %2, moved %3, changed %4, reset %5"_s.arg(inserted.count())
            .arg(removed.count())
            .arg(moved.count())
            .arg(changed.count())
            .arg(reset.count());
    }
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy changed;
    QSignalSpy reset;
};

} // namespace

class TestPresetModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void rowsShowWhatAPresetPurgesWhere()
    {
        PresetListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Preset invalidate = preset(u"Blog"_s, {u"example.com/blog/"_s});
        invalidate.action = Purge::PurgeAction::Prefixes;
        invalidate.mode = Purge::PurgeMode::Invalidate;
        invalidate.note = u"after each post"_s;
        Preset everything = preset(u"Wipe"_s, {}, u"Agency"_s);
        everything.action = Purge::PurgeAction::Everything;
        everything.zoneName.clear();
        everything.zoneId = u"0123456789abcdef0123456789abcdef"_s;
        Preset commandLine = preset(u"From a script"_s, {u"one"_s}, QString());
        model.setPresets({preset(u"Tags"_s), invalidate, everything, commandLine});
        model.setAccounts({u"Work"_s});

        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data().toString(), u"Tags"_s);
        QCOMPARE(model.index(0, 0).data(PresetListModel::DescriptionRole).toString(),
            u"2 tags \u00b7 example.com \u00b7 Sandbox"_s);
        QCOMPARE(model.index(0, 0).data(Qt::AccessibleDescriptionRole).toString(),
            u"Purge 2 tags in example.com \u00b7 Sandbox"_s);
        QCOMPARE(model.index(0, 0).data(PresetListModel::ProblemRole).toString(), QString());
        QCOMPARE(model.index(1, 0).data(PresetListModel::DescriptionRole).toString(),
            u"Invalidate 1 prefix \u00b7 example.com \u00b7 Sandbox"_s);
        QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(),
            u"Invalidate 1 prefix in example.com \u00b7 Sandbox\nafter each post"_s);
        // A zone known by its ID only; an account that is not in PurgeDesk says so, and why in the tooltip.
        QCOMPARE(model.index(2, 0).data(PresetListModel::DescriptionRole).toString(),
            u"Everything \u00b7 0123456789abcdef0123456789abcdef \u00b7 Agency"_s);
        QCOMPARE(model.index(2, 0).data(PresetListModel::ProblemRole).toString(),
            u"Account \u201cAgency\u201d is not in PurgeDesk"_s);
        QVERIFY(model.index(2, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(u"\u201cWipe\u201d uses the account \u201cAgency\u201d, which is not in PurgeDesk. Add "
                              u"it (Accounts > "
                              u"Manage Accounts), or open the preset, choose an account, and Update it."_s));
        QCOMPARE(model.index(3, 0).data(PresetListModel::DescriptionRole).toString(),
            u"1 tag \u00b7 example.com \u00b7 no account"_s);
        QCOMPARE(model.index(3, 0).data(PresetListModel::ProblemRole).toString(),
            u"No account (saved for the command line)"_s);
        // The search looks in the name, note, zone, account, description and every item.
        const QString search = model.index(1, 0).data(PresetListModel::SearchRole).toString();
        for (const QString &part : {u"Blog"_s, u"after each post"_s, u"example.com/blog/"_s, u"Invalidate"_s})
            QVERIFY2(search.contains(part), qPrintable(part));

        // The account is added: its preset can run, and the rows say so.
        ChangeSpy spy(&model);
        model.setAccounts({u"Work"_s, u"Agency"_s});
        QCOMPARE(spy.changed.count(), 1);
        QCOMPARE(model.index(2, 0).data(PresetListModel::ProblemRole).toString(), QString());
        model.setAccounts({u"Work"_s, u"Agency"_s});
        QCOMPARE(spy.changed.count(), 1); // the same accounts change nothing
    }

    void lastRunsShowOnceKnown()
    {
        PresetListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPresets(presets({u"Alpha"_s, u"Beta"_s}));
        QCOMPARE(model.lastRunText(u"Alpha"_s), QString()); // not looked up yet
        History::RunRow run;
        run.id = 7;
        run.startedAt = QDateTime(QDate(2026, 11, 22), QTime(14, 5, 9));
        run.outcome = Purge::RunOutcome::Done;
        ChangeSpy spy(&model);
        model.setLastRuns({{u"Alpha"_s, run}});
        QCOMPARE(spy.changed.count(), 1);
        QCOMPARE(model.lastRunText(u"Alpha"_s), u"Last run 2026-11-22 14:05:09: Done."_s);
        QCOMPARE(model.lastRunText(u"Beta"_s), u"Not run yet."_s);
        QVERIFY(
            model.index(0, 0).data(Qt::ToolTipRole).toString().endsWith(u"\nLast run 2026-11-22 14:05:09: Done."_s));
    }

    void listChangesBecomeRowChanges_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<QString>("expected");

        const QStringList abcd {u"A"_s, u"B"_s, u"C"_s, u"D"_s};
        QTest::newRow("first ones") << QStringList() << abcd << u"inserted 1, removed 0, moved 0, changed 0, reset 0"_s;
        QTest::newRow("appended") << abcd << QStringList {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s, u"F"_s}
                                  << u"inserted 1, removed 0, moved 0, changed 0, reset 0"_s;
        QTest::newRow("duplicated after its original")
            << abcd << QStringList {u"A"_s, u"B"_s, u"B (2)"_s, u"C"_s, u"D"_s}
            << u"inserted 1, removed 0, moved 0, changed 0, reset 0"_s;
        QTest::newRow("two apart inserted")
            << QStringList {u"B"_s, u"D"_s} << abcd << u"inserted 2, removed 0, moved 0, changed 0, reset 0"_s;
        QTest::newRow("one removed") << abcd << QStringList {u"A"_s, u"C"_s, u"D"_s}
                                     << u"inserted 0, removed 1, moved 0, changed 0, reset 0"_s;
        QTest::newRow("neighbours removed together")
            << abcd << QStringList {u"A"_s, u"D"_s} << u"inserted 0, removed 1, moved 0, changed 0, reset 0"_s;
        QTest::newRow("two apart removed")
            << abcd << QStringList {u"B"_s, u"D"_s} << u"inserted 0, removed 2, moved 0, changed 0, reset 0"_s;
        QTest::newRow("all removed") << abcd << QStringList()
                                     << u"inserted 0, removed 1, moved 0, changed 0, reset 0"_s;
        QTest::newRow("moved up one") << abcd << QStringList {u"A"_s, u"C"_s, u"B"_s, u"D"_s}
                                      << u"inserted 0, removed 0, moved 1, changed 0, reset 0"_s;
        QTest::newRow("last to the top") << abcd << QStringList {u"D"_s, u"A"_s, u"B"_s, u"C"_s}
                                         << u"inserted 0, removed 0, moved 1, changed 0, reset 0"_s;
        QTest::newRow("reversed") << abcd << QStringList {u"D"_s, u"C"_s, u"B"_s, u"A"_s}
                                  << u"inserted 0, removed 0, moved 3, changed 0, reset 0"_s;
        QTest::newRow("renamed in place") << abcd << QStringList {u"A"_s, u"Bee"_s, u"C"_s, u"D"_s}
                                          << u"inserted 0, removed 0, moved 0, changed 1, reset 0"_s;
        QTest::newRow("only the case of a name") << abcd << QStringList {u"a"_s, u"B"_s, u"C"_s, u"D"_s}
                                                 << u"inserted 0, removed 0, moved 0, changed 1, reset 0"_s;
        QTest::newRow("nothing in common, another length")
            << abcd << QStringList {u"X"_s, u"Y"_s} << u"inserted 0, removed 0, moved 0, changed 0, reset 1"_s;
        QTest::newRow("one in, one out") << abcd << QStringList {u"A"_s, u"B"_s, u"D"_s, u"E"_s, u"F"_s}
                                         << u"inserted 0, removed 0, moved 0, changed 0, reset 1"_s;
        QTest::newRow("the same") << abcd << abcd << u"inserted 0, removed 0, moved 0, changed 0, reset 0"_s;
    }

    void listChangesBecomeRowChanges()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        QFETCH(QString, expected);
        PresetListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPresets(presets(before));
        ChangeSpy spy(&model);
        model.setPresets(presets(after));
        QCOMPARE(shownNames(model), after);
        QCOMPARE(model.presets(), presets(after));
        QCOMPARE(spy.summary(), expected);
    }

    void rowsKeepTheirIdentity()
    {
        PresetListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPresets(presets({u"A"_s, u"B"_s, u"C"_s, u"D"_s}));
        // A selection follows its preset (a view keeps persistent indexes).
        const QPersistentModelIndex c = model.index(2, 0);
        model.setPresets(presets({u"C"_s, u"A"_s, u"B"_s, u"D"_s}));
        QCOMPARE(c.row(), 0);
        model.setPresets(presets({u"X"_s, u"C"_s, u"A"_s, u"B"_s, u"D"_s}));
        QCOMPARE(c.row(), 1);
        model.setPresets(presets({u"C"_s, u"D"_s}));
        QCOMPARE(c.row(), 0);
        // An update of what a preset holds changes its row's data, nothing else.
        QList<Preset> updated = presets({u"C"_s, u"D"_s});
        updated[1].items = {u"other"_s};
        ChangeSpy spy(&model);
        model.setPresets(updated);
        QCOMPARE(spy.summary(), u"inserted 0, removed 0, moved 0, changed 1, reset 0"_s);
        QCOMPARE(spy.changed.first().at(0).toModelIndex(), model.index(1, 0));
        QCOMPARE(model.index(1, 0).data(PresetListModel::DescriptionRole).toString(),
            u"1 tag \u00b7 example.com \u00b7 Sandbox"_s);
        QCOMPARE(c.row(), 0);
    }

    void presetsAreDraggedToAnotherPlace()
    {
        PresetListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPresets(presets({u"A"_s, u"B"_s, u"C"_s, u"D"_s}));
        QSignalSpy moved(&model, &PresetListModel::presetsMoved);
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsDropEnabled)); // between presets, never onto one
        QVERIFY(model.flags({}) & Qt::ItemIsDropEnabled);
        QCOMPARE(model.mimeTypes(), QStringList {PresetListModel::NamesMimeType});

        // D to the top, then C and A (in the list's order: A, C) to the end.
        std::unique_ptr<QMimeData> data(model.mimeData({model.index(3, 0)}));
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, 0, 0, {}));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, model.index(1, 0)));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(shownNames(model), (QStringList {u"D"_s, u"A"_s, u"B"_s, u"C"_s}));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.first().first().toStringList(), QStringList {u"D"_s});
        data.reset(model.mimeData({model.index(3, 0), model.index(1, 0)}));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, {}));
        QCOMPARE(shownNames(model), (QStringList {u"D"_s, u"B"_s, u"A"_s, u"C"_s}));
        QCOMPARE(moved.last().first().toStringList(), (QStringList {u"A"_s, u"C"_s}));
        // Dropped where it is already: nothing moves, and no move is reported.
        data.reset(model.mimeData({model.index(1, 0)}));
        QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, 2, 0, {}));
        QCOMPARE(moved.count(), 2);

        // While reordering is off (a read-only file, a filtered list), nothing can be dropped.
        model.setReorderable(false);
        QCOMPARE(model.flags({}), Qt::NoItemFlags);
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(shownNames(model), (QStringList {u"D"_s, u"B"_s, u"A"_s, u"C"_s}));
        QCOMPARE(moved.count(), 2);
    }

    void searchFiltersByAnyField()
    {
        PresetListModel model;
        PresetFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Preset hosts = preset(u"Gamma"_s, {u"www.example.net"_s});
        hosts.action = Purge::PurgeAction::Hosts;
        hosts.zoneName = u"example.net"_s;
        Preset noted = preset(u"Beta"_s);
        noted.note = u"After each DEPLOY"_s;
        model.setPresets({preset(u"Alpha"_s), noted, hosts});
        QVERIFY(!filter.isFiltering());
        QCOMPARE(filter.rowCount(), 3);

        filter.setSearch(u"  www.example  "_s); // an item; surrounding spaces do not count
        QVERIFY(filter.isFiltering());
        QCOMPARE(filter.search(), u"www.example"_s);
        QCOMPARE(shownNames(filter), QStringList {u"Gamma"_s});
        filter.setSearch(u"deploy"_s); // the note, in any case
        QCOMPARE(shownNames(filter), QStringList {u"Beta"_s});
        filter.setSearch(u"hostname"_s); // the description
        QCOMPARE(shownNames(filter), QStringList {u"Gamma"_s});
        filter.setSearch(u"nothing like this"_s);
        QCOMPARE(filter.rowCount(), 0);

        // The filtered list follows the presets.
        filter.setSearch(u"a"_s);
        QCOMPARE(filter.rowCount(), 3);
        model.setPresets({preset(u"Alpha"_s), hosts, preset(u"Delta"_s)});
        QCOMPARE(shownNames(filter), (QStringList {u"Alpha"_s, u"Gamma"_s, u"Delta"_s}));
        filter.setSearch(u"   "_s);
        QVERIFY(!filter.isFiltering());
        QCOMPARE(filter.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPresetModels)
#include "tst_presetmodels.moc"
