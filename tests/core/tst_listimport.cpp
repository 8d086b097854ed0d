// List import: text, CSV/TSV and sitemap parsing (data-driven), and the sitemap loader reading a
// local index and fetching sitemaps over HTTP from the project's own loopback server.
#include "purge/listimport.h"
#include "purge/sitemaploader.h"
#include "sandbox/httpserver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Purge;
using PurgeDesk::Sandbox::HttpAction;
using PurgeDesk::Sandbox::HttpRequest;
using PurgeDesk::Sandbox::HttpServer;

Q_DECLARE_METATYPE(ImportedList::Format)

namespace {
const QByteArray kUrlset = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                           "  <url><loc> https://example.com/a </loc><lastmod>2026-01-01</lastmod></url>\n"
                           "  <url><loc>https://example.com/b?x=1&amp;y=2</loc></url>\n"
                           "</urlset>\n";
} // namespace

class TestListImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void parses_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<ImportedList::Format>("format");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("sitemaps");
        QTest::addColumn<QString>("error");

        QTest::newRow("text, CRLF, BOM, trailing blanks")
            << QByteArray("\xEF\xBB\xBFhttps://example.com/a\r\n\r\nhttps://example.com/b\r\n\r\n") << u"list.txt"_s
            << ImportedList::Format::Text
            << QStringList {u"https://example.com/a"_s, QString(), u"https://example.com/b"_s} << QStringList()
            << QString();
        QTest::newRow("csv with a url header and quoted commas")
            << QByteArray("title,URL\n\"Home, sweet \"\"home\"\"\",https://example.com/\nAbout,https://example.com/"
                          "about\n,\n")
            << u"pages.csv"_s << ImportedList::Format::Csv
            << QStringList {u"https://example.com/"_s, u"https://example.com/about"_s} << QStringList() << QString();
        QTest::newRow("csv without a header: first column")
            << QByteArray("tag-a,1\ntag-b,2\n") << u"tags.csv"_s << ImportedList::Format::Csv
            << QStringList {u"tag-a"_s, u"tag-b"_s} << QStringList() << QString();
        QTest::newRow("csv line break inside quotes")
            << QByteArray("url,note\nhttps://example.com/x,\"two\nlines\"\n") << u"x.csv"_s << ImportedList::Format::Csv
            << QStringList {u"https://example.com/x"_s} << QStringList() << QString();
        QTest::newRow("tsv") << QByteArray("host\tzone\nwww.example.com\texample.com\n") << u"hosts.tsv"_s
                             << ImportedList::Format::Csv << QStringList {u"www.example.com"_s} << QStringList()
                             << QString();
        QTest::newRow("sitemap") << kUrlset << u"sitemap.xml"_s << ImportedList::Format::Sitemap
                                 << QStringList {u"https://example.com/a"_s, u"https://example.com/b?x=1&y=2"_s}
                                 << QStringList() << QString();
        QTest::newRow("sitemap without .xml")
            << kUrlset << u"download"_s << ImportedList::Format::Sitemap
            << QStringList {u"https://example.com/a"_s, u"https://example.com/b?x=1&y=2"_s} << QStringList()
            << QString();
        QTest::newRow("sitemap index") << QByteArray(
            "<sitemapindex><sitemap><loc>https://example.com/s1.xml</loc></sitemap>"
            "<sitemap><loc>s2.xml</loc></sitemap></sitemapindex>")
                                       << u"index.xml"_s << ImportedList::Format::SitemapIndex << QStringList()
                                       << QStringList {u"https://example.com/s1.xml"_s, u"s2.xml"_s} << QString();
        QTest::newRow("broken xml") << QByteArray("<urlset><url><loc>https://example.com/</loc></url>") << u"s.xml"_s
                                    << ImportedList::Format::Text << QStringList() << QStringList()
                                    << u"not well-formed XML"_s;
        QTest::newRow("other xml") << QByteArray("<rss><channel/></rss>") << u"feed.xml"_s << ImportedList::Format::Text
                                   << QStringList() << QStringList() << u"not a sitemap"_s;
        QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00rest", 8) << u"sitemap.xml.gz"_s
                              << ImportedList::Format::Text << QStringList() << QStringList() << u"compressed"_s;
        QTest::newRow("not utf-8") << QByteArray("caf\xe9\n") << u"latin1.txt"_s << ImportedList::Format::Text
                                   << QStringList() << QStringList() << u"not UTF-8"_s;
        QTest::newRow("an image") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20) << u"logo.png"_s
                                  << ImportedList::Format::Text << QStringList() << QStringList()
                                  << u"not a text file (it holds binary data, such as an image)"_s;
        QTest::newRow("not utf-8 on line 3")
            << QByteArray("a.js\nb.js\ncaf\xe9.js\nd.js\n") << u"list.txt"_s << ImportedList::Format::Text
            << QStringList() << QStringList() << u"line 3 is not"_s;
        QTest::newRow("utf-16 with a BOM") << QByteArray("\xff\xfe"
                                                         "a\0.\0j\0s\0",
            10) << u"list.txt"_s << ImportedList::Format::Text
                                           << QStringList {u"a.js"_s} << QStringList() << QString();
    }

    void parses()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, fileName);
        QFETCH(ImportedList::Format, format);
        QFETCH(QStringList, lines);
        QFETCH(QStringList, sitemaps);
        QFETCH(QString, error);
        const ImportedList list = parseImport(data, fileName);
        if (!error.isEmpty()) {
            QVERIFY2(list.error.contains(error), qPrintable(list.error));
            QVERIFY(list.lines.isEmpty());
            return;
        }
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(list.format, format);
        QCOMPARE(list.lines, lines);
        QCOMPARE(list.sitemaps, sitemaps);
    }

    void describesWhatWasRead()
    {
        QCOMPARE(parseImport("a\n", u"one.txt"_s).description(u"one.txt"_s), u"1 line from one.txt"_s);
        QCOMPARE(parseImport(kUrlset, u"s.xml"_s).description(u"s.xml"_s), u"2 URLs from the sitemap s.xml"_s);
        QCOMPARE(
            parseImport("url\nhttps://x.example/\n", u"p.csv"_s).description(u"p.csv"_s), u"1 item from p.csv (url)"_s);
        // Counts are written as the counts under the list write them, in the user's locale.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QByteArray many = QByteArray("https://example.com/a\n").repeated(20000);
        const QString described = parseImport(many, u"big.txt"_s).description(u"big.txt"_s);
        QLocale::setDefault(before);
        QCOMPARE(described, u"20,000 lines from big.txt"_s);
    }

    void loaderFetchesAnIndexAndItsSitemapsOverHttp()
    {
        HttpServer server;
        int requests = 0;
        server.setHandler([&](const HttpRequest &request) {
            ++requests;
            HttpAction action;
            action.response.contentType = "application/xml";
            if (request.path == u"/sitemap_index.xml"_s) {
                action.response.body = "<sitemapindex><sitemap><loc>/one.xml</loc></sitemap>"
                                       "<sitemap><loc>two.xml</loc></sitemap>"
                                       "<sitemap><loc>/missing.xml</loc></sitemap></sitemapindex>";
            } else if (request.path == u"/one.xml"_s) {
                action.response.body = kUrlset;
            } else if (request.path == u"/two.xml"_s) {
                action.response.body = "<urlset><url><loc>https://example.com/c</loc></url></urlset>";
            } else {
                action.response.status = 404;
                action.response.contentType = "text/html";
                action.response.body = "<h1>Not found</h1>";
            }
            return action;
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        SitemapLoader loader;
        QSignalSpy finished(&loader, &SitemapLoader::finished);
        loader.load(u"http://127.0.0.1:%1/sitemap_index.xml"_s.arg(server.port()));
        QVERIFY(finished.wait(10000));
        QCOMPARE(requests, 4);
        QStringList lines = loader.lines();
        lines.sort();
        QCOMPARE(lines,
            (QStringList {u"https://example.com/a"_s, u"https://example.com/b?x=1&y=2"_s, u"https://example.com/c"_s}));
        // The missing sitemap is reported, the others kept.
        QCOMPARE(loader.problems().size(), 1);
        QVERIFY(loader.problems().first().contains(u"missing.xml"_s));
        QVERIFY(loader.problems().first().contains(u"404"_s));
        QVERIFY(loader.description().startsWith(u"3 URLs from 2 sitemaps listed in"_s));
    }

    void loaderPrefersLocalSiblingsOfALocalIndex()
    {
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &data) {
            QVERIFY(PurgeDesk::Test::writeFile(dir.filePath(name), data));
        };
        // The children's addresses are on a host that does not exist: only the local copies work.
        write(u"index.xml"_s,
            "<sitemapindex><sitemap><loc>https://nowhere.invalid/part.xml</loc></sitemap>"
            "</sitemapindex>");
        write(u"part.xml"_s, kUrlset);
        SitemapLoader loader;
        QSignalSpy finished(&loader, &SitemapLoader::finished);
        loader.load(dir.filePath(u"index.xml"_s));
        QVERIFY(finished.wait(10000));
        QCOMPARE(loader.lines().size(), 2);
        QVERIFY(loader.problems().isEmpty());
        QCOMPARE(loader.description(), u"2 URLs from 1 sitemap listed in index.xml"_s);
    }
};

QTEST_GUILESS_MAIN(TestListImport)
#include "tst_listimport.moc"
