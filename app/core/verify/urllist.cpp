#include "urllist.h"

#include "verify/purgeagain.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Verify {

namespace {
// The translation context of these words (shared with verdict.cpp).
struct VerifyText
{
    Q_DECLARE_TR_FUNCTIONS(PurgeDesk::VerifyText)
};

// A hostname or prefix as a URL: https:// in front unless it has a scheme.
QString asUrl(const QString &value)
{
    if (value.startsWith(u"http://"_s, Qt::CaseInsensitive) || value.startsWith(u"https://"_s, Qt::CaseInsensitive))
        return value;
    return u"https://"_s + value;
}

// A URL or prefix without its scheme, as Cloudflare writes prefixes: "www.example.com/blog/".
QString withoutScheme(const QString &value)
{
    const qsizetype separator = value.indexOf(u"://"_s);
    return separator < 0 ? value : value.mid(separator + 3);
}

// Whether `spec` covers `url`: a hostname purged, a prefix the URL starts with, or the zone itself
// (its name or a subdomain of it).
bool covers(const Purge::PurgeSpec &spec, const QUrl &url)
{
    const QString host = url.host().toLower();
    switch (spec.action) {
    case Purge::PurgeAction::Hosts:
        for (const Purge::Item &item : spec.items) {
            if (item.value.compare(host, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    case Purge::PurgeAction::Prefixes: {
        const QString bare = withoutScheme(url.toString());
        for (const Purge::Item &item : spec.items) {
            if (bare.startsWith(withoutScheme(item.value), Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    case Purge::PurgeAction::Files:
        for (const Purge::Item &item : spec.items) {
            if (item.value == url.toString())
                return true;
        }
        return false;
    case Purge::PurgeAction::Tags:
    case Purge::PurgeAction::Everything:
        break;
    }
    const QString zone = spec.zone.name.toLower();
    return !zone.isEmpty() && Purge::inZone(host, zone);
}

} // namespace

QString urlProblem(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http"_s && scheme != u"https"_s)
        return VerifyText::tr("not a web address: it should start with https:// or http://");
    if (!url.isValid() || url.host().isEmpty())
        return VerifyText::tr("not a valid web address");
    return {};
}

QStringList parseUrlList(const QString &text, QList<UrlListProblem> *problems)
{
    QStringList urls;
    QSet<QString> seen;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (i == 0 && line.startsWith(QChar(0xfeff)))
            line = line.mid(1).trimmed(); // a byte order mark
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString problem = urlProblem(line);
        if (!problem.isEmpty()) {
            if (problems)
                problems->append({int(i + 1), line, problem});
            continue;
        }
        if (!seen.contains(line)) {
            seen.insert(line);
            urls << line;
        }
    }
    return urls;
}

QStringList suggestedUrls(const QList<Purge::PurgeSpec> &specs)
{
    QStringList urls;
    const auto add = [&urls](const QString &url) {
        if (urlProblem(url).isEmpty() && !urls.contains(url))
            urls << url;
    };
    for (const Purge::PurgeSpec &spec : specs) {
        switch (spec.action) {
        case Purge::PurgeAction::Hosts:
            for (const Purge::Item &item : spec.items)
                add(asUrl(item.value) + u'/');
            break;
        case Purge::PurgeAction::Prefixes:
            for (const Purge::Item &item : spec.items)
                add(asUrl(item.value));
            break;
        case Purge::PurgeAction::Everything:
            if (!spec.zone.name.isEmpty())
                add(asUrl(spec.zone.name) + u'/');
            break;
        case Purge::PurgeAction::Files:
            for (const Purge::Item &item : spec.items)
                add(item.value);
            break;
        case Purge::PurgeAction::Tags:
            break;
        }
    }
    return urls;
}

QList<Purge::PurgeSpec> listedPurgeAgainSpecs(
    const QList<Purge::PurgeSpec> &purged, const QStringList &urls, bool deviceVariants)
{
    // Each URL as a URL item of the zone that covers it; then Purge Again's own rules (variants).
    QList<Purge::PurgeSpec> asFiles;
    for (const Purge::PurgeSpec &spec : purged) {
        Purge::PurgeSpec files = spec;
        files.action = Purge::PurgeAction::Files;
        files.items.clear();
        asFiles << files;
    }
    for (const QString &url : urls) {
        const QUrl parsed(url);
        qsizetype zone = -1;
        for (qsizetype i = 0; i < purged.size() && zone < 0; ++i) {
            if (covers(purged.at(i), parsed))
                zone = i;
        }
        if (zone < 0 && purged.size() == 1)
            zone = 0;
        if (zone < 0)
            continue;
        Purge::Item item;
        item.value = url;
        item.line = int(asFiles[zone].items.size()) + 1;
        asFiles[zone].items << item;
    }
    return purgeAgainSpecs(asFiles, urls, deviceVariants);
}

} // namespace PurgeDesk::Verify
