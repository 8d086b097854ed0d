#include "purge/planner.h"
#include "purge/ratelimiter.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Purge;
using PurgeDesk::Cloudflare::Credentials;

Q_DECLARE_METATYPE(PurgeDesk::Cloudflare::PurgeAction)
Q_DECLARE_METATYPE(PurgeDesk::Plan)

namespace {
PurgeSpec spec(PurgeAction action, int count, Plan plan, bool known = true)
{
    PurgeSpec result;
    result.zone = {u"0123456789abcdef0123456789abcdef"_s, u"example.com"_s, u"acc"_s, plan, known};
    result.action = action;
    for (int i = 0; i < count; ++i)
        result.items.append(
            {action == PurgeAction::Files ? u"https://example.com/%1"_s.arg(i) : u"item-%1"_s.arg(i), {}, i + 1});
    return result;
}
} // namespace

class TestPlanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void batches_data()
    {
        QTest::addColumn<PurgeAction>("action");
        QTest::addColumn<int>("items");
        QTest::addColumn<Plan>("plan");
        QTest::addColumn<QList<int>>("sizes");
        QTest::newRow("250 urls free") << PurgeAction::Files << 250 << Plan::Free << QList<int> {100, 100, 50};
        QTest::newRow("100 urls free") << PurgeAction::Files << 100 << Plan::Free << QList<int> {100};
        QTest::newRow("101 urls pro") << PurgeAction::Files << 101 << Plan::Pro << QList<int> {100, 1};
        QTest::newRow("1200 urls enterprise")
            << PurgeAction::Files << 1200 << Plan::Enterprise << QList<int> {500, 500, 200};
        QTest::newRow("250 tags enterprise")
            << PurgeAction::Tags << 250 << Plan::Enterprise << QList<int> {100, 100, 50};
        QTest::newRow("1 host") << PurgeAction::Hosts << 1 << Plan::Business << QList<int> {1};
        QTest::newRow("everything") << PurgeAction::Everything << 0 << Plan::Free << QList<int> {0};
    }

    void batches()
    {
        QFETCH(PurgeAction, action);
        QFETCH(int, items);
        QFETCH(Plan, plan);
        QFETCH(QList<int>, sizes);
        const PurgeSpec purge = spec(action, items, plan);
        const PurgePlan planned = planPurge(purge);
        QList<int> seen;
        int next = 0;
        for (const Batch &batch : planned.batches) {
            seen << batch.count;
            QCOMPARE(batch.first, next); // contiguous, in order, nothing skipped
            next += batch.count;
        }
        QCOMPARE(seen, sizes);
        QCOMPARE(next, items);
    }

    void estimates_data()
    {
        QTest::addColumn<PurgeAction>("action");
        QTest::addColumn<int>("items");
        QTest::addColumn<Plan>("plan");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("10000 urls free") << PurgeAction::Files << 10000 << Plan::Free
                                         << qint64(12106); // (10000-800)/800 s, refilled at 97%, from 250 ms on
        QTest::newRow("800 urls free") << PurgeAction::Files << 800 << Plan::Free << qint64(0);
        QTest::newRow("2000 tags pro") << PurgeAction::Tags << 2000 << Plan::Pro
                                       << qint64(0); // 20 requests < bucket 25
        QTest::newRow("3000 tags pro") << PurgeAction::Tags << 3000 << Plan::Pro
                                       << qint64(1281); // 30 requests: 5 over, 5/s at 97%
        QTest::newRow("3000 hosts free") << PurgeAction::Hosts << 3000 << Plan::Free
                                         << qint64(62106); // 5 over, 5/min at 97%
        QTest::newRow("2600 tags free") << PurgeAction::Tags << 2600 << Plan::Free
                                        << qint64(12622); // 26 requests: the bucket of 25, then one refill
        QTest::newRow("150000 tags enterprise")
            << PurgeAction::Tags << 150000 << Plan::Enterprise << qint64(77570); // global: 300 over 1200/5min at 97%
    }

    void estimates()
    {
        QFETCH(PurgeAction, action);
        QFETCH(int, items);
        QFETCH(Plan, plan);
        QFETCH(qint64, ms);
        QCOMPARE(planPurge(spec(action, items, plan)).estimatedMs, ms);
    }

    // The limiter uses the whole bucket at once (25 on Free) and refills a little under Cloudflare's
    // rate: the 26th request waits one refill, as the estimate says, not two.
    void limiterUsesTheWholeBucket()
    {
        RateLimiter limiter;
        for (int i = 0; i < 25; ++i)
            QCOMPARE(limiter.tryAcquireAt(PurgeAction::Tags, 100, Plan::Free, 0), 0);
        const qint64 wait = limiter.tryAcquireAt(PurgeAction::Tags, 100, Plan::Free, 0);
        const qint64 estimate = planPurge(spec(PurgeAction::Tags, 2600, Plan::Free)).estimatedMs;
        QVERIFY2(qAbs(wait - estimate) <= estimate / 100, qPrintable(u"%1 vs %2"_s.arg(wait).arg(estimate)));
        QCOMPARE(limiter.tryAcquireAt(PurgeAction::Tags, 100, Plan::Free, wait), 0);
        // URLs: 800 at once on Free, then 97% of 800 a second from 250 ms on.
        QCOMPARE(limiter.tryAcquireAt(PurgeAction::Files, 800, Plan::Free, 0), 0);
        const qint64 urls = limiter.tryAcquireAt(PurgeAction::Files, 100, Plan::Free, 0);
        QVERIFY2(urls >= 378 && urls <= 380, qPrintable(QString::number(urls))); // 250 + 100 / 776 per second
    }

    void summaries()
    {
        QCOMPARE(planPurge(spec(PurgeAction::Files, 250, Plan::Free)).summary(),
            u"3 requests, under a second on the Free plan"_s);
        QCOMPARE(planPurge(spec(PurgeAction::Hosts, 3000, Plan::Free)).summary(),
            u"30 requests, about 63 s on the Free plan"_s);
        QCOMPARE(planPurge(spec(PurgeAction::Files, 2400, Plan::Free)).summary(),
            u"24 requests, about 3 s on the Free plan"_s); // 2.06 s
        QCOMPARE(planPurge(spec(PurgeAction::Everything, 0, Plan::Pro)).summary(),
            u"1 request, under a second on the Pro plan"_s);
        QVERIFY(planPurge(spec(PurgeAction::Tags, 5, Plan::Free, false))
                    .summary()
                    .endsWith(u"(plan unknown: assuming the strictest limits)"_s));
        QCOMPARE(describeDuration(3 * 3600 * 1000 + 5 * 60 * 1000), u"about 3 h 5 min"_s);
        QCOMPARE(describeDuration(150 * 1000), u"about 3 min"_s);
    }

    void dryRunShowsTheExactRequests()
    {
        PurgeSpec purge = spec(PurgeAction::Files, 150, Plan::Free);
        purge.mode = Cloudflare::PurgeMode::Invalidate;
        purge.items[0] = {u"https://example.com/it's?a=1&b=2"_s, {{u"CF-Device-Type"_s, u"mobile"_s}}, 1};
        const PurgePlan planned = planPurge(purge);
        const auto requests = dryRun(purge, planned, QUrl(u"https://api.cloudflare.com/client/v4"_s));
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).url,
            u"https://api.cloudflare.com/client/v4/zones/0123456789abcdef0123456789abcdef/invalidate_cache"_s);
        QCOMPARE(requests.at(0).items, 100);
        QCOMPARE(requests.at(1).items, 50);
        QCOMPARE(requests.at(0).body, Cloudflare::purgeBody(requestFor(purge, planned.batches.at(0))));
        QVERIFY(requests.at(0).body.startsWith(
            "{\"files\":[{\"headers\":{\"CF-Device-Type\":\"mobile\"},\"url\":\"https://example.com/it's?a=1&b=2\"}"));

        const QString curl = curlCommand(requests.at(0), Credentials::Kind::Token);
        QVERIFY(curl.startsWith(u"curl -X POST 'https://api.cloudflare.com/client/v4/zones/"_s));
        QVERIFY(curl.contains(u"-H \"Authorization: Bearer $CLOUDFLARE_API_TOKEN\""_s));
        QVERIFY(curl.contains(u"it'\\''s?a=1&b=2"_s)); // quoted for the shell
        const QString keyCurl = curlCommand(requests.at(0), Credentials::Kind::GlobalKey);
        QVERIFY(keyCurl.contains(u"X-Auth-Key: $CLOUDFLARE_API_KEY"_s));
        QVERIFY(!keyCurl.contains(u"Authorization"_s));
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
