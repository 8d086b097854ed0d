// Responsiveness benchmark of the list editor (run on demand; prints figures, asserts nothing):
//   build/<preset>/tests/bench_paste [RUNS]          (default 3 runs)
// Opens PurgeDesk's main window on its sandbox, pastes 100,000 URLs into the list and waits until
// they are validated, then pastes another 100,000 over them (select all, paste) as a user does with
// Ctrl+A, Ctrl+V. An event-loop latency probe (a timer due every 5 ms) runs throughout: the gap
// between two of its ticks, less 5 ms, is how long a click or a key would have waited. For the second
// paste it prints the worst wait and the 99th percentile, from the key press until the list is
// validated and one second more, and how long the validation took. Uses QT_QPA_PLATFORM (offscreen
// when unset and there is no display). Nothing touches the user's files (QStandardPaths test mode).
#include "appcontext.h"
#include "appinfo.h"
#include "benchsupport.h"
#include "ui/mainwindow.h"
#include "ui/purge/listeditor.h"
#include "ui/purge/purgeform.h"
#include "ui/purge/purgepage.h"
#include "ui/purge/zonepicker.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::Bench::LatencyProbe;
using PurgeDesk::Bench::runFor;
using PurgeDesk::Bench::waitFor;

namespace {

// Sends a key press and release through the event loop, as the window system does.
void postKey(QWidget *target, int key, Qt::KeyboardModifiers modifiers)
{
    QCoreApplication::postEvent(target, new QKeyEvent(QEvent::KeyPress, key, modifiers));
    QCoreApplication::postEvent(target, new QKeyEvent(QEvent::KeyRelease, key, modifiers));
}

QString urls(int count, const QString &variant)
{
    QStringList lines;
    lines.reserve(count);
    for (int i = 0; i < count; ++i)
        lines << u"https://example.com/%1/%2/file-%3.js"_s.arg(variant).arg(i % 97).arg(i);
    return lines.join(u'\n');
}

struct Sample
{
    double worstMs = 0;
    double p99Ms = 0;
    double validatedMs = 0;
    int ticks = 0;
};

bool runOnce(Sample *sample)
{
    auto *context = new PurgeDesk::AppContext;
    auto window = std::make_unique<PurgeDesk::Gui::MainWindow>(context);
    context->setParent(window.get());
    context->start();
    window->show();
    PurgeDesk::Gui::PurgeForm *form = window->purgePage()->form();
    auto *editor = form->listEditor();
    if (!waitFor([&] { return form->zonePicker()->currentZone().has_value(); }, 20000))
        return false;
    window->activateWindow();
    editor->setFocus();

    QApplication::clipboard()->setText(urls(100000, u"first"_s));
    postKey(editor, Qt::Key_V, Qt::ControlModifier);
    runFor(50);
    if (!waitFor(
            [&] { return !editor->isReplacing() && editor->blockCount() >= 100000 && !form->isValidating(); }, 120000))
        return false;
    runFor(500);

    // The measured interaction: Ctrl+A, Ctrl+V with another 100,000 lines.
    QApplication::clipboard()->setText(urls(100000, u"second"_s));
    LatencyProbe probe;
    probe.start();
    runFor(100);
    QElapsedTimer clock;
    clock.start();
    postKey(editor, Qt::Key_A, Qt::ControlModifier);
    postKey(editor, Qt::Key_V, Qt::ControlModifier);
    runFor(50);
    const bool validated = waitFor(
        [&] {
            return !editor->isReplacing() && editor->document()->firstBlock().text().contains(u"second"_s)
                && !form->isValidating();
        },
        120000);
    sample->validatedMs = double(clock.nsecsElapsed()) / 1e6;
    runFor(1000);
    probe.stop();
    probe.waits(0, probe.nowMs(), &sample->worstMs, &sample->p99Ms, &sample->ticks);
    return validated && sample->ticks > 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    PurgeDesk::initApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;
    std::printf("Pasting 100,000 URLs over 100,000 (Ctrl+A, Ctrl+V), %d runs; event loop waits while the list is "
                "replaced and validated:\n",
        runs);
    for (int i = 0; i < runs; ++i) {
        Sample sample;
        if (!runOnce(&sample)) {
            std::fprintf(stderr, "run %d failed\n", i + 1);
            return 1;
        }
        std::printf("  run %d: worst wait %.0f ms, 99th percentile %.0f ms (%d probes), validated after %.0f ms\n",
            i + 1, sample.worstMs, sample.p99Ms, sample.ticks, sample.validatedMs);
        std::fflush(stdout);
    }
    return 0;
}
