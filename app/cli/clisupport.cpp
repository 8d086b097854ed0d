#include "clisupport.h"

#include "accounts/profilestore.h"
#include "cli.h"
#include "cloudflare/apibase.h"
#include "purge/listimport.h"
#include "purge/purgesession.h"
#include "settings/environmentproxy.h"
#include "settings/networksettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QPointer>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <utility>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Cloudflare;

namespace PurgeDesk::Cli {

QList<QCommandLineOption> itemOptions(const QString &everythingHelp)
{
    return {
        {u"everything"_s, everythingHelp},
        {u"files"_s, u"Purge URLs."_s},
        {u"hosts"_s, u"Purge hostnames."_s},
        {u"tags"_s, u"Purge cache tags."_s},
        {u"prefixes"_s, u"Purge URL prefixes."_s},
        {u"from-file"_s, u"Read items, one per line, from a file (- for standard input)."_s, u"PATH"_s},
    };
}

bool chosenAction(const QCommandLineParser &parser, const QString &command, PurgeAction *action, QTextStream &err)
{
    int chosen = 0;
    for (const PurgeAction candidate :
        {PurgeAction::Everything, PurgeAction::Files, PurgeAction::Hosts, PurgeAction::Tags, PurgeAction::Prefixes}) {
        if (parser.isSet(Purge::toName(candidate))) {
            *action = candidate;
            ++chosen;
        }
    }
    if (chosen != 1)
        err << command << ": choose exactly one of --everything, --files, --hosts, --tags or --prefixes.\n";
    return chosen == 1;
}

bool fromFileOption(const QCommandLineParser &parser, const QString &command, QString *path, QTextStream &err)
{
    const QStringList paths = parser.values(u"from-file"_s);
    if (paths.size() > 1) {
        err << command << ": --from-file was given " << paths.size()
            << " times, but takes one file: put the lists in one file (or one after the other on standard input, "
               "with --from-file -).\n";
        return false;
    }
    *path = paths.value(0);
    return true;
}

bool readItems(
    const QStringList &items, const QString &fromFile, const QString &command, QString *text, QTextStream &err)
{
    *text = items.join(u'\n');
    if (fromFile.isEmpty())
        return true;
    QFile file;
    const QString name = fromFile == u"-"_s ? u"standard input"_s : fromFile;
    if (fromFile == u"-"_s) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            err << command << ": cannot read standard input.\n";
            return false;
        }
    } else {
        file.setFileName(fromFile);
        if (!file.open(QIODevice::ReadOnly)) {
            err << command << ": cannot read " << fromFile << ": " << file.errorString() << '\n';
            return false;
        }
    }
    const auto tooLarge = [&] {
        err << command << ": the list in " << name << " is larger than " << MaxListBytes / (1024LL * 1024)
            << " MiB; nothing was sent. Split it into several lists.\n";
        return false;
    };
    // A file known to be larger is refused unread; a smaller one's size is the buffer's.
    const qint64 size = file.isSequential() ? 0 : file.size();
    if (size > MaxListBytes)
        return tooLarge();
    // Never more than the cap (and one byte to tell): /dev/zero or a runaway pipe would never end.
    QByteArray data;
    data.reserve(size + 1);
    while (data.size() <= MaxListBytes) {
        const qsizetype at = data.size();
        qint64 want = std::min<qint64>(1024LL * 1024, MaxListBytes + 1 - at);
        if (at < size)
            want = std::min<qint64>(want, size - at);
        data.resize(at + want);
        const qint64 got = file.read(data.data() + at, data.size() - at);
        data.resize(at + std::max<qint64>(got, 0));
        if (got <= 0)
            break;
    }
    if (file.error() != QFileDevice::NoError) {
        err << command << ": cannot read " << name << ": " << file.errorString() << '\n';
        return false;
    }
    if (data.size() > MaxListBytes)
        return tooLarge();
    QString decoded;
    int badLine = 0;
    if (!Purge::decodeList(data, &decoded, &badLine)) {
        err << command << ": " << name << " is not UTF-8 text: line " << badLine
            << " is not (saved as Latin-1 or Windows-1252?); nothing was sent. Save it as UTF-8.\n";
        return false;
    }
    data = QByteArray(); // the list is held once, as text
    if (text->isEmpty()) {
        *text = std::move(decoded);
    } else {
        *text += u'\n';
        *text += decoded;
    }
    return true;
}

