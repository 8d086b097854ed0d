#include "purge/ratelimiter.h"
#include "storage/sharedstatefile.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/file.h>
#include <sys/stat.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Purge;

// The account's buckets are shared through a state file by every limiter that names it, as two
// PurgeDesk processes would (two limiters here stand for two processes: each reads the file anew
// at every request).
class TestRateLimiter final : public QObject
{
    Q_OBJECT

    static quint64 inodeOf(const QString &path)
    {
#ifdef Q_OS_UNIX
        struct stat info = {};
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? quint64(info.st_ino) : 0;
#else
        return QFileInfo(path).exists() ? 1 : 0;
#endif
    }

private Q_SLOTS:
    void initTestCase()
    {
        PurgeDesk::Test::prepare();
    }

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

    // A 30 s pause booked by one limiter leaves 25 s to wait for another, 5 s later.
    static void checkThePauseIsShared(const QString &path)
    {
        const qint64 t0 = RateLimiter::nowMs();
        RateLimiter first;
        first.setStatePath(path);
        first.pauseAt(PurgeAction::Files, Plan::Pro, 30000, t0);
        RateLimiter second;
        second.setStatePath(path);
        const qint64 wait = second.tryAcquireAt(PurgeAction::Files, 10, Plan::Pro, t0 + 5000);
        QCOMPARE(wait, 25000);
    }

    void aRetryAfterReachesTheOtherProcess()
    {
        QTemporaryDir dir;
        checkThePauseIsShared(dir.filePath(u"state.json"_s));
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

    // The limiter writes its state at every request, on the window's thread: over the old contents,
    // in place, padded with spaces when shorter, and under a lock on the file itself, so no lock
    // file is made and removed and nothing is flushed to disk each time.
    void theStateIsRewrittenInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"state.json"_s);
        SharedStateFile file(path);
        QByteArray seen = "(not called)";
        const auto writes = [&seen](const QByteArray &text) {
            return [&seen, text](const QByteArray &contents) {
                seen = contents;
                return text;
            };
        };
        QCOMPARE(file.update(100, writes(QByteArray(100, 'x'))), SharedStateFile::Update::Written);
        QCOMPARE(seen, QByteArray()); // a new file
        const quint64 inode = inodeOf(path);
        QCOMPARE(file.update(100, writes("{}")), SharedStateFile::Update::Written);
        QCOMPARE(seen, QByteArray(100, 'x'));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray now = written.readAll();
        QByteArray padded("{}");
        padded.append(98, ' ');
        QCOMPARE(now, padded);
        QJsonParseError error;
        QVERIFY(QJsonDocument::fromJson(now, &error).isObject()); // the padding parses
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(inodeOf(path), inode); // the same file, not a new one renamed over it
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {u"state.json"_s});

        // A limiter's state, shorter than the file, is padded, and the next limiter reads it.
        QByteArray large("{}");
        large.append(2000, ' ');
        QVERIFY(Test::writeFile(path, large));
        checkThePauseIsShared(path);
        QCOMPARE(QFileInfo(path).size(), large.size());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {u"state.json"_s});

        // A large file is read whole, and cut to what is written, not padded.
        QVERIFY(Test::writeFile(path, QByteArray(SharedStateFile::MaxPaddedBytes + 1, 'y')));
        QCOMPARE(file.update(100, writes("{}")), SharedStateFile::Update::Written);
        QCOMPARE(seen, QByteArray(SharedStateFile::MaxPaddedBytes + 1, 'y'));
        QCOMPARE(QFileInfo(path).size(), 2);
    }

