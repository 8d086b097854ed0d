#include "cloudflare/apibase.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::Cloudflare::checkApiBase;
using PurgeDesk::Cloudflare::isLoopbackHost;

class TestApiBase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void accepted_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalised");

        QTest::newRow("default") << u"https://api.cloudflare.com/client/v4"_s
                                 << u"https://api.cloudflare.com/client/v4"_s;
        QTest::newRow("trailing slashes")
            << u"https://api.cloudflare.com/client/v4//"_s << u"https://api.cloudflare.com/client/v4"_s;
        QTest::newRow("surrounding spaces") << u"  https://gw.example.com/cf  "_s << u"https://gw.example.com/cf"_s;
        QTest::newRow("upper-case scheme and host") << u"HTTPS://GW.Example.COM/cf"_s << u"https://gw.example.com/cf"_s;
        QTest::newRow("https with port") << u"https://gw.example.com:8443/v4"_s << u"https://gw.example.com:8443/v4"_s;
        QTest::newRow("http on 127.0.0.1")
            << u"http://127.0.0.1:8787/client/v4"_s << u"http://127.0.0.1:8787/client/v4"_s;
        QTest::newRow("http on 127.1.2.3") << u"http://127.1.2.3/client/v4"_s << u"http://127.1.2.3/client/v4"_s;
        QTest::newRow("http on localhost")
            << u"http://LocalHost:9000/client/v4"_s << u"http://localhost:9000/client/v4"_s;
        QTest::newRow("http on ::1") << u"http://[::1]:9000/client/v4"_s << u"http://[::1]:9000/client/v4"_s;
        QTest::newRow("host only") << u"https://gw.example.com"_s << u"https://gw.example.com"_s;
    }

    void accepted()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalised);
        const auto check = checkApiBase(input);
        QVERIFY2(check.ok(), qPrintable(check.error));
        QCOMPARE(check.url.toString(), normalised);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");

        QTest::newRow("empty") << u""_s << u"empty"_s;
        QTest::newRow("blank") << u"   "_s << u"empty"_s;
        QTest::newRow("no scheme") << u"api.cloudflare.com/client/v4"_s << u"not a valid URL"_s;
        QTest::newRow("plain http remote") << u"http://api.cloudflare.com/client/v4"_s << u"must use https://"_s;
        QTest::newRow("plain http private address") << u"http://10.0.0.5/client/v4"_s << u"must use https://"_s;
        QTest::newRow("http on a name containing localhost")
            << u"http://localhost.example.com/v4"_s << u"must use https://"_s;
        QTest::newRow("ftp") << u"ftp://example.com/v4"_s << u"must start with https://"_s;
        QTest::newRow("no host") << u"https:///client/v4"_s << u"no host"_s;
        QTest::newRow("user info") << u"https://user:pass@gw.example.com/v4"_s << u"user name or password"_s;
        QTest::newRow("query") << u"https://gw.example.com/v4?x=1"_s << u"query"_s;
        QTest::newRow("fragment") << u"https://gw.example.com/v4#top"_s << u"fragment"_s;
        QTest::newRow("space in host") << u"https://gw example.com/v4"_s << u"not a valid URL"_s;
    }

    void refused()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        const auto check = checkApiBase(input);
        QVERIFY2(!check.ok(), qPrintable(u"accepted: "_s + check.url.toString()));
        QVERIFY2(check.error.contains(reason), qPrintable(check.error));
        QVERIFY(check.url.isEmpty());
    }

    void resolution_data()
    {
        QTest::addColumn<QString>("commandLine");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        const QString sandbox = u"http://127.0.0.1:8787/client/v4"_s;
        const QString gateway = u"https://gw.example.com/cf"_s;
        QTest::newRow("nothing set") << QString() << QString() << QString() << u"default"_s
                                     << u"https://api.cloudflare.com/client/v4"_s << true;
        QTest::newRow("setting") << QString() << QString() << gateway << u"settings"_s << gateway << true;
        QTest::newRow("environment beats setting")
            << QString() << sandbox << gateway << u"PURGEDESK_API_BASE"_s << sandbox << true;
        QTest::newRow("command line beats all")
            << gateway << sandbox << QString() << u"--api-base"_s << gateway << true;
        QTest::newRow("blank command line is unset")
            << u"  "_s << sandbox << QString() << u"PURGEDESK_API_BASE"_s << sandbox << true;
        QTest::newRow("bad environment is refused, not skipped")
            << QString() << u"http://proxy.example.com/v4"_s << gateway << u"PURGEDESK_API_BASE"_s << QString()
            << false;
    }

    void resolution()
    {
        QFETCH(QString, commandLine);
        QFETCH(QString, environment);
        QFETCH(QString, setting);
        QFETCH(QString, source);
        QFETCH(QString, url);
        QFETCH(bool, ok);
        const auto choice = PurgeDesk::Cloudflare::resolveApiBase(commandLine, environment, setting);
        QCOMPARE(choice.source, source);
        QCOMPARE(choice.check.ok(), ok);
        QCOMPARE(choice.check.url.toString(), url);
        if (!ok)
            QVERIFY2(choice.check.error.contains(u"(from PURGEDESK_API_BASE)"_s), qPrintable(choice.check.error));
    }

    void resolutionReadsTheEnvironment()
    {
        qputenv("PURGEDESK_API_BASE", "http://localhost:9999/client/v4");
        const auto choice = PurgeDesk::Cloudflare::resolveApiBase(QString());
        qunsetenv("PURGEDESK_API_BASE");
        QCOMPARE(choice.source, u"PURGEDESK_API_BASE"_s);
        QCOMPARE(choice.check.url.toString(), u"http://localhost:9999/client/v4"_s);
    }

    void loopback_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << u"localhost"_s << true;
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
        QTest::newRow("127.255.0.9") << u"127.255.0.9"_s << true;
        QTest::newRow("::1") << u"::1"_s << true;
        QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
        QTest::newRow("0.0.0.0") << u"0.0.0.0"_s << false;
        QTest::newRow("example.com") << u"example.com"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void loopback()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackHost(host), loopback);
    }
};

QTEST_GUILESS_MAIN(TestApiBase)
#include "tst_apibase.moc"
