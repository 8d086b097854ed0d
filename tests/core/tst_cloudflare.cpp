#include "cloudflare/envelope.h"
#include "cloudflare/types.h"
#include "purge/planlimits.h"
#include "purge/tokenbucket.h"
#include "sandbox/sandboxconfig.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Cloudflare;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(PurgeDesk::Cloudflare::ApiError::Kind)
Q_DECLARE_METATYPE(PurgeDesk::Cloudflare::PurgeRequest)

// Pure functions of the API client: no network.
// Note: Qt 6.4's moc misreads raw string literals that contain "//" or unbalanced brackets, so
// such JSON is written as ordinary escaped strings here.
class TestCloudflare final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void classify_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QList<int>>("codes");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<bool>("retryable");

        QTest::newRow("success") << 200
                                 << QByteArray(R"({"success":true,"errors":[],"messages":[],"result":{"id":"x"}})")
                                 << Kind::None << QList<int> {} << QString() << false;
        QTest::newRow("200 with success false")
            << 200 << QByteArray(R"({"success":false,"errors":[{"code":1234,"message":"nope"}],"result":null})")
            << Kind::Api << QList<int> {1234} << QString() << false;
        QTest::newRow("403 authentication")
            << 403 << QByteArray(R"({"success":false,"errors":[{"code":10000,"message":"Authentication error"}]})")
            << Kind::Api << QList<int> {10000} << QString() << false;
        QTest::newRow("error chain is flattened")
            << 400
            << QByteArray(
                   R"({"success":false,"errors":[{"code":6003,"message":"Invalid request headers","error_chain":[{"code":6111,"message":"Invalid format for Authorization header"}]}]})")
            << Kind::Api << QList<int> {6003, 6111} << QString() << false;
        QTest::newRow("code as a string")
            << 400 << QByteArray(R"({"success":false,"errors":[{"code":"7003","message":"x"}]})") << Kind::Api
            << QList<int> {7003} << QString() << false;
        QTest::newRow("bare string error") << 400 << QByteArray(R"({"success":false,"errors":["plain words"]})")
                                           << Kind::Api << QList<int> {0} << QString() << false;
        QTest::newRow("429") << 429
                             << QByteArray(R"({"success":false,"errors":[{"code":971,"message":"Please wait"}]})")
                             << Kind::RateLimited << QList<int> {971} << QString() << true;
        QTest::newRow("429 html") << 429 << QByteArray("<html>slow down</html>") << Kind::RateLimited << QList<int> {}
                                  << QString() << true;
        QTest::newRow("502 html page") << 502 << QByteArray("<!DOCTYPE html><html><h1>502 Bad Gateway</h1></html>")
                                       << Kind::Server << QList<int> {} << u"HTML"_s << true;
        QTest::newRow("520 empty") << 520 << QByteArray() << Kind::Server << QList<int> {} << u"empty"_s << true;
        QTest::newRow("503 json") << 503
                                  << QByteArray(R"({"success":false,"errors":[{"code":1,"message":"maintenance"}]})")
                                  << Kind::Server << QList<int> {1} << QString() << true;
        QTest::newRow("200 html") << 200 << QByteArray("<html><body>captive portal</body></html>") << Kind::BadResponse
                                  << QList<int> {} << u"HTML"_s << true;
        QTest::newRow("200 empty") << 200 << QByteArray("  ") << Kind::BadResponse << QList<int> {} << u"empty"_s
                                   << true;
        QTest::newRow("truncated json")
            << 200 << QByteArray("{\"success\":true,\"result\":{\"id\":\"ab") /* moc miscounts braces in raw strings */
            << Kind::BadResponse << QList<int> {} << u"invalid JSON"_s << true;
        QTest::newRow("json array") << 200 << QByteArray("[1,2]") << Kind::BadResponse << QList<int> {}
                                    << u"not an object"_s << true;
        QTest::newRow("no success field") << 200 << QByteArray(R"({"result":{"id":"x"}})") << Kind::BadResponse
                                          << QList<int> {} << u"success"_s << true;
        QTest::newRow("success as string") << 200 << QByteArray(R"({"success":"true","result":{}})")
                                           << Kind::BadResponse << QList<int> {} << u"success"_s << true;
        QTest::newRow("errors not a list") << 400 << QByteArray(R"({"success":false,"errors":"boom"})")
                                           << Kind::BadResponse << QList<int> {} << u"errors"_s << true;
        QTest::newRow("proxy html 403") << 403 << QByteArray("<html>Access denied by proxy</html>") << Kind::BadResponse
                                        << QList<int> {} << u"HTML"_s << true;
        // Numbers no int holds saturate (casting them is undefined behaviour; found by the fuzzer).
        QTest::newRow("code 1e109") << 400 << QByteArray(R"({"success":false,"errors":[{"code":1e109,"message":"x"}]})")
                                    << Kind::Api << QList<int> {std::numeric_limits<int>::max()} << QString() << false;
        QTest::newRow("code -1e109") << 400
                                     << QByteArray(R"({"success":false,"errors":[{"code":-1e109,"message":"x"}]})")
                                     << Kind::Api << QList<int> {std::numeric_limits<int>::min()} << QString() << false;
    }

    void classify()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        QFETCH(QList<int>, codes);
        QFETCH(QString, detail);
        QFETCH(bool, retryable);

        Envelope envelope;
        const ApiError error = classifyResponse(status, body, -1, &envelope);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, status);
        QList<int> seen;
        for (const Message &message : error.errors)
            seen << message.code;
        QCOMPARE(seen, codes);
        QVERIFY2(error.detail.contains(detail), qPrintable(error.detail));
        QCOMPARE(error.isRetryable(), retryable);
        // Every error reads as a sentence, and Cloudflare's own words are in it verbatim.
        if (error.isError()) {
            QVERIFY(error.summary().endsWith(u'.'));
            for (const Message &message : error.errors)
                QVERIFY2(error.summary().contains(message.message), qPrintable(error.summary()));
        }
    }

    void authAndSizeVerdicts()
    {
        Envelope envelope;
        const auto api = [&](int status, const char *body) { return classifyResponse(status, body, -1, &envelope); };
        QVERIFY(api(403, R"({"success":false,"errors":[{"code":10000,"message":"Authentication error"}]})")
                    .isAuthFailure());
        QVERIFY(api(400, R"({"success":false,"errors":[{"code":6003,"message":"Invalid request headers"}]})")
                    .isAuthFailure());
        QVERIFY(!api(400, R"({"success":false,"errors":[{"code":1013,"message":"invalid URL"}]})").isAuthFailure());
        QVERIFY(api(400, R"({"success":false,"errors":[{"code":1014,"message":"Too many items: the maximum is 30"}]})")
                    .isTooLarge());
        QVERIFY(api(400, R"({"success":false,"errors":[{"code":1,"message":"Only 30 URLs at most per request"}]})")
                    .isTooLarge());
        QVERIFY(!api(400, R"({"success":false,"errors":[{"code":1013,"message":"invalid URL"}]})").isTooLarge());
        QVERIFY(!api(502, "<html></html>").isTooLarge());
        const ApiError limited = classifyResponse(429, "{}", 12, &envelope);
        QCOMPARE(limited.retryAfterSeconds, 12);
        QVERIFY(limited.summary().contains(u"12 s"_s));
        QVERIFY(classifyResponse(429, "{}", 100000, &envelope).summary().contains(u"asks to wait 28 h."_s));
        QVERIFY(classifyResponse(429, "{}", std::numeric_limits<int>::max(), &envelope)
                    .summary()
                    .contains(u"asks to wait 24855 days."_s));
    }

    void resultInfo()
    {
        Envelope envelope;
        QString problem;
        QVERIFY(parseEnvelope(
            R"({"success":true,"result":[],"result_info":{"page":2,"per_page":50,"count":0,"total_count":101}})",
            &envelope, &problem));
        QVERIFY(envelope.hasResultInfo);
        QCOMPARE(envelope.page, 2);
        QCOMPARE(envelope.totalCount, 101);
        QCOMPARE(envelope.totalPages, 3); // computed: total_pages was absent
        QVERIFY(parseEnvelope(
            R"({"success":true,"result":[],"result_info":{"per_page":20,"total_count":40,"total_pages":2}})", &envelope,
            &problem));
        QCOMPARE(envelope.totalPages, 2);
        QVERIFY(parseEnvelope(
            R"({"success":true,"result":[],"result_info":{"per_page":1e300,"total_count":-1e300,"total_pages":4e9}})",
            &envelope, &problem));
        QCOMPARE(envelope.perPage, std::numeric_limits<int>::max());
        QCOMPARE(envelope.totalCount, std::numeric_limits<int>::min());
        QCOMPARE(envelope.totalPages, std::numeric_limits<int>::max());
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("seconds");
        QTest::newRow("seconds") << QByteArray("5") << 5;
        QTest::newRow("padded") << QByteArray(" 12 ") << 12;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("negative") << QByteArray("-3") << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("http date") << QByteArray("Sun, 22 Nov 2026 10:00:30 GMT") << 30;
        QTest::newRow("http date in the past") << QByteArray("Sun, 22 Nov 2026 09:00:00 GMT") << 0;
        QTest::newRow("largest int") << QByteArray("2147483647") << std::numeric_limits<int>::max();
        QTest::newRow("beyond an int: still a (very long) wait")
            << QByteArray("99999999999999999999999") << std::numeric_limits<int>::max();
        QTest::newRow("http date centuries ahead")
            << QByteArray("22 Nov 9999 10:00:30 GMT") << std::numeric_limits<int>::max();
    }

    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, seconds);
        const QDateTime now(QDate(2026, 11, 22), QTime(10, 0, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter(header, now), seconds);
    }

    void purgeBodies_data()
    {
        QTest::addColumn<PurgeRequest>("request");
        QTest::addColumn<QByteArray>("json");

        PurgeRequest files;
        files.action = PurgeAction::Files;
        files.files
            = {{u"https://example.com/a.js?x=1&y=<2>"_s, {}}, {u"https://example.com/caf%C3%A9/Menu.HTML"_s, {}},
                {u"https://example.com/café/ü"_s, {}}, {u"https://example.com/*"_s, {}}};
        QTest::newRow("urls byte for byte")
            << files
            << QByteArray(
                   "{\"files\":[\"https://example.com/a.js?x=1&y=<2>\",\"https://example.com/caf%C3%A9/Menu.HTML\","
                   "\"https://example.com/caf\xC3\xA9/\xC3\xBC\",\"https://example.com/*\"]}");

        PurgeRequest headers;
        headers.action = PurgeAction::Files;
        headers.files
            = {{u"https://example.com/a.js"_s, {{u"CF-Device-Type"_s, u"mobile"_s}, {u"CF-IPCountry"_s, u"ES"_s}}},
                {u"https://example.com/b.js"_s, {}}};
        QTest::newRow("cache-key headers")
            << headers
            << QByteArray("{\"files\":[{\"headers\":{\"CF-Device-Type\":\"mobile\",\"CF-IPCountry\":\"ES\"},"
                          "\"url\":\"https://example.com/a.js\"},\"https://example.com/b.js\"]}");

        PurgeRequest hosts {PurgeAction::Hosts, {}, {u"www.example.com"_s, u"images.example.com"_s}};
        QTest::newRow("hosts") << hosts << QByteArray(R"({"hosts":["www.example.com","images.example.com"]})");
        PurgeRequest tags {PurgeAction::Tags, {}, {u"product-42"_s, u"a\"quote"_s}};
        QTest::newRow("tags") << tags << QByteArray("{\"tags\":[\"product-42\",\"a\\\"quote\"]}");
        PurgeRequest prefixes {PurgeAction::Prefixes, {}, {u"www.example.com/blog/"_s}};
        QTest::newRow("prefixes") << prefixes << QByteArray(R"({"prefixes":["www.example.com/blog/"]})");
        PurgeRequest everything {PurgeAction::Everything, {}, {}};
        QTest::newRow("everything") << everything << QByteArray(R"({"purge_everything":true})");
    }

    void purgeBodies()
    {
        QFETCH(PurgeRequest, request);
        QFETCH(QByteArray, json);
        QCOMPARE(purgeBody(request), json);
    }

    void paths()
    {
        QCOMPARE(purgePath(u"abc"_s, PurgeMode::Purge), u"/zones/abc/purge_cache"_s);
        QCOMPARE(purgePath(u"abc"_s, PurgeMode::Invalidate), u"/zones/abc/invalidate_cache"_s);
    }

    void zones()
    {
        const auto minimal = zoneFromJson(QJsonDocument::fromJson(R"({"id":"z1","name":"example.com"})").object());
        QVERIFY(minimal);
        QCOMPARE(minimal->name, u"example.com"_s);
        QCOMPARE(minimal->plan().plan, Plan::Free);
        QVERIFY(!minimal->plan().known);
        QVERIFY(!zoneFromJson(QJsonDocument::fromJson(R"({"name":"example.com"})").object()));
        QVERIFY(!zoneFromJson(QJsonDocument::fromJson(R"({"id":"z1"})").object()));
        const auto full = zoneFromJson(QJsonDocument::fromJson(
            R"({"id":"z2","name":"shop.example","status":"active","paused":true,"plan":{"name":"Enterprise Website","legacy_id":"enterprise"},"account":{"id":"a1","name":"Acme"}})")
                                           .object());
        QVERIFY(full);
        QCOMPARE(full->plan().plan, Plan::Enterprise);
        QVERIFY(full->paused);
        QCOMPARE(full->accountName, u"Acme"_s);
    }

    void plans_data()
    {
        QTest::addColumn<QString>("legacyId");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("plan");
        QTest::addColumn<bool>("known");
        QTest::newRow("legacy pro") << u"pro"_s << u"whatever"_s << int(Plan::Pro) << true;
        QTest::newRow("legacy upper case") << u"BUSINESS"_s << QString() << int(Plan::Business) << true;
        QTest::newRow("name only") << QString() << u"Enterprise Website"_s << int(Plan::Enterprise) << true;
        QTest::newRow("name free") << QString() << u"Free Website"_s << int(Plan::Free) << true;
        QTest::newRow("unknown falls back to free")
            << u"pro_plus"_s << u"Pro Plus Website"_s << int(Plan::Free) << false;
        QTest::newRow("nothing") << QString() << QString() << int(Plan::Free) << false;
    }

    void plans()
    {
        QFETCH(QString, legacyId);
        QFETCH(QString, name);
        QFETCH(int, plan);
        QFETCH(bool, known);
        const PlanMatch match = planFromZone(legacyId, name);
        QCOMPARE(int(match.plan), plan);
        QCOMPARE(match.known, known);
    }

    void limitsTable()
    {
        QCOMPARE(limitsFor(Plan::Free).filesPerRequest, 100);
        QCOMPARE(limitsFor(Plan::Enterprise).filesPerRequest, 500);
        QCOMPARE(limitsFor(Plan::Free).urlsPerSecond, 800);
        QCOMPARE(limitsFor(Plan::Pro).flexRefillPerSecond, 5.0);
        QCOMPARE(limitsFor(Plan::Business).flexBucketSize, 50);
        QCOMPARE(limitsFor(Plan::Free).flexRefillPerSecond * 60, 5.0);
        QCOMPARE(globalLimits().requests, 1200);
    }

    void tokenBucket()
    {
        TokenBucket bucket(25, 5.0 / 60.0, 0); // Free: 25 requests, then 5 a minute
        for (int i = 0; i < 25; ++i)
            QVERIFY(bucket.tryTake(1, 0));
        QVERIFY(!bucket.tryTake(1, 0));
        QCOMPARE(bucket.waitMs(1, 0), 12000);
        QVERIFY(!bucket.tryTake(1, 11999));
        QVERIFY(bucket.tryTake(1, 12000));
        QCOMPARE(bucket.available(12000 + 60000 * 10), 25.0); // capped at capacity

        TokenBucket urls(800, 800, 0);
        QVERIFY(urls.tryTake(500, 0));
        QVERIFY(!urls.tryTake(500, 0));
        QCOMPARE(urls.waitMs(500, 0), 250);
        urls.pauseUntil(1000); // a 429's Retry-After: nothing before it, one request at it
        QVERIFY(!urls.tryTake(1, 500));
        QCOMPARE(urls.waitMs(500, 500), 500);
        QVERIFY(urls.tryTake(500, 1000)); // granted although only 300 have accrued
        QCOMPARE(urls.available(1000), 0.0);
        QCOMPARE(urls.waitMs(100, 1000), 125); // then the normal pace again
    }

    void scenarios_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{") << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"must be a JSON object"_s;
        QTest::newRow("typo") << QByteArray(R"({"latency":5})") << u"unknown key \"latency\""_s;
        QTest::newRow("bad plan") << QByteArray(R"({"zones":[{"name":"a.example","plan":"gold"}]})")
                                  << u"unknown plan \"gold\""_s;
        QTest::newRow("bad zone id") << QByteArray(R"({"zones":[{"name":"a.example","id":"xyz"}]})")
                                     << u"32 lower-case hex"_s;
        QTest::newRow("zone without name") << QByteArray(R"({"zones":[{"plan":"pro"}]})") << u"\"name\" is required"_s;
        QTest::newRow("bad fault kind") << QByteArray(R"({"faults":[{"kind":"explode","nth":1}]})")
                                        << u"unknown fault kind"_s;
        QTest::newRow("fault without trigger")
            << QByteArray(R"({"faults":[{"kind":"html"}]})") << u"needs \"nth\" or \"share\""_s;
        QTest::newRow("bad endpoint") << QByteArray(R"({"faults":[{"kind":"html","nth":1,"endpoint":"dns"}]})")
                                      << u"unknown endpoint"_s;
        QTest::newRow("negative latency") << QByteArray(R"({"latency_ms":-1})") << u"whole number"_s;
        QTest::newRow("share above one") << QByteArray(R"({"faults":[{"kind":"stall","share":1.5}]})")
                                         << u"number from 0 to 1"_s;
    }

    void scenarios()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        Sandbox::Config config = Sandbox::demoConfig();
        const int zonesBefore = int(config.zones.size());
        QString message;
        QVERIFY(!Sandbox::loadScenario(json, config, &message));
        QVERIFY2(message.contains(error), qPrintable(message));
        QCOMPARE(config.zones.size(), zonesBefore); // a rejected scenario changes nothing
    }

    void scenarioLoads()
    {
        Sandbox::Config config = Sandbox::demoConfig();
        QString message;
        const QByteArray json = R"({
            "generate_zones": {"count": 120, "plan": "pro"},
            "tokens": [{"value": "scoped", "zone_read": false, "zones": ["zone-00007.example"]}],
            "latency_ms": 50, "jitter_ms": 5, "seed": 7,
            "limits": {"pro": {"files_per_request": 30, "flex_bucket_size": 3}, "global": {"requests": 10, "window_seconds": 5}},
            "faults": [{"endpoint": "purge_cache", "kind": "rate_limited", "nth": 2, "count": 3, "retry_after": 4}]
        })";
        QVERIFY2(Sandbox::loadScenario(json, config, &message), qPrintable(message));
        QCOMPARE(config.zones.size(), 120);
        QCOMPARE(config.zones.at(6).name, u"zone-00007.example"_s);
        QCOMPARE(config.tokens.size(), 1);
        QCOMPARE(config.tokens.first().zoneIds, QStringList {config.zones.at(6).id});
        QVERIFY(!config.tokens.first().zoneRead);
        QCOMPARE(config.latencyMs, 50);
        QCOMPARE(config.limitsFor(Plan::Pro).filesPerRequest, 30);
        QCOMPARE(config.limitsFor(Plan::Pro).flexBucketSize, 3);
        QCOMPARE(config.limitsFor(Plan::Pro).urlsPerSecond, 1500); // untouched fields keep the table's value
        QCOMPARE(config.global.requests, 10);
        QCOMPARE(config.faults.size(), 1);
        QCOMPARE(config.faults.first().kind, Sandbox::FaultKind::RateLimited);
        QCOMPARE(config.faults.first().retryAfterSeconds, 4);
    }
};

QTEST_GUILESS_MAIN(TestCloudflare)
#include "tst_cloudflare.moc"