void addHelpOption(QCommandLineParser &parser)
{
    parser.addOption({{u"h"_s, u"help"_s}, u"Show this help and exit."_s});
}

QString commandHelp(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    // Qt names the program as it was started (often a full path) and not the command.
    const QString qtUsage = u"Usage: "_s + QCoreApplication::arguments().value(0);
    if (text.startsWith(qtUsage))
        text.replace(0, qtUsage.size(), u"Usage: "_s + command);
    return text;
}

bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments, QTextStream &out,
    QTextStream &err, int *exitCode)
{
    if (!parser.parse(QStringList {command} + arguments)) {
        err << command << ": " << parser.errorText() << '\n';
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        out << commandHelp(parser, command);
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

ProgressLine::ProgressLine(QTextStream &err, bool enabled)
    : m_err(err)
    , m_enabled(enabled)
{ }

void ProgressLine::show(const QString &text)
{
    if (!m_enabled)
        return;
    // Spaces cover what a longer line before this one left on the terminal.
    m_err << '\r' << text << QString(qMax<qsizetype>(0, m_width - text.size()), u' ');
    m_width = qMax(m_width, text.size());
    m_err.flush();
}

void ProgressLine::clear()
{
    if (!m_enabled || m_width == 0)
        return;
    m_err << '\r' << QString(m_width, u' ') << '\r';
    m_err.flush();
    m_width = 0;
}

QString shownLine(const QString &line)
{
    constexpr qsizetype Shown = 120;
    QString out;
    for (qsizetype i = 0; i < line.size() && i < Shown; ++i) {
        const char16_t c = line.at(i).unicode();
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
            out += u"\\u"_s + QString::number(c, 16).rightJustified(4, u'0');
        else
            out += line.at(i);
    }
    if (line.size() > Shown)
        out += u"... (%1 characters)"_s.arg(line.size());
    return out;
}

namespace {
QString &caCertFile()
{
    static QString path;
    return path;
}
} // namespace

QCommandLineOption caCertOption()
{
    return {u"cacert"_s,
        u"Also trust the certificate authorities in this PEM file (a corporate gateway or TLS proxy). Default: "
        u"PURGEDESK_CA_BUNDLE."_s,
        u"FILE"_s};
}

void setCaCertFile(const QString &path)
{
    caCertFile() = path;
}

QCommandLineOption maxWaitOption()
{
    return {u"max-wait"_s,
        u"Wait at most this long when Cloudflare's rate limit asks to (Retry-After); asked to wait longer, the run "
        u"stops and lists what was not sent. Default 300 (Cloudflare's own lockout)."_s,
        u"SECONDS"_s, u"300"_s};
}

bool readMaxWait(const QCommandLineParser &parser, const QString &command, qint64 *ms, QTextStream &err)
{
    bool ok = false;
    const int seconds = parser.value(u"max-wait"_s).toInt(&ok);
    if (!ok || seconds < 0 || seconds > 86400) {
        err << command << ": --max-wait takes a whole number of seconds from 0 to 86400, not \""
            << parser.value(u"max-wait"_s) << "\".\n";
        return false;
    }
    *ms = qint64(seconds) * 1000;
    return true;
}

void reportWaits(const Purge::PurgeSession &session, QTextStream &err)
{
    auto until = std::make_shared<QDeadlineTimer>();
    QObject::connect(&session, &Purge::PurgeSession::waitChanged, &session, [&session, &err, until] {
        // Only real waits for Cloudflare (not the pacing between requests), each said once: those of
        // 5 s or more, also when this runs a moment after the 429 (a busy machine).
        const Purge::PurgeSession::Wait wait = session.wait();
        const qint64 ms = wait.untilMs - session.counters().elapsedMs;
        if (wait.reason != Purge::PurgeSession::Wait::Reason::RateLimited || ms < 4000
            || until->remainingTime() > ms - 1000)
            return;
        *until = QDeadlineTimer(ms);
        err << "Rate limited by Cloudflare: waiting " << Cloudflare::describeWait(ms)
            << ", then the rest is sent (--max-wait sets the longest wait).\n";
        err.flush();
    });
}

bool isTerminal(FILE *stream)
{
#ifdef Q_OS_UNIX
    return ::isatty(fileno(stream));
#else
    Q_UNUSED(stream);
    return false;
#endif
}

CredentialStore::Result keychainCall(const std::function<void(CredentialStore &, CredentialStore::Callback)> &call)
{
    // The store outlives this call on purpose if the job is still running: a running job is never
    // deleted, and its late answer then goes nowhere.
    auto *store = new CredentialStore(CredentialStore::defaultService(), qApp);
    auto result = std::make_shared<std::optional<CredentialStore::Result>>();
    QEventLoop loop;
    QTimer::singleShot(KeychainTimeoutMs, &loop, &QEventLoop::quit);
    QPointer<QEventLoop> waiting(&loop);
    call(*store, [result, waiting](const CredentialStore::Result &answer) {
        *result = answer;
        if (waiting) // gone if the answer comes after the time limit
            waiting->quit();
    });
    if (!result->has_value())
        loop.exec();
    if (!result->has_value()) {
        CredentialStore::Result timedOut;
        timedOut.error
            = u"The system keychain did not answer within %1 s. It may be locked and waiting for a "
              u"password prompt that nobody can see; unlock it and try again."_s.arg(KeychainTimeoutMs / 1000);
        return timedOut;
    }
    store->deleteLater();
    return **result;
}

QString accountName(const QString &profileOption)
{
    const QString named = profileOption.trimmed();
    return named.isEmpty() ? qEnvironmentVariable("PURGEDESK_PROFILE").trimmed() : named;
}

int resolveCredentials(const QString &profileName, Credentials *credentials, QString *profileApiBase, QTextStream &err)
{
    if (!profileName.isEmpty()) {
        const bool fromEnvironment = profileName == qEnvironmentVariable("PURGEDESK_PROFILE").trimmed();
        ProfileStore store;
        QString message;
        if (!store.load(&message) && store.profiles().isEmpty()) {
            err << "purgedesk-cli: " << message << '\n';
            return ExitUsage;
        }
        if (!message.isEmpty())
            err << "Note: " << message << '\n';
        const Profile *profile = store.find(profileName);
        if (!profile) {
            err << "purgedesk-cli: there is no account named \"" << profileName << '"'
                << (fromEnvironment ? " (PURGEDESK_PROFILE)" : "") << ". See purgedesk-cli accounts list.\n";
            return ExitUsage;
        }
        if (fromEnvironment
            && !(qEnvironmentVariableIsEmpty("CLOUDFLARE_API_TOKEN")
                && qEnvironmentVariableIsEmpty("CLOUDFLARE_API_KEY")))
            err << "Note: using the saved account \"" << profile->name
                << "\" (PURGEDESK_PROFILE), not the CLOUDFLARE_ variables.\n";
        const QString key = CredentialStore::profileKey(profile->id);
        const CredentialStore::Result secret = keychainCall(
            [&](CredentialStore &keychain, CredentialStore::Callback done) { keychain.read(key, std::move(done)); });
        if (secret.outcome == CredentialStore::Outcome::NotFound) {
            err << "purgedesk-cli: the secret of \"" << profile->name
                << "\" is not in the system keychain. Add the account again.\n";
            return ExitAuth;
        }
        if (secret.outcome != CredentialStore::Outcome::Ok) {
            err << "purgedesk-cli: " << secret.error << '\n';
            return ExitAuth;
        }
        *credentials = profile->auth == Profile::Auth::GlobalKey
            ? Credentials::fromGlobalKey(profile->email, secret.secret)
            : Credentials::fromToken(secret.secret);
        *profileApiBase = profile->apiBase;
        return ExitOk;
    }
    const QString token = qEnvironmentVariable("CLOUDFLARE_API_TOKEN").trimmed();
    const QString email = qEnvironmentVariable("CLOUDFLARE_EMAIL").trimmed();
    const QString key = qEnvironmentVariable("CLOUDFLARE_API_KEY").trimmed();
    if (!token.isEmpty()) {
        *credentials = Credentials::fromToken(token);
        return ExitOk;
    }
    if (!email.isEmpty() && !key.isEmpty()) {
        *credentials = Credentials::fromGlobalKey(email, key);
        return ExitOk;
    }
    err << "purgedesk-cli: no credentials: use --profile NAME (see purgedesk-cli accounts add), or set "
           "CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY).\n";
    return ExitAuth;
}

bool setUpClient(ApiClient &client, const QString &apiBaseOption, const QString &profileApiBase, QTextStream &err)
{
    const ApiBaseChoice base = resolveApiBase(apiBaseOption, profileApiBase);
    if (!base.check.ok()) {
        err << "purgedesk-cli: " << base.check.error << '\n';
        return false;
    }
    client.setApiBase(base.check.url.toString());

    const QString bundle
        = caCertFile().isEmpty() ? qEnvironmentVariable("PURGEDESK_CA_BUNDLE").trimmed() : caCertFile();
    if (!bundle.isEmpty()) {
        QString error;
        QList<QSslCertificate> certificates = ApiClient::loadCaCertificates(bundle, &error);
        if (certificates.isEmpty()) {
            err << "purgedesk-cli: " << error << " (" << (caCertFile().isEmpty() ? "PURGEDESK_CA_BUNDLE" : "--cacert")
                << ").\n";
            return false;
        }
        client.setCaCertificates(std::move(certificates));
    }
    client.setHttp2Enabled(ApiClient::http2AllowedByEnvironment());

    // The sandbox on this computer is never reached through a proxy (ApiClient::setProxy).
    if (isLoopbackHost(client.apiBase().host()))
        return true;
    QNetworkProxy proxy;
    if (!chooseProxy(client.apiBase(), &proxy, err))
        return false;
    client.setProxy(proxy);
    return true;
}

bool chooseProxy(const QUrl &target, QNetworkProxy *proxy, QTextStream &err)
{
    const EnvironmentProxy environment = proxyFromEnvironment(target, QProcessEnvironment::systemEnvironment());
    if (!environment.error.isEmpty()) {
        err << "purgedesk-cli: " << environment.error << '\n';
        return false;
    }
    if (environment.decided) {
        *proxy = environment.proxy;
        return true;
    }
    const NetworkSettings settings = NetworkSettings::load();
    QString password;
    if (settings.proxy == NetworkSettings::Proxy::Manual && !settings.proxyUser.isEmpty()) {
        const CredentialStore::Result secret
            = keychainCall([](CredentialStore &keychain, CredentialStore::Callback done) {
                  keychain.read(NetworkSettings::proxyPasswordKey(), std::move(done));
              });
        if (secret.outcome == CredentialStore::Outcome::Ok)
            password = secret.secret;
        else if (secret.outcome != CredentialStore::Outcome::NotFound)
            err << "Note: the proxy password could not be read (" << secret.error
                << "); trying the proxy without it.\n";
    }
    *proxy = settings.networkProxy(password);
    return true;
}

int exitCodeFor(const ApiError &error)
{
    if (error.isAuthFailure())
        return ExitAuth;
    if (error.isRetryable() || error.kind == ApiError::Kind::HostNotFound || error.kind == ApiError::Kind::Tls)
        return ExitNetwork;
    return ExitPartial;
}

bool readSecret(const QString &prompt, QString *secret, QTextStream &err)
{
    const bool terminal = isTerminal(stdin);
#ifdef Q_OS_UNIX
    termios saved {};
    if (terminal) {
        err << prompt;
        err.flush();
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
#endif
    QTextStream in(stdin);
    QString line = in.readLine();
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << '\n';
    }
#endif
    line = CredentialStore::cleanPastedSecret(line);
    if (line.isEmpty()) {
        err << "purgedesk-cli: no secret was given on standard input.\n";
        return false;
    }
    if (const QString problem = CredentialStore::checkSecret(line); !problem.isEmpty()) {
        err << "purgedesk-cli: " << problem << '\n';
        return false;
    }
    *secret = line;
    return true;
}

} // namespace PurgeDesk::Cli
