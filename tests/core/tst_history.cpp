#include "cloudflare/apiclient.h"
#include "history/historyexport.h"
#include "history/historyservice.h"
#include "history/historystore.h"
#include "purge/purgesession.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::History;
using namespace PurgeDesk::Purge;

class TestHistory final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<Cloudflare::ApiClient> m_client;

    Purge::PurgeSpec spec(PurgeAction action, int count, const QString &zone = u"example.com"_s) const
    {
        Purge::PurgeSpec result;
        result.profile = u"work"_s;
        for (const Sandbox::Zone &z : m_server->config().zones) {
            if (z.name == zone)
                result.zone = {z.id, z.name, z.accountId, z.plan, true};
        }
        result.action = action;
        for (int i = 0; i < count; ++i)
            result.items.append(
                {u"https://%1/file-%2.css"_s.arg(zone).arg(i), {{u"CF-Device-Type"_s, u"mobile"_s}}, i + 1});
        return result;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static PurgeSession::Options options(const RunSource &source)
    {
        PurgeSession::Options options;
        options.runner.backoffBaseMs = 10;
        options.runner.backoffMaxMs = 20;
        options.runner.maxAttempts = 2;
        options.source = source;
        return options;
    }

    // Runs a purge through a session recorded into `store`; its counters when it ended go to `counters`.
    qint64 runAndRecord(HistoryStore &store, const Purge::PurgeSpec &purge, const RunSource &source = RunSource::cli(),
        Counters *counters = nullptr)
    {
        PurgeSession session(m_client.get(), purge, options(source));
        HistoryRecorder *kept = nullptr;
        session.setRecorders([&store, &kept] {
            auto recorder = std::make_unique<HistoryRecorder>(store);
            kept = recorder.get();
            return recorder;
        });
        session.start();
        if (!QTest::qWaitFor([&] { return session.isFinished(); }, 20000))
            return -1;
        if (counters)
            *counters = session.counters();
        return kept ? kept->runId() : 0;
    }

    static qint64 dryRun(HistoryStore &store, const PurgeSpec &purge, const RunSource &source)
    {
        return store.recordDryRun(purge, source, 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        PurgeDesk::Test::prepare();
        m_server = std::make_unique<Sandbox::SandboxServer>();
        QVERIFY(m_server->start());
        m_client = std::make_unique<Cloudflare::ApiClient>();
        m_client->setCredentials(Cloudflare::Credentials::fromToken(Sandbox::demoToken()));
        QVERIFY(m_client->setApiBase(m_server->baseUrl()));
    }

    void init()
    {
        m_server->setFaults({});
        m_server->reset();
    }

    void aRunIsRecordedAsItHappens()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"data/history.sqlite"_s));
        QString message;
        QVERIFY(store.open(&message));
        QVERIFY(message.isEmpty());
        Counters shown;
        const qint64 id = runAndRecord(store, spec(PurgeAction::Files, 250), RunSource::cli(), &shown);
        QVERIFY(id > 0);

        const QList<RunRow> runs = store.runs();
        QCOMPARE(runs.size(), 1);
        const RunRow &run = runs.first();
        QCOMPARE(run.id, id);
        QCOMPARE(run.zoneName, u"example.com"_s);
        QCOMPARE(run.profile, u"work"_s);
        QCOMPARE(run.source, RunSource::cli());
        QCOMPARE(run.mode, PurgeMode::Purge);
        QCOMPARE(run.action, PurgeAction::Files);
        QCOMPARE(run.outcome, RunOutcome::Done);
        QCOMPARE(run.counters.items, 250);
        QCOMPARE(run.counters.done, 250);
        QCOMPARE(run.counters.requestsPlanned, 3);
        QCOMPARE(run.counters.requestsSent, 3);
        QCOMPARE(run.counters, shown); // the very numbers the session showed, time included
        QCOMPARE(run.startedAt.msecsTo(run.finishedAt), shown.elapsedMs);

        const QList<BatchRow> batches = store.batches(id);
        QCOMPARE(batches.size(), 3);
        QStringList sandboxIds;
        for (const Sandbox::PurgeRecord &record : m_server->purges())
            sandboxIds << record.purgeId;
        for (const BatchRow &batch : batches) {
            QCOMPARE(batch.state, BatchState::Done);
            QCOMPARE(batch.httpStatus, 200);
            QVERIFY(sandboxIds.contains(batch.purgeId));
        }
        const QList<ItemRow> items = store.items(id);
        QCOMPARE(items.size(), 250);
        QCOMPARE(items.first().value, u"https://example.com/file-0.css"_s);
        QCOMPARE(items.first().headers, u"CF-Device-Type: mobile"_s);
        for (const ItemRow &item : items) {
            QCOMPARE(item.state, ItemState::Done);
            QVERIFY(sandboxIds.contains(item.purgeId));
        }
        QCOMPARE(store.integrityCheck(), u"ok"_s);
    }

    void failuresKeepTheirReasons()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"history.sqlite"_s));
        QString message;
        QVERIFY(store.open(&message));
        Sandbox::Fault outage;
        outage.endpoint = u"purge_cache"_s;
        outage.kind = Sandbox::FaultKind::HtmlError;
        outage.nth = 2;
        outage.count = 100;
        m_server->setFaults({outage});
        Counters shown;
        const qint64 id = runAndRecord(store, spec(PurgeAction::Files, 150), RunSource::cli(), &shown);
        const RunRow run = store.runs().first();
        QCOMPARE(run.outcome, RunOutcome::Partial);
        QCOMPARE(run.counters.done, 100);
        QCOMPARE(run.counters.failed, 50);
        QCOMPARE(run.counters.attempts, 3); // the second request was sent twice
        QCOMPARE(run.counters.retries, 1);
        QCOMPARE(run.counters, shown);
        const QList<ItemRow> items = store.items(id);
        QCOMPARE(items.at(120).state, ItemState::Failed);
        QVERIFY(items.at(120).reason.contains(u"HTTP 502"_s));
        const QList<BatchRow> batches = store.batches(id);
        QCOMPARE(batches.size(), run.counters.requestsPlanned); // one row per request
        QCOMPARE(batches.last().state, BatchState::Failed);
        QCOMPARE(batches.last().attempts, 2);
        QCOMPARE(batches.last().httpStatus, 502);
        QVERIFY(batches.last().errorMessage.contains(u"HTML"_s));
    }

    // Requests are listed in the order they were planned, as the run view numbers them, not in the
    // order Cloudflare answered them.
    void requestsKeepTheirPlannedOrder()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"history.sqlite"_s));
        QString message;
        QVERIFY(store.open(&message));
        Sandbox::Fault outage; // the first request fails once: it is sent again after the others
        outage.endpoint = u"purge_cache"_s;
        outage.kind = Sandbox::FaultKind::HtmlError;
        outage.nth = 1;
        m_server->setFaults({outage});
        const qint64 id = runAndRecord(store, spec(PurgeAction::Files, 250));
        QVERIFY(id > 0);

        QList<int> writtenOrder;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"order"_s);
            db.setDatabaseName(store.path());
            QVERIFY(db.open());
            QSqlQuery written(db);
            QVERIFY(written.exec(u"SELECT batch_index FROM batches WHERE run_id = %1 ORDER BY id"_s.arg(id)));
            while (written.next())
                writtenOrder << written.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(u"order"_s);
        QCOMPARE(writtenOrder.size(), 3);
        QVERIFY2(writtenOrder.first() != 0, "the slow first request should have been written last");

        const QList<BatchRow> batches = store.batches(id);
        QCOMPARE(batches.size(), 3);
        for (int i = 0; i < batches.size(); ++i) {
            QCOMPARE(batches.at(i).index, i);
            QCOMPARE(batches.at(i).first, i * 100);
            QCOMPARE(batches.at(i).state, BatchState::Done);
        }
    }

    void filtersAndRetention()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"history.sqlite"_s));
        QString message;
        QVERIFY(store.open(&message));
        runAndRecord(store, spec(PurgeAction::Files, 3, u"example.com"_s), RunSource::gui());
        runAndRecord(store, spec(PurgeAction::Files, 2, u"example.net"_s), RunSource::drone());
        const qint64 dry = dryRun(store, spec(PurgeAction::Files, 1, u"example.org"_s), RunSource::cli());

        QCOMPARE(store.countRuns(), 3);
        QCOMPARE(store.runs().first().id, dry); // newest first
        QVERIFY(store.runs().first().dryRun);
        QCOMPARE(store.runs().first().outcome, RunOutcome::DryRun);
        QVERIFY(store.runs().first().finishedAt.isValid());
        RunFilter zone;
        zone.zone = u"example.net"_s;
        QCOMPARE(store.runs(zone).size(), 1);
        QCOMPARE(store.runs(zone).first().source, RunSource::drone());
        zone.zone = u"EXAMPLE.NET"_s; // a zone name in any case
        QCOMPARE(store.runs(zone).size(), 1);
        RunFilter text;
        text.text = u"file-2"_s; // matches an item of the first run only
        QCOMPARE(store.runs(text).size(), 1);
        QCOMPARE(store.runs(text).first().zoneName, u"example.com"_s);
        RunFilter outcome;
        outcome.outcome = RunOutcome::Done;
        QCOMPARE(store.countRuns(outcome), 2);
        RunFilter future;
        future.since = QDateTime::currentDateTimeUtc().addDays(1);
        QCOMPARE(store.countRuns(future), 0);
        QCOMPARE(store.runs({}, 2, 1).size(), 2); // paging

        QCOMPARE(store.deleteRunsBefore(QDateTime::currentDateTimeUtc().addDays(-30)), 0);
        QCOMPARE(store.deleteRunsBefore(QDateTime::currentDateTimeUtc().addSecs(1)), 3);
        QCOMPARE(store.countRuns(), 0);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(store.path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM items"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0); // items go with their runs
        query.finish();
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"check"_s);

        // An internationalised zone name is found in either form.
        PurgeSpec idn = spec(PurgeAction::Files, 1, u"example.org"_s);
        idn.zone.name = u"xn--bcher-kva.example"_s;
        const qint64 idnRun = dryRun(store, idn, RunSource::cli());
        // (and one kept in its Unicode form, by its ACE form).
        PurgeSpec unicodeSpec = spec(PurgeAction::Files, 1, u"example.org"_s);
        unicodeSpec.zone.name = u"m\u00fcnchen.example"_s;
        const qint64 unicodeRun = dryRun(store, unicodeSpec, RunSource::cli());
        for (const auto &[name, run] : {std::pair {u"b\u00fccher.example"_s, idnRun},
                 std::pair {u"XN--BCHER-KVA.example"_s, idnRun}, std::pair {u"xn--mnchen-3ya.example"_s, unicodeRun}}) {
            RunFilter byName;
            byName.zone = name;
            QCOMPARE(store.runs(byName).size(), 1);
            QCOMPARE(store.runs(byName).first().id, run);
        }
    }

    void keysetPagingSelectionAndZones()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"history.sqlite"_s));
        QString message;
        QVERIFY(store.open(&message));
        QList<qint64> ids;
        for (int i = 0; i < 7; ++i) // several in the same millisecond: the id breaks the tie
            ids.prepend(dryRun(
                store, spec(PurgeAction::Files, 1, i % 2 ? u"example.net"_s : u"example.com"_s), RunSource::cli()));
        QList<qint64> paged;
        RunFilter filter;
        for (;;) {
            const QList<RunRow> page = store.runs(filter, 3);
            for (const RunRow &run : page)
                paged << run.id;
            if (page.size() < 3)
                break;
            filter.afterStartedAt = page.last().startedAt;
            filter.afterId = page.last().id;
        }
        QCOMPARE(paged, ids); // every run once, newest first
        RunFilter chosen;
        chosen.ids = {ids.at(1), ids.at(4)};
        QCOMPARE(store.countRuns(chosen), 2);
        QCOMPARE(store.run(ids.at(4))->id, ids.at(4));
        QVERIFY(!store.run(123456));
        QCOMPARE(store.zones(), (QStringList {u"example.com"_s, u"example.net"_s}));
    }

    void latestRunOfEachPreset()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"history.sqlite"_s));
        QString message;
        QVERIFY(store.open(&message));
        const qint64 deployFirst = dryRun(store, spec(PurgeAction::Files, 1), RunSource::ofPreset(u"Deploy"_s));
        const qint64 tags = dryRun(store, spec(PurgeAction::Tags, 1), RunSource::ofPreset(u"Tags"_s));
        dryRun(store, spec(PurgeAction::Files, 1), RunSource::gui());
        const qint64 deployLast = dryRun(store, spec(PurgeAction::Files, 2), RunSource::ofPreset(u"Deploy"_s));
        dryRun(store, spec(PurgeAction::Files, 1), RunSource::fromName(u"preset-like:x"_s));
        const QList<RunRow> latest = store.latestPresetRuns();
        QCOMPARE(latest.size(), 2);
        QCOMPARE(latest.at(0).id, deployLast); // newest first
        QCOMPARE(latest.at(0).source.presetName(), u"Deploy"_s);
        QCOMPARE(latest.at(0).counters.items, 2);
        QCOMPARE(latest.at(1).id, tags);
        QVERIFY(deployFirst < deployLast);
    }

    void exportWritesCsvAndJsonWithDetails()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"history.sqlite"_s));
        QString message;
        QVERIFY(store.open(&message));
        m_server->setFaults({{u"purge_cache"_s, Sandbox::FaultKind::HtmlError, 0, 1, 1.0, 502}});
        const qint64 failed = runAndRecord(store, spec(PurgeAction::Files, 2), RunSource::gui());
        m_server->setFaults({});
        const qint64 done = runAndRecord(
            store, spec(PurgeAction::Files, 1, u"example.net"_s), RunSource::ofPreset(u"Deploy, \"main\""_s));

        QString json;
        QTextStream jsonOut(&json);
        ExportOptions options;
        options.details = true;
        QCOMPARE(exportRuns(store, {}, options, jsonOut), 2);
        const QJsonArray runs = QJsonDocument::fromJson(json.toUtf8()).array();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).toObject().value(u"id"_s).toInteger(), done);
        QCOMPARE(runs.at(0).toObject().value(u"purge_ids"_s).toArray().size(), 1);
        const QJsonObject bad = runs.at(1).toObject();
        QCOMPARE(bad.value(u"id"_s).toInteger(), failed);
        QCOMPARE(bad.value(u"outcome"_s).toString(), u"failed"_s);
        QCOMPARE(bad.value(u"batches"_s).toArray().first().toObject().value(u"http_status"_s).toInt(), 502);
        QCOMPARE(bad.value(u"requests"_s).toInt(), 1);
        QCOMPARE(bad.value(u"attempts"_s).toInt(), 2);
        const QJsonObject item = bad.value(u"items"_s).toArray().at(1).toObject();
        QCOMPARE(item.value(u"value"_s).toString(), u"https://example.com/file-1.css"_s);
        QCOMPARE(item.value(u"headers"_s).toString(), u"CF-Device-Type: mobile"_s);
        QCOMPARE(item.value(u"state"_s).toString(), u"failed"_s);

        QString csv;
        QTextStream csvOut(&csv);
        options.format = ExportFormat::Csv;
        options.limit = 1;
        QCOMPARE(exportRuns(store, {}, options, csvOut), 1);
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        // The counters, then the verification's columns (format 3).
        QVERIFY(
            lines.first().contains(u",outcome,requested,done,failed,not_sent,pending,requests,requests_sent,attempts,"
                                   u"retries,rate_limited,elapsed_ms,verified_at,"_s));
        QVERIFY2(lines.at(1).contains(u",\"preset:Deploy, \"\"main\"\"\",0,done,1,1,0,0,0,1,1,1,0,0,"_s),
            qPrintable(lines.at(1))); // quoted

        QString empty;
        QTextStream emptyOut(&empty);
        RunFilter none;
        none.zone = u"nowhere.example"_s;
        options.format = ExportFormat::Json;
        QCOMPARE(exportRuns(store, none, options, emptyOut), 0);
        QCOMPARE(QJsonDocument::fromJson(empty.toUtf8()).array().size(), 0);
    }

    void serviceOpensAndAnswersOnAWorkerThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        {
            HistoryStore store(path);
            QString message;
            QVERIFY(store.open(&message));
            dryRun(store, spec(PurgeAction::Tags, 1), RunSource::cli());
        }
        HistoryService service(path);
        QSignalSpy opened(&service, &HistoryService::opened);
        service.open(0);
        QCOMPARE(service.state(), HistoryService::State::Opening);
        QVERIFY(opened.wait(10000));
        QCOMPARE(service.state(), HistoryService::State::Open);
        QObject context;
        QThread *answeredOn = nullptr;
        QThread *workedOn = nullptr;
        int count = -1;
        service.query<int>(
            &context,
            [&workedOn](const HistoryStore &store) {
                workedOn = QThread::currentThread();
                return store.countRuns();
            },
            [&](const int &result) {
                answeredOn = QThread::currentThread();
                count = result;
            });
        QTRY_COMPARE(count, 1);
        QCOMPARE(answeredOn, QThread::currentThread());
        QVERIFY(workedOn && workedOn != QThread::currentThread());

        // An answer for a context that is gone is dropped.
        bool called = false;
        auto *gone = new QObject;
        service.query<int>(
            gone, [](const HistoryStore &store) { return store.countRuns(); },
            [&called](const int &) { called = true; });
        delete gone;
        // Answers come back in order: once a later one is in, the dropped one had its turn.
        bool later = false;
        service.query<int>(
            &context, [](const HistoryStore &store) { return store.countRuns(); },
            [&later](const int &) { later = true; });
        QTRY_VERIFY(later);
        QVERIFY(!called);
    }

    // The window's history opens when something first needs it: not before the retention setting
    // is known (a request before it waits for it), once, with the full check unless only a purge
    // asked (Check::Auto, which skips it after a clean close).
    void serviceOpensWhenFirstNeeded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            HistoryStore store(path);
            QString message;
            QVERIFY(store.open(&message));
            for (const QDateTime &when : {now.addDays(-40), now.addDays(-1)}) {
                const qint64 id = store.beginRun(spec(PurgeAction::Tags, 1), RunSource::cli(), when, {}, false);
                QVERIFY(id > 0);
                QVERIFY(store.finishRun(id, RunOutcome::Done, {}, when.addSecs(1)));
            }
        }
        {
            HistoryService service(path);
            QSignalSpy opened(&service, &HistoryService::opened);
            service.ensureOpen(HistoryStore::Check::Auto);
            service.ensureOpen(); // the panel: the full check wins
            QCOMPARE(service.state(), HistoryService::State::Closed);
            QTest::qWait(50);
            QCOMPARE(opened.size(), 0);
            service.setRetentionDays(30);
            QCOMPARE(service.state(), HistoryService::State::Opening);
            QVERIFY(opened.wait(10000));
            QCOMPARE(service.state(), HistoryService::State::Open);
            QVERIFY(service.checkedFully());
            QCOMPARE(service.removedByRetention(), 1);
            service.ensureOpen(); // open already: nothing more
            QTest::qWait(50);
            QCOMPARE(opened.size(), 1);
        }
        {
            // A purge alone: after a clean close, the file is not read in full.
            HistoryService service(path);
            QSignalSpy opened(&service, &HistoryService::opened);
            service.setRetentionDays(0);
            QCOMPARE(service.state(), HistoryService::State::Closed);
            service.ensureOpen(HistoryStore::Check::Auto);
            QVERIFY(opened.wait(10000));
            QCOMPARE(service.state(), HistoryService::State::Open);
            QVERIFY(!service.checkedFully());
            QVERIFY(service.isWritable());
        }
        {
            // Never needed: nothing is read or created (flush() has nothing to wait for).
            HistoryService service(dir.filePath(u"never.sqlite"_s));
            service.setRetentionDays(30);
            service.flush();
            QCOMPARE(service.state(), HistoryService::State::Closed);
        }
        QVERIFY(!QFile::exists(dir.filePath(u"never.sqlite"_s)));
    }

    void damagedFileIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray garbage = QByteArray("this is not a database\n").repeated(200);
        file.write(garbage);
        file.close();

        HistoryStore store(path);
        QString message;
        QVERIFY(store.open(&message));
        QVERIFY2(message.contains(u"was damaged"_s), qPrintable(message));
        QVERIFY(message.contains(u"a new history was started"_s));
        const QStringList aside = QDir(dir.path()).entryList({u"history.sqlite.damaged-*"_s});
        QCOMPARE(aside.size(), 1);
        QFile kept(dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage);
        QVERIFY(runAndRecord(store, spec(PurgeAction::Files, 1)) > 0);
        QCOMPARE(store.countRuns(), 1);
    }

    // A history closed cleanly is not read in full by a command-line purge (Check::Auto): what it
    // costs does not grow with the history.
    void autoCheckSkipsTheFullCheckAfterACleanClose()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        {
            HistoryStore store(path);
            QString message;
            QVERIFY(store.open(&message, HistoryStore::Check::Auto));
            QVERIFY(!store.checkedFully()); // a new file: nothing to check
            QVERIFY(runAndRecord(store, spec(PurgeAction::Files, 3)) > 0);
            // Open: its marker is held (by this process, so not stale).
            QCOMPARE(QDir(path + u".open"_s).entryList({u"*.lock"_s}, QDir::Files).size(), 1);
        }
        QVERIFY(QDir(path + u".open"_s).entryList({u"*.lock"_s}, QDir::Files).isEmpty());
        HistoryStore store(path);
        QString message;
        QVERIFY(store.open(&message, HistoryStore::Check::Auto));
        QVERIFY2(message.isEmpty(), qPrintable(message));
        QVERIFY(!store.checkedFully());
        QCOMPARE(store.countRuns(), 1);
        // Full still means full.
        QVERIFY(store.open(&message));
        QVERIFY(store.checkedFully());
    }

    // A marker left by a process that died with the history open: the next open checks in full,
    // and clears the marker.
    void autoCheckRunsTheFullCheckAfterAnUncleanClose()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        {
            HistoryStore store(path);
            QString message;
            QVERIFY(store.open(&message));
            QVERIFY(runAndRecord(store, spec(PurgeAction::Files, 3)) > 0);
        }
        // The lock file of a process that no longer runs (QLockFile's format: pid, app, host).
        QProcess gone;
        gone.start(u"true"_s, {});
        QVERIFY(gone.waitForStarted());
        const qint64 pid = gone.processId();
        QVERIFY(gone.waitForFinished());
        QVERIFY(QDir().mkpath(path + u".open"_s));
        const QString stale = path + u".open/%1-1.lock"_s.arg(pid);
        QVERIFY(Test::writeFile(stale, QByteArray::number(pid) + "\npurgedesk-cli\n\n"));

        HistoryStore store(path);
        QString message;
        QVERIFY(store.open(&message, HistoryStore::Check::Auto));
        QVERIFY2(message.isEmpty(), qPrintable(message)); // checked, and sound
        QVERIFY(store.checkedFully());
        QVERIFY(!QFile::exists(stale));
        QCOMPARE(store.countRuns(), 1);
    }

    // A journal left behind by a process that kept no marker (an older PurgeDesk, another tool).
    void autoCheckRunsTheFullCheckWhenAJournalIsLeftBehind()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        {
            HistoryStore store(path);
            QString message;
            QVERIFY(store.open(&message));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-writer"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"INSERT INTO meta (key, value) VALUES ('other', 'x')"_s));
            QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0); // still open: the journal is there
            HistoryStore store(path);
            QString message;
            QVERIFY(store.open(&message, HistoryStore::Check::Auto));
            QVERIFY(store.checkedFully());
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other-writer"_s);
    }

    // A file cut short (a full disk, an interrupted copy) is found damaged by the quick open too:
    // SQLite refuses a file shorter than its header says, and that error leads to the full check.
    void autoCheckFindsATruncatedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        {
            HistoryStore store(path);
            QString message;
            QVERIFY(store.open(&message));
            QVERIFY(runAndRecord(store, spec(PurgeAction::Files, 2000)) > 0);
        }
        QFile file(path);
        const qint64 full = file.size();
        QVERIFY(full > 16 * 4096);
        QVERIFY(file.resize(full - 4 * 4096)); // the schema is whole; some items are gone

        HistoryStore store(path);
        QString message;
        QVERIFY(store.open(&message, HistoryStore::Check::Auto));
        QVERIFY(store.checkedFully());
        QVERIFY2(message.contains(u"was damaged"_s), qPrintable(message));
        QCOMPARE(QDir(dir.path()).entryList({u"history.sqlite.damaged-*"_s}).size(), 1);
        QCOMPARE(store.countRuns(), 0);
    }

    // Garbage is never opened as a history, however quick the open.
    void autoCheckFindsAForeignFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        QVERIFY(Test::writeFile(path, QByteArray(8192, 'x')));
        HistoryStore store(path);
        QString message;
        QVERIFY(store.open(&message, HistoryStore::Check::Auto));
        QVERIFY2(message.contains(u"was damaged"_s), qPrintable(message));
    }

    void damagedFileKeepsItsJournalBesideIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        QVERIFY(Test::writeFile(path, QByteArray("not a database either\n").repeated(300)));
        QVERIFY(Test::writeFile(path + u"-wal"_s, "the journal of the damaged file"));
        HistoryStore store(path);
        QString message;
        QVERIFY(store.open(&message));
        QVERIFY2(message.contains(u"was damaged"_s), qPrintable(message));
        const QStringList aside = QDir(dir.path()).entryList({u"history.sqlite.damaged-*"_s});
        QCOMPARE(aside.size(), 2); // the file and its -wal, never deleted
        QVERIFY(aside.at(1).endsWith(u"-wal"_s));
        QCOMPARE(readAll(dir.filePath(aside.at(1))), QByteArray("the journal of the damaged file"));
    }

    void readOnlyHistoryIsReadNotCalledDamaged_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::newRow("read-only file") << false;
        QTest::newRow("read-only folder") << true;
    }

    void readOnlyHistoryIsReadNotCalledDamaged()
    {
        QFETCH(bool, folder);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"data/history.sqlite"_s);
        QString message;
        qint64 id = 0;
        {
            HistoryStore store(path);
            QVERIFY(store.open(&message));
            id = runAndRecord(store, spec(PurgeAction::Files, 3));
            QVERIFY(id > 0);
        }
        const Test::ReadOnly readOnly(folder ? QFileInfo(path).absolutePath() : path);
        QVERIFY(readOnly.ok());
        const QByteArray bytes = readAll(path);

        // A purge cannot be recorded, and says why; the history is not called damaged.
        HistoryStore writer(path);
        QVERIFY(!writer.open(&message));
        QVERIFY2(message.startsWith(u"The history is read-only ("_s), qPrintable(message));
        QVERIFY2(message.contains(folder ? u"cannot be written"_s : u"is read-only)"_s), qPrintable(message));
        QVERIFY(message.contains(u"purges are not recorded"_s));
        QVERIFY(!message.contains(u"damaged"_s));
        QVERIFY(runAndRecord(writer, spec(PurgeAction::Files, 1)) == 0);

        // It can still be read.
        HistoryStore reader(path);
        QVERIFY(reader.open(&message, HistoryStore::Check::Full, HistoryStore::Use::Browse));
        QVERIFY(reader.isOpen());
        QVERIFY(!reader.isWritable());
        QVERIFY2(message.startsWith(u"The history is read-only ("_s), qPrintable(message));
        QCOMPARE(reader.countRuns(), 1);
        QCOMPARE(reader.runs().first().id, id);
        QCOMPARE(reader.runs().first().outcome, RunOutcome::Done);
        QCOMPARE(reader.items(id).size(), 3);
        QCOMPARE(
            reader.beginRun(spec(PurgeAction::Files, 1), RunSource::cli(), QDateTime::currentDateTimeUtc(), {}, false),
            0);
        QCOMPARE(reader.deleteRunsBefore(QDateTime::currentDateTimeUtc().addDays(1)), 0);

        QCOMPARE(readAll(path), bytes); // untouched
        QVERIFY(QDir(QFileInfo(path).absolutePath()).entryList({u"*.damaged-*"_s}).isEmpty());
    }

    void aRunNobodyRecordsAnyMoreReadsAsInterrupted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        HistoryStore reader(path);
        QString message;
        QVERIFY(reader.open(&message));
        qint64 id = 0;
        {
            HistoryStore writer(path);
            QVERIFY(writer.open(&message, HistoryStore::Check::Skip));
            id = writer.beginRun(
                spec(PurgeAction::Files, 2), RunSource::cli(), QDateTime::currentDateTimeUtc(), {}, false);
            QVERIFY(id > 0);
            const RunRow live = *reader.run(id);
            QCOMPARE(live.outcome, RunOutcome::Running);
            QVERIFY(!live.interrupted); // its writer is alive
            QCOMPARE(live.shownOutcome(), RunOutcome::Running);
        } // the writer goes away without finishing the run
        const RunRow cut = *reader.run(id);
        QCOMPARE(cut.outcome, RunOutcome::Running);
        QVERIFY(cut.interrupted);
        QCOMPARE(cut.shownOutcome(), RunOutcome::Interrupted);

        QString json;
        QTextStream out(&json);
        ExportOptions options;
        QCOMPARE(exportRuns(reader, {}, options, out), 1);
        out.flush();
        QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).array().first().toObject().value(u"outcome"_s).toString(),
            u"interrupted"_s);
    }

    void unwritableFolderLeavesPurgingAlone()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"not-a-folder"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        HistoryStore store(dir.filePath(u"not-a-folder/history.sqlite"_s));
        QString message;
        QVERIFY(!store.open(&message));
        QVERIFY2(message.contains(u"Purging still works."_s), qPrintable(message));
        QVERIFY(!store.isOpen());
        // The recorder is harmless: the purge itself goes through.
        QVERIFY(runAndRecord(store, spec(PurgeAction::Files, 2)) == 0);
        QCOMPARE(m_server->purges().size(), 1);
    }

    void newerFormatIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s));
            QVERIFY(query.exec(u"INSERT INTO meta VALUES ('schema_version', '99')"_s));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"future"_s);
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        HistoryStore store(path);
        QString message;
        QVERIFY(!store.open(&message));
        QVERIFY(message.contains(u"newer PurgeDesk"_s));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
        QVERIFY(QDir(dir.path()).entryList({u"*.damaged-*"_s}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
