// Responsiveness benchmark of a large purge in the window (run on demand; prints figures, asserts
// nothing):
//   build/<preset>/tests/bench_windowpurge [URLS] [RUNS]       (default 100,000 URLs, 1 run)
// Starts `purgedesk-cli sandbox` (one zone on the Enterprise plan: 500 URLs a request, 3,000 URLs/s;
// 50 ms latency) in its own process, as Cloudflare is, saves an account for it (its token kept for the
// session only), opens PurgeDesk's main window on that account and zone, pastes URLS URLs, waits
// until they are validated, then presses Purge
// (Ctrl+Return) and waits until the purge has finished and two more seconds, while the history records
// it. An event-loop latency probe (a timer due every 5 ms) runs throughout: how late each tick came
// is how long a click or a key would have waited. Prints the worst wait and the 99th percentile for
// the start (the first second after Purge), the run, and the end (the two seconds after it finished),
// and the UI thread's CPU time during the run. Uses QT_QPA_PLATFORM (offscreen when unset and there is
// no display). Nothing touches the user's files (QStandardPaths test mode).
#include "accounts/profilestore.h"
#include "accounts/sessionsecrets.h"
#include "appcontext.h"
#include "appinfo.h"
#include "benchsupport.h"
#include "purge/purgesession.h"
#include "ui/mainwindow.h"
#include "ui/purge/listeditor.h"
#include "ui/purge/purgeform.h"
#include "ui/purge/purgepage.h"
#include "ui/purge/zonepicker.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QKeyEvent>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::Bench::LatencyProbe;
using PurgeDesk::Bench::runFor;
using PurgeDesk::Bench::waitFor;

