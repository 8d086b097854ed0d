#pragma once

#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace PurgeDesk {

// What the standard proxy variables of the environment say about reaching `url`, read as curl
// reads them: https_proxy or HTTPS_PROXY for https:// addresses, http_proxy for http:// ones (lower
// case only, as in curl: CGI programs get HTTP_PROXY from a request header), then all_proxy or
// ALL_PROXY; no_proxy or NO_PROXY lists hosts (with their subdomains) to reach directly, "*" for
// every host. A proxy address is http://[user[:password]@]host[:port] (the scheme may be left out)
// or socks5:// / socks5h://; the port defaults to 1080. Empty variables count as unset.
struct EnvironmentProxy
{
    bool decided = false; // the environment names a proxy, or no_proxy covers the host
    QNetworkProxy proxy {QNetworkProxy::NoProxy};
    QString variable; // the variable that decided
    QString error; // a sentence for the user when `variable` holds no usable proxy address; it
                   // never repeats the value, which may carry a password
};

EnvironmentProxy proxyFromEnvironment(const QUrl &url, const QProcessEnvironment &environment);

} // namespace PurgeDesk
