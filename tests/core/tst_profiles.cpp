#include "accounts/profilestore.h"
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

class TestProfiles final : public QObject
{
    Q_OBJECT

    static Profile sample(const QString &name)
    {
        Profile profile;
        profile.id = Profile::newId();
        profile.name = name;
        profile.auth = Profile::Auth::GlobalKey;
        profile.email = u"ops@example.com"_s;
        profile.apiBase = u"http://127.0.0.1:8787/client/v4"_s;
        profile.verifiedAt = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        profile.canListZones = true;
        profile.zones = {{u"z1"_s, u"example.com"_s, u"a1"_s, u"Acme"_s, u"pro"_s}};
        profile.defaultZoneId = u"z1"_s;
        profile.defaultZoneName = u"example.com"_s;
        return profile;
    }

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config/profiles.json"_s);
        {
            ProfileStore store(path);
            QString message;
            QVERIFY(store.load(&message)); // no file yet: empty, fine
            QVERIFY(message.isEmpty());
            QString error;
            QVERIFY(store.add(sample(u"Büro Zürich"_s), &error));
            QVERIFY(store.add(sample(u"second"_s), &error));
            QVERIFY(!store.add(sample(u"SECOND"_s), &error)); // names are unique, whatever the case
            QVERIFY(error.contains(u"already an account named"_s));
            QVERIFY(!store.add(sample(u"sandbox"_s), &error)); // reserved for the built-in one
            QVERIFY(store.save(&error));
        }
        ProfileStore reread(path);
        QString message;
        QVERIFY(reread.load(&message));
        QCOMPARE(reread.profiles().size(), 2);
        const Profile *profile = reread.find(u"büro zürich"_s);
        QVERIFY(profile);
        QCOMPARE(profile->auth, Profile::Auth::GlobalKey);
        QCOMPARE(profile->email, u"ops@example.com"_s);
        QCOMPARE(profile->apiBase, u"http://127.0.0.1:8787/client/v4"_s);
        QCOMPARE(profile->verifiedAt, QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
        QCOMPARE(profile->zones.size(), 1);
        QCOMPARE(profile->zones.first().plan, u"pro"_s);
        QCOMPARE(profile->accountNames(), QStringList {u"Acme"_s});
        QCOMPARE(profile->defaultZoneName, u"example.com"_s);
        QVERIFY(reread.find(profile->id));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(u"schema"_s).toInt(), ProfileStore::SchemaVersion);
        QVERIFY(!QJsonDocument(root).toJson().contains("secret"));
    }

    void damagedFileIsMovedAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("{\"schema\": 1, \"profiles\": [");
        QTest::newRow("not an object") << QByteArray("[1, 2]");
        QTest::newRow("no schema") << QByteArray(R"({"profiles": []})");
        QTest::newRow("no list of accounts") << QByteArray(R"({"schema": 1, "profiles": 7})");
    }

    void aBadAccountHidesNoneOfTheOthers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profiles.json"_s);
        const QByteArray content = R"({"schema": 1, "profiles": [
            {"id": "0123456789abcdef0123456789abcdef", "name": "work", "auth": "token"},
            {"name": "no id", "auth": "token"},
            {"id": "fedcba9876543210fedcba9876543210", "name": "old", "auth": "password"},
            {"id": "00112233445566778899aabbccddeeff", "name": "home", "auth": "token"}]})";
        QVERIFY(PurgeDesk::Test::writeFile(path, content));
        ProfileStore store(path);
        QString message;
        QVERIFY(store.load(&message));
        QCOMPARE(store.profiles().size(), 2); // was: none, and the file moved aside
        QVERIFY(store.find(u"work"_s) && store.find(u"home"_s));
        QVERIFY2(message.startsWith(u"2 accounts in "_s), qPrintable(message));
        QVERIFY(message.contains(u"a profile has no valid id"_s));
        QVERIFY(message.contains(u"unknown kind of authentication \"password\""_s));
        QVERIFY(QDir(dir.path()).entryList({u"profiles.json.damaged-*"_s}).isEmpty());

        QVERIFY(store.remove(u"0123456789abcdef0123456789abcdef"_s));
        QString error;
        QVERIFY(store.save(&error));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonArray profiles = QJsonDocument::fromJson(saved.readAll()).object().value(u"profiles"_s).toArray();
        QCOMPARE(profiles.size(), 3); // home, then the two it could not read, as they were
        QCOMPARE(profiles.at(1).toObject(), (QJsonObject {{u"name"_s, u"no id"_s}, {u"auth"_s, u"token"_s}}));
        QCOMPARE(profiles.at(2).toObject().value(u"auth"_s).toString(), u"password"_s);
    }

    void damagedFileIsMovedAside()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profiles.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        ProfileStore store(path);
        QString message;
        QVERIFY(store.load(&message));
        QVERIFY(store.profiles().isEmpty());
        QVERIFY2(message.contains(u"was damaged"_s), qPrintable(message));
        QVERIFY(message.contains(u"still in the system keychain"_s));
        const QStringList aside = QDir(dir.path()).entryList({u"profiles.json.damaged-*"_s});
        QCOMPARE(aside.size(), 1);
        QFile kept(dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), content); // the user's data is kept as it was
        QVERIFY(!QFile::exists(path));
    }

    void damagedFileThatCannotBeMovedIsLeftAndNotOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profiles.json"_s);
        const QByteArray content = "{\"schema\": 1, \"profiles\": [";
        QVERIFY(PurgeDesk::Test::writeFile(path, content));
        // Where it would go is taken by a folder that is not empty, for the next few seconds (a
        // rename onto it fails, even for root).
        const QDateTime now = QDateTime::currentDateTime();
        for (int second = 0; second < 5; ++second) {
            const QString blocked = path + u".damaged-"_s + now.addSecs(second).toString(u"yyyyMMdd-HHmmss"_s);
            QVERIFY(QDir().mkpath(blocked));
            QVERIFY(PurgeDesk::Test::writeFile(blocked + u"/keep"_s, "x"));
        }
        ProfileStore store(path);
        QString message;
        QVERIFY(!store.load(&message));
        QVERIFY2(message.contains(u"could not be moved aside"_s), qPrintable(message));
        Profile profile;
        profile.id = Profile::newId();
        profile.name = u"New"_s;
        QString error;
        QVERIFY(!store.add(profile, &error) || !store.save(&error));
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), content);
    }

    void newerFormatIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profiles.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray future = R"({"schema": 7, "profiles": []})";
        file.write(future);
        file.close();
        ProfileStore store(path);
        QString message;
        QVERIFY(!store.load(&message));
        QVERIFY(message.contains(u"newer PurgeDesk"_s));
        QString error;
        QVERIFY(!store.save(&error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), future);
    }

    void sandboxProfile()
    {
        const Profile sandbox = Profile::sandbox();
        QVERIFY(!sandbox.needsSecret());
        QCOMPARE(sandbox.authName(), u"sandbox"_s);
        QVERIFY(Profile::newId() != Profile::newId());
        QCOMPARE(Profile::newId().size(), 32);
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
