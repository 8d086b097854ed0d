#include "cloudflare/apiclient.h"
#include "history/historyexport.h"
#include "history/historystore.h"
#include "purge/purgesession.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"
#include "verify/edgeverifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::History;
using namespace PurgeDesk::Purge;
using PurgeDesk::Verify::UrlCheck;
using PurgeDesk::Verify::UrlWarm;

using PurgeDesk::Verify::WarmOutcome;
using Sandbox::EdgeBehaviour;

namespace {

// The statements of format 1 and 2 as PurgeDesk 0.x wrote them (historyschema.cpp before format 3):
// a file made with these is what an older PurgeDesk left behind.
const char *const kVersion2File[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, profile TEXT,"
    " account_id TEXT, zone_id TEXT NOT NULL, zone_name TEXT, mode TEXT NOT NULL, action TEXT NOT NULL,"
    " source TEXT NOT NULL, dry_run INTEGER NOT NULL DEFAULT 0, outcome TEXT NOT NULL, requested INTEGER NOT NULL,"
    " done INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0, not_sent INTEGER NOT NULL DEFAULT 0,"
    " requests INTEGER NOT NULL DEFAULT 0, rate_limited INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS batches (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE "
    "CASCADE, batch_index INTEGER NOT NULL, first_item INTEGER NOT NULL, item_count INTEGER NOT NULL,"
    " state TEXT NOT NULL, http_status INTEGER, purge_id TEXT, error_codes TEXT, error_message TEXT,"
    " attempts INTEGER NOT NULL, started_ms INTEGER, finished_ms INTEGER)",
    "CREATE TABLE IF NOT EXISTS items (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, position INTEGER "
    "NOT NULL, value TEXT NOT NULL, headers TEXT, state TEXT NOT NULL, reason TEXT, purge_id TEXT,"
    " PRIMARY KEY (run_id, position)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS runs_started ON runs(started_at)",
    "CREATE INDEX IF NOT EXISTS runs_zone ON runs(zone_name)",
    "CREATE INDEX IF NOT EXISTS batches_run ON batches(run_id)",
    "ALTER TABLE runs ADD COLUMN requests_sent INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE runs ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE runs ADD COLUMN elapsed_ms INTEGER",
    "INSERT INTO meta VALUES ('schema_version', '2')",
    // One finished run of two URLs, one request, as PurgeDesk recorded it.
    "INSERT INTO runs (id, started_at, finished_at, profile, account_id, zone_id, zone_name, mode, action, source,"
    " outcome, requested, done, requests, requests_sent, attempts, elapsed_ms) VALUES (7, '2026-11-20T10:00:00.000Z',"
    " '2026-11-20T10:00:01.500Z', 'work', 'acc', 'zone7', 'example.com', 'purge', 'files', 'cli', 'done', 2, 2, 1,"
    " 1, 1, 1500)",
    "INSERT INTO batches (run_id, batch_index, first_item, item_count, state, http_status, purge_id, attempts,"
    " started_ms, finished_ms) VALUES (7, 0, 0, 2, 'done', 200, 'p-old', 1, 3, 120)",
    "INSERT INTO items VALUES (7, 0, 'https://example.com/old-a.js', NULL, 'done', NULL, 'p-old')",
    "INSERT INTO items VALUES (7, 1, 'https://example.com/old-b.js', NULL, 'done', NULL, 'p-old')",
};

} // namespace

