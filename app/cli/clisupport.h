#pragma once

#include "accounts/credentialstore.h"
#include "cloudflare/apiclient.h"

#include <QCommandLineOption>
#include <QEventLoop>
#include <QString>

class QCommandLineParser;
class QTextStream;

namespace PurgeDesk::Purge {
class PurgeSession;
}

namespace PurgeDesk::Cli {

// Runs the event loop until an API job has finished. The caller owns the job afterwards.
template<typename Job>
void waitFor(Job *job)
{
    job->setAutoDelete(false);
    if (job->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

// The version of the shape of every --json output: each is one JSON object whose "schema" member
// holds it, documented per command in resources/schemas/ (installed as share/purgedesk/schemas).
// Raise it for a command whose shape changes in a way a script would notice (a member removed,
// renamed or retyped); new members do not change it.
constexpr int JsonSchemaVersion = 1;

// How long the CLI waits for the keychain (an unanswered unlock prompt must not hang a script).
constexpr int KeychainTimeoutMs = 20000;

// Runs one keychain call and waits for it, at most KeychainTimeoutMs. A job that does not answer
// in time is left to finish on its own (never deleted while running).
CredentialStore::Result keychainCall(const std::function<void(CredentialStore &, CredentialStore::Callback)> &call);

// The saved account a command uses: the one its command line names (--profile), else the one
// PURGEDESK_PROFILE names; empty for the environment's credentials.
QString accountName(const QString &profileOption);

// Credentials for a command: the stored profile named by accountName() (its secret from the
// keychain), else CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL + CLOUDFLARE_API_KEY. Returns 0, or an
// exit code after explaining the problem on `err`. `profileApiBase` receives the profile's API address.
int resolveCredentials(
    const QString &profileName, Cloudflare::Credentials *credentials, QString *profileApiBase, QTextStream &err);

// Points the client at --api-base, PURGEDESK_API_BASE, the profile's address, or Cloudflare, through
// the proxy the environment's standard variables name, else the one chosen in the window's
// settings (Edit > Settings; its password from the keychain). Trusts the certificates of --cacert
// or PURGEDESK_CA_BUNDLE; PURGEDESK_HTTP2=0 keeps to HTTP/1.1 (for proxies that break HTTP/2).
// False, having said why, when any of these cannot be used.
bool setUpClient(
    Cloudflare::ApiClient &client, const QString &apiBaseOption, const QString &profileApiBase, QTextStream &err);

// The proxy for `target`: the one the environment's standard variables name for it, else the one
// chosen in the window's settings (its password from the keychain). False, having said why, when the
// environment's cannot be used.
bool chooseProxy(const QUrl &target, QNetworkProxy *proxy, QTextStream &err);

int exitCodeFor(const Cloudflare::ApiError &error);

bool isTerminal(FILE *stream);

// -h and --help, as every command takes them. (QCommandLineParser::addHelpOption() would also
// advertise --help-all, which only QCommandLineParser::process() answers.)
void addHelpOption(QCommandLineParser &parser);
// A command's help: the parser's text, its first line naming the command ("Usage: purgedesk-cli
// purge [options] ...") instead of the program's path.
QString commandHelp(const QCommandLineParser &parser, const QString &command);
// Parses the arguments of `command` ("purgedesk-cli accounts list"), answering --help and a parse
// error itself. True when the command goes on; otherwise *exitCode is how it ends.
bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments, QTextStream &out,
    QTextStream &err, int *exitCode);

// The progress line a terminal shows on stderr: rewritten in place, and cleared, not left behind,
// before the summary. Does nothing when disabled (stderr is not a terminal, or --json).
class ProgressLine final
{
public:
    ProgressLine(QTextStream &err, bool enabled);
    void show(const QString &text);
    void clear();

private:
    QTextStream &m_err;
    bool m_enabled;
    qsizetype m_width = 0;
};

// What to purge (--everything, --files, --hosts, --tags, --prefixes) and where the items come
// from (--from-file), as purge and preset save take them.
QList<QCommandLineOption> itemOptions(const QString &everythingHelp);
// The one action those options chose; false, having said so on `err` as `command`, when the
// command line chose none or several.
bool chosenAction(
    const QCommandLineParser &parser, const QString &command, Cloudflare::PurgeAction *action, QTextStream &err);
// The most a list read with --from-file may hold: 1,000,000 URLs of up to 250 characters, and a
// bound for endless input (/dev/zero, a runaway pipe).
constexpr qint64 MaxListBytes = qint64(256) * 1024 * 1024;
// The --from-file option's one value (empty when it was not given). False, having said so on
// `err` as `command`, when it was given more than once: only one file would be read, and the
// other's items would be lost without a word.
bool fromFileOption(const QCommandLineParser &parser, const QString &command, QString *path, QTextStream &err);
// The list as text: the item arguments, then the lines of `fromFile` (- for standard input).
// False, having said why on `err`, when the file cannot be read, is larger than MaxListBytes or
// is not UTF-8 (with the line that is not).
bool readItems(
    const QStringList &items, const QString &fromFile, const QString &command, QString *text, QTextStream &err);

// A line of the user's list as it is echoed in a message: control characters shown as \uXXXX
// (never sent to the terminal as they are), and cut after 120 characters.
QString shownLine(const QString &line);

// --cacert FILE: certificate authorities (PEM) to trust besides the system's, for a corporate
// gateway, a TLS-inspecting proxy or a local TLS endpoint. Without it, PURGEDESK_CA_BUNDLE (curl's
// convention) names the file.
QCommandLineOption caCertOption();
// Remembers a command's --cacert value for setUpClient() (one command runs per process).
void setCaCertFile(const QString &path);

// --max-wait SECONDS: the longest a run (or a zone listing) waits when Cloudflare's rate limit asks
// it to (Retry-After). Cloudflare's own lockout lasts 5 minutes, the default.
QCommandLineOption maxWaitOption();
// The --max-wait value in milliseconds; false, having said why on `err`, when it is not a whole
// number of seconds from 0 to 86400.
bool readMaxWait(const QCommandLineParser &parser, const QString &command, qint64 *ms, QTextStream &err);
// Says on `err` when a run starts waiting for Cloudflare's rate limit for more than a few seconds,
// so a script's log never shows a silent pause.
void reportWaits(const Purge::PurgeSession &session, QTextStream &err);

// Reads a secret from standard input: one line, with surrounding whitespace and stray quotes
// removed. On a terminal it prompts and does not echo.
bool readSecret(const QString &prompt, QString *secret, QTextStream &err);

} // namespace PurgeDesk::Cli