#ifdef Q_OS_UNIX
    void aLockedStateIsNotChangedUnderItsHolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"state.json"_s);
        QVERIFY(Test::writeFile(path, "{\"held\":true}"));
        QFile holder(path);
        QVERIFY(holder.open(QIODevice::ReadWrite));
        QCOMPARE(::flock(holder.handle(), LOCK_EX | LOCK_NB), 0); // another process, at its read and write
        SharedStateFile file(path);
        bool ran = false;
        const auto change = [&ran](const QByteArray &contents) -> QByteArray {
            ran = true;
            return contents;
        };
        QCOMPARE(file.update(50, change), SharedStateFile::Update::NotRun);
        QVERIFY(!ran);
        QVERIFY(!file.error().isEmpty());
        QCOMPARE(file.read(50), QByteArray()); // not even read under an exclusive lock
        QVERIFY(!file.error().isEmpty());
        // A limiter then paces with its own buckets (after waiting 2 s), and leaves the file alone.
        RateLimiter limiter;
        limiter.setStatePath(path);
        const qint64 t0 = RateLimiter::nowMs();
        QCOMPARE(limiter.tryAcquireAt(PurgeAction::Tags, 1, Plan::Free, t0), 0);
        QFile unchanged(path);
        QVERIFY(unchanged.open(QIODevice::ReadOnly));
        QCOMPARE(unchanged.readAll(), QByteArray("{\"held\":true}"));
        // A shared lock lets readers in, not writers.
        QCOMPARE(::flock(holder.handle(), LOCK_SH | LOCK_NB), 0);
        QCOMPARE(file.read(50), QByteArray("{\"held\":true}"));
        QCOMPARE(file.update(50, change), SharedStateFile::Update::NotRun);

        QCOMPARE(::flock(holder.handle(), LOCK_UN), 0);
        QCOMPARE(file.update(50, change), SharedStateFile::Update::Written);
        QVERIFY(ran);
    }

    // Two writers at once (threads here, each with its own open file, as two processes have): every
    // increment counts.
    void concurrentUpdatesAreNotLost()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"missing-folder/counter"_s); // made by the first update
        constexpr int PerWriter = 2000;
        std::atomic<int> ready {0};
        const auto writer = [&path, &ready] {
            SharedStateFile file(path);
            ++ready;
            while (ready.load() < 2) { } // both start together
            for (int i = 0; i < PerWriter; ++i) {
                const auto update = file.update(10000,
                    [](const QByteArray &contents) { return QByteArray::number(contents.trimmed().toInt() + 1); });
                if (update != SharedStateFile::Update::Written)
                    return;
            }
        };
        std::unique_ptr<QThread> first(QThread::create(writer));
        std::unique_ptr<QThread> second(QThread::create(writer));
        first->start();
        second->start();
        QVERIFY(first->wait(60000));
        QVERIFY(second->wait(60000));
        SharedStateFile file(path);
        QCOMPARE(file.read(100).trimmed().toInt(), 2 * PerWriter);
    }
#endif

    // The first limiter of an account in a process clears the folder of states a day old, and of
    // the lock files earlier builds made beside them (QLockFile) when a crash left them.
    void dayOldStatesAndLockFilesAreRemoved()
    {
        const QString folder = QFileInfo(RateLimiter::defaultStatePath(u"any"_s)).absolutePath();
        QVERIFY(QDir().mkpath(folder));
        const QDateTime twoDaysAgo = QDateTime::currentDateTimeUtc().addDays(-2);
        const auto make = [&folder](const QString &name, const QDateTime &modified) {
            const QString path = QDir(folder).filePath(name);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write("{}") == 2 && file.flush()); // before the time is set
            if (modified.isValid())
                QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
            file.close();
        };
        make(u"old.json"_s, twoDaysAgo);
        make(u"old.json.lock"_s, twoDaysAgo);
        make(u"recent.json"_s, {});
        make(u"recent.json.lock"_s, {}); // as a running older build holds it
        make(u"other.txt"_s, twoDaysAgo); // not the limiter's
        const std::shared_ptr<RateLimiter> limiter = RateLimiter::forAccount(u"dayOldStatesAndLockFilesAreRemoved"_s);
        QVERIFY(limiter);
        QDir dir(folder);
        QVERIFY(!dir.exists(u"old.json"_s));
        QVERIFY(!dir.exists(u"old.json.lock"_s));
        QVERIFY(dir.exists(u"recent.json"_s));
        QVERIFY(dir.exists(u"recent.json.lock"_s));
        QVERIFY(dir.exists(u"other.txt"_s));
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
