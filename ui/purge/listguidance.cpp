#include "listguidance.h"

#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::Purge::PurgeAction;

namespace PurgeDesk::Gui {

namespace {

bool isUrlLine(const QString &line)
{
    const QString text = line.trimmed();
    return text.startsWith(u"https://"_s, Qt::CaseInsensitive) || text.startsWith(u"http://"_s, Qt::CaseInsensitive);
}

// "https://example.com/blog/*": Cloudflare has no wildcards in URL purges; a prefix does it.
bool isWildcardLine(const QString &line)
{
    return isUrlLine(line) && line.trimmed().section(u' ', 0, 0).endsWith(u'*');
}

bool isRelativeLine(const QString &line)
{
    const QString text = line.trimmed();
    return text.startsWith(u'/') && !text.startsWith(u"//"_s);
}

int countLines(const QStringList &lines, bool (*matches)(const QString &))
{
    return int(std::count_if(lines.cbegin(), lines.cend(), matches));
}

} // namespace

QString listHint(PurgeAction action)
{
    switch (action) {
    case PurgeAction::Files:
        return ListFix::tr("One URL per line, e.g. https://example.com/app.js (cache-key headers may follow the URL: "
                           "\u201c"
                           "CF-Device-Type: mobile\u201d)."); // split: lupdate reads \u201cCF as one escape
    case PurgeAction::Hosts:
        return ListFix::tr("One hostname per line, e.g. www.example.com (no https://, path or port).");
    case PurgeAction::Tags:
        return ListFix::tr("One cache tag per line, as your origin sends them in Cache-Tag headers.");
    case PurgeAction::Prefixes:
        return ListFix::tr("One URL prefix per line, e.g. www.example.com/blog/ (no https://, query or fragment).");
    case PurgeAction::Everything:
        return ListFix::tr("Purge everything needs no list: every cached file of the zone is removed. The list is "
                           "kept for later.");
    }
    return {};
}

ListFix ListFix::offer(PurgeAction action, const QStringList &lines, const QString &zoneName)
{
    ListFix fix;
    fix.m_zoneName = zoneName;
    if (action == PurgeAction::Files) {
        fix.m_count = countLines(lines, isWildcardLine);
        fix.m_urls = countLines(lines, isUrlLine);
        fix.m_kind = Kind::Wildcards;
        if (fix.m_count == 0 && !zoneName.isEmpty()) {
            fix.m_count = countLines(lines, isRelativeLine);
            fix.m_kind = Kind::Relative;
        }
    } else if (action == PurgeAction::Hosts || action == PurgeAction::Prefixes) {
        fix.m_count = countLines(lines, isUrlLine);
        fix.m_kind = action == PurgeAction::Hosts ? Kind::ToHosts : Kind::ToPrefixes;
    }
    if (fix.m_count == 0)
        fix.m_kind = Kind::None;
    return fix;
}

QString ListFix::buttonText() const
{
    switch (m_kind) {
    case Kind::Wildcards:
        // A purge takes one kind of item: the other URLs become prefixes too, and the button says so.
        if (m_urls > m_count)
            return tr("Purge All %Ln URL(s) as Prefixes", nullptr, m_urls);
        return tr("Purge %Ln Wildcard Line(s) as Prefixes", nullptr, m_count);
    case Kind::Relative:
        return tr("Add https://%1 to %Ln Line(s)", nullptr, m_count).arg(m_zoneName);
    case Kind::ToHosts:
        return tr("Convert %Ln URL(s) to Hostnames", nullptr, m_count);
    case Kind::ToPrefixes:
        return tr("Convert %Ln URL(s) to Prefixes", nullptr, m_count);
    case Kind::None:
        break;
    }
    return {};
}

QString ListFix::toolTip() const
{
    switch (m_kind) {
    case Kind::Wildcards: {
        QString tip = tr("Cloudflare has no wildcards in URL purges: https://example.com/blog/* becomes the prefix "
                         "example.com/blog/, which every plan can purge. The list switches to Prefixes (Undo takes it "
                         "back).");
        if (m_urls > m_count)
            tip += u' '
                + tr("The other URLs become prefixes too, since a purge takes one kind of item; a URL with a query "
                     "loses it, and its prefix then purges everything under its path.");
        return tip;
    }
    case Kind::Relative:
        return tr("Turns a relative URL such as /app.js into https://%1/app.js (Undo takes it back)").arg(m_zoneName);
    case Kind::ToHosts:
        return tr("Keeps the hostname of each URL, once (Undo takes it back)");
    case Kind::ToPrefixes:
        return tr("Turns each URL into a prefix: its host and path, without https:// or a query "
                  "(Undo takes it back)");
    case Kind::None:
        break;
    }
    return {};
}

QStringList ListFix::apply(const QStringList &lines, int *changed, int *widened) const
{
    QStringList fixed;
    QSet<QString> seen;
    *changed = 0;
    if (widened)
        *widened = 0;
    for (const QString &line : lines) {
        QString out = line;
        switch (m_kind) {
        case Kind::Relative:
            if (isRelativeLine(line)) {
                out = u"https://"_s + m_zoneName + line.trimmed();
                ++*changed;
            }
            break;
        case Kind::ToHosts:
            if (isUrlLine(line)) {
                out = QUrl(line.trimmed().section(u' ', 0, 0)).host();
                ++*changed;
            }
            break;
        case Kind::ToPrefixes:
        case Kind::Wildcards:
            if (isUrlLine(line)) {
                QString address = line.trimmed().section(u' ', 0, 0);
                while (m_kind == Kind::Wildcards && address.endsWith(u'*'))
                    address.chop(1);
                const QUrl url(address);
                out = url.host() + (url.path().isEmpty() ? u"/"_s : url.path());
                ++*changed;
                if (widened && url.hasQuery())
                    ++*widened;
            }
            break;
        case Kind::None:
            return lines;
        }
        // Several URLs of one host make one hostname (or one prefix): kept once.
        if (m_kind != Kind::Relative && !out.trimmed().isEmpty()) {
            if (seen.contains(out))
                continue;
            seen.insert(out);
        }
        fixed << out;
    }
    return fixed;
}

QString ListFix::doneNotice(int changed, int widened) const
{
    if (widened > 0 && (m_kind == Kind::ToPrefixes || m_kind == Kind::Wildcards))
        return doneNotice(changed) + u' '
            + tr("%Ln of them had a query, which a prefix cannot hold: each now purges everything under its path.",
                nullptr, widened);
    switch (m_kind) {
    case Kind::Relative:
        return tr("Added https://%1 to %Ln relative URL(s). Undo (Ctrl+Z) takes it back.", nullptr, changed)
            .arg(m_zoneName);
    case Kind::ToHosts:
        return tr("Converted %Ln URL(s) to hostnames. Undo (Ctrl+Z) brings the URLs back.", nullptr, changed);
    case Kind::ToPrefixes:
        return tr("Converted %Ln URL(s) to prefixes. Undo (Ctrl+Z) brings the URLs back.", nullptr, changed);
    case Kind::Wildcards:
        return tr("Purging by prefix: %Ln URL(s) converted; a prefix purges its path and everything under it. "
                  "Undo (Ctrl+Z) brings the URLs back.",
            nullptr, changed);
    case Kind::None:
        break;
    }
    return {};
}

} // namespace PurgeDesk::Gui
