#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace PurgeDesk::Purge {

// What a file offered for import holds, as lines for the list editor. The editor validates the
// lines; nothing is dropped here except blank CSV cells and the CSV header row it recognised.
struct ImportedList
{
    enum class Format { Text, Csv, Sitemap, SitemapIndex };
    Format format = Format::Text;
    QStringList lines; // URLs, hosts, tags or prefixes, one per entry
    QStringList sitemaps; // a sitemap index's child sitemaps (<loc>), to be read next
    QString column; // CSV: the column the lines came from, e.g. "url" or "column 1"
    QString error; // the file could not be read; lines and sitemaps are empty

    bool ok() const { return error.isEmpty(); }
    // "42 lines from a text file", "120 URLs from a sitemap", ...
    QString description(const QString &fileName) const;
};

// Decodes a list as read from a file or standard input: UTF-8 (with or without a BOM), or UTF-16
// with a BOM. Anything else is refused, not guessed: false, with the 1-based line of the first
// byte that is not UTF-8 in `badLine`. The BOM is removed.
bool decodeList(const QByteArray &data, QString *text, int *badLine);

// Reads text (one item per line), CSV/TSV (by the .csv/.tsv extension: the column headed url,
// host, tag, prefix, ... or else the first one) and sitemap XML (a <urlset>, or a <sitemapindex>
// whose children are returned in `sitemaps`). Gzip-compressed sitemaps are refused with a reason.
ImportedList parseImport(const QByteArray &data, const QString &fileName);

// RFC 4180 rows: quoted fields, doubled quotes, line breaks inside quotes; `separator` ',' or '\t'.
QList<QStringList> parseCsv(const QString &text, QChar separator = u',');

} // namespace PurgeDesk::Purge
