// Command-line dry-run benchmark (run on demand; prints figures, asserts nothing):
//   build/<preset>/tests/bench_cli [--urls 100000,1000000] [--runs 3] [--baseline PATH]
// Writes N URLs to a file and runs `purgedesk-cli purge --files --from-file FILE --dry-run`, without
// and with --json (standard output to /dev/null), against `purgedesk-cli sandbox` (one Free zone).
// Prints the wall time, the CPU time and the peak resident memory (the child's own ru_maxrss, from
// wait4()) as medians, and the bytes per URL beyond the text: the peak minus that of a 1-URL dry
// run, divided by N, minus the average line length. With --baseline, a second purgedesk-cli (for
// example one built from main) is measured in the same run, in turns with this one. Every run has
// its own XDG_DATA_HOME, XDG_CACHE_HOME and XDG_CONFIG_HOME: nothing reaches the user's history.

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

using namespace Qt::Literals::StringLiterals;

namespace {

struct Sample
{
    int exitCode = -1;
    double wallS = 0;
    double cpuS = 0;
    double peakMiB = 0;
    QString firstError; // the first line on stderr when the command failed
};

// Runs `program arguments` with `environment`, standard output to /dev/null and standard error to
// `errorFile`, and measures it with wait4() (this process's other children do not count).
Sample measure(
    const QString &program, const QStringList &arguments, const QStringList &environment, const QString &errorFile)
{
    std::vector<QByteArray> storage;
    std::vector<char *> argv;
    std::vector<char *> envp;
    storage.reserve(size_t(arguments.size() + environment.size() + 1));
    storage.push_back(QFile::encodeName(program));
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    for (size_t i = 0; i < storage.size(); ++i)
        argv.push_back(storage[i].data());
    argv.push_back(nullptr);
    const size_t firstEnv = storage.size();
    for (const QString &entry : environment)
        storage.push_back(entry.toLocal8Bit());
    for (size_t i = firstEnv; i < storage.size(); ++i)
        envp.push_back(storage[i].data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    const QByteArray errorPath = QFile::encodeName(errorFile);
    posix_spawn_file_actions_addopen(&actions, 2, errorPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    Sample sample;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        sample.firstError = u"cannot start "_s + program;
        return sample;
    }
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return sample;
    sample.wallS = double(timer.nsecsElapsed()) / 1e9;
    sample.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    sample.cpuS = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    sample.peakMiB = double(usage.ru_maxrss) / 1024.0; // KiB on Linux
    if (sample.exitCode != 0) {
        QFile errors(errorFile);
        if (errors.open(QIODevice::ReadOnly))
            sample.firstError = QString::fromUtf8(errors.readLine()).trimmed();
    }
    return sample;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

struct Figures
{
    double wallS = 0;
    double cpuS = 0;
    double peakMiB = 0;
    QString error;
};

// A list of `count` URLs of the sandbox's zone; returns the average line length in bytes
// (its line ending included).
double writeList(const QString &path, int count)
{
    QFile list(path);
    if (!list.open(QIODevice::WriteOnly))
        return 0;
    QByteArray chunk;
    for (int i = 0; i < count; ++i) {
        chunk += "https://zone-00001.example/assets/build-" + QByteArray::number(i / 1000) + "/file-"
            + QByteArray::number(i) + ".js?v=3\n";
        if (chunk.size() > (1 << 20)) {
            list.write(chunk);
            chunk.clear();
        }
    }
    list.write(chunk);
    const double bytes = double(list.size());
    list.close();
    return bytes / count;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto value = [&args](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    QList<int> sizes;
    for (const QString &size : value(u"--urls"_s, u"100000,1000000"_s).split(u',', Qt::SkipEmptyParts))
        sizes << size.toInt();
    const int runs = std::max(1, value(u"--runs"_s, u"3"_s).toInt());
    QList<QPair<QString, QString>> programs {{u"this build"_s, QStringLiteral(PURGEDESK_CLI_PATH)}};
    if (const QString baseline = value(u"--baseline"_s, {}); !baseline.isEmpty())
        programs.prepend({u"baseline"_s, baseline});

    QTextStream out(stdout);
    QProcess sandbox;
    sandbox.start(QStringLiteral(PURGEDESK_CLI_PATH), {u"sandbox"_s, u"--zones"_s, u"1"_s, u"--plan"_s, u"free"_s});
    if (!sandbox.waitForStarted(10000) || !sandbox.waitForReadyRead(10000)) {
        out << "cannot start the sandbox\n";
        return 1;
    }
    const QString base = QString::fromUtf8(sandbox.readLine()).section(u": "_s, 1).trimmed();
    QTemporaryDir dir;
    QStringList environment;
    for (const QString &entry : QProcessEnvironment::systemEnvironment().toStringList()) {
        if (!entry.startsWith(u"XDG_"_s) && !entry.startsWith(u"CLOUDFLARE_"_s) && !entry.startsWith(u"PURGEDESK_"_s)
            && !entry.startsWith(u"PLUGIN_"_s))
            environment << entry;
    }
    environment << u"CLOUDFLARE_API_TOKEN=sandbox-demo-token"_s << u"PURGEDESK_API_BASE="_s + base;

    out << "purgedesk-cli purge --files --from-file LIST --dry-run [--json] > /dev/null, against purgedesk-cli "
           "sandbox (Free plan, 100 URLs per request); medians of "
        << runs << " runs\n";
    for (const auto &[label, program] : programs)
        out << "  " << label << ": " << program << '\n';
    out.flush();

    int run = 0;
    // Each program's figures for one list and one output format.
    const auto figures = [&](const QString &program, const QString &list, bool json) {
        std::vector<double> wall;
        std::vector<double> cpu;
        std::vector<double> peak;
        Figures result;
        for (int i = 0; i < runs; ++i) {
            const QString home = dir.filePath(u"run-%1"_s.arg(++run));
            QDir().mkpath(home);
            QStringList env = environment;
            env << u"XDG_DATA_HOME="_s + home + u"/data"_s << u"XDG_CACHE_HOME="_s + home + u"/cache"_s
                << u"XDG_CONFIG_HOME="_s + home + u"/config"_s;
            QStringList arguments {
                u"purge"_s, u"--zone"_s, u"zone-00001.example"_s, u"--files"_s, u"--from-file"_s, list, u"--dry-run"_s};
            if (json)
                arguments << u"--json"_s;
            const Sample sample = measure(program, arguments, env, home + u"/stderr.txt"_s);
            QDir(home).removeRecursively(); // the history of a 1,000,000-URL dry run is large
            if (sample.exitCode != 0) {
                result.error = sample.firstError.isEmpty() ? u"exit code %1"_s.arg(sample.exitCode) : sample.firstError;
                return result;
            }
            wall.push_back(sample.wallS);
            cpu.push_back(sample.cpuS);
            peak.push_back(sample.peakMiB);
        }
        result.wallS = median(wall);
        result.cpuS = median(cpu);
        result.peakMiB = median(peak);
        return result;
    };

    const QString one = dir.filePath(u"one.txt"_s);
    writeList(one, 1);
    for (const bool json : {false, true}) {
        out << '\n' << (json ? "with --json" : "without --json") << '\n';
        QList<Figures> reference;
        for (const auto &[label, program] : programs)
            reference << figures(program, one, json);
        for (const int size : sizes) {
            const QString list = dir.filePath(u"urls-%1.txt"_s.arg(size));
            const double lineBytes = writeList(list, size);
            for (qsizetype p = 0; p < programs.size(); ++p) {
                const Figures f = figures(programs.at(p).second, list, json);
                out << "  " << QString::number(size).rightJustified(8) << " URLs ("
                    << QString::number(lineBytes, 'f', 1) << " bytes a line), "
                    << programs.at(p).first.leftJustified(10) << ": ";
                if (!f.error.isEmpty()) {
                    out << "failed: " << f.error << '\n';
                } else {
                    const double perUrl = (f.peakMiB - reference.at(p).peakMiB) * 1024 * 1024 / size - lineBytes;
                    out << QString::number(f.wallS, 'f', 2) << " s (CPU " << QString::number(f.cpuS, 'f', 2)
                        << " s), peak " << QString::number(f.peakMiB, 'f', 1)
                        << " MiB (1 URL: " << QString::number(reference.at(p).peakMiB, 'f', 1) << " MiB), "
                        << QString::number(perUrl, 'f', 0) << " bytes per URL beyond the text\n";
                }
                out.flush();
            }
            QFile::remove(list);
        }
    }
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    return 0;
}
