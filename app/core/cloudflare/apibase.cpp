#include "apibase.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Cloudflare {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PurgeDesk::Cloudflare::ApiBase", text);
}
} // namespace

QString defaultApiBase()
{
    return u"https://api.cloudflare.com/client/v4"_s;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiBaseChoice resolveApiBase(const QString &commandLine, const QString &environment, const QString &setting)
{
    ApiBaseChoice choice;
    if (!commandLine.trimmed().isEmpty()) {
        choice.source = u"--api-base"_s;
        choice.check = checkApiBase(commandLine);
    } else if (!environment.trimmed().isEmpty()) {
        choice.source = u"PURGEDESK_API_BASE"_s;
        choice.check = checkApiBase(environment);
    } else if (!setting.trimmed().isEmpty()) {
        choice.source = u"settings"_s;
        choice.check = checkApiBase(setting);
    } else {
        choice.source = u"default"_s;
        choice.check = checkApiBase(defaultApiBase());
    }
    if (!choice.check.ok())
        choice.check.error = tr("%1 (from %2)").arg(choice.check.error, choice.source);
    return choice;
}

ApiBaseChoice resolveApiBase(const QString &commandLine, const QString &setting)
{
    return resolveApiBase(commandLine, qEnvironmentVariable("PURGEDESK_API_BASE"), setting);
}

ApiBaseCheck checkApiBase(const QString &text)
{
    ApiBaseCheck check;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        check.error = tr("The API address is empty.");
        return check;
    }

    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative()) {
        check.error = tr("\"%1\" is not a valid URL. Write it in full, for example %2.").arg(trimmed, defaultApiBase());
        return check;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s) {
        check.error = tr("The API address must start with https://.");
        return check;
    }
    if (url.host().isEmpty()) {
        check.error = tr("The API address has no hostname.");
        return check;
    }
    if (scheme == u"http"_s && !isLoopbackHost(url.host())) {
        check.error = tr("The API address must use https://. Plain http:// is allowed only for this computer "
                         "(localhost or 127.0.0.1), because your API token would otherwise travel unencrypted.");
        return check;
    }
    if (!url.userInfo().isEmpty()) {
        check.error = tr("The API address must not contain a user name or password.");
        return check;
    }
    if (url.hasQuery() || url.hasFragment()) {
        check.error = tr("The API address must not contain a query (?...) or a fragment (#...).");
        return check;
    }

    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    url.setPath(path);
    check.url = url;
    return check;
}

} // namespace PurgeDesk::Cloudflare
