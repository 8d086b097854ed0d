#include "accountscommand.h"

#include "accounts/profilestore.h"
#include "accounts/verifier.h"
#include "cli.h"
#include "clisupport.h"
#include "cloudflare/apibase.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Cloudflare;

namespace PurgeDesk::Cli {

namespace {

bool loadStore(ProfileStore &store, QTextStream &err)
{
    QString message;
    const bool ok = store.load(&message);
    if (!message.isEmpty())
        err << (ok ? "Note: " : "purgedesk-cli: ") << message << '\n';
    return ok;
}

// Verifies a credential against the API and prints what was found. Returns 0 or an exit code.
int verify(
    const Credentials &credentials, Profile *profile, const QString &apiBaseOption, QTextStream &out, QTextStream &err)
{
    ApiClient client;
    client.setCredentials(credentials);
    if (!setUpClient(client, apiBaseOption, profile->apiBase, err))
        return ExitUsage;
    ProfileVerifier verifier(&client, profile->auth);
    QEventLoop loop;
    QObject::connect(&verifier, &ProfileVerifier::finished, &loop, &QEventLoop::quit);
    verifier.start();
    if (!verifier.isFinished())
        loop.exec();
    const Verification &result = verifier.result();
    for (const QString &line : result.lines)
        out << "  " << line << '\n';
    if (!result.credentialValid)
        return result.complete ? ExitAuth : exitCodeFor(result.error);
    result.applyTo(profile);
    return ExitOk;
}

int add(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Save an account: its secret, read from standard input, goes to the system "
                                     u"keychain only."_s);
    addHelpOption(parser);
    parser.addOptions({
        {u"name"_s, u"A name for the account."_s, u"NAME"_s},
        {u"token-stdin"_s, u"Read an API token from standard input (recommended)."_s},
        {u"email"_s, u"The email of a global API key."_s, u"EMAIL"_s},
        {u"key-stdin"_s, u"Read a global API key from standard input."_s},
        {u"api-base"_s, u"Remember another API address for this account (https://, or http:// on this computer)."_s,
            u"URL"_s},
        {u"no-verify"_s, u"Save without asking Cloudflare whether the credential works."_s},
    });
    parser.addOption(caCertOption());
    if (int exitCode = ExitOk; !parseCommand(parser, u"purgedesk-cli accounts add"_s, arguments, out, err, &exitCode))
        return exitCode;
    setCaCertFile(parser.value(u"cacert"_s));
    const bool token = parser.isSet(u"token-stdin"_s);
    const bool key = parser.isSet(u"key-stdin"_s);
    if (parser.value(u"name"_s).trimmed().isEmpty() || token == key || (key && parser.value(u"email"_s).isEmpty())
        || (token && parser.isSet(u"email"_s))) {
        err << "purgedesk-cli accounts add: give --name, and either --token-stdin, or --email and --key-stdin. "
               "Secrets are read from standard input, never from the command line.\n";
        return ExitUsage;
    }

    ProfileStore store;
    if (!loadStore(store, err))
        return ExitUsage;
    Profile profile;
    profile.id = Profile::newId();
    profile.name = parser.value(u"name"_s).trimmed();
    profile.auth = token ? Profile::Auth::Token : Profile::Auth::GlobalKey;
    profile.email = parser.value(u"email"_s).trimmed();
    if (parser.isSet(u"api-base"_s)) {
        const ApiBaseCheck check = checkApiBase(parser.value(u"api-base"_s));
        if (!check.ok()) {
            err << "purgedesk-cli accounts add: " << check.error << '\n';
            return ExitUsage;
        }
        profile.apiBase = check.url.toString();
    }
    QString problem;
    if (store.find(profile.name) || profile.name.compare(Profile::sandbox().name, Qt::CaseInsensitive) == 0) {
        err << "purgedesk-cli accounts add: there is already an account named \"" << profile.name
            << "\"; remove it first or choose another name.\n";
        return ExitUsage;
    }

