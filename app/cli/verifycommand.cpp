#include "verifycommand.h"

#include "cli.h"
#include "clisupport.h"
#include "cloudflare/apibase.h"
#include "signalwatcher.h"
#include "verify/edgeverifier.h"
#include "verify/urllist.h"
#include "verify/verdict.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Verify;
using PurgeDesk::Purge::PurgeMode;

namespace PurgeDesk::Cli {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject checkJson(const UrlCheck &check)
{
    return QJsonObject {
        {u"url"_s, check.url},
        {u"verdict"_s, Purge::toName(check.verdict)},
        {u"http_status"_s, check.httpStatus > 0 ? QJsonValue(check.httpStatus) : QJsonValue(QJsonValue::Null)},
        {u"cache_status"_s, orNull(check.cacheStatus)},
        {u"age"_s, check.ageSeconds >= 0 ? QJsonValue(check.ageSeconds) : QJsonValue(QJsonValue::Null)},
        {u"ray"_s, orNull(check.ray)},
        {u"location"_s, orNull(check.location)},
        {u"error"_s, orNull(check.error)},
        {u"advice"_s, advice(check)},
    };
}

QJsonValue warmJson(const UrlWarm *warm)
{
    if (!warm)
        return QJsonValue::Null;
    return QJsonObject {
        {u"outcome"_s, Purge::toName(warm->outcome)},
        {u"http_status"_s, warm->httpStatus > 0 ? QJsonValue(warm->httpStatus) : QJsonValue(QJsonValue::Null)},
        {u"cache_status"_s, orNull(warm->cacheStatus)},
        {u"error"_s, orNull(warm->error)},
    };
}

// "Warmed 3 fresh URLs.", or the counts and a line for each URL that failed.
void printWarm(const QList<UrlWarm> &warms, QTextStream &out)
{
    const WarmCounts counts = countWarms(warms);
    const auto fresh = [](qsizetype n) { return n == 1 ? u"fresh URL"_s : u"fresh URLs"_s; };
    if (warms.isEmpty())
        out << "Nothing to warm: no URL came back fresh.\n";
    else if (counts.warmed == warms.size())
        out << "Warmed " << warms.size() << ' ' << fresh(warms.size()) << ".\n";
    else
        out << "Warm-up of " << warms.size() << ' ' << fresh(warms.size()) << ": " << warmSummary(counts) << ".\n";
    for (const UrlWarm &warm : warms) {
        if (warm.outcome == WarmOutcome::Failed)
            out << "    failed to warm: " << warm.url << ": " << warm.error << '\n';
    }
}

// "(MISS)", "(HIT, Age 3601 s)", "(301 to https://..., MISS)": what the edge said, briefly.
QString answerNote(const UrlCheck &check)
{
    QStringList parts;
    if (check.httpStatus >= 300 && check.httpStatus < 400)
        parts << u"%1 to %2"_s.arg(check.httpStatus).arg(check.location.isEmpty() ? u"?"_s : check.location);
    if (!check.cacheStatus.isEmpty())
        parts << (check.ageSeconds >= 0 ? u"%1, Age %2 s"_s.arg(check.cacheStatus).arg(check.ageSeconds)
                                        : check.cacheStatus);
    return parts.isEmpty() ? QString() : u" ("_s + parts.join(u", "_s) + u')';
}

} // namespace

QString edgeOptionHelp()
{
    return u"Send the verification requests to this address instead of each URL's host, keeping the host in "
           u"the Host header (https://, or http:// on this computer). Default: PURGEDESK_EDGE."_s;
}

QString warmOptionHelp()
{
    return u"After verifying, fetch each fresh URL once more (the same plain GET, at most %1 a second, the body "
           u"read and discarded) so that the next visitor gets a cached copy; say which failed and why."_s.arg(
               EdgeVerifier::DefaultWarmRatePerSecond);
}

