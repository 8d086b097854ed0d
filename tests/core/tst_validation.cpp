#include "purge/validation.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Purge;
using PurgeDesk::Cloudflare::PurgeAction;

Q_DECLARE_METATYPE(PurgeDesk::Cloudflare::PurgeAction)
Q_DECLARE_METATYPE(PurgeDesk::Purge::Verdict)

class TestValidation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    // One line at a time: its verdict, the normalised item and (part of) the reason.
    void line_data()
    {
        QTest::addColumn<PurgeAction>("action");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("reason");
        const auto F = PurgeAction::Files;
        const auto H = PurgeAction::Hosts;
        const auto T = PurgeAction::Tags;
        const auto P = PurgeAction::Prefixes;

        // URLs
        QTest::newRow("url ok") << F << u"https://example.com/a.js"_s << Verdict::Ok << u"https://example.com/a.js"_s
                                << QString();
        QTest::newRow("url http") << F << u"http://www.example.com/"_s << Verdict::Ok << u"http://www.example.com/"_s
                                  << QString();
        QTest::newRow("url spaces around")
            << F << u"   https://example.com/a.js \t"_s << Verdict::Ok << u"https://example.com/a.js"_s << QString();
        QTest::newRow("url query kept as typed") << F << u"https://example.com/s?q=a&b=<c>"_s << Verdict::Ok
                                                 << u"https://example.com/s?q=a&b=<c>"_s << QString();
        QTest::newRow("url path case and encoding kept") << F << u"https://example.com/Caf%C3%A9/A%2fB"_s << Verdict::Ok
                                                         << u"https://example.com/Caf%C3%A9/A%2fB"_s << QString();
        QTest::newRow("url raw non-ASCII path percent-encoded")
            << F << u"https://example.com/café/ünï.js?q=ß"_s << Verdict::Fixed
            << u"https://example.com/caf%C3%A9/%C3%BCn%C3%AF.js?q=%C3%9F"_s << u"percent-encoded as UTF-8"_s;
        QTest::newRow("url emoji percent-encoded") << F << u"https://example.com/😀"_s << Verdict::Fixed
                                                   << u"https://example.com/%F0%9F%98%80"_s << u"percent-encoded"_s;
        QTest::newRow("url existing escapes kept beside a raw character")
            << F << u"https://example.com/a%20b/é"_s << Verdict::Fixed << u"https://example.com/a%20b/%C3%A9"_s
            << u"percent-encoded"_s;
        QTest::newRow("url with a NUL") << F << u"https://example.com/a\u0000b.js"_s << Verdict::Error << QString()
                                        << u"control character U+0000 (column 22)"_s;
        QTest::newRow("url with an escape sequence")
            << F << u"https://example.com/\u001b[31mred"_s << Verdict::Error << QString() << u"U+001B"_s;
        QTest::newRow("tag with a C1 control")
            << PurgeAction::Tags << u"tag\u0085x"_s << Verdict::Error << QString() << u"U+0085"_s;
        QTest::newRow("url of 10 MB") << F << (u"https://example.com/"_s + QString(10 * 1024 * 1024, u'a'))
                                      << Verdict::Error << QString() << u"longer than 32 KB"_s;
        QTest::newRow("url just under 32 KB")
            << F << (u"https://example.com/"_s + QString(32 * 1024 - 20, u'a')) << Verdict::Ok
            << (u"https://example.com/"_s + QString(32 * 1024 - 20, u'a')) << QString();
        QTest::newRow("url over 32 KB once encoded")
            << F << (u"https://example.com/"_s + QString(11000, u'é')) << Verdict::Error << QString()
            << u"Too long once percent-encoded"_s;
        QTest::newRow("url with port") << F << u"https://example.com:8443/x"_s << Verdict::Ok
                                       << u"https://example.com:8443/x"_s << QString();
        QTest::newRow("url no scheme") << F << u"example.com/a.js"_s << Verdict::Fixed << u"https://example.com/a.js"_s
                                       << u"Added https://"_s;
        QTest::newRow("url scheme-relative")
            << F << u"//example.com/a.js"_s << Verdict::Fixed << u"https://example.com/a.js"_s << u"Added https:"_s;
        QTest::newRow("url upper-case host") << F << u"https://WWW.Example.COM/Path"_s << Verdict::Fixed
                                             << u"https://www.example.com/Path"_s << u"lower case"_s;
        QTest::newRow("url upper-case scheme")
            << F << u"HTTPS://example.com/x"_s << Verdict::Fixed << u"https://example.com/x"_s << u"Scheme"_s;
        QTest::newRow("url fragment") << F << u"https://example.com/page#top"_s << Verdict::Fixed
                                      << u"https://example.com/page"_s << u"fragment"_s;
        QTest::newRow("url idn host") << F << u"https://bücher.example.com/x"_s << Verdict::Fixed
                                      << u"https://xn--bcher-kva.example.com/x"_s << u"ASCII form"_s;
        QTest::newRow("url relative") << F << u"/assets/app.js"_s << Verdict::Error << QString() << u"Relative URL"_s;
        QTest::newRow("url file name") << F << u"app.js"_s << Verdict::Error << QString()
                                       << u"write it as https://example.com/app.js"_s;
        QTest::newRow("url word") << F << u"homepage"_s << Verdict::Error << QString() << u"is not a URL"_s;
        QTest::newRow("url ftp") << F << u"ftp://example.com/file"_s << Verdict::Error << QString()
                                 << u"Only http:// and https://"_s;
        QTest::newRow("url user info") << F << u"https://user:pw@example.com/"_s << Verdict::Error << QString()
                                       << u"user name or password"_s;
        QTest::newRow("url space inside")
            << F << u"https://example.com/my file.pdf"_s << Verdict::Error << QString() << u"%20"_s;
        QTest::newRow("url bad host") << F << u"https://exa mple/"_s << Verdict::Error << QString() << QString();
        QTest::newRow("url off-zone host") << F << u"https://other.org/a.js"_s << Verdict::Warning
                                           << u"https://other.org/a.js"_s << u"not in the zone example.com"_s;
        QTest::newRow("url subdomain in zone") << F << u"https://img.example.com/a.png"_s << Verdict::Ok
                                               << u"https://img.example.com/a.png"_s << QString();
        QTest::newRow("url look-alike host") << F << u"https://notexample.com/"_s << Verdict::Warning
                                             << u"https://notexample.com/"_s << u"not in the zone"_s;
        QTest::newRow("url wildcard") << F << u"https://example.com/img/*"_s << Verdict::Warning
                                      << u"https://example.com/img/*"_s << u"not a wildcard"_s;
        QTest::newRow("url with device header") << F << u"https://example.com/a.js  CF-Device-Type: mobile"_s
                                                << Verdict::Ok << u"https://example.com/a.js"_s << QString();
        QTest::newRow("url with two headers")
            << F << u"https://example.com/a.js CF-Device-Type: Tablet CF-IPCountry: es"_s << Verdict::Fixed
            << u"https://example.com/a.js"_s << u"CF-IPCountry written in upper case"_s;
        QTest::newRow("url bad device") << F << u"https://example.com/a.js CF-Device-Type: phone"_s << Verdict::Error
                                        << QString() << u"mobile, desktop or tablet"_s;
        QTest::newRow("url bad country") << F << u"https://example.com/a.js CF-IPCountry: Spain"_s << Verdict::Error
                                         << QString() << u"two-letter"_s;
        QTest::newRow("url origin with path") << F << u"https://example.com/a.js Origin: https://www.example.com/x"_s
                                              << Verdict::Error << QString() << u"without a path"_s;
        QTest::newRow("url origin ok") << F << u"https://example.com/font.woff2 Origin: https://www.example.com"_s
                                       << Verdict::Ok << u"https://example.com/font.woff2"_s << QString();
        QTest::newRow("url accept-language") << F << u"https://example.com/ Accept-Language: de-DE,de;q=0.9"_s
                                             << Verdict::Ok << u"https://example.com/"_s << QString();
        QTest::newRow("url custom header") << F << u"https://example.com/a X-Variant: b"_s << Verdict::Warning
                                           << u"https://example.com/a"_s << u"custom cache key"_s;
        QTest::newRow("url header twice") << F << u"https://example.com/a CF-IPCountry: ES CF-IPCountry: FR"_s
                                          << Verdict::Error << QString() << u"given twice"_s;
        QTest::newRow("url header no value")
            << F << u"https://example.com/a CF-IPCountry:"_s << Verdict::Error << QString() << QString();

        // Host names
        QTest::newRow("host ok") << H << u"www.example.com"_s << Verdict::Ok << u"www.example.com"_s << QString();
        QTest::newRow("host apex") << H << u"example.com"_s << Verdict::Ok << u"example.com"_s << QString();
        QTest::newRow("host scheme") << H << u"https://www.example.com"_s << Verdict::Fixed << u"www.example.com"_s
                                     << u"Removed https://"_s;
        QTest::newRow("host scheme and slash")
            << H << u"https://www.example.com/"_s << Verdict::Fixed << u"www.example.com"_s << u"trailing /"_s;
        QTest::newRow("host upper case") << H << u"WWW.Example.com"_s << Verdict::Fixed << u"www.example.com"_s
                                         << u"lower case"_s;
        QTest::newRow("host path") << H << u"www.example.com/blog"_s << Verdict::Error << QString()
                                   << u"use Prefixes"_s;
        QTest::newRow("host port") << H << u"www.example.com:8080"_s << Verdict::Error << QString() << u"no port"_s;
        QTest::newRow("host wildcard") << H << u"*.example.com"_s << Verdict::Error << QString() << u"Wildcards"_s;
        QTest::newRow("host invalid") << H << u"www_example!com"_s << Verdict::Error << QString()
                                      << u"not a valid hostname"_s;
        QTest::newRow("host off zone") << H << u"cdn.other.net"_s << Verdict::Warning << u"cdn.other.net"_s
                                       << u"not in the zone"_s;
        QTest::newRow("host idn") << H << u"straße.example.com"_s << Verdict::Fixed << u"xn--strae-oqa.example.com"_s
                                  << u"ASCII form"_s;

        // Tags
        QTest::newRow("tag ok") << T << u"product-42"_s << Verdict::Ok << u"product-42"_s << QString();
        QTest::newRow("tag punctuation") << T << u"a:b/c_d.e~!"_s << Verdict::Ok << u"a:b/c_d.e~!"_s << QString();
        QTest::newRow("tag space") << T << u"two words"_s << Verdict::Error << QString() << u"Space in a tag"_s;
        QTest::newRow("tag tab") << T << u"a\tb"_s << Verdict::Error << QString() << u"Space in a tag"_s;
        QTest::newRow("tag non-ascii") << T << u"café"_s << Verdict::Error << QString() << u"printable ASCII"_s;
        QTest::newRow("tag comma") << T << u"a,b"_s << Verdict::Error << QString() << u"one tag per line"_s;
        QTest::newRow("tag 1024") << T << QString(1024, u'x') << Verdict::Ok << QString(1024, u'x') << QString();
        QTest::newRow("tag 1025") << T << QString(1025, u'x') << Verdict::Error << QString() << u"Too long: 1025"_s;

        // Prefixes
        QTest::newRow("prefix ok") << P << u"www.example.com/blog/"_s << Verdict::Ok << u"www.example.com/blog/"_s
                                   << QString();
        QTest::newRow("prefix scheme") << P << u"https://www.example.com/blog"_s << Verdict::Fixed
                                       << u"www.example.com/blog"_s << u"Removed https://"_s;
        QTest::newRow("prefix host case")
            << P << u"WWW.example.com/Blog"_s << Verdict::Fixed << u"www.example.com/Blog"_s << u"lower case"_s;
        QTest::newRow("prefix query") << P << u"www.example.com/blog?page=2"_s << Verdict::Error << QString()
                                      << u"?query"_s;
        QTest::newRow("prefix fragment") << P << u"www.example.com/blog#x"_s << Verdict::Error << QString()
                                         << u"#fragment"_s;
        QTest::newRow("prefix no host") << P << u"/blog/"_s << Verdict::Error << QString()
                                        << u"write example.com/blog/"_s;
        QTest::newRow("prefix 31 separators") << P << (u"example.com"_s + QString(u"/a"_s).repeated(31)) << Verdict::Ok
                                              << (u"example.com"_s + QString(u"/a"_s).repeated(31)) << QString();
        QTest::newRow("prefix 32 separators") << P << (u"example.com"_s + QString(u"/a"_s).repeated(32))
                                              << Verdict::Error << QString() << u"Too many path separators: 32"_s;
        QTest::newRow("prefix whole host")
            << P << u"www.example.com"_s << Verdict::Warning << u"www.example.com"_s << u"whole host"_s;
        QTest::newRow("prefix off zone") << P << u"other.org/x/"_s << Verdict::Warning << u"other.org/x/"_s
                                         << u"not in the zone"_s;
        QTest::newRow("prefix space") << P << u"example.com/my docs/"_s << Verdict::Error << QString() << u"Space"_s;
    }

    void line()
    {
        QFETCH(PurgeAction, action);
        QFETCH(QString, text);
        QFETCH(Verdict, verdict);
        QFETCH(QString, item);
        QFETCH(QString, reason);
        const Validation result = validate(action, text, u"example.com"_s);
        QCOMPARE(result.lines.size(), 1);
        const LineVerdict &line = result.lines.first();
        QVERIFY2(line.verdict == verdict, qPrintable(line.reasons.join(u" | "_s)));
        QCOMPARE(line.item, item);
        QVERIFY2(line.reasons.join(u' ').contains(reason), qPrintable(line.reasons.join(u" | "_s)));
        // A verdict other than Ok always explains itself.
        if (verdict != Verdict::Ok)
            QVERIFY(!line.reasons.isEmpty());
        QCOMPARE(result.items.size(), verdict == Verdict::Error ? 0 : 1);
        QCOMPARE(result.canPurge(), verdict != Verdict::Error);
    }

    void headersAreKeptWithTheUrl()
    {
        const Validation result
            = validate(PurgeAction::Files, u"https://example.com/a.js  CF-Device-Type: mobile  CF-IPCountry: ES"_s);
        QCOMPARE(result.items.size(), 1);
        const QList<QPair<QString, QString>> expected {
            {u"CF-Device-Type"_s, u"mobile"_s}, {u"CF-IPCountry"_s, u"ES"_s}};
        QCOMPARE(result.items.first().headers, expected);
    }

    void wholeLists()
    {
        const QString text = u"\uFEFF# deploy 2026-11-22\r\n"
                             u"https://example.com/a.js\r\n"
                             u"\r\n"
                             u"   \r\n"
                             u"https://example.com/b.js\r\n"
                             u"HTTPS://EXAMPLE.COM/a.js\r\n" // duplicate of line 2 once normalised
                             u"https://example.com/a.js CF-Device-Type: mobile\r\n" // a different cache key
                             u"/relative.js\r\n"
                             u"  # indented comment\n"
                             u"https://example.com/b.js\n"_s; // duplicate of line 5
        const Validation result = validate(PurgeAction::Files, text, u"example.com"_s);
        QCOMPARE(result.items.size(), 3);
        QCOMPARE(result.items.at(0).line, 2);
        QCOMPARE(result.items.at(1).line, 5);
        QCOMPARE(result.items.at(2).line, 7);
        QCOMPARE(result.duplicates, 2);
        QCOMPARE(result.errors, 1);
        QCOMPARE(result.fixed, 1);
        QVERIFY(!result.canPurge());
        QCOMPARE(result.lines.at(5).duplicateOf, 2);
        QVERIFY(result.lines.at(5).reasons.join(u' ').contains(u"Duplicate of line 2"_s));
        QCOMPARE(result.lines.at(9).duplicateOf, 5);
        QVERIFY(result.lines.at(0).ignored);
        QVERIFY(result.lines.at(8).ignored);
        QCOMPARE(result.lines.at(1).text, u"https://example.com/a.js"_s); // CR removed, BOM removed
        QCOMPARE(result.summary(PurgeAction::Files), u"3 URLs, 1 error, 1 fixed, 2 duplicates removed"_s);
    }

    void tagDuplicatesIgnoreCase()
    {
        const Validation result = validate(PurgeAction::Tags, u"Product-42\nproduct-42\nPRODUCT-42\nother"_s);
        QCOMPARE(result.items.size(), 2);
        QCOMPARE(result.items.first().value, u"Product-42"_s); // the first spelling is sent
        QCOMPARE(result.duplicates, 2);
    }

    void emptyListsNeverMeanEverything_data()
    {
        QTest::addColumn<PurgeAction>("action");
        QTest::addColumn<QString>("text");
        for (const PurgeAction action :
            {PurgeAction::Files, PurgeAction::Hosts, PurgeAction::Tags, PurgeAction::Prefixes}) {
            QTest::addRow("%d nothing", int(action)) << action << QString();
            QTest::addRow("%d blank lines", int(action)) << action << u"\n  \n\r\n"_s;
            QTest::addRow("%d only comments", int(action)) << action << u"# nothing to purge\n#"_s;
        }
    }

    void emptyListsNeverMeanEverything()
    {
        QFETCH(PurgeAction, action);
        QFETCH(QString, text);
        const Validation result = validate(action, text);
        QVERIFY(!result.canPurge());
        QVERIFY(result.items.isEmpty());
        QVERIFY2(result.listError.contains(u"never purges everything"_s), qPrintable(result.listError));
    }

    void everythingTakesNoList()
    {
        QVERIFY(validate(PurgeAction::Everything, QString()).canPurge());
        const Validation result = validate(PurgeAction::Everything, u"https://example.com/a.js"_s);
        QVERIFY(result.canPurge());
        QVERIFY(result.items.isEmpty());
        QCOMPARE(result.warnings, 1);
        QVERIFY(result.lines.first().reasons.first().contains(u"takes no list"_s));
    }

    void onlyErrorsIsNotEmpty()
    {
        const Validation result = validate(PurgeAction::Hosts, u"www.example.com/path"_s);
        QVERIFY(result.listError.isEmpty()); // the line's own error explains it
        QCOMPARE(result.errors, 1);
        QVERIFY(!result.canPurge());
    }

    void largeListKeepsEveryLine()
    {
        QString text;
        for (int i = 0; i < 20000; ++i)
            text += u"https://example.com/asset-%1.js\n"_s.arg(i % 15000);
        const Validation result = validate(PurgeAction::Files, text, u"example.com"_s);
        QCOMPARE(result.items.size(), 15000);
        QCOMPARE(result.duplicates, 5000);
        QCOMPARE(result.lines.size(), 20000); // no line is dropped from the report
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