// The verdicts the history keeps (format 3): recorded from a real verification against the
// sandbox's edge, read back per URL and per run, replaced when a run is verified again, exported,
// and a format 2 file migrated (or only read) with its runs intact. Real SQLite files throughout.
class TestHistoryVerdicts final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<Cloudflare::ApiClient> m_client;

    QString edge() const { return u"http://127.0.0.1:%1"_s.arg(m_server->port()); }

    static Sandbox::EdgeUrl edgeUrl(const QString &url, EdgeBehaviour behaviour)
    {
        Sandbox::EdgeUrl result;
        result.url = url;
        result.behaviour = behaviour;
        return result;
    }

    PurgeSpec spec(const QString &zone, const QStringList &urls) const
    {
        PurgeSpec result;
        result.profile = u"work"_s;
        for (const Sandbox::Zone &z : m_server->config().zones) {
            if (z.name == zone)
                result.zone = {z.id, z.name, z.accountId, z.plan, true};
        }
        result.action = PurgeAction::Files;
        for (const QString &url : urls)
            result.items.append({url, {}, 1});
        return result;
    }

    // Purges `specs` (one run per zone) recorded into `store`; the runs' ids, in order.
    QList<qint64> purge(HistoryStore &store, const QList<PurgeSpec> &specs, QDateTime *startedAt)
    {
        PurgeSession session(m_client.get(), specs, {{}, RunSource::cli()});
        session.setRecorders([&store] { return std::make_unique<HistoryRecorder>(store); });
        session.start();
        *startedAt = session.startedAt();
        if (!QTest::qWaitFor([&] { return session.isFinished(); }, 20000))
            return {};
        return session.historyRunIds();
    }

    struct Verification
    {
        QList<UrlCheck> checks;
        QList<UrlWarm> warms;
    };

    // Verifies `urls` at the sandbox's edge (and warms the fresh ones), as the window and the CLI do.
    Verification verify(const QStringList &urls, const QDateTime &purgedAt, bool warm, bool cancel = false)
    {
        Verify::EdgeVerifier verifier;
        Verification result;
        if (!verifier.setEdge(edge()))
            return result;
        QSignalSpy finished(&verifier, &Verify::EdgeVerifier::finished);
        verifier.start(urls, PurgeMode::Purge, purgedAt);
        if (cancel)
            verifier.cancel();
        if (finished.isEmpty() && !finished.wait(20000))
            return result;
        result.checks = verifier.results();
        if (warm) {
            QSignalSpy warmed(&verifier, &Verify::EdgeVerifier::warmFinished);
            verifier.warm(Verify::freshUrls(verifier.results()));
            if (!warmed.wait(20000))
                return result;
            result.warms = verifier.warmResults();
        }
        return result;
    }

    static QHash<QString, VerdictRow> byUrl(const QList<VerdictRow> &rows)
    {
        QHash<QString, VerdictRow> result;
        for (const VerdictRow &row : rows)
            result.insert(row.check.url, row);
        return result;
    }

    static void makeVersion2File(const QString &path)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"version2"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const char *statement : kVersion2File)
                QVERIFY2(query.exec(QString::fromLatin1(statement)), statement);
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"version2"_s);
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::prepare();
        Sandbox::Config config = Sandbox::demoConfig();
        config.edgeUrls = {edgeUrl(u"https://example.com/app.js"_s, EdgeBehaviour::Cached),
            edgeUrl(u"https://example.com/mobile.html"_s, EdgeBehaviour::Variant),
            edgeUrl(u"https://example.com/api"_s, EdgeBehaviour::Dynamic),
            edgeUrl(u"https://example.net/site.css"_s, EdgeBehaviour::Cached)};
        m_server = std::make_unique<Sandbox::SandboxServer>(config);
        QVERIFY(m_server->start());
        m_client = std::make_unique<Cloudflare::ApiClient>();
        m_client->setCredentials(Cloudflare::Credentials::fromToken(Sandbox::demoToken()));
        QVERIFY(m_client->setApiBase(m_server->baseUrl()));
    }

    void verdictsAreKeptPerRunAndReplacedWhenVerifiedAgain()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"history.sqlite"_s));
        QString message;
        QVERIFY2(store.open(&message), qPrintable(message));
        const QStringList comUrls
            = {u"https://example.com/app.js"_s, u"https://example.com/mobile.html"_s, u"https://example.com/api"_s};
        const QStringList netUrls = {u"https://example.net/site.css"_s};
        QDateTime purgedAt;
        const QList<qint64> runs
            = purge(store, {spec(u"example.com"_s, comUrls), spec(u"example.net"_s, netUrls)}, &purgedAt);
        QCOMPARE(runs.size(), 2);
        QVERIFY(!store.run(runs.at(0))->verification.isVerified());

        // One verification of the whole purge, with a warm-up; each run keeps its own URLs.
        const Verification first = verify(comUrls + netUrls, purgedAt, true);
        QCOMPARE(first.checks.size(), 4);
        QCOMPARE(first.warms.size(), 2); // app.js and site.css came back fresh
        const QDateTime firstAt = QDateTime::currentDateTimeUtc().addSecs(-30);
        for (const qint64 runId : runs)
            QVERIFY2(
                store.recordVerification(runId, first.checks, first.warms, firstAt), qPrintable(store.lastError()));

        QHash<QString, VerdictRow> com = byUrl(store.verdicts(runs.at(0)));
        QCOMPARE(com.size(), 3);
        QCOMPARE(com.value(u"https://example.com/app.js"_s).check.verdict, Verify::Verdict::Fresh);
        QCOMPARE(com.value(u"https://example.com/app.js"_s).check.cacheStatus, u"MISS"_s);
        QVERIFY(!com.value(u"https://example.com/app.js"_s).check.ray.isEmpty());
        QCOMPARE(com.value(u"https://example.com/app.js"_s).check.httpStatus, 200);
        QCOMPARE(com.value(u"https://example.com/app.js"_s).warm.outcome, WarmOutcome::Warmed);
        QCOMPARE(com.value(u"https://example.com/mobile.html"_s).check.verdict, Verify::Verdict::StillCached);
        QCOMPARE(com.value(u"https://example.com/mobile.html"_s).check.cacheStatus, u"HIT"_s);
        QVERIFY(com.value(u"https://example.com/mobile.html"_s).check.ageSeconds >= 0);
        QCOMPARE(com.value(u"https://example.com/mobile.html"_s).warm.outcome, WarmOutcome::Pending); // not warmed
        QCOMPARE(com.value(u"https://example.com/api"_s).check.verdict, Verify::Verdict::NotCached);
        QCOMPARE(com.value(u"https://example.com/api"_s).checkedAt, firstAt); // kept to the millisecond
        const QList<VerdictRow> net = store.verdicts(runs.at(1));
        QCOMPARE(net.size(), 1);
        QCOMPARE(net.first().check.url, u"https://example.net/site.css"_s);
        QCOMPARE(net.first().warm.outcome, WarmOutcome::Warmed);

        // The run's summary, cheaply with the run; and each item with its URL's verdict.
        RunRow run = *store.run(runs.at(0));
        QCOMPARE(run.verification.checkedAt, firstAt);
        QCOMPARE(run.verification.verdicts.fresh, 1);
        QCOMPARE(run.verification.verdicts.stillCached, 1);
        QCOMPARE(run.verification.verdicts.notCached, 1);
        QCOMPARE(run.verification.verdicts.total(), 3);
        QCOMPARE(run.verification.warms.warmed, 1);
        QCOMPARE(Verify::summary(run.verification.verdicts), u"1 fresh, 1 still cached, 1 not cached"_s);
        QCOMPARE(store.runs().size(), 2); // the list reads it too
        const QList<ItemRow> items = store.items(runs.at(0));
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(1).value, u"https://example.com/mobile.html"_s);
        QCOMPARE(items.at(1).verification.check.verdict, Verify::Verdict::StillCached);
        QCOMPARE(items.at(1).verification.checkedAt, firstAt);

        // Verified again (the API now not served by Cloudflare, no warm-up): one row per URL,
        // replaced, with the new time; the warm-up of the earlier verification is gone with it.
        m_server->setEdgeUrls({edgeUrl(u"https://example.com/app.js"_s, EdgeBehaviour::Cached),
            edgeUrl(u"https://example.com/mobile.html"_s, EdgeBehaviour::Variant),
            edgeUrl(u"https://example.com/api"_s, EdgeBehaviour::NoRay),
            edgeUrl(u"https://example.net/site.css"_s, EdgeBehaviour::Cached)});
        const Verification second = verify(comUrls, purgedAt, false);
        const QDateTime secondAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store.recordVerification(runs.at(0), second.checks, second.warms, secondAt));
        com = byUrl(store.verdicts(runs.at(0)));
        QCOMPARE(com.size(), 3);
        QCOMPARE(com.value(u"https://example.com/api"_s).check.verdict, Verify::Verdict::NotCloudflare);
        QCOMPARE(com.value(u"https://example.com/api"_s).checkedAt, secondAt);
        QCOMPARE(com.value(u"https://example.com/app.js"_s).warm.outcome, WarmOutcome::Pending);
        run = *store.run(runs.at(0));
        QCOMPARE(run.verification.checkedAt, secondAt);
        QCOMPARE(run.verification.verdicts.notCloudflare, 1);
        QCOMPARE(run.verification.verdicts.notCached, 0);
        QCOMPARE(run.verification.warms.total(), 0);
        QCOMPARE(store.verdicts(runs.at(1)).size(), 1); // the other zone's run is left as it was

        // A verification cancelled before any answer leaves every verdict as it was.
        const Verification cancelled = verify(comUrls, purgedAt, false, true);
        QCOMPARE(Verify::countVerdicts(cancelled.checks).notChecked, 3);
        QVERIFY(store.recordVerification(runs.at(0), cancelled.checks, {}, secondAt.addSecs(60)));
        QCOMPARE(byUrl(store.verdicts(runs.at(0))).value(u"https://example.com/api"_s).check.verdict,
            Verify::Verdict::NotCloudflare);
        QCOMPARE(store.run(runs.at(0))->verification.checkedAt, secondAt);

        // A URL that is not the run's is not kept; a run that does not exist is refused.
        QVERIFY(store.recordVerification(runs.at(1), second.checks, {}, secondAt));
        QCOMPARE(store.verdicts(runs.at(1)).size(), 1);
        QVERIFY(!store.recordVerification(999, first.checks, {}, secondAt));
        QVERIFY(store.lastError().contains(u"999"_s));

        // Deleting runs deletes their verdicts.
        QCOMPARE(store.deleteRunsBefore(QDateTime::currentDateTimeUtc().addDays(1)), 2);
        QVERIFY(store.verdicts(runs.at(0)).isEmpty());
        QCOMPARE(store.integrityCheck(), u"ok"_s);
    }

    // After a host purge the URLs were listed by hand: the run keeps those in its zone, counted in
    // its verification; its items (hostnames) have no verdict.
    void listedUrlsOfAHostPurgeAreKeptInItsZone()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"history.sqlite"_s));
        QString message;
        QVERIFY(store.open(&message));
        PurgeSpec hosts = spec(u"example.com"_s, {});
        hosts.action = PurgeAction::Hosts;
        hosts.items.append({u"www.example.com"_s, {}, 1});
        QDateTime purgedAt;
        const QList<qint64> runs = purge(store, {hosts}, &purgedAt);
        QCOMPARE(runs.size(), 1);
        const QStringList listed = {u"https://www.example.com/"_s, u"https://example.com/app.js"_s,
            u"https://example.net/site.css"_s, u"https://notexample.com/"_s};
        const Verification verification = verify(listed, purgedAt, false);
        QCOMPARE(verification.checks.size(), 4);
        QVERIFY(store.recordVerification(runs.first(), verification.checks, {}, QDateTime::currentDateTimeUtc()));
        const QHash<QString, VerdictRow> kept = byUrl(store.verdicts(runs.first()));
        QCOMPARE(kept.size(), 2);
        QVERIFY(kept.contains(u"https://www.example.com/"_s));
        QVERIFY(kept.contains(u"https://example.com/app.js"_s));
        QCOMPARE(store.run(runs.first())->verification.verdicts.total(), 2);
        QCOMPARE(store.items(runs.first()).size(), 1);
        QVERIFY(!store.items(runs.first()).first().verification.isVerified());

        // A zone whose name is unknown (a token that may only purge): every listed URL is kept,
        // none dropped for want of a name to compare.
        PurgeSpec unnamed = hosts;
        unnamed.zone.name.clear();
        const QList<qint64> second = purge(store, {unnamed}, &purgedAt);
        QCOMPARE(second.size(), 1);
        QVERIFY(store.recordVerification(second.first(), verification.checks, {}, QDateTime::currentDateTimeUtc()));
        QCOMPARE(store.verdicts(second.first()).size(), 4);
    }

    void exportCarriesTheVerdicts()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"history.sqlite"_s));
        QString message;
        QVERIFY(store.open(&message));
        const QStringList urls = {u"https://example.com/app.js"_s, u"https://example.com/mobile.html"_s};
        QDateTime purgedAt;
        const QList<qint64> verified = purge(store, {spec(u"example.com"_s, urls)}, &purgedAt);
        QCOMPARE(verified.size(), 1);
        const Verification verification = verify(urls, purgedAt, true);
        const QDateTime checkedAt = QDateTime::fromString(u"2026-11-27T19:00:05.250Z"_s, Qt::ISODateWithMs);
        QVERIFY(store.recordVerification(verified.first(), verification.checks, verification.warms, checkedAt));
        QCOMPARE(purge(store, {spec(u"example.com"_s, {u"https://example.com/later.js"_s})}, &purgedAt).size(), 1);

        QString json;
        QTextStream out(&json);
        ExportOptions options;
        options.details = true;
        QCOMPARE(exportRuns(store, {}, options, out), 2);
        const QJsonArray runs = QJsonDocument::fromJson(json.toUtf8()).array();
        QCOMPARE(runs.size(), 2);
        QVERIFY(runs.at(0).toObject().value(u"verification"_s).isNull()); // the later run was not verified
        QVERIFY(!runs.at(0).toObject().value(u"items"_s).toArray().first().toObject().contains(u"verdict"_s));
        const QJsonObject run = runs.at(1).toObject();
        const QJsonObject summary = run.value(u"verification"_s).toObject();
        QCOMPARE(summary.value(u"checked_at"_s).toString(), u"2026-11-27T19:00:05.250Z"_s);
        QCOMPARE(summary.value(u"summary"_s).toString(), u"1 fresh, 1 still cached"_s);
        QCOMPARE(summary.value(u"all_fresh"_s), QJsonValue(false));
        QCOMPARE(summary.value(u"counts"_s).toObject().value(u"still_cached"_s).toInt(), 1);
        QCOMPARE(summary.value(u"warm"_s).toObject().value(u"summary"_s).toString(), u"1 warmed"_s);
        const QJsonArray items = run.value(u"items"_s).toArray();
        QCOMPARE(items.at(0).toObject().value(u"verdict"_s).toString(), u"fresh"_s);
        QCOMPARE(items.at(0).toObject().value(u"checked_at"_s).toString(), u"2026-11-27T19:00:05.250Z"_s);
        QCOMPARE(items.at(0).toObject().value(u"warm"_s).toString(), u"warmed"_s);
        QCOMPARE(items.at(1).toObject().value(u"verdict"_s).toString(), u"still_cached"_s);
        QCOMPARE(items.at(1).toObject().value(u"cache_status"_s).toString(), u"HIT"_s);
        QVERIFY(!items.at(1).toObject().contains(u"warm"_s));

        QString csv;
        QTextStream csvOut(&csv);
        options.format = ExportFormat::Csv;
        QCOMPARE(exportRuns(store, {}, options, csvOut), 2);
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QVERIFY2(lines.at(0).endsWith(
                     u",verified_at,fresh,still_cached,not_cached,not_cloudflare,unreachable,not_checked,warmed,"
                     u"failed_to_warm"_s),
            qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).endsWith(u",,,,,,,,,"_s), qPrintable(lines.at(1))); // not verified: empty
        QVERIFY2(lines.at(2).endsWith(u",2026-11-27T19:00:05.250Z,1,1,0,0,0,0,1,0"_s), qPrintable(lines.at(2)));
    }

    void aVersion2HistoryIsMigratedWithItsRuns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        makeVersion2File(path);
        HistoryStore store(path);
        QString message;
        QVERIFY2(store.open(&message), qPrintable(message));
        QVERIFY2(message.isEmpty(), qPrintable(message));
        QCOMPARE(store.countRuns(), 1);
        const RunRow run = *store.run(7);
        QCOMPARE(run.zoneName, u"example.com"_s);
        QCOMPARE(run.outcome, RunOutcome::Done);
        QCOMPARE(run.counters.done, 2);
        QCOMPARE(run.counters.elapsedMs, 1500);
        QCOMPARE(run.startedAt, QDateTime::fromString(u"2026-11-20T10:00:00.000Z"_s, Qt::ISODateWithMs));
        QVERIFY(!run.verification.isVerified());
        QCOMPARE(store.batches(7).size(), 1);
        QCOMPARE(store.batches(7).first().purgeId, u"p-old"_s);
        QCOMPARE(store.items(7).size(), 2);
        QVERIFY(!store.items(7).first().verification.isVerified());

        // The old run can be verified now, and new runs are recorded as ever.
        const QStringList urls = {u"https://example.com/old-a.js"_s, u"https://example.com/old-b.js"_s};
        const Verification verification = verify(urls, {}, false);
        QVERIFY(store.recordVerification(7, verification.checks, {}, QDateTime::currentDateTimeUtc()));
        QCOMPARE(store.run(7)->verification.verdicts.total(), 2);
        QDateTime purgedAt;
        QCOMPARE(purge(store, {spec(u"example.com"_s, {u"https://example.com/app.js"_s})}, &purgedAt).size(), 1);
        QCOMPARE(store.countRuns(), 2);
        QCOMPARE(store.integrityCheck(), u"ok"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 3);
            QCOMPARE(HistoryStore::SchemaVersion, 3);
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"inspect"_s);

        // Opened again: nothing to migrate, nothing lost.
        HistoryStore again(path);
        QVERIFY(again.open(&message));
        QCOMPARE(again.countRuns(), 2);
        QCOMPARE(again.verdicts(7).size(), 2);
    }

    void aReadOnlyVersion2HistoryIsReadUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        makeVersion2File(path);
        const Test::ReadOnly readOnly(path);
        QVERIFY(readOnly.ok());
        const QByteArray before = readAll(path);
        HistoryStore store(path);
        QString message;
        QVERIFY2(store.open(&message, HistoryStore::Check::Full, HistoryStore::Use::Browse), qPrintable(message));
        QVERIFY(!store.isWritable());
        QCOMPARE(store.countRuns(), 1);
        QCOMPARE(store.runs().first().id, 7);
        QVERIFY(!store.runs().first().verification.isVerified());
        QCOMPARE(store.items(7).size(), 2);
        QVERIFY(store.verdicts(7).isEmpty());
        QVERIFY(!store.recordVerification(7, {}, {}, QDateTime::currentDateTimeUtc()));
        QCOMPARE(readAll(path), before);
    }

    void aNewerHistoryIsStillRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        makeVersion2File(path);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(
                u"UPDATE meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(HistoryStore::SchemaVersion + 1)));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        const QByteArray before = readAll(path);
        HistoryStore store(path);
        QString message;
        QVERIFY(!store.open(&message));
        QVERIFY2(message.contains(u"newer PurgeDesk (format 4)"_s), qPrintable(message));
        QVERIFY(!store.open(&message, HistoryStore::Check::Full, HistoryStore::Use::Browse));
        QCOMPARE(readAll(path), before);
    }

    // A later format that only adds to this one says so (writable_from): this version goes on
    // recording into it, as it is, and never converts it back. One that does not say so, or names a
    // later format, is left alone.
    void aNewerHistoryThatAllowsThisVersionIsWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        {
            HistoryStore made(path);
            QString message;
            QVERIFY2(made.open(&message), qPrintable(message));
        }
        const auto meta = [&path](const QStringList &changes) {
            QHash<QString, QString> values;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
                db.setDatabaseName(path);
                if (db.open()) {
                    QSqlQuery query(db);
                    for (const QString &change : changes) {
                        if (!query.exec(change))
                            values.insert(u"failed"_s, change + u": "_s + query.lastError().text());
                    }
                    query.exec(u"SELECT key, value FROM meta"_s);
                    while (query.next())
                        values.insert(query.value(0).toString(), query.value(1).toString());
                    query.finish();
                    db.close();
                }
            }
            QSqlDatabase::removeDatabase(u"future"_s);
            return values;
        };
        QCOMPARE(meta({}).value(u"writable_from"_s), QString::number(HistoryStore::WritableFrom));
        const QString later = QString::number(HistoryStore::SchemaVersion + 1);
        QVERIFY(!meta({u"UPDATE meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(later),
                          u"CREATE TABLE future_notes (run_id INTEGER, note TEXT)"_s,
                          u"INSERT INTO future_notes VALUES (1, 'kept')"_s})
                     .contains(u"failed"_s));

        PurgeSpec purge;
        purge.profile = u"work"_s;
        purge.zone = {u"zone7"_s, u"example.com"_s, u"acc"_s, Plan::Free, true};
        purge.action = PurgeAction::Files;
        purge.items.append({u"https://example.com/a.js"_s, {}, 1});
        {
            HistoryStore store(path);
            QString message;
            QVERIFY2(store.open(&message), qPrintable(message));
            QVERIFY(store.isWritable());
            QVERIFY(store.recordDryRun(purge, RunSource::cli(), 1) > 0);
            QCOMPARE(store.countRuns(), 1);
        }
        // The later format's own table is still there.
        const QHash<QString, QString> after = meta({u"SELECT note FROM future_notes"_s});
        QVERIFY2(!after.contains(u"failed"_s), qPrintable(after.value(u"failed"_s)));
        QCOMPARE(after.value(u"schema_version"_s), later);
        QCOMPARE(after.value(u"writable_from"_s), QString::number(HistoryStore::WritableFrom));

        // Only a later version may write it: left alone, as a file without the key is.
        meta({u"UPDATE meta SET value = '%1' WHERE key = 'writable_from'"_s.arg(later)});
        const QByteArray before = readAll(path);
        HistoryStore store(path);
        QString message;
        QVERIFY(!store.open(&message));
        QVERIFY2(message.contains(u"newer PurgeDesk (format %1)"_s.arg(later)), qPrintable(message));
        QCOMPARE(readAll(path), before);
    }
};

QTEST_GUILESS_MAIN(TestHistoryVerdicts)
#include "tst_historyverdicts.moc"
