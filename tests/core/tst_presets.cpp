// The preset store: round trips, the older (plain array) format migrated, a damaged file moved
// aside, a newer format left alone, field checks, reordering, renamed accounts, and imports: the
// rejections, the accounts a file names that are not known, and the names that exist already.

#include "accounts/profile.h"
#include "presets/presetimport.h"
#include "presets/presetstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Presets;

namespace {

Preset deploy()
{
    Preset preset;
    preset.name = u"Deploy assets"_s;
    preset.profile = u"Work"_s;
    preset.zoneId = u"0123456789abcdef0123456789abcdef"_s;
    preset.zoneName = u"example.com"_s;
    preset.mode = Purge::PurgeMode::Invalidate;
    preset.action = Purge::PurgeAction::Files;
    preset.items = {u"https://example.com/app.js"_s, u"https://example.com/a.css CF-Device-Type: mobile"_s};
    preset.note = u"after each deploy"_s;
    return preset;
}

Preset named(const QString &name, const QString &profile = u"Work"_s)
{
    Preset preset = deploy();
    preset.name = name;
    preset.profile = profile;
    return preset;
}

QStringList namesOf(const QList<Preset> &presets)
{
    QStringList names;
    for (const Preset &preset : presets)
        names << preset.name;
    return names;
}

PresetStore storeWith(const QStringList &names)
{
    PresetStore store(QString {});
    QString error;
    for (const QString &name : names)
        store.put(named(name), false, &error);
    return store;
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPresets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void roundTripAndEdits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config/presets.json"_s);
        PresetStore store(path);
        QString message;
        QVERIFY(store.load(&message)); // no file: no presets
        QVERIFY(store.presets().isEmpty());
        QString error;
        QVERIFY(store.put(deploy(), false, &error));
        Preset everything;
        everything.name = u"Everything on example.net"_s;
        everything.zoneName = u"example.net"_s;
        everything.action = Purge::PurgeAction::Everything;
        QVERIFY(store.put(everything, false, &error));
        QVERIFY(!store.put(deploy(), false, &error)); // no silent overwrite
        QCOMPARE(error, u"There is already a preset named \u201cDeploy assets\u201d."_s);
        QVERIFY(store.save(&error));
        QCOMPARE(QJsonDocument::fromJson(read(path)).object().value(u"schema"_s).toInt(), PresetStore::SchemaVersion);
        QVERIFY(!read(path).contains("token")); // nothing secret-like is written

        PresetStore again(path);
        QVERIFY(again.load(&message));
        QVERIFY(message.isEmpty());
        QCOMPARE(again.presets().size(), 2);
        QVERIFY(again.presets().first() == deploy());
        QCOMPARE(again.freeName(u"deploy assets"_s), u"deploy assets (2)"_s);
        QVERIFY(again.rename(u"Deploy assets"_s, u"Deploy"_s, &error));
        QVERIFY(!again.rename(u"Deploy"_s, u"everything on EXAMPLE.net"_s, &error));
        QVERIFY(again.move(1, 0));
        QCOMPARE(again.presets().first().name, u"Everything on example.net"_s);
        QVERIFY(again.remove(u"deploy"_s));
        QCOMPARE(again.presets().size(), 1);
    }

