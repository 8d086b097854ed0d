// Purges started in parallel on a machine that has no history yet (a CI job purging several zones
// at once): every run is recorded, and a healthy history is never called damaged.
#include "history/historystore.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;

class TestHistoryConcurrency final : public QObject
{
    Q_OBJECT

    static constexpr int Rounds = 6;
    static constexpr int Parallel = 8;

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void parallelPurgesOnANewMachineAreAllRecorded()
    {
        Sandbox::SandboxServer sandbox;
        QVERIFY(sandbox.start());
        QTemporaryDir dir;
        int recorded = 0;
        for (int round = 1; round <= Rounds; ++round) {
            const QString data = dir.filePath(u"round-%1/data"_s.arg(round));
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"XDG_DATA_HOME"_s, data);
            env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"round-%1/config"_s.arg(round)));
            env.insert(u"CLOUDFLARE_API_TOKEN"_s, Sandbox::demoToken());
            env.insert(u"PURGEDESK_API_BASE"_s, sandbox.baseUrl());
            env.remove(u"PLUGIN_ACTION"_s);

            std::vector<std::unique_ptr<QProcess>> purges;
            for (int i = 1; i <= Parallel; ++i) {
                auto process = std::make_unique<QProcess>();
                process->setProcessEnvironment(env);
                process->start(QStringLiteral(PURGEDESK_CLI_PATH),
                    {u"purge"_s, u"--zone"_s, u"example.com"_s, u"--files"_s,
                        u"https://example.com/round-%1/%2.js"_s.arg(round).arg(i)});
                purges.push_back(std::move(process));
            }
            // The sandbox answers from this thread: keep the event loop turning while they run.
            QVERIFY(QTest::qWaitFor(
                [&] {
                    for (const auto &process : purges) {
                        if (process->state() != QProcess::NotRunning)
                            return false;
                    }
                    return true;
                },
                120000));
            for (const auto &process : purges) {
                const QString err = QString::fromUtf8(process->readAllStandardError());
                QCOMPARE(process->exitStatus(), QProcess::NormalExit);
                QVERIFY2(process->exitCode() == 0, qPrintable(err));
                // What the user reads says nothing about the history (the debug log the tests turn on,
                // "purgedesk.app: history: ... checking it in full", is not a message to the user).
                QStringList said = err.split(u'\n');
                said.removeIf([](const QString &line) { return line.startsWith(u"purgedesk."_s); });
                QVERIFY2(!said.join(u'\n').contains(u"history"_s, Qt::CaseInsensitive), qPrintable(err));
            }

            const QString path = data + u"/PurgeDesk/history.sqlite"_s;
            History::HistoryStore store(path);
            QString message;
            QVERIFY2(store.open(&message), qPrintable(message));
            QVERIFY2(message.isEmpty(), qPrintable(message));
            QCOMPARE(store.integrityCheck(), u"ok"_s);
            const QList<History::RunRow> runs = store.runs({}, 100);
            for (const History::RunRow &run : runs) {
                QCOMPARE(run.outcome, Purge::RunOutcome::Done);
                QCOMPARE(run.counters.done, 1);
            }
            recorded += int(runs.size());
            QVERIFY2(runs.size() == Parallel,
                qPrintable(u"round %1: %2 of %3 runs recorded"_s.arg(round).arg(runs.size()).arg(Parallel)));
            QVERIFY(QDir(data + u"/PurgeDesk"_s).entryList({u"*.damaged-*"_s}).isEmpty());
        }
        QCOMPARE(recorded, Rounds * Parallel);
        QCOMPARE(sandbox.purges().size(), Rounds * Parallel);
    }
};

QTEST_GUILESS_MAIN(TestHistoryConcurrency)
#include "tst_history_concurrency.moc"
