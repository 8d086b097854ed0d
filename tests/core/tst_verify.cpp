#include "cloudflare/apiclient.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"
#include "verify/edgeverifier.h"
#include "verify/purgeagain.h"
#include "verify/verdict.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Verify;
using PurgeDesk::Cloudflare::ApiClient;
using PurgeDesk::Cloudflare::Credentials;
using PurgeDesk::Cloudflare::PurgeRequest;
using PurgeDesk::Purge::PurgeAction;
using PurgeDesk::Purge::PurgeMode;
using Sandbox::EdgeBehaviour;

// The verifier against the sandbox's edge over loopback: every verdict and its advice, purge and
// invalidate, every purge selector, several zones, cancel, and no credential on any request.
class TestVerify final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;

    bool start(const QList<Sandbox::EdgeUrl> &edgeUrls = {})
    {
        m_client.reset();
        Sandbox::Config config = Sandbox::demoConfig();
        config.edgeUrls = edgeUrls;
        m_server = std::make_unique<Sandbox::SandboxServer>(config);
        if (!m_server->start())
            return false;
        m_client = std::make_unique<ApiClient>();
        m_client->setCredentials(Credentials::fromToken(Sandbox::demoToken()));
        return m_client->setApiBase(m_server->baseUrl());
    }

    QString edge() const { return u"http://127.0.0.1:%1"_s.arg(m_server->port()); }

    // Purges through the real API client; true when the sandbox accepted it.
    bool purge(const QString &zone, PurgeMode mode, PurgeAction action, const QStringList &items)
    {
        PurgeRequest request;
        request.action = action;
        if (action == PurgeAction::Files) {
            for (const QString &url : items)
                request.files.append({url, {}});
        } else {
            request.items = items;
        }
        Cloudflare::PurgeJob *job = m_client->purge(Sandbox::hexId(u"zone:"_s + zone), mode, request);
        job->setAutoDelete(false);
        QSignalSpy spy(job, &Cloudflare::ApiJob::finished);
        if (!job->isFinished() && !spy.wait(10000))
            return false;
        const bool ok = job->succeeded();
        delete job;
        return ok;
    }

    // Verifies and waits for the end; the results.
    QList<UrlCheck> verify(const QStringList &urls, PurgeMode mode, const QDateTime &purgedAt,
        std::function<void(EdgeVerifier &)> setUp = {})
    {
        EdgeVerifier verifier;
        QString error;
        if (!verifier.setEdge(edge(), &error))
            qWarning() << error;
        if (setUp)
            setUp(verifier);
        QSignalSpy finished(&verifier, &EdgeVerifier::finished);
        verifier.start(urls, mode, purgedAt);
        if (!finished.wait(30000))
            return {};
        return verifier.results();
    }

    // Warms and waits for the end; the outcomes.
    QList<UrlWarm> warm(const QStringList &urls, std::function<void(EdgeVerifier &)> setUp = {})
    {
        EdgeVerifier verifier;
        if (!verifier.setEdge(edge()))
            return {};
        if (setUp)
            setUp(verifier);
        QSignalSpy finished(&verifier, &EdgeVerifier::warmFinished);
        QSignalSpy verified(&verifier, &EdgeVerifier::finished);
        verifier.warm(urls);
        if (!finished.wait(30000) || !verified.isEmpty())
            return {};
        return verifier.warmResults();
    }

    static void expectNoCredentials(const QList<Sandbox::EdgeRequest> &requests)
    {
        for (const Sandbox::EdgeRequest &request : requests) {
            QVERIFY(!request.headers.contains("authorization"));
            QVERIFY(!request.headers.contains("x-auth-key"));
            QVERIFY(!request.headers.contains("x-auth-email"));
            QVERIFY(!request.headers.contains("cookie"));
            QVERIFY(request.headers.value("user-agent").startsWith("PurgeDesk/"));
        }
    }

    // JSON written with single quotes, for readability.
    static QByteArray quoted(const char *text) { return QByteArray(text).replace('\'', '"'); }

    static Sandbox::EdgeUrl edgeUrl(
        const QString &url, EdgeBehaviour behaviour, const QString &location = {}, const QStringList &tags = {})
    {
        Sandbox::EdgeUrl result;
        result.url = url;
        result.behaviour = behaviour;
        result.location = location;
        result.tags = tags;
        return result;
    }

