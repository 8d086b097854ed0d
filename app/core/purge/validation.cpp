#include "validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Purge {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PurgeDesk::Purge::Validation", text);
}

constexpr int MaxTagLength = 1024;
constexpr int MaxPrefixSeparators = 31;
// Cloudflare answers 414 to a URL longer than 32 KB: no item can be longer and still be cached.
constexpr int MaxItemLength = 32 * 1024;

// A line no item can come from: longer than any address, or with a control character (a NUL, an
// escape sequence) that would be sent as it is. Empty when the line is fine.
QString lineProblem(const QString &line)
{
    if (line.size() > MaxItemLength)
        return tr("Too long: %1 characters; Cloudflare refuses addresses longer than 32 KB, so nothing this long can "
                  "be purged.")
            .arg(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char16_t c = line.at(i).unicode();
        if ((c < 0x20 && c != u'\t') || (c >= 0x7f && c <= 0x9f))
            return tr("Contains the control character U+%1 (column %2), which cannot be part of an item: remove it.")
                .arg(QString::number(c, 16).toUpper().rightJustified(4, u'0'))
                .arg(i + 1);
    }
    return {};
}

// Raw characters outside ASCII written as percent-encoded UTF-8; everything else (an existing
// %XX escape included) is left exactly as typed.
QString encodeNonAscii(const QString &text)
{
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return text; // nearly every URL: shared, not rebuilt
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80) {
            out += c;
            continue;
        }
        const qsizetype length = c.isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        for (const char byte : QStringView(text).mid(i, length).toUtf8())
            out += u'%' + QString::number(uchar(byte), 16).toUpper().rightJustified(2, u'0');
        i += length - 1;
    }
    return out;
}

// Outcome of normalising one value.
struct Check
{
    QString value;
    Verdict verdict = Verdict::Ok;
    QStringList reasons;

    void fix(const QString &reason)
    {
        if (verdict == Verdict::Ok)
            verdict = Verdict::Fixed;
        reasons << reason;
    }
    void warn(const QString &reason)
    {
        if (verdict != Verdict::Error)
            verdict = Verdict::Warning;
        reasons << reason;
    }
    bool fail(const QString &reason)
    {
        verdict = Verdict::Error;
        reasons << reason;
        return false;
    }
};

bool validHostName(const QString &host)
{
    static const QRegularExpression pattern(
        u"^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*$"_s);
    return pattern.match(host).hasMatch();
}

// Lower-cases a hostname and converts an internationalised one to its ASCII (punycode) form.
bool normaliseHost(const QString &host, Check &check, QString *out)
{
    const QString lowered = host.toLower();
    bool ascii = true;
    for (const QChar c : lowered)
        ascii = ascii && c.unicode() < 0x80;
    QString result = lowered;
    if (!ascii) {
        result = QString::fromLatin1(QUrl::toAce(lowered));
        if (result.isEmpty())
            return check.fail(tr("\"%1\" is not a valid hostname.").arg(host));
        check.fix(tr("Hostname written in its ASCII form %1.").arg(result));
    } else if (lowered != host) {
        check.fix(tr("Hostname written in lower case."));
    }
    if (!validHostName(result))
        return check.fail(tr("\"%1\" is not a valid hostname.").arg(host));
    *out = result;
    return true;
}

void warnOutsideZone(const QString &host, const QString &zone, Check &check)
{
    if (!inZone(host, zone))
        check.warn(tr("%1 is not in the zone %2: Cloudflare accepts the purge but removes nothing.").arg(host, zone));
}

// Removes "scheme://" from a host or prefix line.
QString stripScheme(const QString &text, Check &check)
{
    const qsizetype at = text.indexOf(u"://"_s);
    if (at <= 0)
        return text;
    check.fix(tr("Removed %1: this list takes no scheme.").arg(text.left(at + 3)));
    return text.mid(at + 3);
}

