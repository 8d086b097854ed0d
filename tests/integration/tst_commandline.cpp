#include "appinfo.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::Test::runProcess;

// The two executables as a user or a script runs them: real processes, real exit codes.
class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

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
        QVERIFY2(result.err.contains(u"Usage: purgedesk-cli"_s), qPrintable(result.err));
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
