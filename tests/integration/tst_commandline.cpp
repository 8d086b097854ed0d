#include "appinfo.h"
#include "testsupport.h"

#include <QDate>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::Test::runProcess;

// The two executables as a user or a script runs them: real processes, real exit codes.
class TestCommandLine final : public QObject
{
    Q_OBJECT

    static QString cli() { return QStringLiteral(PURGEDESK_CLI_PATH); }

    // The long options a command's help lists ("  -h, --help", "  --zone <NAME|ID>"), with the
    // value each takes (empty for a switch).
    static QList<QPair<QString, QString>> advertisedOptions(const QString &help)
    {
        QList<QPair<QString, QString>> options;
        static const QRegularExpression line(
            u"^  (?:-\\w, )?--([a-z][a-z-]*)(?: <([^>]+)>)?"_s, QRegularExpression::MultilineOption);
        for (auto it = line.globalMatch(help); it.hasNext();) {
            const auto match = it.next();
            options.append({match.captured(1), match.captured(2)});
        }
        return options;
    }

    static QString readSource(const QString &path)
    {
        QFile file(QStringLiteral(PURGEDESK_SOURCE_DIR) + u'/' + path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    // `sandbox --files-cap 30` plays an account that refuses more than 30 URLs per request: a purge
    // of 45 URLs learns the cap from the refusal and gets all 45 through in requests of 30 or fewer.
    void sandboxPlaysAThirtyUrlAccount()
    {
        QCOMPARE(runProcess(cli(), {u"sandbox"_s, u"--files-cap"_s, u"0"_s}).exitCode, 2);
        QProcess sandbox;
        sandbox.start(cli(), {u"sandbox"_s, u"--files-cap"_s, u"30"_s});
        QString log;
        QString api;
        static const QRegularExpression apiLine(u"^Sandbox API: (\\S+)$"_s, QRegularExpression::MultilineOption);
        QVERIFY(QTest::qWaitFor(
            [&] {
                sandbox.waitForReadyRead(50);
                log += QString::fromUtf8(sandbox.readAllStandardOutput());
                api = apiLine.match(log).captured(1);
                return !api.isEmpty();
            },
            15000));
        QStringList arguments {u"purge"_s, u"--api-base"_s, api, u"--zone"_s, u"example.com"_s, u"--files"_s};
        for (int i = 0; i < 45; ++i)
            arguments << u"https://example.com/cap/%1.js"_s.arg(i);
        qputenv("CLOUDFLARE_API_TOKEN", "sandbox-demo-token");
        const auto purged = runProcess(cli(), arguments);
        qunsetenv("CLOUDFLARE_API_TOKEN");
        QVERIFY2(purged.exitCode == 0, qPrintable(purged.err));
        QVERIFY2(purged.out.contains(u"Purged 45 of 45 URLs in example.com"_s), qPrintable(purged.out));
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
        log += QString::fromUtf8(sandbox.readAllStandardOutput());
        static const QRegularExpression accepted(
            u"^purge example.com files (\\d+) item"_s, QRegularExpression::MultilineOption);
        int total = 0;
        for (auto it = accepted.globalMatch(log); it.hasNext();) {
            const int items = it.next().captured(1).toInt();
            QVERIFY2(items <= 30, qPrintable(log));
            total += items;
        }
        QCOMPARE(total, 45);
    }

    void cliVersion()
    {
        const auto result = runProcess(QStringLiteral(PURGEDESK_CLI_PATH), {u"--version"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), u"purgedesk-cli "_s + PurgeDesk::version());
        QVERIFY(result.err.isEmpty());
    }

    void cliHelp()
    {
        const auto result = runProcess(QStringLiteral(PURGEDESK_CLI_PATH), {u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(u"Usage: purgedesk-cli"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"Exit codes:"_s));
    }

    void cliWithoutArgumentsIsAUsageError()
    {
        const auto result = runProcess(QStringLiteral(PURGEDESK_CLI_PATH), {});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.startsWith(u"Usage: purgedesk-cli COMMAND [options]\n"_s), qPrintable(result.err));
        // Short: the commands and where the rest is, not the whole help.
        QVERIFY2(result.err.count(u'\n') <= 4, qPrintable(result.err));
        QVERIFY(result.err.contains(u"purgedesk-cli help COMMAND"_s));
    }

    void helpCommandIsTheFullHelp()
    {
        const auto help = runProcess(cli(), {u"help"_s});
        QCOMPARE(help.exitCode, 0);
        QCOMPARE(help.out, runProcess(cli(), {u"--help"_s}).out);
        QVERIFY(help.out.contains(u"PURGEDESK_PROFILE"_s));
        const auto unknown = runProcess(cli(), {u"help"_s, u"frobnicate"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"there is no command \"frobnicate\""_s), qPrintable(unknown.err));
    }

    // Every command's help names the command, not the program's path; `help COMMAND` shows the
    // same; every option it advertises is one the command takes (and --help-all is gone); the
    // manual page documents the command and each of its options.
    void commandHelp_data()
    {
        QTest::addColumn<QStringList>("command");
        for (const QString &line : {u"purge"_s, u"verify"_s, u"zones"_s, u"history"_s, u"sandbox"_s, u"preset save"_s,
                 u"preset list"_s, u"preset run"_s, u"preset export"_s, u"preset import"_s, u"preset remove"_s,
                 u"accounts add"_s, u"accounts list"_s, u"accounts verify"_s, u"accounts remove"_s})
            QTest::newRow(qPrintable(line)) << line.split(u' ');
    }

    void commandHelp()
    {
        QFETCH(QStringList, command);
        const QString name = u"purgedesk-cli "_s + command.join(u' ');
        const auto help = runProcess(cli(), command + QStringList {u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.err.isEmpty(), qPrintable(help.err));
        QVERIFY2(help.out.startsWith(u"Usage: "_s + name + u" [options]"_s), qPrintable(help.out));
        QVERIFY(!help.out.contains(cli()));
        QVERIFY(!help.out.contains(u"help-all"_s));
        QCOMPARE(runProcess(cli(), QStringList {u"help"_s} + command).out, help.out);
        QCOMPARE(runProcess(cli(), command + QStringList {u"-h"_s}).out, help.out);
        QCOMPARE(runProcess(cli(), command + QStringList {u"--help-all"_s}).exitCode, 2);

        const QString manual = readSource(u"resources/man/purgedesk-cli.1"_s);
        QVERIFY(!manual.isEmpty());
        // The command's own section of the manual: from its heading to the next one.
        const qsizetype start = manual.indexOf(u".SS \""_s + command.join(u' '));
        QVERIFY2(start >= 0, qPrintable(u"no .SS section for "_s + command.join(u' ')));
        // Options as a reader sees them: roff writes a hyphen-minus as \-.
        const QString section
            = manual.mid(start, manual.indexOf(u"\n.S"_s, start + 1) - start).replace(u"\\-"_s, u"-"_s);

        const auto options = advertisedOptions(help.out);
        QVERIFY(options.contains(qMakePair(u"help"_s, QString())));
        for (const auto &[option, value] : options) {
            QStringList arguments = command;
            arguments << u"--"_s + option;
            if (!value.isEmpty())
                arguments << u"x"_s;
            arguments << u"--help"_s;
            const auto result = runProcess(cli(), arguments);
            QVERIFY2(result.exitCode == 0, qPrintable(name + u": --"_s + option + u": "_s + result.err));
            if (option != u"help"_s)
                QVERIFY2(section.contains(u"--"_s + option),
                    qPrintable(name + u": --"_s + option + u" is not in the manual"_s));
        }
    }

    void groupHelp_data()
    {
        QTest::addColumn<QString>("group");
        QTest::newRow("preset") << u"preset"_s;
        QTest::newRow("accounts") << u"accounts"_s;
    }

    void groupHelp()
    {
        QFETCH(QString, group);
        const auto help = runProcess(cli(), {group, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(u"Usage: purgedesk-cli "_s + group + u" COMMAND"_s), qPrintable(help.out));
        QCOMPARE(runProcess(cli(), {u"help"_s, group}).out, help.out);
        const auto none = runProcess(cli(), {group});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.out.isEmpty());
        QVERIFY2(none.err.contains(u"choose a command"_s), qPrintable(none.err));
    }

    // What the packages say about the release is this version: the AppStream metainfo's newest
    // release and Debian's changelog.
    void releaseNotesAreForThisVersion()
    {
        const QString metainfo = readSource(u"resources/io.github.purgedesk.PurgeDesk.metainfo.xml"_s);
        static const QRegularExpression release(u"<release version=\"([^\"]+)\" date=\"(\\d{4}-\\d\\d-\\d\\d)\""_s);
        const auto newest = release.match(metainfo);
        QVERIFY(newest.hasMatch());
        QCOMPARE(newest.captured(1), PurgeDesk::version());
        const QString changelog = readSource(u"installers/linux/debian/changelog"_s);
        QVERIFY2(changelog.startsWith(u"purgedesk ("_s + PurgeDesk::version() + u") "_s),
            qPrintable(changelog.section(u'\n', 0, 0)));
        // The same day in both.
        const QDate date = QDate::fromString(newest.captured(2), Qt::ISODate);
        QVERIFY(changelog.section(u"\n -- "_s, 1, 1)
                    .section(u'\n', 0, 0)
                    .contains(QLocale::c().toString(date, u"d MMM yyyy"_s)));
    }

    // The manual pages say what the programs say: the version, and every command of the CLI.
    void manualPages()
    {
        const QString cliManual = readSource(u"resources/man/purgedesk-cli.1"_s);
        const QString guiManual = readSource(u"resources/man/purgedesk.1"_s);
        QVERIFY(cliManual.startsWith(u".TH PURGEDESK-CLI 1 "_s));
        QVERIFY(guiManual.startsWith(u".TH PURGEDESK 1 "_s));
        const QString version = u"\"PurgeDesk "_s + PurgeDesk::version() + u'"';
        QVERIFY2(cliManual.section(u'\n', 0, 0).contains(version), qPrintable(cliManual.section(u'\n', 0, 0)));
        QVERIFY2(guiManual.section(u'\n', 0, 0).contains(version), qPrintable(guiManual.section(u'\n', 0, 0)));
        const QString help = runProcess(cli(), {u"help"_s}).out;
        static const QRegularExpression command(u"^  ([a-z]+) "_s, QRegularExpression::MultilineOption);
        int commands = 0;
        for (auto it = command.globalMatch(help.section(u"Commands:"_s, 1)); it.hasNext(); ++commands) {
            const QString name = it.next().captured(1);
            QVERIFY2(cliManual.contains(u".SS \""_s + name), qPrintable(name + u" is not in purgedesk-cli(1)"_s));
        }
        QCOMPARE(commands, 8);
        for (const QString &variable : {u"PURGEDESK_PROFILE"_s, u"PURGEDESK_API_BASE"_s, u"PURGEDESK_EDGE"_s,
                 u"CLOUDFLARE_API_TOKEN"_s, u"https_proxy"_s, u"no_proxy"_s, u"PLUGIN_ACTION"_s})
            QVERIFY2(cliManual.contains(u".B "_s + variable), qPrintable(variable));
    }

    void cliUnknownCommand()
    {
        const auto result = runProcess(QStringLiteral(PURGEDESK_CLI_PATH), {u"frobnicate"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"unknown command \"frobnicate\""_s), qPrintable(result.err));
    }

    void cliUnknownOption()
    {
        const auto result = runProcess(QStringLiteral(PURGEDESK_CLI_PATH), {u"--frobnicate"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"frobnicate"_s), qPrintable(result.err));
    }

    // --version and --help must answer without any display: no platform plugin may be loaded.
    void guiVersionNeedsNoDisplay()
    {
        qputenv("QT_QPA_PLATFORM", "xcb");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        const auto version = runProcess(QStringLiteral(PURGEDESK_GUI_PATH), {u"--version"_s});
        const auto help = runProcess(QStringLiteral(PURGEDESK_GUI_PATH), {u"--help"_s});
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), u"purgedesk "_s + PurgeDesk::version());
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(u"Usage: purgedesk"_s), qPrintable(help.out));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
