#include "testsupport.h"
#include "verify/urllist.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using PurgeDesk::Purge::PurgeAction;

// The URLs a person lists to verify a purge of hostnames, tags, prefixes or everything: reading the
// list (nothing dropped silently), what is suggested to start with, and Purge Again for them.
class TestVerifyLists final : public QObject
{
    Q_OBJECT

    static Purge::PurgeSpec spec(const QString &zone, PurgeAction action, const QStringList &values)
    {
        Purge::PurgeSpec result;
        result.profile = u"work"_s;
        result.zone.id = u"id-"_s + zone;
        result.zone.name = zone;
        result.action = action;
        for (const QString &value : values) {
            Purge::Item item;
            item.value = value;
            item.line = int(result.items.size()) + 1;
            result.items << item;
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase() { Test::prepare(); }

    void readsAList()
    {
        QList<Verify::UrlListProblem> problems;
        const QString text = u"\ufeff https://example.com/a \r\n\n# a comment\nhttp://example.com/b\n"
                             "example.com/c\nhttps://example.com/a\nftp://example.com/d\nhttps://\n"_s;
        const QStringList urls = Verify::parseUrlList(text, &problems);
        QCOMPARE(urls, QStringList({u"https://example.com/a"_s, u"http://example.com/b"_s}));
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems.at(0).line, 5);
        QCOMPARE(problems.at(0).text, u"example.com/c"_s);
        QVERIFY2(problems.at(0).reason.contains(u"https://"_s), qPrintable(problems.at(0).reason));
        QCOMPARE(problems.at(1).line, 7);
        QCOMPARE(problems.at(2).line, 8);
        QCOMPARE(problems.at(2).text, u"https://"_s);
        QVERIFY(Verify::urlProblem(u"https://example.com/x?y=1"_s).isEmpty());
        QVERIFY(!Verify::urlProblem(u"/relative.js"_s).isEmpty());
    }

    void suggestions()
    {
        const QList<Purge::PurgeSpec> specs = {
            spec(u"example.com"_s, PurgeAction::Hosts, {u"www.example.com"_s, u"static.example.com"_s}),
            spec(u"example.net"_s, PurgeAction::Prefixes, {u"www.example.net/blog/"_s}),
            spec(u"example.org"_s, PurgeAction::Tags, {u"product-42"_s}),
            spec(u"example.info"_s, PurgeAction::Everything, {}),
        };
        QCOMPARE(Verify::suggestedUrls(specs),
            QStringList({u"https://www.example.com/"_s, u"https://static.example.com/"_s,
                u"https://www.example.net/blog/"_s, u"https://example.info/"_s}));
        QVERIFY(Verify::suggestedUrls({specs.at(2)}).isEmpty()); // only the user knows tagged pages
    }

    void purgeAgainFindsTheZone()
    {
        const QList<Purge::PurgeSpec> purged = {
            spec(u"example.com"_s, PurgeAction::Hosts, {u"www.example.com"_s}),
            spec(u"example.net"_s, PurgeAction::Prefixes, {u"www.example.net/blog/"_s}),
        };
        const QStringList urls = {u"https://www.example.net/blog/post"_s, u"https://www.example.com/"_s,
            u"https://www.example.net/shop/"_s}; // the last is in no purged prefix: no zone for it
        const QList<Purge::PurgeSpec> specs = Verify::listedPurgeAgainSpecs(purged, urls, false);
        QCOMPARE(specs.size(), 2);
        QCOMPARE(specs.at(0).zone.id, u"id-example.com"_s);
        QCOMPARE(specs.at(0).action, PurgeAction::Files);
        QCOMPARE(specs.at(0).items.size(), 1);
        QCOMPARE(specs.at(0).items.first().value, u"https://www.example.com/"_s);
        QCOMPARE(specs.at(1).zone.id, u"id-example.net"_s);
        QCOMPARE(specs.at(1).items.size(), 1);
        QCOMPARE(specs.at(1).items.first().value, u"https://www.example.net/blog/post"_s);

        // One zone purged by tag: every listed URL is purged again there, with device variants.
        const QList<Purge::PurgeSpec> tagged = Verify::listedPurgeAgainSpecs(
            {spec(u"example.org"_s, PurgeAction::Tags, {u"t"_s})}, {u"https://shop.example.org/p"_s}, true);
        QCOMPARE(tagged.size(), 1);
        QCOMPARE(tagged.first().items.size(), 4); // the URL, then mobile, tablet, desktop
        QCOMPARE(tagged.first().items.at(3).headers.first(), qMakePair(u"CF-Device-Type"_s, u"desktop"_s));
    }
};

QTEST_GUILESS_MAIN(TestVerifyLists)
#include "tst_verifylists.moc"
