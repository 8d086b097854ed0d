// The fault-injection suite: each scenario makes the sandbox misbehave the way a hostile network
// or a confused API does (huge Retry-After, refusals, endless headers or bodies, drip-fed answers,
// resets, stalls, absurd pagination), through a scenario file as `purgedesk-cli sandbox --scenario`
// reads it. A real runner purges against it with a real history file, and the test asserts what
// the user is told (each item's reason, the counts), that every item ends done, failed or not
// sent, that the history agrees, and that every request the sandbox saw was counted.

#include "cloudflare/apiclient.h"
#include "history/historystore.h"
#include "purge/purgesession.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Purge;
using PurgeDesk::Cloudflare::ApiClient;

namespace {

struct Expected
{
    int done = 0;
    int failed = 0; // -1: any number (the rest are not sent)
    int notSent = 0; // -1: any number, but some
};

} // namespace

Q_DECLARE_METATYPE(Expected)

class TestFaults final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;

    bool start(const QByteArray &scenario)
    {
        Sandbox::Config config = Sandbox::demoConfig();
        QString error;
        if (!Sandbox::loadScenario(scenario, config, &error)) {
            qWarning("scenario refused: %s", qPrintable(error));
            return false;
        }
        m_client.reset();
        m_server = std::make_unique<Sandbox::SandboxServer>(config);
        if (!m_server->start())
            return false;
        m_client = std::make_unique<ApiClient>();
        m_client->setCredentials(Cloudflare::Credentials::fromToken(Sandbox::demoToken()));
        m_client->setTimeoutMs(400); // the deadline for a whole answer is twice that
        return m_client->setApiBase(m_server->baseUrl());
    }

    PurgeSpec spec(PurgeAction action, int count) const
    {
        PurgeSpec result;
        result.profile = u"faults"_s;
        for (const Sandbox::Zone &zone : m_server->config().zones) {
            if (zone.name == u"example.com"_s)
                result.zone = {zone.id, zone.name, zone.accountId, zone.plan, true};
        }
        result.action = action;
        for (int i = 0; i < count; ++i)
            result.items.append(
                {action == PurgeAction::Files ? u"https://example.com/asset-%1.js"_s.arg(i) : u"tag-%1"_s.arg(i), {},
                    i + 1});
        return result;
    }

    static QByteArray scenario(const QJsonObject &fault)
    {
        return QJsonDocument(QJsonObject {{u"faults"_s, QJsonArray {fault}}}).toJson();
    }

    static QJsonObject fault(const QString &kind, const QJsonObject &more = {})
    {
        QJsonObject object = more;
        object.insert(u"endpoint"_s, u"purge_cache"_s);
        object.insert(u"kind"_s, kind);
        if (!object.contains(u"nth"_s))
            object.insert(u"share"_s, 1.0);
        return object;
    }

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        PurgeDesk::Test::forgetAccountLimits();
    }

    void purgeUnderFaults_data()
    {
        QTest::addColumn<QByteArray>("scenario");
        QTest::addColumn<int>("items");
        QTest::addColumn<qint64>("maxWaitMs");
        QTest::addColumn<Expected>("expected");
        QTest::addColumn<QString>("reason"); // what the failed or unsent items say
        QTest::addColumn<int>("maxRequests"); // at most this many requests reach the server
        QTest::addColumn<int>("timeoutMs"); // the client's transfer timeout (a whole answer: twice that)

        // 429s.
        QTest::newRow("Retry-After 2147483647")
            << scenario(fault(u"rate_limited"_s, {{u"retry_after"_s, 2147483647}})) << 300 << qint64(300000)
            << Expected {0, 0, 300}
            << u"Cloudflare asked to wait 24855 days before the next request, longer than the 5 min this run waits"_s
            << 3 << 400;
        QTest::newRow("Retry-After 100000 (28 hours)")
            << scenario(fault(u"rate_limited"_s, {{u"retry_after"_s, 100000}})) << 150 << qint64(300000)
            << Expected {0, 0, 150} << u"asked to wait 28 h"_s << 2 << 400;
        QTest::newRow("Retry-After longer than --max-wait")
            << scenario(fault(u"rate_limited"_s, {{u"retry_after"_s, 3}})) << 100 << qint64(1000)
            << Expected {0, 0, 100}
            << u"asked to wait 3 s before the next request, longer than the 1 s this run waits"_s << 1 << 400;
        QTest::newRow("Retry-After within --max-wait")
            << scenario(fault(u"rate_limited"_s, {{u"retry_after"_s, 1}, {u"nth"_s, 1}, {u"count"_s, 2}})) << 250
            << qint64(300000) << Expected {250, 0, 0} << QString() << 5 << 400;

        // Refusals.
        QTest::newRow("every request refused with a 400 that names no item")
            << scenario(fault(
                   u"refused"_s, {{u"code"_s, 1016}, {u"message"_s, u"Purge requests are paused for this zone"_s}}))
            << 1000 << qint64(300000) << Expected {0, -1, -1} << u"Purge requests are paused for this zone (1016)"_s
            << 9 << 400; // 10 at most, never 1,990 (halving down to single URLs)

        // Answers that never end, or never end in time.
        QTest::newRow("endless headers") << scenario(fault(u"endless_headers"_s)) << 3 << qint64(300000)
                                         << Expected {0, 3, 0} << u"No answer arrived in time"_s << 4 << 400;
        QTest::newRow("endless body") << scenario(fault(u"endless_body"_s)) << 3 << qint64(300000) << Expected {0, 3, 0}
                                      << u"larger than 8 MiB"_s << 4 << 10000;
        QTest::newRow("drip-fed answer") << scenario(fault(u"drip"_s, {{u"drip_ms"_s, 50}})) << 3 << qint64(300000)
                                         << Expected {0, 3, 0} << u"No answer arrived in time"_s << 4 << 400;
        QTest::newRow("stall, then answers") << scenario(fault(u"stall"_s, {{u"nth"_s, 1}, {u"stall_ms"_s, 5000}})) << 3
                                             << qint64(300000) << Expected {3, 0, 0} << QString() << 2 << 400;

        // Dropped connections: Qt sends some requests again by itself; each is counted.
        // Requests 7 to 9 go out on kept-alive connections, which Qt then retries quietly.
        QTest::newRow("connection resets") << scenario(fault(u"connection_reset"_s, {{u"nth"_s, 7}, {u"count"_s, 3}}))
                                           << 1200 << qint64(300000) << Expected {1200, 0, 0} << QString() << 15 << 400;
        QTest::newRow("truncated bodies") << scenario(fault(u"truncated_body"_s, {{u"nth"_s, 1}, {u"count"_s, 2}}))
                                          << 200 << qint64(300000) << Expected {200, 0, 0} << QString() << 4 << 400;
        QTest::newRow("HTML error pages") << scenario(fault(u"html"_s, {{u"status"_s, 520}})) << 100 << qint64(300000)
                                          << Expected {0, 100, 0} << u"HTTP 520"_s << 4 << 400;
    }

    void purgeUnderFaults()
    {
        QFETCH(QByteArray, scenario);
        QFETCH(int, items);
        QFETCH(qint64, maxWaitMs);
        QFETCH(Expected, expected);
        QFETCH(QString, reason);
        QFETCH(int, maxRequests);
        QFETCH(int, timeoutMs);
        QVERIFY(start(scenario));
        m_client->setTimeoutMs(timeoutMs);
        QTemporaryDir dir;
        History::HistoryStore history(dir.filePath(u"history.sqlite"_s));
        QString message;
        QVERIFY(history.open(&message));

        PurgeSession::Options options;
        options.runner.backoffBaseMs = 10;
        options.runner.backoffMaxMs = 50;
        options.runner.maxAttempts = 4;
        options.runner.maxWaitMs = maxWaitMs;
        options.source = RunSource::cli();
        PurgeSession session(m_client.get(), spec(PurgeAction::Files, items), options);
        History::HistoryRecorder *recorder = nullptr;
        session.setRecorders([&history, &recorder] {
            auto made = std::make_unique<History::HistoryRecorder>(history);
            recorder = made.get();
            return made;
        });
        session.start();
        QVERIFY(QTest::qWaitFor([&] { return session.isFinished(); }, 60000));
        QVERIFY(recorder);

        // Every item ends done, failed or not sent, with a reason unless done.
        const Counters counters = session.counters();
        QVERIFY(counters.consistent());
        QCOMPARE(counters.done, expected.done);
        if (expected.failed >= 0)
            QCOMPARE(counters.failed, expected.failed);
        if (expected.notSent >= 0)
            QCOMPARE(counters.notSent, expected.notSent);
        else
            QVERIFY(counters.notSent > 0);
        QCOMPARE(counters.pending, 0);
        const QList<ItemOutcome> outcomes = session.items();
        for (const ItemOutcome &item : outcomes) {
            QVERIFY(item.state != ItemState::Pending);
            if (item.state == ItemState::Done) {
                QVERIFY(!item.purgeId.isEmpty());
                continue;
            }
            QVERIFY(!item.reason.isEmpty());
        }
        if (!reason.isEmpty()) {
            bool told = false;
            for (const ItemOutcome &item : outcomes)
                told = told || item.reason.contains(reason);
            QVERIFY2(told, qPrintable(outcomes.constLast().reason));
        }
        // Every request the server saw is counted, Qt's own quiet re-sends included (a request
        // given up before it left, behind a connection Qt was still reading, counts but is not seen).
        const int seen = m_server->counters().perEndpoint.value(u"purge_cache"_s);
        QVERIFY2(
            counters.attempts >= seen, qPrintable(u"%1 attempts counted, %2 seen"_s.arg(counters.attempts).arg(seen)));
        if (!QByteArray(QTest::currentDataTag()).startsWith("endless"))
            QCOMPARE(counters.attempts, seen);
        QVERIFY2(seen <= maxRequests, qPrintable(u"%1 requests"_s.arg(seen)));
        // The history says what the session said.
        const History::RunRow run = *history.run(recorder->runId());
        QCOMPARE(run.counters.done, counters.done);
        QCOMPARE(run.counters.failed, counters.failed);
        QCOMPARE(run.counters.notSent, counters.notSent);
        QCOMPARE(run.counters.requestsSent, counters.requestsSent);
        QCOMPARE(run.counters.attempts, counters.attempts);
        QCOMPARE(run.counters.rateLimited, counters.rateLimited);
        int pending = 0;
        for (const History::ItemRow &item : history.items(recorder->runId()))
            pending += item.state == ItemState::Pending;
        QCOMPARE(pending, 0);
    }

    void zoneListingUnderAbsurdPagination_data()
    {
        QTest::addColumn<int>("totalPages");
        QTest::addColumn<int>("totalCount");
        QTest::newRow("total_pages 2,000,000,000") << 2000000000 << 5;
        QTest::newRow("total_count 2,000,000,000 too") << 2000000000 << 2000000000;
    }

    void zoneListingUnderAbsurdPagination()
    {
        QFETCH(int, totalPages);
        QFETCH(int, totalCount);
        QVERIFY(start(scenario({{u"endpoint"_s, u"zones"_s}, {u"kind"_s, u"absurd_pagination"_s}, {u"share"_s, 1.0},
            {u"total_pages"_s, totalPages}, {u"total_count"_s, totalCount}})));
        Cloudflare::ZoneQuery query;
        query.perPage = 5; // one real page of the five demo zones, then nothing
        Cloudflare::ZoneListJob *job = m_client->listZones(query);
        job->setAutoDelete(false);
        std::unique_ptr<Cloudflare::ZoneListJob> owned(job);
        QVERIFY(QTest::qWaitFor([&] { return job->isFinished(); }, 30000));
        QVERIFY2(job->succeeded(), qPrintable(job->error().summary()));
        QCOMPARE(job->zones().size(), 5);
        QCOMPARE(job->reportedTotal(), qint64(totalCount));
        // Page 1, then the page that adds nothing (and the few already on their way with it).
        QVERIFY2(job->pageRequests() <= 1 + Cloudflare::ZoneListJob::MaxParallelPages,
            qPrintable(u"%1 page requests"_s.arg(job->pageRequests())));
        QCOMPARE(m_server->counters().perEndpoint.value(u"zones"_s), job->pageRequests());
    }

    void zoneListingUnderAHugeRetryAfter()
    {
        QVERIFY(start(scenario({{u"endpoint"_s, u"zones"_s}, {u"kind"_s, u"rate_limited"_s}, {u"share"_s, 1.0},
            {u"retry_after"_s, 2147483647}})));
        Cloudflare::ZoneListJob *job = m_client->listZones();
        job->setAutoDelete(false);
        std::unique_ptr<Cloudflare::ZoneListJob> owned(job);
        QVERIFY(QTest::qWaitFor([&] { return job->isFinished(); }, 30000));
        QCOMPARE(job->error().kind, Cloudflare::ApiError::Kind::RateLimited);
        QVERIFY2(job->error().summary().contains(u"asks to wait 24855 days"_s), qPrintable(job->error().summary()));
        QCOMPARE(job->pageRequests(), 1); // no retry it would have to wait 68 years for
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
