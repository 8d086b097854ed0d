// The preset store: round trips, the older (plain array) format migrated, a damaged file moved
// aside, a newer format left alone, field checks, and import conflicts and rejections.

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
    preset.mode = u"invalidate"_s;
    preset.action = u"files"_s;
    preset.items = {u"https://example.com/app.js"_s, u"https://example.com/a.css CF-Device-Type: mobile"_s};
    preset.note = u"after each deploy"_s;
    return preset;
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
        everything.action = u"everything"_s;
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
                                    << u"the action must be one of files, hosts, tags, prefixes, everything"_s;
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
        QCOMPARE(store.presets().at(0).mode, u"purge"_s);
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
};

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
