#include "history/historystore.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;

// A process that writes purge runs is killed (SIGKILL) at arbitrary moments; the history must
// stay sound and keep every run the process reported as committed.
class TestHistoryKill final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void killedWritersLoseNothingCommitted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        QList<qint64> committed;
        for (int round = 0; round < 4; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(HISTORY_WRITER_PATH), {path});
            QVERIFY(writer.waitForStarted());
            const int target = int(committed.size()) + 3 + round;
            QByteArray out;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    out += writer.readAllStandardOutput();
                    return out.count("committed ") + committed.size() >= target;
                },
                30000));
            // Somewhere in the middle of the next run.
            QTest::qWait(int(QRandomGenerator::global()->bounded(40)));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            out += writer.readAllStandardOutput();
            for (const QByteArray &line : out.split('\n')) {
                if (line.startsWith("committed "))
                    committed << line.mid(10).toLongLong();
            }
        }
        QVERIFY(committed.size() >= 3 + 4 + 5 + 6); // each round waits for at least 3 + round more runs

        History::HistoryStore store(path);
        QString message;
        QVERIFY2(store.open(&message), qPrintable(message));
        QVERIFY2(message.isEmpty(), qPrintable(message)); // not treated as damaged
        QCOMPARE(store.integrityCheck(), u"ok"_s);
        QHash<qint64, History::RunRow> runs;
        for (const History::RunRow &run : store.runs({}, 100000))
            runs.insert(run.id, run);
        for (const qint64 id : std::as_const(committed)) {
            QVERIFY2(runs.contains(id), qPrintable(u"run %1 is missing"_s.arg(id)));
            QCOMPARE(runs.value(id).outcome, Purge::RunOutcome::Done);
            QCOMPARE(runs.value(id).counters.done, 150);
            QCOMPARE(store.items(id).size(), 150);
        }
        // Runs cut off by a kill are there too: unfinished ones marked as never finished, with what
        // they had sent; or finished just before the kill, before the writer could say so.
        for (const History::RunRow &run : std::as_const(runs)) {
            if (committed.contains(run.id))
                continue;
            const Purge::Counters &c = run.counters;
            QCOMPARE(c.items, 150);
            if (run.outcome == Purge::RunOutcome::Running) {
                QVERIFY(!run.finishedAt.isValid());
                QVERIFY(run.interrupted); // its writer is dead: shown as interrupted, not running for ever
                QCOMPARE(run.shownOutcome(), Purge::RunOutcome::Interrupted);
            } else {
                QCOMPARE(run.outcome, Purge::RunOutcome::Done);
            }
            // Whole requests only: 100 + 50 tags, sent at once, so either may be recorded first.
            QVERIFY2(c.done == 0 || c.done == 50 || c.done == 100 || c.done == 150,
                qPrintable(u"run %1 has %2 done"_s.arg(run.id).arg(c.done)));
            QVERIFY2(c.consistent(), qPrintable(u"run %1's counters do not add up"_s.arg(run.id)));
        }
    }
};

QTEST_GUILESS_MAIN(TestHistoryKill)
#include "tst_history_kill.moc"