bool checkHeaders(const QString &rest, QList<QPair<QString, QString>> *headers, Check &check)
{
    static const QRegularExpression headerStart(u"(?:^|\\s+)([A-Za-z0-9-]+):\\s*"_s);
    QList<QRegularExpressionMatch> starts;
    for (auto it = headerStart.globalMatch(rest); it.hasNext();)
        starts << it.next();
    if (starts.isEmpty() || starts.first().capturedStart() != 0) {
        return check.fail(tr("Unexpected text after the URL: \"%1\". Write a space in a URL as %20; "
                             "cache-key headers are written \"Name: value\".")
                              .arg(rest));
    }
    static const QStringList honoured
        = {u"cf-device-type"_s, u"cf-ipcountry"_s, u"accept-language"_s, u"origin"_s, u"x-forwarded-host"_s,
            u"x-host"_s, u"x-forwarded-scheme"_s, u"x-original-url"_s, u"x-rewrite-url"_s, u"forwarded"_s};
    QStringList seen;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const QString name = starts[i].captured(1);
        const qsizetype valueEnd = i + 1 < starts.size() ? starts[i + 1].capturedStart() : rest.size();
        QString value = rest.mid(starts[i].capturedEnd(), valueEnd - starts[i].capturedEnd()).trimmed();
        const QString key = name.toLower();
        if (value.isEmpty())
            return check.fail(tr("The header %1 has no value.").arg(name));
        if (seen.contains(key))
            return check.fail(tr("The header %1 is given twice.").arg(name));
        seen << key;
        if (key == u"cf-device-type"_s) {
            static const QStringList devices = {u"mobile"_s, u"desktop"_s, u"tablet"_s};
            if (!devices.contains(value.toLower()))
                return check.fail(tr("CF-Device-Type must be mobile, desktop or tablet, not \"%1\".").arg(value));
            if (value != value.toLower())
                check.fix(tr("CF-Device-Type written in lower case."));
            value = value.toLower();
        } else if (key == u"cf-ipcountry"_s) {
            static const QRegularExpression country(u"^[A-Za-z]{2}$"_s);
            if (!country.match(value).hasMatch())
                return check.fail(tr("CF-IPCountry must be a two-letter country code, not \"%1\".").arg(value));
            if (value != value.toUpper())
                check.fix(tr("CF-IPCountry written in upper case."));
            value = value.toUpper();
        } else if (key == u"origin"_s) {
            static const QRegularExpression origin(u"^https?://[^/\\s?#]+$"_s);
            if (!origin.match(value).hasMatch())
                return check.fail(tr("Origin must be scheme://host[:port] without a path, not \"%1\".").arg(value));
        } else if (!honoured.contains(key)) {
            check.warn(tr("%1 is honoured only if it is part of a custom cache key.").arg(name));
        }
        headers->append({name, value});
    }
    return true;
}

