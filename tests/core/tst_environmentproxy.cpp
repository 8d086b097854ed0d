#include "settings/environmentproxy.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::proxyFromEnvironment;

// The standard proxy variables as purgedesk-cli reads them (curl's rules).
class TestEnvironmentProxy final : public QObject
{
    Q_OBJECT

    static QProcessEnvironment environment(const QStringList &assignments)
    {
        QProcessEnvironment env;
        for (const QString &assignment : assignments)
            env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
        return env;
    }

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void chooses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("variables");
        QTest::addColumn<bool>("decided");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");

        const QString api = u"https://api.cloudflare.com/client/v4"_s;
        const int http = QNetworkProxy::HttpProxy;
        const int socks = QNetworkProxy::Socks5Proxy;
        const int none = QNetworkProxy::NoProxy;
        QTest::newRow("nothing set") << api << QStringList {} << false << QString() << none << QString() << 0
                                     << QString() << QString();
        QTest::newRow("empty values count as unset") << api << QStringList {u"https_proxy="_s, u"no_proxy= "_s} << false
                                                     << QString() << none << QString() << 0 << QString() << QString();
        QTest::newRow("https_proxy") << api << QStringList {u"https_proxy=http://proxy.corp:3128"_s} << true
                                     << u"https_proxy"_s << http << u"proxy.corp"_s << 3128 << QString() << QString();
        QTest::newRow("HTTPS_PROXY, no scheme, default port")
            << api << QStringList {u"HTTPS_PROXY=proxy.corp"_s} << true << u"HTTPS_PROXY"_s << http << u"proxy.corp"_s
            << 1080 << QString() << QString();
        QTest::newRow("lower case first")
            << api << QStringList {u"HTTPS_PROXY=upper:1"_s, u"https_proxy=lower:2"_s} << true << u"https_proxy"_s
            << http << u"lower"_s << 2 << QString() << QString();
        QTest::newRow("http_proxy is for http only")
            << api << QStringList {u"http_proxy=http://proxy.corp:3128"_s} << false << QString() << none << QString()
            << 0 << QString() << QString();
        QTest::newRow("all_proxy as a fallback")
            << api << QStringList {u"ALL_PROXY=socks5h://user:p%40ss@socks.corp:1081"_s} << true << u"ALL_PROXY"_s
            << socks << u"socks.corp"_s << 1081 << u"user"_s << u"p@ss"_s;
        QTest::newRow("https_proxy before all_proxy")
            << api << QStringList {u"all_proxy=socks5://a:1"_s, u"https_proxy=b:2"_s} << true << u"https_proxy"_s
            << http << u"b"_s << 2 << QString() << QString();
        QTest::newRow("http url: http_proxy")
            << u"http://gw.corp/v4"_s << QStringList {u"http_proxy=p:8080"_s, u"https_proxy=q:1"_s} << true
            << u"http_proxy"_s << http << u"p"_s << 8080 << QString() << QString();
        QTest::newRow("http url: HTTP_PROXY is not read")
            << u"http://gw.corp/v4"_s << QStringList {u"HTTP_PROXY=p:8080"_s} << false << QString() << none << QString()
            << 0 << QString() << QString();
        QTest::newRow("no_proxy: the host")
            << api << QStringList {u"https_proxy=p:1"_s, u"no_proxy=api.cloudflare.com"_s} << true << u"no_proxy"_s
            << none << QString() << 0 << QString() << QString();
        QTest::newRow("NO_PROXY: a parent domain with a dot and a port")
            << api << QStringList {u"https_proxy=p:1"_s, u"NO_PROXY=localhost, .Cloudflare.com:443"_s} << true
            << u"NO_PROXY"_s << none << QString() << 0 << QString() << QString();
        QTest::newRow("no_proxy: *.domain")
            << api << QStringList {u"https_proxy=p:1"_s, u"no_proxy=*.cloudflare.com"_s} << true << u"no_proxy"_s
            << none << QString() << 0 << QString() << QString();
        QTest::newRow("no_proxy: *") << api << QStringList {u"no_proxy=*"_s} << true << u"no_proxy"_s << none
                                     << QString() << 0 << QString() << QString();
        QTest::newRow("no_proxy: only a suffix on a label boundary")
            << api << QStringList {u"https_proxy=p:1"_s, u"no_proxy=flare.com,cloudflare"_s} << true << u"https_proxy"_s
            << http << u"p"_s << 1 << QString() << QString();
        QTest::newRow("no_proxy without a proxy for another host")
            << api << QStringList {u"no_proxy=example.com"_s} << false << QString() << none << QString() << 0
            << QString() << QString();
    }

    void chooses()
    {
        QFETCH(QString, url);
        QFETCH(QStringList, variables);
        QFETCH(bool, decided);
        QFETCH(QString, variable);
        QFETCH(int, type);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, password);
        const auto result = proxyFromEnvironment(QUrl(url), environment(variables));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.decided, decided);
        QCOMPARE(result.variable, variable);
        if (!decided)
            return;
        QCOMPARE(int(result.proxy.type()), type);
        QCOMPARE(result.proxy.hostName(), host);
        if (type != QNetworkProxy::NoProxy)
            QCOMPARE(int(result.proxy.port()), port);
        QCOMPARE(result.proxy.user(), user);
        QCOMPARE(result.proxy.password(), password);
    }

    // A value that is no proxy address is reported, by the variable's name only: the value may hold a password.
    void refusesWhatItCannotUse_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("https proxy") << u"https://user:secret-pw@proxy.corp"_s << u"names a https:// proxy"_s;
        QTest::newRow("socks4") << u"socks4://user:secret-pw@proxy.corp"_s << u"names a socks4:// proxy"_s;
        QTest::newRow("no host") << u"http://user:secret-pw@:3128"_s << u"is not a proxy address"_s;
    }

    void refusesWhatItCannotUse()
    {
        QFETCH(QString, value);
        QFETCH(QString, message);
        const auto result = proxyFromEnvironment(
            QUrl(u"https://api.cloudflare.com/client/v4"_s), environment({u"https_proxy="_s + value}));
        QVERIFY(result.decided);
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        QVERIFY(result.error.startsWith(u"https_proxy "_s));
        QVERIFY(!result.error.contains(u"secret-pw"_s));
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentProxy)
#include "tst_environmentproxy.moc"
