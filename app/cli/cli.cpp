#include "cli.h"

#include "accountscommand.h"
#include "appinfo.h"
#include "historycommand.h"
#include "presetcommand.h"
#include "purgecommand.h"
#include "sandboxcommand.h"
#include "verifycommand.h"
#include "zonescommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Cli {

namespace {

struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &arguments, QTextStream &out, QTextStream &err)> run;
};

int runHelp(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Commands register here as the core grows; the help lists exactly what is in this table.
const std::vector<Command> &commands()
{
    static const std::vector<Command> table = {
        {u"purge"_s, u"Purge or invalidate URLs, hosts, tags, prefixes or everything in a zone"_s, runPurge},
        {u"verify"_s, u"Fetch URLs from Cloudflare's edge and say whether each is fresh after a purge"_s, runVerify},
        {u"zones"_s, u"List the zones the credentials can read"_s, runZones},
        {u"history"_s, u"Show the purge history (--json, --csv)"_s, runHistory},
        {u"preset"_s, u"Save, list, run, export or import saved purges (presets)"_s, runPreset},
        {u"accounts"_s, u"Add, list, verify or remove saved accounts (secrets in the system keychain)"_s, runAccounts},
        {u"sandbox"_s, u"Serve a local stand-in for Cloudflare's API (for trying PurgeDesk and for tests)"_s,
            runSandbox},
        {u"help"_s, u"Show this help, or a command's: purgedesk-cli help COMMAND [SUBCOMMAND]"_s, runHelp},
    };
    return table;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString usage()
{
    QString text = u"Usage: purgedesk-cli [--help] [--version] COMMAND [options]\n"
                   u"\n"
                   u"Purge and invalidate Cloudflare's CDN cache from scripts and CI jobs.\n"
                   u"\n"
                   u"Options:\n"
                   u"  -h, --help     Show this help and exit.\n"
                   u"  -v, --version  Show the version and exit.\n"
                   u"\n"
                   u"Commands:\n"_s;
    for (const Command &command : commands())
        text += u"  "_s + command.name.leftJustified(10) + command.summary + u'\n';
    text += u"\n"
            u"Credentials come from a saved account (--profile NAME, or PURGEDESK_PROFILE), else from the\n"
            u"environment: CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY; never from the\n"
            u"command line. PURGEDESK_API_BASE sets another API address. The proxy is the one https_proxy,\n"
            u"all_proxy and no_proxy name, else the one chosen in PurgeDesk's settings.\n"
            u"Run purgedesk-cli help COMMAND (or COMMAND --help) for a command's options.\n"
            u"Exit codes: 0 done, 1 some items failed or not sent, 2 usage or invalid input,\n"
            u"3 authentication or permission, 4 network or server unavailable, 5 purged (or verified) but not\n"
            u"fresh everywhere (verify, purge --verify), 130 interrupted.\n"_s;
    return text;
}

// What a user who typed nothing needs: the shape of a command line and where the rest is.
QString shortUsage()
{
    QStringList names;
    for (const Command &command : commands())
        names << command.name;
    return u"Usage: purgedesk-cli COMMAND [options]\n"
           u"Commands: "_s
        + names.join(u", "_s)
        + u"\n"
          u"Run purgedesk-cli help for more, or purgedesk-cli help COMMAND for a command's options.\n"_s;
}

// purgedesk-cli help [COMMAND [SUBCOMMAND]]: the same text as COMMAND [SUBCOMMAND] --help.
int runHelp(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty()) {
        out << usage();
        return ExitOk;
    }
    const Command *command = findCommand(arguments.first());
    if (!command || command->name == u"help"_s) {
        err << "purgedesk-cli help: there is no command \"" << arguments.first() << "\".\n\n" << shortUsage();
        return ExitUsage;
    }
    return command->run(arguments.mid(1) + QStringList {u"--help"_s}, out, err);
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption(QStringList {u"h"_s, u"help"_s});
    const QCommandLineOption versionOption(QStringList {u"v"_s, u"version"_s});
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addPositionalArgument(u"command"_s, QString());

    if (!parser.parse(arguments)) {
        err << "purgedesk-cli: " << parser.errorText() << "\n\n" << shortUsage();
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        out << usage();
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        out << "purgedesk-cli " << version() << '\n';
        return ExitOk;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() && droneModeRequested())
        return runDrone(out, err);
    if (positional.isEmpty()) {
        err << shortUsage();
        return ExitUsage;
    }
    const QString &name = positional.first();
    if (const Command *command = findCommand(name))
        return command->run(positional.mid(1), out, err);
    err << "purgedesk-cli: unknown command \"" << name << "\". Run purgedesk-cli help for the list.\n";
    return ExitUsage;
}

} // namespace PurgeDesk::Cli