namespace {

// CPU time (user + system) the main thread has used, in ms (Linux: /proc).
double mainThreadCpuMs()
{
    QFile stat(u"/proc/self/task/%1/stat"_s.arg(::getpid()));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // The fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1000.0 / double(::sysconf(_SC_CLK_TCK));
}

// Saves an account for the sandbox at `apiBase`, its token kept for this session only.
bool addAccount(const QString &apiBase)
{
    QFile::remove(PurgeDesk::ProfileStore::defaultPath()); // the test-mode folder of an earlier run
    PurgeDesk::ProfileStore store;
    QString message;
    store.load(&message);
    PurgeDesk::Profile profile;
    profile.id = PurgeDesk::Profile::newId();
    profile.name = u"Bench"_s;
    profile.auth = PurgeDesk::Profile::Auth::Token;
    profile.apiBase = apiBase;
    profile.canListZones = true;
    if (!store.add(profile, &message) || !store.save(&message)) {
        std::fprintf(stderr, "cannot save the account: %s\n", qPrintable(message));
        return false;
    }
    PurgeDesk::SessionSecrets::instance().set(profile.id, u"sandbox-demo-token"_s);
    return true;
}

bool runOnce(int count)
{
    QProcess sandbox;
    sandbox.start(QStringLiteral(PURGEDESK_CLI_PATH),
        {u"sandbox"_s, u"--zones"_s, u"1"_s, u"--plan"_s, u"enterprise"_s, u"--latency-ms"_s, u"50"_s});
    if (!sandbox.waitForStarted(10000) || !sandbox.waitForReadyRead(10000))
        return false;
    const QString apiBase = QString::fromUtf8(sandbox.readLine()).section(u": "_s, 1).trimmed();
    if (!addAccount(apiBase))
        return false;
    auto *context = new PurgeDesk::AppContext;
    auto window = std::make_unique<PurgeDesk::Gui::MainWindow>(context);
    context->setParent(window.get());
    context->start();
    window->show();
    PurgeDesk::Gui::PurgePage *page = window->purgePage();
    PurgeDesk::Gui::PurgeForm *form = page->form();
    auto *editor = form->listEditor();
    if (!waitFor([&] { return form->zonePicker()->currentZone().has_value(); }, 20000)
        || !form->selectAccount(u"Bench"_s)
        || !waitFor([&] { return form->zonePicker()->selectZone(u"zone-00001.example"_s); }, 20000))
        return false;
    window->activateWindow();
    editor->setFocus();

    QStringList lines;
    lines.reserve(count);
    for (int i = 0; i < count; ++i)
        lines << u"https://zone-00001.example/assets/%1/file-%2.js"_s.arg(i % 97).arg(i);
    QApplication::clipboard()->setText(lines.join(u'\n'));
    QCoreApplication::postEvent(editor, new QKeyEvent(QEvent::KeyPress, Qt::Key_V, Qt::ControlModifier));
    QCoreApplication::postEvent(editor, new QKeyEvent(QEvent::KeyRelease, Qt::Key_V, Qt::ControlModifier));
    auto *purge = window->findChild<QAction *>(u"actionPurge"_s);
    if (!purge
        || !waitFor(
            [&] { return !editor->isReplacing() && editor->blockCount() >= count && purge->isEnabled(); }, 120000))
        return false;
    runFor(500);

    LatencyProbe probe;
    probe.start();
    runFor(100);
    const double pressedMs = probe.nowMs();
    const double cpuPressed = mainThreadCpuMs();
    double cpuFirstSecond = -1; // the UI thread's own work in the start phase
    QTimer::singleShot(1000, [&] { cpuFirstSecond = mainThreadCpuMs() - cpuPressed; });
    QTimer::singleShot(0, purge, &QAction::trigger); // as Ctrl+Return does, from the event loop
    if (!waitFor([&] { return page->session() != nullptr; }, 20000))
        return false;
    const double cpuStart = mainThreadCpuMs();
    const double runFromMs = probe.nowMs();
    if (!waitFor([&] { return page->session()->isFinished(); }, 600000))
        return false;
    const double finishedMs = probe.nowMs();
    const double cpuRun = mainThreadCpuMs() - cpuStart;
    runFor(2000);
    probe.stop();
    const PurgeDesk::Purge::Counters counters = page->session()->counters();

    std::printf("  %d URLs purged in %.1f s (%d done, %d failed, %d not sent, %d requests)\n", count,
        (finishedMs - runFromMs) / 1000.0, counters.done, counters.failed, counters.notSent, counters.requestsSent);
    const struct
    {
        const char *name;
        double from;
        double to;
    } phases[] = {
        {"start (Purge pressed, first second)", pressedMs, pressedMs + 1000},
        {"run (until finished)", pressedMs + 1000, finishedMs},
        {"end (2 s after, while recorded)", finishedMs, finishedMs + 2000},
        {"all of it", pressedMs, finishedMs + 2000},
    };
    for (const auto &phase : phases) {
        double worst = 0;
        double p99 = 0;
        int ticks = 0;
        double worstAt = 0;
        probe.waits(phase.from, phase.to, &worst, &p99, &ticks, &worstAt);
        std::printf("  %-38s worst wait %4.0f ms (ended %.0f ms after Purge), 99th percentile %3.0f ms (%d probes)\n",
            phase.name, worst, worstAt - pressedMs, p99, ticks);
    }
    std::printf("  UI thread CPU in the first second: %.0f ms\n", cpuFirstSecond);
    const double runMs = std::max(1.0, finishedMs - runFromMs);
    std::printf("  UI thread CPU during the run: %.0f ms of %.0f ms (%.0f%% of a core)\n", cpuRun, runMs,
        100.0 * cpuRun / runMs);
    std::fflush(stdout);
    window.reset();
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    PurgeDesk::initApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true);
    const int count = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100000;
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 1;
    std::printf("Purging %d URLs in the window (purgedesk-cli sandbox, Enterprise plan, 50 ms latency), %d run(s); "
                "event loop waits:\n",
        count, runs);
    for (int i = 0; i < runs; ++i) {
        if (!runOnce(count)) {
            std::fprintf(stderr, "run %d failed\n", i + 1);
            return 1;
        }
    }
    return 0;
}
