// Preset import benchmark (run on demand; prints figures, asserts nothing):
//   build/<preset>/tests/bench_presets [--presets 20000] [--items 100]
// Writes a presets file (20,000 presets of 100 URLs each by default, about 80 MB), then times
// what a user waits for: `purgedesk-cli preset import` into an empty list, the same import again
// with --keep-both (every name taken: each gets "Name (2)"), and the window's Presets panel
// importing the file into an empty list. Each figure includes reading and writing presets.json.

#include "appinfo.h"
#include "presets/presetstore.h"
#include "ui/presets/presetspanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;

namespace {

bool writePresets(const QString &path, int presets, int items)
{
    QJsonArray array;
    for (int i = 0; i < presets; ++i) {
        QJsonArray list;
        for (int j = 0; j < items; ++j)
            list.append(u"https://example.com/preset-%1/file-%2.js"_s.arg(i).arg(j));
        array.append(QJsonObject {{u"name"_s, u"Preset %1"_s.arg(i)}, {u"profile"_s, u"sandbox"_s},
            {u"zone"_s, u"example.com"_s}, {u"action"_s, u"files"_s}, {u"items"_s, list}});
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly)
        && file.write(QJsonDocument(QJsonObject {{u"schema"_s, 1}, {u"presets"_s, array}}).toJson()) > 0;
}

double cliImport(const QString &config, const QStringList &arguments, QString *output)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, config);
    cli.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    cli.start(QStringLiteral(PURGEDESK_CLI_PATH), QStringList {u"preset"_s, u"import"_s} + arguments);
    cli.waitForFinished(-1);
    *output = QString::fromUtf8(cli.readAllStandardOutput()).trimmed();
    return clock.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    initApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addOptions({{u"presets"_s, u"How many presets."_s, u"N"_s, u"20000"_s},
        {u"items"_s, u"Items in each."_s, u"N"_s, u"100"_s}});
    parser.process(app);
    const int presets = parser.value(u"presets"_s).toInt();
    const int items = parser.value(u"items"_s).toInt();

    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"presets-to-import.json"_s);
    if (!writePresets(file, presets, items)) {
        out << "cannot write " << file << '\n';
        return 1;
    }
    out << "bench_presets: " << presets << " presets of " << items << " URLs (" << QFile(file).size() / (1024 * 1024)
        << " MiB)\n";
    out.flush();

    QString result;
    const QString config = dir.filePath(u"config"_s);
    double seconds = cliImport(config, {file}, &result);
    out << "purgedesk-cli preset import, empty list:      " << seconds << " s (" << result << ")\n";
    out.flush();
    seconds = cliImport(config, {file, u"--keep-both"_s}, &result);
    out << "purgedesk-cli preset import --keep-both:      " << seconds << " s (" << result << ")\n";
    out.flush();

    Gui::PresetsPanel panel(dir.filePath(u"window/presets.json"_s));
    QElapsedTimer clock;
    clock.start();
    const bool imported = panel.importFrom(file);
    seconds = clock.elapsed() / 1000.0;
    Presets::PresetStore check(dir.filePath(u"window/presets.json"_s));
    QString message;
    check.load(&message);
    out << "window, Presets panel > Import, empty list:   " << seconds << " s ("
        << (imported ? "imported " : "failed, ") << check.presets().size() << " presets)\n";
    return 0;
}