int verifyUrls(const VerifyOptions &options, QJsonObject *json, QTextStream &out, QTextStream &err)
{
    EdgeVerifier verifier;
    const QString edge = options.edge.isEmpty() ? qEnvironmentVariable("PURGEDESK_EDGE") : options.edge;
    QString problem;
    if (!verifier.setEdge(edge, &problem)) {
        err << "purgedesk-cli: " << problem << '\n';
        return ExitUsage;
    }
    // The proxy the API would use for the edge (or, without one, for the first URL's host).
    const QUrl target = !verifier.edge().isEmpty() ? verifier.edge()
        : options.urls.isEmpty()                   ? QUrl()
                                                   : QUrl(options.urls.first());
    if (!target.isEmpty() && !Cloudflare::isLoopbackHost(target.host())) {
        QNetworkProxy proxy;
        if (!chooseProxy(target, &proxy, err))
            return ExitUsage;
        verifier.setProxy(proxy);
    }

    ProgressLine progress(err, isTerminal(stderr) && !options.json);
    QObject::connect(&verifier, &EdgeVerifier::progress, &verifier, [&](int done, int total) {
        progress.show(
            (verifier.isWarming() ? u"Warming: %1/%2 URLs"_s : u"Verifying: %1/%2 URLs"_s).arg(done).arg(total));
    });
    bool interrupted = false;
    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::terminationRequested, &verifier, [&] {
        interrupted = true;
        verifier.cancel();
    });
    QEventLoop loop;
    QObject::connect(&verifier, &EdgeVerifier::finished, &loop, &QEventLoop::quit);
    QObject::connect(&verifier, &EdgeVerifier::warmFinished, &loop, &QEventLoop::quit);
    verifier.start(options.urls, options.mode, options.purgedAt);
    if (verifier.isRunning())
        loop.exec();
    // --warm: the fresh URLs once more (not after Ctrl+C).
    const bool warming = options.warm && !interrupted;
    if (warming) {
        verifier.warm(freshUrls(verifier.results()));
        if (verifier.isRunning())
            loop.exec();
    }
    progress.clear();
    if (options.concluded) {
        const QString problem = options.concluded(verifier.results(), verifier.warmResults());
        if (!problem.isEmpty())
            err << "Note: " << problem << '\n';
    }

    const VerdictCounts counts = verifier.counts();
    if (options.json) {
        QJsonArray urls;
        qsizetype warmIndex = 0;
        for (const UrlCheck &check : verifier.results()) {
            QJsonObject url = checkJson(check);
            const bool warmed = warming && check.verdict == Verdict::Fresh;
            url.insert(u"warm"_s, warmJson(warmed ? &verifier.warmResults().at(warmIndex++) : nullptr));
            urls.append(url);
        }
        const WarmCounts warmCounts = verifier.warmCounts();
        *json = QJsonObject {
            {u"schema"_s, JsonSchemaVersion},
            {u"mode"_s, Purge::toName(options.mode)},
            {u"purged_at"_s,
                options.purgedAt.isValid() ? QJsonValue(options.purgedAt.toUTC().toString(Qt::ISODateWithMs))
                                           : QJsonValue(QJsonValue::Null)},
            {u"edge"_s,
                verifier.edge().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(verifier.edge().toString())},
            {u"all_fresh"_s, counts.allFresh()},
            {u"counts"_s,
                QJsonObject {{u"fresh"_s, counts.fresh}, {u"still_cached"_s, counts.stillCached},
                    {u"not_cached"_s, counts.notCached}, {u"not_cloudflare"_s, counts.notCloudflare},
                    {u"unreachable"_s, counts.unreachable}, {u"not_checked"_s, counts.notChecked}}},
            {u"summary"_s, summary(counts)},
            {u"warm"_s,
                warming ? QJsonValue(
                    QJsonObject {{u"counts"_s,
                                     QJsonObject {{u"warmed"_s, warmCounts.warmed}, {u"failed"_s, warmCounts.failed},
                                         {u"not_warmed"_s, warmCounts.notWarmed}}},
                        {u"summary"_s, warmSummary(warmCounts)}})
                        : QJsonValue(QJsonValue::Null)},
            {u"urls"_s, urls},
        };
    } else {
        int width = 0;
        for (const UrlCheck &check : verifier.results())
            width = std::max(width, int(verdictText(check.verdict).size()));
        for (const UrlCheck &check : verifier.results()) {
            out << verdictText(check.verdict).leftJustified(width + 2) << check.url << answerNote(check) << '\n';
            const QString text = advice(check);
            if (!text.isEmpty())
                out << "    " << text << '\n';
        }
        out << "Verified " << verifier.results().size() << (verifier.results().size() == 1 ? " URL: " : " URLs: ")
            << summary(counts) << ".\n";
        if (warming)
            printWarm(verifier.warmResults(), out);
    }
    if (interrupted)
        return ExitInterrupted;
    return counts.allFresh() ? ExitOk : ExitNotFresh;
}

