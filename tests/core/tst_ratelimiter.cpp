#include "purge/ratelimiter.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Purge;

// The account's buckets are shared through a state file by every limiter that names it, as two
// PurgeDesk processes would (two limiters here stand for two processes: each reads the file anew
// at every request).
class TestRateLimiter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void aSecondProcessDoesNotStartFromAFullBucket()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"state.json"_s);
        const qint64 t0 = RateLimiter::nowMs();
        {
            RateLimiter first;
            first.setStatePath(path);
            for (int i = 0; i < 25; ++i) // Free: the whole bucket
                QCOMPARE(first.tryAcquireAt(PurgeAction::Tags, 100, Plan::Free, t0), 0);
        }
        RateLimiter second;
        second.setStatePath(path);
        const qint64 wait = second.tryAcquireAt(PurgeAction::Tags, 100, Plan::Free, t0 + 1000);
        QVERIFY2(wait > 10000, qPrintable(QString::number(wait))); // one refill, ~12 s, minus the second gone
        // Another plan's bucket is its own (Cloudflare shares buckets by plan within an account).
        QCOMPARE(second.tryAcquireAt(PurgeAction::Tags, 100, Plan::Pro, t0 + 1000), 0);

        // Without the shared state, the second would have believed the bucket full.
        RateLimiter alone;
        QCOMPARE(alone.tryAcquireAt(PurgeAction::Tags, 100, Plan::Free, t0 + 1000), 0);
    }

    void aRetryAfterReachesTheOtherProcess()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"state.json"_s);
        const qint64 t0 = RateLimiter::nowMs();
        RateLimiter first;
        first.setStatePath(path);
        first.pauseAt(PurgeAction::Files, Plan::Pro, 30000, t0);
        RateLimiter second;
        second.setStatePath(path);
        const qint64 wait = second.tryAcquireAt(PurgeAction::Files, 10, Plan::Pro, t0 + 5000);
        QCOMPARE(wait, 25000);
    }

    void aDamagedOrFutureStateIsIgnored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"state.json"_s);
        QVERIFY(Test::writeFile(path, "not json {"));
        RateLimiter limiter;
        limiter.setStatePath(path);
        const qint64 t0 = RateLimiter::nowMs();
        QCOMPARE(limiter.tryAcquireAt(PurgeAction::Tags, 1, Plan::Free, t0), 0); // as a fresh bucket
        // A state written "an hour from now" (a clock set back since) is not trusted.
        QVERIFY(Test::writeFile(path,
            u"{\"schema\":1,\"buckets\":{\"flex:free\":{\"tokens\":0,\"last_ms\":%1,\"paused_until_ms\":%1}}}"_s
                .arg(t0 + 3600 * 1000)
                .toUtf8()));
        RateLimiter later;
        later.setStatePath(path);
        QCOMPARE(later.tryAcquireAt(PurgeAction::Tags, 1, Plan::Free, t0), 0);
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("\"flex:free\"")); // and the file is sound again
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