    QString secret;
    if (!readSecret(token ? u"API token: "_s : u"Global API key: "_s, &secret, err))
        return ExitUsage;
    const Credentials credentials
        = token ? Credentials::fromToken(secret) : Credentials::fromGlobalKey(profile.email, secret);

    if (!parser.isSet(u"no-verify"_s)) {
        out << "Checking the credential with Cloudflare...\n";
        if (const int code = verify(credentials, &profile, parser.value(u"api-base"_s), out, err)) {
            err << "purgedesk-cli accounts add: nothing was saved.\n";
            return code;
        }
    }

    // The secret goes to the keychain first: if that fails, no file is written at all.
    const QString keychainKey = CredentialStore::profileKey(profile.id);
    const CredentialStore::Result stored = keychainCall([&](CredentialStore &keychain, CredentialStore::Callback done) {
        keychain.write(keychainKey, secret, std::move(done));
    });
    if (stored.outcome != CredentialStore::Outcome::Ok) {
        err << "purgedesk-cli accounts add: " << stored.error << "\nNothing was saved.\n";
        return ExitAuth;
    }
    if (!store.add(profile, &problem) || !store.save(&problem)) {
        err << "purgedesk-cli accounts add: " << problem << '\n';
        keychainCall([&](CredentialStore &keychain, CredentialStore::Callback done) {
            keychain.remove(keychainKey, std::move(done));
        });
        return ExitUsage;
    }
    out << "Saved the account \"" << profile.name << "\"; its secret is in the system keychain.\n";
    return ExitOk;
}

int list(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List the saved accounts and what each can reach."_s);
    addHelpOption(parser);
    parser.addOption({u"json"_s, u"Print the accounts as one JSON object."_s});
    if (int exitCode = ExitOk; !parseCommand(parser, u"purgedesk-cli accounts list"_s, arguments, out, err, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        err << "purgedesk-cli accounts list: unexpected argument \"" << parser.positionalArguments().first() << "\".\n";
        return ExitUsage;
    }
    ProfileStore store;
    loadStore(store, err);
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Profile &profile : store.profiles())
            array.append(profile.toJson());
        out << QJsonDocument(QJsonObject {{u"schema"_s, JsonSchemaVersion}, {u"accounts"_s, array}})
                   .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (store.profiles().isEmpty()) {
        out << "No saved accounts. Add one with: purgedesk-cli accounts add --name NAME --token-stdin\n";
        return ExitOk;
    }
    for (const Profile &profile : store.profiles()) {
        out << profile.name << "  ("
            << (profile.auth == Profile::Auth::Token ? u"API token"_s : u"global key of "_s + profile.email) << ')';
        if (!profile.apiBase.isEmpty())
            out << "  at " << profile.apiBase;
        out << '\n';
        if (!profile.verifiedAt.isValid()) {
            out << "    not verified\n";
            continue;
        }
        out << "    verified " << profile.verifiedAt.toLocalTime().toString(Qt::ISODate);
        if (!profile.tokenStatus.isEmpty())
            out << ", token " << profile.tokenStatus;
        if (profile.tokenExpiresOn.isValid())
            out << " until " << profile.tokenExpiresOn.toLocalTime().toString(Qt::ISODate);
        out << '\n';
        if (profile.canListZones)
            out << "    " << profile.zones.size() << " zone(s) in " << profile.accountNames().join(u", "_s) << '\n';
        else
            out << "    cannot list zones: purge by zone ID\n";
    }
    return ExitOk;
}

int verifyCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Ask Cloudflare again what a saved account's credential can do, and save "
                                     u"the answer."_s);
    addHelpOption(parser);
    parser.addOption({u"api-base"_s, u"Use another API address (https://, or http:// on this computer)."_s, u"URL"_s});
    parser.addOption(caCertOption());
    parser.addPositionalArgument(u"name"_s, u"The account to check."_s, u"NAME"_s);
    if (int exitCode = ExitOk;
        !parseCommand(parser, u"purgedesk-cli accounts verify"_s, arguments, out, err, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        err << "purgedesk-cli accounts verify: give the name of one account.\n";
        return ExitUsage;
    }
    const QString name = parser.positionalArguments().first();
    setCaCertFile(parser.value(u"cacert"_s));
    Credentials credentials;
    QString profileApiBase;
    if (const int code = resolveCredentials(name, &credentials, &profileApiBase, err))
        return code;
    ProfileStore store;
    if (!loadStore(store, err))
        return ExitUsage;
    Profile profile = *store.find(name);
    out << "Checking \"" << profile.name << "\" with Cloudflare...\n";
    if (const int code = verify(credentials, &profile, parser.value(u"api-base"_s), out, err))
        return code;
    QString problem;
    if (!store.update(profile) || !store.save(&problem)) {
        err << "purgedesk-cli accounts verify: " << problem << '\n';
        return ExitUsage;
    }
    return ExitOk;
}

