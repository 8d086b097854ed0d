// History scale benchmark (run on demand; prints figures, asserts nothing):
//   build/<preset>/tests/bench_history [RUNS] [ITEMS_PER_RUN]     (default 100000 runs x 10 items)
// Fills a fresh history.sqlite with synthetic runs through the real store (one transaction per
// run, as the runner writes), then times what the history panel and `purgedesk-cli history` do:
// open, count, first page, a zone filter and text filters (a zone name, and an item URL).
#include "history/historystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;

namespace {

// Writes synthetic runs directly with the store's schema (fast bulk fill; the per-run write path
// is measured separately below through beginRun()).
void fill(const QString &path, int runs, int itemsPerRun)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fill"_s);
    db.setDatabaseName(path);
    db.open();
    QSqlQuery query(db);
    query.exec(u"PRAGMA synchronous=OFF"_s);
    db.transaction();
    QSqlQuery run(db);
    run.prepare(u"INSERT INTO runs (started_at, finished_at, profile, account_id, zone_id, zone_name, mode, action,"
                u" source, dry_run, outcome, requested, done, requests) VALUES (?, ?, 'work', 'acc', ?, ?, 'purge',"
                u" 'files', 'cli', 0, 'done', ?, ?, 1)"_s);
    QSqlQuery item(db);
    item.prepare(u"INSERT INTO items (run_id, position, value, state, purge_id) VALUES (?, ?, ?, 'done', 'p')"_s);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-7);
    for (int r = 0; r < runs; ++r) {
        const QString zone = u"zone-%1.example"_s.arg(r % 200, 3, 10, QLatin1Char('0'));
        const QString when = start.addMSecs(qint64(r) * 6000).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
        run.addBindValue(when);
        run.addBindValue(when);
        run.addBindValue(zone);
        run.addBindValue(zone);
        run.addBindValue(itemsPerRun);
        run.addBindValue(itemsPerRun);
        run.exec();
        const qint64 id = run.lastInsertId().toLongLong();
        for (int i = 0; i < itemsPerRun; ++i) {
            item.addBindValue(id);
            item.addBindValue(i);
            item.addBindValue(u"https://%1/assets/run-%2/file-%3.js"_s.arg(zone).arg(r).arg(i));
            item.exec();
        }
    }
    db.commit();
    query.finish();
    run.finish();
    item.finish();
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"fill"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    const int items = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 10;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    {
        History::HistoryStore create(path);
        QString message;
        create.open(&message); // creates the schema
    }
    QElapsedTimer timer;
    timer.start();
    fill(path, runs, items);
    out << "PurgeDesk history benchmark: " << runs << " runs, " << qint64(runs) * items << " items, "
        << QFileInfo(path).size() / (1024 * 1024) << " MiB (filled in " << timer.elapsed() / 1000.0 << " s)\n\n";

    const auto measure = [&](const char *label, const std::function<QString()> &work) {
        QElapsedTimer t;
        t.start();
        const QString result = work();
        out << "  " << QString::fromLatin1(label).leftJustified(46) << QString::number(t.nsecsElapsed() / 1e6, 'f', 1)
            << " ms  (" << result << ")\n";
        out.flush();
    };
    History::HistoryStore store(path);
    measure("open (quick_check included)", [&] {
        QString message;
        return store.open(&message) ? u"ok"_s : message;
    });
    measure("count all runs", [&] { return QString::number(store.countRuns()); });
    measure("first page, 100 newest runs", [&] { return QString::number(store.runs({}, 100).size()); });
    History::RunFilter zone;
    zone.zone = u"zone-042.example"_s;
    measure("zone filter, first page", [&] { return QString::number(store.runs(zone, 100).size()); });
    History::RunFilter text;
    text.text = u"zone-117"_s;
    measure("text filter on a zone name, first page", [&] { return QString::number(store.runs(text, 100).size()); });
    History::RunFilter url;
    url.text = u"run-%1/file-3"_s.arg(runs / 2);
    measure("text filter on one item URL, first page", [&] { return QString::number(store.runs(url, 100).size()); });
    History::RunFilter none;
    none.text = u"no-such-thing"_s;
    measure("text filter matching nothing (worst case)", [&] { return QString::number(store.runs(none, 100).size()); });
    measure("one run's items", [&] { return QString::number(store.items(runs / 2).size()); });
    Purge::PurgeSpec spec;
    spec.zone.id = u"z"_s;
    spec.action = Purge::PurgeAction::Files;
    for (int i = 0; i < 100; ++i)
        spec.items.append({u"https://example.com/%1"_s.arg(i), {}, i + 1});
    measure("record a new 100-item run (beginRun)",
        [&] { return QString::number(store.beginRun(spec, u"bench"_s, false)); });
    return 0;
}