int runVerify(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = u"purgedesk-cli verify"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Fetch URLs from Cloudflare's edge (a plain GET, no credentials) and say whether each is fresh."_s);
    addHelpOption(parser);
    parser.addOptions({
        {u"from-file"_s,
            u"Read URLs from a file, one per line (- for standard input); blank lines and lines starting with # "
            u"are skipped."_s,
            u"PATH"_s},
        {u"mode"_s, u"What was done to them: purge (default) or invalidate."_s, u"purge|invalidate"_s},
        {u"purged-at"_s,
            u"When they were purged (ISO 8601, e.g. 2026-11-27T19:00:00Z): a copy cached since counts as fresh. "
            u"Without it, any HIT counts as still cached."_s,
            u"TIME"_s},
        {u"edge"_s, edgeOptionHelp(), u"URL"_s},
        {u"warm"_s, warmOptionHelp()},
        {u"json"_s, u"Print one JSON object with a verdict per URL on standard output."_s},
    });
    parser.addPositionalArgument(u"urls"_s, u"URLs to verify, in addition to --from-file."_s, u"[URL...]"_s);
    if (!parser.parse(QStringList {command} + arguments)) {
        err << command << ": " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << commandHelp(parser, command);
        return ExitOk;
    }

    VerifyOptions options;
    options.json = parser.isSet(u"json"_s);
    options.edge = parser.value(u"edge"_s);
    options.warm = parser.isSet(u"warm"_s);
    if (parser.isSet(u"mode"_s) && !Purge::fromName(parser.value(u"mode"_s), &options.mode)) {
        err << command << ": --mode is purge or invalidate, not \"" << parser.value(u"mode"_s) << "\".\n";
        return ExitUsage;
    }
    if (parser.isSet(u"purged-at"_s)) {
        options.purgedAt = QDateTime::fromString(parser.value(u"purged-at"_s), Qt::ISODateWithMs);
        if (!options.purgedAt.isValid()) {
            err << command << ": --purged-at takes an ISO 8601 time such as 2026-11-27T19:00:00Z, not \""
                << parser.value(u"purged-at"_s) << "\".\n";
            return ExitUsage;
        }
    }
    QString text;
    QString fromFile;
    if (!fromFileOption(parser, command, &fromFile, err)
        || !readItems(parser.positionalArguments(), fromFile, command, &text, err))
        return ExitUsage;
    // Blank lines and comments are skipped, as in purge's lists; each URL is fetched once.
    QList<UrlListProblem> problems;
    options.urls = parseUrlList(text, &problems);
    if (!problems.isEmpty()) {
        err << command << ": line " << problems.constFirst().line << ": " << shownLine(problems.constFirst().text)
            << ": not an absolute http:// or https:// URL.\n";
        return ExitUsage;
    }
    if (options.urls.isEmpty()) {
        err << command << ": give the URLs to verify (arguments or --from-file).\n";
        return ExitUsage;
    }

    QJsonObject json;
    const int code = verifyUrls(options, &json, out, err);
    if (options.json && code != ExitUsage)
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    return code;
}

} // namespace PurgeDesk::Cli