int remove(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Delete a saved account and its secret in the system keychain."_s);
    addHelpOption(parser);
    parser.addPositionalArgument(u"name"_s, u"The account to remove."_s, u"NAME"_s);
    if (int exitCode = ExitOk;
        !parseCommand(parser, u"purgedesk-cli accounts remove"_s, arguments, out, err, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        err << "purgedesk-cli accounts remove: give the name of one account.\n";
        return ExitUsage;
    }
    const QString name = parser.positionalArguments().first();
    ProfileStore store;
    if (!loadStore(store, err))
        return ExitUsage;
    const Profile *found = store.find(name);
    if (!found) {
        err << "purgedesk-cli accounts remove: there is no account named \"" << name << "\".\n";
        return ExitUsage;
    }
    const Profile profile = *found;
    const QString key = CredentialStore::profileKey(profile.id);
    const CredentialStore::Result removed = keychainCall(
        [&](CredentialStore &keychain, CredentialStore::Callback done) { keychain.remove(key, std::move(done)); });
    if (removed.outcome == CredentialStore::Outcome::Failed) {
        // Keep the account so that its secret is not left behind in the keychain unnoticed.
        err << "purgedesk-cli accounts remove: " << removed.error << "\nThe account was kept.\n";
        return ExitAuth;
    }
    QString problem;
    store.remove(profile.id);
    if (!store.save(&problem)) {
        err << "purgedesk-cli accounts remove: " << problem << '\n';
        return ExitUsage;
    }
    out << "Removed the account \"" << profile.name << "\" and its secret.\n";
    return ExitOk;
}

} // namespace

int runAccounts(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == u"add"_s)
        return add(rest, out, err);
    if (sub == u"list"_s)
        return list(rest, out, err);
    if (sub == u"verify"_s)
        return verifyCommand(rest, out, err);
    if (sub == u"remove"_s)
        return remove(rest, out, err);
    const bool help = sub == u"--help"_s || sub == u"-h"_s;
    if (!help)
        err << (sub.isEmpty() ? u"purgedesk-cli accounts: choose a command.\n\n"_s
                              : u"purgedesk-cli accounts: unknown command \""_s + sub + u"\".\n\n"_s);
    (help ? out : err)
        << "Usage: purgedesk-cli accounts COMMAND ...\n"
           "\n"
           "  add --name NAME (--token-stdin | --email EMAIL --key-stdin) [--api-base URL] [--no-verify]\n"
           "  list [--json]\n"
           "  verify NAME [--api-base URL]\n"
           "  remove NAME\n"
           "\n"
           "Secrets are read from standard input and stored in the system keychain only.\n"
           "Run purgedesk-cli accounts COMMAND --help for a command's options.\n";
    return help ? ExitOk : ExitUsage;
}

} // namespace PurgeDesk::Cli