private Q_SLOTS:
    void initTestCase() { Test::prepare(); }

    void classify_data()
    {
        QTest::addColumn<PurgeMode>("mode");
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("age");
        QTest::addColumn<bool>("ray");
        QTest::addColumn<qint64>("since");
        QTest::addColumn<Verdict>("verdict");
        QTest::newRow("miss after purge")
            << PurgeMode::Purge << u"MISS"_s << qint64(-1) << true << qint64(2) << Verdict::Fresh;
        QTest::newRow("expired after purge")
            << PurgeMode::Purge << u"EXPIRED"_s << qint64(-1) << true << qint64(2) << Verdict::Fresh;
        QTest::newRow("revalidated after invalidate")
            << PurgeMode::Invalidate << u"REVALIDATED"_s << qint64(-1) << true << qint64(2) << Verdict::Fresh;
        QTest::newRow("expired after invalidate")
            << PurgeMode::Invalidate << u"expired"_s << qint64(-1) << true << qint64(2) << Verdict::Fresh;
        QTest::newRow("old hit") << PurgeMode::Purge << u"HIT"_s << qint64(3601) << true << qint64(2)
                                 << Verdict::StillCached;
        QTest::newRow("hit cached again since")
            << PurgeMode::Purge << u"HIT"_s << qint64(1) << true << qint64(2) << Verdict::Fresh;
        QTest::newRow("hit, age equals the time since")
            << PurgeMode::Invalidate << u"HIT"_s << qint64(2) << true << qint64(2) << Verdict::Fresh;
        QTest::newRow("hit, no purge time")
            << PurgeMode::Purge << u"HIT"_s << qint64(0) << true << qint64(-1) << Verdict::StillCached;
        QTest::newRow("hit without age") << PurgeMode::Purge << u"HIT"_s << qint64(-1) << true << qint64(5)
                                         << Verdict::StillCached;
        QTest::newRow("stale") << PurgeMode::Purge << u"STALE"_s << qint64(-1) << true << qint64(5)
                               << Verdict::StillCached;
        QTest::newRow("updating") << PurgeMode::Invalidate << u"UPDATING"_s << qint64(-1) << true << qint64(5)
                                  << Verdict::StillCached;
        QTest::newRow("dynamic") << PurgeMode::Purge << u"DYNAMIC"_s << qint64(-1) << true << qint64(5)
                                 << Verdict::NotCached;
        QTest::newRow("bypass") << PurgeMode::Purge << u"BYPASS"_s << qint64(-1) << true << qint64(5)
                                << Verdict::NotCached;
        QTest::newRow("no status") << PurgeMode::Purge << QString() << qint64(-1) << true << qint64(5)
                                   << Verdict::NotCached;
        QTest::newRow("no ray") << PurgeMode::Purge << u"HIT"_s << qint64(9999) << false << qint64(5)
                                << Verdict::NotCloudflare;
    }

    void classify()
    {
        QFETCH(PurgeMode, mode);
        QFETCH(QString, status);
        QFETCH(qint64, age);
        QFETCH(bool, ray);
        QFETCH(qint64, since);
        QFETCH(Verdict, verdict);
        QCOMPARE(Verify::classify(mode, status, age, ray, since), verdict);
    }

    void summaryWords()
    {
        VerdictCounts counts;
        counts.fresh = 98;
        counts.stillCached = 2;
        QCOMPARE(summary(counts), u"98 fresh, 2 still cached"_s);
        QVERIFY(!counts.allFresh());
        counts.stillCached = 0;
        counts.notCached = 1;
        QCOMPARE(summary(counts), u"98 fresh, 1 not cached"_s);
        QVERIFY(counts.allFresh());
        QCOMPARE(summary({}), u"no URL"_s);
        QCOMPARE(Purge::toName(Verdict::StillCached), u"still_cached"_s);
        QCOMPARE(Purge::toName(Verdict::NotCloudflare), u"not_cloudflare"_s);
    }

    void edgeAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("sandbox") << u"http://127.0.0.1:8787"_s << u"http://127.0.0.1:8787"_s;
        QTest::newRow("localhost, slash") << u"http://LOCALHOST:9/"_s << u"http://localhost:9"_s;
        QTest::newRow("staging edge") << u"https://Staging.Example.com"_s << u"https://staging.example.com"_s;
        QTest::newRow("http elsewhere") << u"http://edge.example.com"_s << QString();
        QTest::newRow("path") << u"https://edge.example.com/x"_s << QString();
        QTest::newRow("user info") << u"https://me@edge.example.com"_s << QString();
        QTest::newRow("query") << u"https://edge.example.com?a=1"_s << QString();
        QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << QString();
        QTest::newRow("not a URL") << u"edge"_s << QString();
    }

    void edgeAddress()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const EdgeCheck check = checkEdge(text);
        QCOMPARE(check.ok(), !expected.isEmpty());
        if (check.ok())
            QCOMPARE(check.url.toString(), expected);
        else
            QVERIFY(check.error.contains(text));
    }

    // Before any purge every URL is a HIT an hour old: still cached, with the advice.
    void stillCachedBeforePurge()
    {
        QVERIFY(start());
        const QList<UrlCheck> checks
            = verify({u"https://example.com/app.js"_s}, PurgeMode::Purge, QDateTime::currentDateTimeUtc());
        QCOMPARE(checks.size(), 1);
        const UrlCheck &check = checks.first();
        QCOMPARE(check.verdict, Verdict::StillCached);
        QCOMPARE(check.cacheStatus, u"HIT"_s);
        QVERIFY2(check.ageSeconds >= 3600, qPrintable(QString::number(check.ageSeconds)));
        QVERIFY(!check.ray.isEmpty());
        QCOMPARE(check.httpStatus, 200);
        const QString text = advice(check);
        QVERIFY2(text.contains(u"cache-key variant"_s) && text.contains(u"Transform Rule"_s)
                && text.contains(u"another zone"_s),
            qPrintable(text));
        QCOMPARE(verdictText(check.verdict), u"still cached"_s);
    }

    // A URL purge: the next GET is a MISS (fresh), the one after a HIT with Age 0 (still fresh).
    void purgeThenVerify()
    {
        QVERIFY(start());
        const QStringList urls = {u"https://example.com/app.js"_s, u"https://example.com/app.css?v=2"_s};
        const QDateTime purgedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(purge(u"example.com"_s, PurgeMode::Purge, PurgeAction::Files, urls));
        QElapsedTimer sinceMiss;
        sinceMiss.start();
        QList<UrlCheck> checks = verify(urls, PurgeMode::Purge, purgedAt);
        QCOMPARE(checks.size(), 2);
        for (const UrlCheck &check : std::as_const(checks)) {
            QCOMPARE(check.verdict, Verdict::Fresh);
            QCOMPARE(check.cacheStatus, u"MISS"_s);
            QVERIFY(advice(check).isEmpty());
        }
        checks = verify(urls, PurgeMode::Purge, purgedAt);
        for (const UrlCheck &check : std::as_const(checks)) {
            QCOMPARE(check.cacheStatus, u"HIT"_s);
            // Cached by the MISS above: as old as the time since (whole seconds; a busy machine may take one).
            QVERIFY2(check.ageSeconds >= 0 && check.ageSeconds <= sinceMiss.elapsed() / 1000 + 1,
                qPrintable(QString::number(check.ageSeconds)));
            QCOMPARE(check.verdict, Verdict::Fresh); // cached again since the purge
        }
        // Another URL of the zone was not purged.
        checks = verify({u"https://example.com/other.js"_s}, PurgeMode::Purge, purgedAt);
        QCOMPARE(checks.first().verdict, Verdict::StillCached);
        // The edge saw the URLs' own hosts and paths.
        const QList<Sandbox::EdgeRequest> requests = m_server->edgeRequests();
        QCOMPARE(requests.size(), 5);
        QCOMPARE(requests.first().host, u"example.com"_s);
        QVERIFY(requests.at(0).target == "/app.js" || requests.at(1).target == "/app.js");
        QVERIFY(requests.at(0).target == "/app.css?v=2" || requests.at(1).target == "/app.css?v=2");
    }

    void invalidateThenVerify()
    {
        QVERIFY(start({edgeUrl(u"https://example.com/tiered.js"_s, EdgeBehaviour::Expired)}));
        const QStringList urls = {u"https://example.com/page"_s, u"https://example.com/tiered.js"_s};
        const QDateTime purgedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(purge(u"example.com"_s, PurgeMode::Invalidate, PurgeAction::Files, urls));
        const QList<UrlCheck> checks = verify(urls, PurgeMode::Invalidate, purgedAt);
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(0).cacheStatus, u"REVALIDATED"_s);
        QCOMPARE(checks.at(0).verdict, Verdict::Fresh);
        QCOMPARE(checks.at(1).cacheStatus, u"EXPIRED"_s);
        QCOMPARE(checks.at(1).verdict, Verdict::Fresh);
    }

    // Hosts, prefixes, tags and everything reach the URLs they cover, and only those.
    void otherSelectors_data()
    {
        QTest::addColumn<PurgeAction>("action");
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<QStringList>("fresh");
        QTest::addColumn<QStringList>("stale");
        QTest::newRow("hosts") << PurgeAction::Hosts << QStringList {u"www.example.com"_s}
                               << QStringList {u"https://www.example.com/a"_s, u"https://WWW.example.com/b/c"_s}
                               << QStringList {u"https://example.com/a"_s, u"https://cdn.example.com/a"_s};
        QTest::newRow("prefixes") << PurgeAction::Prefixes << QStringList {u"example.com/blog/"_s}
                                  << QStringList {u"https://example.com/blog/post-1"_s,
                                         u"https://example.com/blog/?p=2"_s}
                                  << QStringList {
                                         u"https://example.com/blogroll"_s, u"https://www.example.com/blog/x"_s};
        QTest::newRow("tags") << PurgeAction::Tags << QStringList {u"Product-42"_s}
                              << QStringList {u"https://example.com/p/42"_s, u"https://example.com/p/42.json"_s}
                              << QStringList {u"https://example.com/p/43"_s};
        QTest::newRow("everything") << PurgeAction::Everything << QStringList()
                                    << QStringList {u"https://example.com/x"_s, u"https://a.b.example.com/y?z"_s}
                                    << QStringList {u"https://example.net/x"_s};
    }

    void otherSelectors()
    {
        QFETCH(PurgeAction, action);
        QFETCH(QStringList, items);
        QFETCH(QStringList, fresh);
        QFETCH(QStringList, stale);
        QVERIFY(start({edgeUrl(u"https://example.com/p/42"_s, EdgeBehaviour::Cached, {}, {u"product-42"_s}),
            edgeUrl(u"https://example.com/p/42.json"_s, EdgeBehaviour::Cached, {}, {u"x"_s, u"PRODUCT-42"_s}),
            edgeUrl(u"https://example.com/p/43"_s, EdgeBehaviour::Cached, {}, {u"product-43"_s})}));
        const QDateTime purgedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(purge(u"example.com"_s, PurgeMode::Purge, action, items));
        const QList<UrlCheck> checks = verify(fresh + stale, PurgeMode::Purge, purgedAt);
        QCOMPARE(checks.size(), fresh.size() + stale.size());
        for (const UrlCheck &check : checks) {
            const Verdict expected = fresh.contains(check.url) ? Verdict::Fresh : Verdict::StillCached;
            QVERIFY2(check.verdict == expected, qPrintable(check.url + u": "_s + check.cacheStatus));
        }
    }

    // URLs of several zones verified at once; a purge sent to another zone leaves the URL cached.
    void severalZones()
    {
        QVERIFY(start());
        const QDateTime purgedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(purge(u"example.com"_s, PurgeMode::Purge, PurgeAction::Files, {u"https://example.com/a.js"_s}));
        QVERIFY(purge(u"example.net"_s, PurgeMode::Purge, PurgeAction::Files, {u"https://example.net/a.js"_s}));
        QVERIFY(purge(u"shop.example"_s, PurgeMode::Purge, PurgeAction::Files, {u"https://shop.example/cart"_s}));
        // The wrong zone: Cloudflare accepts it, and nothing is evicted.
        QVERIFY(purge(u"example.com"_s, PurgeMode::Purge, PurgeAction::Files, {u"https://example.org/a.js"_s}));
        const QList<UrlCheck> checks = verify({u"https://example.com/a.js"_s, u"https://example.net/a.js"_s,
                                                  u"https://shop.example/cart"_s, u"https://example.org/a.js"_s},
            PurgeMode::Purge, purgedAt);
        QCOMPARE(checks.size(), 4);
        QCOMPARE(checks.at(0).verdict, Verdict::Fresh);
        QCOMPARE(checks.at(1).verdict, Verdict::Fresh);
        QCOMPARE(checks.at(2).verdict, Verdict::Fresh);
        QCOMPARE(checks.at(3).verdict, Verdict::StillCached);
        const VerdictCounts counts = countVerdicts(checks);
        QCOMPARE(counts.fresh, 3);
        QCOMPARE(counts.stillCached, 1);
        QCOMPARE(summary(counts), u"3 fresh, 1 still cached"_s);
    }

    // Every verdict other than fresh, and the advice that goes with it.
    void verdictsAndAdvice()
    {
        QVERIFY(start({edgeUrl(u"https://example.com/variant"_s, EdgeBehaviour::Variant),
            edgeUrl(u"https://example.com/dynamic"_s, EdgeBehaviour::Dynamic),
            edgeUrl(u"https://example.com/bypass"_s, EdgeBehaviour::Bypass),
            edgeUrl(u"https://example.com/old"_s, EdgeBehaviour::Redirect, u"https://example.com/new"_s),
            edgeUrl(u"https://example.com/direct"_s, EdgeBehaviour::NoRay),
            edgeUrl(u"https://example.com/reset"_s, EdgeBehaviour::Reset),
            edgeUrl(u"https://example.com/stall"_s, EdgeBehaviour::Stall)}));
        const QStringList urls = {u"https://example.com/variant"_s, u"https://example.com/dynamic"_s,
            u"https://example.com/bypass"_s, u"https://example.com/old"_s, u"https://example.com/direct"_s,
            u"https://elsewhere.test/page"_s, u"https://example.com/reset"_s, u"https://example.com/stall"_s};
        const QDateTime purgedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(purge(u"example.com"_s, PurgeMode::Purge, PurgeAction::Files, urls));
        const QList<UrlCheck> checks
            = verify(urls, PurgeMode::Purge, purgedAt, [](EdgeVerifier &verifier) { verifier.setTimeoutMs(500); });
        QCOMPARE(checks.size(), urls.size());

        QCOMPARE(checks.at(0).verdict, Verdict::StillCached); // another cache-key variant
        QVERIFY(advice(checks.at(0)).contains(u"device type"_s));

        QCOMPARE(checks.at(1).verdict, Verdict::NotCached);
        QCOMPARE(checks.at(1).cacheStatus, u"DYNAMIC"_s);
        QVERIFY(advice(checks.at(1)).contains(u"nothing to purge"_s));
        QCOMPARE(checks.at(2).verdict, Verdict::NotCached);
        QVERIFY(advice(checks.at(2)).contains(u"bypassed"_s));

        // The redirect itself was purged (MISS), reported, not followed.
        QCOMPARE(checks.at(3).httpStatus, 301);
        QCOMPARE(checks.at(3).location, u"https://example.com/new"_s);
        QCOMPARE(checks.at(3).verdict, Verdict::Fresh);

        QCOMPARE(checks.at(4).verdict, Verdict::NotCloudflare);
        QVERIFY(advice(checks.at(4)).contains(u"CF-Ray"_s));
        QCOMPARE(checks.at(5).verdict, Verdict::NotCloudflare); // a host in no zone

        QCOMPARE(checks.at(6).verdict, Verdict::Unreachable);
        QVERIFY2(!checks.at(6).error.isEmpty(), "the network error in words");
        QVERIFY(advice(checks.at(6)).contains(checks.at(6).error));
        QCOMPARE(checks.at(7).verdict, Verdict::Unreachable);
        // "1 second" with the English plural forms the window and CLI load; core tests run without them.
        QVERIFY2(checks.at(7).error.startsWith(u"no answer within 1 second"_s), qPrintable(checks.at(7).error));

        // Nothing followed the redirect to /new.
        for (const Sandbox::EdgeRequest &request : m_server->edgeRequests())
            QVERIFY(request.target != "/new");
    }

    // A cached redirect that the purge did not reach: still cached, and the advice names the target.
    void staleRedirect()
    {
        QVERIFY(start({edgeUrl(u"https://example.com/old"_s, EdgeBehaviour::Redirect, u"https://example.com/new"_s)}));
        const QList<UrlCheck> checks
            = verify({u"https://example.com/old"_s}, PurgeMode::Purge, QDateTime::currentDateTimeUtc());
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.first().verdict, Verdict::StillCached);
        QVERIFY(advice(checks.first()).contains(u"redirects to https://example.com/new"_s));
    }

    // No request carries a credential or a cookie, though the edge sets one on every answer; each
    // says who it is; no more than the concurrency limit at once.
    void noCredentials()
    {
        QVERIFY(start());
        m_server->setLatency(20, 0);
        QStringList urls;
        for (int i = 0; i < 24; ++i)
            urls << u"https://example.com/asset-%1.js"_s.arg(i);
        QVERIFY(purge(u"example.com"_s, PurgeMode::Purge, PurgeAction::Files, urls));
        const QDateTime purgedAt = QDateTime::currentDateTimeUtc();
        // The same verifier twice: the second round would send back any cookie kept from the first.
        EdgeVerifier verifier;
        QVERIFY(verifier.setEdge(edge()));
        for (int round = 0; round < 2; ++round) {
            QSignalSpy finished(&verifier, &EdgeVerifier::finished);
            verifier.start(urls, PurgeMode::Purge, purgedAt);
            QVERIFY(finished.wait(30000));
            QCOMPARE(verifier.counts().fresh, 24);
        }
        const QList<Sandbox::EdgeRequest> requests = m_server->edgeRequests();
        QCOMPARE(requests.size(), 48);
        for (const Sandbox::EdgeRequest &request : requests) {
            QVERIFY(!request.headers.contains("authorization"));
            QVERIFY(!request.headers.contains("x-auth-key"));
            QVERIFY(!request.headers.contains("x-auth-email"));
            QVERIFY(!request.headers.contains("cookie"));
            QVERIFY(request.headers.value("user-agent").startsWith("PurgeDesk/"));
        }
        const Sandbox::Counters counters = m_server->counters();
        QVERIFY2(counters.maxInFlight <= EdgeVerifier::DefaultConcurrency,
            qPrintable(QString::number(counters.maxInFlight)));
        QCOMPARE(counters.edgeRequests, 48);
    }

    // Cancel while requests wait for an answer: every URL ends not checked, finished() once.
    void cancelDuringVerify()
    {
        QList<Sandbox::EdgeUrl> stalls;
        QStringList urls;
        for (int i = 0; i < 10; ++i) {
            urls << u"https://example.com/slow-%1"_s.arg(i);
            stalls << edgeUrl(urls.last(), EdgeBehaviour::Stall);
        }
        QVERIFY(start(stalls));
        EdgeVerifier verifier;
        QVERIFY(verifier.setEdge(edge()));
        verifier.setConcurrency(2);
        QSignalSpy finished(&verifier, &EdgeVerifier::finished);
        QSignalSpy checked(&verifier, &EdgeVerifier::checked);
        verifier.start(urls, PurgeMode::Purge, QDateTime::currentDateTimeUtc());
        QTRY_COMPARE(m_server->counters().edgeRequests, 2);
        QVERIFY(verifier.isRunning());
        verifier.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!verifier.isRunning());
        QCOMPARE(checked.size(), 2); // the two in flight
        QCOMPARE(verifier.counts().notChecked, 10);
        QCOMPARE(advice(verifier.results().first()), u"The verification was cancelled before this URL was checked."_s);
        QVERIFY(!verifier.counts().allFresh());
        // Nothing more is sent after a cancel.
        QTest::qWait(0);
        QCOMPARE(m_server->counters().edgeRequests, 2);
        QCOMPARE(finished.size(), 1);
    }

    // Warm right after a purge: the warm-up's GET is the MISS that fetches from the origin, its body
    // is read to the end, and the next fetch is a HIT with a young Age (without the warm-up it would
    // be the MISS).
    void warmAfterPurge()
    {
        QVERIFY(start());
        const QStringList urls = {u"https://example.com/app.js"_s, u"https://example.com/app.css?v=2"_s};
        const QDateTime purgedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(purge(u"example.com"_s, PurgeMode::Purge, PurgeAction::Files, urls));
        QElapsedTimer sinceWarm;
        sinceWarm.start();
        const QList<UrlWarm> warms = warm(urls);
        QCOMPARE(warms.size(), 2);
        for (const UrlWarm &result : warms) {
            QCOMPARE(result.outcome, WarmOutcome::Warmed);
            QCOMPARE(result.httpStatus, 200);
            QCOMPARE(result.cacheStatus, u"MISS"_s);
            QVERIFY(result.error.isEmpty());
            // The whole body was read (and thrown away): the sandbox's edge names the cache key.
            const QString key
                = QUrl(result.url).host() + QUrl(result.url).toString(QUrl::RemoveScheme | QUrl::RemoveAuthority);
            QCOMPARE(result.bytes, qint64(QByteArray("The sandbox's edge: " + key.toUtf8() + '\n').size()));
        }
        QCOMPARE(countWarms(warms).warmed, 2);
        QCOMPARE(warmSummary(countWarms(warms)), u"2 warmed"_s);
        QCOMPARE(m_server->counters().edgeRequests, 2);
        const QList<UrlCheck> checks = verify(urls, PurgeMode::Purge, purgedAt);
        for (const UrlCheck &check : checks) {
            QCOMPARE(check.cacheStatus, u"HIT"_s);
            // Cached by the warm-up: as old as the time since (whole seconds, one more on a busy machine).
            QVERIFY2(check.ageSeconds >= 0 && check.ageSeconds <= sinceWarm.elapsed() / 1000 + 1,
                qPrintable(QString::number(check.ageSeconds)));
            QCOMPARE(check.verdict, Verdict::Fresh);
        }
    }

    // As the window and the CLI do it: verify, then warm the fresh URLs only, with the same verifier.
    void verifyThenWarmTheFresh()
    {
        QVERIFY(start({edgeUrl(u"https://example.com/variant"_s, EdgeBehaviour::Variant)}));
        const QStringList urls
            = {u"https://example.com/a"_s, u"https://example.com/variant"_s, u"https://example.com/b"_s};
        const QDateTime purgedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(purge(u"example.com"_s, PurgeMode::Purge, PurgeAction::Files, urls));
        EdgeVerifier verifier;
        QVERIFY(verifier.setEdge(edge()));
        QSignalSpy verified(&verifier, &EdgeVerifier::finished);
        QSignalSpy warmed(&verifier, &EdgeVerifier::warmed);
        QSignalSpy warmFinished(&verifier, &EdgeVerifier::warmFinished);
        verifier.start(urls, PurgeMode::Purge, purgedAt);
        QVERIFY(verified.wait(30000));
        const QStringList fresh = freshUrls(verifier.results());
        QCOMPARE(fresh, QStringList({u"https://example.com/a"_s, u"https://example.com/b"_s}));
        verifier.warm(fresh);
        QVERIFY(verifier.isWarming());
        QVERIFY(warmFinished.wait(30000));
        QVERIFY(!verifier.isRunning());
        QCOMPARE(verified.size(), 1); // the warm-up ends with warmFinished() only
        QCOMPARE(warmed.size(), 2);
        // The verdicts stay; the warm-up has its own results.
        QCOMPARE(verifier.results().size(), 3);
        QCOMPARE(verifier.counts().fresh, 2);
        QCOMPARE(verifier.warmResults().size(), 2);
        QCOMPARE(verifier.warmCounts().warmed, 2);
        QCOMPARE(verifier.warmResults().at(1).url, u"https://example.com/b"_s);
        // The verification's MISS cached them again: the warm-up found them cached.
        QCOMPARE(verifier.warmResults().at(0).cacheStatus, u"HIT"_s);
        QList<QByteArray> targets;
        for (const Sandbox::EdgeRequest &request : m_server->edgeRequests())
            targets << request.target;
        QCOMPARE(targets.size(), 5);
        QCOMPARE(targets.count("/variant"), 1); // a URL still cached is not warmed
        QCOMPARE(targets.count("/a"), 2);
        expectNoCredentials(m_server->edgeRequests());
    }

    // A URL the warm-up could not warm says why; the others are warmed.
    void warmFailures()
    {
        QVERIFY(start({edgeUrl(u"https://example.com/dynamic"_s, EdgeBehaviour::Dynamic),
            edgeUrl(u"https://example.com/direct"_s, EdgeBehaviour::NoRay),
            edgeUrl(u"https://example.com/reset"_s, EdgeBehaviour::Reset),
            edgeUrl(u"https://example.com/stall"_s, EdgeBehaviour::Stall)}));
        const QStringList urls
            = {u"https://example.com/ok"_s, u"https://example.com/dynamic"_s, u"https://example.com/direct"_s,
                u"https://example.com/reset"_s, u"https://example.com/stall"_s, u"example.com/relative"_s};
        const QList<UrlWarm> warms = warm(urls, [](EdgeVerifier &verifier) { verifier.setTimeoutMs(500); });
        QCOMPARE(warms.size(), urls.size());
        QCOMPARE(warms.at(0).outcome, WarmOutcome::Warmed);
        QCOMPARE(warms.at(0).cacheStatus, u"HIT"_s); // never purged: cached all along
        QCOMPARE(warms.at(1).outcome, WarmOutcome::Failed);
        QCOMPARE(warms.at(1).error, u"Cloudflare keeps no copy (DYNAMIC)"_s);
        QCOMPARE(warms.at(2).outcome, WarmOutcome::Failed);
        QVERIFY2(warms.at(2).error.contains(u"CF-Ray"_s), qPrintable(warms.at(2).error));
        QCOMPARE(warms.at(3).outcome, WarmOutcome::Failed);
        QVERIFY2(!warms.at(3).error.isEmpty(), "the network error in words");
        QCOMPARE(warms.at(4).outcome, WarmOutcome::Failed);
        QVERIFY2(warms.at(4).error.startsWith(u"no answer within 1 second"_s), qPrintable(warms.at(4).error));
        QCOMPARE(warms.at(5).outcome, WarmOutcome::Failed);
        QCOMPARE(warms.at(5).error, u"not an absolute http:// or https:// URL"_s);
        QCOMPARE(warmSummary(countWarms(warms)), u"1 warmed, 5 failed to warm"_s);
        QCOMPARE(warmProblem(404, u"MISS"_s, true), u"the edge answered HTTP 404"_s);
        QVERIFY(warmProblem(301, u"HIT"_s, true).isEmpty()); // a cached redirect is warm too
        QVERIFY(warmProblem(200, u"EXPIRED"_s, true).isEmpty());
        QVERIFY(!warmProblem(200, QString(), true).isEmpty());
    }

    // The warm-up's requests carry no credential or cookie (the edge sets one on every answer), say
    // who they are, keep to the concurrency limit and to the rate: 12 URLs at 20 a second take at
    // least 11 intervals of 50 ms.
    void warmIsPlainAndPaced()
    {
        QVERIFY(start());
        QStringList urls;
        for (int i = 0; i < 12; ++i)
            urls << u"https://example.com/page-%1"_s.arg(i);
        EdgeVerifier verifier;
        QVERIFY(verifier.setEdge(edge()));
        QCOMPARE(verifier.warmRate(), EdgeVerifier::DefaultWarmRatePerSecond);
        verifier.setWarmRate(20);
        verifier.setConcurrency(3);
        // A verification first, so that a kept cookie would go back with the warm-up.
        QSignalSpy verified(&verifier, &EdgeVerifier::finished);
        verifier.start(urls, PurgeMode::Purge);
        QVERIFY(verified.wait(30000));
        QSignalSpy warmFinished(&verifier, &EdgeVerifier::warmFinished);
        QElapsedTimer clock;
        clock.start();
        verifier.warm(urls);
        QVERIFY(warmFinished.wait(30000));
        const qint64 took = clock.elapsed();
        QCOMPARE(verifier.warmCounts().warmed, 12);
        QVERIFY2(took >= 11 * 50 - 20, qPrintable(QString::number(took)));
        const QList<Sandbox::EdgeRequest> requests = m_server->edgeRequests();
        QCOMPARE(requests.size(), 24);
        expectNoCredentials(requests);
        QVERIFY(m_server->counters().maxInFlight <= 3);
    }

    // Cancel while warm-up requests wait: every URL ends not warmed, warmFinished() once.
    void cancelDuringWarm()
    {
        QList<Sandbox::EdgeUrl> stalls;
        QStringList urls;
        for (int i = 0; i < 4; ++i) {
            urls << u"https://example.com/slow-%1"_s.arg(i);
            stalls << edgeUrl(urls.last(), EdgeBehaviour::Stall);
        }
        QVERIFY(start(stalls));
        EdgeVerifier verifier;
        QVERIFY(verifier.setEdge(edge()));
        verifier.setConcurrency(2);
        verifier.setWarmRate(1000);
        QSignalSpy finished(&verifier, &EdgeVerifier::warmFinished);
        QSignalSpy warmed(&verifier, &EdgeVerifier::warmed);
        verifier.warm(urls);
        QTRY_COMPARE(m_server->counters().edgeRequests, 2);
        QVERIFY(verifier.isWarming());
        verifier.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(warmed.size(), 2); // the two in flight
        QCOMPARE(verifier.warmCounts().notWarmed, 4);
        QCOMPARE(warmSummary(verifier.warmCounts()), u"4 not warmed"_s);
        QCOMPARE(Purge::toName(WarmOutcome::NotWarmed), u"not_warmed"_s);
        QTest::qWait(50);
        QCOMPARE(m_server->counters().edgeRequests, 2);
    }

    // Purge Again: the still-cached URLs as they were purged, in their zones, with the device-type
    // variants when asked for.
    void purgeAgainSpecs()
    {
        Purge::PurgeSpec com;
        com.profile = u"work"_s;
        com.zone.id = u"zone-com"_s;
        com.mode = PurgeMode::Invalidate;
        const auto item = [](const QString &url, const QList<QPair<QString, QString>> &headers = {}) {
            Purge::Item result;
            result.value = url;
            result.headers = headers;
            result.line = 7;
            return result;
        };
        com.items = {item(u"https://example.com/a"_s),
            item(u"https://example.com/a"_s, {{u"CF-Device-Type"_s, u"mobile"_s}}), item(u"https://example.com/b"_s)};
        Purge::PurgeSpec net = com;
        net.zone.id = u"zone-net"_s;
        net.items = {item(u"https://example.net/c"_s)};
        Purge::PurgeSpec org = com;
        org.zone.id = u"zone-org"_s;
        org.items = {item(u"https://example.org/d"_s)};

        const QStringList urls = {u"https://example.com/a"_s, u"https://example.net/c"_s};
        QList<Purge::PurgeSpec> specs = Verify::purgeAgainSpecs({com, net, org}, urls, false);
        QCOMPARE(specs.size(), 2); // example.org had none of them
        QCOMPARE(specs.at(0).zone.id, u"zone-com"_s);
        QCOMPARE(specs.at(0).mode, PurgeMode::Invalidate);
        QCOMPARE(specs.at(0).profile, u"work"_s);
        QCOMPARE(specs.at(0).items.size(), 2); // as purged: plain and mobile; not /b
        QCOMPARE(specs.at(0).items.at(1).headers.size(), 1);
        QCOMPARE(specs.at(0).items.at(1).line, 2);
        QCOMPARE(specs.at(1).items.size(), 1);
        QCOMPARE(specs.at(1).items.first().value, u"https://example.net/c"_s);

        specs = Verify::purgeAgainSpecs({com, net, org}, urls, true);
        QCOMPARE(specs.size(), 2);
        QStringList devices;
        for (const Purge::Item &purged : specs.at(0).items) {
            QCOMPARE(purged.value, u"https://example.com/a"_s);
            devices << (purged.headers.isEmpty() ? u"-"_s : purged.headers.first().second);
        }
        QCOMPARE(devices, QStringList({u"-"_s, u"mobile"_s, u"tablet"_s, u"desktop"_s})); // mobile once
        QCOMPARE(specs.at(1).items.size(), 4);
        QCOMPARE(specs.at(1).items.at(3).headers.first(), qMakePair(u"CF-Device-Type"_s, u"desktop"_s));

        Purge::PurgeSpec hosts = com;
        hosts.action = PurgeAction::Hosts;
        QVERIFY(Verify::purgeAgainSpecs({hosts}, urls, true).isEmpty());
    }

    void emptyList()
    {
        EdgeVerifier verifier;
        QSignalSpy finished(&verifier, &EdgeVerifier::finished);
        verifier.start({}, PurgeMode::Purge);
        QVERIFY(finished.wait(5000));
        QCOMPARE(verifier.results().size(), 0);
    }

    // The scenario file's "edge" section, read strictly.
    void scenario()
    {
        Sandbox::Config config = Sandbox::demoConfig();
        QString error;
        const QByteArray scenario = quoted("{'edge': [{'url': 'https://example.com/m', 'behaviour': 'variant'},"
                                           " {'url': 'https://example.com/old', 'behaviour': 'redirect',"
                                           "  'location': 'https://example.com/new'},"
                                           " {'url': 'https://example.com/p', 'tags': ['a', 'b']}]}");
        QVERIFY2(Sandbox::loadScenario(scenario, config, &error), qPrintable(error));
        QCOMPARE(config.edgeUrls.size(), 3);
        QCOMPARE(config.edgeUrls.at(0).behaviour, EdgeBehaviour::Variant);
        QCOMPARE(config.edgeUrls.at(1).location, u"https://example.com/new"_s);
        QCOMPARE(config.edgeUrls.at(2).behaviour, EdgeBehaviour::Cached);
        QCOMPARE(config.edgeUrls.at(2).tags, QStringList({u"a"_s, u"b"_s}));

        const QList<QByteArray> bad = {quoted("{'edge': {}}"), quoted("{'edge': [{'behaviour': 'hit'}]}"),
            quoted("{'edge': [{'url': 'https://example.com/', 'behaviour': 'sometimes'}]}"),
            quoted("{'edge': [{'url': 'example.com/a'}]}"),
            quoted("{'edge': [{'url': 'https://example.com/', 'behaviour': 'redirect'}]}"),
            quoted("{'edge': [{'url': 'https://example.com/', 'colour': 'red'}]}"),
            quoted("{'edge': [{'url': 'https://example.com/', 'tags': 'a'}]}")};
        for (const QByteArray &json : bad) {
            Sandbox::Config untouched = Sandbox::demoConfig();
            error.clear();
            QVERIFY2(!Sandbox::loadScenario(json, untouched, &error), json.constData());
            QVERIFY(!error.isEmpty());
            QVERIFY(untouched.edgeUrls.isEmpty());
        }
    }

    void notAUrl()
    {
        QVERIFY(start());
        const QList<UrlCheck> checks = verify({u"example.com/a"_s}, PurgeMode::Purge, {});
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.first().verdict, Verdict::Unreachable);
        QCOMPARE(m_server->counters().edgeRequests, 0);
    }
};

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
