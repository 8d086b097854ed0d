#include "sitemaploader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Purge {

namespace {
bool isHttp(const QUrl &url)
{
    return url.scheme() == u"http"_s || url.scheme() == u"https"_s;
}
} // namespace

SitemapLoader::SitemapLoader(QObject *parent)
    : QObject(parent)
{ }

SitemapLoader::~SitemapLoader() = default;

void SitemapLoader::load(const QString &source)
{
    QUrl url = QUrl::fromUserInput(source.trimmed(), QDir::currentPath(), QUrl::AssumeLocalFile);
    m_rootName = url.isLocalFile() ? QFileInfo(url.toLocalFile()).fileName() : url.toDisplayString();
    read(url, url.isLocalFile() ? QFileInfo(url.toLocalFile()).absolutePath() : QString());
    if (m_pending == 0)
        settle();
}

void SitemapLoader::read(const QUrl &url, const QString &localDir)
{
    const QString key = url.toString();
    if (m_seen.contains(key))
        return;
    m_seen.insert(key);
    if (m_seen.size() > MaxSitemaps) {
        if (m_seen.size() == MaxSitemaps + 1)
            m_problems
                << tr("The sitemap index lists more than %1 sitemaps; only the first %1 were read.").arg(MaxSitemaps);
        return;
    }

    // A child of a local index: prefer the file of the same name beside it.
    QString localPath;
    if (url.isLocalFile())
        localPath = url.toLocalFile();
    else if (!localDir.isEmpty() && isHttp(url)) {
        const QString sibling = QDir(localDir).filePath(QFileInfo(url.path()).fileName());
        if (!QFileInfo(url.path()).fileName().isEmpty() && QFileInfo::exists(sibling))
            localPath = sibling;
    }
    if (!localPath.isEmpty()) {
        QFile file(localPath);
        if (file.size() > MaxBytes) {
            m_problems << tr("%1 is larger than %2 MiB and was not read.")
                              .arg(QDir::toNativeSeparators(localPath))
                              .arg(MaxBytes / (qint64(1024) * 1024));
            return;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            m_problems << tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(localPath), file.errorString());
            return;
        }
        accept(QUrl::fromLocalFile(localPath), file.readAll(), QFileInfo(localPath).absolutePath());
        return;
    }
    if (!isHttp(url)) {
        m_problems << tr("%1 is neither a local file nor an http(s) address.").arg(url.toDisplayString());
        return;
    }

    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(TimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    reply->setParent(this);
    ++m_pending;
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > MaxBytes) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, localDir] {
        reply->deleteLater();
        --m_pending;
        const QByteArray data = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->property("tooLarge").toBool()) {
            m_problems << tr("%1 is larger than %2 MiB and was not read.")
                              .arg(url.toDisplayString())
                              .arg(MaxBytes / (qint64(1024) * 1024));
        } else if (status != 0 && status != 200) {
            m_problems
                << tr("Could not download %1: the server answered HTTP %2.").arg(url.toDisplayString()).arg(status);
        } else if (reply->error() != QNetworkReply::NoError) {
            m_problems << tr("Could not download %1: %2").arg(url.toDisplayString(), reply->errorString());
        } else {
            accept(url, data, localDir);
        }
        if (m_pending == 0)
            settle();
    });
}

void SitemapLoader::accept(const QUrl &url, const QByteArray &data, const QString &localDir)
{
    const QString name = url.isLocalFile() ? QFileInfo(url.toLocalFile()).fileName() : url.toDisplayString();
    const ImportedList list = parseImport(data, url.path());
    const bool root = m_sitemapsRead == 0 && m_indexes == 0;
    if (!list.ok()) {
        m_problems << tr("%1: %2").arg(name, list.error);
        return;
    }
    if (root) {
        m_rootFormat = list.format;
        m_description = list.description(name);
    }
    if (list.format == ImportedList::Format::SitemapIndex) {
        ++m_indexes;
        for (const QString &child : list.sitemaps)
            read(url.resolved(QUrl(child)), localDir);
        return;
    }
    ++m_sitemapsRead;
    m_lines += list.lines;
}

void SitemapLoader::settle()
{
    if (m_rootFormat == ImportedList::Format::SitemapIndex) {
        const int n = int(m_lines.size());
        m_description
            = tr("%1 from %2 listed in %3")
                  .arg(n == 1 ? tr("1 URL") : tr("%1 URLs").arg(n),
                      m_sitemapsRead == 1 ? tr("1 sitemap") : tr("%1 sitemaps").arg(m_sitemapsRead), m_rootName);
    } else if (m_description.isEmpty() && !m_problems.isEmpty()) {
        m_description = m_problems.constFirst();
    }
    QTimer::singleShot(0, this, &SitemapLoader::finished);
}

} // namespace PurgeDesk::Purge
