#include "accounts/profile.h"
#include "purge/zonedirectory.h"
#include "purge/zonerouting.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Purge;

namespace {

Cloudflare::Zone zone(const QString &id, const QString &name)
{
    Cloudflare::Zone z;
    z.id = id;
    z.name = name;
    return z;
}

ZoneIndex account()
{
    return ZoneIndex({zone(u"com"_s, u"example.com"_s), zone(u"sub"_s, u"b.example.com"_s),
        zone(u"net"_s, u"example.net"_s), zone(u"shop"_s, u"shop.example"_s), zone(u"idn"_s, u"bücher.example"_s),
        zone(u"ace"_s, u"xn--caf-dma.example"_s)});
}

} // namespace

// Every URL, host and prefix goes to the zone it belongs to: the longest zone name that is a
// suffix of its host on a label boundary, IDNs in either form.
class TestRouting final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void hostsFindTheirZone_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("zone"); // its id; empty: none

        QTest::newRow("apex") << u"example.com"_s << u"com"_s;
        QTest::newRow("subdomain") << u"www.example.com"_s << u"com"_s;
        QTest::newRow("longest suffix wins") << u"a.b.example.com"_s << u"sub"_s;
        QTest::newRow("the sub-zone itself") << u"b.example.com"_s << u"sub"_s;
        QTest::newRow("case") << u"WWW.Example.NET"_s << u"net"_s;
        QTest::newRow("trailing dot") << u"www.example.net."_s << u"net"_s;
        QTest::newRow("label boundary, not a suffix string") << u"notexample.com"_s << QString();
        QTest::newRow("another zone's suffix") << u"example.com.evil.test"_s << QString();
        QTest::newRow("foreign") << u"example.org"_s << QString();
        QTest::newRow("unicode host, unicode zone") << u"www.bücher.example"_s << u"idn"_s;
        QTest::newRow("ascii host, unicode zone") << u"www.xn--bcher-kva.example"_s << u"idn"_s;
        QTest::newRow("unicode host, ascii zone") << u"café.example"_s << u"ace"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void hostsFindTheirZone()
    {
        QFETCH(QString, host);
        QFETCH(QString, zone);
        const ZoneIndex zones = account();
        const Cloudflare::Zone *found = zones.zoneFor(host);
        QCOMPARE(found ? found->id : QString(), zone);
    }

    void itemsAreSplitByZone()
    {
        Validation validation = validate(PurgeAction::Files,
            u"https://example.com/a.js\nhttps://cdn.example.net/b.css\nhttps://shop.example/c\n"
            "https://example.org/nope\nhttps://www.example.com/d\n"_s);
        QCOMPARE(validation.items.size(), 5);
        QCOMPARE(validation.errors, 0);
        const Routing routing = routeItems(PurgeAction::Files, validation, account());
        QCOMPARE(routing.zoneCount(), 3);
        QCOMPARE(routing.groups.at(0).zone.name, u"example.com"_s);
        QCOMPARE(routing.groups.at(0).items.size(), 2);
        QCOMPARE(routing.groups.at(0).items.at(1).value, u"https://www.example.com/d"_s);
        QCOMPARE(routing.groups.at(1).zone.name, u"example.net"_s);
        QCOMPARE(routing.groups.at(2).zone.name, u"shop.example"_s);
        // The foreign URL is an error on its line, never an item.
        QCOMPARE(routing.unroutedLines, QList<int> {4});
        QCOMPARE(validation.items.size(), 4);
        QCOMPARE(validation.errors, 1);
        QVERIFY(!validation.canPurge());
        const LineVerdict &line = validation.lines.at(3);
        QCOMPARE(line.verdict, Verdict::Error);
        QCOMPARE(
            line.reasons, QStringList {u"example.org is not in any zone of this account: nothing is sent for it."_s});
    }

    void hostsAndPrefixesAreRouted()
    {
        Validation hosts = validate(PurgeAction::Hosts, u"www.example.com\nimg.b.example.com\nwww.example.net"_s);
        const Routing byHost = routeItems(PurgeAction::Hosts, hosts, account());
        QCOMPARE(byHost.zoneCount(), 3);
        QCOMPARE(byHost.groups.at(1).zone.id, u"sub"_s);

        Validation prefixes = validate(PurgeAction::Prefixes, u"example.com/blog/\nshop.example/cart/"_s);
        const Routing byPrefix = routeItems(PurgeAction::Prefixes, prefixes, account());
        QCOMPARE(byPrefix.zoneCount(), 2);
        QCOMPARE(byPrefix.groups.at(1).items.first().value, u"shop.example/cart/"_s);
    }

    void tagsAreNotRouted()
    {
        Validation tags = validate(PurgeAction::Tags, u"product-1\nproduct-2"_s);
        const Routing routing = routeItems(PurgeAction::Tags, tags, account());
        QCOMPARE(routing.zoneCount(), 0);
        QCOMPARE(tags.items.size(), 2); // untouched: tags go to the zones the user picks
    }

    // An item in no zone of the account, but in a zone of another saved account, says which one;
    // it is still an error on its line and never sent with this account.
    void itemsOfAnotherAccountSaySo()
    {
        Validation validation = validate(PurgeAction::Files,
            u"https://example.com/a.js\nhttps://www.client.test/b\nhttps://example.org/c\nhttps://client.test/d\n"_s);
        const QList<OtherAccount> others = {
            {u"Agency"_s, std::make_shared<const ZoneIndex>(QList<Cloudflare::Zone> {zone(u"z1"_s, u"agency.test"_s)})},
            {u"Client B"_s,
                std::make_shared<const ZoneIndex>(QList<Cloudflare::Zone> {zone(u"z2"_s, u"client.test"_s)})},
        };
        const Routing routing = routeItems(PurgeAction::Files, validation, account(), QString(), others);
        QCOMPARE(routing.zoneCount(), 1);
        QCOMPARE(routing.unroutedLines, (QList<int> {2, 3, 4}));
        QCOMPARE(validation.errors, 3);
        QCOMPARE(validation.items.size(), 1);
        QCOMPARE(validation.lines.at(1).reasons,
            QStringList {u"www.client.test is in client.test, a zone of the account \u201cClient B\u201d, not of this "
                         "one: nothing is sent for it with this account."_s});
        // A host no saved account reaches keeps the plain reason.
        QCOMPARE(validation.lines.at(2).reasons,
            QStringList {u"example.org is not in any zone of this account: nothing is sent for it."_s});
        QCOMPARE(routing.elsewhere.size(), 1);
        QCOMPARE(routing.elsewhere.first().profile, u"Client B"_s);
        QCOMPARE(routing.elsewhere.first().lines, 2);
        QCOMPARE(routing.elsewhere.first().zones, QStringList {u"client.test"_s});
    }

    // The directory keeps each account's zones as last listed; the sandbox is never kept, and
    // accounts no longer saved (or the one in use) are not offered.
    void zoneDirectoryKeepsEachAccountsZones()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ZoneDirectory directory(dir.filePath(u"cache/zone-directory.json"_s));
        QVERIFY(directory.others(u"A"_s, {u"A"_s, u"B"_s}).isEmpty()); // nothing listed yet

        directory.remember(u"A"_s, {zone(u"a1"_s, u"a.test"_s)});
        directory.remember(u"B"_s, {zone(u"b1"_s, u"b.test"_s), zone(u"b2"_s, u"b2.test"_s)});
        directory.remember(Profile::sandboxId(), {zone(u"s1"_s, u"sandbox.test"_s)});
        directory.remember(u"B"_s, {zone(u"b1"_s, u"b.test"_s), zone(u"b3"_s, u"b3.test"_s)}); // listed again

        QList<OtherAccount> others = directory.others(u"A"_s, {u"A"_s, u"B"_s, Profile::sandboxId()});
        QCOMPARE(others.size(), 1);
        QCOMPARE(others.first().profile, u"B"_s);
        QVERIFY(others.first().zones->zoneFor(u"www.b3.test"_s));
        QVERIFY(!others.first().zones->zoneFor(u"b2.test"_s)); // the newer listing replaced it
        // From the sandbox, every saved account is another one; B, no longer saved, is left out.
        others = directory.others(Profile::sandboxId(), {u"A"_s});
        QCOMPARE(others.size(), 1);
        QCOMPARE(others.first().profile, u"A"_s);

        // A damaged file is a cache miss, not an error; the next listing writes it anew.
        QFile file(dir.filePath(u"cache/zone-directory.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        QVERIFY(directory.others(u"A"_s, {u"A"_s, u"B"_s}).isEmpty());
        directory.remember(u"B"_s, {zone(u"b1"_s, u"b.test"_s)});
        QCOMPARE(directory.others(u"A"_s, {u"A"_s, u"B"_s}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
