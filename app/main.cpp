#include "appcontext.h"
#include "appinfo.h"
#include "signalwatcher.h"
#include "translations.h"
#include "ui/common/singleinstance.h"
#include "ui/common/uiresources.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QFileInfo>

#include <cstdio>
#include <cstring>

namespace {

// --version and --help must work without a display, so they are answered before QApplication exists.
bool answerInformationalOption(int argc, char *argv[], int *exitCode)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("purgedesk %s\n", qPrintable(PurgeDesk::version()));
            *exitCode = 0;
            return true;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::printf("Usage: purgedesk [--version] [--help] [Qt options such as -platform NAME] [FILE...]\n"
                        "\n"
                        "PurgeDesk purges and invalidates Cloudflare's CDN cache from the desktop.\n"
                        "FILEs (text, CSV or sitemap.xml) are imported into the list. When PurgeDesk is\n"
                        "running already, its window comes to the front and imports them.\n"
                        "For scripts and CI jobs, use purgedesk-cli.\n");
            *exitCode = 0;
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    PurgeDesk::initApplicationIdentity();
    int exitCode = 0;
    if (answerInformationalOption(argc, argv, &exitCode))
        return exitCode;

    QApplication app(argc, argv);
    PurgeDesk::Gui::prepareApplicationIcon(); // on a worker thread, while the window is built
    PurgeDesk::installTranslations(PurgeDesk::TranslationScope::Window);
    QGuiApplication::setDesktopFileName(PurgeDesk::applicationId());

    // The files to import: what is left of the arguments once Qt has taken its own.
    QStringList files;
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    for (const QString &argument : arguments) {
        if (!argument.startsWith(u'-'))
            files << QFileInfo(argument).absoluteFilePath();
    }
    // One window per user: a second start hands its files to the first, which comes to the front.
    PurgeDesk::Gui::SingleInstance instance;
    if (instance.sendToRunning(files))
        return 0;

    // The services are built here and handed to the window, which creates none of them.
    PurgeDesk::AppContext context;
    PurgeDesk::Gui::MainWindow window(&context);
    context.start();
    window.show();
    instance.listen();
    QObject::connect(
        &instance, &PurgeDesk::Gui::SingleInstance::activated, &window, &PurgeDesk::Gui::MainWindow::openFiles);
    if (!files.isEmpty())
        window.openFiles(files);

    // A session logout or `kill` closes the windows the normal way, so their state is saved.
    PurgeDesk::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &PurgeDesk::SignalWatcher::terminationRequested, &app, [] {
        QApplication::closeAllWindows();
        QCoreApplication::quit();
    });

    return QApplication::exec();
}
