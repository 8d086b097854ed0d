#include "appinfo.h"
#include "cloudflare/apiclient.h"
#include "sandbox/httpserver.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QSet>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Cloudflare;
using Kind = ApiError::Kind;
using Sandbox::Fault;
using Sandbox::FaultKind;
using Sandbox::SandboxServer;

Q_DECLARE_METATYPE(PurgeDesk::Cloudflare::ApiError::Kind)
Q_DECLARE_METATYPE(PurgeDesk::Sandbox::FaultKind)
Q_DECLARE_METATYPE(PurgeDesk::Cloudflare::PurgeAction)
Q_DECLARE_METATYPE(PurgeDesk::Cloudflare::PurgeMode)

namespace {

// Takes ownership of a job and runs the event loop until it has finished.
template<typename Job>
std::unique_ptr<Job> await(Job *job, int timeoutMs = 20000)
{
    job->setAutoDelete(false);
    std::unique_ptr<Job> owned(job);
    if (!QTest::qWaitFor([&] { return owned->isFinished(); }, timeoutMs))
        qWarning("job did not finish within %d ms", timeoutMs);
    return owned;
}

QList<int> codes(const ApiError &error)
{
    QList<int> list;
    for (const Message &message : error.errors)
        list << message.code;
    return list;
}

QString zoneIdOf(const Sandbox::Config &config, const QString &name)
{
    for (const Sandbox::Zone &zone : config.zones) {
        if (zone.name == name)
            return zone.id;
    }
    return {};
}

Credentials demoKey()
{
    return Credentials::fromGlobalKey(u"demo@example.com"_s, u"sandbox-demo-global-key"_s);
}

} // namespace

