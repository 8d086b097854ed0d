// History scale benchmark (run on demand; prints figures, asserts nothing):
//   build/<preset>/tests/bench_history [RUNS] [ITEMS_PER_RUN]     (default 100000 runs x 10 items)
// Fills a fresh history.sqlite with synthetic runs, then times what `purgedesk-cli history` and
// the History tab do: the store's queries (open, count, first page, zone and text filters), then
// the real HistoryPanel on its worker thread: open, first page shown, count shown, a text filter
// answered, and the longest the window's event loop was kept from running meanwhile.
// Then a one-URL `purgedesk-cli purge` against the sandbox, with an empty history and with this
// one (PURGEDESK_BENCH_CLI=path/to/purgedesk-cli times another build's command, e.g. the one
// before a change). Without a display it uses Qt's offscreen platform.
#include "history/historyservice.h"
#include "history/historystore.h"
#include "ui/history/historypanel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

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
                u" 'files', ?, 0, 'done', ?, ?, 1)"_s);
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
        // One run in ten from one of 50 presets, the rest from the command line.
        run.addBindValue(r % 10 ? u"cli"_s : u"preset:Preset %1"_s.arg(r / 10 % 50));
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

// Measures the longest gap between 5 ms timer ticks: how long the event loop was kept busy.
class StallProbe final : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { m_worst = qMax(m_worst, m_clock.restart()); });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 worstMs() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

// Runs the event loop until `done` holds (checked every millisecond); returns the milliseconds.
double waitFor(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    check.start();
    loop.exec();
    return clock.nsecsElapsed() / 1e6;
}

QString cliPath()
{
    const QString other = qEnvironmentVariable("PURGEDESK_BENCH_CLI");
    return other.isEmpty() ? QStringLiteral(PURGEDESK_CLI_PATH) : other;
}

// The median wall time of `purgedesk-cli purge` of one URL (5 runs), with XDG_DATA_HOME at
// `dataHome` (so its history is <dataHome>/PurgeDesk/history.sqlite); negative when it failed.
double cliPurgeMs(const QString &apiBase, const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CLOUDFLARE_API_TOKEN"_s, u"sandbox-demo-token"_s);
    env.insert(u"PURGEDESK_API_BASE"_s, apiBase);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        QProcess purge;
        purge.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        purge.start(cliPath(),
            {u"purge"_s, u"--zone"_s, u"zone-00001.example"_s, u"--files"_s,
                u"https://zone-00001.example/one-%1.js"_s.arg(i)});
        if (!purge.waitForFinished(120000) || purge.exitCode() != 0)
            return -1;
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    const int items = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 10;
    QTextStream out(stdout);
    QTemporaryDir dir;
    // Where purgedesk-cli finds it with XDG_DATA_HOME=<dir>/data.
    QDir().mkpath(dir.filePath(u"data/PurgeDesk"_s));
    const QString path = dir.filePath(u"data/PurgeDesk/history.sqlite"_s);
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

    {
        QProcess sandbox;
        sandbox.start(cliPath(), {u"sandbox"_s, u"--zones"_s, u"1"_s, u"--latency-ms"_s, u"0"_s});
        if (sandbox.waitForStarted(10000) && sandbox.waitForReadyRead(10000)) {
            const QString base = QString::fromUtf8(sandbox.readLine()).section(u": "_s, 1).trimmed();
            QTemporaryDir empty;
            const double none = cliPurgeMs(base, empty.path());
            const double full = cliPurgeMs(base, dir.path());
            out << "purgedesk-cli purge of one URL (median of 5, " << cliPath() << "):\n"
                << "  with an empty history                        " << QString::number(none, 'f', 1) << " ms\n"
                << "  with this history                            " << QString::number(full, 'f', 1) << " ms\n\n";
        } else {
            out << "cannot start the sandbox: no command-line figures\n\n";
        }
        sandbox.terminate();
        sandbox.waitForFinished(10000);
    }

    const auto measure = [&](const char *label, const std::function<QString()> &work) {
        QElapsedTimer t;
        t.start();
        const QString result = work();
        out << "  " << QString::fromLatin1(label).leftJustified(46) << QString::number(t.nsecsElapsed() / 1e6, 'f', 1)
            << " ms  (" << result << ")\n";
        out.flush();
    };
    {
        History::HistoryStore quick(path);
        measure("open as a purge does (Check::Auto)", [&] {
            QString message;
            return quick.open(&message, History::HistoryStore::Check::Auto)
                ? (quick.checkedFully() ? u"ok, checked in full"_s : u"ok, no full check"_s)
                : message;
        });
    }
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
    measure("last run of each of 50 presets", [&] { return QString::number(store.latestPresetRuns().size()); });
    measure("one run's items", [&] { return QString::number(store.items(runs / 2).size()); });
    Purge::PurgeSpec spec;
    spec.zone.id = u"z"_s;
    spec.action = Purge::PurgeAction::Files;
    for (int i = 0; i < 100; ++i)
        spec.items.append({u"https://example.com/%1"_s.arg(i), {}, i + 1});
    measure("record a new 100-item run (beginRun)", [&] {
        Purge::Counters counters;
        counters.items = counters.pending = int(spec.items.size());
        counters.requestsPlanned = 1;
        return QString::number(store.beginRun(
            spec, Purge::RunSource::fromName(u"bench"_s), QDateTime::currentDateTimeUtc(), counters, false));
    });

    out << "\nHistory tab (queries on the history's worker thread):\n";
    const auto report = [&](const char *label, double ms, const QString &result) {
        out << "  " << QString::fromLatin1(label).leftJustified(46) << QString::number(ms, 'f', 1) << " ms  (" << result
            << ")\n";
        out.flush();
    };
    StallProbe probe;
    probe.start();
    History::HistoryService service(path);
    service.open(0);
    const double opening = waitFor([&] { return service.state() != History::HistoryService::State::Opening; });
    report("open in the background (quick_check)", opening,
        service.state() == History::HistoryService::State::Open ? u"ok"_s : u"failed: "_s + service.message());
    Gui::HistoryPanel panel(&service);
    panel.resize(1000, 600);
    auto *table = panel.findChild<QTableView *>(u"historyRuns"_s);
    QElapsedTimer shown;
    shown.start();
    panel.show();
    const double firstPage = waitFor([&] { return table->model()->rowCount() > 0; });
    report("panel shown: first page listed", firstPage, QString::number(table->model()->rowCount()) + u" rows"_s);
    waitFor([&] { return !panel.isLoading(); });
    report("panel shown: count shown", shown.nsecsElapsed() / 1e6, panel.statusText());
    const auto filter = [&](const char *label, const QString &text) {
        panel.findChild<QLineEdit *>(u"historySearch"_s)->setText(text);
        waitFor([&] { return panel.isLoading(); }); // the panel waits for a 250 ms pause in typing
        QElapsedTimer asked;
        asked.start();
        const double rows = waitFor([&] { return !panel.isLoading() || table->model()->rowCount() > 0; });
        waitFor([&] { return !panel.isLoading(); });
        report(label, asked.nsecsElapsed() / 1e6,
            u"first rows after %1 ms; %2"_s.arg(rows, 0, 'f', 1).arg(panel.statusText()));
    };
    filter("text filter (zone name): list and count", u"zone-117"_s);
    filter("text filter (one item URL): list and count", u"run-%1/file-3"_s.arg(runs / 2));
    filter("text filter matching nothing: answered", u"no-such-thing"_s);
    out << "  longest event-loop stall during all of the above: " << probe.worstMs() << " ms\n";
    return 0;
}