bool checkFile(const QString &line, const QString &zone, Item *item, Check &check)
{
    // The first white space (what \s matches: the line has no other control characters).
    const auto space = std::find_if(
        line.cbegin(), line.cend(), [](QChar c) { return c == u' ' || c == u'\t' || (c >= u'\n' && c <= u'\r'); });
    const qsizetype split = space == line.cend() ? -1 : space - line.cbegin();
    QString url = split < 0 ? line : line.left(split);
    const QString rest = split < 0 ? QString() : line.mid(split).trimmed();

    if (url.startsWith(u"//"_s)) {
        url = u"https:"_s + url;
        check.fix(tr("Added https: to the address."));
    } else if (!url.contains(u"://"_s)) {
        if (url.startsWith(u'/')) {
            return check.fail(tr("Relative URL: write the full address, for example https://%1%2.")
                                  .arg(zone.isEmpty() ? u"www.example.com"_s : zone, url));
        }
        const QString firstSegment = url.section(QRegularExpression(u"[/?#]"_s), 0, 0);
        if (!firstSegment.contains(u'.') || firstSegment.contains(u':'))
            return check.fail(tr("\"%1\" is not a URL: write the full address starting with https://.").arg(url));
        // "app.js" is more likely a file name than a host outside the zone.
        if (!zone.isEmpty() && !inZone(firstSegment.toLower(), zone))
            return check.fail(
                tr("\"%1\" is not a full URL: write it as https://%2/%1 (or wherever it is served).").arg(url, zone));
        url = u"https://"_s + url;
        check.fix(tr("Added https:// (write http:// if this address is served without TLS)."));
    }

    const qsizetype schemeEnd = url.indexOf(u"://"_s);
    const QString scheme = url.left(schemeEnd);
    if (scheme.compare(u"http"_s, Qt::CaseInsensitive) != 0 && scheme.compare(u"https"_s, Qt::CaseInsensitive) != 0)
        return check.fail(tr("Only http:// and https:// addresses can be purged, not %1://.").arg(scheme));
    if (scheme != scheme.toLower()) {
        check.fix(tr("Scheme written in lower case."));
    }
    const qsizetype authorityStart = schemeEnd + 3;
    qsizetype authorityEnd = url.size();
    for (const QChar stop : {u'/', u'?', u'#'}) {
        const qsizetype at = url.indexOf(stop, authorityStart);
        if (at >= 0)
            authorityEnd = std::min(authorityEnd, at);
    }
    QString authority = url.mid(authorityStart, authorityEnd - authorityStart);
    if (authority.contains(u'@'))
        return check.fail(tr("The address contains a user name or password; remove it."));
    QString port; // ":8443": a colon and 1 to 5 digits at the end
    if (const qsizetype colon = authority.lastIndexOf(u':'); colon >= 0 && authority.size() - colon - 1 >= 1
        && authority.size() - colon - 1 <= 5
        && std::all_of(
            authority.cbegin() + colon + 1, authority.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        port = authority.sliced(colon);
        authority.truncate(colon);
    }
    if (authority.isEmpty())
        return check.fail(tr("The address has no hostname."));
    QString host;
    if (!normaliseHost(authority, check, &host))
        return false;
    QString tail = url.mid(authorityEnd);
    if (const qsizetype hash = tail.indexOf(u'#'); hash >= 0) {
        tail.truncate(hash);
        check.fix(tr("Removed the #fragment: browsers never send it, so it is not part of the cached URL."));
    }
    if (tail.contains(u'*'))
        check.warn(tr("* is not a wildcard here: Cloudflare purges the URL with a literal *."));
    if (const QString encoded = encodeNonAscii(tail); encoded != tail) {
        check.fix(tr("Characters outside ASCII percent-encoded as UTF-8, as Cloudflare expects: %1.").arg(encoded));
        tail = encoded;
    }
    warnOutsideZone(host, zone, check);

    item->value = scheme.toLower() + u"://"_s + host + port + tail;
    if (item->value.size() > MaxItemLength)
        return check.fail(tr("Too long once percent-encoded: %1 characters; Cloudflare refuses URLs longer than 32 KB.")
                              .arg(item->value.size()));
    if (!rest.isEmpty() && !checkHeaders(rest, &item->headers, check))
        return false;
    return true;
}

bool checkHost(QString text, const QString &zone, Item *item, Check &check)
{
    text = stripScheme(text, check);
    if (text.endsWith(u'/') && text.indexOf(u'/') == text.size() - 1) {
        text.chop(1);
        check.fix(tr("Removed the trailing /."));
    }
    if (text.contains(u'/'))
        return check.fail(tr("A hostname has no path. To purge everything under a path, use Prefixes."));
    if (text.contains(u'*'))
        return check.fail(tr("Wildcards are not supported: list each hostname."));
    if (text.contains(u':'))
        return check.fail(tr("A hostname has no port: remove %1.").arg(text.mid(text.indexOf(u':'))));
    QString host;
    if (!normaliseHost(text, check, &host))
        return false;
    warnOutsideZone(host, zone, check);
    item->value = host;
    return true;
}

bool checkTag(const QString &text, Item *item, Check &check)
{
    if (text.size() > MaxTagLength)
        return check.fail(tr("Too long: %1 characters, a tag has at most %2.").arg(text.size()).arg(MaxTagLength));
    for (const QChar c : text) {
        if (c.isSpace())
            return check.fail(tr("Space in a tag: tags cannot contain spaces."));
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return check.fail(tr("\"%1\" is not allowed: tags are printable ASCII characters.").arg(c));
    }
    if (text.contains(u','))
        return check.fail(tr("Comma in a tag: this looks like several tags; put one tag per line."));
    item->value = text;
    return true;
}

bool checkPrefix(QString text, const QString &zone, Item *item, Check &check)
{
    text = stripScheme(text, check);
    if (text.startsWith(u'/')) {
        return check.fail(tr("A prefix starts with its hostname: write %1%2.")
                              .arg(zone.isEmpty() ? u"www.example.com"_s : zone, text));
    }
    if (text.contains(u'?') || text.contains(u'#'))
        return check.fail(tr("A prefix cannot have a ?query or #fragment; it already covers every query variant."));
    for (const QChar c : text) {
        if (c.isSpace())
            return check.fail(tr("Space in a prefix: write it as %20."));
    }
    const int separators = int(text.count(u'/'));
    if (separators > MaxPrefixSeparators)
        return check.fail(
            tr("Too many path separators: %1, a prefix may have at most %2.").arg(separators).arg(MaxPrefixSeparators));
    const qsizetype slash = text.indexOf(u'/');
    QString host;
    if (!normaliseHost(slash < 0 ? text : text.left(slash), check, &host))
        return false;
    if (slash < 0)
        check.warn(tr("This prefix is a whole host: purging by hostname does the same."));
    if (text.contains(u'*'))
        check.warn(tr("* is not a wildcard here: Cloudflare matches a literal *."));
    warnOutsideZone(host, zone, check);
    item->value = host + (slash < 0 ? QString() : text.mid(slash));
    return true;
}

QString duplicateKey(PurgeAction action, const Item &item)
{
    if (action == PurgeAction::Tags)
        return item.value.toLower(); // tags are case-insensitive
    // A URL without headers is its own key (the line's text, not a copy); one with headers cannot
    // be mistaken for it, as no item holds a line break.
    if (action != PurgeAction::Files || item.headers.isEmpty())
        return item.value;
    QStringList headers;
    for (const auto &[name, value] : item.headers)
        headers << name.toLower() + u':' + value;
    headers.sort();
    return item.value + u'\n' + headers.join(u'\n');
}

} // namespace