    void fieldsAreChecked_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::addRow("no name") << QByteArray(R"({"zone":"example.com","action":"tags","items":["a"]})")
                                 << u"it has no name"_s;
        QTest::addRow("no zone") << QByteArray(R"({"name":"n","action":"tags","items":["a"]})")
                                 << u"it names no zone"_s;
        QTest::addRow("bad zone id") << QByteArray(R"({"name":"n","zone":{"id":"xyz"},"action":"tags","items":["a"]})")
                                     << u"the zone ID \"xyz\" is not 32 hexadecimal characters"_s;
        QTest::addRow("bad action") << QByteArray(R"({"name":"n","zone":"example.com","action":"urls","items":["a"]})")
                                    << u"the action must be one of everything, files, hosts, tags, prefixes"_s;
        QTest::addRow("bad mode") << QByteArray(
            R"({"name":"n","zone":"example.com","action":"tags","mode":"delete","items":["a"]})")
                                  << u"the mode must be purge or invalidate"_s;
        QTest::addRow("no items") << QByteArray(R"({"name":"n","zone":"example.com","action":"tags","items":[]})")
                                  << u"it has no items to purge"_s;
        QTest::addRow("items not text") << QByteArray(
            R"({"name":"n","zone":"example.com","action":"tags","items":[1]})")
                                        << u"\"items\" must be a list of text lines"_s;
        QTest::addRow("everything with items")
            << QByteArray(R"({"name":"n","zone":"example.com","action":"everything","items":["a"]})")
            << u"a purge of everything takes no items"_s;
        QTest::addRow("more zones not a list") << QByteArray(
            R"({"name":"n","zone":"example.com","more_zones":"example.net","action":"tags","items":["a"]})")
                                               << u"\"more_zones\" must be a list of zones"_s;
        QTest::addRow("more zones with a bad id") << QByteArray(
            R"({"name":"n","zone":"example.com","more_zones":[{"id":"xyz"}],"action":"tags","items":["a"]})")
                                                  << u"the zone ID \"xyz\" is not 32 hexadecimal characters"_s;
    }

    void severalZonesRoundTrip()
    {
        Preset preset;
        QString why;
        const QJsonObject json {{u"name"_s, u"Sites"_s}, {u"zone"_s, u"example.com"_s},
            {u"more_zones"_s,
                QJsonArray {u"example.net"_s,
                    QJsonObject {{u"id"_s, u"0123456789abcdef0123456789abcdef"_s}, {u"name"_s, u"shop.example"_s}}}},
            {u"action"_s, u"files"_s}, {u"items"_s, QJsonArray {u"https://example.net/a"_s}}};
        QVERIFY2(Preset::fromJson(json, &preset, &why), qPrintable(why));
        QCOMPARE(preset.moreZones.size(), 2);
        QCOMPARE(preset.moreZones.first().name, u"example.net"_s);
        QCOMPARE(preset.moreZones.last().id, u"0123456789abcdef0123456789abcdef"_s);
        QVERIFY(preset.zoneLabel().startsWith(u"example.com + 2 zone"_s)); // "zones" with the English plurals
        const Purge::PurgeOrder order = preset.order();
        QCOMPARE(order.zone, u"example.com"_s);
        QCOMPARE(order.moreZones, (QStringList {u"example.net"_s, u"0123456789abcdef0123456789abcdef"_s}));
        Preset again;
        QVERIFY(Preset::fromJson(preset.toJson(), &again, &why));
        QVERIFY(again == preset);
        // A preset of one zone is written as before, without "more_zones".
        preset.moreZones.clear();
        QVERIFY(!preset.toJson().contains(u"more_zones"_s));
    }

    void fieldsAreChecked()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        Preset preset;
        QString why;
        QVERIFY(!Preset::fromJson(QJsonDocument::fromJson(json).object(), &preset, &why));
        QCOMPARE(why, problem);
    }

    void olderPlainArrayIsMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"presets.json"_s);
        QVERIFY(Test::writeFile(path,
            R"([{"name":"Blog","zone":"example.com","action":"prefixes","items":["example.com/blog/"]},
                {"name":"By ID","zone":"0123456789abcdef0123456789abcdef","action":"everything"}])"));
        PresetStore store(path);
        QString message;
        QVERIFY(store.load(&message));
        QVERIFY(message.isEmpty());
        QVERIFY(store.migrated());
        QCOMPARE(store.presets().size(), 2);
        QCOMPARE(store.presets().at(0).zoneName, u"example.com"_s);
        QCOMPARE(store.presets().at(0).mode, Purge::PurgeMode::Purge);
        QCOMPARE(store.presets().at(1).zoneId, u"0123456789abcdef0123456789abcdef"_s);
        QString error;
        QVERIFY(store.save(&error));
        const QJsonObject saved = QJsonDocument::fromJson(read(path)).object();
        QCOMPARE(saved.value(u"schema"_s).toInt(), 1);
        PresetStore again(path);
        QVERIFY(again.load(&message));
        QVERIFY(!again.migrated());
        QVERIFY(again.presets() == store.presets());
    }

    void damagedFileIsMovedAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::addRow("not json") << QByteArray("{\"schema\": 1, \"presets\": [") << u"not valid JSON"_s;
        QTest::addRow("not presets") << QByteArray("{\"hello\": 1}") << u"not a PurgeDesk presets file"_s;
    }

    void aBadPresetHidesNoneOfTheOthers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"presets.json"_s);
        const QByteArray content = R"({"schema":1,"presets":[
            {"name":"Good","zone":"example.com","action":"tags","items":["a"]},
            {"name":"Broken","action":"tags","items":["b"],"custom":"kept"},
            {"name":"Also good","zone":"example.net","action":"hosts","items":["www.example.net"]}]})";
        QVERIFY(Test::writeFile(path, content));
        PresetStore store(path);
        QString message;
        QVERIFY(store.load(&message));
        QCOMPARE(store.presets().size(), 2); // was: none, and the file moved aside
        QCOMPARE(store.presets().at(1).name, u"Also good"_s);
        QVERIFY2(message.startsWith(u"1 preset in "_s), qPrintable(message));
        QVERIFY(message.contains(u"preset 2 (\u201cBroken\u201d): it names no zone"_s));
        QVERIFY(message.contains(u"kept in the file as it is"_s));
        QVERIFY(QDir(dir.path()).entryList({u"presets.json.damaged-*"_s}).isEmpty());

        // A change saves the good ones and writes the bad one back exactly as it was.
        QString error;
        QVERIFY(store.remove(u"Good"_s));
        QVERIFY(store.save(&error));
        const QJsonArray saved = QJsonDocument::fromJson(read(path)).object().value(u"presets"_s).toArray();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0).toObject().value(u"name"_s).toString(), u"Also good"_s);
        QCOMPARE(saved.at(1).toObject(),
            (QJsonObject {{u"name"_s, u"Broken"_s}, {u"action"_s, u"tags"_s}, {u"items"_s, QJsonArray {u"b"_s}},
                {u"custom"_s, u"kept"_s}}));
        PresetStore again(path);
        QVERIFY(again.load(&message));
        QCOMPARE(again.presets().size(), 1);
        QVERIFY(message.contains(u"Broken"_s)); // still reported until fixed
    }

    void damagedFileIsMovedAside()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"presets.json"_s);
        QVERIFY(Test::writeFile(path, content));
        PresetStore store(path);
        QString message;
        QVERIFY(store.load(&message));
        QVERIFY2(message.startsWith(u"The presets file was damaged ("_s + reason), qPrintable(message));
        QVERIFY(store.presets().isEmpty());
        QVERIFY(!QFile::exists(path));
        const QStringList aside = QDir(dir.path()).entryList({u"presets.json.damaged-*"_s});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(read(dir.filePath(aside.first())), content); // kept as it was
    }

    void newerFormatIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"presets.json"_s);
        const QByteArray content = R"({"schema": 9, "presets": []})";
        QVERIFY(Test::writeFile(path, content));
        PresetStore store(path);
        QString message;
        QVERIFY(!store.load(&message));
        QVERIFY(message.contains(u"newer PurgeDesk (format 9)"_s));
        QString error;
        QVERIFY(store.put(deploy(), false, &error));
        QVERIFY(!store.save(&error));
        QCOMPARE(read(path), content);
    }

    void importListsRejections()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shared.json"_s);
        QVERIFY(Test::writeFile(path,
            R"({"schema":1,"presets":[
                {"name":"Good","zone":"example.com","action":"tags","items":["a","b"]},
                {"name":"Bad mode","zone":"example.com","action":"tags","mode":"nuke","items":["a"]},
                "not an object",
                {"zone":"example.com","action":"tags","items":["a"]}]})"));
        const ImportResult result = readPresetFile(path);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.presets.size(), 1);
        QCOMPARE(result.presets.first().items, (QStringList {u"a"_s, u"b"_s}));
        QCOMPARE(result.rejected,
            (QStringList {u"preset 2 (\u201cBad mode\u201d): the mode must be purge or invalidate"_s,
                u"preset 3: not a JSON object"_s, u"preset 4: it has no name"_s}));
        QVERIFY(readPresetFile(dir.filePath(u"missing.json"_s)).error.contains(u"cannot be read"_s));
        QVERIFY(Test::writeFile(path, "[1,"));
        QVERIFY(readPresetFile(path).error.contains(u"not valid JSON"_s));
    }

    void dragAndDropOrder_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<int>("row");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("last to the top") << QStringList {u"D"_s} << 0 << QStringList {u"D"_s, u"A"_s, u"B"_s, u"C"_s};
        QTest::newRow("to the end") << QStringList {u"A"_s} << -1 << QStringList {u"B"_s, u"C"_s, u"D"_s, u"A"_s};
        QTest::newRow("past the end") << QStringList {u"B"_s} << 4 << QStringList {u"A"_s, u"C"_s, u"D"_s, u"B"_s};
        QTest::newRow("down, before D") << QStringList {u"A"_s} << 3 << QStringList {u"B"_s, u"C"_s, u"A"_s, u"D"_s};
        QTest::newRow("two apart, kept in order")
            << QStringList {u"A"_s, u"C"_s} << -1 << QStringList {u"B"_s, u"D"_s, u"A"_s, u"C"_s};
        QTest::newRow("where it is") << QStringList {u"B"_s} << 2 << QStringList {u"A"_s, u"B"_s, u"C"_s, u"D"_s};
        QTest::newRow("unknown name") << QStringList {u"X"_s} << 0 << QStringList {u"A"_s, u"B"_s, u"C"_s, u"D"_s};
    }

    void dragAndDropOrder()
    {
        QFETCH(QStringList, names);
        QFETCH(int, row);
        QFETCH(QStringList, expected);
        const PresetStore store = storeWith({u"A"_s, u"B"_s, u"C"_s, u"D"_s});
        QCOMPARE(namesOf(movedBefore(store.presets(), names, row)), expected);
    }

    void renamedAccountsAreFollowed()
    {
        PresetStore store = storeWith({u"A"_s, u"B"_s});
        QString error;
        QVERIFY(store.put(named(u"C"_s, u"Other"_s), false, &error));
        QCOMPARE(store.renameAccount(u"Work"_s, u"Work Ltd"_s), 2);
        QCOMPARE(store.find(u"A"_s)->profile, u"Work Ltd"_s);
        QCOMPARE(store.find(u"C"_s)->profile, u"Other"_s);
        QCOMPARE(store.renameAccount(u"Work"_s, u"Work Ltd"_s), 0);
        QCOMPARE(store.renameAccount(u"Other"_s, u"Other"_s), 0);
    }

    void importFindsUnknownAccounts()
    {
        PresetImport import({named(u"A"_s, u"Work"_s), named(u"B"_s, Profile::sandboxId()), named(u"C"_s, u"Agency"_s),
            named(u"D"_s, QString()), named(u"E"_s, u"Agency"_s)});
        QCOMPARE(import.unknownAccounts({u"Work"_s}), (QStringList {u"Agency"_s, QString()}));
        QCOMPARE(import.countUsing(u"Agency"_s), 2);
        QCOMPARE(import.countUsing(QString()), 1);
        import.mapAccount(u"Agency"_s, u"Work"_s);
        QCOMPARE(import.unknownAccounts({u"Work"_s}), QStringList {QString()});
        QCOMPARE(import.countUsing(u"Work"_s), 3);
        import.mapAccount(QString(), Profile::sandboxId());
        QVERIFY(import.unknownAccounts({u"Work"_s}).isEmpty());
        QCOMPARE(import.incoming().at(3).profile, Profile::sandboxId());
    }

    void importAsksAboutEachNameThatExists()
    {
        PresetStore store = storeWith({u"Deploy"_s, u"Blog"_s});
        Preset incomingDeploy = named(u"deploy"_s);
        incomingDeploy.note = u"theirs"_s;
        Preset incomingBlog = named(u"Blog"_s);
        incomingBlog.action = Purge::PurgeAction::Tags;
        incomingBlog.items = {u"blog"_s};
        const PresetImport import({incomingDeploy, named(u"New"_s), incomingBlog, named(u"New"_s), named(u"Last"_s)});
        QCOMPARE(import.clashingNames(store), (QStringList {u"deploy"_s, u"Blog"_s, u"New"_s}));

        QList<ImportClash> asked;
        const QList<ClashChoice> answers {ClashChoice::KeepBoth, ClashChoice::Replace, ClashChoice::Skip};
        const ImportOutcome outcome = import.apply(store, [&](const ImportClash &clash) {
            asked << clash;
            return ClashDecision {answers.at(asked.size() - 1), false};
        });
        QCOMPARE(asked.size(), 3);
        QCOMPARE(asked.at(0).incoming.note, u"theirs"_s);
        QCOMPARE(asked.at(0).existing.name, u"Deploy"_s);
        QCOMPARE(asked.at(0).keepBothName, u"deploy (2)"_s);
        QCOMPARE(asked.at(2).existing.name, u"New"_s); // earlier in the same file
        QVERIFY(!outcome.cancelled);
        QCOMPARE(outcome.imported, 4);
        QCOMPARE(outcome.keptBoth, 1);
        QCOMPARE(outcome.replaced, 1);
        QCOMPARE(outcome.skipped, QStringList {u"New"_s});
        QVERIFY(outcome.failed.isEmpty());
        QCOMPARE(outcome.lastImported, u"Last"_s);
        QCOMPARE(
            namesOf(store.presets()), (QStringList {u"Deploy"_s, u"Blog"_s, u"deploy (2)"_s, u"New"_s, u"Last"_s}));
        QCOMPARE(store.find(u"Blog"_s)->action, Purge::PurgeAction::Tags); // replaced in its place
        QCOMPARE(store.find(u"Deploy"_s)->note, u"after each deploy"_s); // kept
    }

    void importAnswersForAllOthersOrCancels()
    {
        const PresetImport import({named(u"A"_s), named(u"B"_s), named(u"C"_s), named(u"D"_s)});
        PresetStore store = storeWith({u"A"_s, u"B"_s, u"C"_s});
        int asked = 0;
        ImportOutcome outcome = import.apply(store, [&asked](const ImportClash &) {
            ++asked;
            return ClashDecision {ClashChoice::KeepBoth, true};
        });
        QCOMPARE(asked, 1);
        QCOMPARE(outcome.keptBoth, 3);
        QCOMPARE(namesOf(store.presets()),
            (QStringList {u"A"_s, u"B"_s, u"C"_s, u"A (2)"_s, u"B (2)"_s, u"C (2)"_s, u"D"_s}));

        // Cancelled at the second question: nothing changes, though the first was answered.
        store = storeWith({u"A"_s, u"B"_s, u"C"_s});
        asked = 0;
        outcome = import.apply(store, [&asked](const ImportClash &) {
            return ClashDecision {++asked == 1 ? ClashChoice::Replace : ClashChoice::Cancel, false};
        });
        QVERIFY(outcome.cancelled);
        QCOMPARE(outcome.imported, 0);
        QCOMPARE(namesOf(store.presets()), (QStringList {u"A"_s, u"B"_s, u"C"_s}));

        // The command line's options: one answer for every name.
        outcome = import.apply(store, ClashChoice::Skip);
        QCOMPARE(outcome.skipped, (QStringList {u"A"_s, u"B"_s, u"C"_s}));
        QCOMPARE(outcome.imported, 1);
        outcome = import.apply(store, ClashChoice::Replace);
        QCOMPARE(outcome.replaced, 4);
        QCOMPARE(namesOf(store.presets()), (QStringList {u"A"_s, u"B"_s, u"C"_s, u"D"_s}));
    }

    void importListsWhatTheStoreRefuses()
    {
        Preset broken = named(u"Broken"_s);
        broken.zoneId = u"not an id"_s;
        PresetStore store = storeWith({});
        const ImportOutcome outcome = PresetImport({named(u"Fine"_s), broken}).apply(store, ClashChoice::Skip);
        QCOMPARE(outcome.imported, 1);
        QCOMPARE(outcome.failed.size(), 1);
        QVERIFY2(outcome.failed.first().startsWith(u"\u201cBroken\u201d: The preset cannot be saved: the zone ID"_s),
            qPrintable(outcome.failed.first()));
        QCOMPARE(namesOf(store.presets()), QStringList {u"Fine"_s});
    }
};

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
