#include "cloudflare/apiclient.h"
#include "purge/runner.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QSet>
#include <QTest>

#include <limits>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Purge;
using PurgeDesk::Cloudflare::ApiClient;
using PurgeDesk::Cloudflare::Credentials;
using Sandbox::Fault;
using Sandbox::FaultKind;

class TestRunner final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;

    bool start(const Sandbox::Config &config = Sandbox::demoConfig(), const QString &token = Sandbox::demoToken())
    {
        m_client.reset();
        m_server = std::make_unique<Sandbox::SandboxServer>(config);
        if (!m_server->start())
            return false;
        m_client = std::make_unique<ApiClient>();
        m_client->setCredentials(Credentials::fromToken(token));
        return m_client->setApiBase(m_server->baseUrl());
    }

    PurgeSpec spec(PurgeAction action, int count, const QString &zoneName = u"example.com"_s)
    {
        PurgeSpec result;
        for (const Sandbox::Zone &zone : m_server->config().zones) {
            if (zone.name == zoneName)
                result.zone = {zone.id, zone.name, zone.accountId, zone.plan, true};
        }
        result.action = action;
        for (int i = 0; i < count; ++i) {
            const QString value = action == PurgeAction::Files ? u"https://%1/asset-%2.js"_s.arg(zoneName).arg(i)
                : action == PurgeAction::Tags                  ? u"tag-%1"_s.arg(i)
                                                               : u"h%1.%2"_s.arg(i).arg(zoneName);
            result.items.append({value, {}, i + 1});
        }
        return result;
    }

    // A fresh limiter per test, so tests do not share rate-limit state.
    static std::shared_ptr<RateLimiter> limiter() { return std::make_shared<RateLimiter>(); }

    static Runner::Options fast()
    {
        Runner::Options options;
        options.backoffBaseMs = 20;
        options.backoffMaxMs = 100;
        return options;
    }

    static bool run(Runner &runner, int timeoutMs = 30000)
    {
        runner.start();
        return QTest::qWaitFor([&] { return runner.isFinished(); }, timeoutMs);
    }

    // Every item in exactly one final state, and the counts agree with the items.
    static void verifyAccounting(const Runner &runner)
    {
        int done = 0, failed = 0, notSent = 0;
        for (const ItemOutcome &item : runner.items()) {
            QVERIFY(item.state != ItemState::Pending);
            done += item.state == ItemState::Done;
            failed += item.state == ItemState::Failed;
            notSent += item.state == ItemState::NotSent;
            if (item.state == ItemState::Done)
                QVERIFY(!item.purgeId.isEmpty());
            else
                QVERIFY(!item.reason.isEmpty());
        }
        QCOMPARE(done, runner.counters().done);
        QCOMPARE(failed, runner.counters().failed);
        QCOMPARE(notSent, runner.counters().notSent);
        QCOMPARE(done + failed + notSent, runner.counters().items);
        QCOMPARE(runner.counters().pending, 0);
        QString why;
        QVERIFY2(runner.counters().consistent(&why), qPrintable(why));
    }

    // What the sandbox accepted, item by item.
    QStringList accepted() const
    {
        QStringList items;
        for (const Sandbox::PurgeRecord &record : m_server->purges())
            items += record.items;
        return items;
    }

    static QStringList values(const PurgeSpec &spec)
    {
        QStringList list;
        for (const Item &item : spec.items)
            list << item.value;
        return list;
    }

    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        PurgeDesk::Test::forgetAccountLimits();
    }

    void everyItemDone()
    {
        QVERIFY(start());
        const PurgeSpec purge = spec(PurgeAction::Files, 250);
        Runner runner(m_client.get(), limiter(), purge, fast());
        QList<int> finishedBatches;
        connect(&runner, &Runner::batchFinished, &runner, [&](int index) { finishedBatches << index; });
        QVERIFY(run(runner));
        QCOMPARE(runner.outcome(), Runner::Outcome::Done);
        verifyAccounting(runner);
        QCOMPARE(runner.counters().done, 250);
        QCOMPARE(runner.counters().requestsPlanned, 3);
        QCOMPARE(runner.counters().requestsSent, 3);
        QCOMPARE(runner.counters().attempts, 3);
        QCOMPARE(m_server->purges().size(), 3);
        const QStringList sent = accepted();
        QCOMPARE(QSet<QString>(sent.cbegin(), sent.cend()).size(), 250);
        QCOMPARE(sent.size(), 250);
        QSet<QString> ids;
        for (const Sandbox::PurgeRecord &record : m_server->purges())
            ids << record.purgeId;
        const QStringList runIds = runner.purgeIds();
        QCOMPARE(QSet<QString>(runIds.cbegin(), runIds.cend()), ids);
        std::sort(finishedBatches.begin(), finishedBatches.end());
        QCOMPARE(finishedBatches, (QList<int> {0, 1, 2})); // each request settles once
    }

    void everythingAndInvalidate()
    {
        QVERIFY(start());
        PurgeSpec purge = spec(PurgeAction::Everything, 0);
        purge.mode = Cloudflare::PurgeMode::Invalidate;
        Runner runner(m_client.get(), limiter(), purge, fast());
        QVERIFY(run(runner));
        QCOMPARE(runner.outcome(), Runner::Outcome::Done);
        QCOMPARE(m_server->purges().size(), 1);
        QCOMPARE(m_server->purges().first().selector, u"everything"_s);
        QCOMPARE(m_server->purges().first().mode, u"invalidate"_s);
    }

    void rateLimitedBatchesAreRequeuedNeverDropped()
    {
        QVERIFY(start());
        const Fault burst = PurgeDesk::Test::purgeFault(FaultKind::RateLimited, 1, 3, 1);
        m_server->setFaults({burst});
        const PurgeSpec purge = spec(PurgeAction::Tags, 300);
        Runner runner(m_client.get(), limiter(), purge, fast());
        QVERIFY(run(runner));
        QCOMPARE(runner.outcome(), Runner::Outcome::Done);
        verifyAccounting(runner);
        QCOMPARE(runner.counters().rateLimited, 3);
        QCOMPARE(sorted(accepted()), sorted(values(purge))); // every tag exactly once
    }

    void serverErrorsAreRetried()
    {
        QVERIFY(start());
        const Fault outage = PurgeDesk::Test::purgeFault(FaultKind::HtmlError, 2, 3);
        const Fault reset = PurgeDesk::Test::purgeFault(FaultKind::ConnectionReset, 6, 2);
        m_server->setFaults({outage, reset});
        const PurgeSpec purge = spec(PurgeAction::Hosts, 400);
        Runner runner(m_client.get(), limiter(), purge, fast());
        QVERIFY(run(runner));
        QCOMPARE(runner.outcome(), Runner::Outcome::Done);
        verifyAccounting(runner);
        QVERIFY(runner.counters().retries >= 3);
        QCOMPARE(accepted().size(), 400);
    }

    void timeoutsAreRetried()
    {
        QVERIFY(start());
        m_client->setTimeoutMs(300);
        Fault stall;
        stall.endpoint = u"purge_cache"_s;
        stall.kind = FaultKind::Stall;
        stall.nth = 1;
        stall.stallMs = 5000;
        m_server->setFaults({stall});
        Runner::Options options = fast();
        options.concurrency = 1;
        Runner runner(m_client.get(), limiter(), spec(PurgeAction::Prefixes, 3), options);
        QVERIFY(run(runner));
        QCOMPARE(runner.outcome(), Runner::Outcome::Done);
        verifyAccounting(runner);
        QCOMPARE(runner.counters().requestsSent, 1); // one request, sent twice
        QCOMPARE(runner.counters().attempts, 2);
        QCOMPARE(runner.counters().retries, 1);
        QCOMPARE(runner.batches().first().attempts, 2);
        QCOMPARE(accepted().size(), 3);
    }

    void persistentErrorsFailWithTheReason()
    {
        QVERIFY(start());
        Fault outage;
        outage.endpoint = u"purge_cache"_s;
        outage.kind = FaultKind::HtmlError;
        outage.share = 1.0;
        m_server->setFaults({outage});
        Runner::Options options = fast();
        options.maxAttempts = 3;
        Runner runner(m_client.get(), limiter(), spec(PurgeAction::Files, 150), options);
        QVERIFY(run(runner));
        QCOMPARE(runner.outcome(), Runner::Outcome::Failed);
        verifyAccounting(runner);
        QCOMPARE(runner.counters().failed, 150);
        QCOMPARE(runner.counters().requestsSent, 2);
        QCOMPARE(runner.counters().attempts, 6); // 2 requests x 3 attempts
        const QString reason = runner.items().first().reason;
        QVERIFY2(reason.startsWith(u"Failed after 3 attempts:"_s), qPrintable(reason));
        QVERIFY2(reason.contains(u"HTTP 502"_s), qPrintable(reason));
        QCOMPARE(runner.lastError().kind, Cloudflare::ApiError::Kind::Server);
    }

    void rateLimitsDoNotUseUpTheRetriesForErrors()
    {
        QVERIFY(start());
        const Fault limited = PurgeDesk::Test::purgeFault(FaultKind::RateLimited, 1, 2, 0);
        const Fault outage = PurgeDesk::Test::purgeFault(FaultKind::HtmlError, 3, 1);
        m_server->setFaults({limited, outage});
        Runner::Options options = fast();
        options.maxAttempts = 2; // one retry for a server error, whatever 429s came before
        Runner runner(m_client.get(), limiter(), spec(PurgeAction::Tags, 10), options);
        QVERIFY(run(runner));
        QCOMPARE(runner.outcome(), Runner::Outcome::Done);
        verifyAccounting(runner);
        QCOMPARE(runner.counters().attempts, 4); // 429, 429, 502, accepted
        QCOMPARE(runner.counters().rateLimited, 2);
        QCOMPARE(runner.counters().retries, 3);
    }

    void batchTooLargeIsHalved()
    {
        Sandbox::Config config = Sandbox::demoConfig();
        PlanLimits older = limitsFor(Plan::Free);
        older.filesPerRequest = 30; // an older account: the planner's 100 is too many
        config.limits[Plan::Free] = older;
        QVERIFY(start(config));
        const PurgeSpec purge = spec(PurgeAction::Files, 100);
        Runner runner(m_client.get(), limiter(), purge, fast());
        QVERIFY(run(runner));
        QCOMPARE(runner.outcome(), Runner::Outcome::Done);
        verifyAccounting(runner);
        for (const Sandbox::PurgeRecord &record : m_server->purges())
            QVERIFY(record.items.size() <= 30);
        QCOMPARE(sorted(accepted()), sorted(values(purge)));
    }

    void refusedItemsAreIsolated()
    {
        QVERIFY(start());
        PurgeSpec purge = spec(PurgeAction::Files, 8);
        purge.items[5].value = u"/not/absolute.js"_s; // Cloudflare refuses the whole request
        Runner runner(m_client.get(), limiter(), purge, fast());
        QVERIFY(run(runner));
        QCOMPARE(runner.outcome(), Runner::Outcome::Partial);
        verifyAccounting(runner);
        QCOMPARE(runner.counters().done, 7);
        QCOMPARE(runner.counters().failed, 1);
        QCOMPARE(runner.items().at(5).state, ItemState::Failed);
        QVERIFY(runner.items().at(5).reason.contains(u"'/not/absolute.js', which is an invalid URL"_s));
        QCOMPARE(accepted().size(), 7);
        // The refusal named the item: it fails at once and the rest goes in two requests (before and
        // after it), instead of halving down to single URLs.
        QCOMPARE(m_server->counters().perEndpoint.value(u"purge_cache"_s), 3);
        QCOMPARE(runner.counters().requestsSent, 3);
    }

    void aRefusalThatNamesNoItemIsNotHalved()
    {
        QVERIFY(start());
        Fault refusal;
        refusal.endpoint = u"purge_cache"_s;
        refusal.kind = FaultKind::Refused;
        refusal.share = 1.0;
        refusal.code = 1099;
        refusal.message = u"This zone's purge quota is used up"_s;
        m_server->setFaults({refusal});
        Runner runner(m_client.get(), limiter(), spec(PurgeAction::Tags, 100), fast());
        QVERIFY(run(runner));
        QCOMPARE(runner.outcome(), Runner::Outcome::Failed);
        verifyAccounting(runner);
        QCOMPARE(runner.counters().failed, 100);
        QCOMPARE(runner.counters().requestsSent, 1); // was 199: halved down to single tags
        QCOMPARE(runner.items().first().reason,
            u"Cloudflare refused the request: This zone's purge quota is used up (1099)."_s);
    }

    void identicalRefusalsStopTheRun()
    {
        QVERIFY(start());
        Fault refusal;
        refusal.endpoint = u"purge_cache"_s;
        refusal.kind = FaultKind::Refused;
        refusal.share = 1.0;
        m_server->setFaults({refusal});
        Runner::Options options = fast();
        options.concurrency = 1; // one after the other: exactly three are refused, then it stops
        Runner runner(m_client.get(), limiter(), spec(PurgeAction::Tags, 1000), options);
        QVERIFY(run(runner));
        verifyAccounting(runner);
        QCOMPARE(runner.counters().requestsSent, 3);
        QCOMPARE(runner.counters().failed, 300);
        QCOMPARE(runner.counters().notSent, 700);
        QVERIFY2(runner.items().last().reason.startsWith(
                     u"Not sent: Cloudflare refused 3 requests in a row with the same answer"_s),
            qPrintable(runner.items().last().reason));
        QVERIFY(runner.items().last().reason.contains(u"The request could not be processed (1016)"_s));
    }

    void aHugeRetryAfterStopsTheRunAndSaysWhy()
    {
        QVERIFY(start());
        Fault limited;
        limited.endpoint = u"purge_cache"_s;
        limited.kind = FaultKind::RateLimited;
        limited.share = 1.0;
        limited.retryAfterSeconds = std::numeric_limits<int>::max();
        m_server->setFaults({limited});
        Runner::Options options = fast();
        options.concurrency = 1;
        Runner runner(m_client.get(), limiter(), spec(PurgeAction::Tags, 300), options);
        QVERIFY(run(runner)); // before: "Timers cannot have negative intervals", and it never finished
        verifyAccounting(runner);
        QCOMPARE(runner.counters().notSent, 300);
        QCOMPARE(runner.counters().requestsSent, 1);
        QCOMPARE(runner.items().first().reason,
            u"Not sent: Cloudflare asked to wait 24855 days before the next request, longer than the 5 min this run "
            u"waits. Try again later."_s);
    }

    void refusedCredentialStopsTheRun()
    {
        QVERIFY(start(Sandbox::demoConfig(), u"sandbox-expired-token"_s));
        Runner::Options options = fast();
        options.concurrency = 1;
        Runner runner(m_client.get(), limiter(), spec(PurgeAction::Tags, 300), options);
        QVERIFY(run(runner));
        QCOMPARE(runner.outcome(), Runner::Outcome::AuthFailed);
        verifyAccounting(runner);
        QCOMPARE(runner.counters().attempts, 1);
        QCOMPARE(runner.counters().requestsSent, 1);
        QCOMPARE(runner.counters().requestsPlanned, 3);
        QCOMPARE(runner.counters().failed, 100);
        QCOMPARE(runner.counters().notSent, 200);
        QVERIFY(runner.items().last().reason.startsWith(u"Not sent: the credential was refused"_s));
        QVERIFY(runner.lastError().isAuthFailure());
    }

    void cancelStopsPromptlyAndAccountsForEverything()
    {
        QVERIFY(start());
        m_server->setLatency(150, 0);
        Runner::Options options = fast();
        options.concurrency = 1;
        Runner runner(m_client.get(), limiter(), spec(PurgeAction::Hosts, 500), options);
        connect(&runner, &Runner::batchFinished, &runner, [&runner] { runner.cancel(); });
        QVERIFY(run(runner));
        QCOMPARE(runner.outcome(), Runner::Outcome::Cancelled);
        verifyAccounting(runner);
        QCOMPARE(runner.counters().done, 100);
        QCOMPARE(runner.counters().notSent, 400);
        QCOMPARE(runner.counters().requestsSent, 1);
        QCOMPARE(runner.items().last().reason, u"Not sent: the run was cancelled."_s);
    }

    void cancelWhileInFlight()
    {
        QVERIFY(start());
        m_server->setLatency(30000, 0);
        Runner runner(m_client.get(), limiter(), spec(PurgeAction::Hosts, 50), fast());
        runner.start();
        // Cancel once the request has reached the server and its answer is 30 s away.
        QVERIFY(QTest::qWaitFor([&] { return m_server->counters().perEndpoint.value(u"purge_cache"_s) == 1; }));
        QCOMPARE(m_server->purges().size(), 1); // the server did receive it...
        runner.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(runner.isFinished(), 10000); // ...and the run ends without its answer
        QCOMPARE(runner.outcome(), Runner::Outcome::Cancelled);
        verifyAccounting(runner);
        QCOMPARE(runner.counters().notSent, 50);
        QCOMPARE(runner.counters().requestsInFlight, 0);
        // So the items are not called purged, nor simply "not sent": Cloudflare may have them.
        QVERIFY(runner.items().first().reason.contains(u"may have received it"_s));
    }

    void retryFailedRunsExactlyTheRest()
    {
        QVERIFY(start());
        const Fault outage = PurgeDesk::Test::purgeFault(FaultKind::HtmlError, 2, 100);
        m_server->setFaults({outage});
        Runner::Options options = fast();
        options.concurrency = 1;
        options.maxAttempts = 2;
        const PurgeSpec purge = spec(PurgeAction::Tags, 250);
        Runner first(m_client.get(), limiter(), purge, options);
        QVERIFY(run(first));
        QCOMPARE(first.outcome(), Runner::Outcome::Partial);
        verifyAccounting(first);
        QCOMPARE(first.counters().done, 100);
        QCOMPARE(first.counters().failed, 150);

        m_server->setFaults({});
        const PurgeSpec rest = first.retrySpec();
        QCOMPARE(rest.items.size(), 150);
        QCOMPARE(rest.items.first().value, u"tag-100"_s);
        Runner second(m_client.get(), limiter(), rest, options);
        QVERIFY(run(second));
        QCOMPARE(second.outcome(), Runner::Outcome::Done);
        QCOMPARE(accepted(), values(purge)); // together: each tag exactly once
    }

    void pacingAvoids429s()
    {
        // Pro: a bucket of 25 requests refilled at 5/s. 30 requests need the limiter to wait ~1 s.
        QVERIFY(start());
        const PurgeSpec purge = spec(PurgeAction::Tags, 3000, u"example.net"_s);
        Runner runner(m_client.get(), limiter(), purge, fast());
        bool waited = false;
        connect(&runner, &Runner::waiting, &runner, [&waited] { waited = true; });
        QVERIFY(run(runner));
        QCOMPARE(runner.outcome(), Runner::Outcome::Done);
        QVERIFY(waited);
        QCOMPARE(runner.counters().rateLimited, 0);
        QCOMPARE(m_server->counters().rateLimited, 0);
        QCOMPARE(accepted().size(), 3000);
    }

    void runsOfOneAccountShareTheLimiter()
    {
        QVERIFY(start());
        // Two zones of one account on the Pro plan, purged at the same time: 2 x 15 requests
        // against one bucket of 25. Separate limiters would be refused by the sandbox.
        const auto shared = RateLimiter::forAccount(u"test-account-%1"_s.arg(quintptr(this)));
        Runner a(m_client.get(), shared, spec(PurgeAction::Tags, 1500, u"example.net"_s), fast());
        PurgeSpec otherZone = spec(PurgeAction::Tags, 1500, u"example.net"_s);
        for (Item &item : otherZone.items)
            item.value += u"-b"_s;
        Runner b(m_client.get(), shared, otherZone, fast());
        a.start();
        b.start();
        QVERIFY(QTest::qWaitFor([&] { return a.isFinished() && b.isFinished(); }, 30000));
        QCOMPARE(a.outcome(), Runner::Outcome::Done);
        QCOMPARE(b.outcome(), Runner::Outcome::Done);
        QCOMPARE(m_server->counters().rateLimited, 0);
        QCOMPARE(RateLimiter::forAccount(u"test-account-%1"_s.arg(quintptr(this))), shared);
    }
};

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
