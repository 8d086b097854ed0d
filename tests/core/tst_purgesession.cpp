#include "cloudflare/apiclient.h"
#include "history/historyservice.h"
#include "history/historystore.h"
#include "purge/planner.h"
#include "purge/purgesession.h"
#include "purge/requestcaps.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Purge;
using Sandbox::Fault;
using Sandbox::FaultKind;

namespace {

enum class Stop { No, Cancel };

} // namespace

// The one set of counters a PurgeSession publishes: its invariants hold at every progress signal,
// whatever the server does, and the history records exactly the numbers the session showed.
class TestPurgeSession final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<Cloudflare::ApiClient> m_client;

    bool start(const Sandbox::Config &config, const QString &token = Sandbox::demoToken())
    {
        m_client.reset();
        m_server = std::make_unique<Sandbox::SandboxServer>(config);
        if (!m_server->start())
            return false;
        m_server->setLatency(5, 0);
        m_client = std::make_unique<Cloudflare::ApiClient>();
        m_client->setCredentials(Cloudflare::Credentials::fromToken(token));
        return m_client->setApiBase(m_server->baseUrl());
    }

    PurgeSpec spec(PurgeAction action, int count, const QString &zoneName = u"example.com"_s) const
    {
        PurgeSpec result;
        result.profile = u"sessions"_s;
        for (const Sandbox::Zone &zone : m_server->config().zones) {
            if (zone.name == zoneName)
                // A zone of its own account per test: no rate-limit state is shared between tests.
                result.zone = {zone.id, zone.name, u"account-%1"_s.arg(quintptr(this) + ++m_specs), zone.plan, true};
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

    static PurgeSession::Options fast()
    {
        PurgeSession::Options options;
        options.runner.backoffBaseMs = 20;
        options.runner.backoffMaxMs = 60;
        options.runner.maxAttempts = 3;
        options.source = RunSource::cli();
        return options;
    }

    mutable int m_specs = 0;

    // Runs `purge` to its end; the requests Cloudflare refused and those it accepted.
    std::pair<int, int> runToEnd(const PurgeSpec &purge, Counters *counters)
    {
        const int seenBefore = m_server->counters().perEndpoint.value(u"purge_cache"_s);
        const int acceptedBefore = int(m_server->purges().size());
        PurgeSession session(m_client.get(), purge, fast());
        session.start();
        if (!QTest::qWaitFor([&] { return session.isFinished(); }, 30000))
            return {-1, -1};
        *counters = session.counters();
        const int accepted = int(m_server->purges().size()) - acceptedBefore;
        return {m_server->counters().perEndpoint.value(u"purge_cache"_s) - seenBefore - accepted, accepted};
    }

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        PurgeDesk::Test::forgetAccountLimits();
    }

    void countersHoldUnderFaults_data()
    {
        QTest::addColumn<PurgeAction>("action");
        QTest::addColumn<int>("items");
        QTest::addColumn<QList<Fault>>("faults");
        QTest::addColumn<int>("urlCap"); // 0: the plan's
        QTest::addColumn<Stop>("stop");
        QTest::addColumn<QString>("token");
        QTest::addColumn<RunOutcome>("outcome");

        const QString token = Sandbox::demoToken();
        QTest::newRow("clean") << PurgeAction::Files << 250 << QList<Fault>() << 0 << Stop::No << token
                               << RunOutcome::Done;
        QTest::newRow("429s") << PurgeAction::Tags << 300
                              << QList<Fault> {PurgeDesk::Test::purgeFault(FaultKind::RateLimited, 1, 3, 1)} << 0
                              << Stop::No << token << RunOutcome::Done;
        QTest::newRow("502s retried") << PurgeAction::Hosts << 400
                                      << QList<Fault> {PurgeDesk::Test::purgeFault(FaultKind::HtmlError, 2, 3)} << 0
                                      << Stop::No << token << RunOutcome::Done;
        QTest::newRow("502s to the end") << PurgeAction::Files << 250
                                         << QList<Fault> {PurgeDesk::Test::purgeFault(FaultKind::HtmlError, 2, 100)}
                                         << 0 << Stop::No << token << RunOutcome::Partial;
        QTest::newRow("halving") << PurgeAction::Files << 100 << QList<Fault>() << 30 << Stop::No << token
                                 << RunOutcome::Done;
        QTest::newRow("cancel") << PurgeAction::Hosts << 500 << QList<Fault>() << 0 << Stop::Cancel << token
                                << RunOutcome::Cancelled;
        QTest::newRow("refused credential") << PurgeAction::Tags << 300 << QList<Fault>() << 0 << Stop::No
                                            << u"sandbox-expired-token"_s << RunOutcome::AuthFailed;
    }

    void countersHoldUnderFaults()
    {
        QFETCH(PurgeAction, action);
        QFETCH(int, items);
        QFETCH(QList<Fault>, faults);
        QFETCH(int, urlCap);
        QFETCH(Stop, stop);
        QFETCH(QString, token);
        QFETCH(RunOutcome, outcome);

        Sandbox::Config config = Sandbox::demoConfig();
        if (urlCap > 0) {
            PlanLimits older = limitsFor(Plan::Free);
            older.filesPerRequest = urlCap; // an older account: the planner's 100 is too many
            config.limits[Plan::Free] = older;
        }
        QVERIFY(start(config, token));
        m_server->setFaults(faults);

        QTemporaryDir dir;
        History::HistoryService history(dir.filePath(u"history.sqlite"_s));
        QSignalSpy opened(&history, &History::HistoryService::opened);
        history.open(0);
        QVERIFY(opened.wait(10000));
        QCOMPARE(history.state(), History::HistoryService::State::Open);

        PurgeSession::Options options = fast();
        if (stop == Stop::Cancel)
            options.runner.concurrency = 1;
        PurgeSession session(m_client.get(), spec(action, items), options);
        session.setRecorders([&history] { return history.recorder(); });
        QSignalSpy recorded(&session, &PurgeSession::recorded);

        // Every published set of counters adds up, and nothing counted ever goes back.
        int signals = 0;
        Counters last;
        QStringList broken;
        connect(&session, &PurgeSession::progress, &session, [&](const Counters &c) {
            ++signals;
            QString why;
            if (!c.consistent(&why))
                broken << why;
            if (c.settled() < last.settled() || c.requestsSent < last.requestsSent || c.attempts < last.attempts
                || c.rateLimited < last.rateLimited || c.elapsedMs < last.elapsedMs)
                broken << u"went back after %1 signals"_s.arg(signals);
            last = c;
            if (stop == Stop::Cancel && c.done >= 100)
                session.cancel();
        });
        session.start();
        QVERIFY(QTest::qWaitFor([&] { return session.isFinished(); }, 30000));
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u"; "_s)));
        QVERIFY(signals > 2);
        QCOMPARE(session.outcome(), outcome);

        const Counters final = session.counters();
        QCOMPARE(final, last); // the last signal told the end
        QCOMPARE(final.pending, 0);
        QCOMPARE(final.requestsInFlight, 0);
        QCOMPARE(final.remainingMs, 0);
        QCOMPARE(final.requestsPlanned, session.batches().size()); // one request per row
        int sent = 0;
        int attempts = 0;
        for (const BatchRecord &batch : session.batches()) {
            sent += batch.attempts > 0;
            attempts += batch.attempts;
        }
        QCOMPARE(final.requestsSent, sent);
        QCOMPARE(final.attempts, attempts);
        // The server saw each attempt once (nothing is resent behind the session's back).
        QCOMPARE(m_server->counters().perEndpoint.value(u"purge_cache"_s), final.attempts);
        QCOMPARE(m_server->counters().rateLimited, final.rateLimited);
        int accepted = 0;
        for (const Sandbox::PurgeRecord &record : m_server->purges())
            accepted += int(record.items.size());
        QCOMPARE(accepted, final.done);
        if (urlCap > 0)
            QVERIFY(final.requestsPlanned > planPurge(session.spec()).requests()); // halving added requests
        QCOMPARE(session.canRetry(), final.failed + final.notSent > 0);
        int left = 0;
        for (const PurgeSpec &rest : session.retrySpecs())
            left += int(rest.items.size());
        QCOMPARE(left, final.failed + final.notSent);

        // The elapsed time stops with the run.
        QTest::qWait(30);
        QCOMPARE(session.counters().elapsedMs, final.elapsedMs);

        // The history holds the very numbers the session showed, recorded on its own thread.
        history.flush();
        QVERIFY(recorded.count() == 1 || recorded.wait(5000));
        const qint64 runId = recorded.first().first().toLongLong();
        QCOMPARE(session.historyRunId(), runId);
        qint64 recordedOn = 0;
        std::optional<History::RunRow> row;
        QList<History::BatchRow> rows;
        history.query<int>(
            &session,
            [runId, &row, &rows](const History::HistoryStore &store) {
                row = store.run(runId);
                rows = store.batches(runId);
                return 1;
            },
            [&recordedOn](const int &) { recordedOn = 1; });
        QTRY_VERIFY(recordedOn);
        QVERIFY(row);
        QCOMPARE(row->counters, final);
        QCOMPARE(row->outcome, outcome);
        QCOMPARE(rows.size(), final.requestsPlanned);
        QCOMPARE(row->startedAt.msecsTo(row->finishedAt), final.elapsedMs);
    }

    void waitsAreExplainedAndTimeLeftIsEstimated()
    {
        QVERIFY(start(Sandbox::demoConfig()));
        // Pro: a bucket of 25 requests refilled at 5/s; 40 requests wait for the limiter.
        PurgeSession session(m_client.get(), spec(PurgeAction::Tags, 4000, u"example.net"_s), fast());
        QCOMPARE(session.counters().remainingMs, session.plan().estimatedMs);
        QVERIFY(session.plan().estimatedMs > 2000);
        QList<PurgeSession::Wait::Reason> reasons;
        qint64 firstEstimate = -1;
        connect(&session, &PurgeSession::waitChanged, &session, [&] { reasons << session.wait().reason; });
        connect(&session, &PurgeSession::progress, &session, [&](const Counters &c) {
            if (firstEstimate < 0 && c.remainingMs > 0)
                firstEstimate = c.remainingMs;
        });
        session.start();
        QVERIFY(QTest::qWaitFor([&] { return session.isFinished(); }, 30000));
        QCOMPARE(session.outcome(), RunOutcome::Done);
        QVERIFY(reasons.contains(PurgeSession::Wait::Reason::Pacing));
        QVERIFY(!reasons.contains(PurgeSession::Wait::Reason::RateLimited));
        QCOMPARE(session.wait().reason, PurgeSession::Wait::Reason::None);
        QVERIFY(firstEstimate > 1000);
        QCOMPARE(session.counters().remainingMs, 0);
        QCOMPARE(m_server->counters().rateLimited, 0);
    }

    void a429IsSaidToBeOne()
    {
        QVERIFY(start(Sandbox::demoConfig()));
        m_server->setFaults({PurgeDesk::Test::purgeFault(FaultKind::RateLimited, 1, 1, 2)});
        PurgeSession session(m_client.get(), spec(PurgeAction::Tags, 50), fast());
        QList<PurgeSession::Wait::Reason> reasons;
        connect(&session, &PurgeSession::waitChanged, &session, [&] { reasons << session.wait().reason; });
        session.start();
        QVERIFY(QTest::qWaitFor([&] { return session.isFinished(); }, 30000));
        QCOMPARE(session.outcome(), RunOutcome::Done);
        QVERIFY(reasons.contains(PurgeSession::Wait::Reason::RateLimited));
        QCOMPARE(session.counters().rateLimited, 1);
        QCOMPARE(session.counters().retries, 1);
        QCOMPARE(session.counters().requestsSent, 1);
        QVERIFY(session.counters().elapsedMs >= 2000); // it waited Retry-After
    }

    void retryFailedRunsExactlyTheRest()
    {
        QVERIFY(start(Sandbox::demoConfig()));
        m_server->setFaults({PurgeDesk::Test::purgeFault(FaultKind::HtmlError, 2, 100)});
        PurgeSession::Options options = fast();
        options.runner.concurrency = 1;
        options.runner.maxAttempts = 2;
        options.source = RunSource::ofPreset(u"Deploy"_s);
        const PurgeSpec purge = spec(PurgeAction::Tags, 250);
        PurgeSession first(m_client.get(), purge, options);
        first.start();
        QVERIFY(QTest::qWaitFor([&] { return first.isFinished(); }, 30000));
        QCOMPARE(first.outcome(), RunOutcome::Partial);
        QVERIFY(first.canRetry());
        QCOMPARE(first.retrySpecs().size(), 1);
        const PurgeSpec rest = first.retrySpecs().first();
        QCOMPARE(rest.items.size(), 150);
        QCOMPARE(rest.zone.id, purge.zone.id);

        m_server->setFaults({});
        PurgeSession second(m_client.get(), rest, {options.runner, first.source()});
        second.start();
        QVERIFY(QTest::qWaitFor([&] { return second.isFinished(); }, 30000));
        QCOMPARE(second.outcome(), RunOutcome::Done);
        QVERIFY(!second.canRetry());
        QCOMPARE(second.source(), RunSource::ofPreset(u"Deploy"_s));
        QStringList accepted;
        for (const Sandbox::PurgeRecord &record : m_server->purges())
            accepted += record.items;
        QCOMPARE(accepted.size(), 250); // together: each tag exactly once
    }

    void aThirtyUrlAccountCostsOneRefusalThenNone()
    {
        Sandbox::Config config = Sandbox::demoConfig();
        PlanLimits older = limitsFor(Plan::Free);
        older.filesPerRequest = RequestCaps::LegacyFilesCap; // an older account: 100 URLs are too many
        config.limits[Plan::Free] = older;
        QVERIFY(start(config));
        const PurgeSpec purge = spec(PurgeAction::Files, 245);
        QCOMPARE(planPurge(purge).requests(), 3);

        // The first run sends one request alone, learns the cap from its refusal, and cuts the rest.
        Counters first;
        const auto [refused, accepted] = runToEnd(purge, &first);
        QCOMPARE(refused, 1);
        QCOMPARE(accepted, 10); // 30+30+30+10 of the refused 100, then 30+30+30+10 and 30+15
        QCOMPARE(first.done, 245);
        QVERIFY(first.consistent());
        QCOMPARE(first.requestsSent, first.requestsPlanned);
        for (const Sandbox::PurgeRecord &record : m_server->purges())
            QVERIFY(record.items.size() <= RequestCaps::LegacyFilesCap);

        // The next run of the account (another process would read the same file) plans with 30.
        PurgeSpec again = purge;
        RequestCaps::apply(again, m_client->apiBase().toString());
        QCOMPARE(again.filesCap, RequestCaps::LegacyFilesCap);
        QCOMPARE(planPurge(again).requests(), 9);
        Counters second;
        const auto [refusedAgain, acceptedAgain] = runToEnd(purge, &second);
        QCOMPARE(refusedAgain, 0);
        QCOMPARE(acceptedAgain, 9);
        QCOMPARE(second.done, 245);
    }

    void anAccountThatTakesOneHundredIsNotSlowedDown()
    {
        QVERIFY(start(Sandbox::demoConfig()));
        const PurgeSpec purge = spec(PurgeAction::Files, 245);
        Counters counters;
        const auto [refused, accepted] = runToEnd(purge, &counters);
        QCOMPARE(refused, 0);
        QCOMPARE(accepted, 3);
        QCOMPARE(counters.done, 245);
        PurgeSpec again = purge;
        RequestCaps::apply(again, m_client->apiBase().toString());
        QCOMPARE(again.filesCap, 0); // the plan's 100
        const RequestCaps caps(RequestCaps::defaultPath(m_client->apiBase().toString() + u'|' + purge.limiterKey()));
        QVERIFY(caps.knowsFilesCap(RateLimiter::nowMs())); // no first request alone next time
    }

    void aLearnedCapIsTriedAgainAfterAWeek()
    {
        QTemporaryDir dir;
        RequestCaps caps(dir.filePath(u"caps/account.json"_s));
        const qint64 t0 = 1'800'000'000'000;
        QVERIFY(!caps.knowsFilesCap(t0));
        QCOMPARE(caps.filesCap(t0), 0);
        caps.learnRefused(t0);
        QCOMPARE(caps.filesCap(t0 + 1000), RequestCaps::LegacyFilesCap);
        QVERIFY(caps.knowsFilesCap(t0 + 1000));
        // Kept on disk: another process reads the same.
        QCOMPARE(RequestCaps(dir.filePath(u"caps/account.json"_s)).filesCap(t0 + 1000), RequestCaps::LegacyFilesCap);
        // A week later 100 is tried again (first request alone)...
        const qint64 later = t0 + RequestCaps::RememberMs + 1;
        QCOMPARE(caps.filesCap(later), 0);
        QVERIFY(!caps.knowsFilesCap(later));
        // ... and kept when Cloudflare takes it.
        caps.noteAccepted(100, later);
        QCOMPARE(caps.filesCap(later + 1000), 0);
        QVERIFY(caps.knowsFilesCap(later + 1000));
        caps.noteAccepted(RequestCaps::LegacyFilesCap, later + 2000); // 30 says nothing about 100
        caps.learnRefused(later + 3000);
        QCOMPARE(caps.filesCap(later + 4000), RequestCaps::LegacyFilesCap);
    }

    // A run's requests after the first acceptance neither read nor write the file for an hour (each
    // is answered on the window's thread); a refusal, or the hour's end, and the file counts again.
    void anAcceptanceIsWrittenOnceAnHour()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"caps/account.json"_s);
        RequestCaps caps(path);
        const qint64 t0 = 1'800'000'000'000;
        caps.noteAccepted(100, t0);
        QVERIFY(QFile::exists(path));
        QVERIFY(QFile::remove(path)); // were it read again, it would be written again
        for (int i = 1; i <= 50; ++i)
            caps.noteAccepted(100, t0 + i * 1000);
        caps.noteAccepted(100, t0 + 3600 * 1000 - 1);
        QVERIFY(!QFile::exists(path));
        caps.noteAccepted(100, t0 + 3600 * 1000); // an hour on: read, found unknown, written
        QVERIFY(QFile::exists(path));
        QVERIFY(RequestCaps(path).knowsFilesCap(t0 + 3600 * 1000));

        // After a refusal the next acceptance is written at once.
        const qint64 t1 = t0 + 2 * 3600 * 1000;
        caps.learnRefused(t1);
        QCOMPARE(RequestCaps(path).filesCap(t1 + 1), RequestCaps::LegacyFilesCap);
        caps.noteAccepted(100, t1 + 1000);
        QCOMPARE(RequestCaps(path).filesCap(t1 + 2000), 0);

        // A caps object that finds a fresh acceptance in the file writes nothing either.
        const auto contents = [&path] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray before = contents();
        QVERIFY(before.contains("files_accepted_ms"));
        RequestCaps other(path);
        other.noteAccepted(100, t1 + 5000);
        QCOMPARE(contents(), before);
    }
};

QTEST_GUILESS_MAIN(TestPurgeSession)
#include "tst_purgesession.moc"
