#pragma once

#include "purge/listimport.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace PurgeDesk::Purge {

// Reads a list from a local file or an http(s) address, following a sitemap index to its child
// sitemaps: a child is read from a file of the same name next to a local index when there is one,
// else fetched. Bounded: at most MaxSitemaps files, MaxBytes each. Reports once, through finished().
class SitemapLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SitemapLoader)

public:
    static constexpr int MaxSitemaps = 200;
    static constexpr qint64 MaxBytes = qint64(50) * 1024 * 1024;
    static constexpr int TimeoutMs = 30000;

    explicit SitemapLoader(QObject *parent = nullptr);
    ~SitemapLoader() override;

    // A local path, a file:// URL or an http(s):// URL.
    void load(const QString &source);

    const QStringList &lines() const { return m_lines; }
    // Sentences about what could not be read; the lines read so far are kept.
    const QStringList &problems() const { return m_problems; }
    // What was read: "120 URLs from the sitemap sitemap.xml", or the first problem.
    QString description() const { return m_description; }

Q_SIGNALS:
    void finished();

private:
    void read(const QUrl &url, const QString &localDir);
    void accept(const QUrl &url, const QByteArray &data, const QString &localDir);
    void settle();

    QNetworkAccessManager *m_network = nullptr;
    QStringList m_lines;
    QStringList m_problems;
    QString m_description;
    QSet<QString> m_seen;
    int m_pending = 0;
    int m_sitemapsRead = 0;
    int m_indexes = 0;
    ImportedList::Format m_rootFormat = ImportedList::Format::Text;
    QString m_rootName;
};

} // namespace PurgeDesk::Purge
