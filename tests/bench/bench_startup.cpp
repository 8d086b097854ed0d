// Startup and memory benchmark of the GUI (run on demand; prints figures, asserts nothing):
//   build/<preset>/tests/bench_startup [RUNS]          (default 5 runs of each window)
// Starts this same binary as a child, again and again, in two modes: "full" shows PurgeDesk's main
// window, "minimal" a bare QMainWindow with a QPlainTextEdit (same binary, same build flags, same
// Qt, the same size as PurgeDesk's first window). For each it prints the time from process start to the window shown,
// the resident memory once idle, and after pasting 100,000 URLs into the list (PurgeDesk: once they are validated), as
// medians, and the ratio PurgeDesk / minimal. Uses QT_QPA_PLATFORM (offscreen when unset and there is no display). The
// test HOME is a fresh temporary folder (first run: the sandbox).
#include "appcontext.h"
#include "appinfo.h"
#include "translations.h"
#include "ui/common/uiresources.h"
#include "ui/mainwindow.h"
#include "ui/purge/purgeform.h"
#include "ui/purge/purgepage.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

int child(int argc, char **argv, bool full, bool shownOnly)
{
    QApplication app(argc, argv);
    PurgeDesk::initApplicationIdentity();
    std::unique_ptr<QMainWindow> window;
    QPlainTextEdit *editor = nullptr;
    if (full) {
        // As main() does: the icon on a worker thread, the translations, the services, then the
        // window (which sets the icon after its first frame).
        PurgeDesk::Gui::prepareApplicationIcon();
        PurgeDesk::installTranslations(PurgeDesk::TranslationScope::Window);
        auto *context = new PurgeDesk::AppContext;
        window = std::make_unique<PurgeDesk::Gui::MainWindow>(context);
        context->setParent(window.get());
        context->start();
        editor = window->findChild<QPlainTextEdit *>(u"listEditor"_s);
    } else {
        window = std::make_unique<QMainWindow>();
        editor = new QPlainTextEdit(window.get());
        window->setCentralWidget(editor);
        // The size PurgeDesk's window takes on a first start (MainWindow::restoreWindowState()):
        // painting more pixels is not PurgeDesk's doing.
        const QSize wanted(1200, 760);
        const QSize available = window->screen()->availableSize();
        window->resize(wanted.boundedTo(available));
        if (available.width() < wanted.width() + 80 || available.height() < wanted.height() + 80)
            window->setWindowState(window->windowState() | Qt::WindowMaximized);
    }
    window->show();
    while (!window->windowHandle() || !window->windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    std::fputs("shown\n", stdout);
    std::fflush(stdout);
    if (shownOnly)
        return 0; // for profiling the start alone: bench_startup --child full shown

    settle(1500); // the sandbox starts and the zones load in the full window
    const qint64 idle = residentKiB();

    QStringList lines;
    lines.reserve(100000);
    for (int i = 0; i < 100000; ++i)
        lines << u"https://example.com/assets/%1/file-%2.js"_s.arg(i % 97).arg(i);
    QApplication::clipboard()->setText(lines.join(u'\n'));
    lines.clear();
    editor->setFocus();
    editor->paste();
    if (full) {
        auto *main = static_cast<PurgeDesk::Gui::MainWindow *>(window.get());
        while (main->purgePage()->form()->isValidating())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    settle(1000);
    const qint64 pasted = residentKiB();
    std::printf("idle_kib=%lld pasted_kib=%lld\n", idle, pasted);
    std::fflush(stdout);
    return 0;
}

struct Sample
{
    double shownMs = 0;
    double idleKiB = 0;
    double pastedKiB = 0;
};

bool runChild(const QString &mode, Sample *sample)
{
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    QDir().mkpath(home.filePath(u"runtime"_s));
    QFile::setPermissions(home.filePath(u"runtime"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(u"XDG_RUNTIME_DIR"_s, home.filePath(u"runtime"_s));
    if (!env.contains(u"QT_QPA_PLATFORM"_s) && !env.contains(u"DISPLAY"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    process.start(QCoreApplication::applicationFilePath(), {u"--child"_s, mode});
    if (!process.waitForStarted(10000))
        return false;
    QByteArray output;
    while (!output.contains("shown\n")) {
        if (!process.waitForReadyRead(30000))
            return false;
        output += process.readAllStandardOutput();
    }
    sample->shownMs = double(clock.nsecsElapsed()) / 1e6;
    if (!process.waitForFinished(120000))
        return false;
    output += process.readAllStandardOutput();
    const QString text = QString::fromUtf8(output);
    const auto value = [&](const QString &key) {
        const qsizetype at = text.indexOf(key + u'=');
        return at < 0 ? -1.0 : text.mid(at + key.size() + 1).section(u' ', 0, 0).trimmed().toDouble();
    };
    sample->idleKiB = value(u"idle_kib"_s);
    sample->pastedKiB = value(u"pasted_kib"_s);
    return process.exitCode() == 0 && sample->idleKiB > 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0)
        return child(argc, argv, qstrcmp(argv[2], "full") == 0, argc >= 4 && qstrcmp(argv[3], "shown") == 0);

    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 5;
    QTextStream out(stdout);
    QHash<QString, QList<Sample>> samples;
    for (int i = 0; i < runs; ++i) {
        for (const QString &mode : {u"minimal"_s, u"full"_s}) {
            Sample sample;
            if (!runChild(mode, &sample)) {
                out << "run " << i + 1 << " (" << mode << ") failed\n";
                return 1;
            }
            samples[mode].append(sample);
        }
    }
    const auto column = [&](const QString &mode, double Sample::*field) {
        QList<double> values;
        for (const Sample &sample : samples.value(mode))
            values << sample.*field;
        return median(values);
    };
    out << "PurgeDesk main window vs a minimal Qt Widgets window (QMainWindow + QPlainTextEdit, same size), same "
           "binary; "
        << runs << " runs each, medians; platform "
        << qEnvironmentVariable(
               "QT_QPA_PLATFORM", qEnvironmentVariableIsSet("DISPLAY") ? u"xcb (DISPLAY set)"_s : u"offscreen"_s)
        << "\n";
    out << qSetFieldWidth(34) << Qt::left << "" << qSetFieldWidth(14) << Qt::right << "minimal"
        << "PurgeDesk"
        << "ratio" << qSetFieldWidth(0) << "\n";
    const auto row = [&](const QString &label, double Sample::*field, double scale, const QString &unit) {
        const double minimal = column(u"minimal"_s, field) / scale;
        const double full = column(u"full"_s, field) / scale;
        out << qSetFieldWidth(34) << Qt::left << label << qSetFieldWidth(14) << Qt::right
            << QString::number(minimal, 'f', 1) + u' ' + unit << QString::number(full, 'f', 1) + u' ' + unit
            << QString::number(full / minimal, 'f', 2) << qSetFieldWidth(0) << "\n";
    };
    row(u"start to window shown"_s, &Sample::shownMs, 1, u"ms"_s);
    row(u"resident memory, idle"_s, &Sample::idleKiB, 1024, u"MiB"_s);
    row(u"resident memory, 100,000 URLs"_s, &Sample::pastedKiB, 1024, u"MiB"_s);
    return 0;
}
