#include "environmentproxy.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk {

namespace {

constexpr quint16 kDefaultProxyPort = 1080; // curl's default for a proxy without a port

QString firstSet(const QProcessEnvironment &environment, const QStringList &names, QString *name)
{
    for (const QString &candidate : names) {
        QString value = environment.value(candidate).trimmed();
        if (!value.isEmpty()) {
            *name = candidate;
            return value;
        }
    }
    return {};
}

// True when an entry of a no_proxy list covers `host`: "*", the host itself, or a parent domain
// (written "example.com", ".example.com" or "*.example.com"). A port after the name is ignored.
bool bypasses(const QString &host, const QString &list)
{
    for (QString entry : list.split(u',', Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry == u"*"_s)
            return true;
        if (entry.startsWith(u"*."_s))
            entry.remove(0, 1);
        if (entry.startsWith(u'.'))
            entry.remove(0, 1);
        if (entry.count(u':') == 1) // host:port; an IPv6 address has more colons
            entry.truncate(entry.indexOf(u':'));
        if (entry.startsWith(u'[') && entry.endsWith(u']'))
            entry = entry.mid(1, entry.size() - 2);
        if (entry.isEmpty())
            continue;
        if (host == entry || host.endsWith(u'.' + entry))
            return true;
    }
    return false;
}

} // namespace

EnvironmentProxy proxyFromEnvironment(const QUrl &url, const QProcessEnvironment &environment)
{
    EnvironmentProxy result;
    const QString host = url.host().toLower();
    const QString scheme = url.scheme().toLower();

    QString noProxyName;
    const QString noProxy = firstSet(environment, {u"no_proxy"_s, u"NO_PROXY"_s}, &noProxyName);
    if (!noProxy.isEmpty() && bypasses(host, noProxy)) {
        result.decided = true;
        result.variable = noProxyName;
        return result;
    }

    const QStringList names = scheme == u"http"_s
        ? QStringList {u"http_proxy"_s, u"all_proxy"_s, u"ALL_PROXY"_s}
        : QStringList {u"https_proxy"_s, u"HTTPS_PROXY"_s, u"all_proxy"_s, u"ALL_PROXY"_s};
    QString value = firstSet(environment, names, &result.variable);
    if (value.isEmpty())
        return result;
    result.decided = true;

    if (!value.contains(u"://"_s))
        value.prepend(u"http://"_s);
    const QUrl address(value, QUrl::StrictMode);
    const QString proxyScheme = address.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    if (proxyScheme == u"socks5"_s || proxyScheme == u"socks5h"_s) {
        type = QNetworkProxy::Socks5Proxy;
    } else if (proxyScheme != u"http"_s) {
        result.error = u"%1 names a %2:// proxy; PurgeDesk can use http:// and socks5:// proxies."_s.arg(
            result.variable, proxyScheme);
        return result;
    }
    if (!address.isValid() || address.host().isEmpty()) {
        result.error = u"%1 is not a proxy address such as http://proxy.example:3128."_s.arg(result.variable);
        return result;
    }
    result.proxy = QNetworkProxy(
        type, address.host(), quint16(address.port(kDefaultProxyPort)), address.userName(), address.password());
    return result;
}

} // namespace PurgeDesk