// The API client against the sandbox server over real HTTP on loopback.
class TestApiClient final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;

    // A fresh sandbox with `config` and a client pointed at it.
    bool start(const Sandbox::Config &config = Sandbox::demoConfig(),
        const Credentials &credentials = Credentials::fromToken(Sandbox::demoToken()))
    {
        m_client.reset();
        m_server = std::make_unique<SandboxServer>(config);
        if (!m_server->start())
            return false;
        m_client = std::make_unique<ApiClient>();
        m_client->setCredentials(credentials);
        return m_client->setApiBase(m_server->baseUrl());
    }

    QString zoneId(const QString &name) const { return zoneIdOf(m_server->config(), name); }

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        PurgeDesk::Test::forgetAccountLimits();
    }

    // --- tokens ---------------------------------------------------------------------------

    void verifyToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("expires");
        QTest::newRow("active") << Sandbox::demoToken() << u"active"_s << false;
        QTest::newRow("expired") << u"sandbox-expired-token"_s << u"expired"_s << true;
        QTest::newRow("disabled") << u"sandbox-disabled-token"_s << u"disabled"_s << false;
    }

    void verifyToken()
    {
        QFETCH(QString, token);
        QFETCH(QString, status);
        QFETCH(bool, expires);
        QVERIFY(start(Sandbox::demoConfig(), Credentials::fromToken(token)));
        const auto job = await(m_client->verifyToken());
        QVERIFY2(job->succeeded(), qPrintable(job->error().summary()));
        QCOMPARE(job->status().status, status);
        QCOMPARE(job->status().expiresOn.isValid(), expires);
        QCOMPARE(job->status().id.size(), 32);
    }

    void unknownTokenIsAnAuthFailure()
    {
        QVERIFY(start(Sandbox::demoConfig(), Credentials::fromToken(u"not-a-real-token"_s)));
        const auto verify = await(m_client->verifyToken());
        QCOMPARE(verify->error().kind, Kind::Api);
        QCOMPARE(verify->httpStatus(), 401);
        QCOMPARE(codes(verify->error()), QList<int> {1000});
        QVERIFY(verify->error().isAuthFailure());
        QVERIFY(verify->error().summary().contains(u"Invalid API Token (1000)"_s));

        const auto zones = await(m_client->listZones());
        QCOMPARE(zones->error().kind, Kind::Api);
        QCOMPARE(zones->error().httpStatus, 403);
        QVERIFY(zones->error().isAuthFailure());
        QVERIFY(!zones->error().isRetryable());
    }

    void verifyNeedsAToken()
    {
        QVERIFY(start(Sandbox::demoConfig(), demoKey()));
        const auto job = await(m_client->verifyToken());
        QCOMPARE(job->error().kind, Kind::Api);
        QCOMPARE(codes(job->error()), (QList<int> {6003, 6111}));
    }

    void expiredTokenCannotPurge()
    {
        QVERIFY(start(Sandbox::demoConfig(), Credentials::fromToken(u"sandbox-expired-token"_s)));
        const auto job
            = await(m_client->purge(zoneId(u"example.com"_s), PurgeMode::Purge, {PurgeAction::Everything, {}, {}}));
        QCOMPARE(job->error().kind, Kind::Api);
        QVERIFY(job->error().isAuthFailure());
        QVERIFY(m_server->purges().isEmpty());
    }

    // --- zones ----------------------------------------------------------------------------

    void listZones_data()
    {
        QTest::addColumn<bool>("globalKey");
        QTest::newRow("api token") << false;
        QTest::newRow("global key") << true;
    }

    void listZones()
    {
        QFETCH(bool, globalKey);
        QVERIFY(start(Sandbox::demoConfig(), globalKey ? demoKey() : Credentials::fromToken(Sandbox::demoToken())));
        const auto job = await(m_client->listZones());
        QVERIFY2(job->succeeded(), qPrintable(job->error().summary()));
        const QList<Zone> zones = job->zones();
        QStringList names;
        for (const Zone &zone : zones)
            names << zone.name;
        QCOMPARE(names,
            (QStringList {
                u"example.com"_s, u"example.net"_s, u"example.org"_s, u"shop.example"_s, u"staging.example"_s}));
        QCOMPARE(zones.at(0).plan().plan, Plan::Free);
        QCOMPARE(zones.at(1).plan().plan, Plan::Pro);
        QCOMPARE(zones.at(3).plan().plan, Plan::Enterprise);
        QVERIFY(zones.at(3).plan().known);
        QCOMPARE(zones.at(4).status, u"pending"_s);
        QCOMPARE(zones.at(0).accountName, u"Demo Account"_s);
        QCOMPARE(zones.at(0).id, zoneId(u"example.com"_s));
    }

    void thousandZonesArePagedConcurrently()
    {
        Sandbox::Config config = Sandbox::demoConfig();
        Sandbox::generateZones(config, 1000, Plan::Pro);
        config.latencyMs = 40; // lets concurrent page requests overlap visibly
        QVERIFY(start(config));
        ZoneListJob *raw = m_client->listZones({});
        QSignalSpy progress(raw, &ZoneListJob::progress);
        const auto job = await(raw);
        QVERIFY2(job->succeeded(), qPrintable(job->error().summary()));
        const QList<Zone> zones = job->zones();
        QCOMPARE(zones.size(), 1000);
        QSet<QString> ids;
        for (int i = 0; i < zones.size(); ++i) {
            ids.insert(zones.at(i).id);
            QCOMPARE(zones.at(i).name, u"zone-%1.example"_s.arg(i + 1, 5, 10, QLatin1Char('0')));
        }
        QCOMPARE(ids.size(), 1000);
        QCOMPARE(job->pageRequests(), 20); // 50 per page
        const Sandbox::Counters counters = m_server->counters();
        QCOMPARE(counters.perEndpoint.value(u"zones"_s), 20);
        QVERIFY2(counters.maxInFlight >= 2, "pages after the first were not requested concurrently");
        QVERIFY(counters.maxInFlight <= ZoneListJob::MaxParallelPages);
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().at(0).toInt(), 1000);
        QCOMPARE(progress.last().at(1).toInt(), 1000);
    }

    void nameFilters_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("count");
        QTest::newRow("contains") << u"contains:zone-0001"_s << 10; // zone-00010 .. zone-00019
        QTest::newRow("starts_with") << u"starts_with:zone-000"_s << 99;
        QTest::newRow("ends_with") << u"ends_with:5.example"_s << 12;
        QTest::newRow("exact") << u"zone-00042.example"_s << 1;
        QTest::newRow("exact, other case") << u"ZONE-00042.EXAMPLE"_s << 1;
        QTest::newRow("nothing") << u"nothing.example"_s << 0;
    }

    void nameFilters()
    {
        QFETCH(QString, filter);
        QFETCH(int, count);
        Sandbox::Config config = Sandbox::demoConfig();
        Sandbox::generateZones(config, 120, Plan::Free);
        QVERIFY(start(config));
        ZoneQuery query;
        query.name = filter;
        const auto job = await(m_client->listZones(query));
        QVERIFY2(job->succeeded(), qPrintable(job->error().summary()));
        QCOMPARE(job->zones().size(), count);
    }

    void statusAndAccountFilters()
    {
        Sandbox::Config config = Sandbox::demoConfig();
        config.accounts.append({Sandbox::hexId(u"account:other"_s), u"Other Account"_s});
        Sandbox::Zone other;
        other.id = Sandbox::hexId(u"zone:other.example"_s);
        other.name = u"other.example"_s;
        other.accountId = config.accounts.last().id;
        config.zones.append(other);
        QVERIFY(start(config));

        ZoneQuery pending;
        pending.status = u"pending"_s;
        const auto byStatus = await(m_client->listZones(pending));
        QVERIFY2(byStatus->succeeded(), qPrintable(byStatus->error().summary()));
        QCOMPARE(byStatus->zones().size(), 1);
        QCOMPARE(byStatus->zones().first().name, u"staging.example"_s);

        ZoneQuery account;
        account.accountId = other.accountId;
        const auto byAccount = await(m_client->listZones(account));
        QVERIFY2(byAccount->succeeded(), qPrintable(byAccount->error().summary()));
        QCOMPARE(byAccount->zones().size(), 1);
        QCOMPARE(byAccount->zones().first().accountName, u"Other Account"_s);
    }

    void zoneScopedPurgeOnlyToken()
    {
        QVERIFY(start(Sandbox::demoConfig(), Credentials::fromToken(Sandbox::purgeOnlyToken())));
        // It cannot list zones or read one, but it can purge its zone, given the zone ID.
        const auto zones = await(m_client->listZones());
        QCOMPARE(zones->error().kind, Kind::Api);
        QCOMPARE(zones->error().httpStatus, 403);
        QCOMPARE(codes(zones->error()), QList<int> {9109});
        QVERIFY(zones->error().isAuthFailure());
        const auto zone = await(m_client->zone(zoneId(u"example.com"_s)));
        QCOMPARE(zone->error().kind, Kind::Api);

        const auto mine = await(m_client->purge(
            zoneId(u"example.com"_s), PurgeMode::Purge, {PurgeAction::Hosts, {}, {u"www.example.com"_s}}));
        QVERIFY2(mine->succeeded(), qPrintable(mine->error().summary()));
        const auto other = await(m_client->purge(
            zoneId(u"example.net"_s), PurgeMode::Purge, {PurgeAction::Hosts, {}, {u"www.example.net"_s}}));
        QCOMPARE(other->error().kind, Kind::Api);
        QCOMPARE(codes(other->error()), QList<int> {10000});
        QCOMPARE(m_server->purges().size(), 1);
        QCOMPARE(m_server->purges().first().zoneName, u"example.com"_s);
    }

    void zoneScopedReadTokenNeedsAName()
    {
        Sandbox::Config config = Sandbox::demoConfig();
        Sandbox::Token token;
        token.value = u"scoped-reader"_s;
        token.id = Sandbox::hexId(u"scoped-reader"_s);
        token.zoneIds = {zoneIdOf(config, u"example.org"_s)};
        config.tokens.append(token);
        QVERIFY(start(config, Credentials::fromToken(u"scoped-reader"_s)));

        const auto all = await(m_client->listZones());
        QCOMPARE(all->error().kind, Kind::Api);
        QVERIFY(all->error().summary().contains(u"com.cloudflare.api.account.zone.list"_s));
        ZoneQuery byName;
        byName.name = u"example.org"_s;
        const auto named = await(m_client->listZones(byName));
        QVERIFY2(named->succeeded(), qPrintable(named->error().summary()));
        QCOMPARE(named->zones().size(), 1);
        QCOMPARE(named->zones().first().plan().plan, Plan::Business);
    }

    void getZone_data()
    {
        QTest::addColumn<bool>("globalKey");
        QTest::newRow("api token") << false;
        QTest::newRow("global key") << true;
    }

    void getZone()
    {
        QFETCH(bool, globalKey);
        QVERIFY(start(Sandbox::demoConfig(), globalKey ? demoKey() : Credentials::fromToken(Sandbox::demoToken())));
        const auto job = await(m_client->zone(zoneId(u"shop.example"_s)));
        QVERIFY2(job->succeeded(), qPrintable(job->error().summary()));
        QCOMPARE(job->zone().name, u"shop.example"_s);
        QCOMPARE(job->zone().plan().plan, Plan::Enterprise);
    }

    void zoneNameWhereTheIdBelongs()
    {
        QVERIFY(start());
        const auto job = await(m_client->zone(u"example.com"_s));
        QCOMPARE(job->error().kind, Kind::Api);
        QCOMPARE(job->httpStatus(), 400);
        QCOMPARE(codes(job->error()), (QList<int> {7003, 7000}));
        QVERIFY(job->error().summary().contains(
            u"Could not route to /zones/example.com, perhaps your object identifier is invalid?"_s));
    }

    // --- purge ----------------------------------------------------------------------------

    void purgeEverySelector_data()
    {
        QTest::addColumn<PurgeAction>("action");
        QTest::addColumn<PurgeMode>("mode");
        QTest::addColumn<bool>("globalKey");
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<QString>("selector");
        const QStringList urls {u"https://example.com/a.js"_s, u"http://example.com/b.css"_s};
        const QStringList hosts {u"www.example.com"_s, u"img.example.com"_s};
        const QStringList tags {u"product-42"_s, u"Blog"_s};
        const QStringList prefixes {u"www.example.com/blog/"_s};
        for (const bool key : {false, true}) {
            const char *auth = key ? "global key" : "token";
            for (const PurgeMode mode : {PurgeMode::Purge, PurgeMode::Invalidate}) {
                const char *m = mode == PurgeMode::Purge ? "purge" : "invalidate";
                QTest::addRow("%s, %s, files", auth, m) << PurgeAction::Files << mode << key << urls << u"files"_s;
                QTest::addRow("%s, %s, hosts", auth, m) << PurgeAction::Hosts << mode << key << hosts << u"hosts"_s;
                QTest::addRow("%s, %s, tags", auth, m) << PurgeAction::Tags << mode << key << tags << u"tags"_s;
                QTest::addRow("%s, %s, prefixes", auth, m)
                    << PurgeAction::Prefixes << mode << key << prefixes << u"prefixes"_s;
                QTest::addRow("%s, %s, everything", auth, m)
                    << PurgeAction::Everything << mode << key << QStringList() << u"everything"_s;
            }
        }
    }

    void purgeEverySelector()
    {
        QFETCH(PurgeAction, action);
        QFETCH(PurgeMode, mode);
        QFETCH(bool, globalKey);
        QFETCH(QStringList, items);
        QFETCH(QString, selector);
        QVERIFY(start(Sandbox::demoConfig(), globalKey ? demoKey() : Credentials::fromToken(Sandbox::demoToken())));

        PurgeRequest request;
        request.action = action;
        if (action == PurgeAction::Files) {
            for (const QString &url : items)
                request.files.append({url, {}});
        } else {
            request.items = items;
        }
        const auto job = await(m_client->purge(zoneId(u"example.com"_s), mode, request));
        QVERIFY2(job->succeeded(), qPrintable(job->error().summary()));

        QCOMPARE(m_server->purges().size(), 1);
        const Sandbox::PurgeRecord record = m_server->purges().first();
        QCOMPARE(job->purgeId(), record.purgeId);
        QCOMPARE(record.zoneName, u"example.com"_s);
        QCOMPARE(record.mode, mode == PurgeMode::Purge ? u"purge"_s : u"invalidate"_s);
        QCOMPARE(record.selector, selector);
        QCOMPARE(record.items, items);
        QCOMPARE(record.body, purgeBody(request));
    }

    void urlsArriveByteForByte()
    {
        QVERIFY(start());
        PurgeRequest request;
        request.action = PurgeAction::Files;
        request.files = {{u"https://example.com/search?q=a&b=<c>"_s, {}},
            {u"https://example.com/caf%C3%A9/A%2FB.html"_s, {}}, {u"https://example.com/straße/ünï.png"_s, {}},
            {u"https://EXAMPLE.com/Case/Sensitive.JS"_s, {{u"CF-Device-Type"_s, u"mobile"_s}}},
            {u"https://example.com/app.js"_s,
                {{u"Origin"_s, u"https://www.example.com"_s}, {u"Accept-Language"_s, u"de-DE"_s}}}};
        const auto job = await(m_client->purge(zoneId(u"example.com"_s), PurgeMode::Purge, request));
        QVERIFY2(job->succeeded(), qPrintable(job->error().summary()));
        const Sandbox::PurgeRecord record = m_server->purges().first();
        QCOMPARE(record.body, purgeBody(request));
        QVERIFY(record.body.contains("q=a&b=<c>"));
        QVERIFY(record.body.contains("caf%C3%A9/A%2FB.html"));
        QVERIFY(record.body.contains("stra\xC3\x9F"
                                     "e/\xC3\xBCn\xC3\xAF.png"));
        QCOMPARE(record.items,
            (QStringList {u"https://example.com/search?q=a&b=<c>"_s, u"https://example.com/caf%C3%A9/A%2FB.html"_s,
                u"https://example.com/straße/ünï.png"_s, u"https://EXAMPLE.com/Case/Sensitive.JS"_s,
                u"https://example.com/app.js"_s}));
    }

    void listTooLongForThePlan()
    {
        Sandbox::Config config = Sandbox::demoConfig();
        PlanLimits older = limitsFor(Plan::Free);
        older.filesPerRequest = 30; // older accounts
        config.limits[Plan::Free] = older;
        QVERIFY(start(config));
        PurgeRequest request;
        request.action = PurgeAction::Files;
        for (int i = 0; i < 31; ++i)
            request.files.append({u"https://example.com/%1.js"_s.arg(i), {}});
        const auto tooMany = await(m_client->purge(zoneId(u"example.com"_s), PurgeMode::Purge, request));
        QCOMPARE(tooMany->error().kind, Kind::Api);
        QCOMPARE(tooMany->httpStatus(), 400);
        QVERIFY(tooMany->error().isTooLarge());
        QVERIFY(!tooMany->error().isRetryable());

        request.files.removeLast();
        const auto fits = await(m_client->purge(zoneId(u"example.com"_s), PurgeMode::Purge, request));
        QVERIFY2(fits->succeeded(), qPrintable(fits->error().summary()));
        QCOMPARE(m_server->purges().size(), 1);
        QCOMPARE(m_server->purges().first().items.size(), 30);
    }

    void invalidItemsAreRefusedVerbatim_data()
    {
        QTest::addColumn<PurgeAction>("action");
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("message");
        QTest::newRow("relative url") << PurgeAction::Files << u"/assets/app.js"_s << u"which is an invalid URL"_s;
        QTest::newRow("host with scheme") << PurgeAction::Hosts << u"https://www.example.com"_s << u"bare host name"_s;
        QTest::newRow("tag with space") << PurgeAction::Tags << u"two words"_s << u"without spaces"_s;
        QTest::newRow("prefix with query")
            << PurgeAction::Prefixes << u"www.example.com/blog?x=1"_s << u"without scheme, query"_s;
    }

    void invalidItemsAreRefusedVerbatim()
    {
        QFETCH(PurgeAction, action);
        QFETCH(QString, item);
        QFETCH(QString, message);
        QVERIFY(start());
        PurgeRequest request;
        request.action = action;
        if (action == PurgeAction::Files)
            request.files = {{item, {}}};
        else
            request.items = {item};
        const auto job = await(m_client->purge(zoneId(u"example.com"_s), PurgeMode::Purge, request));
        QCOMPARE(job->error().kind, Kind::Api);
        QCOMPARE(codes(job->error()), QList<int> {1013});
        QVERIFY2(job->error().summary().contains(message), qPrintable(job->error().summary()));
        QVERIFY(job->error().summary().contains(item));
        QVERIFY(m_server->purges().isEmpty());
    }

    // --- rate limits ----------------------------------------------------------------------

    void flexBucketAnswers429WithRetryAfter()
    {
        Sandbox::Config config = Sandbox::demoConfig();
        PlanLimits small = limitsFor(Plan::Free);
        small.flexBucketSize = 2;
        small.flexRefillPerSecond = 0.5;
        config.limits[Plan::Free] = small;
        QVERIFY(start(config));
        const PurgeRequest tags {PurgeAction::Tags, {}, {u"a"_s}};
        for (int i = 0; i < 2; ++i)
            QVERIFY(await(m_client->purge(zoneId(u"example.com"_s), PurgeMode::Purge, tags))->succeeded());
        const auto limited = await(m_client->purge(zoneId(u"example.com"_s), PurgeMode::Purge, tags));
        QCOMPARE(limited->error().kind, Kind::RateLimited);
        QCOMPARE(limited->httpStatus(), 429);
        QVERIFY(limited->error().retryAfterSeconds >= 1 && limited->error().retryAfterSeconds <= 2);
        QVERIFY(limited->error().isRetryable());
        QCOMPARE(codes(limited->error()), QList<int> {971});
        // Another zone of the same account and plan shares the bucket.
        const auto sibling = await(m_client->purge(zoneId(u"staging.example"_s), PurgeMode::Purge, tags));
        QCOMPARE(sibling->error().kind, Kind::RateLimited);
        QCOMPARE(m_server->purges().size(), 2);
        QCOMPARE(m_server->counters().rateLimited, 2);
    }

    void urlsPerSecondLimit()
    {
        Sandbox::Config config = Sandbox::demoConfig();
        PlanLimits slow = limitsFor(Plan::Pro);
        slow.urlsPerSecond = 50;
        config.limits[Plan::Pro] = slow;
        QVERIFY(start(config));
        PurgeRequest request;
        request.action = PurgeAction::Files;
        for (int i = 0; i < 40; ++i)
            request.files.append({u"https://example.net/%1"_s.arg(i), {}});
        QVERIFY(await(m_client->purge(zoneId(u"example.net"_s), PurgeMode::Purge, request))->succeeded());
        const auto limited = await(m_client->purge(zoneId(u"example.net"_s), PurgeMode::Purge, request));
        QCOMPARE(limited->error().kind, Kind::RateLimited);
        QCOMPARE(limited->error().retryAfterSeconds, 1);
    }

    void globalRequestLimit()
    {
        Sandbox::Config config = Sandbox::demoConfig();
        config.global = {3, 60};
        QVERIFY(start(config));
        for (int i = 0; i < 3; ++i)
            QVERIFY(await(m_client->verifyToken())->succeeded());
        const auto blocked = await(m_client->verifyToken());
        QCOMPARE(blocked->error().kind, Kind::RateLimited);
        QVERIFY2(blocked->error().retryAfterSeconds > 30, qPrintable(blocked->error().technical()));
    }

    // --- faults ---------------------------------------------------------------------------

    void faults_data()
    {
        QTest::addColumn<FaultKind>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("detail");
        QTest::newRow("html 502") << FaultKind::HtmlError << 0 << Kind::Server << 502 << u"HTML"_s;
        QTest::newRow("html 520") << FaultKind::HtmlError << 520 << Kind::Server << 520 << u"HTML"_s;
        QTest::newRow("malformed json") << FaultKind::MalformedJson << 0 << Kind::BadResponse << 200
                                        << u"invalid JSON"_s;
        QTest::newRow("truncated body") << FaultKind::TruncatedBody << 0 << Kind::ConnectionClosed << 200 << QString();
        QTest::newRow("connection reset")
            << FaultKind::ConnectionReset << 0 << Kind::ConnectionClosed << 0 << QString();
        QTest::newRow("stall past the timeout") << FaultKind::Stall << 0 << Kind::Timeout << 0 << QString();
        QTest::newRow("burst of 429") << FaultKind::RateLimited << 0 << Kind::RateLimited << 429 << QString();
    }

    void faults()
    {
        QFETCH(FaultKind, fault);
        QFETCH(int, status);
        QFETCH(Kind, kind);
        QFETCH(int, httpStatus);
        QFETCH(QString, detail);
        QVERIFY(start());
        m_client->setTimeoutMs(400);
        // Every request on the endpoint misbehaves (Qt itself re-sends once on a dropped keep-alive
        // connection, so a single fault could be hidden from the client).
        Fault injected;
        injected.endpoint = u"purge_cache"_s;
        injected.kind = fault;
        injected.share = 1.0;
        injected.status = status;
        injected.retryAfterSeconds = 3;
        injected.stallMs = 5000;
        m_server->setFaults({injected});

        const PurgeRequest request {PurgeAction::Hosts, {}, {u"www.example.com"_s}};
        const QString zone = zoneId(u"example.com"_s);
        const auto job = await(m_client->purge(zone, PurgeMode::Purge, request));
        QCOMPARE(job->error().kind, kind);
        QCOMPARE(job->httpStatus(), httpStatus);
        QVERIFY2(job->error().detail.contains(detail), qPrintable(job->error().detail));
        QVERIFY(job->error().isRetryable());
        QVERIFY(job->error().summary().endsWith(u'.'));
        if (kind == Kind::RateLimited)
            QCOMPARE(job->error().retryAfterSeconds, 3);
        QVERIFY(m_server->counters().faults >= 1);
        QVERIFY(m_server->purges().isEmpty());

        // Once the fault is gone the same request goes through.
        m_server->setFaults({});
        const auto healthy = await(m_client->purge(zone, PurgeMode::Purge, request));
        QVERIFY2(healthy->succeeded(), qPrintable(healthy->error().summary()));
        QCOMPARE(m_server->purges().size(), 1);
    }

    void zoneListingRetriesAFailedPage()
    {
        Sandbox::Config config = Sandbox::demoConfig();
        Sandbox::generateZones(config, 230, Plan::Free);
        QVERIFY(start(config));
        Fault fault;
        fault.endpoint = u"zones"_s;
        fault.kind = FaultKind::HtmlError;
        fault.nth = 3; // one of the concurrent pages
        m_server->setFaults({fault});
        const auto job = await(m_client->listZones());
        QVERIFY2(job->succeeded(), qPrintable(job->error().summary()));
        QCOMPARE(job->zones().size(), 230);
        QCOMPARE(job->pageRequests(), 6); // 5 pages + 1 retry
    }

    void zoneListingGivesUpOnPersistentErrors()
    {
        QVERIFY(start());
        Fault fault;
        fault.endpoint = u"zones"_s;
        fault.kind = FaultKind::HtmlError;
        fault.share = 1.0;
        m_server->setFaults({fault});
        const auto job = await(m_client->listZones());
        QCOMPARE(job->error().kind, Kind::Server);
        QCOMPARE(job->pageRequests(), ZoneListJob::MaxPageAttempts);
        QVERIFY(job->zones().isEmpty());
    }

    void cancelIsNotATimeout()
    {
        QVERIFY(start());
        Fault stall;
        stall.kind = FaultKind::Stall;
        stall.nth = 1;
        stall.stallMs = 10000;
        m_server->setFaults({stall});
        VerifyTokenJob *raw = m_client->verifyToken();
        QTimer::singleShot(100, raw, [raw] { raw->cancel(); });
        const auto job = await(raw);
        QCOMPARE(job->error().kind, Kind::Cancelled);
        QVERIFY(!job->error().isRetryable());
    }

    void destroyingAJobAbortsItsRequest()
    {
        // A server that takes the request and never answers: only the client can end the exchange.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ApiClient client;
        client.setCredentials(Credentials::fromToken(u"secret-token"_s));
        QVERIFY(client.setApiBase(u"http://127.0.0.1:%1/client/v4"_s.arg(silent.serverPort())));
        QPointer<PurgeJob> job
            = client.purge(u"0123456789abcdef0123456789abcdef"_s, PurgeMode::Purge, {PurgeAction::Everything, {}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 10000);
        QTcpSocket *socket = silent.nextPendingConnection();
        QByteArray received;
        QTRY_VERIFY((received += socket->readAll()).contains("\r\n\r\n"));
        QVERIFY(received.startsWith("POST /client/v4/zones/"));
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        QSignalSpy closed(socket, &QAbstractSocket::disconnected);
        delete job.data();
        // The client closed its end: the request was aborted, not left to time out (30 s).
        QVERIFY(closed.wait(10000));
    }

    // --- transport ------------------------------------------------------------------------

    void connectionRefused()
    {
        quint16 port = 0;
        {
            Sandbox::HttpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            port = closed.port();
        }
        ApiClient client;
        QVERIFY(client.setApiBase(u"http://127.0.0.1:%1/client/v4"_s.arg(port)));
        const auto job = await(client.verifyToken());
        QCOMPARE(job->error().kind, Kind::ConnectionRefused);
        QVERIFY(job->error().summary().contains(u"refused"_s));
    }

    void tlsFailure()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend on this machine");
        QVERIFY(start());
        // https:// to a port that speaks plain HTTP: the handshake fails.
        QVERIFY(m_client->setApiBase(u"https://127.0.0.1:%1/client/v4"_s.arg(m_server->port())));
        const auto job = await(m_client->verifyToken());
        QCOMPARE(job->error().kind, Kind::Tls);
        QVERIFY(!job->error().isRetryable());
    }

    void hostNotFound()
    {
        ApiClient client;
        QVERIFY(client.setApiBase(u"https://api.purgedesk-test.invalid/client/v4"_s));
        const auto job = await(client.verifyToken());
        QCOMPARE(job->error().kind, Kind::HostNotFound);
        QVERIFY(job->error().summary().contains(u"could not be found"_s));
    }

    void apiBaseOverrideMustBeSafe()
    {
        ApiClient client;
        QString error;
        QVERIFY(!client.setApiBase(u"http://api.example.com/client/v4"_s, &error));
        QVERIFY(error.contains(u"https://"_s));
        QCOMPARE(client.apiBase().toString(), u"https://api.cloudflare.com/client/v4"_s);
        QVERIFY(client.setApiBase(u"https://gateway.example.com/cf/"_s));
        QCOMPARE(client.buildRequest(u"/zones"_s).url().toString(), u"https://gateway.example.com/cf/zones"_s);
    }

    void requestHeaders()
    {
        Sandbox::HttpServer server;
        QList<Sandbox::HttpRequest> seen;
        server.setHandler([&](const Sandbox::HttpRequest &request) {
            seen.append(request);
            Sandbox::HttpAction action;
            action.response.body = R"({"success":true,"errors":[],"messages":[],"result":{"id":"p1"}})";
            return action;
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ApiClient client;
        QVERIFY(client.setApiBase(u"http://127.0.0.1:%1/client/v4"_s.arg(server.port())));

        client.setCredentials(Credentials::fromToken(u"tok-123"_s));
        QVERIFY(await(client.purge(u"z1"_s, PurgeMode::Invalidate, {PurgeAction::Tags, {}, {u"t"_s}}))->succeeded());
        client.setCredentials(demoKey());
        QVERIFY(await(client.purge(u"z1"_s, PurgeMode::Purge, {PurgeAction::Tags, {}, {u"t"_s}}))->succeeded());

        QCOMPARE(seen.size(), 2);
        const Sandbox::HttpRequest &token = seen.at(0);
        QCOMPARE(token.method, QByteArray("POST"));
        QCOMPARE(token.path, u"/client/v4/zones/z1/invalidate_cache"_s);
        QCOMPARE(token.header("user-agent"), "PurgeDesk/" + PurgeDesk::version().toLatin1());
        QCOMPARE(token.header("accept"), QByteArray("application/json"));
        QCOMPARE(token.header("content-type"), QByteArray("application/json"));
        QCOMPARE(token.header("authorization"), QByteArray("Bearer tok-123"));
        QVERIFY(!token.headers.contains("x-auth-key"));
        const Sandbox::HttpRequest &key = seen.at(1);
        QCOMPARE(key.path, u"/client/v4/zones/z1/purge_cache"_s);
        QCOMPARE(key.header("x-auth-email"), QByteArray("demo@example.com"));
        QCOMPARE(key.header("x-auth-key"), QByteArray("sandbox-demo-global-key"));
        QVERIFY(!key.headers.contains("authorization"));
    }

    void successFalseWith200IsAnError()
    {
        Sandbox::HttpServer server;
        server.setHandler([](const Sandbox::HttpRequest &) {
            Sandbox::HttpAction action;
            action.response.body
                = R"({"success":false,"errors":[{"code":1107,"message":"Purge rejected"}],"result":null})";
            return action;
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ApiClient client;
        QVERIFY(client.setApiBase(u"http://127.0.0.1:%1/client/v4"_s.arg(server.port())));
        const auto job = await(client.purge(u"z1"_s, PurgeMode::Purge, {PurgeAction::Everything, {}, {}}));
        QCOMPARE(job->httpStatus(), 200);
        QCOMPARE(job->error().kind, Kind::Api);
        QVERIFY(job->error().summary().contains(u"Purge rejected (1107)"_s));
        QVERIFY(job->purgeId().isEmpty());
    }

    void successWithoutPurgeIdIsNotTrusted()
    {
        Sandbox::HttpServer server;
        server.setHandler([](const Sandbox::HttpRequest &) {
            Sandbox::HttpAction action;
            action.response.body = R"({"success":true,"errors":[],"result":null})";
            return action;
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ApiClient client;
        QVERIFY(client.setApiBase(u"http://127.0.0.1:%1/client/v4"_s.arg(server.port())));
        const auto job = await(client.purge(u"z1"_s, PurgeMode::Purge, {PurgeAction::Everything, {}, {}}));
        QCOMPARE(job->error().kind, Kind::BadResponse);
        QVERIFY(job->error().detail.contains(u"purge id"_s));
    }

    void oversizedAnswerIsCut()
    {
        Sandbox::HttpServer server;
        server.setHandler([](const Sandbox::HttpRequest &) {
            Sandbox::HttpAction action;
            action.response.body = QByteArray(9 * 1024 * 1024, ' ');
            return action;
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ApiClient client;
        QVERIFY(client.setApiBase(u"http://127.0.0.1:%1/client/v4"_s.arg(server.port())));
        const auto job = await(client.verifyToken());
        QCOMPARE(job->error().kind, Kind::BadResponse);
        QVERIFY2(job->error().detail.contains(u"larger than 8 MiB"_s), qPrintable(job->error().detail));
    }

    void redirectToAnotherOriginKeepsTheToken()
    {
        QVERIFY(start());
        Sandbox::HttpServer redirector;
        QList<QByteArray> authorizations;
        const QByteArray target = m_server->baseUrl().toLatin1() + "/user/tokens/verify";
        redirector.setHandler([&](const Sandbox::HttpRequest &request) {
            authorizations << request.header("authorization");
            Sandbox::HttpAction action;
            action.response.status = 307;
            action.response.headers.append({QByteArray("Location"), target});
            return action;
        });
        QVERIFY(redirector.listen(QHostAddress::LocalHost, 0));
        ApiClient client;
        client.setCredentials(Credentials::fromToken(Sandbox::demoToken()));
        QVERIFY(client.setApiBase(u"http://127.0.0.1:%1/client/v4"_s.arg(redirector.port())));
        const auto job = await(client.verifyToken());
        QCOMPARE(job->error().kind, Kind::Redirect);
        QVERIFY(job->error().summary().contains(m_server->baseUrl()));
        QCOMPARE(authorizations.size(), 1);
        QCOMPARE(m_server->counters().requests, 0); // the token never reached the other origin
    }

    void redirectWithinTheOriginIsFollowed()
    {
        Sandbox::HttpServer server;
        QList<QString> paths;
        QList<QByteArray> authorizations;
        server.setHandler([&](const Sandbox::HttpRequest &request) {
            paths << request.path;
            authorizations << request.header("authorization");
            Sandbox::HttpAction action;
            if (request.path.endsWith(u"/user/tokens/verify"_s)) {
                action.response.status = 301;
                action.response.headers.append({QByteArray("Location"), QByteArray("/client/v4/moved/verify")});
            } else {
                action.response.body = R"({"success":true,"errors":[],"result":{"id":"t1","status":"active"}})";
            }
            return action;
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ApiClient client;
        client.setCredentials(Credentials::fromToken(u"tok"_s));
        QVERIFY(client.setApiBase(u"http://127.0.0.1:%1/client/v4"_s.arg(server.port())));
        const auto job = await(client.verifyToken());
        QVERIFY2(job->succeeded(), qPrintable(job->error().summary()));
        QCOMPARE(job->status().status, u"active"_s);
        QCOMPARE(paths, (QList<QString> {u"/client/v4/user/tokens/verify"_s, u"/client/v4/moved/verify"_s}));
        QCOMPARE(authorizations, (QList<QByteArray> {"Bearer tok", "Bearer tok"}));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