QString itemNoun(PurgeAction action, int count)
{
    switch (action) {
    case PurgeAction::Files:
        return count == 1 ? tr("URL") : tr("URLs");
    case PurgeAction::Hosts:
        return count == 1 ? tr("hostname") : tr("hostnames");
    case PurgeAction::Tags:
        return count == 1 ? tr("tag") : tr("tags");
    case PurgeAction::Prefixes:
        return count == 1 ? tr("prefix") : tr("prefixes");
    case PurgeAction::Everything:
        return tr("items");
    }
    return {};
}

QString Validation::summary(PurgeAction action) const
{
    if (action == PurgeAction::Everything)
        return tr("Everything in the zone");
    QStringList parts;
    const QLocale locale;
    parts << u"%1 %2"_s.arg(locale.toString(items.size()), itemNoun(action, int(items.size())));
    if (errors)
        parts << (errors == 1 ? tr("1 error") : tr("%1 errors").arg(locale.toString(errors)));
    if (warnings)
        parts << (warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(locale.toString(warnings)));
    if (fixed)
        parts << tr("%1 fixed").arg(locale.toString(fixed));
    if (duplicates)
        parts << (duplicates == 1 ? tr("1 duplicate removed")
                                  : tr("%1 duplicates removed").arg(locale.toString(duplicates)));
    return parts.join(u", "_s);
}

namespace {

// The lines of `text` without their line endings (\n or \r\n), each its own string.
QStringList splitLines(const QString &text)
{
    QStringList lines;
    lines.reserve(text.count(u'\n') + 1);
    qsizetype start = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    while (true) {
        const qsizetype end = text.indexOf(u'\n', start);
        qsizetype length = (end < 0 ? text.size() : end) - start;
        if (length > 0 && text.at(start + length - 1) == u'\r')
            --length;
        lines.append(text.sliced(start, length));
        if (end < 0)
            return lines;
        start = end + 1;
    }
}

} // namespace

Validation validate(PurgeAction action, QString text, const QString &zoneName)
{
    Validation result;
    const QString zone = zoneName.trimmed().toLower();
    const QStringList rawLines = splitLines(text);
    // The lines hold their own text: a long list (the command line's, read from a file) is not
    // kept twice while it is checked, when the caller handed its text over.
    text = QString();
    QHash<QString, int> firstLine;
    firstLine.reserve(rawLines.size());
    result.lines.reserve(rawLines.size());
    result.items.reserve(rawLines.size());

    for (int i = 0; i < rawLines.size(); ++i) {
        LineVerdict verdict;
        verdict.line = i + 1;
        verdict.text = rawLines[i];
        const QString trimmed = verdict.text.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#')) {
            verdict.ignored = true;
            if (i + 1 < rawLines.size() || !trimmed.isEmpty())
                result.lines << verdict;
            continue;
        }
        if (action == PurgeAction::Everything) {
            verdict.verdict = Verdict::Warning;
            verdict.reasons << tr("Ignored: purging everything takes no list.");
            ++result.warnings;
            result.lines << verdict;
            continue;
        }

        Item item;
        item.line = verdict.line;
        Check check;
        bool ok = false;
        if (const QString problem = lineProblem(trimmed); !problem.isEmpty()) {
            verdict.verdict = Verdict::Error;
            verdict.reasons << problem;
            ++result.errors;
            result.lines << verdict;
            continue;
        }
        switch (action) {
        case PurgeAction::Files:
            ok = checkFile(trimmed, zone, &item, check);
            break;
        case PurgeAction::Hosts:
            ok = checkHost(trimmed, zone, &item, check);
            break;
        case PurgeAction::Tags:
            ok = checkTag(trimmed, &item, check);
            break;
        case PurgeAction::Prefixes:
            ok = checkPrefix(trimmed, zone, &item, check);
            break;
        case PurgeAction::Everything:
            break;
        }
        verdict.verdict = ok ? check.verdict : Verdict::Error;
        verdict.reasons = check.reasons;

        if (ok) {
            // Most lines are already in their normal form: the item then shares the line's text
            // instead of holding a copy (a 100,000-URL list keeps one string per URL, not two).
            if (item.value == trimmed)
                item.value = trimmed;
            verdict.item = item.value;
            const QString key = duplicateKey(action, item);
            if (const auto it = firstLine.constFind(key); it != firstLine.cend()) {
                verdict.duplicateOf = it.value();
                verdict.reasons << tr("Duplicate of line %1: removed.").arg(it.value());
                ++result.duplicates;
            } else {
                firstLine.insert(key, verdict.line);
                result.items << item;
            }
        }
        switch (verdict.verdict) {
        case Verdict::Fixed:
            ++result.fixed;
            break;
        case Verdict::Warning:
            ++result.warnings;
            break;
        case Verdict::Error:
            ++result.errors;
            break;
        case Verdict::Ok:
            break;
        }
        result.lines << verdict;
    }

    if (action != PurgeAction::Everything && result.items.isEmpty() && result.errors == 0) {
        result.listError = tr("The list is empty: add at least one %1, one per line. "
                              "(An empty list never purges everything.)")
                               .arg(itemNoun(action, 1));
    }
    return result;
}

bool inZone(const QString &host, const QString &zone)
{
    return zone.isEmpty() || host == zone || host.endsWith(u'.' + zone);
}

} // namespace PurgeDesk::Purge
